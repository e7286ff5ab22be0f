"""Hostile text costs time in proportion to its length: every crafted input of benchmarks/adversarial.py.

Each input is extracted at a small size and at eight times that size; the CPU time (``time.process_time``,
never wall-clock, so a loaded machine does not fail the test) may grow at most 4x more than the size did
(linear work grows 8x, a quadratic pattern 64x), plus a small constant for timer granularity. A generous
CPU bound per input also catches the other failure, a pattern that is linear in the text but backtracks
for seconds at every number. The timings themselves, at 100 KB to 2 MB, are in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from benchmarks.adversarial import INPUTS, super_linear
from dashboard.extraction import ArticleInfo, extract_figures

pytestmark = pytest.mark.slow  # times crafted megabyte inputs

SMALL = 3_000  # characters
FACTOR = 8
MARGIN = 4.0  # allowed CPU growth beyond linear
SLACK_S = 0.03
BIG_CPU_S = 3.0  # any input at SMALL * FACTOR characters; ordinary prose takes ~0.1 s there


def _cpu(text: str, repeats: int) -> float:
    """The least CPU time of ``repeats`` extractions (the least is the one least disturbed by the machine)."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        extract_figures(text, ArticleInfo("adv", date(2024, 1, 1), title="Adversarial"))
        best = min(best, time.process_time() - t0)
    return best


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    extract_figures("The U.S. has 28,500 troops in South Korea.", ArticleInfo("warm"))  # lazy tables outside the clock


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_crafted_input_is_linear(name):
    small_text, big_text = INPUTS[name](SMALL), INPUTS[name](SMALL * FACTOR)
    assert len(small_text) == SMALL and len(big_text) == SMALL * FACTOR
    small = _cpu(small_text, 3)
    big = _cpu(big_text, 2)
    assert big <= BIG_CPU_S, f"{name}: {big:.2f} CPU-s for {SMALL * FACTOR} characters"
    allowed = FACTOR * MARGIN * small + SLACK_S
    assert big <= allowed, f"{name}: {small:.4f} -> {big:.4f} CPU-s for {FACTOR}x the text (allowed {allowed:.4f})"


def test_super_linear_rule():
    """The benchmark's rule: a doubling may cost 2.5x plus slack; a quadratic step (4x) fails it."""
    assert super_linear({100_000: 1.0, 200_000: 2.2, 400_000: 4.6}) == []
    assert len(super_linear({100_000: 1.0, 200_000: 4.0})) == 1
    assert super_linear({100_000: 0.001, 200_000: 0.04}) == []  # under the slack: timer noise
