"""Recompute the stored search text of every searchable row (after a change of how it is built). Idempotent: only
rows whose text differs are written."""
from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from core.models.base import SearchableModel


def rebuild_search_text(stdout=None) -> int:
    changed_total = 0
    for model in apps.get_models():
        if not issubclass(model, SearchableModel) or model._meta.abstract:
            continue
        related = [name.rsplit("__", 1)[0] for name in model.SEARCH_FIELDS if "__" in name]
        manager = getattr(model, "all_objects", model._default_manager)
        queryset = manager.all()
        if related:
            queryset = queryset.select_related(*{r.split("__")[0] for r in related})
        changed = []
        for obj in queryset.iterator(chunk_size=1000):
            text = obj.build_search_text()
            if text != obj.search_text:
                obj.search_text = text
                changed.append(obj)
        if changed:
            with transaction.atomic():
                model._base_manager.bulk_update(changed, ["search_text"], batch_size=500)
        if changed and stdout is not None:
            stdout.write(f"  {model._meta.verbose_name_plural}: {len(changed)}")
        changed_total += len(changed)
    return changed_total


class Command(BaseCommand):
    help = "Tính lại nội dung tìm kiếm của mọi bản ghi (chạy lại nhiều lần không thay đổi gì)."

    def handle(self, *args, **options):
        count = rebuild_search_text(stdout=self.stdout)
        self.stdout.write(f"Đã cập nhật nội dung tìm kiếm của {count} bản ghi.")
