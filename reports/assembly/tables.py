"""Sources an outline may ask for beyond the fixed sections: the Sở's own tasks (Giám đốc Sở giao, trọng tâm,
phát sinh), kept apart from what the province assigned (Phụ lục IV counts only the province's), and the table of
the province's programme tasks (seed 002's A.I)."""
from __future__ import annotations

from core.documents.layout import para, run, section, table
from core.formatting import format_date

from .prose import sentence, table_count


def own_task_figures(organisation, period):
    from directives.figures import OWN_CATEGORIES, directive_figures

    return directive_figures(organisation=organisation, date_from=period.start, date_to=period.end,
                             categories=OWN_CATEGORIES)


def own_tasks_section(own, period, figures) -> list[dict]:
    """The section on the Sở's own tasks: counts in the seeds' words."""
    if own is None:
        return []
    t = own.totals
    if not t.assigned:
        return [para(f"- Trong {period.label}, không phát sinh nhiệm vụ do Sở giao.", key="nothing")]
    figures.add("own_assigned", "Nhiệm vụ do Sở giao", t.assigned)
    figures.add("own_completed", "Nhiệm vụ do Sở giao đã hoàn thành", t.completed)
    figures.add("own_overdue", "Nhiệm vụ do Sở giao quá hạn chưa hoàn thành", t.overdue_not_completed,
                [row.text for row in own.overdue_not_completed])
    values = {"own_assigned": t.assigned, "own_completed": t.completed, "own_overdue": t.overdue_not_completed}
    text = "- Tổng số nhiệm vụ do Giám đốc Sở giao, nhiệm vụ trọng tâm và phát sinh: {own_assigned} nhiệm vụ"
    text += "; đã hoàn thành {own_completed} nhiệm vụ" if t.completed else "; chưa có nhiệm vụ hoàn thành"
    text += "; quá hạn chưa hoàn thành {own_overdue} nhiệm vụ." if t.overdue_not_completed else "."
    return [sentence(text, values, figures)]


def own_tasks_appendix(own, period) -> list[dict]:
    """The follow-up table of the Sở's own tasks: late and overdue ones."""
    if own is None or not own.totals.assigned:
        return []
    blocks = [section("landscape"),
              para(run("Phụ lục", bold=True), indent=False, align="center"),
              para(run("TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ DO SỞ GIAO", bold=True), indent=False, align="center"),
              para(run(period.label.upper(), bold=True), indent=False, align="center")]
    t = own.totals
    blocks.append(table(
        [("STT", 2.6), ("Tổng số nhiệm vụ", 3.2), ("Đã hoàn thành", 3.2), ("Hoàn thành nhưng quá hạn", 3.6),
         ("Quá hạn chưa hoàn thành", 3.6), ("Đang thực hiện", 3.2)],
        [{"cells": ["Cộng", table_count(t.assigned), table_count(t.completed), table_count(t.completed_late),
                    table_count(t.overdue_not_completed), table_count(t.in_progress)], "bold": True}]))
    rows = [[str(i), row.source, row.text, row.unit, row.deadline, row.progress or row.explanation]
            for i, row in enumerate(own.overdue_not_completed, 1)] or [["1", "Không", "", "", "", ""]]
    blocks.append(para(run("CHI TIẾT CÁC NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH", bold=True), indent=False, align="left"))
    blocks.append(table([("STT", 2.2), ("Văn bản giao nhiệm vụ", 4.5), ("Nội dung nhiệm vụ", 7.0),
                         ("Đơn vị chủ trì", 3.5), ("Thời hạn", 2.6), ("Tình hình thực hiện", 5.2)], rows))
    return blocks


def programme_rows(organisation, period) -> list[dict]:
    """The province's tasks given by documents (decisions, plans, programmes, not briefing conclusions) in scope of
    the period, as seed 002's table A.I lists them: content, planned timing, result (the completion record, else the
    latest progress report of the period). Read-only, three queries."""
    from directives.figures import PROVINCE_CATEGORIES
    from directives.models import AssignedTask, ProgressUpdate
    from directives.selectors import in_scope

    scoped = in_scope(AssignedTask.objects.filter(organisation=organisation, category__in=PROVINCE_CATEGORIES,
                                                  cancelled_on__isnull=True), period.start, period.end)
    rows = list(scoped.exclude(source__doc_type="thong_bao_ket_luan").order_by("source__issued_on", "assigned_on", "id")
                .values("id", "text", "deadline_text", "due_date", "completed_on", "result_document",
                        "completion_note"))
    notes = {}
    for task_id, note in (ProgressUpdate.objects.filter(task_id__in=[row["id"] for row in rows],
                                                        reported_on__lte=period.end)
                          .order_by("task_id", "reported_on", "id").values_list("task_id", "note")):
        notes[task_id] = note  # the latest wins
    out = []
    for row in rows:
        timing = row["deadline_text"] or format_date(row["due_date"])
        timing = timing[:1].upper() + timing[1:]
        if row["completed_on"] and row["completed_on"] <= period.end:
            said = " ".join(part for part in (row["completion_note"].strip().rstrip("."),
                                              row["result_document"].strip()) if part)
            result = f"Đã hoàn thành ({said})." if said else f"Đã hoàn thành ngày {format_date(row['completed_on'])}."
        else:
            result = notes.get(row["id"], "").strip() or "Đang thực hiện."
        out.append({"text": row["text"].strip().rstrip("."), "timing": timing, "result": result})
    return out


def programme_table(organisation, period) -> list[dict]:
    """Seed 002's table A.I: TT | Nội dung | Tiến độ theo kế hoạch | Kết quả thực hiện."""
    rows = programme_rows(organisation, period)
    if not rows:
        return [para(f"- Trong {period.label}, không có nhiệm vụ UBND tỉnh giao tại các chương trình, kế hoạch.",
                     key="nothing")]
    return [table([("TT", 1.2), ("Nội dung", 7.5), ("Tiến độ theo kế hoạch", 3.0), ("Kết quả thực hiện", 5.3)],
                  [[str(i), row["text"], row["timing"], row["result"]] for i, row in enumerate(rows, 1)])]
