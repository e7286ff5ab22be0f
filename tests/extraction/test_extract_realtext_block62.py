"""Real-text classes met after the sixty-second sealed set (the project's own sentences, never the sets' passages)."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import deployed as _deployed
from tests.extraction.realtext import got as _got


def test_the_country_after_a_sentence_that_opens_with_another_country_is_that_one_in_a_foreign_agency_copy():
    text = ("WASHINGTON, May 3, 2005 - Officials said today that the deployment would go on. Honduras is actually "
            "expanding its role. The country is sending 410 soldiers to Iraq, up from 370.")
    got = _deployed(text, date(2005, 5, 3), publisher="American Forces Press Service")
    assert {("HND", 410, "IRQ"), ("HND", 370, "IRQ")} <= got and not any(owner == "USA" for owner, _, _ in got)


def test_regular_force_personnel_after_a_reserve_clause_are_the_active_force():
    text = ("The 2014 plan said the Reserve Force will be held at 24,000 which, together with the 65,000 Regular "
            "Force personnel, gives Canada the balance it needs.")
    got = _got(text, date(2014, 3, 1))
    assert ("CAN", "active_personnel", 65_000) in got and ("CAN", "reserve_personnel", 65_000) not in got


def test_an_alliance_named_as_the_group_a_country_is_ranked_among_is_not_the_owner():
    text = ("Denmark's armed forces number about 15,000. Among European NATO members, the military expenditure of "
            "US$5.1 billion is one of the highest per head.")
    got = _got(text, date(2021, 1, 1))
    assert ("DNK", "defense_budget", 5.1e9) in got and not any(owner == "NATO" for owner, _, _ in got)


def test_counts_placed_in_one_service_each_are_components_not_the_active_force():
    text = ("Guatemala's military keeps an active force of 15,200 and 63,000 reserves. In 2010 there were 13,000 in "
            "the army, 900 in the air force and 1,300 in the navy.")
    got = _got(text, date(2011, 1, 1))
    assert ("GTM", "active_personnel", 15_200) in got and ("GTM", "active_personnel", 13_000) not in got


def test_a_total_who_served_in_a_task_group_is_a_sum_over_rotations_not_a_strength():
    text = ("A total of 2,900 New Zealand Defence Force personnel proudly served in the reconstruction team, and only "
            "a few were hurt. Today the force has 9,000 active personnel.")
    got = _got(text, date(2013, 4, 1))
    assert ("NZL", "active_personnel", 9000) in got and not any(v == 2900 for _, _, v in got)


def test_a_budget_from_a_level_now_after_a_fiscal_year_with_a_slash_is_todays_level():
    text = ("Canada will raise defence spending. The plan calls for a budget of C$30.1 billion in 2027/28 from "
            "C$19.4 billion now.")
    figures = [f for f in extract_figures(text, ArticleInfo("t", date(2018, 6, 7))) if f.metric == "defense_budget"]
    now = next(f for f in figures if f.value == 19.4e9)
    assert now.year == 2018 and now.stage in ("", "actual")
    undated = [f for f in extract_figures(text, ArticleInfo("t", None)) if f.value == 19.4e9]
    assert undated and undated[0].year is None


def test_a_share_from_a_level_today_is_dated_by_the_article_not_the_target():
    text = "The strategy projects defence spending rising to 2.3 per cent of GDP by 2031-32, from about 2 per cent today."
    got = {(f.value, f.year) for f in extract_figures(text, ArticleInfo("t", date(2022, 5, 1), publisher="The Australian"))
           if f.metric == "defense_share_gdp_pct"}
    assert (2.0, 2022) in got


def test_a_strength_that_rose_to_or_fell_below_a_later_level_gives_both_levels():
    rising = "The total personnel strength of Oman's armed forces was estimated at 29,500 in 1990, rising to 34,000 in 1994."
    got = {(f.value, f.year) for f in extract_figures(rising, ArticleInfo("t", date(1996, 1, 1))) if f.metric == "active_personnel"}
    assert {(29_500, 1990), (34_000, 1994)} <= got
    below = "The cuts took Belgium's troop numbers from 47,000 to below 40,000."
    figures = [f for f in extract_figures(below, ArticleInfo("t", date(2001, 1, 1))) if f.metric == "active_personnel"]
    assert {f.value for f in figures} == {47_000, 40_000}
    assert next(f for f in figures if f.value == 40_000).qualifier == "upper_bound"


def test_volunteers_of_an_army_named_before_them_after_a_comma_are_its_strength():
    got = _got("Armed Forces: Royal Bhutan Army, of about 8,000 volunteers. Service is for life.", date(1992, 1, 1))
    assert ("BTN", "active_personnel", 8000) in got


def test_men_placed_in_a_named_country_in_a_list_of_contributions_are_deployments():
    text = ("Slovenia takes part in several peacekeeping efforts, including with about 350 men in Kosovo (KFOR) and in "
            "addition with 60 men in Afghanistan and 45 men in Lebanon.")
    got = _deployed(text, date(2008, 1, 1))
    assert {("SVN", 350, "XKX"), ("SVN", 60, "AFG"), ("SVN", 45, "LBN")} <= got
    both = "With only 62,000 regulars, it is all we can do to keep 2,500 men and women in Afghanistan, Canada's general said."
    assert ("CAN", 2500, "AFG") in _deployed(both, date(2007, 1, 1))


def test_armed_groups_named_by_a_demonym_are_not_the_subject_and_missions_summed_over_years_are_not_deployments():
    text = ("THE men and women of the New Zealand Defence Force were busier abroad last year than ever.\n"
            "They chased Somali pirates off the Horn of Africa and treated wounded soldiers in Afghanistan.\n"
            "The troops joined over 3,000 servicemen who have been deployed in 41 United Nations-sanctioned missions "
            "since 1990.\nThe most recent one there put 42 men and women in the Uruzgan province, where they ran a clinic.")
    got = _deployed(text, date(2010, 2, 1))
    assert ("NZL", 42, "AFG") in got and not any(owner == "SOM" or v == 3000 for owner, v, _ in got)


def test_an_amount_allocated_for_a_named_countrys_defence_in_a_headline_is_its_budget():
    text = "Budget 2023-24: Rs1804b allocated for Pakistan's defence\n\nISLAMABAD - The finance minister spoke on Friday."
    assert ("PAK", "defense_budget", 1804e9) in _got(text, date(2023, 6, 9))


def test_the_federal_budgets_outlay_after_a_defence_sentence_is_not_defence_money():
    text = ("Pakistan allocated Rs1804 billion for the defence budget. The minister presented the federal budget "
            "for the next fiscal year 2023-24 in the National Assembly with an outlay of Rs14.5 trillion.")
    got = _got(text, date(2023, 6, 9))
    assert ("PAK", "defense_budget", 1804e9) in got and not any(v == 14.5e12 for _, _, v in got)


def test_years_that_belong_to_a_share_named_after_an_amount_do_not_make_the_amount_a_multi_year_total():
    text = ("In May, Wellington unveiled a plan that will lift defence spending to NZ$8 billion in the next financial "
            "year, with a goal of reaching roughly 1.8 per cent of gross domestic product within five years.")
    assert ("NZL", "defense_budget", 8e9) in _got(text, date(2025, 6, 1))
    total = "The plan will lift defence spending by NZ$12 billion within five years."
    assert not any(v == 12e9 and m == "defense_budget" for _, m, v in _got(total, date(2025, 6, 1)))


def test_soldiers_the_tours_have_seen_deployed_are_summed_over_rotations():
    text = ("Czechia said farewell to 40 soldiers leaving for Afghanistan. \"Overall the tours have seen 210 soldiers "
            "deployed in Afghanistan, of which six were women,\" the state secretary said.")
    assert not any(v == 210 for _, v, _ in _deployed(text, date(2017, 5, 1)))


def test_troops_sent_to_join_a_un_force_in_a_country_named_after_it_are_deployed_there():
    headline = "Swedes to send 250 troops to U.N. force in Mali\n\nSTOCKHOLM - The cabinet decided on Thursday."
    assert ("SWE", 250, "MLI") in _deployed(headline, date(2014, 3, 1))
    body = ("STOCKHOLM (AP) - The Swedish government is sending 250 troops to join a U.N. peacekeeping force in the "
            "conflict-torn West African nation of Mali, the prime minister announced.")
    assert ("SWE", 250, "MLI") in _deployed(body, date(2014, 3, 1))


def test_another_contingent_a_country_already_has_in_a_us_led_coalition_is_a_presence_in_its_host():
    text = ("Bulgaria already has a 60-man contingent serving with the ISAF and another 420 troops in the U.S.-led "
            "coalition Enduring Freedom.")
    got = _deployed(text, date(2004, 6, 1))
    assert ("BGR", 420, "AFG") in got and not any(owner == "USA" or host == "USA" for owner, _, host in got)


def test_troops_sent_to_a_war_torn_country_are_deployed_there():
    text = "Burundi will send around 600 troops to the war-torn Central African Republic next week, the minister said."
    assert ("BDI", 600, "CAF") in _deployed(text, date(2014, 1, 10))


def test_a_line_named_before_the_whole_budget_was_hiked_is_not_the_amounts_and_the_revised_level_is_kept():
    text = ("Vowing to end delays in modernisation of the armed forces, the government on Friday raised the defence "
            "budget by 18 per cent to Rs 1,05,600 crore as against the revised estimates of Rs 89,000 crore.\n"
            "It will buy French diesel-electric Scorpene submarines and more fighters.\n"
            "India's defence spending is still 2.3 per cent of GDP.")
    got = _got(text, date(2008, 3, 1))
    assert {("IND", "budget_change_pct", 18), ("IND", "defense_budget", 1_056e9), ("IND", "defense_budget", 890e9)} <= got
    assert not any(owner == "FRA" for owner, _, _ in got)


def test_a_people_named_as_the_maker_of_equipment_is_not_what_the_article_is_about():
    text = ("The government more than doubled the allocation for defence to Rs 30,000 crore this year.\n"
            "The money will go on Russian multi-role fighter aircraft and French submarines.")
    got = _got(text, date(2004, 7, 9))
    assert not any(owner in ("RUS", "FRA") for owner, _, _ in got)


def test_an_amount_after_a_dash_that_follows_defence_spending_is_the_spending():
    text = "Kyrgyzstan took fourth place in the region in defense spending \u2014 $ 130 million, the report said."
    assert ("KGZ", "defense_budget", 130e6) in _got(text, date(2025, 2, 1))


def test_the_army_in_lower_case_in_an_article_naming_no_other_service_is_the_military():
    text = ("Bolivia's armed forces have 34,000 active personnel. The annual budget of the army is USD 450 million a "
            "year, the report says.")
    assert ("BOL", "defense_budget", 450e6) in _got(text, date(2013, 1, 1))
    named = ("Nepal's total budget for defence is Rs 11.2 billion.\n\u2022 Nepali Army operation budget: Rs 10.9 billion")
    assert ("NPL", "defense_budget", 10.9e9) not in _got(named, date(2008, 1, 1))


def test_a_country_a_relative_clause_hangs_from_owns_the_count_in_it_also_through_the_spanish_gloss():
    english = ("Uruguay also has Army troops in Haiti (about 250), an operation shared with Peru, which has a contingent "
               "of about 140 soldiers there.")
    assert ("PER", 140, "HTI") in _deployed(english, date(2015, 6, 1))
    spanish = ("La misión de la ONU en Haití cuenta con efectivos de varios países de la región y hasta el momento no "
               "tiene una fecha de retirada. Uruguay también tiene tropas del Ejército desplegadas en Haití (unos 250 efectivos), un operativo en el que "
               "participan de forma conjunta con Perú, que dispone en ese lugar de un contingente de alrededor de 140 soldados.")
    assert ("PER", 140, "HTI") in _deployed(spanish, date(2015, 6, 1))


def test_the_land_or_ground_forces_count_is_one_service_even_when_no_other_service_is_named():
    text = ("The number of land forces of Georgia today is almost 21 thousand, the minister said. Last month he said "
            "that Georgia's ground forces numbered over 22,000 service personnel.")
    got = _got(text, date(2017, 3, 1))
    assert not any(m == "active_personnel" for _, m, _ in got)
    whole = "The minister said that Georgia's armed forces have 37,000 active personnel."
    assert ("GEO", "active_personnel", 37_000) in _got(whole, date(2017, 3, 1))


def test_a_share_of_a_named_countrys_gdp_belongs_to_that_country_whatever_the_dateline():
    text = ("Stockholm, May 4 (IANS) \"We will increase our defence spending to at least 2.5 percent of Finland's gross "
            "domestic product by 2027,\" the prime minister said.")
    got = _got(text, date(2023, 5, 4))
    assert ("FIN", "defense_share_gdp_pct", 2.5) in got and ("SWE", "defense_share_gdp_pct", 2.5) not in got


def test_a_share_for_a_country_named_after_it_or_in_a_relative_clause_without_a_comma_is_that_countrys():
    compared = ("That spending amounts to roughly twenty percent of Eritrea's GDP on defence, compared to between 3.4 "
                "percent for the United States\n\nGiven these disparities, the army relies on conscripts.")
    got = _got(compared, date(2016, 1, 1))
    assert ("USA", "defense_share_gdp_pct", 3.4) in got and ("ERI", "defense_share_gdp_pct", 3.4) not in got
    which = ("Despite a hefty hike, India's defence spending still forms only 2.4 per cent of the GDP, much lower than "
             "China which spends 5 per cent of its GDP on defence.")
    got = _got(which, date(2005, 3, 1))
    assert ("CHN", "defense_share_gdp_pct", 5) in got and ("IND", "defense_share_gdp_pct", 5) not in got


def test_an_additional_amount_in_defence_spending_is_an_increase_not_the_budget():
    text = "Additional EUR 3 billion in defence spending on a structural basis\n\nThe Belgian government decided on Friday."
    got = _got(text, date(2023, 4, 1))
    assert ("BEL", "budget_change_amount", 3e9) in got and ("BEL", "defense_budget", 3e9) not in got


def test_the_total_a_defence_share_comes_out_of_and_the_governments_spending_plan_are_not_defence_money():
    out_of = ("Jordan's defense spending in the new budget has increased to about 2.1 billion dollars out of a total of "
              "18 billion dollars.")
    got = _got(out_of, date(2025, 1, 1))
    assert ("JOR", "defense_budget", 2.1e9) in got and not any(v == 18e9 for _, _, v in got)
    plan = ("The proposed defence budget represents 4% of the government's ambitious 6.1 trillion peso spending plan "
            "for 2026, which was presented to Congress.")
    assert not any(v == 6.1e12 for _, _, v in _got(plan, date(2025, 8, 1)))


def test_a_day_after_a_month_and_soldiers_who_laid_down_their_lives_are_not_troop_counts():
    text = ("Norway presently has some 500 troops stationed in Helmand province, Afghanistan. The March 28 killing of a "
            "Norwegian soldier in Afghan fighting raised concern.")
    got = _deployed(text, date(2010, 4, 1))
    assert ("NOR", 500, "AFG") in got and not any(v == 28 for _, v, _ in got)
    lives = ("Norway presently has some 500 troops stationed in Helmand province, Afghanistan. The UN mission has grown, "
             "with 120 Norwegian soldiers having also laid down their lives in the operations.")
    assert not any(v == 120 for _, v, _ in _deployed(lives, date(2010, 4, 1)))


def test_kiwi_soldiers_are_new_zealands():
    text = "The defence force has 1,100 Kiwi soldiers overseas on operations and exercises."
    assert any(owner == "NZL" and v == 1100 for owner, v, _ in _deployed(text, date(2017, 7, 1)))


def test_a_list_of_shares_said_once_of_gdp_pairs_with_the_list_of_countries_before_it():
    text = "Peru and Ecuador, which invest 1.31% and 2.44% of their GDP in the military budget, complete the list."
    got = _got(text, date(2013, 1, 1))
    assert {("PER", "defense_share_gdp_pct", 1.31), ("ECU", "defense_share_gdp_pct", 2.44)} <= got
    assert ("ECU", "defense_share_gdp_pct", 1.31) not in got


def test_a_budget_whose_conversion_runs_up_to_to_defence_is_the_defence_budget():
    english = ("Morocco has allocated in the 2015 finance bill a budget of 32 billion dirhams (MAD), or the equivalent of "
               "3.5 billion dollars to national defence, according to the draft budget.")
    assert ("MAR", "defense_budget", 32e9) in _got(english, date(2014, 10, 30))
    french = ("L'Algérie a consacré dans le cadre du projet de loi de finances 2015 un budget de 1.000 milliards de dinars "
              "algériens (DZD), soit l'équivalent de 12,3 milliards de dollars à la défense nationale, selon le projet de "
              "budget présenté le 29 octobre au parlement. Ces dépenses n'incluent pas les pensions des anciens militaires.")
    assert ("DZA", "defense_budget", 1e12) in _got(french, date(2014, 10, 30))


def test_a_strength_that_swelled_to_or_was_reduced_recently_to_a_later_level_gives_both_levels():
    swelled = "Niger's armed forces numbered about 5,300 at the end of the regime but swelled to an estimated 9,000 later."
    got = {v for owner, m, v in _got(swelled, date(1995, 1, 1)) if m == "active_personnel"}
    assert {5300, 9000} <= got
    reduced = ("At the time of its formation in 1992, the Tajik army had only 9,000 personnel, reduced recently to 7,500 "
               "of which most are conscripts.")
    figures = [f for f in extract_figures(reduced, ArticleInfo("t", date(2012, 5, 1))) if f.metric == "active_personnel"]
    assert any(f.value == 7500 and f.year == 2012 for f in figures)


def test_a_country_named_before_battle_group_or_mission_names_its_place_not_the_owner():
    text = ("Four multinational battle groups will deploy to Estonia, Latvia, Lithuania and Poland on a rotational "
            "basis.\nGermany will head the Lithuania battle group and will contribute 520 personnel, including a "
            "headquarters element.")
    got = _deployed(text, date(2016, 7, 8))
    assert ("DEU", 520, "LTU") in got and not any(owner == "LTU" for owner, _, _ in got)


def test_a_countrys_population_is_not_its_army():
    text = ("Latvia's defence rests on its reservists. The small Baltic country of 1,9 million people has an army of "
            "merely 5,500 men and women in service.")
    got = _got(text, date(2015, 1, 1))
    assert ("LVA", "active_personnel", 5500) in got and not any(v == 1.9e6 for _, _, v in got)


def test_troops_contributed_to_missions_till_date_are_summed_not_a_strength():
    text = ("The Pakistan Army has been contributing troops to the UN since 1960 and has participated in 41 missions the "
            "world over with 1,60,000 troops till date.")
    assert not any(v == 160_000 for _, _, v in _got(text, date(2015, 1, 1)))


def test_peacekeepers_a_contingent_serves_alongside_are_not_its_owner():
    text = ("Over 100 Kyrgyzstani Troops Just Left For Lebanon To Join UNIFIL\n\nA Kyrgyzstani contingent of peacekeepers "
            "has left Kyrgyzstan to join the United Nations Interim Force in Lebanon (UNIFIL), the ministry announced on "
            "Wednesday.\n\nThe contingent, which consists of around 130 servicemen, will take part in patrolling the Blue "
            "Line in South Lebanon alongside Indian peacekeepers.")
    got = _deployed(text, date(2019, 1, 1))
    assert ("KGZ", 130, "LBN") in got and not any(owner == "IND" or host == "IND" for owner, _, host in got)


def test_reserve_forces_that_count_a_number_and_troops_that_just_left_for_a_host():
    count = "Latvia's regular reserve forces count 11,000, the general said."
    assert ("LVA", "reserve_personnel", 11_000) in _got(count, date(2016, 1, 1))
    left = "Over 200 Kyrgyzstani Troops Just Left For Lebanon To Join UNIFIL\n\nThe contingent flew out on Wednesday."
    assert ("KGZ", 200, "LBN") in _deployed(left, date(2019, 1, 1))


def test_a_people_named_as_the_helper_in_a_leading_clause_is_not_the_owner():
    text = ("Niger's armed forces numbered about 5,300 at the end of the regime. With French support, a reorganization "
            "of the armed forces was initiated early in 1994 with the goal of reducing the armed forces to 4,000.")
    got = _got(text, date(1995, 1, 1))
    assert not any(owner == "FRA" for owner, _, _ in got) and ("NER", "active_personnel", 4000) in got


def test_the_years_budget_in_an_aside_of_an_article_about_defence_is_the_defence_budget():
    text = ("Italy's defence budget will rise under the new programming law.\n\nThe law provides for an outlay of €140 "
            "billion over the period 2020-2024. This represents an average of €28 billion per year over the next five "
            "years (the 2019 budget is €25.1 billion, having already risen).")
    assert ("ITA", "defense_budget", 25.1e9) in _got(text, date(2019, 2, 1))
    other = ("Italy's health budget will rise under the new law.\n\nThe law provides for €140 billion over 2020-2024 "
             "(the 2019 budget is €25.1 billion).")
    assert not any(v == 25.1e9 for _, _, v in _got(other, date(2019, 2, 1)))


def test_number_words_of_other_languages_are_read_through_the_gloss():
    german = ("Die Slowakei erfülle die NATO-Standards bei der Modernisierung. Die Regierung will im Jahr 2030 etwa drei "
              "Prozent des Bruttoinlandsprodukts für die Verteidigung der Slowakei ausgeben, sagte der Minister.")
    assert ("SVK", "defense_share_gdp_pct", 3) in _got(german, date(2024, 3, 1))


def test_active_and_reserve_members_with_a_word_before_the_noun():
    text = "The Montenegrin armed forces have 1,950 active and 600 reserve professional members."
    got = _got(text, date(2012, 1, 1))
    assert {("MNE", "active_personnel", 1950), ("MNE", "reserve_personnel", 600)} <= got


def test_dalasis_and_kwanzas_are_currencies():
    text = "Gambia's defence spending in 2003 was 240 million dalasis, the IISS estimates."
    assert ("GMB", "defense_budget", 240e6) in _got(text, date(2004, 1, 1))
    kwanzas = [f for f in extract_figures("Angola's defence budget is 610,000 million kwanzas.", ArticleInfo("t", date(2019, 1, 1)))]
    assert any(f.currency == "AOA" and f.value == 610e9 for f in kwanzas)


def test_participants_listed_with_their_counts_in_brackets_are_deployments_in_the_missions_host():
    text = ("Between 250 and 280 Danish soldiers will be stationed in Latvia. \u201cOur soldiers here make a decisive "
            "contribution. Together we keep Europe safe,\u201d the minister said. Denmark has been part of the battalion "
            "since 2017. In addition to Denmark, Spain (500 military personnel), Poland (180) , Italy (160) and the "
            "Czech Republic (40) are participants.")
    got = _deployed(text, date(2024, 5, 6))
    assert {("ESP", 500, "LVA"), ("POL", 180, "LVA"), ("ITA", 160, "LVA"), ("CZE", 40, "LVA")} <= got


def test_contributing_or_sending_troops_to_a_force_named_in_the_sentence_is_a_deployment():
    text = "Germany will contribute the bulk of the multinational force in Lithuania, sending in a total of 900 soldiers."
    assert ("DEU", 900, "LTU") in _deployed(text, date(2017, 2, 1))
    offer = "Washington said yesterday it was ready to contribute up to 20,000 soldiers to the force in Bosnia."
    assert any(owner == "USA" and v == 20_000 for owner, v, _ in _deployed(offer, date(1995, 10, 1)))


def test_soldiers_serving_in_a_mission_are_deployed_but_people_serving_in_their_own_forces_are_not():
    text = ("Croatia will raise its troops in the NATO-led mission in Kosovo to at least 60. Under the previous "
            "government the ministry cut the number of soldiers serving in KFOR from over 180 to 40.")
    assert any(owner == "HRV" and v == 180 for owner, v, _ in _deployed(text, date(2019, 1, 1)))
    home = "MOSCOW, January 29. 900,000 people serve in the Ukrainian Armed Forces, the president claims."
    assert not _deployed(home, date(2024, 1, 29))


def test_troops_participating_in_an_operation_are_deployed_but_exercise_participants_are_not():
    text = ("Montenegro has been in Afghanistan since 2010. The total number of its soldiers participating in the "
            "Resolute Support operation is 32, the ministry said.")
    assert ("MNE", 32, "AFG") in _deployed(text, date(2019, 1, 1))
    drill = ("The Philippines hosts the drills. About 9,000 troops are participating in the exercise with the US, "
             "which China criticised.")
    assert not any(v == 9000 for _, v, _ in _deployed(drill, date(2018, 4, 1)))


def test_supporting_forces_in_a_country_with_a_number_of_soldiers_is_a_deployment_there():
    text = "Belgium will also continue to support the strengthened Nato forces in Estonia with 190 soldiers."
    assert ("BEL", 190, "EST") in _deployed(text, date(2018, 1, 1))


def test_troops_in_the_same_brigade_as_a_force_in_a_country_are_deployed_there():
    text = ("Nicaraguan troops were attached to a Spanish-led brigade in Iraq that is being withdrawn. El Salvador, which "
            "has 380 troops in the same brigade, said on Monday that they would stay.")
    assert ("SLV", 380, "IRQ") in _deployed(text, date(2004, 4, 20))


def test_a_country_named_as_the_country_of_after_in_the_is_a_place():
    text = ("The president said Sierra Leone has increased its troops on the peace keeping mission in the troubled West "
            "African country of Mali from 80 soldiers to a 120-strong men power.")
    got = _deployed(text, date(2020, 1, 1))
    assert ("SLE", 120, "MLI") in got and not any(owner == "MLI" for owner, _, _ in got)


def test_a_force_estimated_at_a_country_that_counts_and_a_spanish_force_composed_of():
    estimated = "The Malawi Defence Force (MDF) is estimated at approximately 15,000 members."
    assert ("MWI", "active_personnel", 15_000) in _got(estimated, date(2015, 1, 1))
    counts = "Estonia is small. The country of 1.3 million people counts just 7,000 professional soldiers."
    assert ("EST", "active_personnel", 7000) in _got(counts, date(2023, 1, 1))
    division = "South Africa's army is large. Human resources counts 1 290 personnel in various disciplines."
    assert not any(v == 1290 for _, _, v in _got(division, date(2019, 1, 1)))
    spanish = ("Las Fuerzas Armadas paraguayas están compuestas de 14.500 efectivos: 10.000 en el Ejército, 2.500 en la "
               "Armada y 2.000 en la Fuerza Aérea, según el informe del ministerio de defensa de Paraguay.")
    assert ("PRY", "active_personnel", 14_500) in _got(spanish, date(2020, 1, 1))


def test_a_force_that_totaled_a_number_of_servicemen_is_a_strength():
    text = ("The authorized strength of Latvia's Armed Forces in 2004 was 1,200 officers and 3,900 conscripts. This force "
            "totaled 6,500 servicemen.")
    assert ("LVA", "active_personnel", 6500) in _got(text, date(2005, 1, 1))


def test_a_sentence_restating_the_change_just_given_keeps_its_money():
    text = ("Le ministre a rappelé que le budget des forces armées reste indicatif. Le budget militaire du Sénégal passe "
            "en effet de 290 à 312 milliards FCFA. Cette progression représente une hausse d'environ 22 milliards. Des "
            "ressources encore insuffisantes, selon le ministre.")
    assert ("SEN", "budget_change_amount", 22e9) in _got(text, date(2023, 10, 1))


def test_a_factbook_deployments_row_with_long_notes_in_brackets():
    text = ("Burundi\n\nMilitary deployments\n\n3,000 Somalia (approximately 2,000 for ATMIS, including 300 police; an "
            "additional 1,000 troops sent separately under a bilateral arrangement); up to 1,500 Democratic Republic of "
            "the Congo (deployed 2022 under a bilateral agreement; includes both military and police forces); 750 (plus "
            "about 100 police) Central African Republic (MINUSCA) (2023)")
    got = _deployed(text, date(2024, 1, 1))
    assert {("BDI", 3000, "SOM"), ("BDI", 1500, "COD"), ("BDI", 750, "CAF")} <= got


def test_a_people_taking_part_in_operations_in_a_country_and_an_amount_a_share_amounts_to():
    people = "There are already 160 Thais taking part in peacekeeping operations in Iraq, officials have said."
    assert ("THA", 160, "IRQ") in _deployed(people, date(2003, 9, 1))
    amounting = ("The 2025 budget, approved by the president, allocates 2.9% of GDP to defence, amounting to $21.3 billion, "
                 "Romania's ministry said.")
    assert ("ROU", "defense_budget", 21.3e9) in _got(amounting, date(2025, 1, 1))


def test_spending_across_the_world_and_of_a_regions_countries_is_no_countrys():
    text = ("Saudi Arabia ranked third in the world with military spending of $67.6 billion in 2018. Military spending "
            "across the world increased by 2.6 percent in 2018 to reach $1822 billion. Middle Eastern countries increased "
            "their military spending by 3.1 percent, where they spent 4.4 percent of their GDP on armaments.")
    got = _got(text, date(2019, 4, 29))
    assert ("SAU", "defense_budget", 67.6e9) in got
    assert not any(v in (2.6, 1822e9, 3.1, 4.4) for _, _, v in got)


def test_troops_sent_to_this_unit_in_a_country_and_a_budget_increased_for_a_percent():
    unit = "Finland plans to send a mechanized infantry battalion of up to 500 personnel to this multinational unit in Estonia."
    assert ("FIN", 500, "EST") in _deployed(unit, date(2024, 12, 20))
    pct = ("The minister elaborated Albania's defense budget for 2020. Last year, the defence budget was increased for 12% "
           "after a long fall.")
    assert ("ALB", "budget_change_pct", 12) in _got(pct, date(2019, 11, 1))


def test_a_member_battalion_with_several_words_before_it_and_a_u_dollar_prefix():
    text = ("A new 650-member Nepalese United Nations peacekeeping infantry battalion will be in place in South Sudan "
            "within a week, Nepal's army said on Friday.")
    assert ("NPL", 650, "SSD") in _deployed(text, date(2016, 3, 1))
    air = "The 11,800-man Royal Moroccan Air Force flies F-16s. Morocco's armed forces number 195,000 active personnel."
    assert not any(v == 11_800 for _, _, v in _got(air, date(2016, 3, 1)))
    usd = "The Kenya Defence Forces have 24,000 active personnel operating on a budget size worth U$1.1 billion."
    assert ("KEN", "defense_budget", 1.1e9) in _got(usd, date(2022, 1, 8))
