"""Excel/CSV import of an existing task list (columns documented in docs/sciencetasks.md).

Every row is validated first; one bad row and nothing is saved. A row whose code already exists updates the
task (descriptive fields through `science_task_update`; a state further on the pipeline through
`science_task_advance`, which records each step). New rows enter with `science_task_create`.
"""
from __future__ import annotations


from django.utils import timezone

from core.importing import (
    CellError, RowErrors, TabularImporter, parse_choice_cell, parse_date_cell, parse_int_cell, parse_unit_cell,
)

from .choices import Field, Grade, Level, State, TaskType
from .models import ScienceTask
from .services import science_task_advance, science_task_create, science_task_update


def _with_short_labels(choices, prefixes):
    """Accept "Nông nghiệp" for "Khoa học nông nghiệp", "Tỉnh" for "Cấp tỉnh" (the error lists the full labels)."""
    extended = list(choices)
    for key, label in choices:
        for prefix in prefixes:
            if label.startswith(prefix):
                extended.append((key, label[len(prefix):]))
    return extended


FIELD_CHOICES = _with_short_labels(Field.choices, ("Khoa học ",)) + [(Field.Y_DUOC, "Y dược")]
LEVEL_CHOICES = _with_short_labels(Level.choices, ("Cấp ", "Chương trình "))


