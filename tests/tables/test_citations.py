"""Ready citations (issue 12, point 5): the sentence cited, the parts, and the CSV column's safety."""

from __future__ import annotations

import csv
import io

import pandas as pd

from dashboard.tables.citations import QUOTE_LIMIT, citation, cited_sentence
from dashboard.tables.export import FORMULA_PREFIXES, to_csv_text
from dashboard.tables.frames import load_figures

SEED_ID = "2025-11-03-econotimes-hegseth-south-korea"


def test_the_sentence_holding_the_quote_is_cited():
    passage = ("While South Korea remains cautious, it has strengthened its defense. Seoul aims to take "
               "control of the combined forces, which include its 450,000 active troops.")
    assert cited_sentence(passage, "450,000") == ("Seoul aims to take control of the combined forces, which include "
                                                  "its 450,000 active troops.")


def test_abbreviations_do_not_end_a_sentence():
    passage = "It plans a rise for 2026 to answer U.S. President Trump. Gen. Kim agreed. Dr. Lee did not."
    assert cited_sentence(passage, "2026") == "It plans a rise for 2026 to answer U.S. President Trump."
    assert cited_sentence(passage, "Kim") == "Gen. Kim agreed."


def test_a_quote_not_in_the_passage_cites_the_passage():
    assert cited_sentence("One. Two.", "three") == "One. Two."


def test_a_long_sentence_is_cut_around_the_quote():
    passage = "word " * 200 + "the 28,500 troops " + "word " * 200
    said = cited_sentence(passage, "28,500")
    assert "28,500" in said and said.startswith("\u2026") and said.endswith("\u2026")
    assert len(said) <= QUOTE_LIMIT + 2


def test_citation_parts_in_order_and_on_one_line():
    text = citation("Wire\n", "A  title", "2024-03-05", "https://x.test/a", "It has\n54,000 troops.", "54,000")
    assert text == 'Wire, "A title", 2024-03-05, https://x.test/a, quote: "It has 54,000 troops."'


def test_missing_parts_are_left_out():
    assert citation(None, pd.NA, "", "", "It rose.", "rose") == 'quote: "It rose."'


def test_every_figure_of_the_seed_carries_its_citation(articles_dir):
    figures = load_figures(articles_dir)
    seed = figures[figures["article_id"] == SEED_ID]
    active = seed[seed["metric"] == "active_personnel"].iloc[0]
    assert active["citation"].startswith('EconoTimes, "U.S. Defense Secretary Pete Hegseth Visits South Korea')
    assert ", 2025-11-03, https://econotimes.com/" in active["citation"]
    assert active["citation"].endswith('quote: "Seoul aims to eventually take wartime operational control of the '
                                       'combined forces, which include its 450,000 active troops."')
    assert (figures["citation"] != "").all()


def test_csv_citation_and_quote_cells_are_formula_safe(tmp_path):
    """A quote and a publisher starting with '=' stay text in the CSV: no cell a spreadsheet would run."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "2024-01-02-x.md").write_text(
        "---\ntitle: =HYPERLINK(\"http://evil.test\")\npublisher: =cmd|' /C calc'!A0\npublished: 2024-01-02\n"
        "url: https://example.test/x\n---\n=1+1 Tokyo approved a record 7.9 trillion yen defense budget for fiscal "
        "2024.\n", encoding="utf-8")
    figures = load_figures(folder)
    assert len(figures) and figures["citation"].str.startswith("=").any()
    rows = list(csv.DictReader(io.StringIO(to_csv_text(figures))))
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(FORMULA_PREFIXES), (column, cell)
        assert row["citation"].startswith("'=cmd")
