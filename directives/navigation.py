MENU = [
    {
        "label": "Nhiệm vụ được giao",
        "icon": "bi-list-check",
        "order": 10,
        "items": [
            ("Nhiệm vụ của tôi", "directives:my_tasks"),
            ("Nhiệm vụ của đơn vị", "directives:unit_tasks"),
            ("Tất cả nhiệm vụ", "directives:assignedtask_list"),
            ("Lịch hạn xử lý", "directives:calendar"),
            ("Văn bản giao nhiệm vụ", "directives:sourcedocument_list"),
            ("Hội nghị giao ban tuần", "directives:briefing_list"),
            ("Tổng hợp theo kỳ", "directives:summary"),
            ("Nhập từ Excel", "directives:import"),
        ],
    }
]
