"""The eighteenth sitting (2026-12-06): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change (the guards pass on both)."""

from datetime import date

from tests.extraction.realtext import figs

ON = date(2021, 3, 1)  # (the day a test's text is dated when its own date does not matter)


def test_a_budget_of_the_defence_sector_with_a_clause_before_its_verb():
    text = ("The opening budget (PIA) of the Defence sector, which Congress passed on 28 November, amounts to about "
            "1,950 million dollars in Bolivia this year.")
    assert ("BOL", "defense_budget", 1.95e9, "") in figs(text, ON)


def test_a_spanish_budget_that_amounts_to_about_an_amount():
    text = ("El presupuesto del Sector Defensa de Bolivia, aprobado por la Asamblea el pasado día 28 de noviembre, "
            "asciende aproximadamente a unos 1.950 millones de dólares, monto que representa una reducción del 4,5%, "
            "es decir unos 92,3 millones, en comparación al año anterior. Es uno de los presupuestos más bajos.")
    found = figs(text, ON)
    assert ("BOL", "defense_budget", 1.95e9, "") in found
    assert ("BOL", "budget_change_amount", -92.3e6, "") in found


def test_a_share_of_the_budget_given_with_its_money_is_no_restated_share_of_gdp():
    text = ("Ecuador spends 3% of GDP on defence. Of the operations line of the military budget, only 3% - about "
            "12 million dollars - goes to maintenance.")
    found = figs(text, ON)
    assert ("ECU", "defense_share_gdp_pct", 3, "") in found
    assert sum(metric == "defense_share_gdp_pct" for _, metric, _, _ in found) == 1


def test_a_contributors_row_names_its_owner_over_the_sentence_before():
    text = ("The AU Support Mission in Somalia (AUSSOM) is authorised for up to 11,900 personnel.\n\nTroop Contributions by Country\n\n"
            "The committee confirmed the following force composition:\n\n"
            "  \u2022 Burundi: 3,100 troops (largest contingent)\n\n"
            "  \u2022 Ethiopia: 2,300 troops\n\n"
            "  \u2022 Egypt: 1,050 troops\n")
    found = figs(text, ON)
    assert {("BDI", "troops_deployed", 3100, "SOM"), ("ETH", "troops_deployed", 2300, "SOM"),
            ("EGY", "troops_deployed", 1050, "SOM")} <= found
    assert not any(owner == "SOM" for owner, _, _, _ in found)


INFOBOX = ("Lithuania's forces work closely with the United States.\n"
           "Lithuanian Armed Forces | |\n"
           "Military manpower | |\n"
           "Military age | 18 years of age |\n"
           "Military expenditures | |\n"
           "Dollar figure | $230 million (FY03) |\n"
           "Percent of GDP | 1.9% (FY03) |\n")


def test_an_infobox_dollar_figure_row_in_cells_is_the_budget_of_the_country_its_caption_names():
    found = figs(INFOBOX, ON)
    assert ("LTU", "defense_budget", 230e6, "") in found and ("LTU", "defense_share_gdp_pct", 1.9, "") in found
    assert not any(owner == "USA" for owner, _, _, _ in found)


def test_a_table_whose_caption_names_no_country_keeps_the_owner_its_rows_give():
    text = ("Peru signed the loan in 2019.\n"
            "Key figures | |\n"
            "Chile defence budget | $5.5 billion (2019) |\n")
    found = figs(text, ON)
    assert ("PER", "defense_budget", 5.5e9, "") not in found


def test_a_currency_sign_after_the_amount_makes_it_money():
    text = "Slovenian Armed Forces | |\nExpenditures | |\nBudget | 512 million \u20ac (2019) |\nPercent of GDP | 1.1% (2019) |\n"
    found = figs(text, ON)
    assert ("SVN", "defense_budget", 512e6, "") in found


def test_a_sign_that_opens_the_next_amount_is_not_the_first_ones_currency():
    found = figs("Malta's defence budget grew by 5 million $ 3 million of it for patrol boats.", ON)
    assert not any(value == 5e6 and metric == "defense_budget" for _, metric, value, _ in found)


def test_enlisted_recruits_in_a_breakdown_do_not_make_the_strength_a_change():
    text = ("The Estonian Defence Forces are the national military of Estonia. They have a total strength of about "
            "6,400 regular soldiers\u20143,300 enlisted recruits and 3,100 professionals\u2014under the defence ministry.")
    assert ("EST", "active_personnel", 6400, "") in figs(text, ON)


def test_enlisted_soldiers_still_join_a_force_as_a_change():
    found = figs("Another 1,200 men enlisted in the Estonian army last month.", ON)
    assert not any(metric == "active_personnel" for _, metric, _, _ in found)


SLOVAK = ("Bratislava 3. marca (TASR) - Na obranu štátu má v roku 2021 ísť 1,73 miliardy eur, čo predstavuje "
          "1,73 percenta hrubého domáceho produktu (HDP). Výdavky kapitoly MO SR sú v roku 2021 rozpočtované v sume "
          "1,73 miliardy eur. Medziročný nárast výdavkov MO SR predstavuje 112 miliónov eur. Výdavky na obranu "
          "vo výške 1,73 percenta HDP sú plánované aj v roku 2022. Sú tak v súlade s politickým záväzkom v NATO do roku "
          "2024 vynakladať na obranu aspoň dve percentá HDP, ktorý vláda podporuje.")


def test_a_slovak_article_reads_through_the_czech_and_slovak_gloss():
    found = figs(SLOVAK, ON)
    assert {("SVK", "defense_budget", 1.73e9, ""), ("SVK", "defense_share_gdp_pct", 1.73, ""),
            ("SVK", "budget_change_amount", 112e6, ""), ("NATO", "defense_share_gdp_pct", 2, "")} <= found


def test_a_czech_budget_in_korunas_reads_through_the_same_gloss():
    text = ("Praha 2. října (ČTK) - Rozpočet ministerstva obrany bude v příštím roce 113,9 miliardy korun, což je "
            "2 procenta HDP, řekla ministryně. Výdaje na obranu se tak podle vlády zvýší, jak slíbila Severoatlantické "
            "alianci, a ministerstvo je chce udržet i v roce 2025 a 2026.")
    found = figs(text, date(2023, 10, 2))
    assert ("CZE", "defense_budget", 113.9e9, "") in found and ("CZE", "defense_share_gdp_pct", 2, "") in found


def test_the_change_of_a_budget_that_represents_an_amount():
    text = "The year-on-year increase in Croatia's defence spending represents 210 million euros."
    assert ("HRV", "budget_change_amount", 210e6, "") in figs(text, ON)
