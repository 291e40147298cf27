"""`import_directives`: tasks with their source documents, follow-up and status from CSV/XLSX (all or nothing).

Columns (English names or the Vietnamese headers): source_type, source_number, source_date, issuer, unit, text,
assigned_date, deadline, completed_date, extension_deadline, extension_approved_date, status, explanation; and
optionally category, item_number, cancelled_date. Re-importing the same rows updates them (key: source document
+ task text) instead of duplicating them.
"""
from __future__ import annotations

import re

from django.core.exceptions import ValidationError

from core.importing import CellError, TabularImporter, parse_choice_cell, parse_date_cell, parse_unit_cell
from core.permissions import ADD, can
from core.text import fold
from directives import services
from directives.choices import ExtensionState, SourceType, TaskCategory
from directives.deadlines import parse_deadline
from directives.models import AssignedTask, SourceDocument, normalise_number

TYPE_ABBREVIATIONS = {
    "qd": SourceType.QUYET_DINH, "kh": SourceType.KE_HOACH, "cv": SourceType.CONG_VAN, "tb": SourceType.THONG_BAO,
    "tbkl": SourceType.THONG_BAO_KET_LUAN, "ct": SourceType.CHI_THI, "nq": SourceType.NGHI_QUYET,
    "ctr": SourceType.CHUONG_TRINH, "kl": SourceType.KET_LUAN,
}
CANCELLED_WORDS = {"huy", "da huy", "cancelled", "bi huy"}
DONE_WORDS = {"hoan thanh", "da hoan thanh", "xong", "completed", "done"}


def infer_type(number: str) -> str:
    """The document type from its symbol: "228/KH-UBND" → Kế hoạch; "1490/UBND-TH" (a letter) → Công văn."""
    match = re.match(r"^\d+[A-Z]?(?:/\d{4})?[/-]([A-ZĐ]+)", number or "")
    if not match:
        return ""
    code = fold(match.group(1))
    if code in TYPE_ABBREVIATIONS:
        return TYPE_ABBREVIATIONS[code]
    return SourceType.CONG_VAN


def infer_issuer(number: str) -> str:
    folded = fold(number)
    if "ubnd" in folded:
        return "UBND tỉnh"
    if "skhcn" in folded:
        return "Giám đốc Sở"
    if folded.endswith("/tu") or "tu-" in folded:
        return "Tỉnh ủy"
    if "hdnd" in folded:
        return "HĐND tỉnh"
    return ""


def infer_category(issuer: str, has_source: bool) -> str:
    folded = fold(issuer)
    if "chu tich" in folded:
        return TaskCategory.CHU_TICH_UBND
    if "ubnd" in folded or "uy ban" in folded:
        return TaskCategory.UBND_TINH
    if not has_source:
        return TaskCategory.PHAT_SINH
    return TaskCategory.GIAM_DOC


