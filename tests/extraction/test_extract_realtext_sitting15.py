"""The fifteenth sitting (2026-12-06): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change."""

from datetime import date

from tests.extraction.realtext import rows

_TABLE = """Dutch troops deployed abroad this spring, by mission.
Country | Mission | Command | Troops |
---|---|---|---|
Lithuania | eFP | NATO | 270 |
Iraq | Inherent Resolve | Coalition | 150 |
Mali | Minusma | United Nations | 85 | |
Lebanon and Syria |
United Nations | Untso | 12 |
Total | | | 517 |

The ministry publishes the list every quarter."""


def test_a_table_of_one_countrys_troops_abroad_gives_each_host_its_row():
    found = {(owner, metric, value, host) for owner, metric, value, host, _ in rows(_TABLE, date(2019, 4, 2))}
    assert {("NLD", "troops_deployed", 270, "LTU"), ("NLD", "troops_deployed", 150, "IRQ"),
            ("NLD", "troops_deployed", 85, "MLI"), ("NLD", "troops_deployed", 12, "")} <= found
    assert not any(value == 517 for _, _, value, _ in found)  # the total row is its rows' sum, not a host's


def test_a_table_of_countries_and_troops_without_an_owner_abroad_is_not_read_as_deployments():
    ranking = _TABLE.replace("Dutch troops deployed abroad this spring, by mission.", "The largest armies in the region.")
    assert not any(metric == "troops_deployed" for _, metric, _, _, _ in rows(ranking, date(2019, 4, 2)))


def test_an_article_in_indonesian_is_read_through_the_gloss_with_its_decimal_commas():
    text = ("Kementerian Pertahanan mengusulkan anggaran sebesar Rp 139,3 triliun untuk tahun anggaran 2026. "
            "Usulan itu disampaikan kepada DPR pada hari Senin, dan angka tersebut akan dibahas dengan Kementerian Keuangan. "
            "Menurut menteri, kebutuhan yang sebenarnya lebih besar dari itu, tetapi pemerintah juga harus membiayai program lain.")
    found = {(owner, metric, value, year) for owner, metric, value, _, year in rows(text, date(2025, 8, 20))}
    assert ("IDN", "defense_budget", 139_300_000_000_000, 2026) in found


def test_the_parts_of_a_breakdown_are_lines_of_the_budget_but_the_whole_it_breaks_down_is_the_budget():
    text = ("The breakdown of the 2026 defence budget of 61 billion rand is R31 billion for the Defence Ministry, R20 billion "
            "for the army and R10 billion for the military police, the Treasury said.")
    found = {(metric, value) for _, metric, value, _, _ in rows(text, date(2026, 2, 25))}
    assert ("defense_budget", 61_000_000_000) in found
    assert not {v for m, v in found if m == "defense_budget"} & {31_000_000_000, 20_000_000_000, 10_000_000_000}


def test_money_given_to_a_mission_or_a_deployment_is_what_it_costs_not_the_defence_budget():
    text = ("The R4 billion the Treasury had set aside for the Department of Defence for its participation in the UN "
            "mission in the DRC is cut, the minister said. The army was first allocated R2.5 billion to cater for the "
            "deployment and the withdrawal of its troops.")
    assert not any(metric == "defense_budget" for _, metric, _, _, _ in rows(text, date(2025, 5, 21)))
    whole = "The defence budget of R52 billion includes R3 billion for the deployment of troops to the DRC."
    assert ("ZAF", "defense_budget", 52_000_000_000) in {(o, m, v) for o, m, v, _, _ in rows(whole, date(2025, 5, 21))}


def test_a_level_that_rose_from_the_amount_budgeted_for_this_year_is_next_years_and_so_is_its_change():
    text = ("The cabinet has sent parliament its spending plan. The 412 billion baht defence allocation is a 9.6 billion "
            "baht, 2.4 percent increase from the 402.4 billion baht budgeted for this year, officials said.")
    found = {(metric, value, year) for _, metric, value, _, year in rows(text, date(2024, 8, 7))}
    assert ("defense_budget", 412_000_000_000, 2025) in found and ("defense_budget", 402_400_000_000, 2024) in found
    assert ("budget_change_amount", 9_600_000_000, 2025) in found and ("budget_change_pct", 2.4, 2025) in found


