"""Articles in Spanish, French, Portuguese and German, read through the word gloss (extraction.gloss and
extraction.multilingual). Every sentence here is the project's own."""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, engine, extract_figures
from dashboard.extraction.gloss import detect_language, fold, gloss

FRENCH = ("Le Niger a déployé environ 1 200 soldats nigériens au Mali pour soutenir la mission. "
          "Le ministère de la Défense du Niger a confirmé que les soldats sont arrivés dans la région.")
SPANISH = ("El Ministerio de Defensa de Colombia informó que las Fuerzas Militares tenían 240.000 efectivos en 2020, "
           "y que el presupuesto de defensa crecerá el próximo año según el informe del Ministerio.")


def figures(text: str, **info) -> set[tuple]:
    found = extract_figures(text, ArticleInfo("t", date(2024, 5, 1), **info))
    return {(f.country_iso3, f.metric, f.value, f.host_iso3) for f in found}


def test_the_language_is_told_from_its_short_words_and_english_is_never_glossed():
    assert detect_language(FRENCH) == "fr"
    assert detect_language(SPANISH) == "es"
    assert detect_language("Die Bundeswehr hat derzeit rund 181.000 Soldatinnen und Soldaten, und die Zahl der "
                           "Reservisten ist nicht bekannt, sagte das Ministerium mit Blick auf den Haushalt.") == "de"
    english = ("The United States has 28,500 troops stationed in South Korea, and the defense budget of the "
               "country rose to 66.3 trillion won, up 8.2 percent from last year, the ministry said.")
    assert detect_language(english) == "en"
    assert detect_language("El ejército") == "en"  # too short to tell: read as it is
    assert extract_figures(english, ArticleInfo("t", date(2025, 1, 1))) == engine.extract_figures(
        english, ArticleInfo("t", date(2025, 1, 1)))


def test_a_french_deployment_is_found_and_its_quote_and_passage_are_the_original_words():
    found = extract_figures(FRENCH, ArticleInfo("t", date(2024, 5, 1)))
    assert [(f.country_iso3, f.metric, f.value, f.host_iso3) for f in found] == [("NER", "troops_deployed", 1200.0, "MLI")]
    f = found[0]
    assert FRENCH[f.start:f.end] == f.quote == "1 200"
    assert "soldats nigériens au Mali" in f.passage and "soldiers" not in f.passage


def test_spanish_thousands_written_with_a_dot_are_thousands():
    assert ("COL", "active_personnel", 240000.0, "") in figures(SPANISH)
    text = ("El Ministerio de Defensa de Paraguay tiene asignado un presupuesto de G. 2,5 billones para el próximo año, "
            "que representa un aumento de G. 210.500 millones con respecto al presupuesto de este año.")
    found = figures(text)
    assert ("PRY", "defense_budget", 2.5e12, "") in found
    assert ("PRY", "budget_change_amount", 210_500e6, "") in found  # not 210.5 million


def test_portuguese_and_german_strengths():
    pt = ("O exército angolano conta com cerca de 107.000 militares ativos, segundo o relatório do Ministério da Defesa, "
          "e o orçamento anual das Forças Armadas é de 1,2 bilhões de dólares, disse o ministro na sexta-feira.")
    assert ("AGO", "active_personnel", 107000.0, "") in figures(pt)
    de = ("Österreich hat derzeit rund 160 österreichische Soldaten im Libanon stationiert, und die Regierung will "
          "das Kontingent nicht verkleinern, sagte die Verteidigungsministerin am Montag in Wien mit Blick auf die Lage.")
    assert ("AUT", "troops_deployed", 160.0, "LBN") in figures(de)


def test_the_gloss_maps_every_span_back_and_keeps_numerals_in_place():
    text = "Au moins 500 soldats camerounais ont été déployés au Tchad en 2015."
    g = gloss(text, "fr")
    assert g.text.startswith("At least 500 Cameroonian soldiers")
    for word in ("500", "2015"):
        at = g.text.index(word)
        assert g.span(at, at + len(word)) == (text.index(word), text.index(word) + len(word))
    at = g.text.index("Chad")
    assert text[slice(*g.span(at, at + 4))] == "Tchad"
    assert len(fold("déployés")) == len("déployés")


def test_explain_of_a_glossed_article_points_at_the_original_numerals():
    trace: list = []
    extract_figures(FRENCH, ArticleInfo("t", date(2024, 5, 1)), trace=trace)
    assert [FRENCH[d.number.start:d.number.end] for d in trace] == ["1 200"]
    assert "French gloss" in trace[0].why


