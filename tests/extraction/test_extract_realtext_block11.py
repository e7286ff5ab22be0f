"""Classes of real-news wording met while working the sets before block 11's first contact.

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from datetime import date

from tests.extraction.realtext import figs


def test_a_share_framed_by_gdp_earlier_in_the_sentence():
    text = ("Latvia's defence spending fell as a share of GDP from the crisis years until 2019, when it rose back "
            "to 2.1%. Norway and Denmark lead the region relative to their GDP, with Norway spending 2.2 percent "
            "and Denmark 2.4 percent.")
    found = figs(text)
    assert {("LVA", "defense_share_gdp_pct", 2.1, ""), ("NOR", "defense_share_gdp_pct", 2.2, ""),
            ("DNK", "defense_share_gdp_pct", 2.4, "")} <= found
    # the frame does not make a change or another base's percent a share
    assert not figs("Relative to GDP, Latvia's defence budget rose by 4% this year.") & {
        ("LVA", "defense_share_gdp_pct", 4.0, "")}
    assert not figs("As a share of GDP, Latvia spends little on defence: 9% of its budget goes to the army.") & {
        ("LVA", "defense_share_gdp_pct", 9.0, "")}


def test_the_next_shares_of_a_series_after_one_share_of_gdp():
    found = figs("Peru cut military spending from 1.9% of GDP in 2009 to 1.4% in 2013.")
    assert {("PER", "defense_share_gdp_pct", 1.9, ""), ("PER", "defense_share_gdp_pct", 1.4, "")} <= found
    found = figs("Last year Peru's military spending reached 1.5 percent of GDP, surpassing the Bolivian level of "
                 "1.3 percent.")
    assert {("PER", "defense_share_gdp_pct", 1.5, ""), ("BOL", "defense_share_gdp_pct", 1.3, "")} <= found
    found = figs("Peru's defence spending has fallen from 2.6 percent of GDP in 1990, when the insurgency was at "
                 "its height, to its current figure of 1.2 percent.")
    assert ("PER", "defense_share_gdp_pct", 1.2, "") in found


def test_members_count_as_soldiers_only_in_a_sentence_about_a_force():
    found = figs("Among contributors to UN peacekeeping, Ghana is third with 2,702 members while Kenya follows "
                 "with 1,420 members of its contingents.")
    assert ("GHA", "troops_deployed", 2702.0, "") in found
    # a party, an alliance or a move: not soldiers
    assert not figs("The ruling party of Ghana has 2,702 members in the army town of Tamale.")
    assert not figs("Ghana's army said the relocation began with 300 members of its battalion moving to Accra.")


def test_levels_of_a_budget_series_around_a_level_read():
    found = figs("Peru trimmed its defence budget from $2.6 billion to $2.4 billion.")
    assert {("PER", "defense_budget", 2.6e9, ""), ("PER", "defense_budget", 2.4e9, "")} <= found
    found = figs("Peru's defence budget has grown from $1.1 billion in 2015 to $1.3 billion in 2019 and to "
                 "$1.6 billion in 2023.")
    assert {("PER", "defense_budget", 1.1e9, ""), ("PER", "defense_budget", 1.3e9, ""),
            ("PER", "defense_budget", 1.6e9, "")} <= found
    found = figs("Peru's defence budget for 2024 came to 7.2 billion soles and could reach 9 billion soles by 2028.")
    assert {("PER", "defense_budget", 7.2e9, ""), ("PER", "defense_budget", 9e9, "")} <= found
    # an amount with no year of its own is not read as the series' next level
    found = figs("Peru's defence budget grew to 7.2 billion soles in 2023, 400 million soles of it for pensions.")
    assert ("PER", "defense_budget", 4e8, "") not in found


def test_the_north_and_the_south_in_a_story_about_korea():
    found = figs("North Korea keeps a huge army. South Korea's active force of 500,000 troops faces the North's "
                 "1.28 million troops across the border.")
    assert {("KOR", "active_personnel", 500000.0, ""), ("PRK", "active_personnel", 1280000.0, "")} <= found
    # with no Korea named, 'the North' is no country
    assert not {f for f in figs("Rebels in the North have 12,000 troops, the ministry of Mali said.") if f[0] == "PRK"}


def test_the_strength_of_a_service_by_its_proper_name_is_one_service():
    found = figs("As of now, the total strength of the Nepali Army is 95,000, while the Armed Police Force is smaller.")
    assert not {f for f in found if f[1] == "active_personnel"}
    # lower case: loose writing for the whole military
    found = figs("The minister said that the strength of the Nepali army is 95,000 people.")
    assert ("NPL", "active_personnel", 95000.0, "") in found


def test_budget_lines_named_as_development_or_operating_expenditure_are_components():
    text = ("Nepal's defence allocation for 2025 is NPR 60 billion. The allocation for development expenditure is "
            "NPR 9 billion, an increase of NPR 2 billion or 28 per cent, while operating expenditure is NPR 51 billion.")
    found = figs(text)
    assert ("NPL", "defense_budget", 6e10, "") in found
    assert not {f for f in found if f[2] in (9e9, 2e9, 28.0, 5.1e10)}


def test_the_biggest_contributor_to_a_mission_named_by_its_acronym():
    text = ("About 12,000 soldiers serve in South Sudan under UNMISS. Rwanda, which first sent troops there in 2011, "
            "is the biggest contributor with more than 2,600 soldiers in the force.")
    found = figs(text)
    assert {f for f in found if f[:3] == ("RWA", "troops_deployed", 2600.0)}
    assert not {f for f in found if f[1] == "active_personnel"}


def test_a_relative_clause_hung_from_a_country_names_the_owner():
    found = figs("The next largest military spender is Kuwait, which, including French arms credits, spent $8.1bn in 2023.")
    assert ("KWT", "defense_budget", 8.1e9, "") in found
    assert not {f for f in found if f[0] == "FRA"}
    found = figs("Pakistan worries about India, which is the region's largest spender with a defence budget of $74bn.")
    assert ("IND", "defense_budget", 7.4e10, "") in found
    # a country the clause names outside an aside takes the figure after it
    found = figs("Kuwait, which raised military spending 6% last year, is followed by Oman with $6.5bn on defence.")
    assert ("OMN", "defense_budget", 6.5e9, "") in found


def test_the_country_a_comparison_passes_is_not_the_owner():
    found = figs("Poland has overtaken France to have the third largest defence budget in NATO, with an annual outlay "
                 "of $64bn in 2025.")
    assert ("POL", "defense_budget", 6.4e10, "") in found
    assert not {f for f in found if f[0] == "FRA"}


def test_foreign_troops_with_no_cue_in_an_article_about_a_country_are_there():
    text = ("Thailand hosts the Cobra Gold drills every year. Last year, about 4,000 US troops joined the drills with "
            "the Royal Thai Armed Forces.")
    assert ("USA", "troops_deployed", 4000.0, "THA") in figs(text)
    # two countries' troops together: a joint count, not one country's deployment
    text = ("Thailand hosts the Cobra Gold drills every year. This year's exercise included 9,000 U.S. and Thai "
            "servicemembers.")
    assert not {f for f in figs(text) if f[2] == 9000.0}


def test_stationed_there_is_the_place_of_the_sentence_before_not_its_subject():
    text = ("Washington is weighing a cut of American troop levels in Japan, a newspaper reported. No decision has "
            "been made to reduce the number of U.S. forces stationed there from the current 54,000.")
    assert ("USA", "troops_deployed", 54000.0, "JPN") in figs(text)


def test_a_change_without_by_and_a_change_in_a_named_countrys_spending():
    assert ("PER", "budget_change_pct", 12.0, "") in figs("Peru increased military spending 12% last year.")
    found = figs("Andean military budgets rose in 2024. Chile's rise was mostly due to a 12% increase in Peru's "
                 "defence spending, the report said.")
    assert ("PER", "budget_change_pct", 12.0, "") in found
    assert not {f for f in found if f[0] == "CHL" and f[2] == 12.0}


def test_a_respectively_list_paired_with_years():
    found = figs("Peru's military spending increases in 2021 and 2022 were 4% and 6% respectively.")
    assert {("PER", "budget_change_pct", 4.0, ""), ("PER", "budget_change_pct", 6.0, "")} <= found
    found = figs("Peru sends soldiers to UN missions. In 2019, 2020 and 2021, the number of Peruvian troops deployed "
                 "abroad was 410, 388 and 402 respectively.")
    assert {("PER", "troops_deployed", v, "") for v in (410.0, 388.0, 402.0)} <= found
    # the years go with the numbers in order
    from dashboard.extraction import ArticleInfo, extract_figures
    years = {f.value: f.year for f in extract_figures(
        "Peru's military spending increases in 2021 and 2022 were 4% and 6% respectively.", ArticleInfo("t"))}
    assert years == {4.0: 2021, 6.0: 2022}
    # a list whose length differs from the years' is left alone
    assert not figs("Peru's military spending increases in 2021 and 2022 were 4%, 5% and 6% respectively.") & {
        ("PER", "budget_change_pct", 5.0, "")}


def test_this_is_an_increase_after_the_sentence_that_stated_the_budget():
    from dashboard.extraction import ArticleInfo, extract_figures
    text = ("Nepal has allocated NPR 60 billion for defence in the 2025 budget. The minister said that this is an "
            "increase of 5 per cent or NPR 3 billion compared with the previous year's NPR 57 billion.")
    found = {(f.country_iso3, f.metric, f.value): f.year for f in extract_figures(text, ArticleInfo("t"))}
    assert found[("NPL", "budget_change_pct", 5.0)] == 2025
    assert ("NPL", "budget_change_amount", 3e9) in found
    assert found[("NPL", "defense_budget", 5.7e10)] == 2024
    # with no budget in the sentence before, 'this is an increase' of something else is no budget change
    assert not figs("Nepal's army held a parade. The minister said that this is an increase of 5 per cent in visitors.")


def test_the_part_of_a_total_budget_expected_to_be_spent_on_defence():
    found = figs("The total budget for the year is 90 trillion won, of which more than 7%, or 6.5 trillion won, is "
                 "expected to be spent on defense.", date(1992, 6, 1))  # (a total of the early 1990s: so is its part)
    assert ("KOR", "defense_budget", 6.5e12, "") in found
    assert ("KOR", "defense_budget", 9e13, "") not in found


def test_a_strong_battlegroup_or_force_of_an_alliance_or_mission_is_no_countrys_strength():
    found = figs("Canada leads NATO's enhanced forward presence in Latvia. The 1,900-strong battlegroup will contain "
                 "1,000 Canadian troops.")
    assert not {f for f in found if f[2] == 1900.0}
    found = figs("The UN peacekeeping mission in Cyprus is known as UNFICYP. The 800-strong force was set up in 1964.")
    assert not {f for f in found if f[1] == "active_personnel"}


def test_personnel_counts_after_a_note_that_they_include_reserves_are_totals():
    text = ("The ranking below uses data that includes both active and reserve personnel. In first place, Peru has "
            "over 350,000 personnel.")
    assert not {f for f in figs(text) if f[1] == "active_personnel"}
    # active personnel named as such still count
    text = ("The ranking below uses data that includes both active and reserve personnel. In first place, Peru has "
            "over 81,000 active personnel.")
    assert ("PER", "active_personnel", 81000.0, "") in figs(text)


def test_a_dated_change_after_a_long_run_average_in_one_sentence():
    found = figs("Chile increased its defence budget by an average of 5% per year from 2015 to 2019, and by 2.5% in 2020.")
    assert ("CHL", "budget_change_pct", 2.5, "") in found
    assert ("CHL", "budget_change_pct", 5.0, "") not in found


def test_the_increase_of_n_percent_after_the_sentence_with_the_budget():
    text = "Peru approved a 9.2 billion soles defense budget on Tuesday. The increase of 4 percent is the second since 2022."
    assert ("PER", "budget_change_pct", 4.0, "") in figs(text)


def test_the_pentagons_base_budget():
    found = figs("The Pentagon's request combines a proposed base budget of $870 billion with $90 billion from a "
                 "separate bill. Last year the base budget would have stayed flat, hovering around $860 billion.")
    assert {("USA", "defense_budget", 8.7e11, ""), ("USA", "defense_budget", 8.6e11, "")} <= found
    assert ("USA", "defense_budget", 9e10, "") not in found


def test_a_fiscal_years_projection_or_request_of_an_amount():
    found = figs("The Pentagon's topline budget falls short of the previous administration's FY27 projection of "
                 "$950 billion.")
    assert ("USA", "defense_budget", 9.5e11, "") in found

