"""The twenty-first sitting (2026-12-07): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change (the guards pass on both)."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures


def years(text: str, published: date | None) -> dict[tuple[str, str, float], int | None]:
    """Each figure's year, keyed by its country, metric and value."""
    return {(f.country_iso3, f.metric, f.value): f.year for f in extract_figures(text, ArticleInfo("t", published))}


def test_a_data_date_dates_a_present_head_count_and_the_sentences_after_it():
    text = ("Figures from the United Nations, as of October 31, 2023, show that Ghana currently has 2,731 personnel "
            "serving on peace missions.\n\nPresently, Ghana keeps 870 peacekeepers in Lebanon.")
    found = years(text, date(2024, 2, 1))
    assert found[("GHA", "troops_deployed", 2731)] == 2023
    assert found[("GHA", "troops_deployed", 870)] == 2023


def test_a_data_date_years_old_does_not_date_what_is_there_now():  # (guard)
    text = ("As of 2015, Ghana had 3,000 peacekeepers abroad.\n\nToday Ghana keeps 870 peacekeepers in Lebanon.")
    assert years(text, date(2024, 2, 1))[("GHA", "troops_deployed", 870)] == 2024


def test_a_change_on_a_year_and_the_level_it_reaches_are_the_named_years():
    text = "The minister said Latvia's defence budget in 2025 will grow by 30 percent on 2024 to more than $1.6 billion."
    found = years(text, date(2024, 12, 1))
    assert found[("LVA", "budget_change_pct", 30)] == 2025
    assert found[("LVA", "defense_budget", 1.6e9)] == 2025


def test_a_percent_over_an_amount_allocated_in_a_year_is_the_change_of_the_year_after():
    text = ("Parliament passed the budget for 2003, which gives the Kazakh armed forces 40 billion tenge. The bill "
            "raises military spending by 25 percent over the 32 billion tenge allocated in 2002.")
    found = years(text, date(2003, 1, 20))
    assert found[("KAZ", "budget_change_pct", 25)] == 2003
    assert found[("KAZ", "defense_budget", 32e9)] == 2002


def test_below_a_years_levels_is_a_base_compared_with():
    text = "Peru planned a military budget of 900 million soles, 12 percent below 1991 levels."
    found = years(text, date(1992, 9, 1))
    assert found[("PER", "defense_budget", 900e6)] == 1992
    assert found[("PER", "budget_change_pct", -12)] == 1992


def test_the_year_before_is_the_year_before_the_one_the_sentence_names():
    text = ("Norway will spend NOK 90 billion on defence in the 2024 budget year, up from NOK 82 billion the year before.")
    found = years(text, date(2024, 10, 6))
    assert found[("NOR", "defense_budget", 90e9)] == 2024
    assert found[("NOR", "defense_budget", 82e9)] == 2023


def test_a_year_earlier_with_no_year_named_is_the_year_before_publication():
    text = "Chile's army numbered 36,000 soldiers, down from 38,000 a year earlier."
    assert years(text, date(2019, 5, 1))[("CHL", "active_personnel", 38000)] == 2018


def test_the_year_before_last_is_no_year_before():  # (guard)
    text = "Chile's defence budget rose to $5.1 billion in 2019 from $4.7 billion the year before last."
    assert years(text, date(2019, 5, 1))[("CHL", "defense_budget", 5.1e9)] == 2019
