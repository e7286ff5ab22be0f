"""The str.find scans of word_scan give exactly what the regex scans they replace give."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from types import SimpleNamespace

from dashboard.extraction import pipe_tables as PT
from dashboard.extraction import prose_tables as PR
from dashboard.extraction import ranked_strengths as RK
from dashboard.extraction import respectively as RS
from dashboard.extraction import vocab as V
from dashboard.extraction.numbers import normalize
from dashboard.extraction.patterns import ascii_lower
from dashboard.extraction.word_scan import line_matches, word_sentences, word_spans

TUNED = Path(__file__).resolve().parents[1] / "tuned"
# words and signs the scans read, in odd cases, overlapping, and with letters re's case folding matches to ASCII ones
TOKENS = ["budget", "BUDGET", "Spending", "expenditure", "expenditurexpenditure", "expendituree", "budgets", "\u017fpending",
          "\u0130", "\u212a", "active", "Active", "ACTIVE", "active members", "active\nmembers", "active troops", "soldiers",
          "duty personnel", "include:", ":", " :", "\t", "\n", "\n\n", " ", "  ", "defence", "Defense", "military",
          "Military spending", "budget (USD bn)", "spending", "outlays", "x" * 50, "Nigeria", "2024", "12,000", "Active Personnel",
          "Reserve Personnel", "Defense budget", "% of GDP", "-", "(", ")", "$", ".", "respectively", "Respectively", "Largest", "armies", "biggest armed forces", "active militaries"]


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


def _ctx(text: str, rng: random.Random) -> SimpleNamespace:
    cuts = sorted({0, len(text), *(rng.randrange(len(text) + 1) for _ in range(rng.randrange(0, 6)))})
    sentences = [SimpleNamespace(start=a, end=b) for a, b in zip(cuts, cuts[1:], strict=False)]
    return SimpleNamespace(low=ascii_lower(text), scan_cache={}, sentence_starts=[], sentences=sentences)


def test_word_sentences_holds_every_sentence_the_pattern_matches_in() -> None:
    rng = random.Random(5)
    checks = ((RS.RESPECTIVELY_RE, ("respectively",)), (RK._RANKS_ARMIES_RE, RK._RANK_WORDS),
              (RK._ACTIVE_MILITARIES_RE, ("active",)))
    found = 0
    for text in _texts():
        ctx = _ctx(text, rng)
        for pattern, words in checks:
            held = word_sentences(ctx, words)
            for k, sent in enumerate(ctx.sentences):
                if pattern.search(text, sent.start, sent.end):
                    found += 1
                    assert held is None or k in held, (pattern.pattern, text[:80])
    assert found > 100
    ctx = _ctx("The largest armies. None here.", random.Random(1))
    ctx.sentences = [SimpleNamespace(start=0, end=19), SimpleNamespace(start=20, end=30)]
    assert word_sentences(ctx, RK._RANK_WORDS) == {0}
    assert word_sentences(SimpleNamespace(low=None), ("respectively",)) is None
