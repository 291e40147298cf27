"""One search box across the modules: tasks, S&T tasks, registers, documents, reports — results grouped by list.

The groups are the list pages of the menu whose model stores a `search_text` (so a new register is searched as soon
as it is in the menu), read through the same restrict() and the same `search()` as the list pages; reports, which
store no search text, are matched in Python with the same rule (`core.text.text_matches`)."""
from __future__ import annotations

from urllib.parse import quote

from django.urls import resolve, reverse
from django.views.generic import TemplateView

from core.navigation import menu_for
from core.text import text_matches
from core.views.generic import MembershipRequiredMixin, ObjectListView

PER_GROUP = 5
#: a group counts its matches up to this many and then says "more than": a common word ("báo cáo" in 20.000 of an
#: organisation's 50.000 tasks) otherwise reads every matching row to print one number; the list page behind
#: "Xem tất cả" still counts them all
COUNT_CAP = 1000


def search_groups(membership, query: str) -> list[dict]:
    """[{label, module, count, items: [(text, url)], more_url}] for every searchable list page the person may open."""
    pages: dict = {}  # model → (label, module, url): the model's own list page when the menu has it
    for group in menu_for(membership):
        for label, url in group["items"]:
            match = resolve(url)
            view_class = getattr(match.func, "view_class", None)
            model = getattr(view_class, "model", None)
            if not view_class or not issubclass(view_class, ObjectListView) or not hasattr(model, "search_text"):
                continue
            if model not in pages or match.url_name.endswith("_list"):
                pages[model] = (label, group["label"], url)
    groups = []
    for model, (label, module, url) in pages.items():
        rows = model.objects.restrict(membership, "view").search(query)
        # without the model's ordering the LIMIT stops the scan at the cap (with it, every match is sorted first)
        count = rows.order_by()[:COUNT_CAP + 1].count()
        if count:
            items = [(str(obj), obj.get_absolute_url()) for obj in rows.order_by("-pk")[:PER_GROUP]]
            groups.append({"label": label, "module": module, "count": min(count, COUNT_CAP),
                           "over_cap": count > COUNT_CAP, "items": items, "more_url": f"{url}?q={quote(query)}"})
    groups.extend(_reports(membership, query))
    return groups


def _reports(membership, query: str) -> list[dict]:
    from reports.selectors import report_list

    found = [r for r in report_list(membership=membership).order_by("-period_end", "-pk")
             if text_matches(query, f"{r.title} {r.period_label} {r.subtitle} {r.get_kind_display()} {r.number or ''}")]
    if not found:
        return []
    return [{"label": "Báo cáo định kỳ", "module": "Báo cáo", "count": len(found),
             "items": [(f"{r.title} — {r.period_label}", r.get_absolute_url()) for r in found[:PER_GROUP]],
             "more_url": reverse("reports:report_list")}]


class SearchView(MembershipRequiredMixin, TemplateView):
    template_name = "core/search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = (self.request.GET.get("q") or "").strip()[:200]
        groups = search_groups(self.membership, query) if query else []
        context.update(title="Tìm kiếm", query=query, groups=groups, total=sum(g["count"] for g in groups),
                       over_cap=any(g.get("over_cap") for g in groups))
        return context
