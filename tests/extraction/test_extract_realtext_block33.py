"""Classes of real-news wording met in block 33 (devset33, worked after its first contact: establishment
strengths that count civilians, a UN force's own total, one service among several, multi-year sums with their
conversion, NATO's recommendation, a change 'from its current level of' one share to another, and clock times
that look like years).

Every sentence here is the project's own, written to show a class of wording; none is copied from a
development set.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import figs


def _all(text: str, published: date = date(2025, 6, 1), **info):
    return extract_figures(text, ArticleInfo("t", published, **info))


def test_servicemen_inside_a_total_with_civilians_are_the_strength():
    found = figs("Under the new decree, Belarus's armed forces personnel will grow to 72,000, with the number of "
                 "service members remaining at 48,000. The previous decree set the total at 70,000, including "
                 "46,000 servicemen.")
    assert {("BLR", "active_personnel", 48_000, ""), ("BLR", "active_personnel", 46_000, "")} <= found
    assert not {f for f in found if f[2] in (72_000, 70_000)}


def test_an_organic_strength_is_an_establishment_not_the_active_force():
    found = figs("Minsk has set the organic strength of the country's armed forces at 71,500, the decree says.")
    assert not found


def test_a_peacekeeping_forces_own_total_is_no_contributors_strength():
    found = figs("Ireland is the fifth largest contributor to the UN peacekeeping force in Lebanon. The force currently "
                 "has 10,000 soldiers but is scheduled to number 12,000.")
    assert not {f for f in found if f[0] == "IRL"}


def test_an_army_to_be_reduced_in_a_text_naming_the_other_services_is_one_service():
    found = figs("The minister announced that the army will be reduced to 64,000 by 2030. The Royal Navy and the Royal "
                 "Air Force keep their numbers.")
    assert not found


def test_a_service_with_an_including_aside_and_services_with_counts_of_their_own():
    found = figs("Peru had 81,000 active personnel. The army had 47,500 personnel. The navy, including naval aviation "
                 "and marines, had 24,000 personnel. The air force had 9,500 personnel.")
    assert ("PER", "active_personnel", 81_000, "") in found
    assert not {f for f in found if f[2] in (47_500, 24_000, 9_500)}


def test_a_sum_over_the_next_years_is_no_annual_budget_even_with_its_conversion():
    found = figs("Norway agreed to allocate 600 billion kroner ($56 billion) to its armed forces over the next 12 years.")
    assert not {f for f in found if f[1] == "defense_budget"}


def test_reaching_a_nato_requirement_is_the_countrys_target_and_natos_recommendation_is_natos():
    found = _all("Latvia will in 2027 reach a NATO requirement on spending 3% of gross domestic product on defence. "
                 "Lithuania adheres to NATO's recommendation of reserving 2 percent of GDP on defence.")
    got = {(f.country_iso3, f.value, f.stage) for f in found}
    assert ("LVA", 3.0, "planned") in got
    assert ("NATO", 2.0, "planned") in got
    assert not {g for g in got if g[0] == "LTU"}


def test_a_change_from_its_current_level_of_one_share_to_another_is_two_shares_not_a_range():
    found = _all("Britain's government promised to increase defence expenditure from its current level of 1.8 per cent "
                 "of GDP to 2.2 per cent.")
    got = sorted(f.value for f in found if f.metric == "defense_share_gdp_pct")
    assert got == [1.8, 2.2]


def test_a_clock_time_is_not_a_year():
    found = _all("One plane carrying about 140 Dutch soldiers landed in Baghdad at 8 p.m. (1700 GMT) to join the "
                 "coalition mission in Iraq.", published=date(2016, 4, 1))
    assert {f.year for f in found} <= {2016}


def test_a_change_in_apposition_with_its_share_after_the_request():
    found = figs("The White House is requesting $690 billion for the Defense Department for fiscal 2021, a $21 billion, "
                 "or 3 percent, increase from the current year.")
    assert {("USA", "budget_change_amount", 21e9, ""), ("USA", "budget_change_pct", 3.0, "")} <= found


def test_a_planned_year_on_year_increase_in_the_budget():
    found = figs("The Danish government announced a 7.4% year-on-year planned increase in the national defence budget "
                 "to DKK32.1 billion.")
    assert {("DNK", "budget_change_pct", 7.4, ""), ("DNK", "defense_budget", 32.1e9, "")} <= found


def test_an_active_guard_and_reserve_force_is_neither_metric():
    found = figs("The budget calls for an active, Guard and Reserve force of 2,101,000 personnel, the Pentagon said.")
    assert not {f for f in found if f[1] in ("active_personnel", "reserve_personnel")}


def test_french_deployment_with_country_names_a_war_place_and_a_mirage_2000():
    text = ("La présence militaire française au sein de l'Otan en Lettonie va être prolongée au-delà de la relève "
            "prévue en mars 2023. Au titre de la situation de guerre en Ukraine, il a été décidé de maintenir notre "
            "dispositif. « On va maintenir une compagnie, environ 150 à 180 militaires, avec des blindés », a-t-il dit, "
            "faisant également état du déploiement de quatre Mirage 2000.")
    found = _all(text, published=date(2023, 2, 1))
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3, f.year) for f in found}
    assert ("FRA", "troops_deployed", 165.0, "LVA", 2023) in got
    assert not {g for g in got if g[3] == "UKR" or g[4] == 2000}


def test_personnel_serving_now_and_the_level_a_decline_is_from():
    found = _all("A total of 290,500 military personnel are currently serving in the Greek armed forces, the ministry "
                 "said, revealing a sharp decline from the 301,200 at the end of last year.", published=date(2024, 3, 1))
    got = {(f.country_iso3, f.metric, f.value) for f in found}
    assert {("GRC", "active_personnel", 290_500), ("GRC", "active_personnel", 301_200)} <= got


def test_portuguese_trillions_are_read_with_their_scale():
    from dashboard.extraction.gloss import gloss
    text = ("Os gastos militares de todos países somados totalizaram R$ 6,1 trilhões no último ano, segundo o relatório "
            "do instituto, que aponta ainda que foram desembolsados cerca de R$ 800 por habitante do planeta.")
    assert "6.1 trillion" in gloss(text, "pt").text
