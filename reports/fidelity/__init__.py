"""Fidelity of the generated reports to the real ones (seeds 000, 002, 003, 004).

Each seed report has a checklist in `checklists/seed_<id>.txt`, written from the seed: one item a line,
`kind | needle`, where kind is
- `doc`  a document the seed cites ("1048/QĐ-UBND"): found when the number appears in the generated report;
- `fig`  a figure with its unit ("51 phương tiện đo"): found when the number is written with those words;
  wrong when the words appear with another number (e.g. "28 lượt" where the seed says "25 lượt");
- `item` an activity the seed lists, by its words: found when one paragraph of the generated report holds
  at least 70 % of its significant words;
- `head` a heading of the outline: found when a line of the generated report reads the same.
Lines starting with "#" are comments. The checker never reads the seed itself: the checklist is the contract.

`python -m sokhcn.bench fidelity` regenerates the four reports from the demo records and prints coverage and
every missing or wrong item.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

CHECKLISTS = Path(__file__).resolve().parent / "checklists"
KINDS = ("doc", "fig", "item", "head")
ITEM_THRESHOLD = 0.7


@dataclass(frozen=True)
class SeedReport:
    """A seed report and how to regenerate it: organisation, kind and period arguments of `period_for`."""

    seed: str
    organisation: str
    kind: str
    period: dict
    title: str


SEED_REPORTS = [
    SeedReport("000", "quang-tri", "thang", {"year": 2025, "month": 2}, "Quảng Trị, tháng 02/2025"),
    SeedReport("002", "bac-kan", "9thang", {"year": 2023}, "Bắc Kạn, 9 tháng 2023"),
    SeedReport("003", "quang-tri", "6thang", {"year": 2023}, "Quảng Trị, 6 tháng đầu năm 2023"),
    SeedReport("004", "ninh-thuan", "thang", {"year": 2024, "month": 1}, "Ninh Thuận, tháng 01/2024"),
]


@dataclass(frozen=True)
class Item:
    kind: str
    needle: str
    line: int


@dataclass
class Outcome:
    seed: str
    found: list = field(default_factory=list)
    missing: list = field(default_factory=list)
    wrong: list = field(default_factory=list)  # (item, what the report says)

    @property
    def total(self) -> int:
        return len(self.found) + len(self.missing) + len(self.wrong)

    @property
    def coverage(self) -> float:
        return len(self.found) / self.total if self.total else 0.0

    def by_kind(self) -> dict:
        out = {}
        for kind in KINDS:
            found = sum(1 for item in self.found if item.kind == kind)
            total = found + sum(1 for item in self.missing if item.kind == kind) + sum(
                1 for item, _ in self.wrong if item.kind == kind)
            if total:
                out[kind] = (found, total)
        return out


def load_checklist(seed: str) -> list[Item]:
    items = []
    path = CHECKLISTS / f"seed_{seed}.txt"
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, needle = (part.strip() for part in line.partition("|"))
        if kind not in KINDS or not needle:
            raise ValueError(f"{path.name}:{number}: dòng không hợp lệ: {raw!r}")
        items.append(Item(kind, needle, number))
    return items


# ------------------------------------------------------------------------------------------ matching
def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("“", '"').replace("”", '"').replace("*", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


WORD = re.compile(r"[\w&]+", re.UNICODE)
STOPWORDS = {"và", "các", "của", "cho", "với", "trên", "theo", "tại", "về", "việc", "được", "đã", "là", "có",
             "trong", "những", "một", "số", "năm", "tỉnh", "sở", "để", "từ", "đến", "ngày"}


def _words(text: str) -> list[str]:
    return [w for w in WORD.findall(normalise(text)) if w not in STOPWORDS and not w.isdigit()]


NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)"


def _number_value(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def check(text: str, items: list[Item], seed: str = "") -> Outcome:
    """Check a generated report's plain text against a checklist."""
    outcome = Outcome(seed)
    flat = normalise(text)
    lines = [normalise(line) for line in text.splitlines() if line.strip()]
    paragraphs = [set(_words(line)) for line in lines]
    line_set = {line.rstrip(".:") for line in lines}
    seed_values: dict[str, set] = {}
    for item in items:
        match = re.match(NUMBER + r"\s+(.+)$", normalise(item.needle)) if item.kind == "fig" else None
        if match:
            seed_values.setdefault(match.group(2), set()).add(_number_value(match.group(1)))
    for item in items:
        needle = normalise(item.needle)
        if item.kind == "doc":
            ok = re.search(r"(?<![\w/])" + re.escape(needle) + r"(?![\w])", flat) is not None
            (outcome.found if ok else outcome.missing).append(item)
        elif item.kind == "head":
            (outcome.found if needle.rstrip(".:") in line_set else outcome.missing).append(item)
        elif item.kind == "item":
            words = set(_words(needle))
            best = max((len(words & p) / len(words) for p in paragraphs), default=0.0) if words else 0.0
            (outcome.found if best >= ITEM_THRESHOLD else outcome.missing).append(item)
        else:
            match = re.match(NUMBER + r"\s+(.+)$", needle)
            if match is None:
                ok = needle in flat
                (outcome.found if ok else outcome.missing).append(item)
                continue
            value, unit = _number_value(match.group(1)), match.group(2)
            said = [_number_value(m.group(1)) for m in re.finditer(
                r"(?<![\w.,/])" + NUMBER + r"\s+" + re.escape(unit) + r"(?!\w)", flat)]
            if value in said:
                outcome.found.append(item)
            elif said and len(unit.split()) >= 3 and not set(said) & seed_values.get(unit, set()):
                # a distinctive unit ("lượt đề tài", "huyết áp kế") written only with numbers the seed never
                # gives for it: a wrong figure, not a missing one
                outcome.wrong.append((item, ", ".join(f"{v:g} {unit}" for v in said[:3])))
            else:
                outcome.missing.append(item)
    return outcome


