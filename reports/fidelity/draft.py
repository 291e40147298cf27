"""Draft a checklist from a seed's text: `python -m reports.fidelity.draft SEED.txt > checklists/seed_NNN.txt`.

Only a first draft: the person writing the checklist then removes what is not a real item (page furniture,
the seed's typos) and adds what the patterns miss. Documents by their number, figures by number + unit words,
activities by their first words, headings by their numbered lines.
"""
from __future__ import annotations

import re
import sys

DOC = re.compile(r"(?<![\w/])(\d+(?:/\d{4})?(?:/|-)(?:[A-ZĐ][A-ZĐa-z&]*)(?:[-/][A-ZĐ0-9&]+)*)")
FIG = re.compile(r"(?<![\w/.,:-])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s+((?:[a-zđăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]+\s?){1,3})")
UNIT_STOP = {"năm", "tháng", "ngày", "của", "và", "trên", "tại", "số", "đến", "từ", "trong", "giờ"}
HEAD = re.compile(r"^((?:[IVX]+|\d+(?:\.\d+)*)\.\s+\S.*)$")


def draft(text: str) -> list[str]:
    out, seen = [], set()

    def add(kind, needle):
        needle = re.sub(r"\s+", " ", needle).strip()
        if needle and (kind, needle) not in seen:
            seen.add((kind, needle))
            out.append(f"{kind} | {needle}")

    for raw in text.splitlines():
        line = raw.strip().replace("*", "")
        if not line:
            continue
        head = HEAD.match(line)
        if head and len(line) < 170 and not line.endswith((".", ";")):
            add("head", line)
        elif line.startswith(("-", "+")) or (head and len(line) >= 40):
            body = re.sub(r"^[-+]\s*|^\d+\.\s*", "", line)
            words = body.split()
            add("item", " ".join(words[:14]))
        for match in DOC.finditer(line):
            add("doc", match.group(1))
        for match in FIG.finditer(line):
            number, unit_words = match.group(1), match.group(2).split()
            if re.fullmatch(r"(19|20)\d\d", number):
                continue
            unit = []
            for word in unit_words:
                if word in UNIT_STOP:
                    break
                unit.append(word)
            if unit:
                add("fig", f"{number} {' '.join(unit)}")
    return out


if __name__ == "__main__":
    path = sys.argv[1]
    print(f"# checklist drafted from {path.rsplit('/', 1)[-1]}, then curated by hand")
    print("\n".join(draft(open(path, encoding="utf-8").read())))
