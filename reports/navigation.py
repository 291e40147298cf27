MENU = [
    {
        "label": "Báo cáo",
        "icon": "bi-file-earmark-text",
        "order": 50,
        "items": [
            ("Báo cáo định kỳ", "reports:report_list"),
            ("Đề cương báo cáo", "reports:outline_list"),
            ("Mẫu báo cáo (Word)", "reports:reporttemplate_list"),
        ],
    }
]
