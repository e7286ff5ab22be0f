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


def test_a_share_which_corresponds_to_an_amount():
    found = rows("Austria currently spends 1.3 percent of its GDP on defence, which corresponds to around 6 billion euros.")
    assert ("AUT", "defense_budget", 6e9) in found
    found = rows("Austria plans to spend 2 percent of GDP on defence by 2032, which would correspond to about 11 billion euros.")
    assert ("AUT", "defense_budget", 11e9) in found


def test_a_defence_budget_that_has_touched_an_amount():
    found = rows("Officials said the Indian defence budget has touched Rs 6,50,000 crore in the financial year 2025-26.")
    assert ("IND", "defense_budget", 6.5e12) in found


def test_a_total_comprised_of_active_duty_and_reserve_is_neither_and_its_parts_are_each():
    found = rows("Iran has over 1 million military personnel, comprised of 600,000 active duty and 400,000 in reserve.")
    assert ("IRN", "active_personnel", 1e6) not in found
    assert ("IRN", "active_personnel", 600_000) in found
    assert ("IRN", "reserve_personnel", 400_000) in found


def test_active_duty_before_a_noun_and_days_of_active_duty():  # (guard)
    assert ("IRN", "active_personnel", 600_000) in rows("Iran counts 600,000 active duty soldiers in its armed forces.")
    assert not rows("Iranian reservists served 200 days of active duty in 2023.")
