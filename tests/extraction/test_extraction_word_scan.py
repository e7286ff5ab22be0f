"""The str.find scans of word_scan give exactly what the regex scans they replace give."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from dashboard.extraction import pipe_tables as PT
from dashboard.extraction import prose_tables as PR
from dashboard.extraction import vocab as V
from dashboard.extraction.numbers import normalize
from dashboard.extraction.patterns import ascii_lower
from dashboard.extraction.word_scan import line_matches, may_contain, word_spans

TUNED = Path(__file__).resolve().parents[1] / "tuned"
# words and signs the scans read, in odd cases, overlapping, and with letters re's case folding matches to ASCII ones
TOKENS = ["budget", "BUDGET", "Spending", "expenditure", "expenditurexpenditure", "expendituree", "budgets", "\u017fpending",
          "\u0130", "\u212a", "active", "Active", "ACTIVE", "active members", "active\nmembers", "active troops", "soldiers",
          "duty personnel", "include:", ":", " :", "\t", "\n", "\n\n", " ", "  ", "defence", "Defense", "military",
          "Military spending", "budget (USD bn)", "spending", "outlays", "x" * 50, "Nigeria", "2024", "12,000", "Active Personnel",
          "Reserve Personnel", "Defense budget", "% of GDP", "-", "(", ")", "$", ".", "respectively", "Largest", "armies"]


def _texts() -> list[str]:
    out = []
    for path in sorted(TUNED.glob("set*/passages.jsonl")):
        out += [normalize(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(17)
    out += ["".join(rng.choice(TOKENS) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randrange(1, 40)))
            for _ in range(6000)]
    return out


def test_word_spans_are_the_alternations_spans() -> None:
    words = V.TREND_HINT_WORDS
    pattern = V.TREND_HINT_RE  # (the pattern context.sentences_with is given these words for)
    checked = 0
    for text in _texts():
        low = ascii_lower(text)
        if low is None:
            continue
        checked += 1
        assert word_spans(low, words) == [m.span() for m in pattern.finditer(text)], text[:80]
        assert word_spans(low, ("budget", "budgets")) == [m.span() for m in re.finditer("budget|budgets", text, re.I)]
        assert word_spans(low, ("budgets", "budget")) == [m.span() for m in re.finditer("budgets|budget", text, re.I)]
    assert checked > 1000


def test_line_matches_are_the_patterns_matches() -> None:
    for text in _texts():
        low = ascii_lower(text)
        for pattern, words, reach in ((PT._ACTIVE_LIST_INTRO_RE, ("active",), 120), (PR.HEADER_RE, ("defen", "military"), 40)):
            want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in line_matches(pattern, text, low, words, reach)] == want, text[:80]
        assert [m.span() for m in PT._series_lines(text)] == [m.span() for m in PT._SERIES_LINE_RE.finditer(text)], text[:80]


def test_line_matches_gate_can_refuse() -> None:
    text = "Nations with " + "x" * 130 + " active members include:\nLine two"
    assert list(line_matches(PT._ACTIVE_LIST_INTRO_RE, text, ascii_lower(text), ("active",), 120)) == []
    assert [m.end() for m in line_matches(PT._ACTIVE_LIST_INTRO_RE, "Nations with active members include:", None,
                                          ("active",), 120)] == [36]


def test_may_contain() -> None:
    rng = random.Random(5)
    rx = re.compile(r"\brespectively\b", re.I)
    for text in _texts():
        low = ascii_lower(text)
        start = rng.randrange(len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        if rx.search(text, start, end):
            assert may_contain(low, start, end, ("respectively",))
    assert not may_contain("the army and the navy", 0, 21, ("respectively",))
    assert may_contain(None, 0, 0, ("respectively",))
