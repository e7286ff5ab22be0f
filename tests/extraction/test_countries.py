"""Country aliases: every alias resolves, unmapped mentions are reported, fiscal years."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from dashboard.extraction.countries import (
    ALIASES_FILE,
    COUNTRIES_FILE,
    NOT_COUNTRIES_FILE,
    fiscal_year,
    gazetteer,
    load_gazetteer,
)
from dashboard.extraction.numbers import normalize


@pytest.mark.parametrize("alias, iso3", [
    ("U.S.", "USA"), ("US", "USA"), ("ROK", "KOR"), ("DPRK", "PRK"), ("PRC", "CHN"), ("UK", "GBR"),
    ("Washington", "USA"), ("Seoul", "KOR"), ("Pyongyang", "PRK"), ("Beijing", "CHN"), ("Moscow", "RUS"),
    ("Tokyo", "JPN"), ("Kyiv", "UKR"), ("Taipei", "TWN"), ("American", "USA"), ("South Korean", "KOR"),
    ("Pentagon", "USA"), ("NATO", "NATO"),
])
def test_required_aliases_resolve(alias, iso3):
    assert gazetteer().resolve(alias) == iso3


def test_every_alias_in_the_table_resolves_to_a_known_country():
    """Each row of the alias file maps to a country of countries.csv, and finds itself in text."""
    gaz = gazetteer()
    with open(ALIASES_FILE, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        assert row["iso3"] in gaz.countries, row
        found = gaz.find(normalize(f"Officials in {row['alias']} said."))
        assert found and found[0].iso3 == row["iso3"] or any(f.iso3 == row["iso3"] for f in found), row


def test_unknown_names_are_not_guessed():
    assert gazetteer().resolve("Atlantis") is None
    assert gazetteer().find("Officials in Atlantis and Wakanda said.") == []


def test_bad_alias_rows_are_reported_all_at_once(tmp_path: Path):
    """A table with two bad rows raises once, naming both."""
    aliases = tmp_path / "a.csv"
    aliases.write_text("alias,iso3,kind,case_sensitive\nFoo,XXX,name,0\nBar,YYY,name,0\nSeoul,KOR,capital,0\n")
    with pytest.raises(ValueError) as err:
        load_gazetteer(aliases, COUNTRIES_FILE)
    assert "XXX" in str(err.value) and "YYY" in str(err.value)


def test_case_sensitive_short_forms_do_not_match_words():
    """'us' the pronoun is not the United States."""
    assert gazetteer().find("Tell us more") == []


@pytest.mark.parametrize("iso3, on, offset, expected", [
    ("USA", date(2025, 11, 3), 0, 2026), ("USA", date(2025, 5, 1), 1, 2026),
    ("JPN", date(2023, 12, 22), 1, 2024), ("IND", date(2020, 2, 1), 1, 2020), ("KOR", date(2025, 10, 1), 1, 2026),
])
def test_fiscal_year_labels(iso3, on, offset, expected):
    assert fiscal_year(iso3, on, offset) == expected


@pytest.mark.parametrize("text", ["patrols in the South China Sea", "across the Taiwan Strait",
                                  "on the Korean Peninsula", "The Washington Post reported"])
def test_place_phrases_are_not_countries(text):
    """Regression: 'South China Sea' credited China, 'Washington Post' the United States."""
    assert gazetteer().find(text) == []


def test_longest_alias_wins():
    """Regression: 'Guinea-Bissau' was read as Guinea because a case-sensitive pass ran first."""
    assert [m.iso3 for m in gazetteer().find("troops from Guinea-Bissau and Papua New Guinea")] == ["GNB", "PNG"]


def test_longer_aliases_that_start_with_a_case_sensitive_one_join_its_trie():
    """The prefix test by set lookups picks exactly what the pairwise startswith test picks ('Guinea-Bissau' after
    'Guinea', 'China Daily' after 'China'): the case-sensitive trie holds those and the case-sensitive aliases."""
    with open(ALIASES_FILE, encoding="utf-8", newline="") as fh:
        rows = [(normalize(r["alias"].strip()), r.get("case_sensitive", "0").strip() == "1") for r in csv.DictReader(fh)]
    sensitive = [a for a, cs in rows if cs]
    lines = NOT_COUNTRIES_FILE.read_text(encoding="utf-8").splitlines()
    longer = [a for a, cs in rows if not cs] + [normalize(ln.strip()) for ln in lines
                                                if ln.strip() and not ln.lstrip().startswith("#")]
    joined = {x for x in longer if any(x != s and x.startswith(s) for s in sensitive)}
    assert joined and set(gazetteer()._exact) == set(sensitive) | joined
