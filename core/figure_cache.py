"""Cached figures of closed periods: a period that ended before today never changes unless someone writes into it.

`cached_figures(kind, organisation=…, date_to=…, key=…, compute=…)` returns `compute()` and, when the period is
closed (`date_to` < today) and the cache is shared, keeps the result in Django's cache under a key that holds the
organisation's *generation*. Any write to a domain record of that organisation (post_save / post_delete /
m2m_changed of the watched apps, connected in `CoreConfig.ready`) replaces the generation after its transaction
commits, so every figure of that organisation cached before is never read again; other organisations keep theirs.
Bulk paths that bypass the signals (bulk_create, QuerySet.update, COPY) call `invalidate(organisation)` or
`invalidate_all()` themselves.

Why the generation lives in the cache and not in memory: with several gunicorn workers and the task worker, a
write in one process must reach the others. The generation is therefore only as shared as the cache: with the
default per-process LocMemCache the figure cache stays off (`FIGURE_CACHE = None`, automatic) and turns on with
Redis (`REDIS_URL`) or the database cache (`CACHE_TABLE`). `FIGURE_CACHE = True/False` forces it (a single
process, the tests).

Why after commit: a reader that runs while the write's transaction is open sees the old rows and the old
generation, and may store the old figures under it; the new generation set at commit makes that entry unread.
The generation is read before the figures are computed for the same reason.
"""
from __future__ import annotations

import hashlib
import threading
import uuid
from typing import Any, Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

WATCHED_APPS = frozenset({"directives", "sciencetasks", "registers", "worklog"})
# unit names and people appear in figures' lists; roles, units and the organisation decide who sees what
# and a domain event: services that write in bulk (a series' occurrences, a cancelled series) record one
WATCHED_CORE_MODELS = frozenset({"unit", "membership", "organisation", "domainevent"})
ENTRY_TIMEOUT = 7 * 24 * 3600  # seconds; a generation never expires (an evicted one only means recomputing)
ALL = "*"
PREFIX = "figures"

_local = threading.local()


def enabled() -> bool:
    forced = getattr(settings, "FIGURE_CACHE", None)
    if forced is not None:
        return bool(forced)
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    return not backend.endswith(("LocMemCache", "DummyCache"))


def is_closed(date_to) -> bool:
    return date_to < timezone.localdate()


def _generation_key(organisation_id) -> str:
    return f"{PREFIX}:gen:{organisation_id}"


def _generations(organisation_id) -> tuple[str, str]:
    keys = [_generation_key(organisation_id), _generation_key(ALL)]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:  # first use or evicted: start a generation (add: a concurrent reader's wins)
            cache.add(key, uuid.uuid4().hex, timeout=None)
            found[key] = cache.get(key)
    return found[keys[0]], found[keys[1]]


def _entry_key(kind: str, organisation_id, generations: tuple[str, str], key: tuple) -> str:
    digest = hashlib.sha1(repr(key).encode()).hexdigest()
    return f"{PREFIX}:{kind}:{organisation_id}:{generations[0]}:{generations[1]}:{digest}"


def cached_figures(kind: str, *, organisation, date_to, key: tuple | Callable[[], tuple],
                   compute: Callable[[], Any]) -> Any:
    """`compute()`, served from the cache when the period is closed. `key`: every other argument the figures
    depend on (dates, categories…), as plain values with a stable repr; or a function returning them, called
    only when the cache is used (a key that costs a query is not paid for an open period)."""
    if organisation is None or not enabled() or not is_closed(date_to):
        return compute()
    if callable(key):
        key = key()
    organisation_id = getattr(organisation, "pk", organisation)
    entry = _entry_key(kind, organisation_id, _generations(organisation_id), (date_to, *key))
    value = cache.get(entry)
    if value is None:
        value = compute()
        cache.set(entry, value, timeout=ENTRY_TIMEOUT)
    return value


# --- invalidation -----------------------------------------------------------------------------------------------

def _bump(organisation_id) -> None:
    cache.set(_generation_key(organisation_id), uuid.uuid4().hex, timeout=None)


def _pending() -> dict:
    if not hasattr(_local, "pending"):
        _local.pending = {}
    return _local.pending


def invalidate(organisation) -> None:
    """Forget the cached figures of `organisation` (an Organisation or its id) once the current transaction
    commits (at once outside a transaction). One new generation per organisation and transaction."""
    organisation_id = getattr(organisation, "pk", organisation)
    pending = _pending()
    callback = pending.get(organisation_id)
    # the callback of a rolled-back transaction is dropped by Django: register again when it is no longer queued
    if callback is not None and any(entry[1] is callback for entry in connection.run_on_commit):
        return

    def callback():
        pending.pop(organisation_id, None)
        _bump(organisation_id)

    pending[organisation_id] = callback
    transaction.on_commit(callback)


def forget_pending() -> None:
    """Register afresh on the next write (tests: a test's own transaction, and a module fixture's, never commit,
    so their callbacks stay queued and would stand in for the ones a test runs)."""
    _pending().clear()


def invalidate_all() -> None:
    """Forget every organisation's cached figures (generate_data, demo load, restores)."""
    invalidate(ALL)


def _watched(model) -> bool:
    meta = model._meta
    return meta.app_label in WATCHED_APPS or (meta.app_label == "core" and meta.model_name in WATCHED_CORE_MODELS)


def _about_watched_record(event) -> bool:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_id(event.content_type_id).app_label in WATCHED_APPS  # cached: no query


def _organisation_id_of(instance):
    """The organisation a record belongs to: its own `organisation_id`, else its parent's (one FK up, e.g. a
    step's task), else None (then every organisation is invalidated)."""
    own = getattr(instance, "organisation_id", None)
    if own is not None:
        return own
    if instance._meta.label_lower == "core.organisation":
        return instance.pk
    for field in instance._meta.concrete_fields:
        if not field.many_to_one or field.related_model is None:
            continue
        if not hasattr(field.related_model, "organisation_id"):
            continue
        if field.is_cached(instance):
            parent = field.get_cached_value(instance)
            if parent is not None and parent.organisation_id is not None:
                return parent.organisation_id
        value = getattr(instance, field.attname, None)
        if value is not None:
            found = (field.related_model._base_manager.filter(pk=value)
                     .values_list("organisation_id", flat=True).first())
            if found is not None:
                return found
    return None


def _on_write(sender, instance, **kwargs):
    if not _watched(sender):
        return
    if sender._meta.label_lower == "core.domainevent" and not _about_watched_record(instance):
        return  # a report's or an import's event says nothing about the figures
    organisation_id = _organisation_id_of(instance)
    invalidate(ALL if organisation_id is None else organisation_id)


def _on_m2m(sender, instance, action, **kwargs):
    if action.startswith("post_") and _watched(type(instance)):
        organisation_id = _organisation_id_of(instance)
        invalidate(ALL if organisation_id is None else organisation_id)


def connect() -> None:
    """Called once from CoreConfig.ready: every write of a watched model, whichever service does it."""
    post_save.connect(_on_write, dispatch_uid="figure_cache.save")
    post_delete.connect(_on_write, dispatch_uid="figure_cache.delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="figure_cache.m2m")
