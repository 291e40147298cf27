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
    """The province's tasks given by documents in scope of the period, as seed 002's table A.I lists them: content,
    planned timing, result (the completion record, else the latest progress report of the period)."""
    from directives.figures import documented_tasks

    out = []
    for task in documented_tasks(organisation=organisation, date_from=period.start, date_to=period.end):
        timing = task.deadline_text or format_date(task.due_date)
        out.append({"text": task.text.strip().rstrip("."), "timing": timing[:1].upper() + timing[1:],
                    "result": _result(task, period)})
    return out


def _result(task, period) -> str:
    if task.completed_on and task.completed_on <= period.end:
        said = " ".join(part for part in (task.completion_note.strip().rstrip("."), task.result_document.strip())
                        if part)
        return f"Đã hoàn thành ({said})." if said else f"Đã hoàn thành ngày {format_date(task.completed_on)}."
    return task.latest_note.strip() or "Đang thực hiện."


def programme_table(organisation, period) -> list[dict]:
    """Seed 002's table A.I: TT | Nội dung | Tiến độ theo kế hoạch | Kết quả thực hiện."""
    rows = programme_rows(organisation, period)
    if not rows:
        return [para(f"- Trong {period.label}, không có nhiệm vụ UBND tỉnh giao tại các chương trình, kế hoạch.",
                     key="nothing")]
    return [table([("TT", 1.2), ("Nội dung", 7.5), ("Tiến độ theo kế hoạch", 3.0), ("Kết quả thực hiện", 5.3)],
                  [[str(i), row["text"], row["timing"], row["result"]] for i, row in enumerate(rows, 1)])]


ROMAN_GROUPS = ("I", "II", "III", "IV", "V")


def work_programme_appendix(organisation, period) -> list[dict]:
    """Seed 003's Phụ lục III: the tasks of the UBND's chương trình công tác (the province's decisions issuing its
    work programme) in scope of the period, grouped by the quarter they are due in, then the whole-year ones; the
    unit in charge, what was done (completion record, else the latest progress report), the difficulties; then the
    overdue ones not completed."""
    from directives.figures import work_programme_tasks

    rows = work_programme_tasks(organisation=organisation, date_from=period.start, date_to=period.end)
    if not rows:
        return []
    year = period.end.year
    quarters = list(range(1, (period.end.month - 1) // 3 + 2))
    groups = {quarter: [] for quarter in quarters}
    whole_year = []
    overdue = []
    for row in rows:
        done = row.completed_on and row.completed_on <= period.end
        line = [row.text.strip().rstrip("."), row.unit, _result(row, period), row.explanation]
        due = row.due_date
        if "cả năm" in row.deadline_text.lower() or due is None or due > period.end:
            whole_year.append(line)
        else:
            groups.setdefault((due.month - 1) // 3 + 1, []).append(line)
            if not done:
                overdue.append([line[0], line[1], format_date(due), line[3]])
    documents = []
    for row in rows:
        issued = row.source_issued_on
        name = f"Quyết định số {row.source_number} ngày {issued.day:02d}/{issued.month:02d}/{issued.year}"
        if name not in documents:
            documents.append(name)
    blocks = [section("landscape"),
              para(run("Phụ lục III", bold=True), indent=False, align="center"),
              para(run("BÁO CÁO TỔNG HỢP TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ TRONG CHƯƠNG TRÌNH CÔNG TÁC TRỌNG TÂM CỦA "
                       f"UBND TỈNH {period.label.upper()}", bold=True), indent=False, align="center"),
              para(run(f"(Theo {' và '.join(documents)} của UBND tỉnh)", italic=True), indent=False, align="center"),
              para(run("I. KẾT QUẢ THỰC HIỆN:", bold=True), indent=False, align="left")]
    summary = f"Tổng số nhiệm vụ được giao: {table_count(len(rows))} nhiệm vụ."
    if whole_year:
        summary += f" Tổng số nhiệm vụ đang thực hiện (nhiệm vụ cả năm): {table_count(len(whole_year))} nhiệm vụ."
    summary += (f" Tổng số nhiệm vụ chưa hoàn thành: {table_count(len(overdue))} nhiệm vụ." if overdue
                else " Tổng số nhiệm vụ chưa hoàn thành: không có.")
    blocks.append(para(summary))
    table_rows = []
    labels = [f"Quý {ROMAN_GROUPS[q - 1]}/{year}" for q in quarters] + [f"Nhiệm vụ cả năm {year}"]
    for index, (label, items) in enumerate(zip(labels, [groups[q] for q in quarters] + [whole_year])):
        table_rows.append({"cells": [ROMAN_GROUPS[index], label, "", "", ""], "bold": True})
        table_rows += [[str(i), *item] for i, item in enumerate(items, 1)] or [["1", "Không", "", "", ""]]
    blocks.append(table([("STT", 1.6), ("Nội dung nhiệm vụ được giao", 6.0), ("Đơn vị chủ trì", 3.4),
                         ("Tình hình kết quả thực hiện", 8.0), ("Khó khăn, vướng mắc và kiến nghị, đề xuất", 5.0)],
                        table_rows))
    blocks.append(para(run("II. CHI TIẾT CÁC NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH (*)", bold=True), indent=False,
                       align="left"))
    blocks.append(table([("STT", 1.6), ("Nội dung nhiệm vụ được giao", 8.0), ("Đơn vị chủ trì", 4.0),
                         ("Dự kiến thời hạn hoàn thành", 3.4), ("Giải trình nguyên nhân/ kiến nghị, đề xuất", 7.0)],
                        [[str(i), *item] for i, item in enumerate(overdue, 1)] or [["1", "Không", "", "", ""]]))
    return blocks
