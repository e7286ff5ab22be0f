"""Extraction quality on the project's own labelled passages, as regression guards.

The shared development set is not part of the repository. The three sets in tests/tuned/ were
written for the project in the style its rules expect, each scored once on first contact and then
used to tune the rules: they are tuned regression sets, not evidence of quality on real text. The
floors below guard against regressions (see the README for what the first-contact scores say).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.evaluate import evaluate

pytestmark = pytest.mark.slow  # scores the extractor on the tuned sets

TESTS = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("folder, precision, recall", [
    ("tuned/set1", 0.95, 0.85),
    ("tuned/set2", 0.95, 0.78),
    ("tuned/set3", 0.90, 0.68),
])
def test_tuned_set_precision_and_recall(folder, precision, recall):
    """Core metrics stay above the floor measured for each tuned regression set."""
    overall = evaluate(TESTS / folder).overall
    assert overall.precision >= precision, overall
    assert overall.recall >= recall, overall


@pytest.mark.parametrize("folder", ["tuned/set1", "tuned/set2", "tuned/set3"])
def test_evaluate_command_reads_each_tuned_set_as_it_is(folder, capsys):
    """``python -m dashboard evaluate tests/tuned/setN`` works on the folders unchanged."""
    from dashboard.cli import main

    assert main(["evaluate", str(TESTS / folder)]) == 0
    out = capsys.readouterr().out
    assert "ALL core metrics" in out and "precision" in out
