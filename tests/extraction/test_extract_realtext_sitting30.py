"""Thirtieth sitting: counts listed country by country under a topic of troops abroad, with no noun of their own.

The sentences are the project's own, written in the forms the worked rounds showed (a table of one country's troops
host by host, a mission's contributors in brackets, a ranking of peacekeeping contributors laid out one cell per
line); each case names the class and, where it matters, the guard.
"""

from __future__ import annotations

from datetime import date

from tests.extraction.realtext import deployed

DAY = date(2024, 12, 1)
HOSTS = ("The region has seen a sharp rise in the number of US troops stationed there. Pentagon figures give the "
         "numbers by country: Jordan, 2,730; Kuwait, 16,592; Qatar, 6,671; Bahrain, 9,335.")


def test_one_country_s_troops_listed_host_by_host():
    """"US troops stationed there ... by country: Jordan, 2,730; Kuwait, 16,592": the owner the topic names, each
    listed country a host. Before, every count was dropped for the missing personnel noun."""
    found = deployed(HOSTS, DAY)
    assert {("USA", 2730, "JOR"), ("USA", 16592, "KWT"), ("USA", 6671, "QAT"), ("USA", 9335, "BHR")} <= found


def test_a_mission_s_contributors_in_brackets_each_deploy_their_own_count():
    """"The make-up of the new force in Somalia ...: Uganda (4,500), Ethiopia (2,500), Kenya (1,410)": each listed
    country's own contingent, in the place the force serves."""
    text = ("African ministers agreed on the troop contributions to the new mission in Somalia. The composition of the "
            "force will be: Uganda (4,500), Ethiopia (2,500), Kenya (1,410) and Egypt (1,091).")
    assert {("UGA", 4500, "SOM"), ("ETH", 2500, "SOM"), ("KEN", 1410, "SOM"), ("EGY", 1091, "SOM")} <= deployed(text, DAY)


def test_a_ranking_of_contributors_one_cell_per_line():
    """A table pasted one cell per line ("1.\\n\\nRwanda\\n\\n5,918\\n\\n3rd") under "contributors to UN peacekeeping":
    each country's contingent, with no single host."""
    text = ("These are the African countries with the most contributors to UN peacekeeping missions this year.\n\n"
            "Rank Country Contributions Global rank\n\n1.\n\nRwanda\n\n5,918\n\n3rd\n\n2.\n\nGhana\n\n2,644\n\n7th\n\n"
            "3.\n\nMorocco\n\n1,710\n\n9th\n\n")
    assert {("RWA", 5918, ""), ("GHA", 2644, ""), ("MAR", 1710, "")} <= deployed(text, DAY)


def test_a_list_of_women_or_of_the_dead_is_no_deployment():
    """Guard: the same lists of women peacekeepers, or of peacekeepers killed, are not the countries' contingents."""
    women = ("The top contributors of peacekeepers were Nepal and India, while the most women peacekeepers came from "
             "Rwanda (487), Bangladesh (480), Ghana (431) and Nepal (393).")
    killed = ("Peacekeeping missions have been deadly. Peacekeepers killed since 1948 by country: India, 180; "
              "Nigeria, 158; Pakistan, 171.")
    assert not deployed(women, DAY) and not deployed(killed, DAY)


def test_a_list_without_troops_abroad_is_left():
    """Guard: counts by country under no deployment, contribution or mission (here, visitors) are no troops."""
    text = ("The ministry counted foreign visitors and their military attaches at the fair. By country: Jordan, "
            "2,730; Kuwait, 1,592; Qatar, 671.")
    assert not deployed(text, DAY)


def test_a_total_abroad_then_its_parts_place_by_place():
    """"2,650 soldiers stationed at its bases in West and Central Africa in 2014 - 950 in Chad, 350 in Senegal": the
    total is no single host's (the place of its first part is not its own), and the first part is read like the rest.
    Before, the total took Chad and the 950 in Chad was dropped as a part of it."""
    text = ("France had 2,650 soldiers stationed at its bases in West and Central Africa ten years ago, in 2014 - 950 in "
            "Chad, 350 in Senegal, 450 in Ivory Coast, 900 in Gabon.")
    found = deployed(text, DAY)
    assert {("FRA", 2650, ""), ("FRA", 950, "TCD"), ("FRA", 350, "SEN"), ("FRA", 900, "GAB")} <= found
    assert ("FRA", 2650, "TCD") not in found


