"""Classes of real-news wording met in blocks 38-39 (devset39 and devset40, worked after their first contacts).

Every sentence here is the project's own, written to show a class of wording; none is copied from a
development set.
"""

from __future__ import annotations

from tests.extraction.realtext import figs


def test_of_them_after_a_total_names_the_total_s_owner_and_a_bare_congo_near_kinshasa_is_the_drc():
    found = figs("A total of 7,900 Pakistani officers and soldiers are serving with UN peacekeeping forces worldwide.\n\n"
                 "Of them, 2,600 are deployed in Congo, 1,400 in the Sudan and 500 in Lebanon, near Kinshasa and Juba.")
    assert {("PAK", "troops_deployed", 2_600, "COD"), ("PAK", "troops_deployed", 1_400, "SDN")} <= found
    assert not {f for f in found if f[0] in ("COG", "COD", "SDN", "LBN")}


def test_troops_arriving_from_a_country_came_from_it_and_an_arriving_batch_is_no_level():
    found = figs("Korea's deployment was completed Saturday with the arrival of the remaining 140 troops from Kuwait. "
                 "The move caps the dispatch of more than 1,200 troops since December.")
    assert not {f for f in found if f[2] in (140, 1_200)}
    assert not {f for f in found if f[3] == "KWT"}


def test_a_battalion_added_before_the_contingent_s_new_total_is_an_addition():
    found = figs("Ghana has completed deployment of a battalion of 750 peacekeepers to the UN mission in South Sudan "
                 "(UNMISS), increasing the size of the country's contingent in the war-torn country to more than 1,500 troops.")
    assert ("GHA", "troops_deployed", 1_500, "SSD") in found
    assert not {f for f in found if f[2] == 750}


def test_exact_amounts_after_millions_and_the_navy_s_share_beside_the_army_s():
    from datetime import date

    from dashboard.extraction import ArticleInfo, extract_figures
    text = ("En el sexenio del presidente, el presupuesto asignado a las fuerzas armadas de México aumentó 30 por ciento. "
            "Durante el último año de la administración actual el presupuesto para los militares sumará 80,120 millones "
            "401,300 pesos y 30,250 millones 100,200 pesos el de los marinos, según el documento del gobierno federal.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2018, 1, 2)))}
    assert ("MEX", "defense_budget", 80_120_401_300.0) in got
    assert not {g for g in got if g[2] == 30_250_100_200.0}


def test_a_function_word_is_no_modifier_of_the_noun_after_it():
    found = figs("In 2002, Taiwan's armed forces totaled approximately 370,000 with reserves numbering 1,657,500.")
    assert ("TWN", "active_personnel", 370_000, "") in found
    assert ("TWN", "reserve_personnel", 370_000, "") not in found


def test_a_defence_force_by_its_acronym_a_few_words_before_its_strength():
    found = figs("The IISS estimated the UPDF had a total strength of 40,000 and consisted of land forces and an air wing. "
                 "Uganda's army is its main service.")
    assert ("UGA", "active_personnel", 40_000, "") in found


def test_a_level_after_its_change_introduced_by_up_to():
    found = figs("Beijing: China will increase its military spending by 7.2% this year, up to 1,669.5 billion yuan, "
                 "according to the draft budget.")
    assert ("CHN", "defense_budget", 1_669.5e9, "") in found


def test_french_milliards_d_euros_are_euros():
    from dashboard.extraction.gloss import gloss
    assert "32 billion euros" in gloss("Le budget des armées en 2017 était de 32 milliards d'euros.", "fr").text


def test_countries_providing_soldiers_to_a_mission_and_refugees_protected_are_no_troops():
    found = figs("The SADC Mission in Mozambique was launched in Pemba. Tanzania is providing 260 soldiers, South Africa "
                 "250, Botswana 100 and Lesotho 60. Mongolian troops are providing protection to more than 90 thousand "
                 "refugees.")
    assert {("TZA", "troops_deployed", 260, "MOZ"), ("ZAF", "troops_deployed", 250, "MOZ"),
            ("BWA", "troops_deployed", 100, "MOZ")} <= found
    assert not {f for f in found if f[2] == 90_000}


def test_portuguese_mil_milhoes_no_activo_and_na_reserva():
    from datetime import date

    from dashboard.extraction import ArticleInfo, extract_figures
    text = ("Com gastos em Defesa avaliados em 3,8 mil milhões de dólares, um contingente de 100 mil homens no activo e "
            "60.500 na reserva, e uma panóplia de meios que inclui tanques e helicópteros de combate, Angola é a 7.ª "
            "potência militar de África, indica o índice publicado anualmente pelo site especializado em Defesa.")
    got = {(f.country_iso3, f.metric, f.value) for f in extract_figures(text, ArticleInfo("t", date(2018, 1, 1)))}
    assert {("AGO", "defense_budget", 3.8e9), ("AGO", "active_personnel", 100_000), ("AGO", "reserve_personnel", 60_500)} <= got


def test_swiss_grouping_with_an_apostrophe():
    from dashboard.extraction.numbers import find_numbers
    assert [n.value for n in find_numbers("Die Armee zählte 143\u2019372 Angehörige, in the '90s")] == [143_372.0, 90.0]
