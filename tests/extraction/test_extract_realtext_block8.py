"""Classes of real-news wording met in block 8 (devset8, worked after its first contact).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import figs


def test_a_capital_k_glued_to_a_figure_is_a_thousand_and_each_row_keeps_its_own_label():
    text = ("The five largest forces on the continent.\n1. Kenya\nTotal personnel - 1.1 million\n"
            "Active military: 312.5K\nParamilitary: 240K\nReserves: 355K\n2. Ghana\n"
            "Active military: 85K\nParamilitary: 20.5K\nReserve: 40K\n")
    found = figs(text)
    assert {("KEN", "active_personnel", 312500.0, ""), ("KEN", "reserve_personnel", 355000.0, ""),
            ("GHA", "active_personnel", 85000.0, ""), ("GHA", "reserve_personnel", 40000.0, "")} <= found
    # a paramilitary row is not read as the reserves named on the next line, nor a total as the active row
    values = {f[2] for f in found}
    assert not values & {240000.0, 20500.0, 1100000.0, 312.5, 85.0}


def test_a_lower_case_k_or_a_spaced_k_is_not_a_thousand_without_money():
    assert not {f for f in figs("The unit ran a 10k race with 40 k soldiers watching.") if f[2] in (10000.0, 40000.0)}


def test_a_with_clause_lists_shares_of_gdp_country_by_country():
    text = ("Budgets keep rising across the region, with the US setting aside 3.2 per cent of GDP for defence, "
            "Japan 1.4 per cent and Australia 2.1 per cent.")
    assert {("USA", "defense_share_gdp_pct", 3.2, ""), ("JPN", "defense_share_gdp_pct", 1.4, ""),
            ("AUS", "defense_share_gdp_pct", 2.1, "")} <= figs(text)


def test_a_budget_for_a_named_country_is_that_countrys_budget():
    text = ("Oman's budget was given as $7 billion. The total military budget for Tunisia was reported to be "
            "$1.2 billion.")
    assert ("TUN", "defense_budget", 1.2e9, "") in figs(text)
    # a budget for a programme is still a line, not the country's budget
    assert ("OMN", "defense_budget", 4e8) not in {f[:3] for f in figs(
        "Oman's defense budget for Coastal Patrols is $400 million.")}


def test_whose_ties_the_count_to_the_force_named_before_it():
    text = ("Egypt spends $4 billion a year. After Egypt came the Moroccan Army, whose active military personnel "
            "are estimated at 195,000, ranked 55th.")
    assert ("MAR", "active_personnel", 195000.0, "") in figs(text)


def test_missions_name_their_hosts_and_serving_with_one_is_a_deployment():
    found = figs("Some 420 Finnish troops serve with Unifil this year. About 3,100 Ugandan personnel have been "
                 "integrated into AMISOM. The 610 Chilean soldiers serving in MINUSTAH went home.")
    assert {("FIN", "troops_deployed", 420.0, "LBN"), ("UGA", "troops_deployed", 3100.0, "SOM"),
            ("CHL", "troops_deployed", 610.0, "HTI")} <= found


def test_serving_with_another_country_is_alongside_it_not_in_it():
    found = figs("About 400 Estonian troops serving with the French contingent are in Mali.")
    assert ("EST", "troops_deployed", 400.0, "FRA") not in found


def test_have_been_fighting_in_and_blue_berets():
    found = figs("An estimated 2,900 Burundian troops have been fighting in Somalia since 2007. "
                 "Today 1,240 Uruguayan Blue Berets are working in Congo.")
    assert {("BDI", "troops_deployed", 2900.0, "SOM"), ("URY", "troops_deployed", 1240.0, "COD")} <= found


def test_stationed_overseas_with_the_owner_in_the_sentence_before():
    found = figs("The number of Italian troops deployed abroad is at a record. On March 1 alone, 6,420 soldiers "
                 "were stationed overseas.")
    assert ("ITA", "troops_deployed", 6420.0, "") in found


def test_the_number_of_its_forces_in_a_host_is_a_planned_deployment():
    found = extract_figures("France plans to raise the number of its forces in Estonia to 1,200 under the deal.",
                            ArticleInfo("t", date(2025, 6, 1)))
    assert [(f.country_iso3, f.metric, f.value, f.host_iso3, f.stage) for f in found] == [
        ("FRA", "troops_deployed", 1200.0, "EST", "planned")]


def test_a_bulleted_breakdown_by_mission_keeps_small_rows():
    text = ("Defence Forces overseas\n\nThe Finnish Defence Forces have 512 personnel serving overseas.\n\n"
            "The minister gave the breakdown of troops:\n\n"
            "  \u2022 UNIFIL \u2013 401 personnel\n  \u2022 EU Training Mission (EUTM) Somalia \u2013 12 personnel\n"
            "  \u2022 EU Training Mission in Mali (EUTM Mali) \u2013 nine personnel\n")
    assert {("FIN", "troops_deployed", 401.0, "LBN"), ("FIN", "troops_deployed", 12.0, "SOM"),
            ("FIN", "troops_deployed", 9.0, "MLI")} <= figs(text)


def test_an_allocation_as_its_defence_budget_is_the_budget():
    assert ("ZAF", "defense_budget", 52.9e9, "") in figs(
        "The Government of South Africa has set out a total expenditure allocation of R52.9 billion as its defence "
        "budget for 2024.")


def test_a_dash_ends_the_aside_that_states_a_share_of_gdp():
    found = figs("Seoul approved a record 61 trillion won defence budget for 2025 \u2013 equal to 2.4 per cent of GDP "
                 "\u2013 in answer to the growing missile threat.")
    assert ("KOR", "defense_share_gdp_pct", 2.4, "") in found


def test_a_share_of_gdp_remaining_at_a_high():
    assert ("OMN", "defense_share_gdp_pct", 7.0, "") in figs(
        "Oman keeps defence expenditure as percentage of GDP remaining at a high 7% despite lower oil prices.")


def test_the_largest_rise_in_three_years_ranks_a_change_and_is_no_multi_year_total():
    assert ("IND", "budget_change_pct", 9.5, "") in figs(
        "India will increase military spending by 9.5 per cent this year, the largest rise in three years.")


def test_a_list_of_yearly_changes_gives_each_year_its_change():
    found = extract_figures("Vietnam's military spending grew by 6.2 per cent in 2019, 4.8 per cent in 2020, and "
                            "3 per cent last year.", ArticleInfo("t", date(2022, 3, 1)))
    assert [(f.metric, f.value, f.year) for f in found] == [
        ("budget_change_pct", 6.2, 2019), ("budget_change_pct", 4.8, 2020), ("budget_change_pct", 3.0, 2021)]


def test_arms_budget_in_translated_copy_names_the_defence_budget():
    found = figs("As for Portugal, it plans to grant 4.1 billion euros to its arms budget, up 12.5% compared to 2024.")
    assert {("PRT", "defense_budget", 4.1e9, ""), ("PRT", "budget_change_pct", 12.5, "")} <= found
    assert not figs("Arms control talks stalled. Portugal will spend 3 billion euros on roads.")


def test_budget_data_as_a_source_and_gone_up_or_down_by():
    found = figs("Uganda's defence budget has crossed a record mark. National budget data shows expenditure has "
                 "gone up by 12 per cent from USh3.4 trillion in 2022 to USh3.8 trillion this financial year.")
    assert ("UGA", "budget_change_pct", 12.0, "") in found
    assert ("UGA", "budget_change_pct", -4.0, "") in figs(
        "Uganda's defence budget has shrunk. Its spending went down by 4 per cent this year.")


def test_a_ranking_behind_another_country_gives_that_country_its_amount_and_the_list_goes_on():
    text = ("Parliament raised the total defence allocation for next year.\n\nThe allocations place Uganda sixth in "
            "East Africa behind Ethiopia on $1.1 billion, Tanzania $0.9 billion and Rwanda at $0.5 billion.")
    assert {("ETH", "defense_budget", 1.1e9, ""), ("TZA", "defense_budget", 0.9e9, ""),
            ("RWA", "defense_budget", 0.5e9, "")} <= figs(text)
    assert ("UGA", "defense_budget", 1.1e9, "") not in figs(text)


def test_ghanaian_cedis_by_sign_and_by_name():
    assert ("GHA", "defense_budget", 9.1e9, "") in figs(
        "Ghana has set out a total expenditure allocation of GH\u00a29.1 billion as its defence budget for 2024.")
    found = extract_figures("Accra will spend 2.5 billion cedis on the military this year.", ArticleInfo("t", date(2024, 3, 1)))
    assert [(f.country_iso3, f.value, f.currency) for f in found] == [("GHA", 2.5e9, "GHS")]


def test_dinars_and_pakistani_rupees_written_prs():
    found = extract_figures("Iraq's cabinet set aside 12 trillion dinars for the armed forces this year. Pakistan will "
                            "allocate PRs 2,281 billion for defence.", ArticleInfo("t", date(2024, 6, 1)))
    assert [(f.country_iso3, f.value, f.currency) for f in found] == [("IRQ", 12e12, "IQD"), ("PAK", 2.281e12, "PKR")]
    assert ("DZA", "defense_budget", 3.1e12, "") in figs("Algeria's parliament approved a defence budget of 3.1 "
                                                        "trillion dinars for 2024.")


def test_an_increase_over_a_level_whose_over_reads_like_a_hedge():
    found = figs("Last year, Pakistan's government allocated Rs 2,122 billion for defence, reflecting a 14.98 per cent "
                 "increase over Rs 1,804 billion budgeted a year before.")
    assert ("PAK", "defense_budget", 1.804e12, "") in found
    assert ("PAK", "budget_change_amount", 1.804e12) not in {f[:3] for f in found}


def test_a_budget_exceeding_an_amount():
    assert ("KOR", "defense_budget", 61e12, "") in figs(
        "Despite a 2025 defence budget exceeding 61 trillion won, the military remains short of troops.")


def test_of_them_are_from_one_country_each_in_a_peacekeeping_passage():
    text = ("Nepal now ranks third in sending troops to UN peacekeeping missions. Some 87,000 soldiers from 110 "
            "countries serve on UN peace-keeping missions. 5,912 of them are from Nepal, 6,120 are from Rwanda.")
    found = figs(text)
    assert {("NPL", "troops_deployed", 5912.0, ""), ("RWA", "troops_deployed", 6120.0, "")} <= found
    assert not {f for f in found if f[2] == 87000.0}


def test_armed_forces_comprise_men_and_women():
    assert ("JPN", "active_personnel", 250000.0, "") in figs("Japan's armed forces comprise around 250,000 men and women.")


def test_an_including_aside_with_a_decimal_amount_does_not_make_the_change_a_lines():
    found = figs("India set aside Rs 6.2 trillion for defence spending this year, including a capital outlay of "
                 "Rs 1.8 trillion for modernization, with the allocation 9.5% higher than last year's estimate.")
    assert ("IND", "budget_change_pct", 9.5, "") in found
    assert ("IND", "budget_change_pct", 7.0) not in {f[:3] for f in figs(
        "India raised the capital outlay for defence by 7% this year.")}


def test_country_has_n_after_a_contribution_is_that_countrys_contribution():
    found = figs("Ghana is third with 2,712 peacekeepers, Senegal has 2,251 and Egypt has 2,130 troops.")
    assert {("GHA", "troops_deployed", 2712.0, ""), ("SEN", "troops_deployed", 2251.0, ""),
            ("EGY", "troops_deployed", 2130.0, "")} <= found


def test_respectively_pairs_each_number_with_its_country():
    found = figs("Rwanda, Ghana, Nepal and Senegal ranked 4th, 5th, 6th and 7th by sending 5211, 2712, 5680 and "
                 "2251 peacekeepers respectively.")
    assert {("RWA", "troops_deployed", 5211.0, ""), ("GHA", "troops_deployed", 2712.0, ""),
            ("NPL", "troops_deployed", 5680.0, ""), ("SEN", "troops_deployed", 2251.0, "")} <= found
    shares = figs("Latvia and Lithuania will spend 3.7% and 3.9% of GDP on defence respectively.")
    assert {("LVA", "defense_share_gdp_pct", 3.7, ""), ("LTU", "defense_share_gdp_pct", 3.9, "")} <= shares


def test_respectively_leaves_a_sentence_alone_when_the_lists_differ_in_length():
    found = figs("Rwanda and Ghana ranked 4th and 5th by sending 5211, 2712 and 5680 peacekeepers respectively.")
    assert ("GHA", "troops_deployed", 5211.0, "") not in found and ("RWA", "troops_deployed", 2712.0, "") not in found


def test_a_colon_list_of_places_after_the_troops_noun():
    found = figs("Chad and Mali were both shaken by coups. Two countries where France has soldiers: 1,000 in Chad "
                 "and 400 in Mali.")
    assert {("FRA", "troops_deployed", 1000.0, "TCD"), ("FRA", "troops_deployed", 400.0, "MLI")} <= found


def test_a_contributor_ranked_in_a_passage_about_peacekeeping():
    found = figs("Ghana and Senegal lead Africa's peacekeeping effort. Egypt ranked seventh with 2,881 troops, "
                 "and Togo is in the 25th rank with 930 troops.")
    assert {("EGY", "troops_deployed", 2881.0, ""), ("TGO", "troops_deployed", 930.0, "")} <= found
    # without peacekeeping nearby a ranking by troops is a strength
    assert ("VNM", "active_personnel", 480000.0, "") in figs("Vietnam ranked 20th in the world with 480,000 troops.")


def test_a_second_share_with_its_own_country_named_before_it():
    found = figs("Figures show that Peru's armed forces receive 1.1 percent of GDP, while Bolivia's receive just 1.4 percent.")
    assert {("PER", "defense_share_gdp_pct", 1.1, ""), ("BOL", "defense_share_gdp_pct", 1.4, "")} <= found


def test_additional_defense_spending_is_not_the_budget():
    assert not figs("The ministry said it would seek a record $4.2 billion in additional defense spending this year.")


def test_a_national_web_domain_names_the_home_country_when_the_text_names_none():
    text = ("Defence spending up 15%. The defence budget outlay for 2025-26 is Rs2,550 billion, compared to Rs2,128 "
            "billion for the outgoing fiscal year.")
    found = figs(text, url="https://example-news.pk/view/123")
    assert ("PAK", "defense_budget", 2.55e12, "") in found
    # generic domains and addresses without a national domain say nothing
    assert ("PAK", "defense_budget", 2.55e12, "") not in figs(text, url="https://example.co/view/123")
    assert ("PAK", "defense_budget", 2.55e12, "") not in figs(text, url="https://www.example.com/view/123")


def test_world_and_regional_spending_is_nobodys_budget():
    text = ("Myanmar's junta keeps its books closed. Global defence spending rose to USD2.5 trillion in 2025, an "
            "average of 2.0% of GDP. Asian defence spending jumped by 6.1% to reach USD510 billion.")
    assert not {f for f in figs(text) if f[1] != "budget_trend"}
    # a country named after the regional phrase keeps its own figure
    assert ("DEU", "budget_change_pct", 23.2, "") in figs(
        "Global defence spending rose last year, and Germany's defence budget rose 23.2% to EUR 86 billion.")


def test_and_by_another_percent_the_previous_year():
    assert ("CHN", "budget_change_pct", 8.4, "") in figs(
        "In 2019, China increased military spending by 5.1 per cent, its lowest increase in years, and by 8.4 per "
        "cent the previous year.")


def test_kenyan_shillings_written_with_a_full_stop():
    found = extract_figures("Kenya's defence budget is Sh.135 billion this year.", ArticleInfo("t", date(2023, 3, 1)))
    assert [(f.country_iso3, f.value, f.currency) for f in found] == [("KEN", 135e9, "KES")]


def test_rows_under_a_country_heading_line_belong_to_that_country_and_a_total_row_is_neither():
    text = ("The largest forces on the continent.\n\nNigeria\n\nTotal population: 220,000,000\n\n"
            "Total military personnel: 223,000\n\nActive personnel: 143,000\n\nReserve personnel: 80,000\n\n"
            "Ghana\n\nsee the chart (Wire)\n\nTotal military personnel: 26,000\n\nActive personnel: 16,000\n\n"
            "Reserve personnel: 10,000\n")
    found = figs(text)
    assert {("NGA", "active_personnel", 143000.0, ""), ("NGA", "reserve_personnel", 80000.0, ""),
            ("GHA", "active_personnel", 16000.0, ""), ("GHA", "reserve_personnel", 10000.0, "")} <= found
    assert not {f for f in found if f[2] in (223000.0, 26000.0)}
