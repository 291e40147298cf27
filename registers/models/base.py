"""The abstract register record every register model builds on."""
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import OrganisationScopedModel, SearchableModel
from core.permissions import UnitRecordPolicy


class RegisterRecord(SearchableModel, OrganisationScopedModel):
    """A line in one of the Department's registers, owned by the unit that does the work.

    `PERIOD_FIELD` is the date that places the record in a reporting period (list filters, figures).
    `UNIQUE_IN_ORGANISATION` maps a field to the Vietnamese message given when its value is already used.
    """

    PERIOD_FIELD: str | None = None
    UNIQUE_IN_ORGANISATION: dict[str, str] = {}

    unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("đơn vị thực hiện")
    )
    note = models.TextField(_("ghi chú"), blank=True)

    history = HistoricalRecords(inherit=True)
    access_policy = UnitRecordPolicy(unit_lookup="unit")

    class Meta:
        abstract = True

    def get_absolute_url(self) -> str:
        return reverse(f"registers:{self._meta.model_name}_detail", args=[self.pk])

    @property
    def period_date(self):
        return getattr(self, self.PERIOD_FIELD) if self.PERIOD_FIELD else None


def check_order(errors: dict, earlier, later, field: str, message: str) -> None:
    """Add `message` on `field` when both dates are known and `later` comes before `earlier`."""
    if earlier and later and later < earlier:
        errors.setdefault(field, []).append(message)


def check_counts(errors: dict, total, passed, failed, *, total_field="quantity") -> None:
    """Passed plus failed may not exceed the total."""
    if total is None:
        return
    done = (passed or 0) + (failed or 0)
    if done > total:
        errors.setdefault(total_field, []).append(
            _("Số đạt cộng số không đạt (%(done)s) vượt quá tổng số (%(total)s).") % {"done": done, "total": total}
        )


def raise_errors(errors: dict) -> None:
    if errors:
        raise ValidationError(errors)


NON_NEGATIVE = _("Không được là số âm.")
