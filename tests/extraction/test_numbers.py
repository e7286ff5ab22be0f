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


def test_megabyte_of_commas_is_refused_in_linear_time():
    """Hostile: a 1 MB line of '1,1,1,...' is no number, and costs CPU time in proportion to its length.

    CPU time, not wall time, and a ratio with a wide margin: a loaded machine does not fail it, a
    backtracking pattern (64x for 8x the text) does. The timings are in benchmarks/RESULTS.md
    ("Adversarial inputs", commas-1,1,1).
    """
    small, big = "1," * 62_500, "1," * 500_000

    def cpu(text: str) -> float:
        t0 = time.process_time()
        assert find_numbers(text) == []
        return time.process_time() - t0

    cpu(small)  # warm
    assert cpu(big) <= 8 * 4 * min(cpu(small), cpu(small)) + 0.05


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


# ---------------------------------------------------------------------------
# Number forms seen in real news
# ---------------------------------------------------------------------------


def one(text: str):
    """The single mention in ``text`` (fails when there are none or several)."""
    (m,) = find_numbers(text)
    return m


@pytest.mark.parametrize("text, quote, value", [
    ("a force of 26-thousand-800 troops", "26-thousand-800", 26800),
    ("some 2.1-million people", "2.1-million", 2.1e6),
    ("a two-million-strong army", "two-million", 2e6),
    ("half a million troops", "half a million", 5e5),
    ("a quarter of a million reservists", "a quarter of a million", 2.5e5),
    ("two and a half million men", "two and a half million", 2.5e6),
    ("a million soldiers", "a million", 1e6),
])
def test_broadcast_and_spoken_numerals(text, quote, value):
    """Broadcast numerals: hyphenated scales, 'half a million', 'two and a half million'."""
    m = one(text)
    assert (text[m.start:m.end], m.value, m.kind) == (quote, value, "count")


def test_almost_a_million_is_approximate():
    """'almost a million': the article belongs to the figure, so the hedge before it is found."""
    m = one("almost a million soldiers")
    assert (m.value, m.qualifier) == (1e6, "approx")


@pytest.mark.parametrize("text, value, kind", [
    ("50-point-15 trillion won", 50.15e12, "money"),
    ("46-point-seven trillion won", 46.7e12, "money"),
    ("seven-point-four percent", 7.4, "percent"),
    ("one-point-two-five million troops", 1.25e6, "count"),
])
def test_point_decimals(text, value, kind):
    """Broadcast decimals written with 'point': '50-point-15 trillion won', 'seven-point-four percent'."""
    m = one(text)
    assert (m.value, m.kind) == (value, kind)


@pytest.mark.parametrize("text, value, currency", [
    ("2.5 lakh soldiers", 2.5e5, ""),
    ("1.5 crore", 1.5e7, ""),
    ("5.9 lakh crore rupees", 5.9e12, "INR"),
    ("Rs 6.81 lakh crore", 6.81e12, "INR"),
    ("\u20b96.21 lakh crore", 6.21e12, "INR"),
    ("Rs 6,81,210.27 crore", 6.8121027e12, "INR"),
])
def test_indian_numbering(text, value, currency):
    """Indian scales: lakh, crore, lakh crore, Indian digit grouping, Rs and the rupee sign."""
    m = one(text)
    assert (m.value, m.currency) == (value, currency)


@pytest.mark.parametrize("text, value, currency", [
    ("1 trillion 67 billion yuan", 1.067e12, "CNY"),
    ("3 million 500 thousand", 3.5e6, ""),
])
def test_compound_scales(text, value, currency):
    """Chinese-style compound figures: one amount stated with two scale words."""
    m = one(text)
    assert (m.value, m.currency, text[m.start:m.end]) == (value, currency, text)


def test_compound_scales_need_a_smaller_second_scale():
    """'1 trillion, 67 billion' (a list) and '2 billion 3 billion' stay two figures."""
    assert [m.value for m in find_numbers("1 trillion, 67 billion")] == [1e12, 67e9]
    assert [m.value for m in find_numbers("2 billion 3 billion")] == [2e9, 3e9]


@pytest.mark.parametrize("text, low, high, currency", [
    ("1.5 to 1.75 million", 1.5e6, 1.75e6, ""),
    ("between 20 and 25 billion dollars", 20e9, 25e9, "USD"),
    ("$3-4 billion", 3e9, 4e9, "USD"),
    ("between $20 and $25 billion", 20e9, 25e9, "USD"),
    ("900 to 1,000 troops", 900, 1000, ""),
    ("\u20ac3 to 4 billion", 3e9, 4e9, "EUR"),
])
def test_ranges_with_one_scale_word(text, low, high, currency):
    """Ranges whose scale word or currency comes once apply it to both ends."""
    m = one(text)
    assert (m.qualifier, m.low, m.high, m.currency) == ("range", low, high, currency)


def test_range_scale_not_lent_when_implausible():
    """'from 900 to 1 million': 900 million would exceed the upper end, so 900 stays 900."""
    assert [m.value for m in find_numbers("from 900 to 1 million")] == [900, 1e6]


