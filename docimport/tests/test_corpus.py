"""The development corpus of issue #13 (docimport/tests/corpus): real public documents of other provinces, labelled
by ../shared/labels/LABELING.md. The fast tests keep the corpus well-formed; the slow one scores the current
extractor on it (first-sight scores are in corpus/LOG.md and never change)."""
from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

import pytest

from docimport.choices import DocType

CORPUS = Path(__file__).resolve().parent / "corpus"
ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted(CORPUS.glob("*.txt"))

# Floors just under the committed extractor's scores on the 214 documents (02/12/2026, units may contain one
# another as LABELING.md says). Each batch of unseen documents was labelled first, kept out of the repository, scored
# once (corpus/LOG.md) and then added, which lowers the floor to the measured score once; otherwise raise the floors
# when the extractor improves, and never lower them to make a change pass. Batches 20 and 21 (first sight 0,63 and
# 0,67) were development batches for the last rules of 02/12/2026 (corpus of 194: tasks 0,931, references 0,955);
# batch 22 (199-218, first sight tasks 0,76, references 0,83) brings the corpus of 214 to tasks 0,913 and
# references 0,945.
TASK_F1_FLOOR = 0.76  # 0,944 on the 214 before batch 23; 0,928 with batch 23 (first sight 0,71); 0,905 with batch 24 (first sight 0,57); 0,931 with their subject rules; 0,918 with batch 25 (first sight 0,75); 0,927 with batch 25's rules, 0,923 with batch 26 (first sight 0,86); 0,932 with its rules, 0,920 with batches 27 and 28 (first sight 0,82 and 0,79); 0,926 with batch 29 and the last rules; 0,911 with batch 30 (first sight 0,71), 0,926 with its rules; 0,914 with batches 31 and 32 (first sight 0,85 and 0,68), 0,918 with their first rules; 0,893 with batches 33 and 34 (first sight 0,65 and 0,61), 0,899 with their rules, 0,881 with batches 35 and 36 (first sight 0,75 and 0,68), 0,893 with their rules, 0,883 with batches 37 and 38 (first sight 0,89 and 0,62), 0,886 with their rules, 0,876 with batches 39 and 40 (first sight 0,73 and 0,69), 0,880 with their rules, 0,873 with batches 41 and 42 (first sight 0,80 and 0,75), 0,879 with their rules and the next, 0,860 with batches 43-46 (first sight 0,47, 0,73, 0,79, 0,69), 0,863 with their rules, 0,858 with batches 47 and 48 (first sight 0,85 and 0,48), 0,838 with batches 49-52 (first sight 0,50, 0,64, 0,74, 0,33), 0,820 with batches 53-56 (first sight 0,63, 0,49, 0,83, 0,73), 0,830 with their rules, 0,815 with batches 57-60 (first sight 0,57, 0,71, 0,69, 0,61), 0,816 with their rules, 0,813 with batches 61-64 (first sight 0,42, 0,31, 0,65, 0,49), 0,818 with their rules, 0,814 with batches 65-68 (first sight 0,83, 0,75, 0,73, 0,25), 0,798 with batches 69-72 (first sight 0,53, 0,65, 0,64, 0,25), 0,790 with batches 73-76 (first sight 0,74, 0,67, 0,54, 0,58), 0,793 with their rules, 0,781 with batches 77-80 (first sight 0,84, 0,65, 0,51, 0,62), 0,783 with the first rules of the evening of 07/12/2026, 0,774 with batches 81-84 (first sight 0,45, 0,71, 0,71, 0,55), 0,782 with their rules, 0,775 with batches 85-88 (first sight 0,69, 0,77, 0,60, 0,62), 0,768 with batches 89-92 (first sight 0,80, 0,65, 0,61, 0,37)
REFERENCE_F1_FLOOR = 0.96  # 0,945 before batch 23, 0,940 with it, 0,925 with batch 24, 0,924 with batch 25, 0,924 with batch 26, 0,922 with batches 27 and 28, 0,921 with batch 29, 0,923 with batch 30, 0,918 with batches 31 and 32, 0,921 with their rules, 0,909 with batches 33 and 34, 0,905 with batches 35 and 36, 0,903 with batches 37 and 38, 0,902 with batches 39 and 40, 0,898 with batches 41 and 42, 0,901 with batches 43-46, 0,899 with batches 47 and 48, 0,946 with the date written before a citation read after a comma, a dateline or a time of day, 0,948 with batches 49-52 (first sight 0,96), 0,953 with numbers alone, 0,954 with batches 53-56 (first sight 0,96), 0,954 with batches 57-60 (first sight 0,91), 0,971 with their rules (dates after the issuer, shared symbols), 0,969 with batches 61-64 (first sight 0,94), 0,968 with batches 65-68 (first sight 0,93), 0,967 with batches 69-72 (first sight 0,96), 0,967 with batches 73-76 (first sight 0,93), 0,965 with batches 77-80 (first sight 0,94), 0,964 with batches 81-84 (first sight 0,94), 0,964 with batches 85-88 (first sight 0,95), 0,960 with batches 89-92 (first sight 0,87), 0,962 with their rules


