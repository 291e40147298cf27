"""Django's own messages read as Vietnamese (locale/vi completes and corrects Django's catalogue), and the
compiled catalogue in git matches its source."""
import gettext
import re
from pathlib import Path

from django import forms
from django.conf import settings
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES"


def _po_entries():
    text = (LOCALE / "django.po").read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        msgid = re.search(r'^msgid "(.*)"$', block, re.M)
        msgstr = re.search(r'^msgstr(?:\[0\])? "(.*)"$', block, re.M)
        if msgid and msgstr and msgid.group(1):
            unescape = lambda s: s.replace('\\"', '"').replace("\\n", "\n")  # noqa: E731
            yield unescape(msgid.group(1)), unescape(msgstr.group(1))


def test_compiled_catalogue_matches_the_po_file():
    with open(LOCALE / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = [msgid for msgid, msgstr in _po_entries() if compiled.gettext(msgid) != msgstr]
    assert stale == [], "locale/vi: chạy `msgfmt -o django.mo django.po` sau khi sửa django.po"


def test_form_messages_read_as_vietnamese():
    with translation.override("vi"):
        field = forms.IntegerField(max_value=100, min_value=0)
        messages = []
        for value in ("abc", "1000", "-1", ""):
            try:
                field.clean(value)
            except forms.ValidationError as exc:
                messages += exc.messages
        assert messages == ["Nhập một số nguyên.", "Giá trị phải nhỏ hơn hoặc bằng 100.",
                            "Giá trị phải lớn hơn hoặc bằng 0.", "Phải nhập mục này."]
        try:
            forms.CharField(max_length=3).clean("abcd")
        except forms.ValidationError as exc:
            assert exc.messages == ["Chỉ được tối đa 3 ký tự (đang có 4)."]


def test_no_english_left_in_the_messages_people_see():
    with translation.override("vi"):
        for field in (forms.DateField(), forms.EmailField(), forms.ChoiceField(choices=[("a", "A")]),
                      forms.DecimalField(max_digits=3, decimal_places=1), forms.FileField(), forms.URLField(assume_scheme="https")):
            for message in field.error_messages.values():
                assert not re.search(r"\b(Enter|Ensure|Select|This field|valid)\b", str(message)), message
            assert "tổng thể" not in " ".join(str(m) for m in field.error_messages.values())
