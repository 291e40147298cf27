#!/usr/bin/env python
"""Score extraction results against gold labels (issue #7).

    python scripts/eval_extract.py PRED_DIR GOLD_DIR [--json] [-v]
    python scripts/eval_extract.py --run GOLD_DIR [GOLD_DIR …] [-v]   (extract the documents beside the labels first)

Both directories hold one JSON file per document, paired by file name (a prediction may also be named
like the gold file without its "gold"/"label" words). Scoring rule of the issue:
- tasks: a predicted task matches a gold task when the unit matches after normalisation, the deadline
  is equal (both null counts as equal) and the texts overlap by at least half of the gold words;
- references: number and date equal;
- quantities: value equal.
Each gold item is matched at most once (greedy, in order). A kind missing from a gold file (e.g. a
report labelled only for references and quantities) is not scored for that document. Prints precision, recall and F1 per kind,
micro-averaged over all documents, and per document with --verbose.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

KINDS = ("tasks", "references", "quantities")


def fold(text) -> str:
    text = unicodedata.normalize("NFD", str(text or ""))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return text.replace("đ", "d").replace("Đ", "D").lower()


def normalise_unit(text) -> str:
    folded = fold(text)
    folded = folded.replace("&", " va ")
    folded = re.sub(r"[^a-z0-9]+", " ", folded)
    return " ".join(folded.split())


def words(text) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def overlap(predicted_text, gold_text) -> float:
    gold_words = words(gold_text)
    if not gold_words:
        return 1.0
    available: dict[str, int] = {}
    for word in words(predicted_text):
        available[word] = available.get(word, 0) + 1
    shared = 0
    for word in gold_words:
        if available.get(word):
            available[word] -= 1
            shared += 1
    return shared / len(gold_words)


def normalise_number(number) -> str:
    return re.sub(r"\s+", "", fold(number)).strip(".-/")


def value_equal(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) < 1e-9
    except (TypeError, ValueError):
        return False


STRICT_UNITS = False  # --strict-units: units must be equal (the rule of the first-sight log before containment)


def same_unit(predicted, gold) -> bool:
    """Equal after normalisation, or one contains the other on word boundaries (LABELING.md, scoring)."""
    a, b = normalise_unit(predicted), normalise_unit(gold)
    if a == b:
        return True
    if STRICT_UNITS or not a or not b:
        return False
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def same(kind: str, predicted: dict, gold: dict) -> bool:
    if kind == "tasks":
        return (
            same_unit(predicted.get("unit"), gold.get("unit"))
            and (predicted.get("deadline") or None) == (gold.get("deadline") or None)
            and overlap(predicted.get("text"), gold.get("text")) >= 0.5
        )
    if kind == "references":
        return normalise_number(predicted.get("number")) == normalise_number(gold.get("number")) and (
            (predicted.get("date") or None) == (gold.get("date") or None)
        )
    return value_equal(predicted.get("value"), gold.get("value"))


def score_document(predicted: dict, gold: dict) -> dict[str, tuple[int, int, int]]:
    """kind → (true positives, predicted count, gold count)."""
    out = {}
    for kind in KINDS:
        if kind not in gold:
            continue  # this kind is not labelled for this document
        gold_items = list(gold.get(kind) or [])
        predicted_items = list(predicted.get(kind) or [])
        unmatched = list(range(len(gold_items)))
        hits = 0
        for item in predicted_items:
            for position in unmatched:
                if same(kind, item, gold_items[position]):
                    unmatched.remove(position)
                    hits += 1
                    break
        out[kind] = (hits, len(predicted_items), len(gold_items))
    return out


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else (1.0 if not gold else 0.0)
    recall = hits / gold if gold else (1.0 if not predicted else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run_extractor(gold_dirs: list[Path], out_dir: Path) -> None:
    """Extract every document that has a label (same stem, any supported extension) into out_dir/<stem>.json."""
    import os

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sokhcn.settings")
    import django

    django.setup()
    from docimport.extract import public_json
    from docimport.services import extract_file

    for gold_dir in gold_dirs:
        for gold_path in sorted(Path(gold_dir).glob("*.json")):
            sources = [p for p in gold_path.parent.glob(gold_path.stem + ".*") if p.suffix.lower() != ".json"]
            if not sources:
                continue
            source = sorted(sources, key=lambda p: p.suffix != ".txt")[0]
            try:
                result = public_json(extract_file(source.read_bytes(), source.name))
            except Exception as error:  # a refusal scores as an empty prediction, and is said
                print(f"{source.name}: {error}", file=sys.stderr)
                result = {}
            (out_dir / gold_path.name).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


def _key(path: Path) -> str:
    stem = path.stem.lower()
    stem = re.sub(r"[._-]?(gold|label|labels|pred|prediction)$", "", stem)
    return stem


def evaluate(pred_dir: Path, gold_dir: Path) -> dict:
    predictions = {_key(path): path for path in sorted(Path(pred_dir).glob("*.json"))}
    documents = {}
    totals = {kind: [0, 0, 0] for kind in KINDS}
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred_path = predictions.get(_key(gold_path))
        predicted = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path else {}
        scores = score_document(predicted, gold)
        documents[gold_path.name] = {
            kind: dict(zip(("precision", "recall", "f1"), prf(*scores[kind])), hits=scores[kind][0],
                       predicted=scores[kind][1], gold=scores[kind][2])
            for kind in scores
        }
        for kind in scores:
            for position in range(3):
                totals[kind][position] += scores[kind][position]
    overall = {
        kind: dict(zip(("precision", "recall", "f1"), prf(*totals[kind])), hits=totals[kind][0],
                   predicted=totals[kind][1], gold=totals[kind][2])
        for kind in KINDS
    }
    return {"overall": overall, "documents": documents}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", type=Path, nargs="+", help="PRED_DIR GOLD_DIR, or GOLD_DIR … with --run")
    parser.add_argument("--strict-units", action="store_true", help="units must be equal (no containment)")
    parser.add_argument("--run", action="store_true", help="extract the labelled documents first (needs Django)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="also print every document")
    args = parser.parse_args(argv)
    global STRICT_UNITS
    STRICT_UNITS = args.strict_units
    if args.run:
        import tempfile

        merged = {"overall": None, "documents": {}}
        totals = {kind: [0, 0, 0] for kind in KINDS}
        with tempfile.TemporaryDirectory() as out:
            run_extractor(args.dirs, Path(out))
            for gold_dir in args.dirs:
                part = evaluate(Path(out), gold_dir)
                merged["documents"].update(part["documents"])
                for kind in KINDS:
                    for position, key in enumerate(("hits", "predicted", "gold")):
                        totals[kind][position] += part["overall"][kind][key]
        merged["overall"] = {kind: dict(zip(("precision", "recall", "f1"), prf(*totals[kind])), hits=totals[kind][0],
                                        predicted=totals[kind][1], gold=totals[kind][2]) for kind in KINDS}
        result = merged
    elif len(args.dirs) == 2:
        result = evaluate(*args.dirs)
    else:
        parser.error("PRED_DIR GOLD_DIR, or --run GOLD_DIR …")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    header = f"{'':<28}{'kind':<12}{'P':>7}{'R':>7}{'F1':>7}{'hits':>6}{'pred':>6}{'gold':>6}"
    print(header)

    def line(name, kind, s):
        print(f"{name:<28}{kind:<12}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
              f"{s['hits']:>6}{s['predicted']:>6}{s['gold']:>6}")

    if args.verbose:
        for name, scores in result["documents"].items():
            for kind in scores:
                line(name[:27], kind, scores[kind])
    for kind in KINDS:
        line("TỔNG (micro)", kind, result["overall"][kind])
    return 0


if __name__ == "__main__":
    sys.exit(main())