class ScienceTaskImporter(TabularImporter):
    columns = {
        "code": ["Mã nhiệm vụ", "Mã", "Mã số"],
        "title": ["Tên nhiệm vụ", "Tên đề tài, dự án"],
        "short_name": ["Tên ngắn", "Tên gọi tắt"],
        "level": ["Cấp quản lý", "Cấp"],
        "task_type": ["Loại nhiệm vụ", "Loại"],
        "field": ["Lĩnh vực"],
        "host_organisation": ["Tổ chức chủ trì", "Cơ quan chủ trì"],
        "leader_name": ["Chủ nhiệm"],
        "managing_unit": ["Phòng quản lý"],
        "start_year": ["Thực hiện từ năm", "Năm bắt đầu"],
        "planned_start": ["Ngày bắt đầu", "Bắt đầu"],
        "planned_end": ["Ngày kết thúc", "Kết thúc"],
        "budget_total": ["Tổng kinh phí (đồng)", "Kinh phí", "Tổng kinh phí"],
        "budget_state": ["Ngân sách nhà nước (đồng)", "Ngân sách nhà nước"],
        "state": ["Trạng thái"],
        "accepted_on": ["Ngày nghiệm thu"],
        "grade": ["Xếp loại"],
        "registration_number": ["Số giấy chứng nhận đăng ký", "Số đăng ký kết quả"],
        "registration_date": ["Ngày cấp giấy chứng nhận", "Ngày đăng ký kết quả"],
    }
    required = {"code", "title", "level", "field"}
    key_fields = ("code",)

    def clean_row(self, values: dict, row_number: int) -> dict:
        errors = []
        cleaned = {"code": str(values["code"]).strip(), "title": str(values["title"]).strip(),
                   "short_name": str(values.get("short_name") or "").strip(),
                   "host_organisation": str(values.get("host_organisation") or "").strip(),
                   "leader_name": str(values.get("leader_name") or "").strip()}

        def attempt(name, function, *args, **kwargs):
            try:
                cleaned[name] = function(values.get(name, ""), name, *args, **kwargs)
            except CellError as exc:
                errors.append(exc)

        attempt("level", parse_choice_cell, LEVEL_CHOICES, required=True)
        attempt("task_type", parse_choice_cell, TaskType.choices)
        attempt("field", parse_choice_cell, FIELD_CHOICES, required=True)
        attempt("state", parse_choice_cell, State.choices)
        attempt("grade", parse_choice_cell, Grade.choices)
        attempt("start_year", parse_int_cell)
        attempt("budget_total", parse_int_cell)
        attempt("budget_state", parse_int_cell)
        for name in ("planned_start", "planned_end", "accepted_on", "registration_date"):
            attempt(name, parse_date_cell)
        if values.get("managing_unit"):
            attempt("managing_unit", parse_unit_cell, self.organisation)
        cleaned["registration_number"] = str(values.get("registration_number") or "").strip()
        if errors:
            raise RowErrors(errors)
        if cleaned.get("planned_start") and cleaned.get("planned_end") and cleaned["planned_end"] < cleaned["planned_start"]:
            errors.append(CellError("planned_end", "Ngày kết thúc phải sau ngày bắt đầu."))
        if cleaned.get("budget_total") is not None and (cleaned.get("budget_state") or 0) > cleaned["budget_total"]:
            errors.append(CellError("budget_state", "Ngân sách nhà nước vượt quá tổng kinh phí."))
        if not cleaned.get("start_year"):
            if cleaned.get("planned_start"):
                cleaned["start_year"] = cleaned["planned_start"].year
            else:
                errors.append(CellError("start_year", "Thiếu năm bắt đầu (hoặc ngày bắt đầu)."))
        state = cleaned.get("state") or State.IN_PROGRESS
        cleaned["state"] = state
        if state in (State.ACCEPTED, State.RECOGNISED, State.REGISTERED, State.NOT_PASSED) and not cleaned.get("grade"):
            errors.append(CellError("grade", "Nhiệm vụ đã nghiệm thu phải có xếp loại."))
        if state == State.REGISTERED and not cleaned["registration_number"]:
            errors.append(CellError("registration_number", "Nhiệm vụ đã đăng ký kết quả phải có số giấy chứng nhận."))
        if state == State.REJECTED:
            errors.append(CellError("state", "Không nhập nhiệm vụ ở trạng thái «Không được chọn»."))
        if errors:
            raise RowErrors(errors)
        return cleaned

    def save_row(self, cleaned: dict):
        actor = self.membership
        today = timezone.localdate()
        values = {key: cleaned[key] for key in ("code", "title", "short_name", "level", "field", "host_organisation",
                                                 "leader_name", "start_year", "planned_start", "planned_end")}
        if cleaned.get("task_type"):
            values["task_type"] = cleaned["task_type"]
        for key in ("budget_total", "budget_state", "managing_unit"):
            if cleaned.get(key) is not None:
                values[key] = cleaned[key]
        if "budget_total" in values:
            # the list gives the total and (usually) the state budget: the rest comes from other sources; a list
            # without the state budget column funds the task from the state budget, as provincial tasks are
            values["budget_other"] = values["budget_total"] - values.setdefault("budget_state", values["budget_total"])
        task = ScienceTask.objects.filter(organisation=self.organisation, code=cleaned["code"]).first()
        state = cleaned["state"]
        if task is None:
            settled = {}
            if cleaned.get("grade"):
                settled["grade"] = cleaned["grade"]
            if cleaned.get("accepted_on"):
                settled["accepted_on"] = cleaned["accepted_on"]
            if cleaned["registration_number"]:
                settled["registration_number"] = cleaned["registration_number"]
                settled["registration_date"] = cleaned.get("registration_date")
            task = science_task_create(actor=actor,
                                       date=min(cleaned.get("accepted_on") or cleaned.get("planned_start") or today, today),
                                       state=state, values=values, note="Nhập từ tệp danh sách nhiệm vụ.",
                                       settled=settled)
            return task, True
        task = science_task_update(task=task, actor=actor, values=values)
        if state != task.state:
            date = cleaned.get("registration_date") or cleaned.get("accepted_on") or today
            date = max(date, task.state_since or date)
            science_task_advance(task=task, to_state=state, date=min(date, today), actor=actor,
                                 grade=cleaned.get("grade") or "", certificate_number=cleaned["registration_number"],
                                 certificate_date=cleaned.get("registration_date"))
            task.refresh_from_db()
        return task, False
