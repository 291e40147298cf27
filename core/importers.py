"""Importers of the foundation: the organisation's units from a spreadsheet."""
from django.core.exceptions import ValidationError

from core.choices import UnitKind
from core.importing import CellError, TabularImporter, parse_choice_cell, parse_date_cell, parse_int_cell
from core.model_forms import UnitForm
from core.models import Unit
from core.text import fold


class UnitImporter(TabularImporter):
    columns = {
        "code": ["Mã", "ma don vi", "code"],
        "name": ["Tên đơn vị", "ten", "name"],
        "short_name": ["Tên ngắn", "short_name"],
        "abbreviation": ["Viết tắt", "abbreviation"],
        "kind": ["Loại đơn vị", "loai", "kind"],
        "parent": ["Đơn vị cấp trên", "parent"],
        "display_order": ["Thứ tự", "display_order"],
        "valid_from": ["Hoạt động từ", "valid_from"],
        "valid_to": ["Hoạt động đến", "valid_to"],
    }
    required = {"code", "name"}
    key_fields = ("code",)

    def clean_row(self, values, row_number):
        cleaned = dict(values)
        cleaned["kind"] = parse_choice_cell(values.get("kind"), "kind", UnitKind.choices) or UnitKind.PHONG
        cleaned["display_order"] = parse_int_cell(values.get("display_order"), "display_order") or 100
        cleaned["valid_from"] = parse_date_cell(values.get("valid_from"), "valid_from")
        cleaned["valid_to"] = parse_date_cell(values.get("valid_to"), "valid_to")
        return cleaned

    def save_row(self, cleaned):
        parent_text = cleaned.pop("parent", "") or ""
        existing = Unit.objects.filter(organisation=self.organisation, code=cleaned["code"]).first()
        data = {key: value for key, value in cleaned.items() if value is not None}
        if parent_text:
            parent = next(
                (u for u in Unit.objects.filter(organisation=self.organisation)
                 if fold(parent_text) in {fold(n) for n in u.names()} or fold(parent_text) == fold(u.code)),
                None,
            )
            if parent is None:
                raise CellError("parent", f"Không tìm thấy đơn vị cấp trên “{parent_text}”.")
            data["parent"] = parent.pk
        for key in ("valid_from", "valid_to"):
            if data.get(key):
                data[key] = data[key].strftime("%d/%m/%Y")
        form = UnitForm(data=data, instance=existing, membership=self.membership)
        if not form.is_valid():
            raise ValidationError({name: list(errors) for name, errors in form.errors.items()})
        from core.services import unit_save

        return unit_save(actor=self.membership, unit=form.save(commit=False)), existing is None