def test_a_level_followed_by_a_comma_and_a_percent_change_is_not_the_change_amount():
    """A guard for the test above (it passes on the code before too): only "a/an X, Y percent increase" is an amount."""
    text = "The total provision for defence is estimated at 2.9 billion rials, a 7% fall compared to the 2024 budget."
    found = {(metric, value) for _, metric, value, _, _ in rows(text, date(2025, 1, 3))}
    assert ("budget_change_amount", 2_900_000_000) not in found


def test_shares_compared_with_earlier_years_after_a_gdp_frame_each_take_their_possessive_year():
    text = ("Estonia's government approved the draft budget on Thursday. As a share of GDP, the defence budget for next "
            "year comes close to 3.4 percent, above last year's 2.9 percent and this year's 3.1 percent.")
    found = {(metric, value, year) for _, metric, value, _, year in rows(text, date(2024, 9, 26))}
    assert ("defense_share_gdp_pct", 2.9, 2023) in found and ("defense_share_gdp_pct", 3.1, 2024) in found


def test_a_sectors_share_of_gdp_then_the_defence_allocations_own_share_with_gdp_said_once():
    text = ("Kenya will spend more on security next year. The security sector budget for 2025 makes up 1.9 per cent of "
            "the Kenyan GDP with the defence allocation at 0.8 per cent.")
    found = {(metric, value) for _, metric, value, _, _ in rows(text, date(2024, 6, 13))}
    assert ("defense_share_gdp_pct", 0.8) in found


def test_money_spent_every_day_is_a_rate_not_a_yearly_budget():
    text = "The army is to spend Sh 54m every day on its operations in the north this financial year, the defence ministry said."
    assert not any(metric == "defense_budget" for _, metric, _, _, _ in rows(text, date(2013, 7, 2)))


def test_the_change_of_a_missions_budget_in_the_next_sentence_is_the_missions_not_the_defence_budgets():
    text = ("The defence ministry will raise its budget for the African Union Transition Mission in Somalia from Shs 140bn "
            "to Shs 210bn next year. This means a Shs 70 billion increase, a 50% rise in the mission's funding.")
    found = {(metric, value) for _, metric, value, _, _ in rows(text, date(2023, 6, 20))}
    assert not {m for m, _ in found} & {"defense_budget", "budget_change_amount", "budget_change_pct"}


def test_a_demonym_right_after_another_count_owns_that_count_not_the_one_before():
    text = ("Nepal troops to join the UN force in Lebanon.\n\nThe Himalayan nation will send 210 peacekeepers to relieve "
            "the 450 Irish soldiers who left in May; the Nepalese are due at the end of the month.")
    found = {(owner, value) for owner, metric, value, _, _ in rows(text, date(2014, 6, 2)) if metric == "troops_deployed"}
    assert ("NPL", 210) in found and ("IRL", 210) not in found


def test_a_country_named_as_the_level_compared_with_does_not_own_the_share():
    text = ("Lithuania's defence spending next year will rise almost to Polish levels and will be set at 3.9 percent of "
            "gross domestic product, the finance ministry said.")
    found = {(owner, metric, value) for owner, metric, value, _, _ in rows(text, date(2024, 9, 20))}
    assert ("LTU", "defense_share_gdp_pct", 3.9) in found and not any(o == "POL" for o, _, _ in found)


def test_a_share_a_country_calls_on_the_alliances_members_to_reach_is_the_alliances():
    text = ("Finland's new government says it will call on NATO members to raise their defence spending to at least "
            "3 percent of GDP at the next summit.")
    found = {(owner, metric, value) for owner, metric, value, _, _ in rows(text, date(2023, 6, 2))}
    assert ("NATO", "defense_share_gdp_pct", 3) in found and ("FIN", "defense_share_gdp_pct", 3) not in found



