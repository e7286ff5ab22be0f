"""The twenty-second sitting (2026-12-07): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change (the guards pass on both)."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures


def rows(text: str, published: date | None = date(2024, 6, 1)) -> set[tuple[str, str, float]]:
    """(country, metric, value) of every figure of ``text``."""
    return {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", published))}


def test_the_money_a_share_comes_to_after_the_gdp_it_is_a_share_of():
    text = "Ghana spends about 0.4% of its estimated $76bn GDP on defence, translating to approximately $300m a year."
    found = rows(text)
    assert ("GHA", "defense_share_gdp_pct", 0.4) in found
    assert ("GHA", "defense_budget", 300e6) in found
    assert not any(value == 76e9 for _, _, value in found)


def test_a_share_which_translates_into_an_amount():
    found = rows("Chile spends 1.6 percent of GDP on its armed forces, which translates into $5.1 billion.")
    assert ("CHL", "defense_budget", 5.1e9) in found


def test_an_amount_more_after_a_share_stays_a_change():  # (guard)
    found = rows("Kenya's defence spending is 1.1% of its $100 billion GDP, or $1.2 billion more than last year.")
    assert ("KEN", "defense_budget", 1.2e9) not in found
