"""CSV export: formula-safe, numbers kept numeric, golden text for the seed article."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pandas as pd
import pytest

from dashboard.tables.export import neutralise, to_csv_text
from dashboard.tables.frames import load_figures

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "seed_figures.csv"


@pytest.mark.parametrize("cell", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://x\")"])
def test_formula_like_text_is_neutralised(cell):
    assert neutralise(cell) == "'" + cell


def test_numbers_stay_numbers():
    df = pd.DataFrame({"quote": ["=bad", "ok"], "value": pd.array([-5.0, 28500.0], dtype="Float64")})
    rows = list(csv.reader(io.StringIO(to_csv_text(df))))
    assert rows == [["quote", "value"], ["'=bad", "-5"], ["ok", "28500"]]


def test_input_frame_is_not_mutated():
    df = pd.DataFrame({"quote": ["=bad"]})
    to_csv_text(df)
    assert df.loc[0, "quote"] == "=bad"


def test_seed_csv_matches_golden_file(articles_dir):
    """The seed article's CSV, byte for byte (regenerate with UPDATE_GOLDEN=1 after a reviewed change)."""
    folder = articles_dir
    for extra in folder.glob("2024-*"):
        extra.unlink()
    text = to_csv_text(load_figures(folder))
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
