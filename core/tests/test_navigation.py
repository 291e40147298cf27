"""The menu offers only what the user may open: built from the permission check the views use."""
import pytest
from django.urls import reverse

from core.context_processors import shell
from core.testing import login


def _menu_urls(client, membership):
    login(client, membership)
    response = client.get(reverse("home"))
    return [(label, url) for group in response.context["nav_menu"] for label, url in group["items"]]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["giam_doc", "truong_phong", "chuyen_vien", "van_thu", "quan_tri"])
def test_every_menu_item_opens_for_the_user_who_sees_it(client, tenants, role):
    membership = tenants.roles()[role]
    items = _menu_urls(client, membership)
    assert items
    refused = [(label, url, code) for label, url in items
               if (code := client.get(url).status_code) in (403, 404)]
    assert refused == []


@pytest.mark.django_db
def test_the_administrator_does_not_see_pages_he_cannot_open(client, tenants):
    labels = [label for label, _ in _menu_urls(client, tenants.admin)]
    assert "Phòng, đơn vị" in labels and "Cán bộ" in labels
    assert "Nhập từ Excel" not in labels  # the imports answer 403 for an administrator of people and units


@pytest.mark.django_db
def test_menu_labels_keep_their_abbreviations(client, tenants):
    labels = [label for label, _ in _menu_urls(client, tenants.director)]
    assert "Kiểm tra nhà nước về TĐC, ATBX" in labels
    assert "Năng suất, chất lượng, ISO" in labels
    assert "Sở hữu trí tuệ, đổi mới sáng tạo: khởi nghiệp ĐMST, doanh nghiệp KH&CN" in labels
    assert not any("tđc" in label or "iso" in label.split() or "kh&cn" in label for label in labels)


@pytest.mark.django_db
def test_a_unit_head_is_told_what_he_can_do_with_reports(client, tenants):
    login(client, tenants.head)
    html = client.get(reverse("reports:report_list")).content.decode()
    assert 'id="create-report"' not in html
    assert "do Lãnh đạo Sở hoặc Văn phòng Sở tạo" in html
    assert "<strong>Phòng Quản lý khoa học</strong> nhận phần báo cáo của đơn vị mình" in html
    login(client, tenants.director)
    html = client.get(reverse("reports:report_list")).content.decode()
    assert 'id="create-report"' in html and 'id="report-roles"' not in html