def test_german_members_of_the_armed_forces_place_by_place():
    """"12.102 Angehörige der amerikanischen Streitkräfte in Italien, 8479 in Großbritannien" (members of the armed
    forces): before, "Angehörige der" was glossed "military personnel the" and the first count was dropped, and with
    it the counts that follow it."""
    us = ("Die meisten Auslandssoldaten der USA sind in Europa eingesetzt. Neben dem Kontingent in Deutschland befinden "
          "sich 12.102 Angehörige der amerikanischen Streitkräfte in Italien, 8479 in Großbritannien und 3256 in Spanien.")
    assert {("USA", 12102, "ITA"), ("USA", 8479, "GBR"), ("USA", 3256, "ESP")} <= deployed(us, DAY)


def test_a_strength_in_the_event_of_mobilisation_is_no_standing_force():
    """"about 80,000 troops, which can be reinforced to 250,000 in the event of mobilisation" (and German "im
    Mobilmachungsfall"): the wartime figure is not the active strength; the standing one still is."""
    from tests.extraction.realtext import got
    english = ("The Israeli armed forces now have about 80,000 troops, which can be reinforced to 250,000 in the event of "
               "mobilisation. They are organised in 16 brigades.")
    found = got(english, DAY)
    assert ("ISR", "active_personnel", 80000) in found and ("ISR", "active_personnel", 250000) not in found
    german = ("Den israelischen Streitkräften gehören jetzt etwa 80 000 Soldaten an, die im Mobilmachungsfall auf 250 000 "
              "verstärkt werden können. Sie sind in 16 Brigaden eingegliedert, die vor allem mit Panzern ausgerüstet sind.")
    assert ("ISR", "active_personnel", 250000) not in got(german, DAY)


def test_a_place_named_with_an_adjective_is_no_owner():
    """"from 1964 to 2001 in the divided Cyprus (...), in Kosovo since 1999 (the KFOR contingent is 450 troops strong)":
    Cyprus is a place; the counts after it are still the Austrian soldiers' the sentence opens with."""
    text = ("Austrian soldiers have served abroad for decades: on the Golan Heights with UNDOF for 35 years (currently 375 "
            "troops at UNDOF), from 1964 to 2001 in the divided Cyprus (field hospital, UNFICYP), in Kosovo since 1999 "
            "(currently the KFOR contingent is 450 troops strong) and in Bosnia since 1995 (most recently with 150 troops).")
    found = deployed(text, DAY)
    assert ("AUT", 450, "XKX") in found and not {owner for owner, _, _ in found} & {"CYP"}


def test_a_bare_amount_in_a_spanish_paper_beside_the_world_s_spending_in_dollars():
    """"El Estado español destinará 40.457 millones a gasto militar", the headline of a story on Spain's spending that also gives the world's total in
    dollars: the bare amount is in euros, as most of the story's amounts are. Before, one amount in another currency
    anywhere in the story left every bare amount unread."""
    from tests.extraction.realtext import got
    text = ("El Estado español destinará 40.457 millones a gasto militar, según el Centre Delàs.\n\n"
            "El gasto militar mundial alcanzó en 2024 los 2,7 billones de dólares, según el Instituto Internacional de "
            "Estudios para la Paz de Estocolmo. En este contexto, el Gobierno español ha calculado un gasto militar de "
            "33.123 millones de euros para 2025, y ha aprobado una inyección de 10.471 millones de euros adicionales.")
    assert ("ESP", "defense_budget", 40457e6) in got(text, DAY)


def test_the_number_of_troops_somewhere_will_be_less_than():
    """"The total number of U.S. forces in Iraq will be less than 2,000": a level stated with "will be"."""
    text = "The total number of U.S. forces in Iraq will be less than 2,000 once the transitions are finished, an official said."
    assert ("USA", 2000, "IRQ") in deployed(text, DAY)


