"""The gates of dashboard.extraction.tails never refuse a window their pattern matches.

Each gate is a necessary condition of its pattern (a speed-up only): over windows cut from the real
passages of tests/tuned (before every number and at random places, with hedges and link words appended,
in several cases and with odd spaces), and over every slice length the classifier reads, a window the
pattern matches must be admitted.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from dashboard.extraction import budget_cues as BC
from dashboard.extraction import personnel_moves as MV
from dashboard.extraction import tails
from dashboard.extraction import vocab as V
from dashboard.extraction import vocab_personnel as VP
from dashboard.extraction.lexicon import fillers, hedge_phrases
from dashboard.extraction.numbers import normalize
from dashboard.extraction.tails import Gate, Tail

GATED = [
    (tails.CHANGE_BEFORE_PCT, V.CHANGE_BEFORE_PCT_RE),
    (tails.LEVEL_AFTER_CHANGE, V.LEVEL_AFTER_CHANGE_RE),
    (tails.BUDGET_BEFORE, V.BUDGET_BEFORE_RE),
    (tails.MONEY_TOTAL_BEFORE, V.MONEY_TOTAL_BEFORE_RE),
    (tails.LEVEL_FROM, V.LEVEL_FROM_RE),
    (tails.GDP_BEFORE, V.GDP_BEFORE_RE),
    (tails.PART_OF, V.PART_OF_RE),
    (tails.SPEND_THEN_AMOUNT, V.SPEND_THEN_AMOUNT_RE),
    (tails.REQUEST_BEFORE, V.REQUEST_BEFORE_RE),
    (tails.CHANGE_BEFORE, VP.CHANGE_BEFORE_RE),
    (tails.SPENDING_AT_PCT, V.SPENDING_AT_PCT_RE),
    (tails.MONEY_INTO_DEFENSE, BC.MONEY_INTO_DEFENSE_BEFORE_RE),
    (tails.PROMISED_SHARE, BC.PROMISED_SHARE_BEFORE_RE),
    (tails.DEFENSE_TAKES, BC.DEFENSE_TAKES_BEFORE_RE),
    (tails.CHANGE_OF_BUDGET_APPOSITION, BC.CHANGE_OF_BUDGET_APPOSITION_RE),
    (tails.WITH_BUDGET_OF, BC.WITH_BUDGET_OF_BEFORE_RE),
    (tails.WITHDRAW_ALL, MV.WITHDRAW_ALL_RE),
]
SLICES = (None, 40, 60, 70, 80, 90, 100, 120, 130)
# Endings written in the manner of each gated pattern (with hedges, fillers and odd spacing): a fixed floor of
# windows each pattern matches
EXAMPLE_ENDINGS = (
    "the budget will increase by about ", "spending rose by ", "a rise of nearly ", "up ", "down by some ",
    "spending will grow in 2026 to ", "the budget jumped 5% to reach ", "rose sharply to ",
    "the defence budget for 2026 will be ", "Japan's defense spending of ", "the military budget stood at ",
    "total government spending of ", "the national budget of about ", "gdp of ",
    "up from ", "rose 4% from the previous ", "an increase from its initial ", "a decrease from ",
    "the gdp ratio dropping to around ", "share of gdp at ", "(% of gdp) was ",
    "a share of the ", "part of ", "a portion of a ", "a fraction of its ",
    "our cash spend in 24/25 is ", "defence expenditure will be ", "funding of ",
    "asked the finance ministry for ", "is seeking funding for ", "requested approval for about ",
    "withdraw ", "sent another ", "cuts of ", "the deployment of ", "an additional ",
    "defense spending at ", "spending close to ", "to reach ", "military spending was ",
    "is pouring money into defense - more than ", "will provide Defence with ", "provide the military with about ",
    "its commitment to spend ", "the goal of reaching at least the ", "should be increased to ",
    "with defence taking ", "the military receiving about ", "an increase in the defense budget - nearly ",
    "a cut to its military spending, ", "a rise in defence expenditure (", "With a budget of ", "with an annual budget of ",
    "its withdrawal of all ", "pulled out the remaining ", "the withdrawal of its ", "withdraw 1,000 of its ",
    "evacuate all of their ",
)
TUNED = Path(__file__).resolve().parents[1] / "tuned"


def _texts() -> list[str]:
    out = []
    for path in sorted(TUNED.glob("set*/passages.jsonl")):
        out += [normalize(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def _pattern_words() -> list[str]:
    """Every word written in the gated patterns (link words, stems), to append to windows."""
    words = set()
    for _, pattern in GATED:
        words |= {w.lower() for w in re.findall(r"[A-Za-z]{2,}", pattern.pattern)}
    return sorted(words)


def _windows() -> list[str]:
    rng = random.Random(20240611)
    texts = _texts()
    hedges = sorted({*hedge_phrases(), *fillers()})
    words = _pattern_words()
    out = []
    for text in texts:
        starts = [m.start() for m in re.finditer(r"[$\u20ac\u00a3]?\d", text)]
        starts += [rng.randrange(len(text) + 1) for _ in range(6)]
        for pos in starts:
            window = text[max(0, pos - 160):pos]
            out.append(window)
            # the same window ending in a link word or stem, a hedge, a sign, odd case and spacing
            out.append(window + " " + rng.choice(words) + rng.choice(["", "s", "ed", "ing"]) + rng.choice([" ", "  ", "\n"]))
            out.append(window + " " + rng.choice(words) + " " + rng.choice(hedges) + rng.choice([" ", "", "\t"]))
            out.append((window + " " + rng.choice(words) + " ").upper())
            out.append(window + rng.choice([":", " -", " --", " \u2014 ", "~", " approx.", "|", "\u017f"]))
            out.append(window + " " + " ".join(rng.sample(words, 2)) + " " + rng.choice(["", "the ", "a "]))
    # and windows that end the way each gated pattern's own examples do, so every pattern is exercised
    # whatever the random choices above (they shift whenever a pattern gains a word)
    for text in texts[:20]:
        for ending in EXAMPLE_ENDINGS:
            out.append(text[:120] + " " + ending)
    # every window some pattern matches, and a sample of the rest (the full set takes a minute to check)
    hit = [any(pattern.search(w) for _, pattern in GATED) for w in out]
    matching = [w for w, h in zip(out, hit, strict=True) if h]
    rest = [w for w, h in zip(out, hit, strict=True) if not h]
    return matching + rng.sample(rest, min(len(rest), 3000))


@pytest.fixture(scope="module")
def windows() -> list[str]:
    return _windows()


# an exhaustive sweep (every gated pattern over thousands of real windows, ~8 s of CPU): the full tier runs it
@pytest.mark.slow
@pytest.mark.parametrize(("gate", "pattern"), GATED, ids=[p.pattern[:30] for _, p in GATED])
def test_gate_admits_every_window_its_pattern_matches(gate: Gate, pattern: re.Pattern, windows: list[str]) -> None:
    matched = 0
    for window in windows:
        tail = Tail(window)
        for last in SLICES:
            read = window if last is None else window[-last:]
            if pattern.search(read):
                matched += 1
                assert tail.admits(gate, last), (pattern.pattern[:40], read)
    assert matched >= 5  # the windows exercise the pattern, not only the gate


def test_gates_refuse_most_windows(windows: list[str]) -> None:
    """A gate that admits everything would be correct but useless."""
    refused = sum(not Tail(w).admits(tails.CHANGE_BEFORE_PCT) for w in windows)
    assert refused > len(windows) // 3


def test_tail_reads_the_last_word_exactly() -> None:
    assert Tail("the budget of about  \n").token == "about"
    assert Tail("rose by").token == "by"
    assert Tail("budget:").token == ":"
    assert Tail("   ").token == ""
    assert Tail("\u017fince").admits(Gate(set()))  # not plain ASCII: the pattern decides
    assert Tail("caf\u00e9by").admits(Gate(set()))
    long_word = "x" * 200 + "by "
    assert Tail(long_word).admits(Gate(set()), 2)  # the slice cuts into the word: the pattern decides


def test_a_window_ending_on_a_change_verb_and_from_is_admitted():
    """The random sweep above found it once (CI at 79e3a0a): "... passed from " matched CHANGE_BEFORE_PCT_RE, whose
    gate did not hold "from" (so that branch never ran: the level a budget goes from is no change, and the pattern
    now says so itself). Every gated pattern must admit the windows it matches, this one included."""
    window = "Australia's defence budget will reach about A$58 billion in 2025-26, on a path to 2.4 per cent of GDP by  passed from "
    tail = Tail(window)
    for gate, pattern in GATED:
        for last in SLICES:
            read = window if last is None else window[-last:]
            if pattern.search(read):
                assert tail.admits(gate, last), (pattern.pattern[:40], last)
