"""The iCalendar feeds (secret address, no login) and the page "Lịch hạn xử lý" that shows and renews them."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views import View
from django.views.generic import TemplateView

from core import calendar
from core.models import Unit

from .generic import MembershipRequiredMixin


def feed(request, token: str):
    """`/he-thong/lich/<token>.ics`: the token is the permission; a wrong or renewed one is 404."""
    found = calendar.feed_by_token(token)
    if found is None:
        raise Http404
    body = calendar.render_ics(name=calendar.feed_name(found), events=calendar.feed_events(found))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="han-xu-ly.ics"'
    response["Cache-Control"] = "private, max-age=900"
    response["X-Robots-Tag"] = "noindex"
    return response


class CalendarView(MembershipRequiredMixin, TemplateView):
    template_name = "core/calendar.html"

    def feed_url(self, feed) -> str:
        return self.request.build_absolute_uri(reverse("core:calendar_feed", args=[feed.token]))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        membership = self.membership
        context["title"] = "Lịch hạn xử lý"
        context["my_url"] = self.feed_url(calendar.feed_for_membership(membership))
        if membership.unit_id:
            context["unit"] = membership.unit
            context["unit_url"] = self.feed_url(calendar.feed_for_unit(membership.unit))
            context["may_renew_unit"] = calendar.may_manage_unit_feed(membership, membership.unit)
        return context

    def post(self, request):
        unit = None
        if request.POST.get("unit"):
            unit = get_object_or_404(Unit, pk=request.POST["unit"], organisation=self.organisation)
        try:
            calendar.calendar_feed_regenerate(actor=self.membership, unit=unit)
        except PermissionDenied:
            raise
        messages.success(request, "Đã tạo địa chỉ lịch mới; địa chỉ cũ không còn dùng được.")
        return HttpResponseRedirect(reverse("core:calendar"))
