"""The directives' period figures (`selectors.directive_summary`) in the shared registry (core.figure_labels)."""
from core.figure_labels import Figure

FIGURES = {
    "directives": [
        Figure("assigned", "Tổng số nhiệm vụ được giao"),
        Figure("completed", "Đã hoàn thành", help="kể cả hoàn thành quá hạn"),
        Figure("completed_late", "Hoàn thành nhưng quá hạn"),
        Figure("overdue_not_completed", "Quá hạn chưa hoàn thành"),
        Figure("in_progress", "Đang thực hiện, trong hạn"),
        Figure("cancelled", "Đã hủy (không tính vào tổng)"),
        Figure("by_category", "Theo nguồn giao nhiệm vụ"),
        Figure("by_unit", "Theo đơn vị chủ trì"),
        Figure("details", "Danh sách chi tiết nhiệm vụ quá hạn"),
    ],
}
