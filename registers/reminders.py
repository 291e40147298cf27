"""Digest items for the reminder e-mails: radiation licences of the unit expiring within the alert window
(kind "due_soon", the digest's label “Sắp đến hạn”)."""
from core.formatting import format_date

from .selectors import licence_alert_days, licences_expiring


def digest_items(*, unit, today):
    organisation = unit.organisation
    items = []
    for licence in licences_expiring(organisation=organisation, today=today).filter(unit=unit):
        items.append({
            "kind": "due_soon",
            "title": f"Giấy phép bức xạ {licence.number} ({licence.facility}) hết hạn ngày {format_date(licence.expires_on)}",
            "due": licence.expires_on,
            "url": licence.get_absolute_url(),
        })
    return items


__all__ = ["digest_items", "licence_alert_days"]
