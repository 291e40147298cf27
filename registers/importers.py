"""CSV/XLSX importers of the registers (`core.importing.TabularImporter`), generated from the registry.

Headers are the Vietnamese field names (or the field code); choices accept the label or the code; foreign
keys are found by name, number or code within the organisation; every row goes through the same service as
the form, and one bad row means nothing is saved.
"""
from django.db import models

from core.importing import (
    CellError, TabularImporter, parse_choice_cell, parse_date_cell, parse_decimal_cell, parse_int_cell, parse_unit_cell,
)
from core.text import fold

from .registry import REGISTERS
from .services import register_record_save

TRUE_WORDS = {"co", "x", "1", "true", "yes", "dung", "c"}
FALSE_WORDS = {"khong", "0", "false", "no", "k", ""}
LOOKUP_FIELDS = ("number", "code", "name", "title", "holder", "serial_number")


class RegisterImporter(TabularImporter):
    register = None

    def __init__(self, *, membership):
        super().__init__(membership=membership)
        self._lookups = {}

    @property
    def model(self):
        return self.register.model

    def clean_row(self, values, row_number):
        cleaned, problems = {}, []
        for name, raw in values.items():
            try:
                cleaned[name] = self.convert(name, raw)
            except CellError as exc:
                problems.append(exc)
        if problems:
            from core.importing import RowErrors

            raise RowErrors(problems)
        if cleaned.get("unit") is None:
            unit = getattr(self.membership, "unit", None)
            if unit is None:
                raise CellError("unit", "Không được để trống.")
            cleaned["unit"] = unit
        self.build(cleaned)[0].full_clean(validate_unique=False, validate_constraints=False)
        return cleaned

    def build(self, cleaned):
        """The record this row creates or updates (by `key_fields`), with the row's values set."""
        keys = {k: cleaned.get(k) for k in self.key_fields}
        existing = None
        if keys and all(v not in (None, "") for v in keys.values()):
            existing = self.model.objects.filter(organisation=self.organisation, **keys).first()
        instance = existing or self.model(organisation=self.organisation)
        for name, value in cleaned.items():
            setattr(instance, name, value)
        return instance, existing

    def convert(self, name, raw):
        field = self.model._meta.get_field(name)
        if name == "unit":
            return parse_unit_cell(raw, name, self.organisation)
        if field.choices:
            return parse_choice_cell(raw, name, field.choices, required=not field.blank) or field.get_default()
        if isinstance(field, models.DateField):
            return parse_date_cell(raw, name, required=not field.null)
        if isinstance(field, models.BooleanField):
            text = fold(str(raw or ""))
            if text in TRUE_WORDS:
                return True
            if text in FALSE_WORDS:
                return False
            raise CellError(name, f"Ghi “Có” hoặc “Không”, không phải “{raw}”.")
        if isinstance(field, models.IntegerField):
            value = parse_int_cell(raw, name)
            return field.get_default() if value is None and not field.null else value
        if isinstance(field, models.DecimalField):
            value = parse_decimal_cell(raw, name)
            return field.get_default() if value is None and not field.null else value
        if field.is_relation:
            return self.find(field, raw)
        return str(raw).strip() if raw is not None else ""

    def find(self, field, raw):
        text = str(raw or "").strip()
        if not text:
            return None
        target = field.related_model
        if target not in self._lookups:
            table = {}
            for obj in target.objects.filter(organisation=self.organisation):
                for key in [str(obj), *(getattr(obj, f, "") for f in LOOKUP_FIELDS)]:
                    if key:
                        table.setdefault(fold(str(key)), obj)
            self._lookups[target] = table
        obj = self._lookups[target].get(fold(text))
        if obj is None:
            raise CellError(field.name, f"Không tìm thấy {field.verbose_name} “{text}” trong dữ liệu của {self.organisation}.")
        return obj

    def save_row(self, cleaned):
        from django.core.exceptions import PermissionDenied

        instance, existing = self.build(cleaned)
        try:
            return register_record_save(instance=instance, actor=self.membership), existing is None
        except PermissionDenied:
            raise CellError("unit", "Bạn không có quyền ghi dữ liệu của đơn vị này.") from None


def build_importer(register):
    meta = register.model._meta
    columns = {}
    for name in register.form_fields:
        field = meta.get_field(name)
        columns[name] = [str(field.verbose_name).capitalize(), name]
    columns["unit"] = ["Đơn vị thực hiện", "Đơn vị", "unit"]
    return type(f"{register.name}Importer", (RegisterImporter,), {
        "register": register, "columns": columns, "required": set(register.import_required),
        "key_fields": register.key_fields, "__module__": __name__,
    })


IMPORTERS = {register.model: build_importer(register) for register in REGISTERS}
globals().update({cls.__name__: cls for cls in IMPORTERS.values()})