def test_change_from_to_lends_scale_and_currency():
    """'rose from $3 to 4 billion': two levels, both in billions of dollars."""
    a, b = find_numbers("spending rose from $3 to 4 billion")
    assert (a.value, a.currency, b.value, b.currency) == (3e9, "USD", 4e9, "USD")


@pytest.mark.parametrize("text, value, currency", [
    ("P6.352 trillion", 6.352e12, "PHP"),
    ("P1,250", 1250, "PHP"),
    ("Php 430.87 billion", 430.87e9, "PHP"),
    ("R51.1 billion", 51.1e9, "ZAR"),
    ("TL 913.9 billion", 913.9e9, "TRY"),
    ("913.9 billion TL", 913.9e9, "TRY"),
    ("913.9 billion liras", 913.9e9, "TRY"),
    ("NT$647 billion", 647e9, "TWD"),
    ("A$42 billion", 42e9, "AUD"),
    ("S$23.4 billion", 23.4e9, "SGD"),
    ("Sg$504 million", 504e6, "SGD"),
    ("C$30 billion", 30e9, "CAD"),
    ("HK$5 billion", 5e9, "HKD"),
    ("NZ$5 billion", 5e9, "NZD"),
    ("200 billion zlotys", 200e9, "PLN"),
    ("187 billion z\u0142oty", 187e9, "PLN"),
    ("2.8 trillion hryvnia", 2.8e12, "UAH"),
    ("5 billion hryvnias", 5e9, "UAH"),
    ("UAH 5 billion", 5e9, "UAH"),
    ("300 billion kronor", 300e9, "SEK"),
    ("30 billion Danish kroner", 30e9, "DKK"),
    ("155 trillion rupiah", 155e12, "IDR"),
    ("5 billion ringgit", 5e9, "MYR"),
    ("200 billion baht", 200e9, "THB"),
    ("20.5 trillion dong", 20.5e12, "VND"),
    ("500 billion naira", 500e9, "NGN"),
    ("5 billion shekels", 5e9, "ILS"),
    ("70 billion riyals", 70e9, "SAR"),
    ("20 billion UAE dirhams", 20e9, "AED"),
    ("200 billion Philippine pesos", 200e9, "PHP"),
    ("100 billion reais", 100e9, "BRL"),
    ("5.6 trillion kyats", 5.6e12, "MMK"),
    ("EUR 2.617 billion", 2.617e9, "EUR"),
    ("12 billion USD", 12e9, "USD"),
    ("PLN 187bn", 187e9, "PLN"),
    ("187 billion PLN", 187e9, "PLN"),
])
def test_currency_prefixes_and_suffixes(text, value, currency):
    """Currency symbols, codes and names before or after the figure."""
    m = one(text)
    assert (m.value, m.kind, m.currency, text[m.start:m.end]) == (value, "money", currency, text)


@pytest.mark.parametrize("text", ["the P8 model", "a PHP 8 upgrade", "R5 road", "we need 5 more try"])
def test_guarded_currency_prefixes_stay_labels(text):
    """'P', 'R' and 'PHP' are money only before a scale word or grouped digits; lower-case codes never."""
    assert all(m.kind != "money" for m in find_numbers(text))


@pytest.mark.parametrize("text", [
    "66.3 trillion\nwon", "66.3\ntrillion won", "66.3  trillion  won", "66.3\u00a0trillion\u2009won",
    "\u20a9 66.3\ntrillion", "KRW\n66.3 trillion", "KRW  66.3 trillion", "66.3 trillion \n won",
])
def test_line_breaks_between_figure_and_words(text):
    """Regression (crash, KeyError '\\nwon'): a line break or spaces between number, scale and currency."""
    m = one(text)
    assert (m.value, m.currency, m.start, m.end) == (66.3e12, "KRW", 0, len(text))


def test_blank_line_is_not_crossed():
    """A blank line is a paragraph break: the currency word after it is not the figure's."""
    assert [(m.value, m.currency) for m in find_numbers("66.3 trillion\n\nwon")] == [(66.3e12, "")]


@pytest.mark.parametrize("text", ["7.2 per cent", "7.2 per\ncent", "7.2\nper cent", "7.2  percent", "7.2 percent",
                                  "7.2 pct", "7.2 pct.", "7.2%", "7.2\u00a0%", "7.2 per\u2009cent"])
def test_percent_spellings(text):
    """'per cent', 'percent', 'pct', '%' with any spacing (one line break at most) are percents."""
    m = one(text)
    assert (m.value, m.kind, text[m.start:m.end].rstrip(".")) == (7.2, "percent", text.rstrip("."))


def test_percentage_points_stay_distinguishable():
    """'percentage points': a percent whose span stops before 'points', so rules can tell them apart."""
    text = "up 0.5 percentage points"
    m = one(text)
    assert m.kind == "percent" and text[m.end:].strip() == "points"