class DirectiveImporter(TabularImporter):
    columns = {
        "source_type": ["Loại văn bản", "loai van ban giao", "source_type"],
        "source_number": ["Số, ký hiệu", "so ky hieu", "số ký hiệu văn bản", "so van ban", "source_number"],
        "source_date": ["Ngày văn bản", "ngay ban hanh", "ngày ký", "source_date"],
        "issuer": ["Cơ quan ban hành", "co quan giao", "người giao", "issuer"],
        "unit": ["Đơn vị chủ trì", "don vi", "đơn vị thực hiện", "unit"],
        "text": ["Nội dung nhiệm vụ", "noi dung", "nhiệm vụ", "trich yeu", "text"],
        "assigned_date": ["Ngày giao", "ngay giao nhiem vu", "assigned_date"],
        "deadline": ["Thời hạn", "han xu ly", "thời hạn giao", "hạn hoàn thành", "deadline"],
        "completed_date": ["Ngày hoàn thành", "thoi han hoan thanh", "ngày hoàn thành thực tế", "completed_date"],
        "extension_deadline": ["Gia hạn đến", "han gia han", "hạn sau gia hạn", "extension_deadline"],
        "extension_approved_date": ["Ngày đồng ý gia hạn", "ngay duyet gia han", "extension_approved_date"],
        "status": ["Trạng thái", "tinh trang", "status"],
        "explanation": ["Giải trình nguyên nhân", "giai trinh", "nguyên nhân", "explanation"],
        "category": ["Loại nhiệm vụ", "category"],
        "item_number": ["Mục số", "so thu tu trong van ban", "item_number"],
        "cancelled_date": ["Ngày hủy", "cancelled_date"],
    }
    required = {"unit", "text", "assigned_date"}
    key_fields = ("source_number", "source_date", "text")

    def __init__(self, *, membership):
        super().__init__(membership=membership)
        from core.models import Unit

        self.units = list(Unit.objects.filter(organisation=self.organisation))

    # --- validation (nothing is written here) ------------------------------------------------------------------
    def clean_row(self, values: dict, row_number: int) -> dict:
        problems: list[CellError] = []

        def attempt(func, *args, **kwargs):
            try:
                return func(*args, **kwargs)
            except CellError as exc:
                problems.append(exc)
                return None

        cleaned: dict = {"text": " ".join(str(values.get("text", "")).split())}
        number_text = str(values.get("source_number") or "").strip()
        try:
            cleaned["source_number"] = normalise_number(number_text)
        except ValidationError as exc:
            problems.append(CellError("source_number", exc.messages[0]))
            cleaned["source_number"] = ""
        type_text = str(values.get("source_type") or "").strip()
        source_type = ""
        if type_text:
            source_type = TYPE_ABBREVIATIONS.get(fold(type_text).replace(".", "")) or attempt(
                parse_choice_cell, type_text, "source_type", SourceType.choices)
        elif cleaned["source_number"]:
            source_type = infer_type(cleaned["source_number"])
        cleaned["source_type"] = source_type or ""
        cleaned["source_date"] = attempt(parse_date_cell, values.get("source_date"), "source_date")
        cleaned["assigned_date"] = attempt(parse_date_cell, values.get("assigned_date"), "assigned_date", required=True)
        has_source = bool(cleaned["source_type"] or cleaned["source_number"])
        if has_source and cleaned["source_date"] is None and not any(p.column == "source_date" for p in problems):
            cleaned["source_date"] = cleaned["assigned_date"]
        issuer = str(values.get("issuer") or "").strip() or infer_issuer(cleaned["source_number"])
        if has_source and not issuer:
            problems.append(CellError("issuer", "Thiếu cơ quan ban hành văn bản."))
        cleaned["issuer"] = issuer
        cleaned["unit"] = attempt(parse_unit_cell, values.get("unit"), "unit", self.organisation, units=self.units,
                                  required=True)
        if cleaned["unit"] is not None and not can(
                self.membership, ADD, AssignedTask(organisation=self.organisation, lead_unit=cleaned["unit"])):
            problems.append(CellError("unit", f"Bạn không có quyền giao nhiệm vụ cho {cleaned['unit']}."))
        category_text = str(values.get("category") or "").strip()
        cleaned["category"] = (attempt(parse_choice_cell, category_text, "category", TaskCategory.choices)
                               if category_text else infer_category(issuer, has_source))
        cleaned["item_number"] = str(values.get("item_number") or "").strip()
        # the deadline: a date or a phrase; a phrase we cannot read is an error, never dropped
        deadline_value = values.get("deadline")
        reference = cleaned["source_date"] or cleaned["assigned_date"]
        deadline = parse_deadline(deadline_value, reference_date=reference, base_date=cleaned["assigned_date"])
        if not deadline.ok:
            problems.append(CellError("deadline", services.MSG_UNPARSED.format(text=deadline.text)))
        cleaned["deadline"] = deadline
        if deadline.due_date and cleaned["assigned_date"] and deadline.due_date < cleaned["assigned_date"]:
            problems.append(CellError("deadline", f"Thời hạn {deadline.due_date:%d/%m/%Y} trước ngày giao "
                                                  f"{cleaned['assigned_date']:%d/%m/%Y}."))
        cleaned["completed_date"] = attempt(parse_date_cell, values.get("completed_date"), "completed_date")
        cleaned["extension_deadline"] = attempt(parse_date_cell, values.get("extension_deadline"), "extension_deadline")
        cleaned["extension_approved_date"] = attempt(parse_date_cell, values.get("extension_approved_date"),
                                                     "extension_approved_date")
        cleaned["cancelled_date"] = attempt(parse_date_cell, values.get("cancelled_date"), "cancelled_date")
        cleaned["explanation"] = str(values.get("explanation") or "").strip()
        status = fold(str(values.get("status") or "")).strip(" .")
        cleaned["cancel"] = status in CANCELLED_WORDS
        if status in DONE_WORDS and not cleaned["completed_date"]:
            problems.append(CellError("completed_date", "Trạng thái “hoàn thành” nhưng thiếu ngày hoàn thành."))
        if cleaned["extension_approved_date"] and not cleaned["extension_deadline"]:
            problems.append(CellError("extension_deadline", "Có ngày đồng ý gia hạn nhưng thiếu hạn mới."))
        if cleaned["extension_deadline"] and not cleaned["extension_approved_date"]:
            problems.append(CellError("extension_approved_date", "Thiếu ngày lãnh đạo đồng ý gia hạn."))
        if cleaned["extension_deadline"] and deadline.due_date and cleaned["extension_deadline"] <= deadline.due_date:
            problems.append(CellError("extension_deadline", "Hạn gia hạn phải sau thời hạn ban đầu."))
        if cleaned["extension_deadline"] and not deadline.due_date:
            problems.append(CellError("extension_deadline", "Nhiệm vụ không có thời hạn: không thể gia hạn."))
        if cleaned["completed_date"] and cleaned["assigned_date"] and cleaned["completed_date"] < cleaned["assigned_date"]:
            problems.append(CellError("completed_date", "Ngày hoàn thành trước ngày giao."))
        # completed late without an explanation: refused here so that a dry run says so
        if cleaned["completed_date"] and deadline.due_date and not cleaned["explanation"]:
            effective = deadline.due_date
            approved = cleaned["extension_approved_date"]
            if cleaned["extension_deadline"] and approved and approved <= deadline.due_date:
                effective = cleaned["extension_deadline"]
            if cleaned["completed_date"] > effective:
                problems.append(CellError("explanation", services.MSG_LATE_NEEDS_EXPLANATION.format(
                    deadline=f"{effective:%d/%m/%Y}")))
        if cleaned["cancel"] and cleaned["completed_date"]:
            problems.append(CellError("status", "Nhiệm vụ đã hoàn thành thì không thể hủy."))
        if problems:
            from core.importing import RowErrors

            raise RowErrors(problems)
        return cleaned

    # --- saving (through the services) ------------------------------------------------------------------------
    def _document(self, cleaned) -> SourceDocument | None:
        if not (cleaned["source_type"] or cleaned["source_number"]):
            return None
        if cleaned["source_number"]:
            found = services.source_document_find(organisation=self.organisation, number=cleaned["source_number"],
                                                  issued_on=cleaned["source_date"])
            if found is not None:
                return found
        else:
            found = SourceDocument.objects.filter(
                organisation=self.organisation, number="", doc_type=cleaned["source_type"],
                issued_on=cleaned["source_date"], issuer=cleaned["issuer"]).first()
            if found is not None:
                return found
        return services.source_document_create(
            actor=self.membership, doc_type=cleaned["source_type"] or SourceType.KHAC, number=cleaned["source_number"],
            issued_on=cleaned["source_date"], issuer=cleaned["issuer"],
        )

    def save_row(self, cleaned: dict):
        document = self._document(cleaned)
        deadline = cleaned["deadline"]
        existing = AssignedTask.objects.filter(organisation=self.organisation, source=document,
                                               text=cleaned["text"], series__isnull=True).first()
        created = existing is None
        if created:
            task = services.assigned_task_create(
                actor=self.membership, text=cleaned["text"], lead_unit=cleaned["unit"],
                assigned_on=cleaned["assigned_date"], deadline_text=deadline.text if deadline.kind != "none" else "",
                source=document, category=cleaned["category"], item_number=cleaned["item_number"],
            )
        else:
            task = existing
        if cleaned["extension_deadline"] and task.extended_to != cleaned["extension_deadline"]:
            approved_on = cleaned["extension_approved_date"]
            extension = services.extension_request(
                actor=self.membership, task=task, new_due_date=cleaned["extension_deadline"],
                reason=cleaned["explanation"] or "Gia hạn theo dữ liệu nhập", requested_on=approved_on,
            )
            if extension.state == ExtensionState.PENDING:
                services.extension_decide(actor=self.membership, extension=extension, approve=True,
                                          decided_on=approved_on, decided_by_name="Theo dữ liệu nhập")
            task.refresh_from_db()
        if cleaned["completed_date"] and not task.completed_on:
            services.task_complete(actor=self.membership, task=task, completed_on=cleaned["completed_date"],
                                   explanation=cleaned["explanation"])
        elif cleaned["explanation"] and cleaned["explanation"] != task.explanation:
            services.task_explain(actor=self.membership, task=task, explanation=cleaned["explanation"])
        if cleaned["cancel"] and not task.cancelled_on:
            services.task_cancel(actor=self.membership, task=task,
                                 reason=cleaned["explanation"] or "Hủy theo dữ liệu nhập",
                                 cancelled_on=cleaned["cancelled_date"] or cleaned["assigned_date"])
        return task, created
