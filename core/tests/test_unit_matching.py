"""Unit names as documents write them resolve to the organisation's units."""
import pytest

from core.demo import load as load_core_demo
from core.models import Organisation
from core.unit_matching import match_unit, normalise_unit_name


@pytest.fixture
def quang_tri(db):
    load_core_demo()
    return Organisation.objects.get(code="quang-tri")


@pytest.mark.parametrize(
    "text,code",
    [
        ("Văn phòng Sở:", "van-phong"),
        ("Phòng Quản lý CN&ĐMST", "qlcn-dmst"),
        ("Phòng Quản lý công nghệ và ĐMST", "qlcn-dmst"),
        ("Phòng QLKH", "qlkh"),
        ("phong quan ly khoa hoc", "qlkh"),
        ("Trung tâm Kỹ thuật TĐC", "tt-ktdc"),
        ("Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", "tdc"),
        ("Phòng Kế hoạch – Tài chính", "khtc"),
        ("Trung tâm Nghiên cứu, CGCN&ĐMST", "tt-nccgcn"),
        ("Chi đoàn Thanh niên", "chi-doan"),
    ],
)
def test_names_abbreviations_and_spellings_match(quang_tri, text, code):
    assert match_unit(quang_tri, text).code == code


@pytest.mark.parametrize("text", ["Sở Tài chính", "Các đơn vị thuộc Sở", "", None])
def test_unknown_units_do_not_match(quang_tri, text):
    assert match_unit(quang_tri, text) is None


def test_units_of_another_organisation_are_never_matched(quang_tri):
    bac_kan = Organisation.objects.get(code="bac-kan")
    assert match_unit(bac_kan, "Trung tâm Kỹ thuật TĐC") is None
    assert match_unit(bac_kan, "Phòng QLKH").organisation == bac_kan


def test_normalisation_expands_abbreviations():
    assert normalise_unit_name("Phòng QL KH&CN") == "phong quan ly khoa hoc va cong nghe"
