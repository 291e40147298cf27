"""FilterSets of the document import (list page and export share them)."""
import django_filters

from core.filtersets import OrganisationFilterSet

from .choices import DocType, ImportStatus
from .models import ImportedDocument


class ImportedDocumentFilterSet(OrganisationFilterSet):
    status = django_filters.ChoiceFilter(choices=ImportStatus.choices, label="Trạng thái")
    doc_type = django_filters.ChoiceFilter(choices=DocType.choices, label="Nhóm văn bản")

    class Meta:
        model = ImportedDocument
        fields = ["q", "status", "doc_type"]
