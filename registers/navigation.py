from core.formatting import lower_first

from .registry import GROUPS, REGISTERS

MENU = [
    {
        "label": "Sổ theo dõi: ATBX, TĐC",
        "icon": "bi-journal-check",
        "order": 40,
        "items": [("Tổng hợp số liệu theo kỳ", "registers:index")] + [
            (r.label, f"registers:{r.model_name}_list") for r in REGISTERS if r.group in ("radiation", "measurement", "standards")
        ],
    },
    {
        "label": "Sổ theo dõi khác",
        "icon": "bi-journal-text",
        "order": 41,
        "items": [
            (f"{GROUPS[r.group][0]}: {lower_first(r.label)}" if GROUPS[r.group][0] != r.label else r.label,
             f"registers:{r.model_name}_list")
            for r in REGISTERS if r.group not in ("radiation", "measurement", "standards")
        ],
    },
]
