"""Typed domain events that services write and reports count (the change log is simple-history's)."""
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DomainEvent(models.Model):
    """Something that happened to a domain object: TASK_ASSIGNED, TASK_EXTENDED, STAGE_CHANGED…"""

    organisation = models.ForeignKey("core.Organisation", on_delete=models.PROTECT, verbose_name=_("tổ chức"))
    kind = models.CharField(_("loại sự kiện"), max_length=64, db_index=True)
    occurred_at = models.DateTimeField(_("thời điểm"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("người thực hiện")
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("content_type", "object_id")
    payload = models.JSONField(_("dữ liệu"), default=dict, blank=True)

    class Meta:
        verbose_name = _("sự kiện nghiệp vụ")
        verbose_name_plural = _("sự kiện nghiệp vụ")
        ordering = ["-occurred_at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.kind} #{self.object_id}"


def record_event(*, organisation, kind: str, subject, actor=None, **payload) -> DomainEvent:
    return DomainEvent.objects.create(
        organisation=organisation,
        kind=kind,
        actor=actor if getattr(actor, "pk", None) else None,
        content_type=ContentType.objects.get_for_model(subject),
        object_id=subject.pk,
        payload=payload,
    )