@pytest.mark.parametrize("text, value", [("one percent", 1.0), ("one per cent of GDP", 1.0)])
def test_one_percent_is_a_figure(text, value):
    """'one' alone is not a figure, but 'one percent' is."""
    assert one(text).value == value


# ---------------------------------------------------------------------------
# Traps: a numeral the parser cannot read with certainty gives no number at all
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["28_500 troops", "1e999 troops", "1.5e3 troops", "2E+10 dollars",
                                  "28\u200b500 troops", "28\u00ad500 troops", "28\u2060500 troops",
                                  "28,5\u200b00 troops", "1,\u200b234 troops", "28\ufeff500 troops"])
def test_unreadable_numerals_give_nothing(text):
    """Underscores, exponents and invisible characters inside a numeral: no number, never a wrong one."""
    assert find_numbers(text) == []


def test_invisible_characters_between_words_still_separate():
    """A zero-width space used as a space next to a number leaves the number alone."""
    assert [m.value for m in find_numbers("500\u200btroops and troops,\u200b600 more")] == [500, 600]


@pytest.mark.parametrize("text, quote, value", [
    ("\u22124.2%", "\u22124.2%", -4.2), ("growth of -4.2%", "-4.2%", -4.2), ("(\u22121.5%)", "\u22121.5%", -1.5),
    ("\u2212$5 billion", "\u2212$5 billion", -5e9),
])
def test_leading_minus(text, quote, value):
    """U+2212 or a hyphen glued to a percent or an amount after a space states a negative."""
    m = one(text)
    assert (text[m.start:m.end], m.value) == (quote, value)


@pytest.mark.parametrize("text, values", [
    ("in 2024-25", [2024]), ("F-35 and 35%", [35]), ("900-1,000 troops", [950]), ("2% -3%", [2.5]),
    ("2024 -3%", [2024, 3]), ("T-90 tanks", []),
])
def test_hyphens_that_are_not_minus(text, values):
    """Fiscal labels, model names, ranges and a hyphen after a number never make a negative."""
    assert [m.value for m in find_numbers(text)] == values


def test_citation_marker_is_not_part_of_the_number():
    """'28,500[1] troops': the glued citation is blanked, the figure and the words after it are read."""
    from datetime import date

    from dashboard.extraction import ArticleInfo, extract_figures

    assert one("28,500[1] troops").value == 28500
    figs = extract_figures("The U.S. has 28,500[1] troops stationed in South Korea.", ArticleInfo("a", date(2018, 6, 1)))
    assert [(f.metric, f.value, f.quote) for f in figs] == [("troops_deployed", 28500, "28,500")]


def test_normalize_blanks_citations_and_marks_invisible_digits():
    """normalize keeps length: citations become spaces, invisible characters inside numerals '_'."""
    text = "28\u200b500 troops[12] and x\u200by"
    assert normalize(text) == "28_500 troops     and x y"


_INVISIBLES = ["\u200b", "\u00ad", "\u2060", "\u200d", "\ufeff"]


@given(st.integers(min_value=0, max_value=10**12), st.one_of(st.none(), st.integers(min_value=0, max_value=999)))
def test_grouped_numerals_in_text_read_exactly(n, frac):
    """Property: a comma-grouped integer or decimal in a sentence gives exactly its value (a count of one to three
    digits with exactly three after a full stop is the one exception: "142.000 troops" groups thousands)."""
    numeral = f"{n:,}" + (f".{frac}" if frac is not None else "")
    text = f"a total of {numeral} troops"
    dot_thousands = frac is not None and len(str(frac)) == 3 and 0 < n < 1000
    expected = float(numeral.replace(",", "")) * (1000 if dot_thousands else 1)
    assert [(text[m.start:m.end], m.value) for m in find_numbers(text)] == [(numeral, expected)]


def test_a_full_stop_groups_thousands_only_in_a_plain_count():
    assert [m.value for m in find_numbers("with 142.000 soldiers and 2.200 tanks")] == [142000.0, 2200.0]
    assert [m.value for m in find_numbers("a rise of 3.125% to $1.250 billion, or 1.5 million troops")] == [
        3.125, 1.25e9, 1.5e6]
    assert [m.value for m in find_numbers("12.3456 and 1234.500 stay decimals")] == [12.3456, 1234.5]


@given(st.integers(min_value=10, max_value=10**12), st.one_of(st.none(), st.integers(min_value=0, max_value=999)),
       st.data())
def test_invisible_character_inside_numeral_never_gives_another_value(n, frac, data):
    """Property: an invisible character inside a grouped numeral never yields a different value there."""
    numeral = f"{n:,}" + (f".{frac}" if frac is not None else "")
    cut = data.draw(st.integers(min_value=1, max_value=len(numeral) - 1))
    invisible = data.draw(st.sampled_from(_INVISIBLES))
    prefix = "a total of "
    text = f"{prefix}{numeral[:cut]}{invisible}{numeral[cut:]} troops"
    lo, hi = len(prefix), len(prefix) + len(numeral) + 1
    for m in find_numbers(text):
        if m.start < hi and m.end > lo:
            assert m.value == float(numeral.replace(",", "")), text
