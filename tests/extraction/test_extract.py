"""Extraction rules: each metric, the traps, countries, years and offsets (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extraction import ArticleInfo, extract_figures
from dashboard.ingest.articles import read_article


def figs(text: str, published: date | None = date(2024, 6, 1)):
    return extract_figures(text, ArticleInfo("t", published))


def one(text: str, published: date | None = date(2024, 6, 1)):
    found = figs(text, published)
    assert len(found) == 1, [(f.metric, f.quote) for f in found]
    return found[0]


def test_seed_article_has_exactly_three_figures(seed_path):
    """Issue 2, point 1: the seed's three figures, each with quote and passage, nothing else."""
    article = read_article(seed_path)
    found = extract_figures(article.text, ArticleInfo(article.article_id, article.published))
    got = [(f.country_iso3, f.metric, f.value, f.host_iso3, f.year, f.direction) for f in found]
    assert got == [
        ("USA", "troops_deployed", 28500, "KOR", 2025, ""),
        ("KOR", "active_personnel", 450000, "", 2025, ""),
        ("KOR", "budget_trend", None, "", 2026, "increase"),
    ]
    for f in found:
        assert article.text[f.start:f.end] == f.quote
        assert f.quote in f.passage
    assert found[2].quote == "largest defense budget increase in years"
    assert "Seoul aims" in found[1].passage  # the pronoun's antecedent travels with the passage


def test_troops_deployed_with_demonym_and_host():
    f = one("Some 35,000 American troops are based in Germany, officials said.")
    assert (f.country_iso3, f.metric, f.value, f.host_iso3, f.qualifier) == ("USA", "troops_deployed", 35000, "DEU", "approx")


def test_troops_on_territory_of_host():
    f = one("Kyiv says about 700,000 Russian troops are fighting on Ukrainian soil.")
    assert (f.country_iso3, f.metric, f.host_iso3) == ("RUS", "troops_deployed", "UKR")


def test_active_personnel_possessive():
    f = one("Britain's 73,000 regular soldiers make it the smallest army in centuries.")
    assert (f.country_iso3, f.metric, f.value) == ("GBR", "active_personnel", 73000)


def test_active_personnel_military_of():
    f = one("Pakistan maintains a military of roughly 650,000 active personnel.")
    assert (f.country_iso3, f.metric, f.value, f.qualifier) == ("PAK", "active_personnel", 650000, "approx")


def test_reserve_personnel():
    f = one("Finland could call up 280,000 reservists within weeks.")
    assert (f.country_iso3, f.metric, f.value) == ("FIN", "reserve_personnel", 280000)


def test_number_words_personnel():
    f = one("The Indian Army has nearly twelve lakh soldiers.")
    assert (f.country_iso3, f.metric, f.value) == ("IND", "active_personnel", 1.2e6)


@pytest.mark.parametrize("text", [
    "The Pentagon will withdraw 9,500 troops from Germany.",
    "Washington plans to send 3,000 more troops to Poland.",
    "The decree expands the army by 150,000 troops.",
    "Fighting killed 1,200 soldiers last month.",
    "About 300 soldiers took part in the drill near Busan.",
    "The population of South Korea is 51 million.",
    "Seoul ordered 40 F-35 jets and 200 K2 tanks.",
])
def test_troop_changes_and_other_numbers_are_not_figures(text):
    """Withdrawals, additions, casualties, exercises, population and equipment are never rows."""
    assert figs(text) == []


def test_defense_budget_with_conversion_and_change():
    found = figs("Seoul unveiled a 61.2 trillion won ($45.6 billion) defense budget for next year, up 7.5 percent.",
                 date(2024, 8, 27))
    got = [(f.country_iso3, f.metric, f.value, f.currency, f.year) for f in found]
    assert got == [
        ("KOR", "defense_budget", 61.2e12, "KRW", 2025),
        ("KOR", "defense_budget", 45.6e9, "USD", 2025),
        ("KOR", "budget_change_pct", 7.5, "", 2025),
    ]
    assert found[0].stage == "proposed"


def test_budget_decrease_is_negative():
    f = one("Argentina's defense spending will fall by 3.5 percent in 2019, the ministry said.")
    assert (f.metric, f.value, f.year) == ("budget_change_pct", -3.5, 2019)


def test_share_of_gdp():
    f = one("Poland will spend 4.7% of GDP on defense in 2025.")
    assert (f.country_iso3, f.metric, f.value, f.year) == ("POL", "defense_share_gdp_pct", 4.7, 2025)


def test_budget_change_amount():
    f = one("The Pentagon request is $31 billion more than the defense budget enacted for fiscal 2024.")
    assert (f.country_iso3, f.metric, f.value) == ("USA", "budget_change_amount", 31e9)


@pytest.mark.parametrize("text", [
    "The government's overall budget of 115 trillion yen includes welfare.",
    "Congress approved a $61 billion aid package for Ukraine.",
    "The won traded at 1,380 won to the dollar.",
    "The economy grew 2.5 percent while defense spending held steady.",
    "Troops will get a 4.5% pay raise under the defense bill.",
    "Lockheed won a $2.5 billion contract for 32 F-35 jets from the defense ministry.",
])
def test_money_and_percent_traps(text):
    """National budgets, aid, exchange rates, growth, pay raises and contracts are not defense figures."""
    assert [f for f in figs(text) if f.metric != "budget_trend"] == []


def test_budget_trend_needs_no_number():
    f = one("Australia is planning a major defence spending increase next year.")
    assert (f.country_iso3, f.metric, f.direction, f.value, f.year) == ("AUS", "budget_trend", "increase", None, 2025)


def test_fiscal_years_follow_the_country_calendar():
    """'next financial year' in an Indian article of February 2020 is FY2020-21, labelled 2020."""
    f = one("New Delhi allocated Rs 3.5 lakh crore for the defence budget for the next financial year.", date(2020, 2, 1))
    assert (f.country_iso3, f.year, f.value) == ("IND", 2020, 3.5e12)


def test_explicit_fiscal_label():
    f = one("Japan's defense budget for FY2026 is 8.8 trillion yen.", date(2025, 12, 20))
    assert (f.country_iso3, f.year) == ("JPN", 2026)


def test_stock_without_year_takes_published_year():
    f = one("Israel has about 170,000 active troops.", date(2023, 10, 11))
    assert f.year == 2023


def test_offsets_survive_curly_quotes_and_thin_spaces():
    """quote == text[start:end] even with typographic characters around and inside the number."""
    text = "\u201cWe are ready,\u201d he said. The U.S. keeps 28\u202f500 troops stationed in South\u00a0Korea."
    f = one(text)
    assert text[f.start:f.end] == f.quote == "28\u202f500" and f.value == 28500 and f.host_iso3 == "KOR"


def test_pronoun_resolves_to_sentence_subject():
    f = one("Tokyo said its 247,000 active troops need new missiles.")
    assert f.country_iso3 == "JPN"


def test_previous_sentence_supplies_the_country():
    found = figs("Vietnam is modernising fast. There are about 480,000 active soldiers in its forces.")
    assert [(f.country_iso3, f.metric) for f in found] == [("VNM", "active_personnel")]


def test_nothing_in_plain_prose():
    assert figs("Leaders met for two decades of talks on Monday in 2026.") == []
