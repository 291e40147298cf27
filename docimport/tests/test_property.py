"""Property-based: random and mutated inputs never make an exception escape the text parser."""
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docimport.extract import extract
from docimport.legacy import detect_and_convert

from .helpers import seed_text

SEED = seed_text("001")
FRAGMENTS = ["1. Văn phòng Sở:", "- ", "Giao ", "phối hợp với ", "trước ngày 21/02/2025", "Số: 12/TB-SKHCN",
             "Quyết định số 2519/QĐ-UBND ngày 23/12/2022 của UBND tỉnh", "| 1 | a | b |", "\t", "**", "45.998.409 đồng",
             "Nơi nhận:", "KT. GIÁM ĐỐC", "(22)", "¹", "/", "ngày 31/02/2025", "quý V/2025", ";", ":", "\n\n"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_never_raises(text):
    result = extract(text)
    assert set(result) >= {"doc_type", "issuer", "doc_date", "tasks", "references", "quantities"}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=20), max_size=40))
def test_fragments_of_real_documents_never_raise(parts):
    extract("".join(parts))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=2**32 - 1), st.integers(min_value=1, max_value=40))
def test_mutated_seed_never_raises(seed, edits):
    rng = random.Random(seed)
    chars = list(SEED)
    for _ in range(edits):
        position = rng.randrange(len(chars))
        operation = rng.choice(["delete", "insert", "replace", "cut"])
        if operation == "delete":
            del chars[position]
        elif operation == "insert":
            chars.insert(position, rng.choice(["\n", "|", "\t", "/", "-", "*", "0", "ngày ", "số ", chr(rng.randrange(1, 0x2FFF))]))
        elif operation == "replace":
            chars[position] = chr(rng.randrange(1, 0x1FFF))
        else:
            del chars[position:position + rng.randrange(1, 200)]
    result = extract("".join(chars))
    assert isinstance(result["tasks"], list)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_encoding_detection_never_raises(text):
    converted, encoding = detect_and_convert(text)
    assert encoding in {"unicode", "tcvn3", "vni"} and isinstance(converted, str)
