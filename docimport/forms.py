"""Forms of the document import: the upload, and reading the review form back."""
from __future__ import annotations

import datetime as dt

from django import forms
from django.conf import settings

from directives.choices import SourceType

from core.uploads import DOCUMENT_IMPORT_KINDS, validate_upload

from .services import TaskChoice

ACCEPTED_EXTENSIONS = (".docx", ".doc", ".pdf", ".txt")


class UploadForm(forms.Form):
    file = forms.FileField(label="Tệp văn bản (.docx, .doc, .pdf — cả bản quét — hoặc .txt)",
                           widget=forms.ClearableFileInput(attrs={"accept": ",".join(ACCEPTED_EXTENSIONS),
                                                                  "class": "form-control"}))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.MAX_UPLOAD_BYTES
        if upload.size > limit:
            raise forms.ValidationError(f"Tệp quá lớn: tối đa {limit // (1024 * 1024)} MB.")
        validate_upload(upload, DOCUMENT_IMPORT_KINDS)  # by content: an HTML page named .docx is refused
        return upload


class DocumentFieldsForm(forms.Form):
    doc_type = forms.ChoiceField(label="Loại văn bản", choices=SourceType.choices)
    number = forms.CharField(label="Số, ký hiệu", required=False, max_length=60)
    issued_on = forms.DateField(label="Ngày ban hành", input_formats=["%d/%m/%Y", "%Y-%m-%d"],
                                widget=forms.DateInput(format="%d/%m/%Y"))
    issuer = forms.CharField(label="Cơ quan ban hành", max_length=150)
    summary = forms.CharField(label="Trích yếu", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "form-select" if isinstance(field, forms.ChoiceField) else "form-control")
        self.fields["issued_on"].error_messages["invalid"] = "Ngày không hợp lệ (định dạng dd/mm/yyyy)."


def parse_date(value: str) -> dt.date | None:
    value = (value or "").strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def read_task_choices(data, count: int, units_by_pk: dict) -> tuple[list[TaskChoice], list[str]]:
    """The accepted tasks of the review form, and the Vietnamese errors found (nothing is saved on errors)."""
    choices, errors = [], []
    for index in range(count):
        prefix = f"task-{index}-"
        if not data.get(prefix + "accept"):
            continue
        number = index + 1
        text = (data.get(prefix + "text") or "").strip()
        unit = units_by_pk.get(str(data.get(prefix + "unit") or ""))
        if not text:
            errors.append(f"Nhiệm vụ {number}: nội dung không được để trống.")
        if unit is None:
            errors.append(f"Nhiệm vụ {number}: hãy chọn đơn vị chủ trì trong danh sách đơn vị của tổ chức.")
        due_raw = (data.get(prefix + "due_date") or "").strip()
        due = parse_date(due_raw) if due_raw else None
        if due_raw and due is None:
            errors.append(f"Nhiệm vụ {number}: hạn xử lý “{due_raw}” không hợp lệ (dd/mm/yyyy).")
        coordinating = [units_by_pk[pk] for pk in data.getlist(prefix + "coordinating") if pk in units_by_pk]
        if unit is not None:
            coordinating = [other for other in coordinating if other.pk != unit.pk]
        completed_raw = (data.get(prefix + "completed_on") or "").strip()
        completed = parse_date(completed_raw) if completed_raw else None
        if completed_raw and completed is None:
            errors.append(f"Nhiệm vụ {number}: ngày hoàn thành “{completed_raw}” không hợp lệ (dd/mm/yyyy).")
        assigned_raw = (data.get(prefix + "assigned_on") or "").strip()
        if text and unit is not None:
            choices.append(TaskChoice(
                text=text, lead_unit=unit, deadline_text=(data.get(prefix + "deadline_text") or "").strip(),
                due_date=due, coordinating_units=coordinating,
                coordinating_text=(data.get(prefix + "coordinating_text") or "").strip(),
                leader_name=(data.get(prefix + "leader") or "").strip(),
                assignee_names=[name.strip() for name in (data.get(prefix + "assignees") or "").split(",") if name.strip()],
                unit_text=(data.get(prefix + "unit_text") or "").strip(),
                remember_alias=bool(data.get(prefix + "remember")),
                completed_on=completed, assigned_on=parse_date(assigned_raw) if assigned_raw else None, number=number,
            ))
    return choices, errors