def test_arabic_an_estimated_amount_after_its_spending():
    """"من إنفاقها بنسبة 7% لتصل إلى ما يقدر بنحو 314 مليار دولار" (its spending ... to reach an estimated 314 billion
    dollars): "its spending" and "an estimated" are glossed, so the amount is China's spending. Before, both stayed
    in Arabic and the amount had no budget phrase."""
    from tests.extraction.realtext import got
    text = ("أصدر معهد ستوكهولم الدولي لأبحاث السلام تقريره السنوي عن الإنفاق العسكري في العالم. وزادت الصين، ثاني أكبر "
            "دولة في العالم من حيث الإنفاق العسكري، من إنفاقها بنسبة 7% لتصل إلى ما يقدر بنحو 314 مليار دولار، مسجلة "
            "ثلاثة عقود من النمو المتواصل.")
    assert ("CHN", "defense_budget", 314e9) in got(text, DAY)


def test_a_country_after_an_ellipsis_of_two_stops():
    """"Report ..Morocco spends 5.4 billion dollars on the military": the country glued after ".." is named."""
    from tests.extraction.realtext import got
    text = "Report ..Morocco spends 5.4 billion dollars on the military during 2022\n\nThe report ranks Arab armies.\n"
    assert ("MAR", "defense_budget", 5.4e9) in got(text, DAY)


def test_a_japanese_comparison_of_regulars_and_reserves_country_by_country():
    """"ベトナム(548.2万人 正規兵48万人 予備役500万人)": the first count is the total of the two after it, 正規兵 (regular
    soldiers) are the active force and 予備役 the reserve; タイ is Thailand. Before, every count was read as reservists
    (the last force the text had named) and Thailand's own figures went to another country."""
    from tests.extraction.realtext import got
    text = ("タイの国防\n2012年度の総兵力は正規兵が約30万人、予備役約20万人としています。\n"
            "東南アジア他の国 ベトナム(548.2 万人 正規兵48万人 予備役500万人)\n"
            "インドネシア(70.2 万人 正規兵30万人 予備役40.2万人)となっています。")
    found = got(text, date(2013, 1, 1))
    assert {("THA", "active_personnel", 300000), ("THA", "reserve_personnel", 200000), ("VNM", "active_personnel", 480000),
            ("VNM", "reserve_personnel", 5e6), ("IDN", "active_personnel", 300000)} <= found
    assert not {(o, v) for o, m, v in found if v in (5482000, 702000)}


def test_thai_in_katakana_only_as_a_word_of_its_own():
    """Guard: タイ inside タイミング (timing) or ネクタイ (necktie) is no Thailand."""
    from dashboard.extraction.gloss_cjk import gloss_cjk
    assert "Thailand" in gloss_cjk("タイの国防予算").text
    assert "Thailand" not in gloss_cjk("予算のタイミングとネクタイ").text


def test_a_space_table_of_spending_in_billions_of_dollars_and_its_share_of_gdp():
    """"Rank Country $Billion %GDP" then "1 United States 535.9 4.1": each row's spending in billions of dollars (the
    header's scale and currency) and its share of GDP. Before, the reader knew only strength columns and the bare
    cells were dropped."""
    from tests.extraction.realtext import figs
    text = ("Military spending by country, 2008\nRank Country   $Billion %GDP\n1 United States    535.9   4.1\n"
            "2 China           121.9   4.3\n3 Russia           70.0    9.9\n4 United Kingdom 55.4    2.4\n")
    found = {(o, m, v) for o, m, v, _ in figs(text, date(2009, 8, 30))}
    assert {("USA", "defense_budget", 535.9e9), ("USA", "defense_share_gdp_pct", 4.1), ("CHN", "defense_budget", 121.9e9),
            ("GBR", "defense_share_gdp_pct", 2.4)} <= found


