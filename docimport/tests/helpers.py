"""Shared test material: the labelled seeds, and Word/PDF files built in the test (never downloaded)."""
from __future__ import annotations

import io
import json
from pathlib import Path

LABELS = Path(__file__).resolve().parent.parent / "labels"


def seed_text(number: str) -> str:
    return (LABELS / f"seed_{number}.txt").read_text(encoding="utf-8")


def gold(number: str) -> dict:
    return json.loads((LABELS / f"seed_{number}.json").read_text(encoding="utf-8"))


def docx_from_text(text: str, *, numbered_headings: bool = False) -> bytes:
    """A .docx with one paragraph per line; "**bold**" markers become bold runs, "| a | b |" lines a table."""
    import docx

    document = docx.Document()
    table_rows: list[list[str]] = []

    def flush_table():
        if not table_rows:
            return
        width = max(len(row) for row in table_rows)
        table = document.add_table(rows=0, cols=width)
        for cells in table_rows:
            row = table.add_row().cells
            for position, value in enumerate(cells):
                row[position].text = value
        table_rows.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 3:
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if not all(set(cell) <= {"-", ":"} for cell in cells):
                table_rows.append(cells)
            continue
        flush_table()
        if not stripped:
            continue
        paragraph = document.add_paragraph()
        parts = stripped.split("**")
        for position, part in enumerate(parts):
            if part:
                run = paragraph.add_run(part.replace("*", ""))
                run.bold = position % 2 == 1
    flush_table()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_with_text(lines: list[str]) -> bytes:
    """A minimal one-page PDF whose text layer holds `lines` (ASCII, Helvetica)."""
    content = "BT /F1 11 Tf 50 800 Td 14 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for line in lines
    ) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()
