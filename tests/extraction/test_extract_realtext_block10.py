"""Classes of real-news wording met in block 10 (devset10, worked after its first contact).

Every sentence here is the project's own, written to show a class of wording; none is copied from
a development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_the_country_under_a_numbered_listicle_heading_is_that_headings_country():
    text = ("The largest armies in Africa.\n\n2 Egypt\n\nEgypt's army is the largest in the region.\n\n3 Kenya\n\n"
            "The Kenyan army trains often. Although the country has about 24,000 front-line personnel and less than "
            "5,000 reserve personnel, its reach is wide.")
    found = figs(text)
    assert {("KEN", "active_personnel", 24000.0, ""), ("KEN", "reserve_personnel", 5000.0, "")} <= found
    assert not {f for f in found if f[0] == "EGY"}


def test_an_infobox_with_bulleted_active_reserve_and_percent_gdp_rows():
    text = ("Chilean Armed Forces\n- Founded: 1818\n- Conscription: Yes\n- Active: 68,500\n- Ranked: 40th\n"
            "- Reserve: 40,000\n- Percent Gdp: 1.6% (2023 est.)\nThe Chilean Armed Forces are the military of Chile.")
    found = figs(text)
    assert {("CHL", "active_personnel", 68500.0, ""), ("CHL", "reserve_personnel", 40000.0, ""),
            ("CHL", "defense_share_gdp_pct", 1.6, "")} <= found
    assert not {f for f in found if f[2] in (18.0, 40.0, 1818.0)}


def test_a_series_named_on_its_own_line_then_country_rows():
    text = ("How the neighbours compare:\n\nActive Personnel\nGhana: 15,500\n\nTogo: 9,000\nBenin: 12,300\n\n"
            "Reserve Personnel\nGhana: 4,000\nTogo: 1,000\n")
    found = figs(text)
    assert {("GHA", "active_personnel", 15500.0, ""), ("TGO", "active_personnel", 9000.0, ""),
            ("BEN", "active_personnel", 12300.0, ""), ("GHA", "reserve_personnel", 4000.0, ""),
            ("TGO", "reserve_personnel", 1000.0, "")} <= found
    # a single row under a label is not a list
    assert not figs("Active Personnel\nGhana: 15,500\nThe rest is unknown.") - {("GHA", "active_personnel", 15500.0, "")}


def test_full_time_personnel_are_the_active_force_even_as_a_total():
    assert ("AUS", "active_personnel", 61189.0, "") in figs(
        "The ADF's permanent workforce grew over the year, bringing the total number of full-time personnel to 61,189.")


def test_troops_that_are_to_go_to_a_country_are_a_deployment_there():
    assert ("DEU", "troops_deployed", 500.0, "LTU") in figs("Some 500 German troops are to go to Lithuania next year.")


def test_a_total_deployed_as_peacekeepers_or_sent_in_a_total_is_a_deployment():
    assert ("IND", "troops_deployed", 5000.0, "") in figs(
        "More than 5,000 Indian soldiers have been deployed to conflict zones around the world as peacekeepers.")
    assert ("KOR", "troops_deployed", 300.0, "LBN") in figs(
        "Seoul plans to deploy a total of 300 troops to Lebanon as part of a UN mission.")
    # withdrawing "the" troops some clause names is not withdrawing the whole deployment
    assert not {f for f in figs("The U.S. will withdraw the 500 troops it added last year from Syria.")
                if f[1] == "troops_deployed"}


def test_call_ups_former_members_and_one_services_count_are_not_strengths():
    for text in ("Estonia To Call Up 12,000 Reservists", "Some 40,000 reservists could be recruited from among the "
                 "300,000 former service members who have left the Polish military.",
                 "Kenya has a large population. Additionally, 21,000 personnel are in their ground forces."):
        assert not {f for f in figs(text) if f[1] in ("active_personnel", "reserve_personnel")}, text
    # mobilising troops to a place is a deployment, not a call-up
    assert ("RWA", "troops_deployed", 1000.0, "MOZ") in figs(
        "Three years ago, Rwanda mobilized 1,000 soldiers to Mozambique in an effort that was widely praised.")


def test_world_and_continent_totals_and_changes_since_a_year_are_no_countrys_yearly_figures():
    found = figs("Total global military expenditure reached $2,443 billion in 2023, an increase of 6.8 per cent. "
                 "On the African continent, military spending rose by 22% to reach $51.6 billion. Russia's military "
                 "spending increased by 24 per cent in 2023, marking a 57 per cent rise since 2014.")
    assert {f[1:3] for f in found if f[1] in ("budget_change_pct", "defense_budget")} == {("budget_change_pct", 24.0)}


def test_a_rupiah_prefix_with_a_full_stop_is_the_rupiah():
    assert ("IDN", "defense_budget", 1.65e14, "") in figs("Indonesia's defence budget for 2025 is Rp. 165 trillion.")


def test_full_stops_as_thousands_separators_in_counts_but_not_in_money_or_percents():
    found = figs("The Portuguese armies field 27.000 soldiers and 211.000 reservists, and 1.200 armoured vehicles.")
    assert {("PRT", "active_personnel", 27000.0, ""), ("PRT", "reserve_personnel", 211000.0, "")} <= found
    money = figs("Ghana's defence budget rose 3.125% to $1.250 billion.")
    assert ("GHA", "defense_budget", 1.25e9, "") in money and ("GHA", "budget_change_pct", 3.125, "") in money


def test_reserves_shrunk_to_a_count_days_for_soldiers_and_rank_groups():
    assert figs("Next year the Austrian Armed Forces will shrink its reserves down to 50,000 troops.") == {
        ("AUT", "reserve_personnel", 50000.0, "")}
    assert not figs("Service days for Austrian soldiers will drop to 180, down from 190.")
    assert not {f for f in figs("The four services between them have 5,200 senior officers and 3,100 junior "
                                "officers in the Kenyan forces.") if f[1] == "active_personnel"}


def test_a_sanctioned_strength_and_an_allied_battle_groups_size_are_not_a_countrys_strength():
    assert not {f for f in figs("Against a sanctioned strength of 60,000 officers, the Pakistani services have "
                                "only 52,000.") if f[2] == 60000.0}
    assert not {f for f in figs("The Germans lead a 1,200-strong NATO battle group that includes soldiers from "
                                "six allies.") if f[2] == 1200.0}


def test_in_the_country_is_a_place_not_the_owner():
    # (a count above 1,000: under it, round 131 wants a whole force named before an active strength)
    found = figs("Efforts to build Mali's army are gaining ground. The US has increased its troop numbers in the "
                 "country to more than 1,700.")
    assert {f[0] for f in found if f[2] == 1700.0} == {"USA"}


def test_the_move_as_a_noun_is_not_a_deployment_verb():
    found = figs("The president insisted the move - part of a drive to modernize the 90,000-strong Kenyan military - "
                 "was long planned.")
    assert ("KEN", "active_personnel", 90000.0, "") in found


def test_troops_who_are_part_of_a_mission_are_deployed_in_its_host():
    assert ("BDI", "troops_deployed", 5000.0, "SOM") in figs("Burundi has 5,000 soldiers who are part of AMISOM.")
    assert ("GHA", "troops_deployed", 870.0, "LBN") in figs(
        "Ghana keeps 870 troops in the region who serve with UNIFIL, officials said.")


def test_an_acronym_in_brackets_among_the_modifiers_keeps_the_noun():
    assert ("KEN", "troops_deployed", 3600.0, "") in figs(
        "As of May 2020, around 3,600 Kenya Defence Forces (KDF) personnel are deployed on overseas operations.")


def test_soldiers_who_can_be_mobilised_are_a_pool_not_the_active_force():
    found = figs("Portugal fields 27,000 soldiers and more than 1 million soldiers who can be mobilized.")
    assert ("PRT", "active_personnel", 27000.0, "") in found
    assert not {f for f in found if f[2] == 1e6}
