"""Classes of real-news wording met again in devset31 (worked after its first contact): reserves 'in addition'
to the active force, a 'standing army' counted as a whole, a budget a component sits 'in', a defence ministry
that 'spent' an amount, a force that 'employs' its personnel, and Spanish and Portuguese copy of the same.

Every sentence here is the project's own, written to show a class of wording; none is copied from a
development set.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import figs


def _all(text: str, published: date = date(2025, 6, 1), **info):
    return extract_figures(text, ArticleInfo("t", published, **info))


def test_reserves_that_can_be_activated_in_addition_to_the_active_force():
    found = figs("The Bangladesh Armed Forces have about 160,000 full time personnel. An additional 60,000 part time "
                 "reservists can be activated in a few weeks.")
    assert {("BGD", "active_personnel", 160_000, ""), ("BGD", "reserve_personnel", 60_000, "")} <= found


def test_a_standing_army_counted_as_a_whole():
    found = figs("Egypt is roughly considered to have almost 440,000 Active Standing Army due to its neighbourhood.")
    assert ("EGY", "active_personnel", 440_000, "") in found


def test_the_budget_a_component_sits_in_is_the_budget():
    found = figs("Salaries are at over 60% the largest expense item in the R52 billion plus defence budget of South Africa.")
    assert ("ZAF", "defense_budget", 52e9, "") in found


def test_a_defence_ministry_that_spent_an_amount_against_an_earlier_one():
    found = _all("Chile's Defence Ministry spent, in 2019, $4.9 billion, against $4.1 billion in 2015.")
    got = {(f.country_iso3, f.metric, f.value, f.year) for f in found}
    assert ("CHL", "defense_budget", 4.9e9, 2019) in got
    assert ("CHL", "defense_budget", 4.1e9, 2015) in got


def test_a_force_that_employs_its_uniformed_personnel():
    found = figs("Canada's Defence currently employs 63,000 uniformed personnel, below the minimum required.")
    assert ("CAN", "active_personnel", 63_000, "") in found


def test_spanish_pie_de_fuerza_and_portuguese_desembolsou():
    es = ("El ministro de Defensa reconoció que en los últimos 5 años el número de miembros de las Fuerzas Armadas de "
          "Perú tuvo una sensible caída: el pie de fuerza pasó de 120.500 integrantes en el 2014 a 110.300 en el 2019.")
    assert ("PER", "active_personnel", 120_500, "") in figs(es)
    pt = ("Mesmo antes de iniciar o pagamento da maior parte de suas compras militares, o governo elevou os gastos. "
          "Levantamento mostra que o Ministério da Defesa de Portugal desembolsou, em 2019, 2,4 bilhões de euros, contra "
          "2,1 bilhões de euros em 2015, segundo o governo. O orçamento da Defesa tende a ser ainda maior, afirma o "
          "professor, que também destaca que nos anos 80 e 90 do século passado houve muita contenção de despesas.")
    assert ("PRT", "defense_budget", 2.4e9, "") in figs(pt)