def _cited(number: str, squeezed: str) -> bool:
    """The number is written in the text, whole or in a list sharing its symbol ("số 09, 10, 11, 12/KL-TTr", "số 614,
    615, 616-CV/VPTW")."""
    if number in squeezed:
        return True
    digits = re.match(r"\d+", number)
    symbol = number[digits.end():] if digits else ""
    return bool(symbol) and re.search(rf"(?<![\d/]){digits.group(0)},[\d,]*\d{re.escape(symbol)}", squeezed) is not None


def _iso_or_none(value) -> bool:
    if value is None:
        return True
    try:
        return datetime.date.fromisoformat(value).isoformat() == value
    except (TypeError, ValueError):
        return False


def _gold(path: Path) -> dict:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def test_corpus_is_large_enough_and_paired():
    assert len(DOCUMENTS) >= 40
    texts = {path.stem for path in DOCUMENTS}
    labels = {path.stem for path in CORPUS.glob("*.json")}
    assert texts == labels, (texts ^ labels)
    assert all(re.fullmatch(r"\d{2,4}_[a-z0-9_]+", stem) for stem in texts), sorted(texts)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_document_starts_with_its_public_address(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert re.fullmatch(r"https?://\S+", lines[0]), lines[0]
    assert any(line.strip() for line in lines[1:]), "no text after the address"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_label_matches_the_schema(path):
    gold = _gold(path)
    text = path.read_text(encoding="utf-8")
    assert set(gold) == {"doc_type", "issuer", "doc_date", "tasks", "references", "quantities"}
    assert gold["doc_type"] in DocType.values
    assert gold["issuer"] is None or (isinstance(gold["issuer"], str) and gold["issuer"].strip())
    assert _iso_or_none(gold["doc_date"]), gold["doc_date"]
    for task in gold["tasks"]:
        assert set(task) == {"unit", "text", "deadline", "deadline_text", "coordinating_units"}, task
        assert task["unit"].strip() and task["text"].strip(), task
        assert "**" not in task["text"] and not task["text"].endswith("./."), task["text"]
        assert _iso_or_none(task["deadline"]), task
        # a deadline is always read from a phrase; a phrase without a date is a recurrence (stored, not dated)
        assert task["deadline"] is None or task["deadline_text"], task
        # as written: in the task's sentence, or in its row of a table
        assert task["deadline_text"] is None or task["deadline_text"] in " ".join(text.split()), task
        assert isinstance(task["coordinating_units"], list), task
    numbers = [reference["number"] for reference in gold["references"]]
    assert len(numbers) == len(set(numbers)), "each citation once"
    squeezed = re.sub(r"\s+", "", text)
    for reference in gold["references"]:
        assert set(reference) == {"kind", "number", "date", "issuer"}, reference
        assert reference["kind"] and not re.search(r"\s", reference["number"]), reference
        assert _cited(reference["number"], squeezed), reference["number"]
        assert _iso_or_none(reference["date"]), reference
    assert len(gold["quantities"]) <= 10
    for quantity in gold["quantities"]:
        assert set(quantity) == {"value", "what"} and isinstance(quantity["value"], int), quantity


def test_every_document_has_a_first_sight_row():
    log = (CORPUS / "LOG.md").read_text(encoding="utf-8")
    logged = set(re.findall(r"^\| (\d{2,4}_[a-z0-9_]+) \|", log, flags=re.M))
    assert logged == {path.stem for path in DOCUMENTS}


@pytest.mark.slow
def test_current_extractor_on_the_corpus(tmp_path, capsys):
    from docimport.extract import public_json
    from docimport.services import extract_file

    sys.path.insert(0, str(ROOT / "scripts"))
    import eval_extract

    for path in DOCUMENTS:  # the whole file, address line included, as the first-sight run read it
        result = public_json(extract_file(path.read_bytes(), path.name))
        (tmp_path / f"{path.stem}.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    overall = eval_extract.evaluate(tmp_path, CORPUS)["overall"]
    with capsys.disabled():
        for kind, score in overall.items():
            print(f"\ncorpus {kind}: F1 {score['f1']:.3f} (P {score['precision']:.3f}, R {score['recall']:.3f}; "
                  f"{score['hits']} of {score['gold']} gold, {score['predicted']} predicted)", end="")
        print()
    assert overall["tasks"]["f1"] >= TASK_F1_FLOOR, overall["tasks"]
    assert overall["references"]["f1"] >= REFERENCE_F1_FLOOR, overall["references"]


SECOND_LABELS = CORPUS / "second_labels"


def test_a_second_labeller_agrees_with_the_gold():
    """60 documents drawn at random (seed 20261207) were labelled again, blind, by a second labeller who saw only the
    texts and the rules (07/12/2026). Their agreement with the gold is what an extractor can be held to: task F1 0,945
    (P 0,963, R 0,928), references 1,000. A corrected gold label that the second one contradicts shows up here."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import eval_extract

    second = sorted(SECOND_LABELS.glob("*.json"))
    assert len(second) == 60
    totals = {"tasks": [0, 0, 0], "references": [0, 0, 0]}
    for path in second:
        scores = eval_extract.score_document(json.loads(path.read_text(encoding="utf-8")), _gold(CORPUS / path.name))
        for kind, total in totals.items():
            for position in range(3):
                total[position] += scores[kind][position]
    f1 = {kind: eval_extract.prf(*total)[2] for kind, total in totals.items()}
    assert f1["tasks"] >= 0.93 and f1["references"] >= 0.99, (f1, totals)
