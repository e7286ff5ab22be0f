"""Extraction quality on the project's own labelled passages, as regression guards.

The shared development set is not part of the repository. The three held-out sets were written for
the project blind to the extractor's rules and are scored the same way (dashboard.evaluate). Each
was measured once on first contact, then used to find general rules, so the floors below guard
against regressions; they are not claims about unseen text (see the README for those figures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.evaluate import evaluate

TESTS = Path(__file__).resolve().parent


@pytest.mark.parametrize("folder, precision, recall", [
    ("heldout", 0.95, 0.85),
    ("heldout2", 0.95, 0.78),
    ("heldout3", 0.90, 0.68),
])
def test_heldout_precision_and_recall(folder, precision, recall):
    """Core metrics stay above the floor measured for each held-out set."""
    overall = evaluate(TESTS / folder).overall
    assert overall.precision >= precision, overall
    assert overall.recall >= recall, overall
