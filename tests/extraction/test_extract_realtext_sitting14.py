"""The fourteenth sitting (2026-12-06): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change."""

from datetime import date

from tests.extraction.realtext import rows


def test_a_change_from_a_base_years_level_is_the_next_years_and_so_is_the_level_it_reaches():
    text = ("The Philippines' defense department will receive 212.5 billion pesos, reflecting a 18.4 billion pesos or 9.5 "
            "percent increase from the FY 2025 appropriation, the budget office said.")
    found = {(metric, value, year) for _, metric, value, _, year in rows(text, date(2025, 8, 14))}
    assert ("budget_change_amount", 18_400_000_000, 2026) in found and ("budget_change_pct", 9.5, 2026) in found
    assert ("defense_budget", 212_500_000_000, 2026) in found
    # a year named as the base of a change, without a change word before 'from', stays the figure's own year
    other = "The Philippine defense budget was 120 billion pesos, down from the 2025 plan, and 2.4 percent of GDP in 2025."
    assert ("PHL", "defense_share_gdp_pct", 2.4, "", 2025) in rows(other, date(2025, 8, 14))
