"""The eighteenth sitting (2026-12-06): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change (the guards pass on both)."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import figs, rows

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
    text = ("The defence budget equals barely 0.9% of GDP, against Argentina, Chile and Ecuador which equal, respectively, "
            "1, 3 and 2.6% of their GDP.\nOf the goods and services line, just a 3% - around 11.4 million dollars - would go "
            "to maintenance and military operations.")
    found = extract_figures(text, ArticleInfo("t", ON))
    assert [f.country_iso3 for f in found if f.metric == "defense_share_gdp_pct" and f.value == 3] == ["CHL"]


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


def test_bracketed_shares_of_a_regional_total_are_no_changes_of_each_budget():
    text = ("The collective military spending in Central Asia (SIPRI counts Mongolia with the five states) rose by 3.1% in "
            "2021, totalling US$12.4 billion. More than half of the US$12 billion is spent by the two largest spenders, "
            "Kazakhstan (41%) and Uzbekistan (22%).")
    found = figs(text, date(2022, 5, 2))
    assert not any(metric == "budget_change_pct" for _, metric, _, _ in found)
    assert not any(value == 12.4e9 for _, _, value, _ in found)  # (the region's, no country's)


def test_a_bracketed_country_in_a_regional_total_does_not_make_it_that_countrys():
    text = "Military spending in South America (Brazil excluded) grew by 2.5% in 2020 to $24 billion."
    assert not any(owner == "BRA" for owner, _, _, _ in figs(text, date(2021, 4, 26)))


def test_a_cut_in_spending_as_a_proportion_of_gdp_is_no_budget_change():
    text = ("On 12 May 1998, the budget of the armed forces met the target of a 33% reduction in military spending as a "
            "proportion of GDP in El Salvador.")
    assert not any(metric == "budget_change_pct" for _, metric, _, _ in figs(text, date(1998, 6, 1)))


def test_a_budget_request_excluding_personnel_costs_is_a_part_not_the_budget():
    text = ("The Defense Agency will request 5.1 trillion yen for fiscal 2004. The agency's budget request -- excluding costs "
            "for personnel and provisions -- has been cut 4 percent to 2.31 trillion yen.")
    found = figs(text, date(2003, 8, 28))
    assert ("JPN", "defense_budget", 5.1e12, "") in found
    assert not any(value == 2.31e12 for _, _, value, _ in found)


def test_the_budgets_of_a_guards_corps_and_of_state_television_are_no_defence_budget_changes():
    text = ("Iran's draft budget raises spending on the military. According to the bill, the budget of the Islamic "
            "Revolutionary Guards Corps (IRGC) will increase by 31 percent, while the budget for state radio and television "
            "will rise by 40 percent.")
    assert not any(metric == "budget_change_pct" for _, metric, _, _ in figs(text, date(2024, 1, 15)))


def test_a_countrys_budget_that_rises_stays_a_change():
    assert ("JPN", "budget_change_pct", 5, "") in figs("The budget of Japan will rise by 5 percent next year, the defence ministry said.", ON)


def test_an_advance_party_is_a_part_of_the_deployment():
    text = ("The minister secured approval for the deployment of 380 soldiers to the UN force in the Middle East.\n\n"
            "About 70 troops will depart on May 10 to set up the base camp in southern Lebanon for the main contingent, "
            "to be deployed in June.")
    assert not any(value == 70 for _, _, value, _ in figs(text, date(2016, 4, 20)))


def test_the_largest_unit_of_a_deployment_is_a_part_of_it():
    text = ("After the withdrawal of the reconstruction team, the 380 Czech troops currently deployed in Afghanistan are "
            "organised into five contingents or serve in individual positions.\n\nThe largest of these is the 170-strong "
            "Czech Army Kabul Airport Protection Contingent (KAPC).")
    found = figs(text, date(2013, 9, 4))
    assert ("CZE", "troops_deployed", 380, "AFG") in found
    assert not any(value == 170 for _, _, value, _ in found)


def test_soldiers_spread_over_forty_countries_are_no_home_strength():
    text = "Currently there are around 98,000 Nepali soldiers in 35 countries working for peace, the attache said."
    assert not any(metric == "active_personnel" for _, metric, _, _ in figs(text, date(2017, 3, 1)))


def test_reservists_of_whom_part_is_a_first_wave_are_no_active_strength():
    text = ("Georgia keeps 870 troops in Afghanistan.\n"
            "According to the ministry, the Georgian armed forces currently have approximately 37,000 active duty troops, "
            "and more than 40,000 reserve personnel, nearly 18,000 of whom are in the first wave operational reserve.")
    found = figs(text, date(2019, 2, 1))
    assert {("GEO", "active_personnel", 37000, ""), ("GEO", "reserve_personnel", 40000, "")} <= found
    assert not any(value == 18000 for _, _, value, _ in found)


def test_a_moldavian_army_is_moldovas():
    text = "The Moldavian Army's budget over time has been modest, ranging around 0.4 percent of GDP."
    assert ("MDA", "defense_share_gdp_pct", 0.4, "") in figs(text, date(2017, 6, 1))


def test_a_german_increase_of_an_amount_is_a_budget_change():
    text = ("Das Budget für das Bundesheer wird von 4,1 Mrd. € im Jahr 2024 auf 4,9 Mrd. € im Jahr 2026 ausgeweitet, "
            "sagte die Regierung in Wien. Gegenüber dem Jahr 2024 ergibt sich 2025 ein Zuwachs von 360 Mio. € für die "
            "Verteidigung, die Österreich stärken soll.")
    found = figs(text, date(2025, 5, 14))
    assert ("AUT", "budget_change_amount", 360e6, "") in found
    assert not any(metric == "defense_budget" and value == 360e6 for _, metric, value, _ in found)


def test_a_short_czech_text_with_to_and_by_is_read_as_czech():
    text = ("Představitelé země se opakovaně zavázali, že na obranu bude Česko do tohoto roku vydávat dvě procenta "
            "hrubého domácího produktu (HDP). Rozpočet na armádu má každý rok podle ministra růst. Příští rok by to mělo "
            "být 88,2 miliardy korun, v roce 2023 by to bylo 93 miliard.")
    found = figs(text, date(2021, 6, 10))
    assert ("CZE", "defense_budget", 88.2e9, "") in found and ("CZE", "defense_budget", 93e9, "") in found


def test_next_year_it_should_be_an_amount_after_a_sentence_on_the_defence_budget():
    text = "Slovenia's defence budget is to grow every year. Next year it should be 1.2 billion euros."
    assert ("SVN", "defense_budget", 1.2e9, "") in figs(text, ON)


def test_swedish_and_norwegian_budget_verbs():
    swedish = ("De ekonomiska ramarna för ett lands försvar sätts i statsbudgeten och det är regeringen som har ansvaret. "
               "Sveriges försvarsbudget för 2024 omfattar 119 miljarder kronor. Året 2023 kostade försvaret 96,2 miljarder "
               "kronor vilket motsvarar 1,5 procent av BNP, och det som nu ska byggas upp tar tid.")
    found = figs(swedish, date(2024, 2, 1))
    assert ("SWE", "defense_budget", 119e9, "") in found and ("SWE", "defense_budget", 96.2e9, "") in found
    norwegian = ("Regjeringen foreslår å øke forsvarsbudsjettet med over to milliarder kroner. Forsvarsbudsjettet for 2022 "
                 "vil dermed beløpe seg til nærmere 75 milliarder kroner. Budsjettets prosentandel av bruttonasjonalprodukt "
                 "vil likevel ikke øke, men blir stående på 1,6 prosent også neste år.")
    found = figs(norwegian, date(2021, 10, 12))
    assert {("NOR", "budget_change_amount", 2e9, ""), ("NOR", "defense_budget", 75e9, ""),
            ("NOR", "defense_share_gdp_pct", 1.6, "")} <= found


def test_a_polish_budget_reads_through_the_polish_gloss():
    text = ("W dniu 20 grudnia 2016 roku Rada Ministrów przyjęła projekt budżetu na 2017 rok. Łączne wydatki na obronę "
            "narodową w przyszłorocznym budżecie zostały podniesione do poziomu 2% PKB i mają wynieść 37,4 mld PLN, co "
            "oznacza, że będą wyższe o 1,5 mld PLN (4,2%) w stosunku do 2016 roku.")
    found = figs(text, date(2017, 1, 5))
    assert {("POL", "defense_share_gdp_pct", 2, ""), ("POL", "defense_budget", 37.4e9, ""),
            ("POL", "budget_change_amount", 1.5e9, ""), ("POL", "budget_change_pct", 4.2, "")} <= found


def test_gdp_in_a_share_before_the_amount_does_not_make_it_gdp():
    text = "Hungary's defence spending was raised to 2% of GDP and is to amount to 1,450 billion forints next year."
    assert ("HUN", "defense_budget", 1450e9, "") in figs(text, ON)


def test_thousands_of_millions_with_decimals_in_spanish():
    text = ("El titular de la Defensa presentó las cifras en la conferencia de prensa del presidente, y dijo que no es "
            "verdad que subió el gasto militar. En 2019, el presupuesto de la Sedena fue de 76 mil 670.18 millones de pesos. "
            "El presupuesto total ejercido por la Sedena entre 2019 y 2022 sumará 404 mil 363.93 millones de pesos, de "
            "acuerdo con la información presentada.")
    found = figs(text, date(2022, 11, 9))
    assert ("MEX", "defense_budget", 76_670.18e6, "") in found
    assert not any(value == 404_363.93e6 for _, _, value, _ in found)  # (four years together)


def test_spanish_people_deployed_abroad_are_a_deployment_with_no_single_host():
    text = ("En una reciente visita de la ministra de Defensa al Mando de Operaciones, desde donde se lleva a cabo el "
            "seguimiento de las operaciones, se detalló que Portugal contaba con 1.243 personas desplegadas en el exterior.")
    found = figs(text, date(2024, 5, 1))
    assert ("PRT", "troops_deployed", 1243, "") in found


def test_an_indonesian_budget_ceiling_given_to_the_ministry():
    text = ("Meski demikian, pagu indikatif yang diberikan kepada Kemhan pada TA 2025 sebesar Rp139 triliun. "
            "Pagu itu akan dibagi untuk Kemhan, Mabes TNI dan TNI Angkatan Darat.")
    assert ("IDN", "defense_budget", 139e12, "") in figs(text, date(2024, 6, 7))


BASES = ("Britain's military presence in the Gulf: bases and personnel\n"
         "The United Kingdom keeps a presence in the region, in permanent and temporary bases.\n"
         "1. Bahrain (UKNSF): Located in Mina Salman, this base hosts 500 sailors and 150 soldiers.\n"
         "2. Oman (UKJLTA): At Duqm, this base houses 120 soldiers.\n"
         "3. Qatar (Al Udeid): 90 personnel are stationed at the air base.\n")


def test_a_line_per_base_abroad_gives_the_articles_country_deployments():
    found = figs(BASES, date(2024, 5, 1))
    assert {("GBR", "troops_deployed", 150, "BHR"), ("GBR", "troops_deployed", 120, "OMN"),
            ("GBR", "troops_deployed", 90, "QAT")} <= found
    assert not any(owner in ("BHR", "OMN", "QAT") for owner, _, _, _ in found)


def test_country_lines_in_an_article_about_no_presence_abroad_are_no_bases():
    text = "Election results\n1. Oman (North): the base of the party won 120 seats.\n2. Qatar (South): 90 soldiers voted.\n"
    assert not any(metric == "troops_deployed" for _, metric, _, _ in figs(text, date(2024, 5, 1)))


def test_romanian_country_names_and_spending_on_the_army():
    text = ("Potrivit datelor publicate de Eurostat, Romania a avut cheltuieli cu Armata in anul 2016 la nivelul a 1,1% din "
            "produsul intern brut, sub Bulgaria (1,3% din PIB pentru Armata), dar peste celalalt vecin din UE, Ungaria (0,6% din PIB). Romania a "
            "cheltuit cu Armata in jur de 1,7 miliarde euro, Bulgaria circa 0,5 miliarde euro, iar Ungaria in jur de 0,7 "
            "miliarde euro. Cea mai mare pondere a avut Grecia (2,5% din PIB), urmata de Marea Britanie (2,0%) si Franta (1,8%).")
    found = figs(text, date(2017, 6, 1))
    assert {("ROU", "defense_share_gdp_pct", 1.1, ""), ("BGR", "defense_share_gdp_pct", 1.3, ""), ("HUN", "defense_share_gdp_pct", 0.6, ""),
            ("ROU", "defense_budget", 1.7e9, ""), ("HUN", "defense_budget", 0.7e9, ""), ("GRC", "defense_share_gdp_pct", 2.5, ""),
            ("GBR", "defense_share_gdp_pct", 2.0, ""), ("FRA", "defense_share_gdp_pct", 1.8, "")} <= found


def test_an_extra_amount_assigned_to_the_defence_ministry_is_an_increase_not_the_budget():
    text = "Bulgaria's government assigned an extra 45.2 million leva to the Defense Ministry to cover the troop rotation."
    found = figs(text, date(2010, 5, 4))
    assert ("BGR", "budget_change_amount", 45.2e6, "") in found
    assert not any(metric == "defense_budget" for _, metric, _, _ in found)


def test_a_country_which_is_spending_a_share_owns_it():
    text = "Ireland will now be spending below 0.3 percent of GDP, well behind Austria which is spending 0.7 percent of GDP."
    assert ("AUT", "defense_share_gdp_pct", 0.7, "") in figs(text, date(2019, 5, 1))


def test_slovak_mali_is_a_verb_and_a_chapter_budgeted_at_an_amount():
    text = ("Bratislava 9. októbra (TASR) - Na obranu by v roku 2025 mali ísť dve percentá hrubého domáceho produktu (HDP). "
            "Výdavky kapitoly Ministerstva obrany SR na rok 2025 sa rozpočtujú v sume 2,71 miliardy eur a predstavujú "
            "medziročný rast vo výške 84,2 milióna eur. Vyplýva to z návrhu rozpočtu verejnej správy, ktorý v piatok "
            "schválila vláda. Na rozvoj obrany by podľa návrhu rozpočtu mohlo ísť 702 miliónov eur, čo je aj pre armádu "
            "dôležité.")
    found = figs(text, date(2024, 10, 9))
    assert {("SVK", "defense_budget", 2.71e9, ""), ("SVK", "budget_change_amount", 84.2e6, ""),
            ("SVK", "defense_share_gdp_pct", 2, "")} <= found
    assert not any(owner == "MLI" for owner, _, _, _ in found)
    assert not any(value == 702e6 for _, _, value, _ in found)  # (development: a line of the budget)


def test_swedish_appropriations_increased_by_more_than_an_amount():
    text = ("Sedan 2019 har anslagen till det militära försvaret ökat kraftigt. Mellan 2022 och 2023 har anslagen ökat med "
            "mer än 12 miljarder kronor, en ökning med 17 procent. Enligt Natos definition har Sverige redovisat "
            "försvarsutgifter som motsvarar 1,5 procent av BNP.")
    found = figs(text, date(2023, 5, 1))
    assert ("SWE", "budget_change_amount", 12e9, "") in found and ("SWE", "budget_change_pct", 17, "") in found


def test_a_mission_force_that_includes_a_total_is_multinational_and_participating_countries_are_no_change():
    text = ("Nepal's contingent numbers 360, in a UNMISS force that now includes a total of 12,900 soldiers. India's "
            "contingent of 2,300 is the largest among the 45 participating countries.")
    found = figs(text, date(2020, 3, 1))
    assert ("NPL", "troops_deployed", 360, "SSD") in found and ("IND", "troops_deployed", 2300, "SSD") in found
    assert not any(value == 12900 for _, _, value, _ in found)


def test_sailors_serving_somewhere_between_two_years_are_rotations_not_a_force():
    text = ("Japan has been actively taking part in anti-piracy measures in the region, with a reported 9,000 sailors and "
            "600 marines serving in the Gulf of Aden between 2009 and 2016.")
    assert not any(metric == "troops_deployed" for _, metric, _, _ in figs(text, date(2017, 7, 1)))


def test_a_french_contingent_in_the_republique_de_centrafrique_is_its_senders():
    text = ("Les contingents sénégalais en RCA de retour au pays\n\nDéployé depuis janvier 2017 à Bangui en République de "
            "Centrafrique, le contingent sénégalais ayant pris part à la Minusca est retourné au pays après une année de "
            "mission. Dans le cadre de cette opération de maintien de la paix, les 140 soldats formant ledit contingent ont "
            "assuré une mission de police militaire.")
    found = figs(text, date(2018, 3, 1))
    assert ("SEN", "troops_deployed", 140, "CAF") in found


def test_an_additional_amount_pledged_after_a_sentence_on_aid_is_no_budget_change():
    text = ("On March 15, Jordanian officials met representatives of 30 countries in Rome to convince the world that "
            "Jordan's military needs more help. The European Union pledged 40 million euros ($49 million), and France "
            "created a 300 million euro ($369 million) credit facility to purchase equipment for Jordan's military. "
            "The UK has pledged an additional $11 million, it said on Twitter.")
    assert not any(metric.startswith("budget") or metric.startswith("defense") for _, metric, _, _ in figs(text, date(2018, 3, 22)))


def test_a_share_of_gnp_that_decreased_by_a_percent_is_no_budget_change():
    text = ("Over the same period, Portugal's defense expenditures as a percentage of gross national product (GNP) "
            "decreased by slightly less than 1 percent.")
    assert not any(metric == "budget_change_pct" for _, metric, _, _ in figs(text, date(1995, 1, 1)))


def test_men_kept_somewhere_against_a_number_now_give_the_plan_and_the_current_level():
    text = ("Britain plans to cut its forces in the Gulf. It intends to keep about 200 men in Oman against 900 currently; "
            "about 150 men in Qatar against 400 currently.")
    found = rows(text, date(2024, 5, 1))
    assert {("GBR", "troops_deployed", 200, "OMN"), ("GBR", "troops_deployed", 150, "QAT")} <= {r[:4] for r in found}
    assert ("GBR", "troops_deployed", 900, "OMN", 2024) in found and ("GBR", "troops_deployed", 400, "QAT", 2024) in found


def test_french_une_centaine_d_hommes_kept_au_pays():
    text = ("Conformément au projet du président de limiter l’empreinte militaire française dans la région, la France "
            "prévoit de réduire considérablement ses forces dites « prépositionnées » en Afrique.\n"
            "Elle entend maintenir une centaine d’hommes au Cameroun contre 400 aujourd’hui; environ 200 hommes au Niger "
            "contre 800 actuellement.")
    found = figs(text, date(2024, 5, 1))
    assert {("FRA", "troops_deployed", 100, "CMR"), ("FRA", "troops_deployed", 400, "CMR"),
            ("FRA", "troops_deployed", 200, "NER"), ("FRA", "troops_deployed", 800, "NER")} <= found


def test_a_dutch_article_reads_through_the_dutch_gloss():
    text = ("Het Nederlandse defensiebudget bedroeg vorig jaar 1,48 procent van het bbp, of 15,4 miljard euro. Dat is niet "
            "genoeg, nu het budget wordt opgetrokken tot 2 procent en meer. In 1990 telde het Nederlandse leger 64.000 "
            "beroepsmilitairen. Vandaag telt de Nederlandse defensie 41.000 militairen en 9.000 burgers.")
    found = figs(text, date(2023, 5, 1))
    assert {("NLD", "defense_share_gdp_pct", 1.48, ""), ("NLD", "defense_budget", 15.4e9, ""),
            ("NLD", "active_personnel", 64000, ""), ("NLD", "active_personnel", 41000, "")} <= found


def test_a_french_budget_that_approaches_an_amount_and_a_share_of_gross_national_income():
    text = ("Voilà les mots, la ministre de la Défense vient de traduire cela en chiffres. Le budget actuel consacré à la "
            "Défense du Luxembourg avoisine les 512 millions d’euros; il va augmenter d’ici 2030. Le Luxembourg devrait "
            "se conformer à l’engagement pris auprès de ses alliés de réserver 1 % de son Revenu national brut à la Défense.")
    found = figs(text, date(2022, 3, 1))
    assert ("LUX", "defense_budget", 512e6, "") in found and ("LUX", "defense_share_gdp_pct", 1, "") in found


def test_czech_money_allocated_for_defence_spending_of_the_state():
    text = ("Česku se loni podařilo splnit závazek vydat na obranu země dvě procenta z hrubého domácího produktu. „Na "
            "obranné výdaje státu, tedy nejenom ministerstva, ale i dalších institucí, bylo celkově vyčleněno 171,2 miliardy "
            "korun,“ pochlubil se resort. Celkem by tak na obranu státu mělo jít 180,3 miliardy korun, jak se uvádí v "
            "rozpočtu, který je už schválen.")
    found = figs(text, date(2025, 3, 1))
    assert ("CZE", "defense_budget", 171.2e9, "") in found and ("CZE", "defense_budget", 180.3e9, "") in found


def test_a_list_of_ministries_gives_defences_amount_and_no_other_items_change():
    text = ("According to the bill, the five ministries with the largest allocated budgets are education (341.2 billion baht, "
            "down 0.3 percent year-on-year), interior (330 billion baht, up 6.1 percent), finance (240.5 billion baht, up "
            "1.9 percent), defence (227.1 billion baht, up 3.3 percent) and transport (170.4 billion baht, down 0.6 percent).")
    found = figs(text, date(2018, 10, 1))
    assert ("THA", "defense_budget", 227.1e9, "") in found and ("THA", "budget_change_pct", 3.3, "") in found
    assert [value for _, metric, value, _ in found if metric == "budget_change_pct"] == [3.3]


def test_a_rotation_of_a_total_of_troops_is_no_level():
    text = ("Russia began on Monday a scheduled rotation of its peacekeeping contingent in the Georgian-Abkhazian conflict "
            "zone, an aide said. The ongoing rotation of a total of 400 personnel from the Volga-Urals division is to be "
            "held in the Gali district.")
    assert not any(value == 400 for _, _, value, _ in figs(text, date(2007, 12, 17)))


def test_a_slovenian_article_reads_through_the_south_slavic_gloss():
    text = ("Junija lani so poslanci potrdili resolucijo o razvoju Slovenske vojske. Z njo so predviden delež obrambnih "
            "izdatkov dvignili na dva odstotka bruto domačega proizvoda (BDP) že za leto 2025. In kaj kažejo podatki? Na "
            "ministrstvu za obrambo zagotavljajo, da je. Izdatki so, pojasnjujejo, lani nominalno znašali 1,316 milijarde "
            "evrov, kar je 1,95 odstotka BDP, ki je bil tudi cilj.")
    found = figs(text, date(2025, 3, 1))
    assert {("SVN", "defense_share_gdp_pct", 2, ""), ("SVN", "defense_budget", 1.316e9, ""),
            ("SVN", "defense_share_gdp_pct", 1.95, "")} <= found


def test_a_croatian_budget_between_two_amounts_in_kunas():
    text = ("Iduće godine, prvi put nakon šest godina stalnog pada, hrvatski vojni proračun realno će porasti, piše list. "
            "U MORH-u očekuju da će vojni proračun za 2018. iznositi između 4,6 i 4,7 milijarde kuna. To bi bilo primjetno "
            "više od plana za 2017., koji je iznosio 4,4 milijarde kuna.")
    found = rows(text, date(2017, 9, 1))
    assert any(r[:3] == ("HRV", "defense_budget", 4.65e9) for r in found)


def test_an_amount_which_is_a_share_of_gdp_is_the_budget():
    text = ("Slovenia reached its defence goal. Spending was, they explain, last year nominally 1.3 billion euros, which is "
            "2.0 percent of GDP.")
    assert ("SVN", "defense_budget", 1.3e9, "") in figs(text, date(2025, 5, 1))


def test_a_serbian_article_is_read_as_south_slavic_not_polish():
    text = ("Nacrt Zakona o budžetu Republike Srbije za 2024. predviđa izdvajanje za odbranu koje je oko 2 odsto "
            "projektovanog BDP. Za poređenje, NATO preporučuje članicama da za odbranu izdvajaju 2 odsto BDP, a većina "
            "članica ih nije dostigla. U okruženju su za odbranu 2023. toliko izdvajale Rumunija (1,91%) i Hrvatska (1,78%), "
            "a uskoro će i Crna Gora, jer je to sve više tema.")
    found = figs(text, date(2023, 11, 26))
    assert {("SRB", "defense_share_gdp_pct", 2, ""), ("ROU", "defense_share_gdp_pct", 1.91, ""),
            ("HRV", "defense_share_gdp_pct", 1.78, "")} <= found


def test_a_danish_nato_target_of_two_percent_is_natos():
    text = ("Danmark har i 2023 brugt 1,65 procent af bruttonationalproduktet (bnp) på det danske forsvar. Det er det "
            "højeste beløb, Danmark har skudt i dansk forsvar, siden Nato-målsætningen om to procent af bnp til forsvar "
            "hos medlemslandene blev aftalt i 2014.")
    found = figs(text, date(2024, 6, 18))
    assert ("DNK", "defense_share_gdp_pct", 1.65, "") in found and ("NATO", "defense_share_gdp_pct", 2, "") in found
    assert ("DNK", "defense_share_gdp_pct", 2, "") not in found


def test_ukrainian_servicemen_stationed_in_named_republics():
    text = ("\"Загальна кількість миротворців складає 310, загинуло у ході виконання міжнародних операцій 3 українці. З 2017 "
            "року в Демократичній Республіці Конго знаходиться 230 українських військовослужбовців. З 2004 року в Республіці "
            "Сербія перебуває 35 українських військовослужбовців. З 2012 року в районі Аб’єй знаходиться 6 українських "
            "військовослужбовців\", - йдеться в повідомленні. Як повідомлялося, в Україні відзначають день миротворців, "
            "і в Києві пройшли заходи до цієї дати.")
    found = figs(text, date(2019, 5, 29))
    assert {("UKR", "troops_deployed", 230, "COD"), ("UKR", "troops_deployed", 35, "SRB")} <= found


def test_polish_and_croatian_letters_with_no_accent_are_folded():
    from dashboard.extraction.gloss import fold
    assert fold("zostały łączne između Đakovo") == "zostaly laczne izmedu Dakovo"


def test_a_classified_or_secret_expenditure_that_rises_is_a_line_not_the_budget():
    text = ("The budget for the Kenya Defence Forces Classified Expenditure for the coming financial year 2016/2017 has "
            "increased by more than half to the tune of Sh41.2bn. The secret expenditure increased by Sh14.1bn from Sh27.1bn "
            "for the financial year 2015/2016 to the new figure, which is equivalent of 52 percent increase.")
    found = figs(text, date(2016, 4, 1))
    assert not any(metric in ("defense_budget", "budget_change_pct", "budget_change_amount") for _, metric, _, _ in found)


def test_a_multinational_task_forces_troop_strength_is_no_countrys():
    text = ("A Lake Chad Basin Commission, which includes Nigeria, Niger, Chad, Cameroon and Benin, agreed this July to bring "
            "the Multinational Joint Task Force (MNJTF)'s total troop strength up to some 9,800.")
    assert not any(value == 9800 for _, _, value, _ in figs(text, date(2015, 9, 1)))


def test_portuguese_thousands_of_millions_after_a_decimal_comma():
    text = ("No Orçamento de Estado de 2020, a Defesa Nacional tem um aumento de 4,2% face ao ano transacto, num total de "
            "2,436 mil milhões de euros. Por ramos, o Exército, ainda o mais numeroso em efectivos, custa perto de 600 "
            "milhões de euros, seguido da Marinha e da Força Aérea.")
    found = figs(text, date(2019, 10, 16), publisher="Público", url="https://www.publico.pt/2019/10/16/politica/orcamento")
    assert ("PRT", "defense_budget", 2.436e9, "") in found  # (2.436 thousand million, not 2,436 thousand million)


def test_a_budget_in_euros_over_two_trillion_is_a_misread_figure():
    from dashboard.extraction.plausibility import why_implausible
    from dashboard.extraction.record import Figure
    fig = Figure(article_id="t", country_iso3="PRT", metric="defense_budget", value=2.338e12, unit="EUR", quote="", passage="",
                 start=0, end=1, method="budget:test", currency="EUR")
    assert why_implausible(fig, 2019) != ""


def test_an_increase_by_up_to_an_amount_is_a_change_not_the_level():
    text = ("Denmark currently spends around 27 billion Danish crowns per year on defence, and the government said it will "
            "progressively increase this by up to 17.5 billion Danish crowns by 2033.")
    found = figs(text, date(2023, 5, 30))
    assert ("DNK", "budget_change_amount", 17.5e9, "") in found
    assert ("DNK", "defense_budget", 17.5e9, "") not in found


def test_money_spent_on_military_personnel_is_a_line_of_the_budget():
    text = ("They found that between 2011 and 2012, the tax money spent on Estonia's NATO military personnel increased from "
            "41 million euros to 48 million euros, marking an increase of about 17%.")
    found = figs(text, date(2012, 6, 1))
    assert not any(metric in ("defense_budget", "budget_change_pct") for _, metric, _, _ in found)
