"""The twentieth sitting (2026-12-06): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change (the guards pass on both)."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import figs

ON = date(2021, 3, 1)  # (the day a test's text is dated when its own date does not matter)


def test_a_dash_and_by_before_the_last_share_of_a_list():
    text = ("Slovakia gives its army 1.1 percent of GDP, Hungary - 1.4 percent, Croatia - 1.8 percent, Serbia - 2.1 "
            "percent and Greece - by 3.2 percent.")
    assert ("GRC", "defense_share_gdp_pct", 3.2, "") in figs(text, ON)


def test_it_allocates_to_defense_a_percent_with_gdp_in_the_sentence():
    text = "According to the revised GDP of Slovakia, it allocates to defense 1.05 percent."
    assert ("SVK", "defense_share_gdp_pct", 1.05, "") in figs(text, ON)


def test_did_not_allocate_to_defense_a_percent_is_no_level():  # (guard)
    text = ("NATO members seek 2 percent of GDP for defense. However, Lithuania did not allocate to defense 2 percent "
            "even during its boom.")
    assert not [f for f in figs(text, ON) if f[0] == "LTU"]


def test_several_countries_managed_one_share_after_a_sentence_on_gdp_shares():
    text = ("Only Estonia and Greece spent over 2 percent of their GDP on defence last year, according to the think tank.\n"
            "Belgium, Austria, Portugal, and Ireland, by comparison, only managed around 1 percent.")
    found = figs(text, ON)
    for iso3 in ("BEL", "AUT", "PRT", "IRL"):
        assert (iso3, "defense_share_gdp_pct", 1.0, "") in found


def test_two_countries_spent_one_share_each_gets_it():
    text = "Greece spends 3.1 percent of GDP on its military. Spain and Italy spent 1.2 percent."
    found = figs(text, ON)
    assert ("ESP", "defense_share_gdp_pct", 1.2, "") in found
    assert ("ITA", "defense_share_gdp_pct", 1.2, "") in found


def test_a_group_spending_a_percent_on_roads_is_no_share():  # (guard)
    assert figs("Spain and Italy spent 1.2 percent more on roads.", ON) == set()


def test_the_percentage_fell_from_after_a_sentence_on_the_gdp_share_of_defense():
    text = ("In terms of GDP share, the Taiwanese government has failed since 2011 to honor its promise to spend no less "
            "than 3 percent of GDP in national defense.\nThe percentage fell from 2.95 percent in the draft budget for "
            "2009 to 2.8 percent in 2010, 2.61 percent in 2011 and 2.2 percent in 2012.")
    found = figs(text, ON)
    assert ("TWN", "defense_share_gdp_pct", 2.95, "") in found
    assert ("TWN", "defense_share_gdp_pct", 2.61, "") in found


def test_in_a_country_the_cut_was_a_percent_after_a_budget_cut():
    text = ("In Chile, the armed forces budget has been cut about 12 percent in the last decade. In Peru the cut was 40 "
            "percent.")
    assert ("PER", "budget_change_pct", -40, "") in figs(text, ON)


def test_the_increase_was_a_percent_after_inflation_is_no_budget_change():  # (guard)
    assert figs("Inflation rose sharply in Peru last year. The increase was 9 percent.", ON) == set()


def test_a_budget_cut_by_about_a_third():
    text = "This year alone the Greek defense budget will be cut by about a third."
    assert ("GRC", "budget_change_pct", -33.33, "") in figs(text, ON)


def test_military_spending_cut_in_half():
    text = "The Chilean government has cut military spending in half, reduced the armed forces to 20,000 troops from 100,000."
    assert ("CHL", "budget_change_pct", -50, "") in figs(text, ON)


def test_a_defence_budget_raised_by_a_third():
    assert ("RUS", "budget_change_pct", 33.33, "") in figs("Russia will raise its defence budget by a third in 2003.", ON)


def test_fractions_of_other_things_are_no_figures():  # (guard)
    text = ("The Greek army has half a million soldiers, and a third of them are conscripts. Salaries were cut by a "
            "third. The deficit was cut in half last year.")
    assert not [f for f in figs(text, ON) if f[1] == "budget_change_pct"]


def test_their_number_could_increase_to_a_level_this_year_and_another_later():
    text = ("There are currently 610 Slovak soldiers serving on foreign missions. Under the proposal, their number could "
            "increase to 810 this year and to 950 in 2019.")
    found = figs(text, ON)
    assert ("SVK", "troops_deployed", 810, "") in found
    assert ("SVK", "troops_deployed", 950, "") in found


def test_defence_expenses_increase_by_a_percent_or_an_amount():
    text = "On the whole, the Latvian defence expenses will increase by nine percent or 37 million euro next year."
    found = figs(text, ON)
    assert ("LVA", "budget_change_pct", 9, "") in found
    assert ("LVA", "budget_change_amount", 37e6, "") in found


def test_a_defense_budget_named_before_a_colon_and_its_amount():
    text = ("The ministers have agreed on a defense budget to be passed as part of the state budget for 2022: NIS 61 "
            "billion ($18.8 billion).")
    assert ("ISR", "defense_budget", 61e9, "") in figs(text, ON)


def test_this_compares_with_an_earlier_years_allocation():
    text = ("The allocation of funds to the Kenyan defence ministry in 2023/24 comes to KSh 151.1 billion, decreasing "
            "slightly to KSh 151.04 billion in 2024/25. This compares with KSh 140.8 billion for 2022/23.")
    assert ("KEN", "defense_budget", 140.8e9, "") in figs(text, ON)


def test_budgets_for_two_years_respectively_take_their_years():
    text = "The defense budgets of Egypt for FY 1987 and FY 1986 totaled US$5.6 billion and US$4.98 billion, respectively."
    found = {(f.value, f.year) for f in extract_figures(text, ArticleInfo("t", ON)) if f.metric == "defense_budget"}
    assert found == {(5.6e9, 1987), (4.98e9, 1986)}


def test_the_armed_forces_total_a_number_of_troops():
    assert ("OMN", "active_personnel", 44000, "") in figs("The Omani armed forces total 44,000 troops.", ON)


def test_the_military_has_the_manpower_of_a_number_of_soldiers():
    text = "The Jordanian military has the manpower of 65,000 soldiers, divided into 10 brigades."
    assert ("JOR", "active_personnel", 65000, "") in figs(text, ON)


def test_troops_scattered_throughout_a_country_are_deployed_there():
    text = "About 9,000 Tanzanian troops are scattered throughout Uganda to help government forces."
    assert ("TZA", "troops_deployed", 9000, "UGA") in figs(text, ON)


def test_servicemen_to_be_sent_to_a_region_are_deployed_in_its_country():
    text = "Kazakhstan reported that 139 servicemen will be sent to the Golan Heights."
    assert ("KAZ", "troops_deployed", 139, "SYR") in figs(text, ON)


def test_troops_sent_into_the_south_of_a_country_lowercase():
    assert ("ISR", "troops_deployed", 9000, "LBN") in figs("Israel sent 9,000 troops into south Lebanon before a truce.", ON)


def test_south_korea_in_lowercase_keeps_its_name():  # (guard)
    assert not [f for f in figs("The 2,000 US soldiers sent to south Korea stayed.", ON) if f[3] == "PRK"]


def test_personnel_on_seven_un_peace_missions_have_no_single_host():
    text = ("Bolivia has taken part in UN missions such as MONUSCO in Congo. The Andean country currently has 394 "
            "personnel deployed on seven U.N. peace missions.")
    assert ("BOL", "troops_deployed", 394, "") in figs(text, ON)


def test_troops_withdrew_from_a_mission_are_no_level():
    assert figs("Last year, Uganda withdrew 200 troops from Amisom as part of the drawdown.", ON) == set()


def test_a_troop_limit_is_no_deployment():
    text = ("Late last year the Italian parliament lifted a 3,000-troop limit on how many soldiers the country can "
            "deploy in Afghanistan.")
    assert figs(text, ON) == set()


def test_officers_martyred_are_casualties():
    text = ("During its long association with UN missions in Congo, Pakistan has lost 157 personnel and 24 officers, "
            "martyred during their efforts.")
    assert figs(text, ON) == set()


def test_an_amount_spent_overall_by_a_far_year_is_a_multi_year_total():
    text = "The country aims to spend 1.6 trillion kroner on defence overall by 2036, doubling the current defense budget."
    assert not [f for f in figs(text, ON) if f[1] == "defense_budget"]


def test_spending_for_a_period_of_years_is_a_multi_year_total():
    assert figs("In total, for the period 2020-2023, Greek defence spending will exceed 20 billion euros.", ON) == set()


def test_cumulative_expenditures_of_a_plan_are_a_multi_year_total():
    text = ("The Japanese government new defense plan for the period 1986-90 calls for cumulative military "
            "expenditures of $76.5 billion.")
    assert figs(text, ON) == set()


def test_levels_reached_in_one_year_and_by_another_stay_levels():  # (guard)
    text = "Japan defence spending will reach 8 trillion yen in 2027 and 9 trillion yen by 2030."
    assert ("JPN", "defense_budget", 9e12, "") in figs(text, ON)


def test_a_country_provided_a_part_out_of_a_multinational_force_in_a_place():
    text = "It is on record that Nigeria provided 12,000 out of 16,000 ECOMOG troops in Liberia."
    assert ("NGA", "troops_deployed", 12000, "LBR") in figs(text, ON)


def test_a_country_contributed_a_part_out_of_the_total_un_troops_in_a_place():
    text = "A UN official in Juba said Kenya contributed 1,020 out of the total 11,400 UN peacekeeping troops in South Sudan."
    assert ("KEN", "troops_deployed", 1020, "SSD") in figs(text, ON)


def test_personnel_on_missions_in_six_countries_and_the_units_they_include():
    text = ("As of November 2018, a total of 635 ROK personnel were carrying out their missions in six countries. They "
            "include 331 of the Dongmyeong Unit in Lebanon, 280 of the Hanbit Unit in South Sudan, and those "
            "individually deployed.")
    found = figs(text, ON)
    assert ("KOR", "troops_deployed", 635, "") in found
    assert ("KOR", "troops_deployed", 331, "LBN") in found
    assert ("KOR", "troops_deployed", 280, "SSD") in found


def test_a_part_of_a_missions_total_from_a_country_is_its_deployment_and_the_total_not_its():
    text = ("The newly arriving servicemen will participate in the NATO-led mission entitled Resolute Support (RSM). The "
            "mission currently hosts 13 000 servicemen, 870 of which are from Georgia.")
    assert figs(text, ON) == {("GEO", "troops_deployed", 870, "AFG")}


def test_of_the_foreign_troops_in_the_country_a_part_is_american():
    text = ("Afghanistan will be discussed at a NATO summit in Lisbon next month. Of the 150,000 foreign troops in the "
            "country, 100,000 are American.")
    assert ("USA", "troops_deployed", 100000, "AFG") in figs(text, ON)


def test_of_the_troops_in_a_place_a_part_is_one_countrys_and_the_whole_is_not():
    assert figs("Of the 40,000 troops in Kosovo, 5,000 are German.", ON) == {("DEU", "troops_deployed", 5000, "XKX")}


def test_an_infobox_row_with_approx_without_its_full_stop():
    text = "Military of Fiji\nActive personnel 3,500 (ranked 146)\nReserve personnel Approx 6,000\nBudget $US74 Million (2006)"
    assert ("FJI", "reserve_personnel", 6000, "") in figs(text, ON)


def test_a_blank_line_between_two_lowercase_words_does_not_end_the_sentence():
    text = ("The ROK has sent units to Haiti before. As of November 2018, a total of 635 ROK personnel were carrying out "
            "their\n\n           missions in six countries.")
    assert ("KOR", "troops_deployed", 635, "") in figs(text, ON)


def test_a_reduction_in_real_terms_of_a_percent():
    text = ("Taking this into account, the Danish defence budget in fact represents a reduction in real terms of 2.7 "
            "percent compared with 1996.")
    found = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(1996, 10, 1)))}
    assert ("DNK", "budget_change_pct", -2.7) in found


def test_to_up_defence_spending_by_a_percent():
    assert ("IND", "budget_change_pct", 12, "") in figs("The Indian government will up defence spending by 12% this year.", ON)


def test_to_pick_up_a_percent_of_the_bill_is_no_change():  # (guard)
    assert figs("The Indian army will pick up 12% of the bill.", ON) == set()


def test_spending_to_grow_as_much_as_a_fifth_and_what_borrowing_reaches_is_not_defences():
    text = ("Sri Lanka defence spending was forecast to grow as much as a fifth to 200 billion rupees, while the gross "
            "foreign borrowing is expected to rise 17.7 percent to 222.5 billion rupees.")
    assert figs(text, ON) == {("LKA", "budget_change_pct", 20, ""), ("LKA", "defense_budget", 200e9, "")}


def test_the_interior_ministrys_budget_growing_is_not_defences():
    text = ("The Algerian defence budget is 13 billion dollars. The Ministry of the Interior and local authorities has "
            "also seen its budget grow by seven per cent.")
    assert figs(text, ON) == {("DZA", "defense_budget", 13e9, "")}


def test_defence_expenditure_for_staff_and_for_training_are_lines_of_the_budget():
    text = "In 2015, Italian defence expenditure for staff increased by 1.6%, while that for training was reduced by 14%."
    assert figs(text, ON) == set()


def test_military_expenditures_worldwide_are_no_countrys():
    text = "While military expenditures worldwide are up 49 percent since 2000, Peru's military spending rose 9 percent."
    assert not [f for f in figs(text, ON) if f[2] == 49]


def test_an_economy_expected_to_shrink_is_no_budget_cut():  # (guard)
    text = ("The Thai defence budget will be cut. With Thailand economy currently expected to shrink in 2020 by around "
            "5.3 percent, the government plans to reallocate funds.")
    assert figs(text, ON) == set()


def test_an_approved_or_minimum_strength_or_establishment_figure_is_no_level():
    for text in ("The approved strength of the Irish Defence Forces is 9,500 members.",
                 "The minimum strength for the Irish army is 7,520, but it had fallen to 6,912.",
                 "The White Paper on Defence (2015) sets out an overall establishment figure of 4,169 for the Irish RDF."):
        assert not [f for f in figs(text, ON) if f[2] in (9500, 7520, 4169)], text


def test_the_strength_of_the_defence_forces_is_a_level():  # (guard)
    assert ("IRL", "active_personnel", 9100, "") in figs("The strength of the Irish Defence Forces is 9,100 members.", ON)


def test_another_country_spending_an_amount_after_one_that_spends():
    text = "The largest military spenders were the United States, spending $700 billion, and China, spending $200 billion."
    assert ("CHN", "defense_budget", 200e9, "") in figs(text, ON)


def test_a_budget_including_another_countrys_assistance_is_the_budgets_owners():
    text = ("The total defense budget for Israeli fiscal year 1988, including United States assistance of US$1.8 billion, "
            "amounted to US$5.59 billion.")
    assert figs(text, ON) == {("ISR", "defense_budget", 5.59e9, "")}


def test_the_ex_soviet_republic_is_no_mention_of_russia():
    text = ("A group of Georgian servicemen departed Monday for Kuwait as the ex-Soviet republic began boosting its "
            "contingent in Iraq from 850 to 2,000 troops.")
    assert not [f for f in figs(text, ON) if f[0] == "RUS"]


def test_portuguese_both_with_a_share_gives_it_to_both_countries():
    text = ("Em 2018, Portugal gastou 1,35% do PIB em defesa, segundo a NATO. Portugal surge em 16º posto da lista - naturalmente encabeçada pelos Estados Unidos (3,39%) -, à frente da "
            "Alemanha (1,23%) e de países como Espanha, Bélgica (ambos com 0,93%) e Luxemburgo (0,54%), que ocupam os "
            "três últimos lugares na despesa em defesa em percentagem do PIB.")
    found = figs(text, ON)
    assert ("ESP", "defense_share_gdp_pct", 0.93, "") in found
    assert ("BEL", "defense_share_gdp_pct", 0.93, "") in found


def test_a_percent_a_year_since_a_date_is_a_long_run_rate():
    text = ("Since the start of extremist attacks in Mozambique in October 2017, spending on the defence and security "
            "sector rose about 5.4% a year.")
    assert figs(text, ON) == set()


def test_indonesian_budget_pegged_at_an_amount():
    text = ("Ketika banyak negara menaikkan anggaran militer dengan tajam, pemerintah Indonesia memilih untuk bersikap "
            "realistis dengan situasi ekonomi yang ada. Untuk tahun 2019, anggaran pertahanan dipatok Rp108 triliun dan "
            "akan digunakan untuk pembangunan pangkalan di wilayah timur.")
    assert ("IDN", "defense_budget", 108e12, "") in figs(text, ON)


def _dated(text: str, published: date) -> set:
    return {(f.country_iso3, f.metric, f.value, f.year) for f in extract_figures(text, ArticleInfo("t", published))}


def test_a_change_and_last_years_level_beside_next_years_budget_in_october():
    text = ("The Malaysian Defence Ministry has been allocated RM21.2 billion. In a statement today, the ministry announced "
            "that the allocation represents an increase of approximately 7.08 per cent compared to last year's RM19.7 "
            "billion.")
    found = _dated(text, date(2024, 10, 18))
    assert ("MYS", "budget_change_pct", 7.08, 2025) in found
    assert ("MYS", "defense_budget", 19.7e9, 2024) in found


def test_spending_that_will_reach_an_amount_in_a_december_budget_is_next_years():
    text = "Military spending in Saudi Arabia is expected to grow by 5%. Defense spending will reach SR272 billion."
    found = _dated(text, date(2024, 12, 10))
    assert ("SAU", "defense_budget", 272e9, 2025) in found
    assert ("SAU", "budget_change_pct", 5, 2025) in found


def test_this_years_spending_that_will_reach_an_amount_stays_this_years():  # (guard)
    assert ("SAU", "defense_budget", 250e9, 2024) in _dated("This year Saudi defense spending will reach SR250 billion.",
                                                            date(2024, 12, 10))


def test_budgets_in_currencies_from_before_the_euro():
    text = ("Spain: The Defense Budget\nThe defense budget for 1988 was set at 762 billion pesetas, or US$6.74 billion "
            "based on 1988 rates of exchange.")
    assert ("ESP", "defense_budget", 762e9, "") in figs(text, ON)
    assert ("GRC", "defense_budget", 1.2e12, "") in figs("The Greek defence budget was 1.2 trillion drachmas in 1995.", ON)


def test_troops_that_returned_from_a_country_or_returned_home_are_no_level():
    assert figs("Some 10,000 Sudanese troops of the Rapid Support Forces have definitively returned from Yemen.", ON) == set()
    text = ("223 soldats du contingent béninois engagés dans la mission des Nations unies au Mali sont de retour à "
            "Cotonou, a indiqué l'armée dans un communiqué publié lundi.")
    assert not [f for f in figs(text, ON) if f[2] == 223]


def test_a_recommended_deployment_is_no_level():
    assert figs("An SADC technical team recommended the deployment of 3 000 troops to Mozambique.", ON) == set()


def test_spending_significantly_more_than_a_share_is_a_threshold():
    text = ("Stark argued that comparable countries such as Denmark, the Netherlands and Norway already spend "
            "significantly more than one percent of GDP on their armed forces.")
    assert figs(text, ON) == set()


def test_spending_on_defence_up_to_the_year_is_a_multi_year_total():
    text = ("Greece will spend two trillion drachmas on defence up to the year 2000 and a further two trillion by 2007, "
            "Prime Minister Costas Simitis announced today.")
    assert figs(text, ON) == set()
