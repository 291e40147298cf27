"""Charts read their data from `json_script` (encoded once) and are drawn by static/js/charts.js."""
import datetime as dt
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from core.testing import login
from directives.services import assigned_task_create


def _overdue_tasks(tenants, count=3):
    today = timezone.localdate()
    for i in range(count):
        unit = tenants.unit if i % 2 == 0 else tenants.other_unit
        assigned_task_create(actor=tenants.director, text=f"Báo cáo quá hạn số {i + 1}", lead_unit=unit,
                             assigned_on=today - dt.timedelta(days=30), due_date=today - dt.timedelta(days=3))


def _chart_data(html, data_id):
    match = re.search(rf'<script id="{data_id}" type="application/json">(.*?)</script>', html, re.S)
    assert match, f"no json_script {data_id}"
    return json.loads(match.group(1))


@pytest.mark.django_db
def test_dashboard_overdue_chart_data_is_encoded_once(client, tenants):
    _overdue_tasks(tenants)
    login(client, tenants.director)
    html = client.get(reverse("home")).content.decode()
    data = _chart_data(html, "overdue-chart-data")
    assert isinstance(data, dict)  # was a JSON string inside JSON: the chart drew nothing
    assert data["labels"] == ["Phòng Quản lý khoa học", "Văn phòng Sở"]
    assert data["datasets"][0]["data"] == [2, 1]
    assert 'data-chart="overdue-chart-data"' in html and "js/charts.js" in html
    assert "new Chart(" not in html  # no inline script: the strict CSP forbids it


@pytest.mark.django_db
def test_summary_chart_uses_the_same_encoding(client, tenants):
    _overdue_tasks(tenants)
    login(client, tenants.director)
    html = client.get(reverse("directives:summary")).content.decode()
    data = _chart_data(html, "unit-chart-data")
    assert [d["label"] for d in data["datasets"]][2] == "Quá hạn chưa hoàn thành"
    assert sum(data["datasets"][2]["data"]) == 3
    assert "new Chart(" not in html
