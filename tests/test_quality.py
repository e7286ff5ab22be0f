"""Extraction quality on the project's own held-out passages (tests/heldout), as a regression guard.

The shared development set is not part of the repository; this set was written for the project
independently of the extractor's rules and is scored the same way.
"""

from __future__ import annotations

from pathlib import Path

from dashboard.evaluate import evaluate

HELDOUT = Path(__file__).resolve().parent / "heldout"


def test_heldout_precision_and_recall():
    """Core metrics: precision >= 0.95 and recall >= 0.85 on the held-out set."""
    overall = evaluate(HELDOUT).overall
    assert overall.precision >= 0.95, overall
    assert overall.recall >= 0.85, overall
