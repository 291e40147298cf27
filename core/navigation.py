MENU = [
    {
        "label": "Tổ chức",
        "icon": "bi-diagram-3",
        "order": 90,
        "items": [
            ("Thông tin tổ chức", "core:organisation"),
            ("Phòng, đơn vị", "core:unit_list"),
            ("Cán bộ", "core:membership_list"),
        ],
    }
]
