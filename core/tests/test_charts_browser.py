"""The dashboard chart in a real browser (own module: the `tenants` fixture's open transaction would lock SQLite
for the live server)."""
import pytest

from core.testing import PASSWORD, TenantFixture
from core.tests.test_charts import _overdue_tasks


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_dashboard_chart_has_data_points_in_the_browser(live_server, browser_login):
    tenants = TenantFixture()
    _overdue_tasks(tenants)
    page = browser_login(tenants.director.user.username, PASSWORD)
    page.wait_for_function("document.getElementById('overdue-chart') && document.getElementById('overdue-chart').sokhcnChart")
    points = page.evaluate("document.getElementById('overdue-chart').sokhcnChart.data.datasets[0].data")
    labels = page.evaluate("document.getElementById('overdue-chart').sokhcnChart.data.labels")
    assert points == [2, 1] and labels == ["Phòng Quản lý khoa học", "Văn phòng Sở"]
    # the bars are really drawn: some pixels of the canvas are the chart's red
    red = page.evaluate("""() => { const c = document.getElementById('overdue-chart');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 0; i < d.length; i += 4) { if (d[i] > 200 && d[i + 1] < 80 && d[i + 2] < 90) n++; } return n; }""")
    assert red > 100
