MENU = [
    {
        "label": "Nhật ký công tác",
        "icon": "bi-journal-text",
        "order": 42,
        "items": [
            ("Nhật ký công tác", "worklog:worklogentry_list"),
            ("Ghi mục nhật ký mới", "worklog:worklogentry_add"),
            ("Nhập từ báo cáo tuần của đơn vị", "worklog:import"),
        ],
    },
]
