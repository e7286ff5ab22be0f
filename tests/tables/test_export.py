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


def test_bidi_controls_are_visible_escapes_on_every_csv_path(tmp_path):
    """A browser audit: a right-to-left override went raw into the passage and citation cells, where a spreadsheet
    reorders the text around it ('005,82' reads as '28,500'). The app shows such characters as escapes; so do the
    CLI's CSV (the rows' own path) and the app's downloads (the frame path)."""
    from dashboard.extraction import ArticleInfo, extract_figures
    from dashboard.ingest.articles import parse_article
    from dashboard.tables.figures_csv import figures_csv_cells
    from dashboard.tables.frames import figures_frame
    from dashboard.tables.rows import figure_rows

    text = b"The U.S. keeps 28,500 troops in South Korea \xe2\x80\xae(officials said)."
    article = parse_article(text, "rlo.txt", ".txt", "rlo")
    rows = figure_rows(article, extract_figures(article.text, ArticleInfo("rlo")))
    assert rows and "\u202e" in rows[0]["passage"]  # the text itself keeps what the article holds
    frame_csv = to_csv_text(figures_frame(rows))
    names, cells, _ = figures_csv_cells(rows)
    fast_csv = "\n".join(",".join(row) for row in zip(*cells, strict=True))
    for written in (frame_csv, fast_csv):
        assert "\u202e" not in written and "\\u202e(officials said)" in written


def test_json_lines_write_numbers_and_addresses_as_the_csv_does():
    """A CLI audit: JSON Lines gave value_usd 47202336972.7099990845 where the CSV says 47202336972.71, and wrote
    addresses as 'https:\\/\\/'."""
    import json

    from dashboard.tables.export import to_jsonl_text

    df = pd.DataFrame({"value_usd": pd.array([47202336972.71, None], dtype="Float64"),
                       "year": pd.array([2024, None], dtype="Int64"), "url": ["https://example.org/a/b", ""]})
    text = to_jsonl_text(df)
    assert '"value_usd":47202336972.71' in text and "https://example.org/a/b" in text and "\\/" not in text
    rows = [json.loads(line) for line in text.splitlines()]
    assert rows == [{"value_usd": 47202336972.71, "year": 2024, "url": "https://example.org/a/b"},
                    {"value_usd": None, "year": None, "url": ""}]
