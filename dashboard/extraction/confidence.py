"""Confidence: how likely a figure is right, from the rule that found it and how its owner was found.

The numbers are measured, not chosen: ``vocab/confidence.csv`` holds, for each rule and each way
of finding the owner, how many of its figures were right and wrong on labelled real text that is
no longer sealed: devset2's worked parts, the shared devset and the real sets devset415-446, each
scored once at first contact before (written by ``python -m dashboard.calibrate``). A figure's confidence
is the smoothed precision of its rule, scaled by how its owner evidence fares against the
average. README ("Measured quality") gives precision per confidence band on the sealed part.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

CALIBRATION_FILE = Path(__file__).resolve().parent / "vocab" / "confidence.csv"
# How the score fared on text no rule had been written against: each of the 2,809 figures first shown on 96 sealed
# sets of real passages (devset209-308), with the confidence it was shown with and whether the set's labels made it
# right, each set run at the commit that scored it (docs/real_text_findings.md, eleventh sitting). Read by
# first_contact_rows, for the sidebar's minimum-confidence filter and the count of figures likely wrong.
FIRST_CONTACT_FILE = CALIBRATION_FILE.with_name("confidence_first_contact.csv")
LOW = 0.6  # below this a figure is shown as "low confidence" on every chart, card and review queue
_PRIOR = (3, 2)  # a rule never seen on real text starts at 3 right out of 5: 0.6, at the edge of "low"
# A figure read through a gloss (an article not in English) is right less often than the same rule's in English: on the
# 60 worked sets devset415-474 (2,686 figures, 2026-12-07) 456 of 609 glossed figures were right (0.749) against 1,729
# of 2,077 English ones (0.832), a ratio of 0.90. Scaling glossed figures' confidence by it, tested on the six rounds
# scored that day (1,093 figures at the code that first showed them): Brier 0.1615 -> 0.1592, ROC area 0.684 -> 0.695,
# and 70 of the 136 figures under LOW wrong, against 47 of 88 (docs/real_text_findings.md, twenty-fifth sitting).
GLOSSED = 0.90


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    rules: dict[str, tuple[int, int]] = {}
    hows: dict[str, tuple[int, int]] = {}
    if CALIBRATION_FILE.is_file():
        with open(CALIBRATION_FILE, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                target = rules if row["kind"] == "rule" else hows
                target[row["key"]] = (int(row["right"]), int(row["wrong"]))
    return rules, hows


def _precision(right: int, wrong: int) -> float:
    return (right + _PRIOR[0]) / (right + wrong + _PRIOR[0] + _PRIOR[1])


@lru_cache(maxsize=4096)
def score(method: str, how: str) -> float:
    """Confidence in [0, 1] for a figure found by rule ``method`` with its owner found ``how``.

    >>> 0.0 <= score("personnel:number-noun", "bound") <= 1.0
    True
    """
    rules, hows = _table()
    rule = _precision(*rules.get(method, (0, 0)))
    total_right = sum(r for r, _ in hows.values())
    total = sum(r + w for r, w in hows.values())
    average = _precision(total_right, total - total_right) if total else 0.6
    owner = _precision(*hows.get(how, (0, 0))) / average
    return round(max(0.05, min(0.99, rule * owner)), 2)


@lru_cache(maxsize=1)
def first_contact_rows() -> tuple[tuple[str, float, bool, str], ...]:
    """(set, confidence, right, how its owner was found) of every figure in ``FIRST_CONTACT_FILE``."""
    with open(FIRST_CONTACT_FILE, encoding="utf-8", newline="") as fh:
        return tuple((r["set"], float(r["confidence"]), r["right"] == "1", r["owner_from"]) for r in csv.DictReader(fh))


@lru_cache(maxsize=16)
def fresh_text_precision(threshold: float | None) -> tuple[int, int]:
    """(right, shown) among the first-contact figures whose confidence was at least ``threshold`` (None: all).

    >>> right, shown = fresh_text_precision(None)
    >>> fresh_text_precision(0.8)[1] < shown
    True
    """
    rows = [right for _, score, right, _ in first_contact_rows() if threshold is None or score >= threshold - 1e-9]
    return sum(rows), len(rows)
