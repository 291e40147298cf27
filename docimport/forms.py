"""Forms of the document import: the upload, the document's fields and the review formset (one form per task)."""
from __future__ import annotations

import datetime as dt

from django import forms
from django.conf import settings
from django.forms.models import ModelChoiceIterator
from django.forms.utils import ErrorDict, ErrorList, flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from directives.choices import SourceType

from core.uploads import DOCUMENT_IMPORT_KINDS, validate_upload
from core.widgets import SearchableSelectMultiple

from .services import TaskChoice

ACCEPTED_EXTENSIONS = (".docx", ".doc", ".pdf", ".txt", ".xlsx", ".csv")  # tables go to the tabular importer


class UploadForm(forms.Form):
    file = forms.FileField(label="Tệp văn bản (.docx, .doc, .pdf — cả bản quét — hoặc .txt), hoặc bảng danh sách "
                                 "nhiệm vụ (.xlsx, .csv)",
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
    """An ISO date of the stored extraction result ("2025-02-21"), or a dd/mm/yyyy one; None when neither."""
    value = (value or "").strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


# --- the review: one form per extracted task -------------------------------------------------------------------

DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
INVALID_DATE = "Ngày không hợp lệ (định dạng dd/mm/yyyy)."
NOT_A_UNIT = "Đơn vị đã chọn không có trong danh sách đơn vị của tổ chức (còn hoạt động vào ngày của văn bản)."


# initial values of the review (the API's accept takes its defaults from the same rows)

def document_day(imported) -> dt.date:
    """The day the document speaks of: its own date, else the date its text refers to, else today."""
    from django.utils import timezone

    return imported.doc_date or imported.referred_day or timezone.localdate()


def review_units(imported) -> list:
    """The units a task of this document may be given to: the organisation's, valid on the document's date."""
    from core.models import Unit

    return list(Unit.objects.filter(organisation_id=imported.organisation_id).active_on(document_day(imported))
                .order_by("display_order", "name"))


def draft_rows(imported, units: list) -> list[dict]:
    """The initial values of the review, built once from the extracted drafts: units matched here only, dates
    as dates. Keys that are not form fields (number, unit_text, matched, …) are shown beside the row."""
    from core.unit_matching import match_unit

    organisation = imported.organisation
    rows = []
    for index, task in enumerate(imported.tasks):
        lead = match_unit(organisation, task.get("unit"), units=units)
        named = [(name, match_unit(organisation, name, units=units)) for name in task.get("coordinating_units") or []]
        rows.append({
            "number": index + 1, "unit_text": task.get("unit") or "", "matched": lead is not None,
            "for_organisation": task.get("for_organisation"), "status": task.get("status") or "",
            "accept": lead is not None, "text": task.get("text") or "", "unit": lead,
            "deadline_text": task.get("deadline_text") or "", "due_date": parse_date(task.get("deadline") or ""),
            "coordinating": [unit for _, unit in named if unit is not None and unit != lead],
            "coordinating_text": ", ".join(name for name, unit in named if unit is None),
            "leader": task.get("leader") or "", "assignees": ", ".join(task.get("assignees") or []),
            "completed_on": parse_date(task.get("completed_date") or ""),
            "assigned_on": _assigning_date(task.get("assigning_document")),
        })
    return rows


def _assigning_date(assigning_document: str | None) -> dt.date | None:
    """"Công văn số 455/UBND-KTTH ngày 02/02/2024" → 02/02/2024: the day the task was assigned (report tables)."""
    from .extract import find_dates

    found = find_dates(assigning_document or "")
    return found[0][2] if found else None


class _UnitListIterator(ModelChoiceIterator):
    """Choices from the list the field was given: the review has a select per task, and a queryset per row would
    query the units once for every row (and again to validate it)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for unit in self.field.unit_list:
            yield self.choice(unit)

    def __len__(self):
        return len(self.field.unit_list) + (self.field.empty_label is not None)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.field.unit_list)


class _UnitListMixin:
    iterator = _UnitListIterator

    def set_units(self, units) -> None:
        self.unit_list = list(units)
        self.units_by_key = {str(unit.pk): unit for unit in self.unit_list}

    def label_from_instance(self, unit):
        return unit.name  # the full name, as the document writes it (a unit's str() is its short name)

    def unit_for(self, value):
        """The unit a posted value names, or a Vietnamese error: a unit of another organisation (or one not valid
        on the document's date), typed into the page by hand, is refused like any unknown value."""
        unit = self.units_by_key.get(str(value).strip())
        if unit is None:
            raise forms.ValidationError(NOT_A_UNIT, code="invalid_choice")
        return unit


class UnitChoiceField(_UnitListMixin, forms.ModelChoiceField):
    def __init__(self, **kwargs):
        from core.models import Unit

        self.set_units([])
        super().__init__(queryset=Unit.objects.none(), **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        return self.unit_for(value)


class UnitMultipleChoiceField(_UnitListMixin, forms.ModelMultipleChoiceField):
    def __init__(self, **kwargs):
        from core.models import Unit

        self.set_units([])
        super().__init__(queryset=Unit.objects.none(), **kwargs)

    def clean(self, value):
        if not value:
            return []
        if not isinstance(value, (list, tuple)):
            raise forms.ValidationError(NOT_A_UNIT, code="invalid_list")
        chosen = []
        for key in value:
            unit = self.unit_for(key)
            if unit not in chosen:
                chosen.append(unit)
        return chosen


class UnitCheckboxes(SearchableSelectMultiple):
    """The project's searchable checkbox list, each option rendered by one flat template: the review shows the
    organisation's units for every task, and Django's nested option templates (option → input → attrs) made the
    page render about four times slower than the hand-written one it replaces."""

    option_template_name = "docimport/widgets/unit_checkbox_option.html"
    template_name = "docimport/widgets/unit_checkboxes.html"

    def get_context(self, name, value, attrs):
        # the options are written here, not by one template include each: 19 tasks × the organisation's units
        # made the option templates most of the review page's time
        context = super().get_context(name, value, attrs)
        context["widget"]["options_html"] = mark_safe("".join(
            format_html('<div>\n    <label{}><input type="{}" name="{}" value="{}"{}> {}</label></div>',
                        format_html(' for="{}"', option["attrs"]["id"]) if option["attrs"].get("id") else "",
                        option["type"], option["name"], str(option["value"]),
                        flatatt({key: val for key, val in option["attrs"].items() if val is not False}),
                        option["label"])
            for _group, options, _index in context["widget"]["optgroups"] for option in options))
        return context


class QuietErrorList(ErrorList):
    """An empty error list renders nothing without a template: the review asks every field of every row for its
    errors, and Django renders the list template even when it is empty (a couple of hundred renders a page)."""

    def render(self, *args, **kwargs):
        return super().render(*args, **kwargs) if self.data else mark_safe("")

    __str__ = __html__ = render


class HiddenDateInput(forms.DateInput):
    input_type = "hidden"


def _date_field(label: str, widget=None) -> forms.DateField:
    return forms.DateField(label=label, required=False, input_formats=DATE_FORMATS,
                           widget=widget or forms.DateInput(format="%d/%m/%Y"),
                           error_messages={"invalid": INVALID_DATE})


class TaskDraftForm(forms.Form):
    """One extracted task as the reviewer corrects it. Only an accepted row is checked: a row left unticked creates
    nothing, so its fields are not held against the reviewer."""

    accept = forms.BooleanField(label="Nhận", required=False,
                                widget=forms.CheckboxInput(attrs={"class": "form-check-input mt-1 task-accept"}))
    text = forms.CharField(label="Nội dung nhiệm vụ", required=False,
                           widget=forms.Textarea(attrs={"rows": 2, "class": "form-control mb-1"}))
    unit = UnitChoiceField(label="Đơn vị chủ trì", required=False, empty_label="— Chọn đơn vị chủ trì —",
                           widget=forms.Select(attrs={"class": "form-select form-select-sm"}))
    remember = forms.BooleanField(label="Ghi nhớ tên gọi", required=False)
    deadline_text = forms.CharField(label="Thời hạn", required=False, max_length=255,
                                    widget=forms.TextInput(attrs={"class": "form-control form-control-sm",
                                                                  "placeholder": "Thời hạn (như văn bản ghi)"}))
    due_date = _date_field("Hạn xử lý", forms.DateInput(format="%d/%m/%Y", attrs={
        "class": "form-control form-control-sm", "placeholder": "dd/mm/yyyy"}))
    coordinating = UnitMultipleChoiceField(label="Đơn vị phối hợp", required=False,
                                           widget=UnitCheckboxes(placeholder="Gõ tên đơn vị để tìm…"))
    coordinating_text = forms.CharField(label="Phối hợp khác (ngoài tổ chức)", required=False, max_length=255,
                                        widget=forms.TextInput(attrs={"class": "form-control form-control-sm",
                                                                      "placeholder": "vd. Sở Tài chính, UBND các huyện"}))
    leader = forms.CharField(label="Lãnh đạo chỉ đạo", required=False, max_length=200,
                             widget=forms.TextInput(attrs={"class": "form-control form-control-sm", "list": "member-names",
                                                           "placeholder": "họ tên (để trống nếu không có)"}))
    assignees = forms.CharField(label="Người thực hiện", required=False, max_length=1000,
                                widget=forms.TextInput(attrs={"class": "form-control form-control-sm", "list": "member-names",
                                                              "placeholder": "họ tên, cách nhau bởi dấu phẩy"}))
    completed_on = _date_field("Ngày hoàn thành theo văn bản", forms.DateInput(format="%d/%m/%Y", attrs={
        "class": "form-control form-control-sm", "placeholder": "dd/mm/yyyy (để trống nếu chưa xong)"}))
    assigned_on = _date_field("Ngày giao", HiddenDateInput(format="%d/%m/%Y"))

    def __init__(self, *args, units=(), may_change=True, **kwargs):
        kwargs.setdefault("error_class", QuietErrorList)
        super().__init__(*args, **kwargs)
        self.fields["unit"].set_units(units)
        self.fields["coordinating"].set_units(units)
        self.fields["text"].widget.attrs["aria-label"] = f"Nội dung nhiệm vụ {self.number}"
        if self.added:  # not ticked by "Chọn tất cả": a blank row is taken only when the reviewer fills it in
            self.fields["accept"].widget.attrs["class"] = "form-check-input mt-1 added-accept"
            self.fields["accept"].widget.attrs["aria-label"] = f"Nhận nhiệm vụ bổ sung {self.number}"
            self.fields["text"].widget.attrs["placeholder"] = "Nội dung nhiệm vụ có trong văn bản nhưng chưa được nhận ra"
        for name in ("unit", "deadline_text", "due_date"):
            self.fields[name].widget.attrs["aria-label"] = self.fields[name].label
        if not may_change:
            for field in self.fields.values():
                field.disabled = True

    @property
    def number(self) -> int:
        return self.initial.get("number") or 0

    @property
    def added(self) -> bool:
        """A blank row offered for a task the extraction missed (BaseTaskDraftFormSet)."""
        return bool(self.initial.get("added"))

    def accepted(self) -> bool:
        if not self.is_bound:
            return bool(self.initial.get("accept"))
        return bool(self.fields["accept"].widget.value_from_datadict(self.data, self.files, self.add_prefix("accept")))

    def full_clean(self):
        super().full_clean()
        if self.is_bound and not self.accepted():
            self._errors = ErrorDict()  # a row not accepted creates nothing: nothing to refuse

    def clean(self):
        data = super().clean()
        if not data.get("accept"):
            return data
        data["text"] = (data.get("text") or "").strip()
        if not data["text"]:
            self.add_error("text", "Nội dung nhiệm vụ không được để trống.")
        if data.get("unit") is None and "unit" not in self.errors:
            self.add_error("unit", "Hãy chọn đơn vị chủ trì trong danh sách đơn vị của tổ chức.")
        return data

    def task_choice(self) -> TaskChoice:
        data = self.cleaned_data
        unit = data["unit"]
        return TaskChoice(
            text=data["text"], lead_unit=unit, deadline_text=(data.get("deadline_text") or "").strip(),
            due_date=data.get("due_date"),
            coordinating_units=[other for other in data.get("coordinating") or [] if other.pk != unit.pk],
            coordinating_text=(data.get("coordinating_text") or "").strip(),
            leader_name=(data.get("leader") or "").strip(),
            assignee_names=[name.strip() for name in (data.get("assignees") or "").split(",") if name.strip()],
            unit_text=self.initial.get("unit_text") or "", remember_alias=bool(data.get("remember")),
            completed_on=data.get("completed_on"), assigned_on=data.get("assigned_on"), number=self.number,
        )


class BaseTaskDraftFormSet(forms.BaseFormSet):
    default_error_messages = {
        "missing_management_form": "Biểu mẫu rà soát không đầy đủ (thiếu thông tin quản lý): hãy tải lại trang rồi "
                                   "rà soát lại.",
        "too_many_forms": "Biểu mẫu gửi nhiều nhiệm vụ hơn văn bản có (%(num)d): hãy tải lại trang.",
        "too_few_forms": "Biểu mẫu gửi thiếu nhiệm vụ: hãy tải lại trang.",
    }

    def _construct_form(self, i, **kwargs):
        # every row is a draft of the document or a blank one offered for a task it missed, never an optional extra
        # row: an accepted row is checked and created like any other, whatever INITIAL_FORMS a client posts
        if i >= len(self.initial or []):
            kwargs["initial"] = {"number": i + 1, "added": True, "matched": True}
        return super()._construct_form(i, empty_permitted=False, use_required_attribute=False, **kwargs)

    @property
    def drafted_forms(self) -> list:
        return [form for form in self.forms if not form.added]

    @property
    def added_forms(self) -> list:
        return [form for form in self.forms if form.added]

    def task_choices(self) -> list[TaskChoice]:
        """The accepted rows, in order (call after is_valid())."""
        return [form.task_choice() for form in self.forms if form.cleaned_data.get("accept")]

    def error_lines(self) -> list[str]:
        """Every error as one Vietnamese line naming the task and the field, for the summary above the form."""
        lines = list(self.non_form_errors())
        for form in self.forms:
            for name, messages in form.errors.items():
                label = form.fields[name].label if name in form.fields else ""
                where = f"Nhiệm vụ {form.number}" + (f" – {label}" if label else "")
                lines += [f"{where}: {message}" for message in messages]
        return lines


# blank rows under the extracted ones, for tasks the document has and the extraction did not find (on pages it never
# saw it finds five or six in ten, docs/docimport.md): the reviewer writes them in instead of re-typing them elsewhere
ADDED_ROWS = 3


def task_draft_formset(*, initial: list[dict], units, data=None, may_change: bool = True):
    """The review's formset: one form per extracted task (the initial rows built once from the drafts), then
    ADDED_ROWS blank rows when the reviewer may change the import. A POST cannot add rows beyond those."""
    count = len(initial) + (ADDED_ROWS if may_change else 0)
    formset_class = forms.formset_factory(TaskDraftForm, formset=BaseTaskDraftFormSet, extra=count - len(initial),
                                          max_num=count, absolute_max=count, validate_max=True)
    # ids "task-3-unit" as the page had them before (labels, browser tests); names are the formset's "task-3-unit"
    return formset_class(data=data, initial=initial, prefix="task", auto_id="%s",
                         form_kwargs={"units": units, "may_change": may_change})
