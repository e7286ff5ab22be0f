"""Classes of real-news wording met in block 9 (devset9, worked after its first contact).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import figs


def test_trained_reserves_after_an_active_count_do_not_make_it_a_training_figure():
    found = figs("Peru keeps a large military, with more than 81,000 active personnel and about 188,000 trained "
                 "reserve personnel.")
    assert ("PER", "active_personnel", 81000.0, "") in found
    # people trained (a change) are still not a strength
    assert not figs("Last year 4,000 Peruvian soldiers were trained by the mission.")


def test_a_rank_position_is_not_a_deployment_verb_and_a_reserve_force_of_is_a_reserve():
    found = figs("By a ranking of reserve manpower, Chile stands at the 40th position with a reserve force of "
                 "40,000 personnel.")
    assert found == {("CHL", "reserve_personnel", 40000.0, "")}


def test_sending_troops_as_a_contribution_or_to_a_place_is_a_deployment_but_more_troops_are_a_change():
    found = figs("Malawi will send 850 troops as part of its contribution to the regional force deployed to fight "
                   "insurgents in Mozambique.")
    assert {f[:3] for f in found} == {("MWI", "troops_deployed", 850.0)}
    assert not {f for f in figs("Canada will send 300 more soldiers to Latvia.") if f[2] == 300.0}


def test_a_rank_reached_by_having_sent_troops_counts_the_contribution_not_its_parts():
    found = figs("Ghana is now the fourth largest troop contributor to United Nations peacekeeping. Ghana rose "
                 "to the 4th position having sent 2,700 troops including 310 female peacekeepers.")
    assert ("GHA", "troops_deployed", 2700.0, "") in found
    assert not {f for f in found if f[2] == 310.0}


def test_troop_count_and_troop_level_are_personnel_nouns_and_name_their_host():
    assert ("USA", "troops_deployed", 900.0, "SYR") in figs("Officials said the U.S. troop count in Syria was 900.")
    assert ("GBR", "troops_deployed", 1200.0, "EST") in figs("The British troop level in Estonia stands at 1,200.")


def test_a_command_named_before_the_noun_is_the_host():
    found = figs("The number of United States Forces Japan troops has held at about 54,000, officials said.")
    assert ("USA", "troops_deployed", 54000.0, "JPN") in found
    assert not {f for f in found if f[1] == "active_personnel"}


def test_a_capacity_and_a_share_of_a_multinational_group_are_not_deployments():
    assert not {f for f in figs("Italy's soldiers train there. Up to 2,000 troops can be stationed at the new "
                                "Italian base in Niger at one time.") if f[2] == 2000.0}
    assert not {f for f in figs("Canada leads and provides about half of a 2,200-strong NATO battlegroup "
                                "stationed in Latvia.") if f[2] == 2200.0}


def test_a_wartime_force_drawn_from_reserves_is_neither_strength():
    found = figs("Estonia can mobilise a wartime force of 43,000 troops from a trained reserve of about 230,000.")
    assert not {f for f in found if f[1] == "active_personnel"}


def test_a_colombian_peso_prefix_in_an_infobox_row():
    text = ("Military of Colombia\nActive personnel | 293,000 (2020) |\nBudget | COL$40.1 trillion "
            "(US$10.3 billion) (2021) |\n")
    found = figs(text)
    assert ("COL", "defense_budget", 40.1e12, "") in found
    assert ("COL", "active_personnel", 293000.0, "") in found


def test_peacekeepers_named_once_then_with_n_currently_deployed():
    found = figs("Indonesia is the largest contributor of peacekeepers in Southeast Asia, with 2,700 currently deployed.")
    assert ("IDN", "troops_deployed", 2700.0, "") in found
    # without peacekeeping in the sentence, "with N deployed" says nothing of troops
    assert not figs("Indonesia leads the region in drones, with 270 currently deployed.")


def test_a_table_with_a_country_column_gives_each_row_to_its_country():
    text = ("The largest reserves in South America in 2024:\nRank | Country | Reserve personnel | Global rank |\n"
            "---|---|---|---|\n1 |\nBrazil |\n1,340,000 |\n8th |\n2 |\nColombia |\n35,000 |\n60th |\n"
            "Source: a ranking site.")
    found = figs(text)
    assert {("BRA", "reserve_personnel", 1340000.0, ""), ("COL", "reserve_personnel", 35000.0, "")} <= found
    # the rank cells are not head counts
    assert not {f for f in found if f[2] in (1.0, 2.0, 8.0, 60.0)}


def test_a_table_stops_at_a_row_that_names_no_country():
    text = ("Country | Active personnel |\n---|---|\nChile | 68,500 |\nThe region | 1,200,000 |\nPeru | 81,000 |\n")
    found = extract_figures(text, ArticleInfo("t", date(2025, 6, 1)))
    from_table = {(f.country_iso3, f.value) for f in found if f.method.startswith("table:")}
    assert from_table == {("CHL", 68500.0)}
    assert not {f for f in found if f.value == 1200000.0}


def test_a_share_of_gdp_that_sizes_a_rise_is_not_a_level():
    found = figs("Norway's prime minister announced a .3% of GDP increase in military spending by 2028, with plans "
                 "to reach 2.5% of GDP spent on defence later.")
    assert ("NOR", "defense_share_gdp_pct", 2.5, "") in found
    assert not {f for f in found if f[2] == 0.3}
    assert not {f for f in figs("Slovakia's defence budget will rise for four years, with a steady annual rise "
                                "of 0.3% of GDP.") if f[2] == 0.3}


def test_a_benchmark_and_a_legal_cap_are_not_a_countrys_share():
    found = figs("Canada's defence budget equals 1.4 percent of GDP. Defence spending of two percent of GDP is "
                 "a crude but common benchmark of an ally's effort.")
    assert ("CAN", "defense_share_gdp_pct", 1.4, "") in found
    assert not {f for f in found if f[2] == 2.0}
    assert not {f for f in figs("Honduras's military budget was 1.5 percent of GDP in 2010; in 2012 the congress "
                                "set the limit at 1.2 percent of GDP.") if f[2] == 1.2}


def test_all_military_personnel_is_neither_active_nor_reserve_but_its_soldiers_are_active():
    assert not {f for f in figs("As of 2023, Malaysia had a total of 250,000 military personnel.")
                if f[1] == "active_personnel"}
    assert not {f for f in figs("Indonesia's total military personnel is estimated at 1.1 million.")
                if f[1] == "active_personnel"}
    found = figs("A decree set the total number of Ukrainian military personnel at about 1.2 million, including "
                 "about 880,000 soldiers.")
    assert {f[:3] for f in found if f[1] == "active_personnel"} == {("UKR", "active_personnel", 880000.0)}


def test_a_group_of_countries_spending_is_no_one_countrys_change_and_nato_members_are_the_alliance():
    found = figs("The defence expenditures of European NATO members and Canada were 18% higher in 2025 than the year "
                 "before, the alliance said.")
    assert {f[:3] for f in found if f[1] == "budget_change_pct"} == {("NATO", "budget_change_pct", 18.0)}
    assert not {f for f in figs("The defence budgets of the Nordic countries were 9% higher in 2025 than the year "
                                "before, Sweden's ministry said.") if f[1] == "budget_change_pct"}


def test_a_threshold_crossed_for_the_first_time_is_not_the_level():
    assert not {f for f in figs("Japan's defense budget rises, reaching 8 trillion yen for the first time.")
                if f[1] == "defense_budget"}


def test_capital_expenditure_named_before_an_amount_is_a_line_but_after_a_total_it_describes_growth():
    found = figs("The Philippine defense budget rose again. The allocation for capital expenditures has gotten a "
                 "boost, with 41 billion pesos set aside for 2023 (compared to 26 billion in 2019).")
    assert not {f for f in found if f[1] == "defense_budget"}
    assert ("IND", "defense_budget", 6.9e12, "") in figs(
        "India set aside Rs 7,20,000 crore as defence outlay for 2027-28 over the current allocation of Rs 6.9 lakh "
        "crore with a major increase in capital expenditure.")


def test_withdrawing_all_of_a_deployment_counts_it_but_withdrawing_some_is_a_change():
    assert ("FRA", "troops_deployed", 1500.0, "MLI") in figs(
        "Paris will complete the withdrawal of all 1,500 French troops from Mali by August.")
    assert not {f for f in figs("Washington will withdraw 500 troops from Syria.") if f[2] == 500.0}


def test_a_breakdown_heading_with_a_long_lead_and_a_demonym_lists_missions():
    text = ("Answering questions from two deputies about how many serve abroad, the minister outlined the breakdown "
            "of Finnish troops:\n\n  \u2022 UNIFIL \u2013 210 personnel\n  \u2022 KFOR \u2013 20 personnel\n")
    found = figs(text)
    assert {("FIN", "troops_deployed", 210.0, "LBN"), ("FIN", "troops_deployed", 20.0, "XKX")} <= found


def test_hosts_with_bracketed_counts_after_a_deployment_are_the_same_owners_deployments():
    text = ("Official data show Italy has the fourth largest number of U.S. troops stationed abroad, with about "
            "12,000 soldiers based in Italy. It follows Japan (53,000), Germany (35,000) and South Korea (24,000).")
    found = figs(text)
    assert {("USA", "troops_deployed", 53000.0, "JPN"), ("USA", "troops_deployed", 35000.0, "DEU"),
            ("USA", "troops_deployed", 24000.0, "KOR")} <= found
    # with no deployment stated before, a bracketed number after a country is left alone
    assert not {f for f in figs("Exports rose fastest to Japan (53,000 units) and Germany (35,000).")
                if f[1] == "troops_deployed"}


def test_a_leader_named_as_the_actor_owns_the_figure():
    found = figs("President Yoon on Tuesday unveiled a plan to cut the number of armed forces to about 480,000 "
                 "from 500,000.")
    assert {f[0] for f in found if f[1] == "active_personnel"} == {"KOR"}
    assert ("FRA", "defense_budget", 4.5e10) in {f[:3] for f in figs(
        "Emmanuel Macron's government set the defence budget at 45 billion euros for next year.")}


def test_as_for_a_country_names_the_actor_of_its_sentence():
    found = figs("Algeria's army gets more money. As for Portugal, it plans to grant 5.1 billion euros to its arms "
                 "budget, up 12.5% compared to 2024.")
    assert {("PRT", "defense_budget", 5.1e9, ""), ("PRT", "budget_change_pct", 12.5, "")} <= found


def test_several_countries_as_one_subject_or_un_peacekeepers_are_a_multinational_total():
    assert not {f for f in figs("Chad, Niger and Nigeria have 8,500 troops in the lake region.") if f[2] == 8500.0}
    assert not {f for f in figs("Mali has seen fighting for years. The 11,000 UN peacekeepers already in the country "
                                "have been criticised.") if f[2] == 11000.0}
    assert ("KEN", "troops_deployed", 3600.0, "SOM") in figs("Kenya has 3,600 troops in Somalia.")


def test_troops_set_to_return_home_or_sent_to_reinforce_are_changes():
    assert not {f for f in figs("About 600 Ugandan troops are set to return home from Somalia within weeks.")
                if f[2] == 600.0}
    assert not {f for f in figs("Burundi will deploy a company of 150 troops to Mali to reinforce a United "
                                "Nations force there.") if f[2] == 150.0}


def test_the_alliances_total_budget_is_natos():
    found = figs("BRUSSELS. Defence spending by all members except Iceland will reach 2% of GDP this year, with the "
                 "alliance's total defence budget estimated at $1.5 trillion, a NATO report said.")
    assert ("NATO", "defense_budget", 1.5e12, "") in found
    assert not {f for f in found if f[0] == "ISL" and f[1] == "defense_budget"}


def test_money_that_is_hypothetical_a_national_budget_or_a_named_line_is_not_the_defence_budget():
    cases = ["Officials said they would have requested at least $12 billion more for defense if not for the caps.",
             "Potential R9.5 Billion Boost for the SANDF, despite a constrained Defence budget.",
             "Tanzania's defence budget grows. Security organs have been allocated Sh412.5 billion.",
             "The defense outlay will be part of the country's fiscal budget, which may hit a record of 110.5 trillion "
             "yen.",
             "The SANDF defence budget plan to cut reserve days will result in a R300 million reduction in wages."]
    for text in cases:
        assert not {f for f in figs(text) if f[1] in ("defense_budget", "budget_change_amount")}, text


def test_one_services_strength_named_by_its_full_name_or_as_army_troops_is_a_component():
    assert not {f for f in figs("The Ministry of Defence has confirmed that the full-time strength of the Royal "
                                "Navy will fall to 29,000 by 2027.") if f[1] == "active_personnel"}
    assert not {f for f in figs("The Defence Ministry has decided to downsize Army troops from 150,000 to 100,000 "
                                "by 2030.") if f[1] == "active_personnel"}


def test_hours_or_equipment_after_a_force_noun_are_not_people():
    assert not figs("According to the budget document, Kenyan Air Force hours are targeted at 9 000 a year.")
