"""The minimum-confidence filter: which rows it keeps, how it names a download, and the measured precision the
sidebar quotes for it."""

from __future__ import annotations

import pandas as pd

from dashboard.extraction.confidence import FIRST_CONTACT_FILE, fresh_text_precision
from dashboard.tables.filters import Filters, apply_filters, download_name
from dashboard.tables.overlay import likely_wrong


def _rows() -> pd.DataFrame:
    return pd.DataFrame({
        "figure_id": ["a", "b", "c", "d", "e"],
        "country_iso3": ["USA", "KOR", "KOR", "JPN", "JPN"],
        "host_iso3": ["KOR", "", "", "", ""],
        "metric": ["troops_deployed", "active_personnel", "defense_budget", "defense_budget", "defense_budget"],
        "year": pd.array([2025, 2025, 2026, 2024, 2024], dtype="Int64"),
        "publisher": ["p"] * 5,
        "status": ["extracted", "extracted", "extracted", "accepted", "rejected"],
        "confidence": pd.array([0.93, 0.77, None, 1.0, 0.95], dtype="Float64"),
    })


def test_a_minimum_keeps_the_figures_at_or_above_it_and_drops_unscored_ones():
    rows = _rows()
    assert apply_filters(rows, Filters(min_confidence=0.77))["figure_id"].tolist() == ["a", "b", "d"]
    assert apply_filters(rows, Filters(min_confidence=0.8))["figure_id"].tolist() == ["a", "d"]  # 'c' has no score
    assert apply_filters(rows, Filters())["figure_id"].tolist() == ["a", "b", "c", "d"]  # no minimum: every score
    both = Filters(min_confidence=0.9, include_rejected=True)
    assert apply_filters(rows, both)["figure_id"].tolist() == ["a", "d", "e"]


def test_a_minimum_combines_with_the_other_filters():
    rows = _rows()
    got = apply_filters(rows, Filters(countries=("KOR",), min_confidence=0.8))
    assert got["figure_id"].tolist() == ["a"]  # hosted by South Korea and sure enough; KOR's own 0.77 is not


def test_a_minimum_is_an_active_filter_and_named_in_the_download():
    assert Filters(min_confidence=0.7).active and not Filters().active
    assert download_name(Filters(countries=("KOR",), min_confidence=0.9)) == "defense-figures_KOR_confidence-0.9-up.csv"


def test_the_measured_precision_is_read_from_its_rows_and_rises_with_the_minimum():
    rows = pd.read_csv(FIRST_CONTACT_FILE)
    assert len(rows) == 2809 and rows["set"].nunique() == 96  # the measurement the README and the caption quote
    assert fresh_text_precision(None) == (rows["right"].sum(), len(rows))
    sure = rows[rows["confidence"] >= 0.8]
    assert fresh_text_precision(0.8) == (sure["right"].sum(), len(sure))
    rates = [r / s for r, s in (fresh_text_precision(t) for t in (None, 0.6, 0.7, 0.8, 0.9))]
    assert rates == sorted(rates) and rates[0] < rates[-1]


def test_the_likely_wrong_count_matches_the_wrong_figures_of_fresh_text():
    """The README's claim: one minus the confidence, summed, came close to the true number of wrong figures on the
    first contacts, for all of them and sample by sample (twelve samples, each scored at its own commit)."""
    rows = pd.read_csv(FIRST_CONTACT_FILE).assign(status="extracted")
    expected, counted = likely_wrong(rows)
    wrong = int((rows["right"] == 0).sum())
    assert counted == len(rows) and abs(expected - wrong) < 0.02 * len(rows)
    for _, sample in rows.groupby("scored_at"):
        guess, _ = likely_wrong(sample)
        assert abs(guess - (sample["right"] == 0).sum()) <= 11


def test_likely_wrong_counts_only_unreviewed_figures_with_a_number():
    rows = _rows().assign(metric=["troops_deployed", "active_personnel", "defense_budget", "defense_budget", "budget_trend"])
    expected, counted = likely_wrong(rows)  # 'a' and 'b' (c has no score, d is accepted, e is a claim)
    assert counted == 2 and round(expected, 2) == 0.30
