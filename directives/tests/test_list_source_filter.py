"""The task lists' source filter offers the newest documents and the one chosen, not every document."""
import datetime as dt

import pytest

from core.testing import login
from directives import views
from directives.tests.factories import make_document, make_task


@pytest.fixture
def documents(tenants, monkeypatch):
    monkeypatch.setattr(views, "SOURCE_CHOICES", 3)
    return [make_document(tenants.director, number=f"{n}/UBND-TH", issued_on=dt.date(2023, 1, n))
            for n in range(1, 6)]


def _options(response):
    field = response.context["filter"].form.fields["source"]
    return list(field.queryset.values_list("number", flat=True))


def test_the_filter_lists_the_newest_documents(client, tenants, documents):
    login(client, tenants.director)
    response = client.get("/directives/cua-toi/")
    assert response.status_code == 200
    assert _options(response) == ["5/UBND-TH", "4/UBND-TH", "3/UBND-TH"]
    assert "1/UBND-TH" not in response.content.decode()


def test_an_older_document_chosen_still_filters(client, tenants, documents):
    oldest = documents[0]
    make_task(tenants.director, tenants.unit, source=oldest, leader=tenants.director, assigned_on=dt.date(2023, 1, 2))
    make_task(tenants.director, tenants.unit, text="Việc khác", leader=tenants.director,
              assigned_on=dt.date(2023, 1, 2))
    login(client, tenants.director)
    response = client.get(f"/directives/cua-toi/?source={oldest.pk}")
    assert response.status_code == 200
    assert "1/UBND-TH" in _options(response)
    assert [row.record.source_id for row in response.context["table"].page.object_list] == [oldest.pk]
