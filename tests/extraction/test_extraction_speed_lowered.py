"""Scans of lower-cased text (patterns.ascii_lower) find what the case-insensitive scans find."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest

from dashboard.extraction import numbers as N
from dashboard.extraction.numbers import normalize
from dashboard.extraction.patterns import FOLDS_TO_ASCII, ascii_lower

TUNED = Path(__file__).resolve().parents[1] / "tuned"
WORDS = ["one", "One", "ONE", "twenty-five", "Thousand", "million", "lakh", "crores", "eleven", "\u017feven", "\u0131",
         "\u0130", "\u212a", "oneself", "someone", "tens", "x-ten", "_ten", "ten_", "\u00e9ten", "ten\u00e9", "2", "1,000",
         "-", " ", "  ", "\n", ".", ",", "\u20ac", "\u00df", "\u1e9e", "ten\u017f"]


def _texts() -> list[str]:
    out = []
    for path in sorted(TUNED.glob("set*/passages.jsonl")):
        out += [normalize(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out += [t.upper() for t in out]
    rng = random.Random(5)
    out += ["".join(rng.choice(WORDS) + rng.choice(["", " ", " "]) for _ in range(rng.randrange(1, 12))) for _ in range(5000)]
    return out


@pytest.mark.slow
def test_the_letters_re_folds_onto_ascii_are_all_listed() -> None:
    # every code point outside ASCII that a case-insensitive [a-z] matches, or whose lower case is in [a-z]
    found = {chr(cp) for cp in range(0x80, sys.maxunicode + 1)
             if re.fullmatch("[a-z]", chr(cp), re.I) or re.fullmatch("[a-z]", chr(cp).lower())}
    assert found == set(FOLDS_TO_ASCII)


def test_ascii_lower_refuses_text_it_cannot_serve() -> None:
    assert ascii_lower("Ten Soldiers \u20ac") == "ten soldiers \u20ac"
    for c in "\u0131\u017f\u0130":  # dotless i and long s stay non-ASCII under lower(); dotted I grows to two
        assert ascii_lower(f"s{c}x") is None
    assert ascii_lower("s\u212ax") == "skx"  # the Kelvin sign lower-cases to the "k" re folds it onto


def test_number_words_found_on_lower_cased_text_are_the_same() -> None:
    for text in _texts():
        low = ascii_lower(text)
        if low is not None:
            new = [m.span() for m in N._NUMBER_WORD_LOW_RE.finditer(low)]
            assert new == [m.span() for m in N._NUMBER_WORD_RE.finditer(text)], text[:80]