# -------------------------------------------------------------------------------------- generating
def report_text(content: dict) -> str:
    """Plain text of a composed report: title lines, body, footnotes and appendix tables."""
    from core.documents.layout import blocks_text

    context = content.get("context", {})
    lines = [*context.get("summary_lines", []), context.get("subtitle", ""), context.get("addressee", "")]
    blocks = content["body"] + content["appendices"]
    footnotes = [r["footnote"] for b in blocks if b.get("kind") == "paragraph" for r in b.get("runs", [])
                 if r.get("footnote")]
    lines += [blocks_text(blocks), *footnotes, *context.get("recipients", []),
              *context.get("signer_authority", []), context.get("signer_name", "")]
    return "\n".join(line for line in lines if line)


def generate(spec: SeedReport) -> tuple[str, float]:
    """The seed's report regenerated from the records (nothing saved); its text and the seconds it took."""
    import time

    from django.db import transaction

    from core.models import Organisation
    from core.permissions import system_membership
    from reports import services

    organisation = Organisation.objects.get(code=spec.organisation)
    started = time.perf_counter()
    with transaction.atomic():
        report = services.report_create_for_period(actor=system_membership(organisation), kind=spec.kind,
                                                   allow_duplicate=True, **spec.period)
        content = services.compose(report)
        transaction.set_rollback(True)
    return report_text(content), time.perf_counter() - started


def run_all(stdout, seeds=None) -> list[Outcome]:
    outcomes = []
    generate(SEED_REPORTS[0])  # warm-up (imports, templates), as a running server has them: the times are per report
    for spec in SEED_REPORTS:
        if seeds and spec.seed not in seeds:
            continue
        text, seconds = generate(spec)
        outcome = check(text, load_checklist(spec.seed), spec.seed)
        outcomes.append(outcome)
        kinds = ", ".join(f"{kind} {found}/{total}" for kind, (found, total) in outcome.by_kind().items())
        stdout.write(f"seed {spec.seed} ({spec.title}): {outcome.coverage:.0%} — {len(outcome.found)}/{outcome.total} "
                     f"items ({kinds}); wrong {len(outcome.wrong)}; generated in {seconds:.2f} s\n")
        for item, said in outcome.wrong:
            stdout.write(f"    SAI   [{item.kind}] {item.needle}  (báo cáo ghi: {said})\n")
        for item in outcome.missing:
            stdout.write(f"    THIẾU [{item.kind}] {item.needle}\n")
    found = sum(len(o.found) for o in outcomes)
    total = sum(o.total for o in outcomes)
    stdout.write(f"total: {found}/{total} items ({found / total if total else 0:.0%}), "
                 f"wrong {sum(len(o.wrong) for o in outcomes)}\n")
    return outcomes