def test_a_space_table_with_an_unknown_column_is_left():
    """Guard: a column the reader does not know ("Population") could shift the numbers: the table is left."""
    from tests.extraction.realtext import got
    text = ("Rank Country Population $Billion\n1 United States 331 535.9\n2 China 1400 121.9\n3 Russia 144 70.0\n")
    assert not {m for _, m, _ in got(text, date(2009, 8, 30))} & {"defense_budget", "defense_share_gdp_pct"}


def test_a_pipe_table_whose_header_gives_the_share_of_gdp_in_percent():
    """A Japanese blog's table "順位 | 国名 | GDP費[%] |" with bare cells ("1 | オマーン | 12.07 |"): the header says the
    unit, so each cell is the country's share of GDP. Before, the reader wanted a percent sign in every cell, and
    国名 (country) and the header were not glossed."""
    from tests.extraction.realtext import got
    text = ("世界の軍事費(GDP比)\n軍事費TOP5\n順位 | 国名 | GDP費[%] |\n---|---|---|\n1 | オマーン | 12.07 |\n"
            "2 | サウジアラビア | 10.29 |\n3 | コンゴ共和国 | 6.17 |\n4 | クウェート | 5.75 |\n")
    found = got(text, date(2020, 1, 1))
    assert {("OMN", "defense_share_gdp_pct", 12.07), ("SAU", "defense_share_gdp_pct", 10.29),
            ("COG", "defense_share_gdp_pct", 6.17), ("KWT", "defense_share_gdp_pct", 5.75)} <= found


def test_japanese_share_of_gdp_with_the_acronym_in_brackets():
    """"国内総生産(GDP)比2%" (2% of gross domestic product (GDP)): the share's frame with the acronym in brackets is
    glossed as the plain "GDP比" is. Before, the bracket split it and the 2% had no 'of GDP'."""
    from tests.extraction.realtext import got
    text = "自民党の元首相は会合で、国内総生産(GDP)比2%を目標に、わが国の防衛費を引き上げるべきだとの認識を示した。"
    assert ("JPN", "defense_share_gdp_pct", 2) in got(text, date(2022, 5, 1))


def test_a_cjk_budget_stated_as_the_level_a_rise_by_a_percent_came_to():
    """"国防予算案は、前年度比6.6%増となる1兆2680億元" (a defence budget up 6.6% at 1.268 trillion yuan): the amount
    after a rise by a percent is the level it came to, not another kind of money or a change. Before, the word
    "increase" before it made it one."""
    from tests.extraction.realtext import got
    text = "5月22日、中国の全人代が開幕しました。そこで発表された2020年度の国防予算案は、前年度比6.6%増となる1兆2680億元となります。"
    found = got(text, date(2020, 5, 22))
    assert ("CHN", "defense_budget", 1.268e12) in found and ("CHN", "budget_change_pct", 6.6) in found


def test_a_cjk_rise_by_an_amount_is_still_no_level():
    """Guard: "大幅增加1666億" (a large increase of 166.6 billion), with no percent before it, stays a change."""
    from tests.extraction.realtext import got
    text = "台灣明年國防預算大幅增加1666億元，創下歷史新高。行政院今天公布總預算案。"
    assert not any(m == "defense_budget" and v == 166.6e9 for _, m, v in got(text, date(2025, 8, 21)))


def test_ranked_rows_of_spending_with_only_spaces_between_country_and_amount():
    """"1位 アメリカ 約5,960億$" under "世界の軍事費の規模をランキングすると以下の通り": a ranked row's country and amount
    separated by spaces alone are bound. Before, a list row needed a colon, a bracket or "with"."""
    from tests.extraction.realtext import got
    text = ("世界の軍事費の規模をランキングすると以下の通り。(2015)\n\n1位 アメリカ   約5,960億$\n2位 中国     約2,150億$\n"
            "3位 サウジアラビア 約872億$\n4位 ロシア     約664億$\n")
    assert {("USA", "defense_budget", 596e9), ("CHN", "defense_budget", 215e9), ("RUS", "defense_budget", 66.4e9)} <= got(text, date(2016, 5, 1))


