"""What a page a person reads must not show: code identifiers, dict dumps, "None", English sentences.

Shared by the URL smoke test and the figure-label tests of the apps (`leaks(html)` returns the offending bits).
"""
from __future__ import annotations

import html as html_lib
import re

_HIDDEN = re.compile(r"<(script|style|template|textarea|select)\b.*?</\1>", re.S | re.I)
# what a page shows on purpose as code (template tags for Word authors) is marked translate="no"
_CODE_ON_PURPOSE = re.compile(r'<(\w+)[^>]*\btranslate="no"[^>]*>.*?</\1>', re.S | re.I)
_JSON_SCRIPT = re.compile(r'<script[^>]+type="application/json".*?</script>', re.S | re.I)
_TAGS = re.compile(r"<[^>]+>")
_URL_OR_MAIL = re.compile(r"(https?://\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|\S+\.(docx|xlsx|pdf|csv|png|jpg|odt|doc|xls)\b)")
# a Python/Django identifier the reader cannot know: lower_case_with_underscores
_SNAKE = re.compile(r"(?<![\w/.-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/-])")
_DICT = re.compile(r"[{\[]\s*['\"][^'\"]{1,40}['\"]\s*:")
_NONE = re.compile(r"(?<![\w-])(None|True|False|undefined|null)(?![\w-])")
# English function words never used in Vietnamese prose; two of them close together make an English sentence
_ENGLISH = re.compile(
    r"\b(the|of|on|or|and|is|are|when|before|after|keys|values|with|for|this|that|must|should|last|update|per"
    r"|none|value|key|field|required|not|by|from)\b"
)

# the words a library's own templates write when their catalogue has no Vietnamese (django-tables2's pager)
_ENGLISH_UI = re.compile(r"\b(next|previous|Next|Previous|Submit|Save|Cancel|Delete|Search|Filter|Logout|Login)\b")


def visible_text(html: str) -> str:
    """The text a reader sees (scripts, styles, JSON data, option lists and form values left out)."""
    text = _CODE_ON_PURPOSE.sub(" ", html)
    text = _JSON_SCRIPT.sub(" ", text)
    text = _HIDDEN.sub(" ", text)
    text = _TAGS.sub(" ", text)
    text = html_lib.unescape(text)
    return re.sub(r"\s+", " ", text)


def leaks(html: str) -> list[str]:
    """Snippets of `html`'s visible text that look like code, a dict dump, "None" or an English sentence."""
    text = _URL_OR_MAIL.sub(" ", visible_text(html))
    found = [f"mã: {m.group(0)}" for m in _SNAKE.finditer(text)]
    found += [f"dict: {text[max(0, m.start() - 20):m.end() + 20]}" for m in _DICT.finditer(text)]
    found += [f"giá trị: {text[max(0, m.start() - 30):m.end() + 30]}" for m in _NONE.finditer(text)]
    found += [f"tiếng Anh: {text[max(0, m.start() - 30):m.end() + 30]}" for m in _ENGLISH_UI.finditer(text)]
    words = list(_ENGLISH.finditer(text))
    for first, second in zip(words, words[1:]):
        if second.start() - first.end() < 25 and first.group(0) != second.group(0):
            found.append(f"tiếng Anh: {text[max(0, first.start() - 30):second.end() + 30]}")
    return sorted(set(found))
