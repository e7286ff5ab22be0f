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


def _all(text: str, published: date = date(2025, 6, 1), **info):
    return extract_figures(text, ArticleInfo("t", published, **info))


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


def test_a_contingent_takes_the_host_its_article_named_however_far_back():
    found = figs("Nepalese troops are ready for their deployment in Lebanon. Their commander said they had trained for "
                 "months. He thanked the army. He praised the soldiers. The contingent has 870 personnel, including "
                 "medics.")
    assert ("NPL", "troops_deployed", 870, "LBN") in found
    assert ("NPL", "active_personnel", 870, "") not in found


def test_troop_numbers_to_a_year_like_count_are_troops():
    found = _all("Pentagon Revises Troop Numbers to 1900 in Syria", published=date(2019, 2, 1))
    assert [(f.country_iso3, f.metric, f.value, f.host_iso3, f.year) for f in found] == [
        ("USA", "troops_deployed", 1_900, "SYR", 2019)]


def test_a_sentence_that_opens_on_there_places_its_count_where_the_sentence_before_did():
    found = figs("The French army has fought in Chad since 2014. There, in a vast desert, 3,100 soldiers "
                 "hunt armed groups.")
    assert ("FRA", "troops_deployed", 3_100, "TCD") in found


def test_countries_named_in_brackets_are_an_aside_not_the_subject():
    found = figs("The French army has fought across five countries (Mali, Niger and Chad among them) since 2014. "
                 "There, 3,100 soldiers hunt armed groups.")
    assert not {f for f in found if f[0] in ("MLI", "NER", "TCD")}


def test_a_capacity_of_marines_is_a_ceiling_not_a_deployment():
    found = figs("Officials said the capacity of U.S. Marines in Guam increased to 9,000 last year.")
    assert not found


def test_troops_expected_home_are_a_withdrawal_not_a_deployment():
    found = figs("About 600 Ugandan troops will return from Somalia. The 600 soldiers are expected home once troops "
                 "from Ghana arrive in Somalia.")
    assert not {f for f in found if f[2] == 600}


def test_reservists_the_army_has_called_up_so_far_are_its_reserve_figure():
    found = _all("The army, so far, has called up around 1.2 lakh reservists to join the operation.",
                 published=date(2024, 1, 10), title="Sri Lanka mobilises")
    assert {(f.country_iso3, f.metric, f.value) for f in found} == {("LKA", "reserve_personnel", 120_000)}
    assert not figs("The ministry plans to call up 20,000 reservists next month to Lithuania's forces.")


def test_an_amount_the_next_sentence_says_is_up_from_a_budget_is_the_new_level():
    found = _all("The projection of what this figure will be in 2030-31 is around NZ$9.4 billion. This is up from "
                 "NZ$5.1 billion in the next financial year.", published=date(2024, 5, 1), title="New Zealand defence")
    got = {(f.country_iso3, f.metric, f.value, f.year) for f in found}
    assert ("NZL", "defense_budget", 9.4e9, 2030) in got
    assert ("NZL", "defense_budget", 5.1e9, 2024) in got


def test_a_budget_that_went_from_one_level_to_another_and_one_pushed_to_a_total():
    found = figs("Defence got more, as its budget went from 28.3 billion rand in 2022 to 30 billion rand in 2023. "
                 "Parliament approved an extra R2 billion, pushing the total defence allocation for next year to "
                 "R32 billion.")
    assert {("ZAF", "defense_budget", 28.3e9, ""), ("ZAF", "defense_budget", 30e9, ""),
            ("ZAF", "defense_budget", 32e9, ""), ("ZAF", "budget_change_amount", 2e9, "")} <= found


def test_conversions_in_brackets_follow_the_budgets_a_list_reads():
    found = figs("Kenya ranks fifth behind Sudan on $4.3 billion (Sh430 billion), South Africa $3.6 billion "
                 "(Sh360 billion) and Angola $3 billion (Sh300 billion) in military budgets.")
    assert {("ZAF", "defense_budget", 3.6e9, ""), ("ZAF", "defense_budget", 360e9, ""),
            ("AGO", "defense_budget", 300e9, "")} <= found


def test_spanish_en_un_before_a_percent_is_by_and_respecto_a_is_compared_with():
    found = _all("Perú aumentará su presupuesto para Defensa en 2026 en casi un 7% respecto a 2025, según el Ministerio "
                 "de Economía. El Gobierno de Perú ha presentado el presupuesto asignado al sector de la Defensa para "
                 "el próximo año, con atenciones enfocadas en la renovación de los equipos de las Fuerzas Armadas.",
                 published=date(2025, 9, 1))
    assert {(f.country_iso3, f.metric, f.value, f.year) for f in found} == {("PER", "budget_change_pct", 7.0, 2026)}