def test_ranked_rows_of_other_money_are_no_budgets():
    """Guard: the same ranked rows under a ranking of economies (GDP), not of military spending, give no budgets."""
    from tests.extraction.realtext import got
    text = ("世界の国内総生産の規模をランキングすると以下の通り。(2015)\n\n1位 アメリカ   約18兆$\n2位 中国     約11兆$\n"
            "3位 日本 約4兆$\n")
    assert not {m for _, m, _ in got(text, date(2016, 5, 1))} & {"defense_budget"}


def test_turkish_share_of_gdp_stated_before_the_percent():
    """"milli gelirin yüzde 3,8'ini savunma harcamalarına ayırdı" (put 3.8% of national income into defence
    spending), "gayri safi yurtiçi hasılasının (GSYH) yüzde 3,42'si": Turkish names GDP before the percent, so its
    genitive forms are glossed as the frame "as a share of GDP". Before, they were "of GDP" before the number, which
    the English rules never read, or not glossed at all."""
    from tests.extraction.realtext import got
    text = ("Bu yıl da ittifak üyeleri için savunma harcamaları bir numaralı konu oldu ve zirvede de bu konu ile ilgili "
            "pek çok karar alındı. NATO'nun 2021 tahmini verilerine göre Yunanistan savunmaya en fazla pay ayıran ülke oldu. Atina hükümeti, "
            "2021 yılında milli gelirin yüzde 3,8'ini savunma harcamalarına ayırdı. ABD ise gayri safi yurtiçi "
            "hasılasının (GSYH) yüzde 3,42'si oranında savunma harcaması gerçekleştirdi.")
    found = got(text, date(2021, 7, 1))
    assert ("GRC", "defense_share_gdp_pct", 3.8) in found and ("USA", "defense_share_gdp_pct", 3.42) in found


def test_a_korean_headline_share_after_another_number_s_rise():
    """"내년 국방비, 8.2% 늘어난 66.3兆…GDP 2.42%": the share after GDP is the budget's; the rise before it belongs to
    the amount between them, not to the share (which would make it a target), and the headline's gloss has no CJK
    word left but is still a CJK article's."""
    from tests.extraction.realtext import got
    text = ("내년 국방비, 8.2% 늘어난 66.3兆…GDP 2.42%\n\n유제훈기자\n\n내년도 국방예산이 올해 대비 8.2% 늘어난 약 66조3000억원으로 "
            "편성됐다. 약 6년 만에 가장 높은 국방예산 증가율이다.")
    assert ("KOR", "defense_share_gdp_pct", 2.42) in got(text, date(2025, 8, 29))


def test_a_share_of_gdp_written_in_words_in_european_languages():
    """"utrácet na obranu alespoň dvoch percent HDP", "pięć procent PKB": a small number word before the language's
    word for percent is glossed as one ("two percent"); German "Zwei-Prozent-Ziel" is a target. Before, the words
    were left as they were and no number was found."""
    from dashboard.extraction.gloss import gloss
    assert "two percent" in gloss("Slovensko chce dávať na obranu dvoch percent HDP.", "cs").text
    assert "five percent" in gloss("Polska wyda na obronność pięć procent PKB.", "pl").text
    german = gloss("Deutschland will das Zwei-Prozent-Ziel erreichen und zwei Prozent des BIP ausgeben.", "de").text
    assert "two percent target" in german.lower() and "two percent of GDP" in german


def test_a_list_of_spenders_whose_unit_is_said_once_in_its_heading():
    """"Os países que mais gastaram (em bilhões de dólares):" then "1. Estados Unidos: 607;": each row is the
    country's spending in the heading's unit, dated by the year the text over the list names. Before, the bare
    numbers were dropped for the missing personnel noun."""
    from tests.extraction.realtext import rows
    text = ("Eis uma lista dos dez países que mais gastaram com armas no mundo em 2008, de acordo com o Instituto de "
            "Pesquisa de Paz Internacional de Estocolmo.\n\nOs países que mais gastaram (em bilhões de dólares):\n\n"
            "1. Estados Unidos: 607;\n\n2. China: 84,9;\n\n3. França: 65,7;\n\n4. Reino Unido: 65,3;\n")
    found = rows(text, date(2009, 6, 8))
    assert {("USA", "defense_budget", 607e9, "", 2008), ("CHN", "defense_budget", 84.9e9, "", 2008),
            ("FRA", "defense_budget", 65.7e9, "", 2008)} <= found


