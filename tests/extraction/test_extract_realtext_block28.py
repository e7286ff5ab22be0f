"""Classes of real-news wording met in block 28 (the worked parts of devset2, europe and asia, where
precision was short of its 0.95 target: owners, targets and parts read as wholes).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_a_share_the_allies_will_decide_restated_after_ie_is_natos():
    found = figs("Portugal has agreed to spend 2% of GDP on defence until 2030, still short of what the summit "
                 "will settle among the Allies, i.e. 5% of GDP by 2035.")
    assert ("PRT", "defense_share_gdp_pct", 2.0, "") in found
    assert ("NATO", "defense_share_gdp_pct", 5.0, "") in found
    assert ("PRT", "defense_share_gdp_pct", 5.0, "") not in found


def test_the_bar_set_by_the_allies_is_natos_and_its_resilience_part_is_no_defence_share():
    found = figs("Lisbon wants to spend 2% of GDP on defence this year. Next week the bar will be raised by the "
                 "Allies: 3.5% of GDP for core defence and 1.5% in resilience spending by 2035.")
    assert ("NATO", "defense_share_gdp_pct", 3.5, "") in found
    assert not {f for f in found if f[2] == 1.5}
    assert not {f for f in found if f[0] == "USA"}


def test_an_amount_more_than_another_amount_higher_is_a_level_and_a_revision_is_no_change():
    found = figs("Under the alliance's accounting rules, Spain's 2025 defence budget is reported as €33.1 billion more "
                 "than €10 billion higher than previously stated.")
    assert ("ESP", "defense_budget", 33.1e9, "") in found
    assert not {f for f in found if f[1] == "budget_change_amount"}


def test_a_change_higher_than_last_year_is_still_a_change():
    found = figs("Spain's defence budget for 2025 is €2 billion higher than last year's.")
    assert ("ESP", "budget_change_amount", 2e9, "") in found


def test_a_ministry_budget_beside_the_total_defence_spending_is_a_part():
    found = figs("Romania's 2025 budget for the Ministry of National Defence was set at 35 billion lei, with total "
                 "defence spending projected at 50 billion lei.")
    assert ("ROU", "defense_budget", 50e9, "") in found
    assert ("ROU", "defense_budget", 35e9, "") not in found


def test_a_count_of_crores_grouped_in_lakhs_with_a_stray_lakh_is_read_in_crores():
    found = figs("New Delhi: India's defence budget for 2022-23 was Rs 5,25,166.15 lakh crore.")
    assert ("IND", "defense_budget", 5_251_661_500_000.0, "") in found
    found = figs("New Delhi: India's defence budget for 2025-26 is Rs 6.81 lakh crore.")
    assert ("IND", "defense_budget", 6.81e12, "") in found


def test_a_title_line_is_its_own_sentence_so_its_programme_does_not_taint_the_lede():
    text = ("Army budget up 9%; 12 billion pesos for modernization\nThe Philippine defense sector will receive 310 billion pesos "
            "in the proposed 2026 budget, 9% more than its 284 billion pesos this year, the budget office said.")
    found = figs(text)
    assert ("PHL", "defense_budget", 310e9, "") in found and ("PHL", "budget_change_pct", 9.0, "") in found
    assert not {f for f in found if f[2] == 12e9}


def test_a_line_broken_inside_a_sentence_is_not_taken_for_a_title():
    from dashboard.extraction.text import split_sentences

    text = "The U.S. keeps about 28,500 troops stationed in South\nKorea, the ministry said. It has 450,000 troops."
    assert [text[s.start:s.end] for s in split_sentences(text)][0].endswith("ministry said.")
    text = "Seoul plans to raise its defence budget by 7.5% to\nThe figure of 66 trillion won next year."
    assert len(split_sentences(text)) == 1


def test_a_buildup_somewhere_that_grows_to_a_number_of_troops_is_a_deployment():
    found = figs("US military buildup in Caribbean grows to 15,000 troops amid signs of wider operations.")
    assert ("USA", "troops_deployed", 15000.0, "CARIBBEAN") in found
    assert not {f for f in found if f[1] == "active_personnel"}


def test_a_contribution_whose_police_are_listed_in_the_next_sentence_is_no_troop_count():
    text = ("The country ranks among the top contributors to UN peacekeeping operations. Ghana is fourth, with a "
            "contribution of 2,700 personnel in total. There are 180 police, 40 staff officers and 2,480 troops.")
    found = figs(text)
    assert ("GHA", "troops_deployed", 2480.0, "") in found
    assert not {f for f in found if f[2] == 2700.0}


def test_the_troops_closing_a_breakdown_several_sentences_after_peacekeeping_operations_are_deployed():
    text = ("Ethiopia is the largest contributor to UN peacekeeping operations, with 7,000 troops. Rwanda comes second. "
            "Nepal comes third. Ghana comes fourth. Egypt comes fifth. Senegal provided a total of 1,200 personnel: "
            "150 from the police, 20 for UN experts on mission and 1,030 troops.")
    found = figs(text)
    assert ("SEN", "troops_deployed", 1030.0, "") in found
    assert not {f for f in found if f[2] == 1200.0}


def test_a_force_battling_in_a_region_or_facing_a_drawdown_is_deployed_there():
    found = figs("Paris has ruled out a drawdown of France's 3,000-strong forces battling insurgents in the Sahel "
                 "region, officials said.")
    assert ("FRA", "troops_deployed", 3000.0, "SAHEL") in found
    assert not {f for f in found if f[1] == "active_personnel"}


def test_spending_over_part_of_a_year_is_no_budget_nor_its_change_and_its_headline_goes_with_it():
    text = ("Uzbekistan Spends $900 Million on Defence This Year\n\nTASHKENT - Uzbekistan's defence spending rose by "
            "5.1% to 11.2 trillion soums ($900 million) in January-June this year, the statistics agency said.\n\n"
            "The government had planned to allocate 25 trillion soums to defence this year.")
    found = figs(text)
    assert ("UZB", "defense_budget", 25e12, "") in found
    assert not {f for f in found if f[2] in (900e6, 11.2e12, 5.1)}


def test_a_budget_for_a_span_of_years_is_not_taken_for_part_of_a_year():
    found = figs("Uzbekistan's defence budget rose by 5.1% to 25 trillion soums for January to December 2025, the "
                 "ministry said.")
    assert ("UZB", "defense_budget", 25e12, "") in found


def test_a_contributors_table_in_two_columns_under_a_mission_title():
    text = ("UN Interim Force in Lebanon (UNIFIL)\n\nKey facts, March 2019\n\nTroop contributions\n\n"
            "Ghana 870 Malaysia 830\n\nIndia 890 Nepal 870\n\nIreland 460 310\n\nItaly 1,100\n\nSpain 620 Total 10,500\n")
    found = figs(text)
    for owner, value in [("GHA", 870.0), ("MYS", 830.0), ("IND", 890.0), ("NPL", 870.0), ("IRL", 460.0),
                         ("ITA", 1100.0), ("ESP", 620.0)]:
        assert (owner, "troops_deployed", value, "LBN") in found, owner
    assert not {f for f in found if f[2] in (460310.0, 310.0, 10500.0)}


def test_a_national_second_level_domain_names_the_home_country_and_weighs_like_the_publisher():
    from dashboard.extraction.home import home_country
    from dashboard.extraction.record import ArticleInfo

    def home(url: str) -> str:
        return home_country(ArticleInfo("a", None, url=url))

    assert home("https://radio.com.co/2025/09/gasto") == "COL" and home("https://mindefensa.gov.co/x") == "COL"
    assert home("https://t.co/abc") == "" and home("https://example.co/x") == ""  # .co alone is a generic name
    assert home("https://www.dawn.com.pk/news") == "PAK" and home("https://www.nation.co.ke/x") == "KEN"
    text = ("The defence sector will receive 68.9 trillion pesos in 2026, equal to 4.1% of GDP.\n\nThe army's ranks "
            "are thinner than a decade ago, though still larger per head than Mexico's and close to Brazil's.")
    found = figs(text, url="https://radio.com.co/2025/09/gasto")
    assert ("COL", "defense_share_gdp_pct", 4.1, "") in found
    assert not {f for f in found if f[0] == "MEX"}


def test_a_country_a_figure_is_measured_against_is_not_its_owner():
    found = figs("The Egyptian army lacks nothing, with a budget three times as large as Tel Aviv, 440,000 active "
                 "soldiers and 3,600 tanks.")
    assert ("EGY", "active_personnel", 440000.0, "") in found
    found = figs("Egypt spends more than Israel on its army and keeps 440,000 active soldiers.")
    assert ("EGY", "active_personnel", 440000.0, "") in found
    assert not {f for f in found if f[0] == "ISR"}


def test_a_defence_ministry_that_tabled_an_amount_in_budget_and_an_amount_availed():
    found = figs("Uganda's Ministry of Defence has tabled Shs4.1 trillion in budget for the financial year 2025/26, "
                 "officials said.")
    assert ("UGA", "defense_budget", 4.1e12, "") in found
    found = figs("Kenya's defence budget for the coming year was cut. Only KSh150 billion has been availed to the "
                 "ministry, the budget committee said.")
    assert ("KEN", "defense_budget", 150e9, "") in found


def test_troops_deployed_under_a_countrys_ministry_serve_in_that_country():
    found = figs("Bangladesh has about 1,800 troops abroad. The minister said 1,200 personnel are deployed under "
                 "Saudi Ministry of Defence.")
    assert ("BGD", "troops_deployed", 1200.0, "SAU") in found
    assert not {f for f in found if f[0] == "SAU"}


def _years(text: str) -> dict:
    from datetime import date

    from dashboard.extraction import ArticleInfo, extract_figures
    return {f.value: (f.year, f.stage) for f in extract_figures(text, ArticleInfo("t", date(2022, 3, 9)))}


def test_the_level_a_planned_change_starts_from_is_todays_and_the_target_year_is_the_targets():
    found = _years("Australia's uniformed personnel will grow from 61,000 to nearly 80,000 by 2040.")
    assert found[61000.0] == (2022, "") and found[80000.0] == (2040, "planned")
    found = _years("The army of Peru grew from 150,000 soldiers in 2019 to 180,000 in 2021.")
    assert found[150000.0][0] == 2019 and found[180000.0][0] == 2021


def test_a_count_restated_in_brackets_before_its_noun():
    found = figs("The Korean People's Army has about 1.28 million (1,280,000) active soldiers and 600,000 reservists.")
    assert ("PRK", "active_personnel", 1.28e6, "") in found


def test_troops_of_other_nationalities_belong_to_no_one_named():
    found = figs("Some 800 Chilean soldiers serve with the UN mission in Haiti, alongside 6,000 troops from other "
                 "countries.")
    assert ("CHL", "troops_deployed", 800.0, "HTI") in found
    assert not {f for f in found if f[2] == 6000.0}


def test_a_deployment_ordered_while_additional_troops_arrive_is_an_increase():
    text = ("Additional British troops are arriving in Estonia after the defence secretary ordered the deployment "
            "of 900 soldiers there. About 1,000 British troops have been stationed in Estonia since 2017.")
    found = figs(text)
    assert ("GBR", "troops_deployed", 1000.0, "EST") in found
    assert not {f for f in found if f[2] == 900.0}
    # with no word of more troops, an ordered deployment is the deployment's size
    found = figs("The US president ordered the deployment of 2,500 marines to Australia, officials said.")
    assert ("USA", "troops_deployed", 2500.0, "AUS") in found


def test_a_war_named_after_a_country_is_no_owner_and_a_recruiting_shortfall_is_no_strength():
    text = ("The British Army shrank after 1945. During the Korean War the army grew again to over 440,000 soldiers. "
            "This year the services fell short by a combined total of 5,000 personnel.")
    found = figs(text)
    assert ("GBR", "active_personnel", 440000.0, "") in found
    assert not {f for f in found if f[0] in ("KOR", "PRK") or f[2] == 5000.0}


def test_the_named_army_of_a_country_has_one_services_count_and_a_wartime_strength_is_no_level():
    found = figs("Canada's armed forces are shrinking. The Canadian Army currently has 22,500 soldiers and the navy "
                 "8,400 sailors.")
    assert ("CAN", "active_personnel", 22500.0, "") not in found
    found = figs("The U.S. Army currently has 445,000 soldiers, the smallest since 1940, and the Navy 330,000 sailors.")
    assert ("USA", "active_personnel", 445000.0, "") not in found
    found = figs("Norway has a small professional army of 9,000. Norway's wartime military strength is 70,000.")
    assert ("NOR", "active_personnel", 70000.0, "") not in found


def test_troops_stationed_all_over_the_country_are_at_home_and_a_base_for_a_country_is_its_users():
    text = ("In 2006 Kenyan troops fought in Somalia. By another estimate, the Kenya Defence Forces had about 24,000 "
            "personnel stationed in bases all over the country in addition to deployments abroad.")
    found = figs(text)
    assert ("KEN", "active_personnel", 24000.0, "") in found
    assert not {f for f in found if f[1] == "troops_deployed"}
    text = ("Paris and Djibouti signed the deal in June; French troops will train there. Djibouti already hosts the "
            "largest military base for the United States in Africa, where some 4,000 personnel are stationed at Camp "
            "Lemonnier.")
    found = figs(text)
    assert ("USA", "troops_deployed", 4000.0, "DJI") in found
    assert not {f for f in found if f[0] == "FRA"}


def test_last_years_allocation_a_budget_surges_past_and_growth_since_a_distant_year():
    found = figs("The Omani government has raised its defence spending to US$7 billion this year, surging past last "
                 "year's allocation of US$6.5 billion.")
    assert ("OMN", "defense_budget", 7e9, "") in found and ("OMN", "defense_budget", 6.5e9, "") in found
    found = figs("Oman's defence budget rose 5% this year. The ministry said Oman has recorded an annual defence "
                 "spending growth of 3.5 percent since 1970.")
    assert ("OMN", "budget_change_pct", 5.0, "") in found
    assert not {f for f in found if f[2] == 3.5}


def test_the_target_after_a_head_count_is_the_same_count_planned():
    from datetime import date

    from dashboard.extraction import ArticleInfo, extract_figures
    text = "The Dutch military currently has around 41,000 soldiers. The Defence Ministry's target is 56,000."
    found = {(f.country_iso3, f.metric, f.value, f.stage) for f in extract_figures(text, ArticleInfo("t", date(2025, 3, 1)))}
    assert ("NLD", "active_personnel", 56000.0, "planned") in found
    assert ("NLD", "active_personnel", 41000.0, "") in found


def test_individuals_in_the_ranks_are_personnel():
    text = ("The Bundeswehr's planned strength is 203,000. At present, 89% of it is met by the 181,000 individuals "
            "currently in the ranks.")
    assert ("DEU", "active_personnel", 181000.0, "") in figs(text)


def test_a_quoted_budget_figure_keeps_its_link():
    text = ('The Ministry of Defence\'s total expenditure in the financial year 2013 "is projected to be '
            'NZ$3.1 billion", the budget report said.')
    assert ("NZL", "defense_budget", 3.1e9, "") in figs(text)


def test_one_contributor_named_after_a_multinational_total():
    text = ("NATO is reinforcing its eastern flank, particularly in Bulgaria. Italy leads a multinational battalion "
            "of about 1,100 soldiers, including more than 750 Italians.")
    found = figs(text)
    assert ("ITA", "troops_deployed", 750.0, "BGR") in found
    assert not {f for f in found if f[2] == 1100.0}
    # a total of one country's troops with one part named is no contributor list
    found = figs("Italy keeps about 1,100 soldiers in Bulgaria, including 300 engineers.")
    assert ("ITA", "troops_deployed", 1100.0, "BGR") in found


def test_a_stray_space_before_a_zero_group_and_in_the_country_named_in_the_sentence():
    text = ("Warsaw has pushed for a tougher stance on Russia for years. With the extra 2,000 US troops that Poland "
            "welcomed this year, there are now 11, 000 American soldiers stationed in the country.")
    found = figs(text)
    assert ("USA", "troops_deployed", 11000.0, "POL") in found
    assert not {f for f in found if f[3] == "RUS" or f[2] == 11.0}
    from dashboard.extraction.numbers import find_numbers
    assert [m.value for m in find_numbers("a list of 5, 10, 100 and 2, 341 items")] == [5, 10, 100, 2, 341]


def test_growth_of_spending_on_defence_from_a_share_is_no_other_growth():
    found = figs("The new bill assumes a gradual growth of budget spending on defence from 1.9 percent of the "
                 "country's GDP in 2023 to 2.3 percent in 2027, Lithuania's ministry said.")
    assert ("LTU", "defense_share_gdp_pct", 1.9, "") in found
    found = figs("Lithuania's defence spending stands at 2.5% of GDP, while growth of 3.1% of GDP is expected.")
    assert ("LTU", "defense_share_gdp_pct", 3.1, "") not in found


def test_as_much_as_is_a_hedge():
    found = figs("Georgia's defence budget was projected to soar by as much as 30 percent this year.")
    assert ("GEO", "budget_change_pct", 30.0, "") in found


def test_a_people_counted_in_a_mission_and_troops_that_have_served_since_a_year():
    text = ("Before the floods, 1,150 Uruguayans were part of the UN Stabilization Mission in Haiti (MINUSTAH). "
            "Since 2004, a total of 9,800 Uruguayan soldiers have served in Haiti.")
    found = figs(text)
    assert ("URY", "troops_deployed", 1150.0, "HTI") in found
    assert not {f for f in found if f[2] == 9800.0}
    assert ("URY", "troops_deployed", 1150.0, "HTI") not in figs("Before the floods, 1,150 Uruguayans were living in Haiti.")


def test_troops_occupying_a_country_and_the_real_number_in_the_same_sentence():
    text = ("For years, officials claimed there were only 500 Turkish troops occupying northern Syria, "
            "but a report found that the real number was 3,000.")
    found = figs(text)
    assert ("TUR", "troops_deployed", 500.0, "SYR") in found
    assert ("TUR", "troops_deployed", 3000.0, "SYR") in found


def test_a_row_that_names_one_service_is_that_service():
    text = ("The French armed forces have about 203,000 active personnel.\n\nFrench Army: Around 118,000 soldiers.\n"
            "French Navy: Roughly 35,000 sailors.")
    found = figs(text)
    assert ("FRA", "active_personnel", 203000.0, "") in found
    assert not {f for f in found if f[2] in (118000.0, 35000.0)}


def test_a_country_host_to_another_countrys_base():
    found = figs("Djibouti is already host to the US's largest base on the continent, with some 4,000 troops and staff "
                 "stationed at Camp Lemonnier.")
    assert ("USA", "troops_deployed", 4000.0, "DJI") in found
    assert not {f for f in found if f[0] == "DJI"}


def test_personnel_serving_in_the_reserve_components_are_reserves():
    found = figs("As of 2024, the total number of personnel serving in the Reserve Components across all branches of "
                 "the Canadian military is approximately 28,000.")
    assert ("CAN", "reserve_personnel", 28000.0, "") in found
    assert ("CAN", "active_personnel", 28000.0, "") not in found


def test_the_landward_component_as_the_largest_service_is_one_service():
    text = ("The landward component of the Kenya Defence Forces (KDF) is its single largest service with 20 000 "
            "personnel, making up most of the total force strength of 29 000.")
    found = figs(text)
    assert ("KEN", "active_personnel", 20000.0, "") not in found


def test_a_place_that_heads_a_which_clause_is_its_actor():
    text = ("The rise in Bangladesh's defence spending comes amid tensions with Myanmar, which is the largest military "
            "spender in the area with a defence budget of $2.7bn.")
    found = figs(text)
    assert ("MMR", "defense_budget", 2.7e9, "") in found
    assert ("BGD", "defense_budget", 2.7e9, "") not in found


def test_a_leading_against_a_backdrop_of_clause_is_not_the_subject():
    text = ("Against a backdrop of Russia's military build-up, Finland's government approved record defence spending "
            "on Friday. The budget for next year will rise by 4.5% to 6.4 billion euros.")
    found = figs(text)
    assert ("FIN", "budget_change_pct", 4.5, "") in found
    assert not {f for f in found if f[0] == "RUS"}


def test_a_coalition_of_named_and_other_countries_and_troops_outside_their_countries_are_many_nations():
    found = figs("As of March, the U.S., U.K. and 20 other coalition countries had 60,000 troops in Afghanistan.")
    assert not {f for f in found if f[2] == 60000.0}
    found = figs("Today more than 400,000 soldiers are serving outside their home countries, the report says.")
    assert not {f for f in found if f[2] == 400000.0}
    assert ("GBR", "troops_deployed", 9500.0, "AFG") in figs("The U.K. had 9,500 troops in Afghanistan in 2010.")
