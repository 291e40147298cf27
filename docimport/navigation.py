MENU = [
    {
        "label": "Nhập văn bản",
        "icon": "bi-file-earmark-arrow-up",
        "order": 60,
        "items": [
            ("Tải lên văn bản Word/PDF", "docimport:importeddocument_add"),
            ("Văn bản đã nhập", "docimport:importeddocument_list"),
        ],
    }
]
