"""A report's figures carry the labels of the shared registry (core.figure_labels): the figure page of a report says
what the registers screen and the API documentation say, not a second wording of its own."""
import pytest
from django.urls import reverse

from core import figure_labels
from core.testing import login
from reports import services
from reports.choices import ReportKind

from .stubs import seed_data
from .test_workflow import PERIOD


@pytest.mark.django_db
def test_register_figures_of_a_report_are_labelled_from_the_registry(client, cast):
    report = services.report_create(actor=cast["director"], kind=ReportKind.HALF_YEAR, period=PERIOD, data=seed_data())
    figures = report.generated["figures"]
    registry = {key: figure.label for key, figure in figure_labels.figures("registers").items()}
    shared = {key: item["label"] for key, item in figures.items() if key in registry}
    assert len(shared) >= 5, sorted(figures)  # seed 004's measurement figures at least
    assert {key: label for key, label in shared.items() if label != registry[key]} == {}
    login(client, cast["qlkh"])
    page = client.get(reverse("reports:figure", args=[report.pk, "instruments_verified"])).content.decode()
    assert "Phương tiện đo được kiểm định, hiệu chuẩn, thử nghiệm" in page
