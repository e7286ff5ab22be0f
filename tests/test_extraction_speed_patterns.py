"""Patterns rewritten for speed match exactly what they matched before (same spans, same order)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from dashboard.extraction import text as T
from dashboard.extraction.numbers import normalize

TUNED = Path(__file__).resolve().parent / "tuned"
# text._BOUNDARY_RE as first written (a lookbehind before the glued full stop, no lookahead)
OLD_BOUNDARY_RE = re.compile(r"[.!?]+[\"')\]]*\s+|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])|\n[ \t]*\n\s*|\n(?=[ \t]*[\u2022*\-])")


def _texts() -> list[str]:
    out = []
    for path in sorted(TUNED.glob("set*/passages.jsonl")):
        out += [normalize(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(7)
    alphabet = "abZY.!?  \n\t\u2022*-\"')]x\u00e9"
    out += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 60))) for _ in range(5000)]
    return out


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_sentence_boundaries_are_unchanged() -> None:
    for text in _texts():
        assert _spans(T._BOUNDARY_RE, text) == _spans(OLD_BOUNDARY_RE, text), text[:80]
