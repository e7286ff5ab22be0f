"""Classes of real-news wording met in block 32 (devset32, worked after its first contact: strengths listed
after a colon, a force that 'consists of' its count, the bare 'military' as a noun, foreign troops that
'augment' a host's forces, targets of NATO's share named by the country that aims at them, and the Canadian
dollar written 'CA $').

Every sentence here is the project's own, written to show a class of wording; none is copied from a
development set.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from dashboard.extraction.numbers import find_numbers
from tests.extraction.realtext import figs


def _all(text: str, published: date = date(2025, 6, 1)):
    return extract_figures(text, ArticleInfo("t", published))


def test_a_force_consisting_of_its_count_is_the_whole_and_the_level_it_rises_from_is_todays():
    found = _all("With a military consisting of about 120,000 soldiers (up from the current level of 95,000), the "
                 "Romanian army will outgrow its neighbours.")
    got = {(f.country_iso3, f.metric, f.value, f.stage) for f in found}
    assert ("ROU", "active_personnel", 120_000, "planned") in got
    assert ("ROU", "active_personnel", 95_000, "") in got


def test_a_component_named_after_a_target_is_no_continuation_of_the_whole():
    found = figs("Hungary plans a larger force. The final target is 20,000 territorial defence members and 60,000 "
                 "professional soldiers, the minister said.")
    assert not {f for f in found if f[2] == 20_000}


def test_strengths_listed_after_a_colon_are_each_countrys_own():
    found = _all("Hungary's army of 41,000 active soldiers will outnumber those of its neighbours: Austria, 16,000. "
                 "Slovakia, 19,500. Slovenia, 7,000.")
    got = {(f.country_iso3, f.metric, f.value, f.stage) for f in found}
    assert {("AUT", "active_personnel", 16_000, ""), ("SVK", "active_personnel", 19_500, ""),
            ("SVN", "active_personnel", 7_000, "")} <= got
    slovenia = next(f for f in found if f.country_iso3 == "SVN")
    assert slovenia.passage.startswith("Hungary's army of 41,000")  # the item says what it counts


def test_a_colon_list_stops_at_a_sentence_that_is_more_than_an_item():
    found = figs("Hungary's army has 41,000 active soldiers: Austria, 16,000. Austria, with 16,000, spent 4,000 "
                 "on drills in 2024.")
    assert ("AUT", "active_personnel", 16_000, "") in found
    assert not {f for f in found if f[2] == 4_000}


def test_the_bare_military_after_a_count_is_the_force_and_a_cut_horizon_is_not_its_year():
    found = _all("Ankara wants to trim about a fifth of its 355,000 military through 2030, officials said.",
                 published=date(2024, 3, 1))
    assert {(f.country_iso3, f.metric, f.value, f.year) for f in found} == {("TUR", "active_personnel", 355_000, 2024)}


def test_foreign_troops_that_augment_a_hosts_forces_are_deployed_there():
    found = _all("Greece's military is supported by 1,200 U.S. troops, a legacy of the 1974 Cyprus crisis.",
                 published=date(2023, 5, 1))
    assert [(f.country_iso3, f.metric, f.value, f.host_iso3, f.year) for f in found] == [
        ("USA", "troops_deployed", 1_200, "GRC", 2023)]


def test_the_ministry_is_the_articles_own_not_the_country_the_sentence_before_named():
    found = figs("Romania wants to cut a quarter of its armed forces, the Defence Ministry said. Neighbouring Ukraine "
                 "meanwhile fields a far larger army. The plan calls for reducing the number of troops to 60,000, "
                 "the ministry said in a statement.")
    assert ("ROU", "active_personnel", 60_000, "") in found
    assert not {f for f in found if f[0] == "UKR"}


def test_a_country_a_sentence_is_compared_with_is_not_its_subject():
    found = _all("Belgium currently spends 1.3% of GDP on defence. This is lower than the United States, where "
                 "defence took 3.4% of GDP in 2023. But the new government says it will raise spending to 2% of GDP.")
    got = {(f.country_iso3, f.value, f.stage) for f in found if f.metric == "defense_share_gdp_pct"}
    assert ("BEL", 2.0, "planned") in got
    assert ("USA", 3.4, "") in got
    assert ("USA", 2.0, "planned") not in got


def test_a_country_hitting_natos_target_owns_the_share_as_a_target():
    found = _all("Portugal Lifts Defence Spending to Hit NATO 2% Target")
    assert [(f.country_iso3, f.metric, f.value, f.stage) for f in found] == [
        ("PRT", "defense_share_gdp_pct", 2.0, "planned")]


def test_natos_own_target_stays_the_alliances_and_a_share_spent_is_no_target():
    found = _all("Norway spent 2.2% of GDP on defence last year, above the alliance's 2% target.")
    got = {(f.country_iso3, f.value, f.stage) for f in found}
    assert ("NOR", 2.2, "") in got
    assert ("NATO", 2.0, "planned") in got


def test_country_letters_spaced_from_the_dollar_sign_name_the_currency():
    text = "He pledged an extra US $1.2 billion (CA $1.6 billion), but A $5 billion line stays."
    got = [(n.currency, text[n.start:n.end]) for n in find_numbers(text) if n.kind == "money"]
    assert got == [("USD", "US $1.2 billion"), ("CAD", "CA $1.6 billion"), ("USD", "$5 billion")]


def test_an_extra_amount_pledged_for_the_defence_department_is_a_change_and_its_conversion_too():
    found = figs("Ottawa pledged an extra US $1.2 billion (CA $1.6 billion) for the Department of National Defence in "
                 "the current fiscal year.")
    assert ("CAN", "budget_change_amount", 1.2e9, "") in found
    assert ("CAN", "budget_change_amount", 1.6e9, "") in found
