"""Classes of real-news wording met in blocks 34-35 (devset35 and devset36, worked after their first contacts).

Every sentence here is the project's own, written to show a class of wording; none is copied from a
development set.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import figs


def _all(text: str, published: date = date(2025, 6, 1), **info):
    return extract_figures(text, ArticleInfo("t", published, **info))


def test_the_force_after_a_sentence_that_named_the_defence_force_and_png_by_its_initials():
    found = figs("THE strength of the PNG Defence Force will be increased to 8,000 over the next decade, the minister "
                 "said. He said the government had down-sized the force from 3,500 to 2,100 in 2002, when the "
                 "Indonesians were building up theirs.")
    assert {("PNG", "active_personnel", 8_000, ""), ("PNG", "active_personnel", 3_500, ""),
            ("PNG", "active_personnel", 2_100, "")} <= found
    assert not {f for f in found if f[0] == "IDN"}


def test_a_force_without_a_defence_force_named_stays_unread():
    assert not figs("The police task force grew from 3,500 to 4,100 officers last year, the city said.")


def test_a_second_countrys_strength_after_the_first_in_the_same_sentence():
    found = figs("Thailand has 300,000 troops in its armed forces, Cambodia only 120,000, officials said.")
    assert {("THA", "active_personnel", 300_000, ""), ("KHM", "active_personnel", 120_000, "")} <= found


def test_german_personalstaerke_and_spending_in_us_dollars():
    text = ("Die modernen Streitkräfte der Arabischen Republik Ägypten haben ihre Ursprünge in der ägyptischen Armee. "
            "Sie hat eine aktuelle Personalstärke von circa 340.000 Mann zuzüglich etwa 90.000 Reservisten. Die "
            "staatlichen Ausgaben für die Streitkräfte beliefen sich im Jahr 2007 auf 2,6 Milliarden US-Dollar.")
    got = {(f.country_iso3, f.metric, f.value) for f in _all(text)}
    assert {("EGY", "active_personnel", 340_000), ("EGY", "reserve_personnel", 90_000), ("EGY", "defense_budget", 2.6e9)} <= got


def test_manats_are_a_currency():
    from dashboard.extraction.numbers import find_numbers
    assert [(n.kind, n.currency) for n in find_numbers("from 6,421 million manats")] == [("money", "AZN")]


def test_a_bare_level_a_change_goes_to_is_in_the_unit_it_comes_from():
    found = _all("Italian defence spending went from about 21,900 million euros to more than 31,000 in 2025, officials said.")
    got = {(f.country_iso3, f.metric, f.value, f.currency) for f in found}
    assert {("ITA", "defense_budget", 21.9e9, "EUR"), ("ITA", "defense_budget", 31e9, "EUR")} <= got


def test_a_topic_country_owns_its_pronoun():
    found = figs("Russia relies on tactical nuclear arms. As for Portugal in particular, its annual military spending for "
                 "2025 amounts to more than 4,900 million euros.")
    assert ("PRT", "defense_budget", 4.9e9, "") in found
    assert not {f for f in found if f[0] == "RUS"}


def test_people_who_serve_in_the_armed_forces_are_the_strength():
    found = figs("MOSCOW, January 29. 870,000 people serve in the Ukrainian Armed Forces, the president claims.")
    assert ("UKR", "active_personnel", 870_000, "") in found


def test_a_budget_that_amounts_to_an_amount_is_a_level_not_a_change():
    found = figs("Israel will boost defence spending this year, its prime minister said. One of the report's proposals "
                 "was to cut a defence budget that amounts to around $15bn, of which $3bn comes in annual US military aid.")
    assert ("ISR", "defense_budget", 15e9, "") in found
    assert not {f for f in found if f[1] == "budget_change_amount"}


def test_the_strength_of_the_army_reduced_from_one_level_to_another_is_one_service():
    assert not figs("Accordingly, the strength of the Army will be reduced from 180,000 now to 90,000 by the year "
                    "2030, Sri Lanka's defence secretary said.")


def test_a_budget_in_brackets_after_the_defence_budget():
    found = figs("Nigeria's defence budget (N256.02bn) was eighth in Africa in 2012, the report said.")
    assert ("NGA", "defense_budget", 256.02e9, "") in found