def test_a_unit_heading_over_a_list_of_other_things_reads_nothing():
    """Guard: the same heading over a list on trade, with no spending named, gives no budgets."""
    from tests.extraction.realtext import got
    text = ("Exportações de café por destino (em bilhões de dólares):\n\n1. Estados Unidos: 6;\n\n2. Alemanha: 4,9;\n\n"
            "3. Itália: 2,7;\n")
    assert not {m for _, m, _ in got(text, date(2009, 6, 8))} & {"defense_budget"}


def test_turkish_budget_of_the_ministry_of_national_defence():
    """"2024 yılı için Milli Savunma Bakanlığı bütçesi 440,5 milyar lira olarak açıklanmıştır": the ministry's budget
    is glossed as one phrase. Before, the ministry's name and "bütçesi" (its budget) stayed in Turkish."""
    from tests.extraction.realtext import got
    text = ("Genel Kurul'da bugün bakanlıkların bütçeleri görüşülüyor ve milletvekilleri bu konuda söz alıyor. Biz bu "
            "bütçelerin görüşmelerinde de yetersiz olduğunu hep vurgulamıştık. 2024 yılı için Milli Savunma Bakanlığı "
            "bütçesi 440,5 milyar lira olarak açıklanmıştır.")
    assert ("TUR", "defense_budget", 440.5e9) in got(text, date(2023, 12, 12))


def test_a_ranking_laid_out_one_cell_per_line_rank_and_country_then_amount():
    """"İşte 2026 yılında savunmaya en çok bütçe ayıran ülkeler:" then "60- Burkina Faso" / "4.5 milyar dolar" line
    after line: each row is the country's spending. Before, the amount on its own line had no country; the text was
    also read as English (a list has few function words: ı and ğ now mark Turkish), and Malezya, Tayland, Kuveyt and
    other Turkish country names were not glossed."""
    from tests.extraction.realtext import got
    text = ("2026 yılında savunmaya en fazla bütçe ayıran ülkeler belli oldu. İşte 2026 yılında savunmaya en çok bütçe "
            "ayıran ülkeler:\n\n60- Burkina Faso\n4.5 milyar dolar\n\n59- Kuzey Kore\n4.7 milyar dolar\n\n57- Malezya\n"
            "5.1 milyar dolar\n\n52- Tayland\n6 milyar dolar\n")
    assert {("BFA", "defense_budget", 4.5e9), ("PRK", "defense_budget", 4.7e9), ("MYS", "defense_budget", 5.1e9),
            ("THA", "defense_budget", 6e9)} <= got(text, date(2026, 1, 20))


def test_a_ranking_one_cell_per_line_of_other_money_is_no_budget():
    """Guard: the same layout under a ranking of exports names no military spending: nothing is read."""
    from tests.extraction.realtext import got
    text = ("Dünyanın en büyük ihracatçı ülkeleri belli oldu. İşte ihracatta ilk sıradaki ülkeler:\n\n"
            "3- Almanya\n1700 milyar dolar\n\n2- ABD\n2000 milyar dolar\n\n1- Çin\n3400 milyar dolar\n")
    assert not {m for _, m, _ in got(text, date(2026, 1, 20))} & {"defense_budget"}


def test_polish_dollars_abbreviated_dol():
    """"USA (732 mld dol.), Francja (50 mld dol.), Niderlandy (12 mld dol.)": "dol." is the dollar, Niderlandy the
    Netherlands. Before, the abbreviation was no currency and the amounts were bare counts."""
    from tests.extraction.realtext import got
    text = ("Polska swoimi wydatkami na obronność zajmowała w ubiegłym roku 20. miejsce na świecie, wynika z danych "
            "SIPRI. Spośród członków NATO "
            "więcej nominalnie niż Polska na zbrojenia przeznaczyło 9 z 30 państw członkowskich sojuszu. Były to: USA "
            "(732 mld dol.), Francja (50 mld dol.), Niemcy (49 mld dol.) i Niderlandy (12 mld dol.).")
    assert {("USA", "defense_budget", 732e9), ("FRA", "defense_budget", 50e9), ("NLD", "defense_budget", 12e9)} <= got(text, date(2020, 4, 28))


