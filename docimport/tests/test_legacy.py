"""TCVN3 (ABC) and VNI: conversion tables checked by round trips on Vietnamese sentences, and detection."""
import subprocess

import pytest

from docimport.legacy import (
    TCVN3_DECODE,
    TCVN3_ENCODE,
    detect_and_convert,
    tcvn3_to_unicode,
    to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)

SENTENCES = [
    "Sở Khoa học và Công nghệ tỉnh Quảng Trị thông báo kết luận của Giám đốc Sở.",
    "Giao Phòng Quản lý khoa học chủ trì, phối hợp với Văn phòng Sở hoàn thành trước ngày 21/02/2025.",
    "Nghiệm thu đề tài “Ứng dụng chế phẩm vi sinh vật xử lý bã dứa thành phân bón hữu cơ”.",
    "Kiểm định 147 phương tiện đo; giảm trừ thanh toán số tiền là 45.998.409 đồng.",
    "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng, Chi đoàn Thanh niên, Thanh tra Sở.",
    "Ông Đặng Hữu Ưng, bà Ấu Thị Ầm và Ồ Văn Ổ đến Ằm Ẳng.",
]
LETTERS = "ăâêôơưđ ằắẳẵặ ầấẩẫậ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ àáảãạ èéẻẽẹ"
UPPER = LETTERS.upper()


@pytest.mark.parametrize("sentence", SENTENCES + [LETTERS])
def test_tcvn3_round_trip(sentence):
    encoded = unicode_to_tcvn3(sentence)
    assert tcvn3_to_unicode(encoded.decode("latin-1")) == tcvn3_case(sentence)


def tcvn3_case(text: str) -> str:
    """What survives TCVN3: capitals with tone marks outside VN3 come back in lower case."""
    return "".join(ch if ch.isascii() or ch in TCVN3_ENCODE or ch.lower() == ch else ch.lower() for ch in text)


def test_tcvn3_capitals_without_a_code_come_back_in_lower_case():
    """.VnTimeH fonts draw capitals with the lower-case codes: the case is lost, the letter is not."""
    assert tcvn3_to_unicode(unicode_to_tcvn3("ỦY BAN").decode("latin-1")) == "ủY BAN"
    assert tcvn3_to_unicode(unicode_to_tcvn3("ĐẾN ĂN").decode("latin-1")) == "ĐẾN ĂN"


@pytest.mark.parametrize("sentence", SENTENCES + [LETTERS, UPPER])
def test_vni_round_trip(sentence):
    encoded = unicode_to_vni(sentence)
    assert vni_to_unicode(encoded.decode("latin-1")) == sentence


def test_known_tcvn3_words():
    assert tcvn3_to_unicode("B¶o Th¾ng") == "Bảo Thắng"
    assert tcvn3_to_unicode("M\xadêng Kh\xad¬ng") == "Mường Khương"
    assert tcvn3_to_unicode("Th«ng b¸o kÕt luËn") == "Thông báo kết luận"
    assert tcvn3_to_unicode("\x93Th«ng b¸o\x94") == "“Thông báo”"  # raw bytes: Windows-1252 quotes


def test_known_vni_words():
    assert vni_to_unicode("Xin chaøo caùc baïn") == "Xin chào các bạn"
    assert vni_to_unicode("Sôû Khoa hoïc vaø Coâng ngheä") == "Sở Khoa học và Công nghệ"


def test_tcvn3_table_agrees_with_iconv_where_available():
    """glibc's TCVN5712-1 converter is an independent reference for the lower-case block."""
    data = bytes(sorted(code for code in TCVN3_DECODE if code >= 0xA1))
    try:
        reference = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data, capture_output=True,
                                   check=True).stdout.decode("utf-8")
    except (FileNotFoundError, subprocess.CalledProcessError):
        pytest.skip("iconv with TCVN5712-1 is not available")
    assert tcvn3_to_unicode(data.decode("latin-1")) == reference


@pytest.mark.parametrize("sentence", SENTENCES)
def test_detection_picks_the_right_encoding(sentence):
    assert detect_and_convert(unicode_to_tcvn3(sentence).decode("latin-1")) == (tcvn3_case(sentence), "tcvn3")
    assert detect_and_convert(unicode_to_vni(sentence).decode("latin-1")) == (sentence, "vni")
    assert detect_and_convert(sentence) == (sentence, "unicode")


def test_windows_1252_mojibake_of_tcvn3_is_converted():
    """A .docx typed in a .VnTime font arrives as Windows-1252 characters."""
    sentence = "Ban nhân dân tỉnh Quảng Trị “thông báo” – kết luận"
    mojibake = unicode_to_tcvn3(sentence).decode("cp1252", errors="replace")
    assert to_unicode(mojibake) == sentence


def test_mixed_lines_are_converted_one_by_one():
    text = "\n".join([SENTENCES[0], unicode_to_tcvn3(SENTENCES[1]).decode("latin-1"),
                      unicode_to_vni(SENTENCES[2]).decode("latin-1"), "ASCII only 2025"])
    assert to_unicode(text).split("\n") == [SENTENCES[0], SENTENCES[1], SENTENCES[2], "ASCII only 2025"]
