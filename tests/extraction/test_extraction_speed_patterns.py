"""Patterns rewritten for speed match exactly what they matched before (same spans, same order)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from dashboard.extraction import clauses as A
from dashboard.extraction import text as T
from dashboard.extraction import vocab as V
from dashboard.extraction.numbers import normalize

TUNED = Path(__file__).resolve().parents[1] / "tuned"
# text._BOUNDARY_RE as first written (a lookbehind before the glued full stop, no lookahead), with the branch added
# since (a line ending on a closing bracket, a sentence's opening word next)
OLD_BOUNDARY_RE = re.compile(r"[.!?]+[\"')\]]*\s+|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])|\n[ \t]*\n\s*|\n(?=[ \t]*[\u2022*\-])"
                             r"|(?<=\))\n(?=[ \t]*(?:The(?!\s+Hague)|It|Its|This|According|In|After|Since|Under|He|She|They)\s)")
# the year, clause-break and trend-hint patterns before their lookahead of first characters
OLD_YEAR_RE = re.compile(
    r"(?P<fiscal>\b(?:FY|fiscal\s+year|fiscal|financial\s+year|budget\s+year)\s*'?(?P<fy>(?:19|20)?\d\d)\b"
    r"(?:\s*[-/]\s*(?:19|20)?\d\d\b)?)"
    r"|(?P<plain>\b(?P<y>(?:1[89]|20)\d\d)(?:\s*[-/]\s*(?:(?:19|20)\d\d|\d\d)\b)?)(?!s\b|\d|,\d|\.\d)"
    r"|(?P<short>(?<=\bin\s)(?P<sy>[0-4]\d)/(?P<sy2>[0-4]\d)\b)"  # (the short fiscal year "in 24/25", added since)
    r"|(?P<rel>\b(?P<which>next|this|last|the\s+coming|the\s+following|the\s+current|current|"
    r"previous|the\s+previous|the\s+preceding|the\s+prior|the\s+past|the\s+outgoing)\s+(?:(?P<rfiscal>fiscal\s+|financial\s+|budget\s+)?year\b"
    r"|(?P<rfisc2>fiscal)\b(?!\s*(?:year|'?\d))))"  # (a bare "next fiscal" and "the outgoing", added since)
    r"|(?P<before>\b(?:the|a)\s+year\s+(?:before|earlier)\b(?!\s+(?:last|that|the|this|its|his|her|their|\d)))"
    r"|(?P<ending>\bthe\s+(?:fiscal|financial)\s+year\s+(?:ending|that\s+ends|which\s+ends)\s+(?:on\s+)?(?:March|June|September)\s+30\b(?!,?\s*(?:19|20)\d\d))"  # (added since)
    r"|(?P<ago>\b(?P<back>\d{1,2}|a(?=\s+year\s+ago)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"a\s+decade|two\s+decades|three\s+decades)\s+(?:years?\s+)?ago\b)",  # (the "years ago" branch, added since)

    re.IGNORECASE,
)
OLD_CLAUSE_BREAK_RE = re.compile(r"[,;:()\u2014\u2013]|\s--?\s|\bi\.e\.|\bwhile\b|\bwhereas\b|\bbut\b", re.I)
OLD_TREND_HINT_RE = re.compile(r"budget|spending|expenditure", re.I)
# words and signs the patterns read, in odd cases and with letters re's case folding matches to ASCII ones
TOKENS = ["FY", "fy", "Fiscal", "fiscal year", "FINANCIAL YEAR", "budget year", "Budget", "spending", "EXPENDITURE",
          "2024", "1999", "20", "24", "2024-25", "2024/25", "'23", "1980s", "2,024", "next", "This", "last", "the coming",
          "The Following", "current", "previous", "the past", "year", "years", "i.e.", "I.E.", "while", "Whereas", "but",
          "butter", ",", ";", ":", "(", ")", "\u2014", "\u2013", "-", "--", " ", "  ", "\n", "\t", "\u017fpending",
          "\u0130", "\u0131", "\u212a", "whıle", "x", "Defense", ".", "ago", "AGO", "a decade", "Two Decades", "twenty",
          "seven", "Sixty", "eleven", "a", "over the next", "Within A", "during the coming", "in the", "five-year horizon",
          "decade", "-year", "horizon", "Over", "IN", "fiscal", "Fiscal ", "the outgoing", "'24", "the year before", "A Year Earlier", "the preceding",
          "The Prior", "before", "earlier", "the", "their",
          "ending", "on", "June 30", "March", "30", "that ends", "financial year"]


def _texts() -> list[str]:
    out = []
    for path in sorted(TUNED.glob("set*/passages.jsonl")):
        out += [normalize(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(7)
    alphabet = "abZY.!?  \n\t\u2022*-\"')]x\u00e9"
    out += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 60))) for _ in range(5000)]
    out += ["".join(rng.choice(TOKENS) + rng.choice(["", " ", " "]) for _ in range(rng.randrange(1, 12))) for _ in range(5000)]
    return out


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_sentence_boundaries_are_unchanged() -> None:
    for text in _texts():
        assert _spans(T._BOUNDARY_RE, text) == _spans(OLD_BOUNDARY_RE, text), text[:80]


def _groups(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, len(text) if end is None else end)]


def test_year_clause_and_trend_patterns_are_unchanged() -> None:
    rng = random.Random(11)
    for text in _texts():
        start = rng.randrange(len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        assert _groups(T._YEAR_RE, text) == _groups(OLD_YEAR_RE, text), text[:80]
        assert _groups(T._YEAR_RE, text, start, end) == _groups(OLD_YEAR_RE, text, start, end), text[:80]
        assert _spans(A.CLAUSE_BREAK_RE, text) == _spans(OLD_CLAUSE_BREAK_RE, text), text[:80]
        assert _groups(A.CLAUSE_BREAK_RE, text, start, end) == _groups(OLD_CLAUSE_BREAK_RE, text, start, end)
        assert _spans(V.TREND_HINT_RE, text) == _spans(OLD_TREND_HINT_RE, text), text[:80]
