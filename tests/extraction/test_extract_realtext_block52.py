"""Real-text classes met after the fifty-second sealed set (the project's own sentences, never the sets' passages)."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from dashboard.extraction.normal import normalize


def _got(text: str, day: date = date(2017, 3, 5)) -> set[tuple]:
    return {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", day))}


def test_a_stray_stop_after_a_year_does_not_cut_the_budget_phrase():
    text = "Vietnam's spending on defence in 2018. will be 120 trillion dong, the finance ministry told deputies."
    assert ("VNM", "defense_budget", 120e12) in _got(text)
    assert normalize("in 2018. will") == "in 2018  will"
    assert normalize("in 2018. The") == "in 2018. The"  # a new sentence keeps its stop
    assert normalize("Rs 1.2018. and") == "Rs 1.2018. and"  # (a decimal is no year)


def test_with_a_budget_of_an_amount_for_a_year_then_the_defence_body():
    text = "With a budget of 315 billion pesos for 2023, the Defence Ministry escaped the largest cuts."
    assert any(m == "defense_budget" and v == 315e9 for _, m, v in _got(text, date(2023, 2, 1)))  # (pesos: no one country)
    glossed = "With a budget planned of R$ 98.4 billion for 2022, the Defence was spared by the freeze in Brazil."
    assert ("BRA", "defense_budget", 98.4e9) in _got(glossed, date(2022, 5, 1))
    other = "With a budget of R$ 98.4 billion for 2022, the health ministry was spared, unlike the military."
    assert not [f for f in _got(other, date(2022, 5, 1)) if f[1] == "defense_budget"]


def test_soldiers_and_other_fighters_who_have_been_killed_are_casualties():
    text = ("Some 45,000 soldiers and allied militia fighters have been killed in the six-year war in Yemen, "
            "a London-based monitor says.")
    assert not [f for f in _got(text) if f[1] in ("troops_deployed", "active_personnel")]
    held = "Saudi Arabia keeps 45,000 soldiers stationed in Yemen, and two of them have been killed this year."
    assert ("SAU", "troops_deployed", 45_000) in _got(held)  # (past a comma the killed are others)


def test_contingents_abroad_that_total_a_number_are_a_deployment_with_no_single_host():
    text = ("Last year the army's contingents abroad totalled some 1,900 soldiers, the deputy minister of Hungary told "
            "the committee.")
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2019, 2, 1)))}
    assert ("HUN", "troops_deployed", 1_900, "") in got
    numbering = ("In 2018, eight Hungarian contingents took part in foreign missions and operations, numbering about "
                 "1,900 personnel.")
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(numbering, ArticleInfo("t", date(2019, 2, 1)))}
    assert ("HUN", "troops_deployed", 1_900, "") in got
    assert not [f for f in got if f[1] == "active_personnel"]


def _deployed(text: str, day: date = date(2021, 4, 1)) -> set[tuple]:
    return {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", day))
            if f.metric in ("troops_deployed", "active_personnel")}


def test_the_level_a_deployment_is_changed_to_is_a_deployment():
    raised = "Ghana will more than double its troop presence in the UN mission in neighbouring Mali to 900, officials said."
    assert ("GHA", "troops_deployed", 900, "MLI") in _deployed(raised)
    cut = "Spain said the number of its soldiers serving with the mission in Lebanon would fall from 620 to 480."
    got = _deployed(cut)
    assert ("ESP", "troops_deployed", 620, "LBN") in got and ("ESP", "troops_deployed", 480, "LBN") in got
    contingent = "The Nepalese contingent in South Sudan will increase from 290 to 330 to expand its area of operations."
    got = _deployed(contingent)
    assert ("NPL", "troops_deployed", 290, "SSD") in got and ("NPL", "troops_deployed", 330, "SSD") in got


def test_a_level_changed_somewhere_unknown_is_a_deployment_never_the_home_force():
    text = ("Japan hosts 54,000 U.S. troops. Washington is also reducing its forces on the islands in the coming years "
            "to 45,000.")
    got = _deployed(text)
    assert ("USA", "active_personnel", 45_000, "") not in got
    assert any(c == "USA" and m == "troops_deployed" and v == 45_000 for c, m, v, _ in got)
    home = "Germany will increase its troops to 203,000 by 2031, the ministry said."  # (the home force: a level, planned)
    assert ("DEU", "active_personnel", 203_000, "") in _deployed(home)


def test_a_contingent_that_is_or_comprises_a_number_is_its_size():
    text = "The Irish contingent in Lebanon would be about 340 under normal rotations, the Defence Forces said."
    assert ("IRL", "troops_deployed", 340, "LBN") in _deployed(text)
    comprises = "The Brazilian contingent in Haiti comprises 970 men and women from the Army, Navy and Air Force."
    assert ("BRA", "troops_deployed", 970, "HTI") in _deployed(comprises)


def test_men_of_an_army_that_boasted_them_or_of_a_regular_force_are_its_strength():
    boasted = "When the war began in 2014, the Libyan Army boasted some 35,000 men, including conscripts."
    assert ("LBY", "active_personnel", 35_000) in _got(boasted, date(2016, 5, 1))
    regular = "Cuba's regular force of 120,000 men was cut after 1991."
    assert ("CUB", "active_personnel", 120_000) in _got(regular, date(2016, 5, 1))
    other = "The steel plant of 3,000 men closed in 1991."
    assert not _got(other, date(2016, 5, 1))


def test_officers_beside_other_rank_groups_are_a_rank_group_not_the_force():
    ranks = "In addition, there are 21,400 officers and 48,900 non-commissioned officers serving in the Greek Armed Forces."
    assert not [f for f in _got(ranks) if f[1] == "active_personnel"]
    warrant = "There are 3,120 warrant officers in the South African army, classes 1 and 2."
    assert not [f for f in _got(warrant) if f[1] == "active_personnel"]
    whole = "The Estonian army has only 3,900 officers, but the country has an impressive 44,000 reservists."
    assert ("EST", "active_personnel", 3_900) in _got(whole)  # (officers as the professional force: kept)


def test_a_mission_that_would_comprise_or_be_enlarged_to_a_number_is_a_multinational_total():
    comprise = 'At its full strength, according to its papers, KFOR would "comprise some 48,000 personnel" under NATO command.'
    assert not [f for f in _got(comprise) if f[1] in ("active_personnel", "troops_deployed")]
    enlarged = ("Spain said it was committed to the UN Interim Force in Lebanon (UNIFIL), which will be enlarged to 14,000 "
                "troops, the minister said.")
    assert not [f for f in _got(enlarged) if f[1] == "active_personnel"]
    increase = "The resolution authorizes an increase of the existing UNIFIL to 14,000 troops, Spain's minister noted."
    assert not [f for f in _got(increase) if f[1] == "active_personnel"]


def test_the_number_of_a_force_however_long_the_phrase_before_its_verb():
    text = ("KATHMANDU: The number of Bangladeshi soldiers serving in conflict-affected areas for peacekeeping missions "
            "at the request of the United Nations has exceeded 7,000.")
    assert any(c == "BGD" and m == "troops_deployed" and v == 7_000 for c, m, v in _got(text, date(2023, 1, 5)))
    cap = "The number of Russian peacekeepers in the region does not exceed 420, the commander said in Moldova."
    assert any(c == "RUS" and m == "troops_deployed" and v == 420 for c, m, v in _got(cap, date(2023, 1, 5)))


def test_soldiers_abroad_that_will_reach_a_number_and_a_force_s_effective_strength():
    abroad = ("According to the plan, the total number of Slovak soldiers abroad will reach almost 700 next year, "
              "the ministry said.")
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(abroad, ArticleInfo("t", date(2018, 3, 1)))}
    assert ("SVK", "troops_deployed", 700, "") in got
    effective = ("Figures released to the committee show the Defence Forces had fewer members than planned. Some 400 are "
                 "in training, so the effective strength is probably closer to 8,200, the Irish deputy said.")
    assert ("IRL", "active_personnel", 8_200) in _got(effective, date(2019, 7, 1))


def test_a_head_count_restated_in_brackets_is_the_same_force_counted_exactly():
    exact = "Chile has about 80,000 active military (77,350 to March 1, 2024, according to the ministry's data office)."
    got = _got(exact, date(2024, 6, 1))
    assert ("CHL", "active_personnel", 80_000) in got and ("CHL", "active_personnel", 77_350) in got
    spelled = "Its army has some 1.2 million (1,200,000) active soldiers, Iran's officials say."
    assert ("IRN", "active_personnel", 1_200_000) in _got(spelled)
    other = "Chile has about 80,000 active military (30,000 of them conscripts)."
    assert ("CHL", "active_personnel", 30_000) not in _got(other)


def test_an_infobox_amount_row_above_its_percent_gdp_row_is_the_budget():
    infobox = ("Expenditures\nAmount: | \u20ac5.9 billion |\nPercent Gdp: | 1.9% [4] |\nExports: | \u20ac120 million [5] |\n"
               "The Irish Defence Forces are the armed forces of Ireland.")
    got = _got(infobox, date(2023, 3, 1))
    assert ("IRL", "defense_budget", 5.9e9) in got
    assert not [f for f in got if f[2] == 120e6]  # (exports: no row of the expenditures)
    lone = "Amount: | \u20ac5.9 billion |\nExports: | \u20ac120 million |\nThe Irish Defence Forces are the armed forces of Ireland."
    assert ("IRL", "defense_budget", 5.9e9) not in _got(lone, date(2023, 3, 1))


def test_a_country_that_will_spend_a_small_percent_on_defence_after_shares_of_gdp():
    text = ("Greece and Estonia lead with 3.1% and 2.9% of GDP, respectively. The United States will spend 3.4% on "
            "defence this year.")
    assert ("USA", "defense_share_gdp_pct", 3.4) in _got(text, date(2024, 6, 20))
    more = "Greece and Estonia lead with 3.1% and 2.9% of GDP. Spain will spend 12% more on defence this year."
    assert ("ESP", "defense_share_gdp_pct", 12) not in _got(more, date(2024, 6, 20))
    no_gdp = "The ministry said the country will spend 3.4% on defence salaries."
    assert not [f for f in _got(no_gdp, date(2024, 6, 20)) if f[1] == "defense_share_gdp_pct"]


def test_the_indicative_ceiling_given_to_the_defence_ministry_is_its_budget():
    text = ("JAKARTA - The Ministry of Defense has proposed more funds. However, the indicative ceiling given to the "
            "Ministry of Defense in 2025 is IDR 139 trillion, the deputy minister said.")
    assert ("IDN", "defense_budget", 139e12) in _got(text, date(2024, 6, 7))
    health = "However, the indicative ceiling given to the Ministry of Health in 2025 is IDR 90 trillion."
    assert not [f for f in _got(health, date(2024, 6, 7)) if f[1] == "defense_budget"]


def test_troops_heading_home_and_fresh_troops_are_no_level():
    home = "Almost 2,100 Ugandan troops who have been fighting militants in Somalia are heading home."
    assert not [f for f in _got(home, date(2016, 3, 1)) if f[1] == "troops_deployed"]
    fresh = ("The officer said the 1,200 fresh troops were going to join 1,100 Kenyan soldiers already in Somalia's "
             "Zone 2.")
    got = {(c, m, v) for c, m, v in _got(fresh, date(2016, 3, 1)) if m == "troops_deployed"}
    assert ("KEN", "troops_deployed", 1_100) in got and not [g for g in got if g[2] == 1_200]


def test_peacekeepers_sent_to_date_are_a_running_total():
    text = ("Cambodia first sent its troops abroad in 2006. To date, it has sent about 2,300 peacekeepers to Sudan, "
            "South Sudan, Chad and Lebanon.")
    assert not [f for f in _got(text, date(2014, 2, 1)) if f[1] == "troops_deployed"]
    now = "Cambodia now has about 800 peacekeepers in Lebanon, the ministry said."
    assert ("KHM", "troops_deployed", 800) in _got(now, date(2014, 2, 1))


def test_a_strong_military_is_the_home_force_whatever_deployment_the_sentence_names():
    text = ("Georgia's president announced plans to add 20,000 personnel to the armed forces. But he insisted the move, "
            "part of a drive to modernize the 180,000-strong military, did not mean an attack was near amid a massive "
            "buildup of Russian troops at the borders.")
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2022, 2, 1)))}
    assert ("GEO", "active_personnel", 180_000, "") in got
    abroad = "The 4,000-strong military contingent in Mali will leave by June, France said."
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(abroad, ArticleInfo("t", date(2022, 2, 1)))}
    assert ("FRA", "active_personnel", 4_000, "") not in got


def test_a_percent_change_over_a_span_of_years_or_to_a_target_years_away_is_no_yearly_change():
    span = "Canada slashed the defence budget by 25 percent, from $12 billion in 1993 to $9.4 billion in 1998."
    got = _got(span, date(2020, 1, 1))
    assert ("CAN", "budget_change_pct", -25) not in got and ("CAN", "defense_budget", 9.4e9) in got
    yearly = "Canada raised the defence budget by 4 percent, from $25 billion in 2023 to $26 billion in 2024."
    assert ("CAN", "budget_change_pct", 4) in _got(yearly, date(2024, 3, 1))
    target = "Finland intends to boost its defence budget by 40 per cent by 2027, the minister said."
    assert ("FIN", "budget_change_pct", 40) not in _got(target, date(2023, 3, 1))
    between = "The resources of the defence budget of Chile had an increase of 30% between 2013 and 2018."
    assert ("CHL", "budget_change_pct", 30) not in _got(between, date(2019, 3, 1))


def test_a_national_security_budget_police_and_all_is_not_the_defence_budget():
    text = ("Jamaica's army will get new rifles. This year, the national security budget has been increased to just over "
            "$45 billion up from $39 billion last year.")
    assert ("JAM", "defense_budget", 45e9) not in _got(text, date(2010, 3, 1))
    defence = "Jamaica's army will get new rifles. This year, the defence budget has been increased to just over $45 billion."
    assert ("JAM", "defense_budget", 45e9) in _got(defence, date(2010, 3, 1))


def test_a_bare_billion_spent_on_the_army_after_a_dollar_amount_is_dollars():
    text = ("Central Asian media reported Kazakhstan's military budget of 2.1 billion dollars, the region's largest. "
            "Turkmenistan has spent about 1.2 billion on the army. Azerbaijan took second place with a military budget "
            "of 4 billion.")
    got = {(f.country_iso3, f.metric, f.value, f.currency) for f in extract_figures(text, ArticleInfo("t", date(2025, 2, 1)))}
    assert ("TKM", "defense_budget", 1.2e9, "USD") in got and ("AZE", "defense_budget", 4e9, "USD") in got
    people = "Kazakhstan's military budget is 2.1 billion dollars. India spent years on its army of 1.4 billion people."
    assert not [f for f in extract_figures(people, ArticleInfo("t", date(2025, 2, 1))) if f.value == 1.4e9]


def test_a_decrease_restated_as_an_amount_is_negative_in_english_and_spanish():
    english = "Chile announced a decrease of 7% in its defence budget, which is equivalent to 120 million dollars."
    got = _got(english, date(2016, 5, 1))
    assert ("CHL", "budget_change_pct", -7) in got and ("CHL", "budget_change_amount", -120e6) in got
    spanish = ("El ministro de Defensa de Paraguay anunció un descenso del 8% del presupuesto de su cartera, lo que "
               "equivale a 140.000 millones de guaraníes, durante el ejercicio 2016.")
    assert ("PRY", "budget_change_amount", -140e9) in _got(spanish, date(2016, 5, 1))


def test_spanish_thousands_of_millions_in_words_and_an_allocation_to_the_ministry():
    text = ("La Secretaría de la Defensa Nacional (Sedena) tendrá un aumento en 2025. Tan solo a la Sedena se le "
            "destinarán 248 mil 310 millones de pesos, superando el presupuesto ejercido este año. El Ejército manejará "
            "más del 20% del total del presupuesto de las fuerzas armadas de México.")
    assert ("MEX", "defense_budget", 248_310e6) in _got(text, date(2024, 9, 10))


def test_euros_after_a_sentence_on_nato_forces_are_the_article_country_s_budget():
    text = ("Finland will host a NATO land forces staff in Mikkeli.\n\nNATO forces will be present in the country from "
            "next year.\n\nThe appropriations of the Defence Administration will rise to almost 6.7 billion euros in the "
            "2026 budget proposal, the government said.")
    got = _got(text, date(2025, 9, 3))
    assert ("FIN", "defense_budget", 6.7e9) in got and ("NATO", "defense_budget", 6.7e9) not in got
    dollars = ("NATO published its figures.\n\nNATO members spent more this year.\n\nTotal military expenditure "
               "reached $1,195bn, the report said.")
    assert not [f for f in _got(dollars, date(2025, 9, 3)) if f[0] == "FIN"]  # (dollars: an alliance total stays NATO's)


def test_troops_overseas_or_outside_its_borders_take_no_host_from_an_earlier_sentence():
    text = ("Romania has taken part in NATO and US-led missions in Iraq. According to the ministry, Romania deployed "
            "approximately 900 military personnel (at a cost of 80 million lei) outside of its borders in 2016.")
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2017, 1, 5)))}
    assert ("ROU", "troops_deployed", 900, "") in got
    overseas = ("Fiji's soldiers guard the Sinai in Egypt. According to the RFMF, 640 officers were overseas on "
                "peacekeeping duties.")
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(overseas, ArticleInfo("t", date(2017, 1, 5)))}
    assert ("FJI", "troops_deployed", 640, "") in got


def test_one_service_named_apart_three_sentences_back_is_still_one_service():
    text = ("The Army, the RAF and the Royal Navy have all seen a decline in fully trained personnel. Labour called it a "
            "crisis. The ministry said the armed forces met their requirements. The latest figures showed the Army was "
            "more than 6,000 troops short of the government's target of 82,000.")
    assert not [f for f in _got(text, date(2019, 8, 1)) if f[1] == "active_personnel"]


def test_the_office_of_the_defence_secretary_s_share_is_a_line_of_the_budget():
    text = ("Next year's budget of the DND would be divided among the Army, Air Force and Navy of the Philippines. The "
            "office of the DND Secretary will get P1.4 billion; the remaining P6-billion will go to civilian bureaus.")
    assert not [f for f in _got(text, date(2023, 9, 1)) if f[1] == "defense_budget" and f[2] == 1.4e9]


def test_a_people_s_plural_name_then_where_they_are_counts_that_country_s_troops():
    text = "Up to 140 Slovaks will be in Iraq, including military training instructors, the ministry said."
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2018, 3, 21)))}
    assert ("SVK", "troops_deployed", 140, "IRQ") in got
    tourists = "Up to 140 Slovaks visited the fair, the organisers said."
    assert not extract_figures(tourists, ArticleInfo("t", date(2018, 3, 21)))


def test_a_factbook_series_dates_each_share_by_the_year_in_brackets_after_it():
    text = ("Military expenditures - percent of GDP | 2.6% of GDP (2019) 2.2% of GDP (2018) 2.0% of GDP (2017) | "
            "Tunisia")
    got = {(f.value, f.year) for f in extract_figures(text, ArticleInfo("t", date(2021, 1, 1))) if f.metric == "defense_share_gdp_pct"}
    assert got == {(2.6, 2019), (2.2, 2018), (2.0, 2017)}
    fy = "Military expenditures\nPercent of GDP roughly 4% (FY95 est.)\nCuba"
    got = {(f.value, f.year) for f in extract_figures(fy, ArticleInfo("t", None)) if f.metric == "defense_share_gdp_pct"}
    assert got == {(4.0, 1995)}


def test_a_factbook_share_row_with_its_amount_in_brackets_gives_the_budget_too():
    text = ("Military expenditures\n3.1% of GDP (2021 est.)\n4.2% of GDP (2019 est.) (approximately $2.9 billion)\n"
            "5.0% of GDP (2018 est.) (approximately $3.3 billion)\nJordan")
    got = {(f.metric, f.value, f.year) for f in extract_figures(text, ArticleInfo("t", date(2022, 1, 1)))}
    assert ("defense_budget", 2.9e9, 2019) in got and ("defense_budget", 3.3e9, 2018) in got
    assert ("defense_share_gdp_pct", 4.2, 2019) in got


def test_money_spent_last_year_on_defence_and_the_level_a_decrease_is_compared_to():
    spent = ("The budget does contain a 15 per cent boost in the $380 million spent last year on defence, the Cambodian "
             "official said.")
    assert ("KHM", "defense_budget", 380e6) in _got(spent, date(2012, 10, 1))
    compared = ("The Republic of the Fiji Military Forces has been allocated $84million in the 2021/2022 Budget. This is a "
                "decrease compared to the $92.1million received by the Force in the last financial year.")
    assert ("FJI", "defense_budget", 92.1e6) in _got(compared, date(2021, 7, 1))


def test_a_ministry_that_spends_a_percent_of_its_budget_states_no_share_of_gdp():
    text = ("Military spending has dropped from 3.5% of GDP in 1978 to less than 1% last year in Chile. The defence "
            "ministry spends about 72% of its budget on salaries and pensions.")
    assert not [f for f in _got(text, date(2017, 1, 1)) if f[1] == "defense_share_gdp_pct" and f[2] == 72]


def test_an_infobox_value_on_the_line_under_its_label_belongs_to_the_article_s_country():
    text = ("Eritrean Defence Forces\nSize: 200,000 (including conscripts)\n\nBudget:\n$310 million (2008)\n\n"
            "Percent of GDP:\n6.1% (2008)\nEngagements: Eritrean War of Independence; Second Sudanese Civil War")
    got = {(c, m, v) for c, m, v in _got(text, date(2010, 1, 1))}
    assert ("ERI", "defense_share_gdp_pct", 6.1) in got and ("SDN", "defense_share_gdp_pct", 6.1) not in got


def test_the_armed_forces_of_a_country_are_a_strength_and_its_land_forces_one_service():
    text = ("The total armed forces of Belize are around 1,500 personnel. The Land Forces of Belize are composed by a "
            "total of 1,200 soldiers, with the structure of two battalions; the Air Wing and Navy are small.")
    got = _got(text, date(2015, 1, 1))
    assert ("BLZ", "active_personnel", 1_500) in got and ("BLZ", "active_personnel", 1_200) not in got


def test_soldiers_that_make_up_part_of_the_un_force_and_the_un_s_own_total():
    text = ("Chad plans to deploy more soldiers to Mali. Chadian soldiers make up nearly 1,450 of the United Nations' "
            "14,000-troop peacekeeping force in Mali.")
    got = _got(text, date(2021, 6, 1))
    assert ("TCD", "troops_deployed", 1_450) in got and not [g for g in got if g[2] == 14_000]


def test_a_plan_that_calls_for_a_budget_of_an_amount_states_the_planned_budget():
    text = ("Canada will increase defense spending\n- Plan calls for budget of C$30.1 billion in 2026/27 from C$19.2 "
            "billion now")
    assert ("CAN", "defense_budget", 30.1e9) in _got(text, date(2017, 6, 7))
    programme = "Canada will increase defense spending. The procurement plan calls for purchases of C$30.1 billion."
    assert ("CAN", "defense_budget", 30.1e9) not in _got(programme, date(2017, 6, 7))


def test_reserve_officers_a_government_is_going_to_conscript_or_wants_are_an_intake():
    text = ("This year Kazakhstan is going to conscript 210 reserve officers for two-year service in the army. As the "
            "document says, this year the government wants 210 reserve officers to join the army.")
    assert not [f for f in _got(text, date(2022, 2, 25)) if f[2] == 210]


def test_a_page_banner_naming_another_country_does_not_make_it_the_article_s_subject():
    text = ("UNITED24 - Make a charitable donation in support of Ukraine!\n\nMilitary\n\n\nHonduras - Military Spending\n\n"
            "The army's dominance has led to lower funding for the navy. Honduras spent some US$200 million on its "
            "forces, a US report said.\n\nThe armed forces lack the resources to patrol the country's borders.\n\n"
            "Estimated defense expenditures for 2008 were US$130 million, representing 0.9 percent of gross national "
            "product, according to the United States Central Intelligence Agency.")
    got = _got(text, date(2010, 1, 1))
    assert ("HND", "defense_budget", 130e6) in got and ("UKR", "defense_budget", 130e6) not in got


def test_a_law_s_maximum_strength_and_what_troops_should_not_exceed_are_ceilings():
    text = ("Over 18,000 people currently serve in the Armenian Army. A new law raises the maximum strength of the "
            "national armed forces to 30,000, up from a current 27,000. The number of army troops should not exceed "
            "24,000.")
    got = _got(text, date(2006, 1, 5))
    assert ("ARM", "active_personnel", 18_000) in got
    assert not [g for g in got if g[2] in (30_000, 24_000)]


def test_a_prime_minister_named_in_apposition_after_the_title_is_a_person_not_a_country():
    text = ("Portugal's prime minister, Luís Montenegro, is on Friday to visit the more than 220 soldiers deployed from "
            "the country to Romania as part of the NATO mission there.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2024, 12, 20)))}
    assert ("PRT", "troops_deployed", 220) in got and ("MNE", "troops_deployed", 220) not in got


def test_the_total_personnel_strength_of_the_services_is_the_whole_force():
    text = ("The Minister of Defense controls the Royal Omani Land Forces, Navy and Air Force. The total personnel "
            "strength of the three services was estimated at 41,200 in 1993.")
    assert ("OMN", "active_personnel", 41_200) in _got(text, date(1994, 1, 1))


def test_spending_down_by_an_amount_or_a_percent_and_a_change_in_percentage_points():
    text = "Ireland: defence spending will be down by €28 million, or 3.8%, on the 2011 Estimate."
    got = _got(text, date(2011, 12, 15))
    assert ("IRL", "budget_change_amount", -28e6) in got and ("IRL", "budget_change_pct", -3.8) in got
    points = ("Armenia: our defense spending will be equivalent to 5.1 percent of GDP, down by 0.4 percentage points from "
              "2024, the minister said.")
    assert not [f for f in _got(points, date(2024, 10, 1)) if f[1] == "budget_change_pct"]
    broadcast = "The proposed defense budget represents a seven-point-four percent increase from this year, Seoul said."
    assert any(m == "budget_change_pct" and v == 7.4 for _, m, v in _got(broadcast, date(2019, 8, 29)))


def test_soldiers_currently_serving_somewhere_named_in_apposition_are_deployed_there():
    text = "As part of the programme, the colonel said 420 Ghanaian soldiers, currently serving in Liberia, will rotate home."
    got = {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2013, 12, 20)))}
    assert ("GHA", "troops_deployed", 420, "LBR") in got