def test_a_blogs_home_country_gives_way_to_the_country_its_headline_names_after_a_dateline():
    """"The Defense Ministry" of a story about Ukraine on an Iraqi blog is Ukraine's; the brigade's host is the city
    named ("in Kut, southeast of Baghdad"), not the country of the sentence before."""
    from dashboard.extraction.multilingual import extract_figures
    from dashboard.extraction.record import ArticleInfo

    text = ("Saturday, May 10, 2003\n\nUkrainian lawmakers approve sending a brigade of 1,650 from August\n\n"
            "Above: Ukrainian marines at a parade in Sevastopol last year\n\n"
            "Ukraine's parliament on Saturday overwhelmingly approved President Leonid Kuchma's plan to send the ex-Soviet "
            "republic's largest force abroad so far, with Ukrainian chemical defence units among them.\n\nThe 257-40 vote "
            "underscored the Ukrainian leadership's wish for closer ties with the United States...\n\nThe Defense Ministry "
            "said a brigade of 1,650 servicemen will serve in peacekeeping operations in Kut, southeast of Baghdad. The "
            "servicemen are to be sent to Iraq by the end of August, it said.")
    found = {(f.country_iso3, f.metric, f.value, f.host_iso3)
             for f in extract_figures(text, ArticleInfo("a", date(2003, 5, 10), publisher="Iraq news blog"))}
    assert ("UKR", "troops_deployed", 1650, "IRQ") in found


def test_troops_a_treaty_allows_for_are_a_ceiling_not_a_deployment():
    text = ("The 1978 agreement allows for there to be 1,200 French troops and 800 Belgian troops in the country. "
            "How many are there now is disputed.")
    assert not any(metric == "troops_deployed" for _, metric, _, _, _ in rows(text, date(2001, 3, 9)))


def test_the_country_a_un_mission_is_of_is_its_host_and_the_papers_country_owns_the_contingent():
    from dashboard.extraction.multilingual import extract_figures
    from dashboard.extraction.record import ArticleInfo

    text = ("El XII Contingente de la Misión de las Naciones Unidas de la República Centroafricana (Minusca), integrado "
            "por 210 militares, partió este lunes hacia ese país. El ministro de la Defensa despidió a los soldados en "
            "una ceremonia con sus familias y dijo que el país mantiene su compromiso con la paz.")
    found = {(f.country_iso3, f.metric, f.value, f.host_iso3)
             for f in extract_figures(text, ArticleInfo("a", date(2024, 3, 4), publisher="Diario de Guatemala"))}
    assert ("GTM", "troops_deployed", 210, "CAF") in found


def test_a_country_after_a_clock_time_is_a_time_zone_not_the_owner():
    text = ("Last Updated: Monday, 6 March, 2006, 10:12 GMT 11:12 UK\nItaly plans smaller army\nItaly has announced plans "
            "to cut its armed forces.\n\nUnder the plan, troop strength will be reduced to around 150,000 by 2012.")
    found = {(owner, metric, value) for owner, metric, value, _, _ in rows(text, date(2006, 3, 6))}
    assert ("ITA", "active_personnel", 150_000) in found and not any(o == "GBR" for o, _, _ in found)


def test_money_with_a_dollar_conversion_that_is_to_be_set_aside_for_defence_is_the_budget_of_the_year_named_before():
    text = ("Defence spending in next year's budget stands at 2.1 percent of GDP, its lowest share since the president took "
            "office in May 2016.\nUnder the draft the cabinet approved this week, NT$327.5 billion (US$10.7 billion) is to "
            "be set aside for defence, the budget office said.")
    found = {(owner, metric, value, year) for owner, metric, value, _, year in rows(text, date(2019, 8, 20))}
    assert ("TWN", "defense_budget", 327_500_000_000, 2020) in found


