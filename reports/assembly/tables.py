"""Sources an outline may ask for beyond the fixed sections: the Sở's own tasks (Giám đốc Sở giao, trọng tâm,
phát sinh), kept apart from what the province assigned (Phụ lục IV counts only the province's)."""
from __future__ import annotations

from core.documents.layout import para, run, section, table

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
