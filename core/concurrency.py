"""Optimistic concurrency: a save made on a stale version is refused, and the user is told what changed.

A *version* is taken from the stored values of a record (every concrete field except the bookkeeping ones, and
the many-to-many choices). Two uses:

- **forms** (`ObjectEditView`): the edit form carries a hidden field `_version` with a signed snapshot of the
  values it was opened with; on save, the stored record is read again (locked) inside the save's transaction and
  compared. Stale → the save is refused with a Vietnamese message listing "field: old → new" (what someone else
  saved meanwhile); the user's input stays in the re-rendered form, which now carries the current version, so a
  second "Lưu" knowingly overwrites. A POST without `_version` (an old client) is accepted as before.
- **API** (`OrganisationScopedViewSet`): `GET` of a detail answers `ETag: "<hash>"`; `PUT`/`PATCH`/`DELETE` with
  `If-Match` that no longer matches → 412 with a Vietnamese message; without `If-Match` the write is accepted
  (plain accept keeps existing clients and scripts working; send `If-Match` to be protected).
"""
from __future__ import annotations

import hashlib
import json

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder

VERSION_FIELD = "_version"
IGNORED_FIELDS = frozenset({"updated_at", "created_at", "search_text"})
SALT = "core.concurrency"
STALE_MESSAGE = (
    "Bản ghi này đã được người khác thay đổi sau khi bạn mở biểu mẫu, nên chưa lưu thay đổi của bạn. "
    "Những gì đã thay đổi: {changes}. Nội dung bạn nhập vẫn còn trong biểu mẫu: kiểm tra lại rồi bấm “Lưu” "
    "để ghi đè, hoặc “Hủy” để bỏ."
)
STALE_API_MESSAGE = (
    "Bản ghi đã được người khác thay đổi sau phiên bản bạn gửi trong If-Match. Hãy tải lại (GET) để lấy "
    "ETag mới, xem lại rồi gửi lại."
)
# for a small form inside a page that is shown again after saving (what was typed is not kept)
STALE_INLINE_MESSAGE = (
    "Bản ghi này đã được người khác thay đổi sau khi bạn mở trang, nên chưa lưu thay đổi của bạn. "
    "Những gì đã thay đổi: {changes}. Xem lại nội dung đang ghi trên trang rồi nhập lại nếu cần."
)
GONE_MESSAGE = "Bản ghi này đã bị người khác xóa trong lúc bạn sửa."


def _tracked_fields(model):
    return [f for f in model._meta.concrete_fields if not f.primary_key and f.name not in IGNORED_FIELDS]


def stored_values(obj) -> dict:
    """Raw stored values (JSON-able) of the record, many-to-many as sorted ids."""
    values = {f.attname: f.value_from_object(obj) for f in _tracked_fields(type(obj))}
    for field in type(obj)._meta.many_to_many:
        values[field.name] = sorted(getattr(obj, field.name).values_list("pk", flat=True)) if obj.pk else []
    return json.loads(json.dumps(values, cls=DjangoJSONEncoder, sort_keys=True, default=str))


def version_of(obj) -> str:
    """A short hash of the stored values: equal versions mean nothing changed."""
    payload = json.dumps(stored_values(obj), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def _displayed(obj, fields=None) -> dict:
    """Field label → value as a person reads it (choices' labels, names of related records), of every field or of
    `fields` only."""
    from core.views.generic import display_value

    shown = {}
    for field in _tracked_fields(type(obj)):
        if field.name == "organisation" or (fields is not None and field.name not in fields):
            continue
        shown[field.name] = [str(field.verbose_name), display_value(obj, field) or "—"]
    for field in type(obj)._meta.many_to_many:
        if fields is not None and field.name not in fields:
            continue
        names = ", ".join(str(o) for o in getattr(obj, field.name).all()) if obj.pk else ""
        shown[field.name] = [str(field.verbose_name), names or "—"]
    return shown


def _field_hashes(obj, fields=None) -> dict:
    """Field name (as forms name it) → a short hash of its stored value (every field, or `fields` only)."""
    names = {f.attname: f.name for f in _tracked_fields(type(obj))}
    hashes = {names.get(key, key): hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode())
              .hexdigest()[:16] for key, value in stored_values(obj).items()}
    return hashes if fields is None else {name: value for name, value in hashes.items() if name in fields}


def form_token(obj, fields=None) -> str:
    """The signed snapshot an edit form carries: the version, a hash per field and the values as they were shown.
    `fields`: a form that edits only these (and is checked with the same `fields`) keeps only theirs — a smaller
    token, and no names of related records read for fields the form never shows."""
    return signing.dumps({"v": version_of(obj), "f": _field_hashes(obj, fields), "d": _displayed(obj, fields)},
                         salt=SALT, compress=True)


def read_token(token: str) -> dict | None:
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return data if isinstance(data, dict) and "v" in data else None


def changes_since(snapshot: dict, current, fields=None) -> list[tuple[str, str, str]]:
    """(label, value when the form was opened, value stored now) for every field that differs (among `fields`)."""
    before = snapshot.get("d", {})
    now = _displayed(current)
    changes = []
    for name, (label, value) in now.items():
        if fields is not None and name not in fields:
            continue
        old = before.get(name, [label, "—"])[1]
        if old != value:
            changes.append((label, old, value))
    return changes


def describe_changes(changes) -> str:
    if not changes:
        return "một số thông tin không hiển thị trên biểu mẫu"
    return "; ".join(f"{label}: {_short(old)} → {_short(new)}" for label, old, new in changes)


def _short(value: str, limit: int = 120) -> str:
    value = " ".join(str(value).split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def lock_current(obj):
    """The stored row, read again and locked until the end of the transaction (None when it was deleted)."""
    return type(obj)._base_manager.select_for_update().filter(pk=obj.pk).first()


def stale_fields(snapshot: dict, current, fields=None) -> set[str]:
    """Fields whose stored value changed since the snapshot (all of them, or among `fields`)."""
    if "f" not in snapshot:
        return set() if version_of(current) == snapshot["v"] else {"*"}
    now = _field_hashes(current)
    names = now.keys() if fields is None else [name for name in now if name in fields]
    return {name for name in names if snapshot["f"].get(name) != now[name]}


def check_form_version(token: str | None, obj, fields=None, message: str = STALE_MESSAGE) -> None:
    """Raise a ValidationError (non-field) when `obj` changed since the form carrying `token` was opened.

    `fields`: the fields the form edits (a change elsewhere, e.g. a progress report, cannot be overwritten by this
    form and does not refuse it); None compares the whole record. Call inside the save's transaction. A missing or
    unreadable token is accepted (clients without a version)."""
    if not token or obj is None or obj.pk is None:
        return
    snapshot = read_token(token)
    if snapshot is None:
        return
    current = lock_current(obj)
    if current is None:
        raise ValidationError(GONE_MESSAGE)
    if version_of(current) != snapshot["v"] and stale_fields(snapshot, current, fields):
        raise ValidationError(message.format(changes=describe_changes(changes_since(snapshot, current, fields))),
                              code="stale")


# --- HTTP (API) ------------------------------------------------------------------------------------------------

def etag_of(obj) -> str:
    return f'"{version_of(obj)}"'


def if_match_ok(header: str | None, obj) -> bool:
    """True when there is no If-Match header, or it names the current version (or `*`)."""
    if not header:
        return True
    current = version_of(obj)
    for tag in header.split(","):
        tag = tag.strip()
        if tag == "*":
            return True
        if tag.startswith("W/"):
            tag = tag[2:]
        if tag.strip('"') == current:
            return True
    return False
