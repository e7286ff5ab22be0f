"""The gazetteer's fast scan (full pattern tried only where an alias's first word stands) finds exactly the
matches of the full pattern run over the whole text."""

from __future__ import annotations

import json
import random
from pathlib import Path

from dashboard.extraction.countries import gazetteer
from dashboard.extraction.numbers import normalize

TUNED = Path(__file__).resolve().parents[1] / "tuned"
# aliases, their neighbours and letters re's case folding matches to ASCII ones ("\u017f" is a long s)
WORDS = ["Russia", "RUSSIA", "russian", "Ru\u017f\u017fia", "\u017fpain", "Spain", "U.S.", "US", "us", "USA", "ROK",
         "South", "Korea", "South Korea", "North\nKorea", "Seoul", "Guinea", "Guinea-Bissau", "China", "China Daily",
         "NATO", "Nato", "Kyiv", "Turkiye", "\u00dcber", "Kore\u00f1", "\u20ac", "\u65e5\u672c", "_", ".", "x.", "-", "'s",
         "the", "New", "York", "Zealand", "Hague", "The Hague", "army", "  ", "\t", "\n", ",", "K\u0131rg\u0131z"]


def _texts() -> list[str]:
    out = []
    for path in sorted(TUNED.glob("set*/passages.jsonl")):
        out += [normalize(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out += [t.upper() for t in out] + [t.lower() for t in out]
    rng = random.Random(11)
    out += ["".join(rng.choice(WORDS) + rng.choice(["", " ", " ", ". "]) for _ in range(rng.randrange(1, 14)))
            for _ in range(5000)]
    return out


def _found(matches) -> list[tuple]:
    return [(m.span(), m.group(0), m.group("exact")) for m in matches]


def test_fast_scan_finds_what_the_full_pattern_finds() -> None:
    g = gazetteer()
    assert g._first is not None  # the fast path is in use (an alias table it cannot serve would turn it off)
    for text in _texts():
        assert _found(g._matches(text)) == _found(g._pattern.finditer(text)), text[:80]


def test_a_word_with_a_letter_folded_to_ascii_is_tried() -> None:
    # re's case-insensitive match reads the long s as "s": the word must not be skipped by the lower-cased scan
    g = gazetteer()
    text = "troops from Ru\u017f\u017fia"
    assert _found(g._pattern.finditer(text))  # (so the case below is a real one)
    assert _found(g._matches(text)) == _found(g._pattern.finditer(text))
