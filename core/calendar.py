"""Deadlines in the calendar people already use: an iCalendar feed (RFC 5545) per person and per unit.

Each feed lives behind a secret address `/he-thong/lich/<token>.ics` (core.CalendarFeed): Outlook, Thunderbird or a
phone subscribes to it without logging in, so the token *is* the permission — regenerating it (page "Lịch hạn xử
lý") stops the old address at once. Events come from the apps: `<app>/calendar_events.py` with
`events(*, membership=None, unit=None, today) -> [{"uid", "date", "summary", "description", "url", "stamp"}]`
(all-day events; `uid` stable across runs so calendars update instead of duplicating).
"""
from __future__ import annotations

import datetime as dt
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.models import CalendarFeed
from core.permissions import FORBIDDEN_MESSAGE, require
from core.registry import app_modules

PRODID = "-//sokhcn//Lich han xu ly//VI"


def _new_token() -> str:
    return secrets.token_urlsafe(32)


def feed_for_membership(membership) -> CalendarFeed:
    feed, _ = CalendarFeed.objects.get_or_create(
        membership=membership, defaults={"organisation_id": membership.organisation_id, "token": _new_token()})
    return feed


def feed_for_unit(unit) -> CalendarFeed:
    feed, _ = CalendarFeed.objects.get_or_create(
        unit=unit, defaults={"organisation_id": unit.organisation_id, "token": _new_token()})
    return feed


def may_manage_unit_feed(actor, unit) -> bool:
    return bool(actor.is_leader or actor.is_admin or (actor.is_unit_head and unit.pk in actor.scope_unit_ids()))


@transaction.atomic
def calendar_feed_regenerate(*, actor, unit=None) -> CalendarFeed:
    """A new secret address for the actor's own feed, or (unit head, leader, administrator) for a unit's feed."""
    from django.core.exceptions import PermissionDenied

    from core.models import Membership

    require(actor, "view", Membership)
    if unit is not None:
        if unit.organisation_id != actor.organisation_id or not may_manage_unit_feed(actor, unit):
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        feed = feed_for_unit(unit)
    else:
        feed = feed_for_membership(actor)
    feed.token = _new_token()
    feed.save(update_fields=["token", "created_at"])
    return feed


def feed_by_token(token: str) -> CalendarFeed | None:
    feed = (CalendarFeed.objects.select_related("organisation", "membership__organisation", "unit__organisation")
            .filter(token=token).first())
    if feed is None:
        return None
    if feed.membership is not None and not (feed.membership.is_active and feed.membership.user.is_active):
        return None
    return feed


def feed_events(feed: CalendarFeed, today: dt.date | None = None) -> list[dict]:
    today = today or timezone.localdate()
    events = []
    for module in app_modules("calendar_events"):
        events.extend(module.events(membership=feed.membership, unit=feed.unit, today=today))
    return sorted(events, key=lambda event: (event["date"], event["uid"]))


# --- RFC 5545 text ---------------------------------------------------------------------------------------------

def _escape(text: str) -> str:
    return (str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF + space (never cutting a UTF-8 character)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current)
            current = b""
        current += encoded
    out.append(current)
    return "\r\n ".join(part.decode("utf-8") for part in out)


def render_ics(*, name: str, events: list[dict]) -> str:
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "sokhcn"
    now = timezone.now().astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{_escape(name)}", "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
             "REFRESH-INTERVAL;VALUE=DURATION:PT4H", "X-PUBLISHED-TTL:PT4H"]
    for event in events:
        day = event["date"]
        stamp = event.get("stamp")
        stamp = stamp.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") if stamp else now
        url = event.get("url", "")
        url = url if url.startswith(("http://", "https://")) else f"{settings.SITE_URL}{url}"
        description = event.get("description", "")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event['uid']}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(event['summary'])}",
            f"DESCRIPTION:{_escape((description + chr(10) if description else '') + url)}",
            f"URL:{url}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def feed_name(feed: CalendarFeed) -> str:
    owner = (feed.membership.user.full_name or feed.membership.user.username) if feed.membership else feed.unit.name
    return f"Hạn xử lý — {owner} ({feed.organisation.short_name})"