def test_money_allocated_from_one_year_through_another_after_its_dollar_conversion_is_a_multi_year_total():
    text = ("Armenia allocated up to 2.9 trillion drams ($7.4 billion) from the state budget for defence from 2008 through "
            "2024, the finance minister said.")
    assert not any(metric == "defense_budget" for _, metric, _, _, _ in rows(text, date(2024, 10, 2)))


def test_the_level_a_total_state_budget_rose_from_is_the_states_not_the_defence_budget():
    text = ("The bare figures on defence are striking.\n  - The total proposed budget for 2025 is 21,000 billion dinars "
            "(US$160 billion), which is a 30% increase on the 16,150 billion dinars (US$123 billion) in 2024;")
    assert not any(metric == "defense_budget" for _, metric, _, _, _ in rows(text, date(2024, 10, 25)))


def test_a_change_compared_to_an_amount_in_a_named_year_is_the_next_years():
    text = "Algeria's military budget will increase by 40% compared to the US$8.5 billion in 2024, the finance ministry said."
    found = {(metric, value, year) for _, metric, value, _, year in rows(text, date(2024, 10, 25))}
    assert ("budget_change_pct", 40, 2025) in found


def test_amounts_listed_for_other_purposes_respectively_are_not_the_defence_budgets_next_level():
    text = ("The House assigned 60 billion ETB for the Ministry of Defense while 4 billion ETB and 6 billion ETB were "
            "allocated for rebuilding war-damaged towns and emergency food relief respectively.")
    found = {(metric, value) for _, metric, value, _, _ in rows(text, date(2022, 5, 3))}
    assert not {v for m, v in found if m == "defense_budget"} & {4_000_000_000, 6_000_000_000}


def test_a_whole_of_which_the_defence_money_is_a_part_is_not_a_defence_figure():
    text = ("Parliament has approved an additional budget of 95 billion birr out of which the largest allocation was made "
            "for the Ministry of Defense.")
    assert not any(value == 95_000_000_000 for _, _, value, _, _ in rows(text, date(2022, 5, 3)))


def test_a_level_with_its_conversion_in_brackets_then_up_from_an_estimate_keeps_both_levels():
    text = ("Defence spending in calendar 2009 would total 177.1 billion rupees (1.55 billion dollars), up from an estimate "
            "of 166.4 billion rupees in 2008, the appropriation bill tabled in Sri Lanka's parliament showed.")
    found = {(metric, value, year) for _, metric, value, _, year in rows(text, date(2008, 10, 22))}
    assert ("defense_budget", 177_100_000_000, 2009) in found and ("defense_budget", 166_400_000_000, 2008) in found
    assert not any(metric == "budget_change_amount" for metric, _, _ in found)


def test_countries_listed_after_across_at_a_sentences_start_are_places_and_the_alliance_owns_the_change():
    text = ("Across Europe and Canada, NATO allies are raising defence spending this year by 11%, the secretary general "
            "said in Brussels.")
    found = {(owner, metric, value) for owner, metric, value, _, _ in rows(text, date(2023, 7, 4))}
    assert ("NATO", "budget_change_pct", 11) in found and ("CAN", "budget_change_pct", 11) not in found


def test_money_received_in_supplementary_funding_is_not_the_budget():
    text = "Before the end of 2024, the Belize Defence Force received $3.4 million in supplementary funding, the minister said."
    assert not any(metric == "defense_budget" for _, metric, _, _, _ in rows(text, date(2025, 1, 8)))


def test_money_transferred_from_a_year_to_mid_last_year_is_a_multi_year_total():
    text = ("From 2011 to mid-last year, Peru's state gas company transferred an estimated $1.9 billion to the military, "
            "which could spend it without oversight.")
    assert not any(metric == "defense_budget" for _, metric, _, _, _ in rows(text, date(2015, 3, 1)))


def test_cuts_to_the_defence_budget_that_amount_to_an_amount_are_a_change():
    text = "The cuts to the defence budget for 2021 amount to 9 billion baht, the cabinet decided on Tuesday in Bangkok."
    found = {(metric, value) for _, metric, value, _, _ in rows(text, date(2021, 4, 20))}
    assert ("budget_change_amount", -9_000_000_000) in found and ("defense_budget", 9_000_000_000) not in found


