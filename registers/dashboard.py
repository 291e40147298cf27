"""Home-page widgets: licences expiring within the alert window, and the TTHC figures of the year so far."""
import datetime as dt

from django.utils import timezone

from .selectors import licence_alert_days, licences_expiring, tthc_figures


def widgets(request):
    membership = getattr(request, "membership", None)
    if membership is None:
        return []
    organisation = membership.organisation
    today = timezone.localdate()
    licences = list(licences_expiring(organisation=organisation, membership=membership, today=today)[:10])
    for licence in licences:
        licence.days_left = (licence.expires_on - today).days
    stats = tthc_figures(organisation=organisation, date_from=dt.date(today.year, 1, 1), date_to=today,
                         membership=membership)
    return [
        {"title": f"Giấy phép bức xạ hết hạn trong {licence_alert_days(organisation)} ngày tới",
         "template": "registers/widgets/licences.html", "context": {"licences": licences, "today": today},
         "order": 40, "width": 6},
        {"title": f"Thủ tục hành chính năm {today.year}", "template": "registers/widgets/tthc.html",
         "context": {"stats": stats}, "order": 41, "width": 6},
    ]