def test_a_japanese_story_on_china_s_budget_in_renminbi_and_a_rise_after_it():
    """"国防費は去年よりも7.2%増えて1兆6655億人民元、日本円で34兆8000億円余り" and "インドの国防予算は、4.78兆ルピー(約7兆1200億円)で
    前年の4.71兆ルピーから1.4%増加": 人民元 is the yuan, the yen after 日本円で is a conversion (not Japan's), and a rise
    by a percent after the amount is the budget's own, not other money."""
    from tests.extraction.realtext import got
    china = ("中国政府はことしの予算案を明らかにし、国防費は去年よりも7.2%増えて1兆6655億人民元、日本円で34兆8000億円余りで、"
             "軍備を増強する姿勢を示しました。")
    found = got(china, date(2024, 3, 5))
    assert ("CHN", "defense_budget", 1.6655e12) in found and not any(o == "JPN" for o, _, _ in found)
    india = "インドの国防予算は、4.78兆ルピー(約7兆1200億円)で前年の4.71兆ルピー(約7兆200億円)から1.4%増加しました。"
    assert ("IND", "defense_budget", 4.78e12) in got(india, date(2021, 2, 1))


def test_arabic_budget_series_rose_from_then_to():
    """"ارتفعت من 96.7 مليار درهم إلى 115.5 مليار درهم في 2022، ثم إلى 120 مليار درهم في 2023" (rose from ... to ...
    in 2022, then to ... in 2023): each level of the series, not one range; and بين (between) is no yen."""
    from dashboard.extraction.gloss import gloss
    from tests.extraction.realtext import got
    text = ("وسجلت ميزانية الدفاع المغربية قفزات مستمرة منذ 2019، حيث ارتفعت من 96.7 مليار درهم إلى 115.5 مليار درهم "
            "في 2022، ثم إلى 120 مليار درهم في 2023، و124.7 مليار درهم في 2024.")
    found = got(text, date(2025, 10, 20))
    assert {("MAR", "defense_budget", 96.7e9), ("MAR", "defense_budget", 115.5e9), ("MAR", "defense_budget", 120e9)} <= found
    assert "yen" not in gloss("وهي من بين أكبر الدول إنفاقا", "ar").text


def test_an_allocation_for_defence_stated_before_the_amount():
    """"In the federal budget 2023-24 for the Defence Division, 1.804 trillion rupees were allocated" (the order an
    Urdu gloss gives): the purpose before the amount is the budget's. Before, only "allocated for defence" after it was."""
    from tests.extraction.realtext import got
    text = "In the federal budget 2023-24 for the Defence Division, 1.804 trillion rupees were allocated."
    assert any(m == "defense_budget" and v == 1.804e12 for _, m, v in got(text, date(2023, 6, 9)))


def test_a_japanese_budget_clause_after_a_comma_and_a_yen_conversion_of_another_currency():
    """"日本の防衛費は過去10年間増額が図られており、今年度予算では過去最大の5兆4005億円が計上された": the amount's clause starts
    after the comma, so the rise said before it is not other money; and "1兆2680億元、日本円にして20兆2881億円" is a
    conversion of China's amount, not a budget of Japan's."""
    from tests.extraction.realtext import got
    japan = "日本の防衛費は過去10年間増額が図られており、今年度予算では過去最大の5兆4005億円が計上された。"
    assert ("JPN", "defense_budget", 5.4005e12) in got(japan, date(2022, 5, 1))
    china = "そこで発表された2020年度の国防予算案は、前年度比6.6%増となる1兆2680億元、日本円にして20兆2881億円となります。"
    assert not any(o == "JPN" and m == "defense_budget" for o, m, _ in got(china, date(2020, 5, 22)))
