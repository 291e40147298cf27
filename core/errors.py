"""Vietnamese explanations of database refusals, shared by the screens and the API."""

IN_USE_MESSAGE = "Không thể xóa: còn dữ liệu khác đang tham chiếu đến bản ghi này."


def protected_reason(exc) -> str:
    """Why a delete was refused (`ProtectedError` / `RestrictedError`), naming what still uses the row:
    'Không thể xóa: còn 3 cán bộ, 1 nhiệm vụ đang tham chiếu đến bản ghi này. …'."""
    objects = list(getattr(exc, "protected_objects", None) or getattr(exc, "restricted_objects", None) or [])
    counts: dict[str, int] = {}
    for obj in objects:
        label = str(obj._meta.verbose_name)
        counts[label] = counts.get(label, 0) + 1
    if not counts:
        return IN_USE_MESSAGE
    kinds = ", ".join(f"{count} {label}" for label, count in sorted(counts.items()))
    return f"Không thể xóa: còn {kinds} đang tham chiếu đến bản ghi này. Hãy xử lý các bản ghi đó trước."
