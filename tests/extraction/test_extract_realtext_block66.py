"""Real-text classes met after the sixty-sixth sealed set (the project's own sentences, never the sets' passages)."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import deployed as _deployed
from tests.extraction.realtext import got as _got


def _years(text: str, day: date) -> set[tuple]:
    return {(f.country_iso3, f.metric, f.value, f.year) for f in extract_figures(text, ArticleInfo("t", day))}


def test_the_aggressor_a_sentence_names_is_not_whose_spending_the_next_sentence_gives():
    text = ("Lithuania's president said the country must be ready. \"Our aim is that Belarus's military aggression against "
            "Lithuania stays unthinkable. For that we will lift defence spending to at least 4.5 percent of GDP.\"")
    got = _got(text, date(2025, 4, 1))
    assert ("LTU", "defense_share_gdp_pct", 4.5) in got and not any(owner == "BLR" for owner, _, _ in got)


def test_a_from_to_pair_of_shares_in_words_with_the_percent_said_once():
    text = "Going from two to four percent of GDP for defence in one year is a big step for Latvia, the minister said."
    got = _got(text, date(2025, 4, 1))
    assert {("LVA", "defense_share_gdp_pct", 2), ("LVA", "defense_share_gdp_pct", 4)} <= got


def test_a_change_compared_to_a_recent_year_is_the_change_of_the_year_after_it():
    text = "Military expenditure in Kuwait rose by 12 per cent compared to 2016, the institute said."
    assert ("KWT", "budget_change_pct", 12, 2017) in _years(text, date(2018, 4, 30))


def test_a_change_over_a_year_three_years_back_is_no_years_change_but_one_the_clause_dates_is():
    text = "Military spending in Qatar fell by 9 per cent compared to 2015, but was still 40 per cent higher than in 2014."
    got = _years(text, date(2017, 4, 24))
    assert ("QAT", "budget_change_pct", -9, 2016) in got and not any(v == 40 for _, _, v, _ in got)
    dated = "Even in 2011, the year of the election, Serbia's military spending grew by 13.5% compared to 2010."
    assert ("budget_change_pct", 13.5, 2011) in {(m, v, y) for _, m, v, y in _years(dated, date(2016, 1, 1))}


def test_an_outlay_that_made_a_country_the_biggest_defence_spender_is_its_budget():
    text = ("Military spending in Africa rose again last year. An outlay of $10.6 billion in 2019 made Algeria the "
            "continent's largest military spender.")
    assert ("DZA", "defense_budget", 10.6e9) in _got(text, date(2020, 4, 27))


def test_military_costs_that_surge_to_top_an_amount_are_the_budget_and_its_change():
    text = "Kuwait's military costs surge 14pc to top $7.1bn\n\nKuwait City, April 20, 2016\n\nThe report was published today."
    got = _got(text, date(2016, 4, 20))
    assert {("KWT", "budget_change_pct", 14), ("KWT", "defense_budget", 7.1e9)} <= got


def test_a_contingent_that_includes_a_count_is_deployed_where_the_led_battlegroup_is_not_its_leader():
    text = ("Norwegian soldiers arrived in Lithuania on Monday. They will join the German-led NATO battlegroup at Rukla. "
            "The Norwegian contingent includes 180 troops and 40 support staff.")
    got = _deployed(text, date(2023, 2, 6))
    assert ("NOR", 180, "LTU") in got and not any(host == "DEU" for _, _, host in got)


def test_armed_forces_that_include_professional_soldiers_state_the_active_force():
    text = ("Estonia dropped none of its conscription. Lithuania's armed forces include 14,500 professional soldiers, "
            "about 5,000 volunteers and 7,000 reserve soldiers.")
    got = _got(text, date(2021, 6, 1))
    assert ("LTU", "active_personnel", 14_500) in got and ("LTU", "active_personnel", 5_000) not in got


def test_troops_a_country_fought_with_are_a_foe_not_the_owner_of_its_spending():
    text = ("Djibouti's parliament passed the budget on Monday. It is a turn from the government's promise to double "
            "military spending to $60 million after a clash with better-armed Eritrean troops at the border.")
    got = _got(text, date(2008, 12, 1))
    assert ("DJI", "defense_budget", 60e6) in got and not any(owner == "ERI" for owner, _, _ in got)


def test_troops_receiving_training_in_a_country_are_trainees_not_a_deployment():
    text = ("The minister said that 900 Bangladeshi troops are currently deployed in Kuwait and 2,000 Kuwaiti troops are "
            "currently receiving training in Bangladesh.")
    got = _deployed(text, date(2019, 3, 1))
    assert ("BGD", 900, "KWT") in got and not any(value == 2000 for _, value, _ in got)


def test_an_amount_after_a_low_or_a_modest_is_still_the_amount():
    text = "Laos keeps a small army. Its annual defense budget is pegged at a low $25 million in 2019."
    assert ("LAO", "defense_budget", 25e6) in _got(text, date(2020, 1, 1))


def test_defence_as_one_item_of_a_list_of_ministries_allocations():
    text = ("In the 2011 budget of Malawi, Health was allocated $120 million, Education $95 million, Agriculture $80 "
            "million and Defence $41 million.")
    got = _got(text, date(2011, 2, 1))
    assert ("MWI", "defense_budget", 41e6) in got and not any(v in (120e6, 95e6, 80e6) for _, _, v in got)


def test_another_group_that_serves_somewhere_is_a_presence_not_troops_added():
    text = ("The Czech contingent in Lithuania numbers about 200 soldiers. Another 120 troops serve in Latvia as part of "
            "NATO's Forward Presence, while another 60 are deployed in Iraq.")
    got = _deployed(text, date(2021, 3, 1))
    assert {("CZE", 120, "LVA"), ("CZE", 60, "IRQ")} <= got
    added = "The Czech contingent in Lithuania numbers about 200 soldiers. The army will send another 120 troops there."
    assert not any(value == 120 for _, value, _ in _deployed(added, date(2021, 3, 1)))


def test_troops_deployed_in_a_number_of_nations_are_a_deployment_with_no_single_host():
    text = ("Uruguay has about 21,000 active personnel. Uruguay has deployed about 1,100 of its troops in about 8 nations "
            "including Congo, Haiti and Cyprus.")
    got = _deployed(text, date(2019, 1, 1))
    assert ("URY", 1100, "") in got


def test_a_brigade_in_some_nations_is_no_deployment_cue_only_a_brigade_in_a_named_place_is():
    text = ("Some of its tanks were repaired in Germany. Norway maintains a small standing army which in this "
            "case is less than 9,000, the size of a large brigade in some nations.")
    got = _got(text, date(2015, 1, 1))
    assert ("NOR", "active_personnel", 9000) in got and ("NOR", "troops_deployed", 9000) not in got


def test_an_additional_reserve_force_beside_the_active_force_is_a_level():
    text = "Credible sources suggest Egypt's armed forces count about 440,000 active personnel, with an additional 480,000 reserve forces."
    got = _got(text, date(2024, 1, 1))
    assert {("EGY", "active_personnel", 440_000), ("EGY", "reserve_personnel", 480_000)} <= got


def test_a_country_the_host_neighbours_owns_none_of_the_troops_even_misspelt():
    text = ("Dozens of Spanish soldiers waited at the airport on Saturday.\n\nThese 150 soldiers are being deployed to the "
            "country of Latvia, which neighours Russia.")
    got = _deployed(text, date(2022, 3, 1))
    assert ("ESP", 150, "LVA") in got and not any(owner == "RUS" for owner, _, _ in got)


def test_soldiers_of_the_nth_contingent_are_its_count_not_a_part_of_a_number():
    text = "Between May and November 2007, 410 soldiers of the 15th Swiss Contingent (SWISSCOY15) served in Kosovo."
    assert ("CHE", 410, "XKX") in _deployed(text, date(2008, 1, 1))


def test_a_un_force_that_consists_of_soldiers_and_a_strong_peacekeeping_mission_are_multinational_totals():
    force = ("An advance team of 90 Nepalese is already in place in southern Lebanon. The UN force consists of 7,000 "
             "soldiers and is expected to grow to 12,000.")
    assert not any(v in (7000, 12_000) for _, _, v in _got(force, date(2006, 10, 1)))
    strong = "Nepal is the largest troop contributor to the 16,000-strong peacekeeping mission in South Sudan."
    assert not any(v == 16_000 for _, _, v in _got(strong, date(2021, 5, 1)))


def test_troops_in_darfur_or_abyei_are_in_sudan_and_those_in_several_missions_have_no_single_host():
    text = ("Rwanda currently has over 3,100 troops deployed in Darfur. With 6,000 soldiers deployed in five of the 12 UN "
            "ongoing missions, the Rwanda Defence Force is a major contributor to peacekeeping.")
    got = _deployed(text, date(2011, 7, 1))
    assert {("RWA", 3100, "SDN"), ("RWA", 6000, "")} <= got


def test_a_french_country_that_currently_counts_soldiers_states_its_strength():
    text = ("Le ministre nigérien de la Défense a annoncé devant le parlement que l'armée avait entamé le processus visant "
            "à porter le nombre total de soldats à 50.000 d'ici la fin de 2025. Le Niger compte actuellement 33.000 "
            "soldats. Le pays lutte contre des groupes armés dans la région.")
    assert ("NER", "active_personnel", 33_000) in _got(text, date(2022, 3, 1))


def test_a_defence_share_of_gdp_wandering_between_two_percents_is_a_range_of_shares():
    text = ("Canada just isn't trying. The defence share of GDP has been flat for half a decade, wandering between 1.2 "
            "and 1.4 percent.")
    got = [f for f in extract_figures(text, ArticleInfo("t", date(2023, 5, 1))) if f.metric == "defense_share_gdp_pct"]
    assert [(f.country_iso3, f.low, f.high) for f in got] == [("CAN", 1.2, 1.4)]


def test_the_number_of_reservists_maintained_at_a_level_and_the_level_it_would_taper_off_to():
    text = ("As a consequence, the number of reservists of all categories, which had been maintained at about 500,000, "
            "would taper off to about 420,000 during the 1990s in Sweden.")
    got = _got(text, date(1989, 1, 1))
    assert {("SWE", "reserve_personnel", 500_000), ("SWE", "reserve_personnel", 420_000)} <= got


def test_a_country_studys_personnel_strength_with_no_verb():
    text = "Qatar NATIONAL SECURITY\nArmed Forces: In mid-1993 personnel strength\n9,500, including foreign personnel."
    assert ("QAT", "active_personnel", 9500) in _got(text, date(1994, 1, 1))


def test_the_maker_of_tanks_named_by_model_numbers_is_not_the_next_sentences_subject():
    text = ("The army operates German Leopard 1 and 2 tanks as its main battle tanks. The army has approximately 25,000 "
            "reservists.")
    got = _got(text, date(2020, 1, 1))
    assert not any(owner == "DEU" for owner, _, _ in got)


def test_a_head_count_no_countrys_force_could_be_is_dropped_with_its_reason():
    text = ("The Australian Defence Force is made up of approximately 400 personnel and a number of vehicles, the "
            "commander said. Australia has about 58,000 active personnel.")
    got = _got(text, date(2006, 9, 17))
    assert ("AUS", "active_personnel", 58_000) in got and ("AUS", "active_personnel", 400) not in got
    trace: list = []
    extract_figures(text, ArticleInfo("t", date(2006, 9, 17)), trace=trace)
    assert any(d.figure is None and "World Bank series" in d.why for d in trace if d.number.value == 400)


def test_the_plausibility_check_reads_the_shipped_world_bank_series():
    from dashboard.extraction.plausibility import armed_forces
    assert armed_forces("AUS", 2006) and 40_000 < armed_forces("AUS", 2006) < 80_000
    assert armed_forces("AUS", 1900) is None and armed_forces("XXX", 2006) is None


def test_soldiers_who_have_fulfilled_their_tasks_since_the_beginning_of_this_mission_are_a_sum():
    text = ("Between May and November 2007, 410 soldiers of the 15th Swiss Contingent served in Kosovo. Since the beginning "
            "of this mission in 1999 approximately 3,000 soldiers of the Swiss Armed Forces have successfully fulfilled "
            "their tasks within KFOR.")
    got = _deployed(text, date(2008, 1, 1))
    assert ("CHE", 410, "XKX") in got and not any(value == 3000 for _, value, _ in got)


def test_the_share_of_defence_in_a_budget_and_the_top_of_a_list_of_military_expenditure():
    share = "Kenya's parliament approved the budget on Friday. Out of the total budget, the share of defense was Sh120 billion."
    assert ("KEN", "defense_budget", 120e9) in _got(share, date(2021, 7, 1))
    listed = "China continues to top Asia's list of military expenditure with $292 billion, the institute said."
    assert ("CHN", "defense_budget", 292e9) in _got(listed, date(2023, 4, 24))


def test_soldiers_misspelt_solders_are_still_soldiers():
    text = "Currently, Austria has 16,000 active solders, 9,000 reserves and 4,000 recruits."
    assert ("AUT", "active_personnel", 16_000) in _got(text, date(2016, 3, 1))


def test_soldiers_who_landed_at_an_airbase_are_deployed_where_the_story_put_them_not_in_the_foes_country():
    text = ("Dutch troops have arrived in Lithuania as part of a NATO mission to deter Russian aggression. Around 110 "
            "soldiers from the 13th Light Brigade landed at the Siauliai airbase on Friday.")
    got = _deployed(text, date(2017, 3, 1))
    assert ("NLD", 110, "LTU") in got and not any(host == "RUS" for _, _, host in got)


def test_a_spanish_from_to_pair_of_shares_with_the_gdp_said_once():
    text = ("El gasto del sector defensa de Chile presentó una tendencia creciente entre 2002 y 2009, cuando pasó del "
            "1,8% al 2,1% del PIB, según el informe del Ministerio de Defensa de Chile.")
    got = _got(text, date(2016, 1, 1))
    assert {("CHL", "defense_share_gdp_pct", 1.8), ("CHL", "defense_share_gdp_pct", 2.1)} <= got


def test_soldiers_from_a_country_serving_in_a_mission_a_mandated_ceiling_and_a_suggested_strength():
    serving = ("Slovenia plans to deploy more soldiers in Afghanistan. There will soon be 130 soldiers from Slovenia serving "
               "in the ISAF mission in Afghanistan, the newswire wrote.")
    assert ("SVN", 130, "AFG") in _deployed(serving, date(2009, 6, 1))
    mandated = "At present, Slovenia has mandated up to 90 troops to serve in Afghanistan, but currently has only 66 soldiers there."
    got = _deployed(mandated, date(2009, 6, 1))
    assert ("SVN", 66, "AFG") in got and not any(value == 90 for _, value, _ in got)
    suggested = "Another politician suggested doubling the Nepali army's strength to 180,000, the paper said."
    assert not any(v == 180_000 for _, _, v in _got(suggested, date(2023, 1, 1)))


def test_a_percent_with_a_plus_sign_after_a_budget_is_its_change():
    text = "The army budget of Georgia is estimated to reach GEL 1.1 billion, or +18%, as compared to 2017."
    assert ("GEO", "budget_change_pct", 18) in _got(text, date(2017, 12, 8))


def test_an_infobox_budget_given_in_two_currencies_with_a_slash():
    text = ("Armed Forces of the Philippines\nActive personnel | 150,000 (2017) |\nBudget | $2.5 billion/\u20b1120 billion "
            "(2016) |\nPercent of GDP | 1% |")
    assert ("PHL", "defense_budget", 120e9) in _got(text, date(2018, 6, 1))


def test_a_french_budget_of_defence_which_amounted_to_an_amount():
    text = ("Selon le projet de loi de finances présenté par le gouvernement, l'Algérie prévoit d'allouer un budget record "
            "aux forces armées en 2024. Elle représente une augmentation significative par rapport au budget de défense "
            "de l'année précédente, qui s'élevait à 2.100 milliards de dinars.")
    assert ("DZA", "defense_budget", 2.1e12) in _got(text, date(2023, 10, 1))


def test_troops_sent_to_help_rebuild_a_country_are_deployed_there():
    text = "South Korea's deployment of 600 engineering troops is the centerpiece of its commitment to help rebuild Afghanistan."
    assert ("KOR", 600, "AFG") in _deployed(text, date(2004, 1, 1))


def test_personnel_sent_to_join_troops_already_on_the_ground_of_a_named_operation():
    text = ("Canada will also expand the mission, known as Operation UNIFIER. The minister has authorized the Canadian "
            "Armed Forces to deploy 40 personnel to join 160 troops already on the ground.")
    got = _deployed(text, date(2020, 3, 1))
    assert ("CAN", 160, "UKR") in got and not any(value == 40 for _, value, _ in got)


def test_an_authorised_strength_named_before_another_count_does_not_make_the_next_a_ceiling():
    text = ("The government plans to increase the regular force to 24,000 members from its authorized strength of 22,000 "
            "and the reserves to 9,500 from 8,000, the Danish defence ministry said.")
    assert ("DNK", "reserve_personnel", 9500) in _got(text, date(2017, 6, 7))


def test_the_number_of_a_countrys_troops_reaches_a_count():
    text = "Number of Iranian troops reaches 610,000\n\nTEHRAN - The figures were released on Monday."
    assert ("IRN", "active_personnel", 610_000) in _got(text, date(2016, 3, 6))


def test_armed_forces_listed_by_a_source_as_comprising_a_count_are_that_strength():
    text = ("The military forces of Mali are listed by the IISS Military Balance 2010 as comprising 7,350 personnel with "
            "an additional 4,800 paramilitaries.")
    assert ("MLI", "active_personnel", 7350) in _got(text, date(2011, 1, 1))


def test_an_amount_followed_by_more_than_a_percent_increase_is_the_level():
    text = ("Under the $6.1 billion national budget for 2017 approved by Laos's National Assembly, defense spending was "
            "set at $210 million, more than a 12 percent increase from the 2016 figure.")
    got = _got(text, date(2017, 1, 1))
    assert ("LAO", "defense_budget", 210e6) in got and ("LAO", "budget_change_amount", 210e6) not in got


def test_a_contributor_with_troops_is_deployed_where_the_sentence_says_not_where_a_leader_visited():
    text = ("Georgia has 870 troops in Afghanistan, while Bulgaria is now the sixth-largest troop contributor with 600 "
            "troops.")
    assert ("BGR", 600, "AFG") in _deployed(text, date(2015, 1, 5))
    visit = ("Austria's chancellor spoke during a state visit to the Solomon Islands. Austria, previously the top "
             "contributor with almost 380 soldiers, is in the process of withdrawing them.")
    assert not any(host == "SLB" for _, _, host in _deployed(visit, date(2013, 6, 1)))


def test_a_level_up_from_previous_levels_of_a_count_is_the_level_before():
    text = "The move will reduce the total number of British forces in Germany to roughly 4,000 from the current level of about 7,000."
    assert {("GBR", 4000, "DEU"), ("GBR", 7000, "DEU")} <= _deployed(text, date(2012, 1, 1))
    share = ("The new spending will push Lithuania to defence spending of 3.5% of GDP next year, up from previous levels of "
             "around 2.5%.")
    assert ("LTU", "defense_share_gdp_pct", 2.5) in _got(share, date(2023, 6, 1))


def test_potential_soldiers_outside_the_armed_forces_are_a_pool_and_a_bordering_country_is_no_owner():
    text = ("Moldova, a small ally bordering Ukraine, has as many as 300,000 potential military personnel outside its "
            "armed forces, an official said.")
    assert not any(v == 300_000 for _, _, v in _got(text, date(2023, 4, 1)))


def test_a_strength_dated_before_1900_is_history_not_a_figure():
    text = "The minister said the Polish army's strength had grown to 80,000 by December 1831, when the uprising ended."
    assert not any(v == 80_000 for _, _, v in _got(text, date(2018, 3, 1)))


def test_an_increase_in_force_strength_of_a_count_is_a_change_but_a_reduction_to_a_count_is_a_level():
    change = "The budget rose by half in 2012, enabling an increase in force strength of 46,000 men, Peru's minister said."
    assert not any(v == 46_000 for _, _, v in _got(change, date(2012, 5, 29)))
    level = "It is unlikely that Ukraine will meet its target for reduction in troop numbers to 400,000 by 2005."
    assert ("UKR", "active_personnel", 400_000) in _got(level, date(2003, 1, 1))


def test_a_national_budget_that_totals_an_amount_is_the_whole_budget_not_defences():
    text = ("A draft of the 2010 national budget indicates that the Lao government intends to increase funding for the "
            "country's defense sector. The 2010 national budget totals 2.1 billion U.S. dollars, the paper said.")
    assert not any(v == 2.1e9 for _, _, v in _got(text, date(2009, 11, 19)))


def test_allied_troops_in_each_country_are_a_multinational_count():
    text = ("The Slovak army will send a platoon to Latvia. NATO agreed to send four combat groups to Estonia, Latvia, "
            "Lithuania and Poland. In each of the countries, over 1,000 allied troops will be deployed.")
    assert not any(value == 1000 for _, value, _ in _deployed(text, date(2017, 5, 10)))


def test_a_sentence_that_amounts_to_an_increase_after_a_budget_sentence():
    text = ("Norway is allocating an additional NOK 6 billion to defence spending by 2024. This amounts to an increase of "
            "over 12 percent. The proposal is substantial.")
    assert ("NOR", "budget_change_pct", 12) in _got(text, date(2023, 3, 1))
    account = ("Finland's defence spending amounted to EUR 5 billion and could reach EUR 7 billion soon. It would account "
               "for a 40% increase.")
    assert ("FIN", "budget_change_pct", 40) in _got(account, date(2023, 3, 1))