def test_a_budget_in_millones_de_pesos_and_militares_as_an_adjective():
    text = ("El presupuesto de defensa de Chile para 2025 asciende a 3.250.000 millones de pesos, según el "
            "Ministerio de Defensa, y las compras militares del año fueron menores que en 2024.")
    found = figures(text)
    assert ("CHL", "defense_budget", 3.25e12, "") in found
    from dashboard.extraction.gloss import gloss as g
    assert "military purchases" in g(text, "es").text  # "militares" after a noun is an adjective, not people
    assert "742 military personnel" in g("La cartera prevé la incorporación de 742 militares el año que viene.", "es").text


def test_a_french_contingent_sent_to_a_country_is_a_deployment():
    text = ("Le Togo a envoyé 650 soldats en Centrafrique pour la mission des Nations unies. Le contingent "
            "togolais est le troisième détachement du pays dans la mission, selon le ministère des Armées.")
    assert ("TGO", "troops_deployed", 650.0, "CAF") in figures(text)


def test_a_spanish_budget_that_went_from_one_level_to_another_and_a_german_count_of_professional_soldiers():
    text = ("El presupuesto de defensa de Perú aumentó en 1,2 billones de soles, pues pasó de 8,3 billones de soles en "
            "2015 a 9,5 billones para el 2016, según el informe del Ministerio de Defensa.")
    found = figures(text)
    assert ("PER", "budget_change_amount", 1.2e12, "") in found
    assert ("PER", "defense_budget", 9.5e12, "") in found
    de = ("Das österreichische Bundesheer ist klein. Die Zahl der Berufssoldaten beträgt etwa 15.500 und die Zahl "
          "der Rekruten ist nicht bekannt, sagte das Ministerium in Wien mit Blick auf den Haushalt.")
    assert ("AUT", "active_personnel", 15500.0, "") in figures(de)


def test_argentine_budget_words_pbi_dollars_amounted_to_and_will_rise_by():
    text = ("El presupuesto de defensa de Uruguay para 2025 es de 30.000 millones de pesos. Esto representa un 0,4% "
            "del Producto Bruto Interno (PBI) del país y un 3% del gasto total del Estado. En comparación, el "
            "presupuesto de 2023 para defensa ascendía a 25.000 millones de pesos (unos 640 millones de dólares), y "
            "el gasto de 2025 subirá un 9,5% en pesos.")
    found = figures(text)
    assert ("URY", "defense_share_gdp_pct", 0.4, "") in found
    assert ("URY", "defense_budget", 25e9, "") in found
    assert ("URY", "budget_change_pct", 9.5, "") in found


def test_common_words_of_a_german_defence_story_are_glossed_without_breaking_names_made_of_them():
    text = "Die Mitgliedstaaten, unter anderem die Vereinigten Staaten, haben seit dem Vorjahr mehr Soldaten im Einsatz."
    assert gloss(text, "de").text == ("The Member states, among others the United States, have since the Previous year "
                                      "more Soldiers deployed.")


def test_russian_is_told_from_its_short_words_and_glossed_with_its_case_forms():
    text = ("Министерство обороны сообщило, что в Казахстане и в Узбекистане расходы на оборону выросли. По данным "
            "ведомства, это также касается армии, и для неё это важно.")
    assert detect_language(text) == "ru"
    glossed = gloss(text, "ru").text
    assert "Kazakhstan" in glossed and "Uzbekistan" in glossed and "defence spending" in glossed


def test_an_adjective_after_the_noun_of_change_keeps_the_change_next_to_its_percent():
    # Spanish puts the adjective after the noun ("un incremento notable del 9,8%"): glossed word by word the percent
    # was left behind "notable of the", where no change rule reads it
    assert "a significant increase of 9.8%" in gloss("Esta cifra representa un incremento notable del 9,8% respecto al año anterior.", "es").text
    assert gloss("Esta cifra representa", "es").text == "This figure represents"


def test_the_rows_of_a_spanish_statistics_table_are_glossed_as_their_english_labels():
    # an aggregator's Spanish edition: "Personal militar" is a row of military personnel, and the share-of-GDP row names
    # the military budget after it
    assert gloss("| Personal militar | 12 000 (2020) |", "es").text.startswith("| Military personnel |")
    assert gloss("| Porcentaje del PIB en el presupuesto militar | 0,5% (2024) |", "es").text.startswith("| Percent of GDP |")
