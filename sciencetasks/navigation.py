MENU = [
    {
        "label": "Nhiệm vụ KH&CN",
        "icon": "bi-lightbulb",
        "order": 30,
        "items": [
            ("Danh sách nhiệm vụ", "sciencetasks:sciencetask_list"),
            ("Bảng tiến trình", "sciencetasks:board"),
            ("Hội đồng tư vấn", "sciencetasks:council_list"),
            ("Số liệu theo năm", "sciencetasks:year_stats"),
            ("Nhập từ Excel", "sciencetasks:sciencetask_import"),
        ],
    }
]
