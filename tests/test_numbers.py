"""Number parsing: formats, scale words, currencies, hedges, ranges, and hostile input."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.extraction.numbers import find_numbers, normalize, parse_number_words, parse_numeral


def spans(text: str) -> list[tuple[str, float, str, str]]:
    return [(text[m.start:m.end], m.value, m.kind, m.currency) for m in find_numbers(text)]


@pytest.mark.parametrize("raw, value", [
    ("28,500", 28500), ("2,95,511", 295511), ("3.37", 3.37), ("1,000,000", 1e6), ("12", 12),
    ("28 500", 28500), ("28\u202f500", 28500), ("1,234.5", 1234.5),
])
def test_parse_numeral_accepts_grouping(raw, value):
    """Western, Indian, space and thin-space grouping, decimals."""
    assert parse_numeral(raw) == value


@pytest.mark.parametrize("raw", ["1,1,1", "12,34", "1.2.3", "", "1,0000", "9" * 25])
def test_parse_numeral_rejects_malformed(raw):
    """Malformed grouping and absurd lengths are not numbers."""
    assert parse_numeral(raw) is None


@pytest.mark.parametrize("words, value", [
    ("three", 3), ("two million", 2e6), ("twenty-eight thousand five hundred", 28500),
    ("28-thousand-500", 28500), ("three lakh", 3e5), ("two crore", 2e7), ("ninety-nine", 99),
])
def test_number_words(words, value):
    assert parse_number_words(words) == value


def test_number_words_reject_lists():
    """'one one' is a list of words, not the number two."""
    assert parse_number_words("one one") is None


@pytest.mark.parametrize("text, expected", [
    ("a budget of 66.3 trillion won", [("66.3 trillion won", 66.3e12, "money", "KRW")]),
    ("Rs 3.37 lakh crore", [("Rs 3.37 lakh crore", 3.37e12, "money", "INR")]),
    ("US$9bn more", [("US$9bn", 9e9, "money", "USD")]),
    ("\u20ac52 billion", [("\u20ac52 billion", 52e9, "money", "EUR")]),
    ("\u00a364.6bn", [("\u00a364.6bn", 64.6e9, "money", "GBP")]),
    ("7.9 trillion yen", [("7.9 trillion yen", 7.9e12, "money", "JPY")]),
    ("1.11 trillion yuan", [("1.11 trillion yuan", 1.11e12, "money", "CNY")]),
    ("NT$647 billion", [("NT$647 billion", 647e9, "money", "TWD")]),
    ("up 8.2%", [("8.2%", 8.2, "percent", "")]),
    ("16.5 percent", [("16.5 percent", 16.5, "percent", "")]),
    ("2 per cent", [("2 per cent", 2, "percent", "")]),
    ("three lakh soldiers", [("three lakh", 3e5, "count", "")]),
])
def test_find_numbers_units(text, expected):
    """Currencies by symbol, code or word; scale words; percent spellings."""
    assert spans(text) == expected


def test_hedges_and_bounds():
    """'more than' gives a lower bound, 'up to' an upper bound, 'about' approx."""
    more, upto, about = find_numbers("more than 115 troops, up to 20,000 troops and about 1.2 million")
    assert (more.qualifier, more.low, more.high) == ("lower_bound", 115, None)
    assert (upto.qualifier, upto.low, upto.high) == ("upper_bound", None, 20000)
    assert about.qualifier == "approx" and about.value == 1.2e6


def test_ranges_share_scale():
    """'from 1.9 to 2.04 million': the scale word applies to both ends."""
    (m,) = find_numbers("estimates range from 1.9 to 2.04 million")
    assert (m.qualifier, m.low, m.high) == ("range", 1.9e6, 2.04e6)
    (r,) = find_numbers("20,000-25,000 troops")
    assert (r.low, r.high, r.value) == (20000, 25000, 22500)


def test_change_from_to_is_two_levels():
    """'cut from 36,000 to 24,000' states two levels, not a range."""
    a, b = find_numbers("to cut troops from some 36,000 to 24,000")
    assert (a.value, b.value) == (36000, 24000)


@pytest.mark.parametrize("text", ["F-35 jets", "T-72 tanks", "the 101st Airborne", "5th Corps", "[1]",
                                  "at 10:30", "an 18-year-old", "a five-year plan"])
def test_not_numbers(text):
    """Model names, ordinals, citations, times, ages and durations are not number mentions."""
    assert [m for m in find_numbers(text) if m.kind != "year"] == []


def test_years_are_marked():
    """A bare year is kind 'year', never a count."""
    assert [m.kind for m in find_numbers("in 2019 troops left; The 2018 budget")] == ["year", "year"]


def test_normalize_keeps_length():
    """Normalisation maps one character to one character, so offsets carry over."""
    text = "\u201c28\u202f500\u201d \u2212 \uff12\uff18\uff0c\uff15\uff10\uff10 \u0662\u0668\u066c\u0665\u0660\u0660 \u0130"
    assert len(normalize(text)) == len(text)


@pytest.mark.parametrize("text", ["\uff12\uff18\uff0c\uff15\uff10\uff10 troops", "\u0662\u0668\u066c\u0665\u0660\u0660 troops"])
def test_full_width_and_arabic_indic_digits(text):
    """Full-width and Arabic-Indic digits parse, and the quote keeps the original characters."""
    (m,) = find_numbers(text)
    assert m.value == 28500 and text[m.start:m.end] == text.split(" ")[0]


def test_five_thousand_digit_number_is_refused_quickly():
    """Hostile: a 5,000-digit number is not a figure and does not crash int()."""
    assert find_numbers("1" * 5000 + " troops") == []


def test_megabyte_of_commas_is_linear():
    """Hostile: a 1 MB line of '1,1,1,...' finishes well under a second (no backtracking)."""
    line = "1," * 500_000
    t0 = time.perf_counter()
    find_numbers(line)
    assert time.perf_counter() - t0 < 1.0


@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_integers_round_trip(n):
    """Property: any integer written with comma grouping parses back to itself."""
    assert parse_numeral(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_decimals_round_trip(whole, frac):
    """Property: 'W.FF' parses to the float of the same text."""
    text = f"{whole:,}.{frac:02d}"
    assert parse_numeral(text) == float(f"{whole}.{frac:02d}")


@given(st.text(max_size=300))
def test_find_numbers_never_crashes_and_spans_are_inside(text):
    """Property: arbitrary text never raises, and every span lies inside the text."""
    for m in find_numbers(text):
        assert 0 <= m.start < m.end <= len(text)


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["million", "billion", "trillion"]))
def test_scale_words_multiply(n, scale):
    """Property: 'N scale' is N times the scale."""
    factor = {"million": 1e6, "billion": 1e9, "trillion": 1e12}[scale]
    (m,) = find_numbers(f"{n} {scale}")
    assert m.value == n * factor
