"""Abstract bases every domain model builds on: timestamps, tenant scope, folded search text."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import SEPARATOR, fold, search_index, search_terms


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        abstract = True


class OrganisationScopedQuerySet(models.QuerySet):
    """Every read of a domain model goes through `restrict()`: tenant first, then role rules."""

    def for_organisation(self, organisation):
        return self.filter(organisation=organisation)

    def restrict(self, membership, action: str = "view"):
        from core.permissions import policy_for

        if membership is None:
            return self.none()
        queryset = self.filter(organisation_id=membership.organisation_id)
        return policy_for(self.model).restrict(queryset, membership, action)

    def search(self, query: str | None):
        """Every word must appear: a word typed without marks ignores diacritics ("nam" finds "nấm", "Nam"),
        a word typed with marks must match them ("nấm" finds "nấm" only); see `core.text.search_index`."""
        queryset = self
        for term, exact in search_terms(query):
            if exact:
                # rows without a marked part (text typed without diacritics, or not re-saved yet) match folded
                queryset = queryset.filter(
                    models.Q(search_text__contains=f"{SEPARATOR} ") & models.Q(search_text__contains=term)
                    | ~models.Q(search_text__contains=SEPARATOR) & models.Q(search_text__contains=fold(term)))
            else:
                queryset = queryset.filter(search_text__contains=term)
        return queryset


class OrganisationScopedModel(TimeStampedModel):
    """A record that belongs to one organisation (one Sở in one province)."""

    organisation = models.ForeignKey(
        "core.Organisation", on_delete=models.PROTECT, verbose_name=_("tổ chức"), related_name="+"
    )

    objects = OrganisationScopedQuerySet.as_manager()

    class Meta:
        abstract = True

    def owner_unit_ids(self) -> set[int]:
        """Units whose staff may edit this record; models with a unit override it."""
        unit_id = getattr(self, "unit_id", None)
        return {unit_id} if unit_id else set()


class SearchableModel(models.Model):
    """Keeps a folded copy of the searchable fields so that search ignores diacritics on any database.

    Writes that bypass save() (bulk_create, update) must call `refresh_search_text()` themselves.
    """

    SEARCH_FIELDS: tuple[str, ...] = ()

    search_text = models.TextField(editable=False, blank=True, default="")

    class Meta:
        abstract = True

    def build_search_text(self) -> str:
        parts = []
        for name in self.SEARCH_FIELDS:
            value = self
            for attr in name.split("__"):
                value = getattr(value, attr, None) if value is not None else None
            if value:
                parts.append(str(value))
        return search_index(" ".join(parts))

    def refresh_search_text(self) -> None:
        self.search_text = self.build_search_text()

    def save(self, *args, **kwargs):
        self.refresh_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = set(update_fields) | {"search_text"}
        super().save(*args, **kwargs)