def test_spending_in_purchasing_power_parity_dollars_is_an_estimate_not_the_budget():
    text = ("Measured at purchasing power parity, Ukraine's defence spending comes in at some $45 billion, analysts say.")
    assert not any(metric == "defense_budget" for _, metric, _, _, _ in rows(text, date(2024, 2, 1)))


def test_a_forces_contributors_each_with_its_count_after_with_are_deployed_where_the_force_serves():
    text = ("UNMISS has four main countries contributing to the mission. These include India with 2,400 troops, Rwanda "
            "with 2,600, Nepal with 1,700, and Bangladesh with 1,600.")
    found = {(owner, metric, value, host) for owner, metric, value, host, _ in rows(text, date(2023, 6, 1))}
    assert {("IND", "troops_deployed", 2400, "SSD"), ("RWA", "troops_deployed", 2600, "SSD"),
            ("NPL", "troops_deployed", 1700, "SSD"), ("BGD", "troops_deployed", 1600, "SSD")} <= found
    assert not any(metric == "active_personnel" for _, metric, _, _ in found)


def test_a_one_dot_leader_between_digits_is_a_decimal_point():
    text = "Armenia is planning to spend AMD 347\u20247 billion on defence, according to the draft budget for 2021."
    found = {(owner, metric, value) for owner, metric, value, _, _ in rows(text, date(2020, 10, 1))}
    assert ("ARM", "defense_budget", 347_700_000_000) in found


def test_a_by_service_table_gives_its_total_rows_active_and_reserve_strengths():
    text = ("Table 3.2 NEW ZEALAND DEFENCE FORCE PERSONNEL, By Service - 2009 | | Regular Force | Reserve Force | | Navy | "
            "2,105 | 402 | Army | 4,583 | 1,794 | Air Force | 2,412 | 261 | Total | 9,100 | 2,457 | | Source: the ministry.")
    found = {(owner, metric, value) for owner, metric, value, _, _ in rows(text, date(2009, 7, 1))}
    assert ("NZL", "active_personnel", 9100) in found and ("NZL", "reserve_personnel", 2457) in found
    assert not any(value in (2105, 4583, 2412) for _, _, value in found)  # the services are parts


def test_the_state_budgets_amount_under_the_item_national_defence_is_the_defence_budget():
    text = ("The Federal Budget of the Russian Federation for the year 2008 envisages the expenditure of 958 billion "
            "roubles (2.6% of total federal expenditure) under the item National Defense.")
    found = {(owner, metric, value) for owner, metric, value, _, _ in rows(text, date(2007, 9, 1))}
    assert ("RUS", "defense_budget", 958_000_000_000) in found


def test_a_force_raised_to_a_level_from_a_dated_one_is_this_years_and_the_rise_it_expects_is_read():
    text = ("Faced with a growing insurgency, Britain has increased its military presence in Helmand to 9,000 troops from "
            "about 7,800 in late 2008, and expects a rise to some 10,000 by autumn.")
    found = {(owner, metric, value, year) for owner, metric, value, _, year in rows(text, date(2009, 6, 24))}
    assert ("GBR", "troops_deployed", 9000, 2009) in found and ("GBR", "troops_deployed", 7800, 2008) in found
    assert any(o == "GBR" and m == "troops_deployed" and v == 10_000 for o, m, v, _ in found)


def test_a_planned_increase_in_expenditure_that_amounts_to_a_percent_is_no_share_of_gdp():
    text = ("Under the budget, Russia's military expenditures in 2008 will amount to 2.6% of GDP, even though the planned increase "
            "in expenditure under the item National Defense amounts to just 4.1%.")
    found = {(metric, value) for _, metric, value, _, _ in rows(text, date(2007, 10, 1))}
    assert ("defense_share_gdp_pct", 2.6) in found and ("defense_share_gdp_pct", 4.1) not in found
