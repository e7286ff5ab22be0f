"""Real-text classes met after the fifty-eighth sealed set (the project's own sentences, never the sets' passages)."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import deployed as _deployed
from tests.extraction.realtext import got as _got


def test_a_country_in_brackets_or_after_a_comma_that_locates_a_town_is_a_place_not_the_owner():
    text = ("The defence minister visited the camp in Tapa (Estonia), where the 410 soldiers who make up the contingent "
            "with which Denmark takes part in the NATO mission are deployed.")
    assert ("DNK", 410, "EST") in _deployed(text)
    comma = ("The chief of staff visited the base at Rukla, Lithuania, where the 380 soldiers of the contingent with "
             "which Norway takes part in the mission are stationed.")
    assert ("NOR", 380, "LTU") in _deployed(comma)


def test_a_country_bordering_the_host_is_neither_owner_nor_host():
    text = ("Greece's prime minister will visit the troops sent to Bulgaria. The forces deployed in Bulgaria - a "
            "country bordering Turkey - consist of an infantry company, totalling 310 soldiers from all three services.")
    got = _deployed(text)
    assert ("GRC", 310, "BGR") in got and not any(owner == "TUR" or host == "TUR" for owner, _, host in got)


def test_an_allocation_that_went_towards_the_defence_sector_is_its_budget():
    text = ("Defence again tops Ghana's spending plan. The largest allocation, of GH¢ 41 billion in 2017, also went "
            "towards the Defence sector.")
    assert ("GHA", "defense_budget", 41e9) in _got(text)


def test_money_of_other_sectors_after_a_defence_sentence_is_not_defence_money():
    text = ("The allocation for the Defence sector will rise to over GH¢ 45 billion in 2018. Several other sectors will "
            "see steep rises, including Agriculture, which goes from GH¢ 9 billion in 2017 to over GH¢ 14 billion.")
    got = _got(text)
    assert ("GHA", "defense_budget", 45e9) in got
    assert not any(v in (9e9, 14e9) for _, _, v in got)


def test_amounts_that_were_allocated_from_the_state_budget_for_defence():
    text = ("\u201cIf 1.2 billion lari were allocated from the state budget for defence spending in 2012, the figure will "
            "be higher next year,\u201d the minister said. \u201cMore than 1.6 billion lari will be allocated from the "
            "budget-2025 for defence.\u201d")
    got = _got(text, date(2024, 11, 5))
    assert ("GEO", "defense_budget", 1.2e9) in got and ("GEO", "defense_budget", 1.6e9) in got


def test_spending_that_represents_a_percent_in_a_sentence_on_gdp_is_a_share_of_gdp():
    text = ("The defence minister spoke on the budget. Paraguay's GDP was put by the government at 41,000 million, and "
            "military spending then represents more than 1.9% of it, the paper found.")
    assert ("PRY", "defense_share_gdp_pct", 1.9) in _got(text, date(2012, 3, 1))
    text = ("The defence minister spoke on the budget. Paraguay's GDP was put by the government at 41,000 million, and "
            "military spending then represents more than 1.9% and not the 1% the minister cited.")
    assert ("PRY", "defense_share_gdp_pct", 1.9) in _got(text, date(2012, 3, 1))
    other = ("Oman has allocated $6 billion for military spending in its 2024 budget, representing 23 percent of "
             "government expenditure and 5.9 percent of the country's GDP.")
    got = _got(other, date(2024, 1, 5))
    assert ("OMN", "defense_share_gdp_pct", 5.9) in got and not any(v == 23 for _, _, v in got)


def test_men_and_women_serving_in_a_named_army_are_its_strength_unless_the_total_counts_the_police():
    text = "Officials say some 14,800 men and women are currently serving in the Armenian Army."
    assert ("ARM", "active_personnel", 14_800) in _got(text, date(2007, 4, 2))
    police = ("Peru's defence and interior budget for 2015 covers 250,300 men and women in its Armed Forces (120,100 in "
              "the Military Forces and 130,200 in the Police), plus 20,000 civilians.")
    assert not any(v == 250_300 for _, _, v in _got(police, date(2015, 1, 1)))


def test_an_army_whose_strength_is_estimated_at_a_number_of_soldiers():
    text = ("Niger will recruit 1,500 new soldiers in 2020, a real effort for this army, whose strength is estimated at "
            "25,000 soldiers, most of them in the land forces.")
    assert ("NER", "active_personnel", 25_000) in _got(text, date(2020, 1, 1))
    french = ("Le Niger va recruter 1.500 nouveaux soldats en 2020, un effort important pour cette arm\u00e9e dont les "
              "effectifs sont \u00e9valu\u00e9s \u00e0 25.000 soldats, dont la plupart dans l'arm\u00e9e de terre. Les "
              "nouvelles recrues sont attendues dans les casernes du pays pour une formation de six mois.")
    assert ("NER", "active_personnel", 25_000) in _got(french, date(2020, 1, 1))


def test_eu_wide_shares_are_aggregates_and_a_list_of_shares_after_another_kind_of_percent_is_not_read_as_gdp():
    text = ("Defence spending as a share of GDP in Latvia was the highest in the union in 2019, at 2.0 percent, the "
            "report says. Latvia was followed by France (1.8 percent) and Poland (1.7 percent). Across the EU, defence "
            "spending was 1.2 percent of GDP, and in the eurozone 1.1 percent of GDP. In Latvia defence took 5.5 "
            "percent of the state budget, the highest in Europe. Estonia came second with 4.1 percent.")
    got = _got(text, date(2020, 3, 1))
    assert {("LVA", "defense_share_gdp_pct", 2.0), ("FRA", "defense_share_gdp_pct", 1.8),
            ("POL", "defense_share_gdp_pct", 1.7)} <= got
    assert not any(v in (1.2, 1.1, 4.1) for _, _, v in got)


def test_german_country_names_and_verbs_carry_a_list_of_shares_of_gdp():
    text = ("\u201eDie Verteidigungsausgaben am BIP in Lettland waren 2019 die h\u00f6chsten in der EU, sie betrugen 2,0 "
            "Prozent\u201c, hei\u00dft es im Bericht.\n\nLettland sei von Frankreich (1,8 Prozent) und Polen (1,7 Prozent) "
            "gefolgt worden.\n\nIn der gesamten EU w\u00fcrden die Verteidigungsausgaben 1,2 Prozent am BIP betragen, so "
            "der Bericht weiter.")
    got = _got(text, date(2020, 3, 1))
    assert {("LVA", "defense_share_gdp_pct", 2.0), ("FRA", "defense_share_gdp_pct", 1.8),
            ("POL", "defense_share_gdp_pct", 1.7)} <= got
    assert not any(v == 1.2 for _, _, v in got)


def test_a_country_expected_to_fall_to_a_place_in_a_ranking_of_shares_with_a_percent_in_a_year():
    text = ("Croatia led the region's defence spending, which accounted for 1.9% of its GDP in 2023, followed by "
            "Slovenia with 1.4%. Analysts expect Slovenia to overtake Hungary, which is expected to fall to third place "
            "in the ranking with 1.3% in 2024.")
    assert ("HUN", "defense_share_gdp_pct", 1.3) in _got(text, date(2024, 2, 1))


def test_militaries_right_after_a_figure_are_soldiers():
    text = "\u201cAt present, Bulgaria has 150 militaries deployed for the mission in Afghanistan,\u201d the president said."
    assert ("BGR", 150, "AFG") in _deployed(text, date(2014, 10, 1))


def test_a_bare_congo_in_a_story_about_the_m23_rebels_is_the_drc():
    text = ("Some 400 Malawian soldiers serve in Congo, where the fighting with the M23 rebels delayed their return, "
            "the army said.")
    assert ("MWI", 400, "COD") in _deployed(text, date(2025, 2, 1))


def test_the_country_after_a_sentence_on_a_contingent_from_it_and_the_contributor_a_rank_comes_after():
    text = ("Somalia's government thanked the departing troops. These soldiers will be replaced by a new contingent from "
            "Ethiopia. The country contributes around 4,000 troops to Amisom, the third-largest contributor after Uganda.")
    got = _deployed(text, date(2016, 5, 1))
    assert ("ETH", 4000, "SOM") in got and not any(owner == "UGA" for owner, _, _ in got)


def test_an_amount_restating_a_share_of_gdp_as_its_equivalent_is_the_budget():
    text = "Ireland currently spends about 0.3 percent of GDP on its armed forces, the equivalent of 1,100 million euros a year."
    got = _got(text, date(2022, 3, 1))
    assert ("IRL", "defense_share_gdp_pct", 0.3) in got and ("IRL", "defense_budget", 1.1e9) in got
    portuguese = ("Portugal deverá acompanhar a Europa num aumento das despesas com defesa. O país gasta atualmente com as "
                  "forças armadas cerca de 1,4 por cento da riqueza produzida, o equivalente a 2900 milhões de euros por "
                  "ano. É um valor em linha com a média europeia.")
    got = _got(portuguese, date(2022, 3, 1))
    assert ("PRT", "defense_share_gdp_pct", 1.4) in got and ("PRT", "defense_budget", 2.9e9) in got


def test_a_back_up_strength_the_government_attempts_to_boost_is_a_reserve_target():
    text = ("Trained reservist numbers in Britain fell again, as the Government attempts to boost the Armed Forces' "
            "back-up strength to 30,000.")
    got = [f for f in extract_figures(text, ArticleInfo("t", date(2014, 1, 1))) if f.value == 30_000]
    assert [(f.country_iso3, f.metric, f.stage) for f in got] == [("GBR", "reserve_personnel", "planned")]


def test_shares_after_spending_was_higher_colon_with_gdp_said_in_the_sentence_before():
    text = ("Zambia's military spending amounted to 1.4% of its GDP in 2015 and 1.3% in 2014. The latest budget "
            "documents indicate that military spending was higher: 1.7% in 2015-16 and 1.6% in 2014-15.")
    got = _got(text, date(2017, 1, 1))
    assert ("ZMB", "defense_share_gdp_pct", 1.7) in got and ("ZMB", "defense_share_gdp_pct", 1.6) in got


def test_factbook_rows_a_police_force_a_share_of_central_government_spending_and_a_best_practice_threshold():
    text = ("Military Budget: In 1990 US$41 million, or approximately 1.5 percent of GNP and 7.1 percent of total central "
            "government expenditures.\n\nPolice Force: Bhutanese Police Force of 12,000 personnel under the Ministry of "
            "Home Affairs.")
    got = _got(text, date(1991, 9, 1))
    assert ("BTN", "defense_share_gdp_pct", 1.5) in got and not any(v in (7.1, 12_000) for _, _, v in got)
    threshold = ("Zambia's army needs money for recruitment. \u201cTo move towards the international best practice "
                 "thresholds of 5% of GDP, government will keep the freeze on recruitment,\u201d the minister said.")
    assert not any(v == 5 for _, _, v in _got(threshold, date(2012, 11, 1)))


def test_troops_participating_in_a_mission_are_deployed_but_those_who_participated_over_the_years_are_not():
    text = "At its peak, Paraguay had up to 600 troops participating in the initiative, but it now has fewer."
    assert ("PRY", 600, "") in _deployed(text, date(2017, 1, 1))
    now = "At present there are 7,200 French soldiers in the Sahel participating in the counter-terrorism operation."
    assert ("FRA", 7200, "") in _deployed(now, date(2020, 1, 1)) or ("FRA", 7200, "SAHEL") in _deployed(now, date(2020, 1, 1))
    past = "Some 98,000 Nepali soldiers participated in 40 UN peacekeeping missions since 1958, the army said."
    assert not any(v == 98_000 for _, v, _ in _deployed(past, date(2020, 1, 1)))


def test_soldiers_who_rotate_in_and_out_of_a_country_are_stationed_there():
    text = ("The added troops will join about 3,500 U.S. soldiers who rotate in and out of Lithuania, the president "
            "said on Wednesday.")
    assert ("USA", 3500, "LTU") in _deployed(text, date(2019, 6, 12))


def test_a_reservist_target_is_a_planned_reserve_strength():
    text = ("Australia's defence minister insists he remains confident the 30,000 reservist target will be met by 2026, "
            "with the recruitment campaign in its second year.")
    got = [(f.country_iso3, f.metric, f.value, f.stage) for f in extract_figures(text, ArticleInfo("t", date(2023, 5, 1)))]
    assert got == [("AUS", "reserve_personnel", 30_000, "planned")]


def test_a_dollar_prefix_names_no_country_and_the_amount_just_stated_owns_its_change():
    text = ("Photo: United States Army paratroopers train with Jordanian soldiers.\n\nThe last time defence outlays were "
            "made public was in 1985, when the finance minister stated that the military would receive JD150 million "
            "(about US$400 million at the 1985 rate of exchange) in fiscal year 1985. The amount was 14 percent higher "
            "than the amount for the preceding year and equaled 11 percent of total central government expenditures.")
    got = _got(text, date(1990, 1, 1))
    assert ("JOR", "budget_change_pct", 14) in got and not any(owner == "USA" for owner, _, _ in got)


def test_shares_others_are_urged_or_forced_to_spend_and_an_idea_questioned_are_no_levels():
    text = ("ZAGREB, May 21 -- The president questioned on Wednesday the idea of allocating five percent of Slovenia's "
            "gross domestic product (GDP) to defense. \"We are being forced to spend five percent of GDP on defense,\" he "
            "said. Slovenia will increase its defense spending to 2 percent of its GDP by 2027. U.S. President Donald "
            "Trump has urged members of the North Atlantic Treaty Organisation (NATO) to raise defense spending to 5 "
            "percent of their GDP.")
    got = _got(text, date(2025, 5, 21))
    assert ("SVN", "defense_share_gdp_pct", 2) in got and not any(v == 5 for _, _, v in got)


def test_a_page_that_never_names_its_country_takes_the_one_its_address_files_it_under():
    from dashboard.extraction.home import url_path_words
    text = ("UNITED24 - Make a charitable donation in support of Ukraine!\n\n\nThe Armed Forces\n\nThe Armed Forces "
            "include ground forces, a small navy and an air force. Numbering an estimated 21,000 active troops in 2010, "
            "the force is mostly conscripts.")
    info = ArticleInfo("t", date(2023, 1, 1), url="https://www.example.org/military/world/belarus/forces.htm")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, info)}
    assert ("BLR", "active_personnel", 21_000) in got and not any(owner == "UKR" for owner, _, _ in got)
    assert url_path_words("https://www.example.org/military/world/belarus/forces.htm") == "military world belarus forces htm"
    assert url_path_words("") == ""


def test_a_named_countrys_force_in_an_allied_deployment_and_the_alliances_total():
    text = ("Spanish troops will leave for Slovakia Saturday to lead a NATO battle force. The Spanish force will number "
            "380 while the total NATO deployment will be up to 1,200 troops, the broadcaster reported.")
    got = _deployed(text, date(2022, 3, 1))
    assert ("ESP", 380, "SVK") in got and not any(v == 1200 for _, v, _ in got)


def test_a_demonym_after_strong_owns_the_force_but_a_led_group_is_the_alliances():
    text = ("Operation Sangaris supports the government in Bangui. It began in December 2013 and consists of a "
            "1,600-strong French force, headquartered in Bangui, the capital of the Central African Republic.")
    assert ("FRA", 1600, "CAF") in _deployed(text, date(2014, 6, 1))
    led = ("The soldiers will join the 1,100-strong German-led NATO battle group already stationed in the country, "
           "Lithuania's defence ministry said.")
    assert _deployed(led, date(2022, 3, 1)) == {("NATO", 1100.0, "LTU")}  # (the alliance's, as real passages label it, since the sixteenth sitting)


def test_a_brigade_in_a_country_is_deployed_there_and_an_aggression_to_deter_is_no_owner():
    text = ("Germany's defence minister opened the new headquarters in Vilnius. The brigade has been planned since 2023 "
            "and is designed to deter further Russian aggression in the region. The brigade in Lithuania will consist of "
            "about 4,800 personnel and 2,000 vehicles.")
    got = _deployed(text, date(2025, 4, 1))
    assert ("DEU", 4800, "LTU") in got and not any(owner == "RUS" for owner, _, _ in got)


def test_the_units_a_deployment_consists_of_are_parts_of_it():
    text = ("Pakistan has peacekeepers in the Congo region. \"Our air force contingent is already there,\" he said. "
            "Pakistan's present deployment consists of a 250-strong air force contingent armed with utility helicopters "
            "and a 120-member army team, the agency said.")
    assert not _deployed(text, date(2004, 10, 1))


def test_strength_that_stood_around_combat_effective_members_local_forces_and_a_state_department_source():
    text = ("In 2003 the co-minister of defence stated that the total Laotian military strength stood around 60,000 "
            "persons. The US Department of State estimated in 1998 that there were at most 25,000 combat effective "
            "members of the armed forces. Another report gave Local Forces for village defense with company-sized units "
            "totalling 20,000.")
    got = _got(text, date(2004, 1, 1))
    assert ("LAO", "active_personnel", 60_000) in got and not any(v in (25_000, 20_000) for _, _, v in got)


def test_a_budget_going_from_an_amount_in_a_year_to_a_bare_number_and_a_budget_for_a_period():
    text = ("Last February, President Lenin Moreno announced that Ecuador's defence budget for 2020 would be reduced "
            "sharply because of the economic crisis the country lived through, going from 1,210 million dollars in 2019 "
            "to 990 this year. Between 2010 and 2018, the defence board had a budget in that period of 745 million "
            "dollars.")
    got = _got(text, date(2020, 3, 1))
    assert ("ECU", "defense_budget", 1.21e9) in got and ("ECU", "defense_budget", 990e6) in got
    assert not any(v == 745e6 for _, _, v in got)


def test_money_the_defence_ministry_has_taken_from_the_budget():
    text = ("After the onset of the 2015 offensive, Syria's defence ministry has taken between $3bn and $4bn from the "
            "budget each year.")
    got = [(f.country_iso3, f.metric, f.low, f.high) for f in extract_figures(text, ArticleInfo("t", date(2017, 3, 1)))]
    assert got == [("SYR", "defense_budget", 3e9, 4e9)]


def test_a_deployment_level_reached_next_year_from_the_current_one():
    text = ("According to the plan, the total number of Slovak soldiers abroad will reach almost 700 next year, from the "
            "current 450.")
    got = [(f.country_iso3, f.value, f.year, f.stage) for f in extract_figures(text, ArticleInfo("t", date(2019, 5, 1)))
           if f.metric == "troops_deployed"]
    assert ("SVK", 450, 2019, "") in got and any(v == 700 and stage == "planned" for _, v, _, stage in got)


def test_a_total_in_foreign_missions_including_counts_in_named_missions():
    text = ("More than 600 Slovenian soldiers are serving in foreign missions, including 300 in NATO's KFOR mission and "
            "nearly 100 in the EU-managed EUFOR Althea mission in Bosnia-Herzegovina.")
    got = _deployed(text, date(2014, 9, 1))
    assert {("SVN", 600, ""), ("SVN", 300, "XKX"), ("SVN", 100, "BIH")} <= got
    assert not any(host == "NATO" for _, _, host in got)


def test_the_peacetime_size_of_the_armed_forces_is_a_number_of_troops():
    text = ("The report notes that the peacetime size of North Macedonia's armed forces is 8,000 troops, which is deemed "
            "in line with the needs of the country.")
    assert ("MKD", "active_personnel", 8000) in _got(text, date(2016, 3, 1))


def test_the_number_of_armed_forces_agreed_to_be_at_least_a_count_is_a_planned_strength():
    text = ("The leaders have agreed the number of national armed forces to be at least 24,000 soldiers and at least "
            "30,000 police personnel, according to the agreement obtained by Libya's state media.")
    got = [(f.country_iso3, f.metric, f.value, f.stage) for f in extract_figures(text, ArticleInfo("t", date(2023, 3, 20)))]
    assert got == [("LBY", "active_personnel", 24_000, "planned")]


def test_a_missions_own_size_is_no_contributors_deployment():
    text = ("Chile's contingent is the largest of the countries that have sent troops to Haiti. The UN authorized the "
            "entire number of peacekeepers to be increased to 9,200 military troops on Jan. 19. Regardless of Norway's "
            "participation, MINUSMA had about 13,000 troops on the ground in late 2020, according to its website.")
    got = _deployed(text, date(2021, 2, 1))
    assert not any(v in (9200, 13_000) for _, v, _ in got)


def test_money_the_defence_ministry_received_this_year_is_its_budget():
    text = "Bolivia's Defence Ministry received this year about USD 310 million, the finance ministry said."
    assert ("BOL", "defense_budget", 310e6) in _got(text, date(2012, 7, 1))
    aid = "The Defence Ministry received about USD 40 million in military aid from Washington, Bolivia's papers said."
    assert not any(m == "defense_budget" for _, m, _ in _got(aid, date(2012, 7, 1)))


def test_a_country_compared_to_with_a_hyphenated_million_owns_its_forces():
    text = "India has 1.4 million troops, compared to China's 2-million armed forces, the ministry said."
    got = _got(text, date(2019, 1, 1))
    assert ("CHN", "active_personnel", 2e6) in got and ("IND", "active_personnel", 2e6) not in got


def test_members_on_active_duty_from_the_current_level_to_a_maximum():
    text = ("Austria's reforms will reduce the number of members on active duty from the current level of 110,000 to a "
            "maximum of 55,000.")
    got = {(f.country_iso3, f.metric, f.value, f.stage) for f in extract_figures(text, ArticleInfo("t", date(2004, 7, 1)))}
    assert ("AUT", "active_personnel", 110_000, "") in got and any(f[2] == 55_000 for f in got)


def test_an_increase_or_an_amount_over_last_years_spending_and_a_decrease_on_a_requested_amount():
    text = ("The government said the 2018 defence allocation represents a slight increase, or MYR150 million, over actual "
            "military spending in 2017. It is also notable that Malaysia's approved budget for 2018 is a decrease on the "
            "MYR16 billion requested by the Ministry of Defence earlier this year.")
    got = _got(text, date(2017, 11, 1))
    assert ("MYS", "budget_change_amount", 150e6) in got and ("MYS", "defense_budget", 16e9) in got


def test_a_portuguese_deployed_national_force_takes_the_host_named_paragraphs_before():
    text = ("Portugal participa na missão das Nações Unidas no Mali (MINUSMA) com uma companhia de infantaria. Esta "
            "companhia poderá também prestar apoio à missão de treino da União Europeia no terreno. Portugal contribui "
            "ainda com elementos nacionais destacados no quartel-general da missão. Os militares chegaram em março. No "
            "total, integram a força nacional destacada cerca de 140 militares, dos quais 80 comandos.")
    assert ("PRT", 140, "MLI") in _deployed(text, date(2019, 5, 1))


def test_an_increase_that_could_represent_an_amount_is_its_size():
    text = ("North Macedonia's government is expected to raise defense spending to three percent of its GDP next year, up "
            "from the current two percent. This increase could represent at least 150 million euros, the paper said.")
    assert ("MKD", "budget_change_amount", 150e6) in _got(text, date(2025, 7, 1))


def test_an_additional_amount_a_rise_involves_and_a_detachment_made_up_of_soldiers():
    text = ("The Belgian cabinet wants to commit to the new NATO standard. Defense spending must therefore increase "
            "significantly in the coming years. This involves an additional 4 billion euros annually.")
    assert ("BEL", "budget_change_amount", 4e9) in _got(text, date(2025, 6, 1))
    detachment = ("The presence of allied troops in Bulgaria is the new normal, said the chief of staff. The rest of the "
                  "Greek detachment, which is made up of 180 military, as well as equipment, will reach Bulgaria in the next few days.")
    assert ("GRC", 180, "BGR") in _deployed(detachment, date(2022, 4, 1))


def test_a_whole_budget_driven_by_a_rise_in_military_spending_and_a_countrys_contingent_of_a_mission():
    text = ("Japan will increase its defense spending for 2024 to a record 7.9 trillion yen. The budget for next April "
            "was agreed by the cabinet on Friday, totaling 112.1 trillion yen ($830 billion), mostly due to a significant "
            "rise in military spending and rising social security costs.")
    assert _got(text, date(2023, 12, 23)) == {("JPN", "defense_budget", 7.9e12)}
    contingent = ("The spokesman said the withdrawn troops were not from Kenya's 3,600-strong contingent of the African "
                  "Union mission, AMISOM, but from forces deployed in Somalia unilaterally.")
    assert ("KEN", 3600, "SOM") in _deployed(contingent, date(2016, 10, 1))


def test_a_un_battalion_code_names_its_country_in_a_leading_clause():
    text = ("Under the NEPBATT 2 of the United Nations Interim Force in Lebanon (UNIFIL), 870 officers are deployed there "
            "to restore peace, with special attention to Lebanon and Israel's shared border.")
    got = _deployed(text, date(2019, 3, 1))
    assert [owner for owner, v, _ in got if v == 870] == ["NPL"]


def test_a_country_with_its_share_in_a_bracketed_which_clause():
    text = ("Regionally, Tunisia was outspent in 2012 by Algeria, with 4.5 percent of GDP dedicated to military spending, "
            "and Morocco (3.4 percent), but surpassed Libya (which spent 1.2 percent that same year).")
    got = _got(text, date(2013, 3, 1))
    assert ("LBY", "defense_share_gdp_pct", 1.2) in got and ("MAR", "defense_share_gdp_pct", 1.2) not in got


def test_a_share_of_a_budget_including_aid_named_between_commas_is_still_a_share_of_gdp():
    text = ("\"The total defence budget, including aid to Ukraine, will amount to 2.9 percent of Norwegian GDP this year "
            "and in 2025,\" the prime minister said.")
    assert ("NOR", "defense_share_gdp_pct", 2.9) in _got(text, date(2024, 2, 1))


def test_a_yearly_change_beside_a_change_since_a_year_keeps_its_own_reading():
    text = ("The minister welcomed a record allocation of €1.2 billion for Defence in Budget 2025, marking a 9% increase "
            "on last year and a 30% rise since 2021, in Ireland's largest defence budget.")
    got = _got(text, date(2024, 10, 8))
    assert ("IRL", "budget_change_pct", 9) in got and ("IRL", "budget_change_pct", 30) not in got


def test_a_budget_increased_from_one_level_into_another():
    text = ("\"Starting in 2011, we'll significantly increase our defense budget from 42.3 trillion rupiah ($4.1 billion) "
            "into 47.5 trillion,\" the president was quoted as saying by Antara news agency.")
    assert ("IDN", "defense_budget", 47.5e12) in _got(text, date(2010, 7, 12))


def test_the_trained_reserve_is_a_number():
    text = ("At the moment the Latvian army consists of 6,000 professional troops and 800 draftees as well as a staff of "
            "1,500 civilians. The trained reserve is 3,000 big.")
    got = _got(text, date(2015, 3, 1))
    assert ("LVA", "reserve_personnel", 3000) in got and not any(v == 1500 for _, _, v in got)


def test_contributors_listed_with_their_counts_and_the_missions_total_from_many_countries():
    text = ("Some 2,900 Italian troops are serving with NATO's mission in Afghanistan. About 40 countries contribute "
            "51,000 troops to the mission, led by the US with around 20,000 troops and Britain with more than 9,000.")
    got = _deployed(text, date(2009, 6, 1))
    assert {("USA", 20_000, "AFG"), ("GBR", 9000, "AFG")} <= got and not any(v == 51_000 for _, v, _ in got)


def test_a_total_military_personnel_row_is_neither_metric_even_when_the_list_is_cut_after_it():
    text = ("Chile\n\nTotal population: 17,925,000\n\nManpower available: 8,500,000\n\nTotal military personnel: 141,500\n\n")
    assert not any(m in ("active_personnel", "reserve_personnel") for _, m, _ in _got(text, date(2018, 5, 1)))
