"""patterns.lead (a lookahead of first characters before an alternation inside a pattern) changes no match."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from dashboard.extraction import vocab_personnel as V
from dashboard.extraction.numbers import find_numbers, normalize
from dashboard.extraction.patterns import ORIGINALS, lead

TUNED = Path(__file__).resolve().parents[1] / "tuned"
WORDS = ["troops", "Troops", "TROOPS", "soldiers", "army", "Army", "military", "members", "of", "the", "armed", "forces",
         "SANDF", "active", "duty", "-", "strong", "US", "U.S.", "Mtroops", "\u017fervicemen", "\u212a", "reserve",
         "personnel", "Blue", "helmets", "(ADF)", "is", "in", ",", ".", "  ", "\n", "pro-Russian", "Russian-backed"]


def _windows() -> list[str]:
    out = []
    for path in sorted(TUNED.glob("set*/passages.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = normalize(json.loads(line)["text"])
                out += [text[m.end:m.end + 300] for m in find_numbers(text, normalized=True)]
    rng = random.Random(13)
    out += ["".join(rng.choice([" ", " ", "-", ""]) + rng.choice(WORDS) for _ in range(rng.randrange(1, 9)))
            for _ in range(5000)]
    return out


def test_right_person_nouns_match_as_without_the_lead() -> None:
    written = re.compile(r"(?P<mods>(?:[\s-]+" + V.MODIFIER + r"){0,4})\s*-?\s*(?:strong\s+)?" + V.PERSON_NOUN, V.I)
    now = ORIGINALS.get(V.RIGHT_PERSON_RE.pattern, V.RIGHT_PERSON_RE)
    assert now.pattern != written.pattern  # (the lead is in place)
    for w in _windows():
        a, b = written.match(w), now.match(w)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), w


def test_lead_is_read_off_the_fragment() -> None:
    assert lead(r"(?:troops|army)", re.I) == r"(?=[at])(?:troops|army)"
    assert lead(r"(?:troops)?", re.I) == r"(?:troops)?"  # may match empty: no lead
    assert lead(r"\w+|troops", re.I) == r"\w+|troops"
