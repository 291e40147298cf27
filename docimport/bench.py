"""Throughput of the document import on a 50-page report: `python -m docimport.bench` (or bench.run(stdout));
`python -m docimport.bench --formats`: seed 001 in every form (tests/seed_forms.py) with its F1 and time.

The report is built from seed 002 (a real 9-month report) repeated to 50 pages (≈3.000 characters per page,
A4 Times New Roman 13 pt) as .docx, .txt and a 50-page PDF with a text layer (diacritics folded, because the
minimal PDF writer of the tests has only a Latin font). Each is read and extracted three times; the best
time counts. Prints pages per second.
"""
from __future__ import annotations

import os
import sys
import time

CHARS_PER_PAGE = 3000
PAGES = 50


def _report_text() -> str:
    from docimport.tests.helpers import seed_text

    base = seed_text("002")
    text = base
    while len(text) < CHARS_PER_PAGE * PAGES:
        text += "\n\n" + base
    return text[: CHARS_PER_PAGE * PAGES]


def _pdf(text: str) -> bytes:
    import io

    from core.text import fold

    import textwrap

    lines = []
    for paragraph in text.split("\n"):
        if paragraph.strip():
            lines.extend(textwrap.wrap(fold(paragraph).encode("ascii", "replace").decode(), 100))
            lines.append("")
    per_page = max(1, len(lines) // PAGES + 1)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)][:PAGES]
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for page_lines in pages:
        content = "BT /F1 9 Tf 40 800 Td 11 TL " + " ".join(
            "(" + line.replace("\\", "").replace("(", "").replace(")", "") + ") Tj T*" for line in page_lines) + " ET"
        objects.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
        content_ref = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content_ref} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
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


def run(stdout=None) -> dict:
    from docimport.services import extract_file
    from docimport.tests.helpers import docx_from_text

    stdout = stdout or sys.stdout
    text = _report_text()
    files = {"txt": text.encode("utf-8"), "docx": docx_from_text(text), "pdf": _pdf(text)}
    results = {}
    for kind, data in files.items():
        best = None
        for _ in range(3):
            started = time.perf_counter()
            result = extract_file(data, f"bao-cao-50-trang.{kind}")
            elapsed = time.perf_counter() - started
            best = elapsed if best is None else min(best, elapsed)
        pages = result["document"]["file"]["pages"] if kind == "pdf" else PAGES
        results[kind] = {"pages": pages, "seconds": round(best, 3), "pages_per_second": round(pages / best, 1),
                         "references": len(result["references"]), "quantities": len(result["quantities"])}
        stdout.write(f"{kind:>5}: {pages} trang trong {best:.2f} s → {pages / best:.1f} trang/giây "
                     f"({len(result['references'])} văn bản trích dẫn, {len(result['quantities'])} số liệu)\n")
    return results


def formats(stdout=None) -> dict:
    """Task and reference F1 of seed 001 per form (txt, TCVN3, VNI, docx, doc, PDF with/without fonts, scan)."""
    from pathlib import Path

    from docimport.extract import public_json
    from docimport.services import extract_file
    from docimport.tests.helpers import gold
    from docimport.tests.seed_forms import seed_forms

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import eval_extract

    stdout = stdout or sys.stdout
    results = {}
    for name, (filename, data) in seed_forms("001").items():
        started = time.perf_counter()
        result = extract_file(data, filename)
        elapsed = time.perf_counter() - started
        scores = eval_extract.score_document(public_json(result), gold("001"))
        f1 = {kind: round(eval_extract.prf(*scores[kind])[2], 3) for kind in ("tasks", "references")}
        pages = result["document"]["file"]["pages"]
        results[name] = {**f1, "seconds": round(elapsed, 2), "pages": pages}
        stdout.write(f"{name:>19}: tasks F1 {f1['tasks']:.3f}, references F1 {f1['references']:.3f}, "
                     f"{pages} trang, {elapsed:.2f} s\n")
    return results


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sokhcn.settings")
    import django

    django.setup()
    formats() if "--formats" in sys.argv else run()
