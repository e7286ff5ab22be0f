"""First-character gates (patterns.gated) change no match: same spans, same groups, at any start and end."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from dashboard.extraction import engine  # noqa: F401 (imports every stage, so every gate_all has run)
from dashboard.extraction.numbers import normalize
from dashboard.extraction.patterns import ORIGINALS, gated

TUNED = Path(__file__).resolve().parents[1] / "tuned"
# letters re's case folding matches to ASCII ones, other scripts, signs and spaces the patterns read
ODD = ["\u017f", "\u0131", "\u0130", "\u212a", "\u00e9", "\u0416", "\u4e2d", "$", "%", "(", ")", ",", ".", ";", ":",
       "-", "'", '"', "\n", "\n\n", "\t", "  ", "1", "28,500", "2.5", "2024", "FY", "Rs", "US$", "\u20ac"]


def _corpus() -> str:
    texts = []
    for path in sorted(TUNED.glob("set*/passages.jsonl")):
        texts += [normalize(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return "\n\n".join(texts)


CORPUS = _corpus()


def _found(pattern: re.Pattern, text: str, start: int, end: int) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]


def _fuzz(original: re.Pattern, rng: random.Random, n: int) -> list[str]:
    words = re.findall(r"[A-Za-z]{2,}", original.pattern) or ["x"]
    tokens = words + [w.upper() for w in words[:20]] + [w.title() for w in words[:20]] + ODD
    return ["".join(rng.choice(tokens) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randrange(1, 14)))
            for _ in range(n)]


def test_the_modules_gate_their_patterns() -> None:
    assert len(ORIGINALS) > 100


@pytest.mark.parametrize("text", sorted(ORIGINALS), ids=lambda p: p[:40])
def test_a_gated_pattern_matches_as_written(text: str) -> None:
    new = re.compile(text, ORIGINALS[text].flags)
    old = ORIGINALS[text]
    assert _found(new, CORPUS, 0, len(CORPUS)) == _found(old, CORPUS, 0, len(CORPUS))
    rng = random.Random(text)
    for s in _fuzz(old, rng, 150):
        a = rng.randrange(len(s) + 1)
        b = rng.randrange(a, len(s) + 1)
        assert _found(new, s, 0, len(s)) == _found(old, s, 0, len(s)), s
        assert _found(new, s, a, b) == _found(old, s, a, b), (s, a, b)
        assert bool(new.match(s, a)) == bool(old.match(s, a)), (s, a)


def test_gates_are_read_off_the_pattern() -> None:
    assert gated(re.compile(r"\b(?:army|navy)\b", re.I)).pattern == r"(?=[an])(?:\b(?:army|navy)\b)"
    assert gated(re.compile(r"(?:the\s+)?(?:\d+|two)\s+years", re.I)).pattern.startswith(r"(?=[\dt])")
    # folding is the pattern's own: "\u017f" is an "s" and the Kelvin sign a "k" under IGNORECASE, for both
    g = gated(re.compile(r"\b(?:spending|km)\b", re.I))
    assert g.search("\u017fpending") and g.search("\u212am")
    for never in (r"(?:army)?", r"\w+ army", r".army", r"[^a]rmy", r"(?i:army)|navy", r"(?i)army"):
        assert gated(re.compile(never)).pattern == never
