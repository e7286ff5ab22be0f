"""Twenty-ninth sitting: the lines of a CJK ranking of spenders, and counts split into active and reserve by a verb.

The sitting's sentences are the project's own, written in the forms the worked rounds of the twenty-eighth sitting
showed (a Japanese wire story retelling a SIPRI ranking line by line; an army's strength split with "are"); each case
names the class and, where it matters, the guard.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from dashboard.extraction.gloss_cjk import gloss_cjk
from tests.extraction.realtext import deployed, got, rows

SIPRI_DAY = date(2024, 4, 23)
RANKING = ("ストックホルム国際平和研究所は22日、2023年の世界の軍事費が前年比6・8%増の2兆4430億ドルだったと発表した。"
           "米国は2・3%増の9160億ドルで首位だった。前年に続き2位の中国は2960億ドルで6・0%増。"
           "前年5位だった英国は、7・9%増の749億ドルで6位だった。")


def test_each_line_of_a_japanese_ranking_is_its_country_s_spending_and_change():
    """"米国は2・3%増の9160億ドルで首位": the country the line is about owns the amount and the change around it,
    dated by the year the ranking's first sentence gives. Before, every amount was dropped for the missing budget
    phrase, and the changes for a budget the sentence did not name."""
    found = rows(RANKING, SIPRI_DAY)
    for owner, amount, change in (("USA", 916e9, 2.3), ("CHN", 296e9, 6.0), ("GBR", 74.9e9, 7.9)):
        assert (owner, "defense_budget", amount, "", 2023) in found
        assert (owner, "budget_change_pct", change, "", 2023) in found


def test_a_decrease_in_a_ranking_line_is_negative():
    """"0・1%減の476億ドル": 減 is a fall."""
    text = ("ストックホルム国際平和研究所は、2019年の世界の軍事費が3・6%増の1兆9170億ドルだったと発表した。"
            "前年8位だった日本は、0・1%減の476億ドルで9位だった。")
    assert {("JPN", "defense_budget", 47.6e9), ("JPN", "budget_change_pct", -0.1)} <= got(text, SIPRI_DAY)


def test_the_world_total_of_a_japanese_ranking_is_nobody_s():
    """Guard: "世界の軍事費 ... 2兆4430億ドル" is the world's total (世界 is glossed "world"), not the country of the
    institute that counted it."""
    owners = {owner for owner, metric, _ in got(RANKING, SIPRI_DAY) if metric in ("defense_budget", "budget_change_pct")}
    assert owners == {"USA", "CHN", "GBR"}
    assert "world" in gloss_cjk("2023年の世界の軍事費").text


def test_a_country_line_in_a_passage_about_other_money_is_not_a_budget():
    """Guard: the same line under a trade story ("貿易統計") names no spending on defence: nothing is read."""
    text = "財務省は2023年の貿易統計を発表した。米国は2・3%増の9160億ドルだった。"
    assert not {metric for _, metric, _ in got(text, SIPRI_DAY)} & {"defense_budget", "budget_change_pct"}


def test_a_ranking_line_with_another_number_before_the_amount_is_left():
    """Guard: "日本は、隊員23万人で500億ドル" — a number other than a change or a rank between the country and the amount means
    the amount may be another's: the line is left."""
    text = "2023年の世界の軍事費は前年比6・8%増だった。日本は、隊員23万人で500億ドルだった。"
    assert ("JPN", "defense_budget", 50e9) not in got(text, SIPRI_DAY)


def test_a_strength_split_with_are_gives_active_and_reserve():
    """"Of these, 60,000 are active servicemen and 20,000 are reservists": the verb splits the force named before.
    Before, "are active servicemen" was not a personnel phrase and both were dropped."""
    text = "Australia's armed forces number 80,000 personnel. Of these, 60,000 are active servicemen and 20,000 are reservists."
    found = got(text)
    assert ("AUS", "active_personnel", 60000) in found
    assert ("AUS", "reserve_personnel", 20000) in found


def test_civilians_split_with_are_are_no_force():
    """Guard: "9,000 are civilian staff" after a force's total is not a strength."""
    text = "Australia's defence organisation employs 80,000 people. Of these, 9,000 are civilian staff."
    assert not {v for _, metric, v in got(text) if metric in ("active_personnel", "reserve_personnel") and v == 9000}


def test_active_men_are_personnel():
    """"more than 235,000 active men and 1,335,000 in reserve": "active men" is a head count."""
    text = "The Brazilian army has more than 235,000 active men and 1,335,000 in reserve."
    found = got(text)
    assert ("BRA", "active_personnel", 235000) in found
    assert ("BRA", "reserve_personnel", 1335000) in found


def test_men_alone_stay_no_head_count():
    """Guard: "the 40 men" of a story are not a force: only "active men" counts."""
    text = "Brazil's navy rescued 40 men from the ship on Tuesday."
    assert not extract_figures(text, ArticleInfo("t", date(2024, 1, 1)))


def test_a_share_after_gdp_and_the_defence_spending_in_japanese_is_read():
    """"ポーランドの国内総生産(GDP)に占める国防費の割合は4.12%": the share stands after "GDP ... 国防費の割合は", not right
    after GDP. Before, the percent was dropped for the missing "of GDP"."""
    text = ("NATOの加盟国の国防費を比べた。2024年、ポーランドの国内総生産(GDP)に占める国防費の割合は4.12%で、"
            "加盟国の中で最も高い。")
    assert ("POL", "defense_share_gdp_pct", 4.12) in got(text, date(2024, 9, 1))


def test_a_korean_budget_and_its_share_in_one_sentence_are_both_read():
    """"올해 국방예산은 61조2,469억 원으로 GDP 비중은 2.32%다": the budget's clause ends at 으로, so the GDP after it is
    not other money, and the share in the same sentence is that budget's country's (the won's), not the country the
    sentence before named."""
    text = ("미국 국방부 대변인은 동맹들이 GDP의 5%를 국방에 지출해야 한다고 했다. "
            "국방부에 따르면 올해 국방예산은 61조2,469억 원으로 GDP 비중은 2.32%다.")
    found = got(text, date(2025, 6, 20))
    assert ("KOR", "defense_budget", 61_246_900_000_000) in found
    assert ("KOR", "defense_share_gdp_pct", 2.32) in found


def test_our_country_in_korean_is_south_korea():
    """"우리나라의 국방예산은 304억 달러": 우리나라 (our country) in a Korean text is South Korea."""
    text = "2015년 기준 우리나라의 국방예산은 304억 달러로 국내총생산(GDP) 대비 2.4%였다. 주요국 가운데 미국이 1위였다."
    found = got(text, date(2017, 6, 1))
    assert ("KOR", "defense_budget", 30_400_000_000) in found
    assert ("GBR", "defense_budget", 30_400_000_000) not in found


def test_a_korean_count_takes_the_force_named_right_after_it():
    """"약 140만 명의 현역 병력과 170만 명 이상의 예비군": each count's own force follows it (현역 active, 예비군 reserve,
    after 이상의 "or more"); before, both took the reserve a heading named earlier, or the last force of the sentence."""
    text = ("총 병력 및 예비군 규모 비교\n인도는 세계에서 손꼽히는 대규모 군사력을 보유한 국가로 약 140만 명의 현역 병력과 "
            "170만 명 이상의 예비군을 운영합니다.")
    found = got(text, date(2025, 5, 10))
    assert ("IND", "active_personnel", 1_400_000) in found
    assert ("IND", "reserve_personnel", 1_700_000) in found


def test_a_country_right_after_a_full_stop_without_a_space_is_named():
    """"...its ambitions.India – ~1,475,000 active personnel": a line run on without its space still names India, so
    the count is India's, not the country of the line before."""
    text = ("Largest armies in 2025\nChina – ~2,035,000 active personnel\nChina has the largest army, reflecting its "
            "ambitions.India – ~1,475,000 active personnel\nIndia's army underscores its role.")
    found = got(text, date(2025, 3, 1))
    assert ("IND", "active_personnel", 1_475_000) in found
    assert ("CHN", "active_personnel", 1_475_000) not in found


def test_a_web_address_names_no_country():
    """Guard: a name glued after a full stop counts only as a capitalised word after three small letters: a domain
    ("bbc.co.uk", "portal.india.gov") names no country."""
    from dashboard.extraction.countries import gazetteer
    assert not gazetteer().find("Read more at bbc.co.uk, reuters.com or portal.india.gov today.")


JAPANESE_LIST = ("防衛費の国際比較を見てみよう。\n【各国の防衛費とGDP比(2021年度)】\n・日本:530億ドル(GDP比0.95%)\n"
                 "・米国:7176億ドル(同3.12%)\n・中国:3242億ドル(同1.20%)\n・韓国:654億ドル(同2.57%)\n")


def test_a_share_in_brackets_after_a_listed_amount_is_that_country_s():
    """"・米国:7176億ドル(同3.12%)": the item's amount is the country's spending, so the share after it (同, ditto: of
    GDP) is the same country's. Before, the share was dropped for the missing "of GDP"."""
    found = got(JAPANESE_LIST, date(2022, 8, 1))
    assert {("USA", "defense_share_gdp_pct", 3.12), ("CHN", "defense_share_gdp_pct", 1.2),
            ("KOR", "defense_share_gdp_pct", 2.57)} <= found


def test_a_change_after_a_listed_amount_is_no_share():
    """Guard: "(前年比7.1%増)" after the amount is a change, not a share of GDP."""
    text = JAPANESE_LIST.replace("(同1.20%)", "(前年比7.1%増)")
    assert ("CHN", "defense_share_gdp_pct", 7.1) not in got(text, date(2022, 8, 1))


def test_an_amount_in_brackets_after_a_share_is_that_country_s_budget():
    """"Pays-Bas avec 1,35 % (12,8 Md$)": the share is the Netherlands', so the amount in brackets after it is its
    spending."""
    text = ("Les dépenses de défense des pays européens de l'OTAN atteignent en moyenne 1,5 % de leur PIB. L'objectif de "
            "2 % n'est pas encore atteint par les pays suivants : Pays-Bas avec 1,35 % (12,8 Md$) ; Allemagne avec 1,23 % "
            "(48,7 Md$) ; Italie avec 1,15 % (24,6 Md$).")
    found = got(text, date(2019, 7, 1))
    assert {("NLD", "defense_budget", 12.8e9), ("DEU", "defense_budget", 48.7e9), ("ITA", "defense_budget", 24.6e9)} <= found


def test_bulleted_rows_after_a_dash_are_budgets():
    """"• Allemagne – 93,7 milliards de dollars" under a ranking of defence spending: each row's amount, after the
    dash, is that country's budget (the bullet rows read before wanted the currency first, "US$ 9.556 millones")."""
    text = ("L'OTAN a publié son rapport annuel sur les dépenses de défense des Alliés, avec une hausse des budgets en "
            "Europe. Les données, actualisées à juin, reposent sur les informations communiquées par les ministères de la "
            "défense des pays alliés et sur des indicateurs économiques de la Commission européenne.\n\n"
            "Classement des principaux pays par dépenses absolues (2025) :\n\n"
            "  • États-Unis – 980 milliards de dollars\n  • Allemagne – 93,7 milliards de dollars\n"
            "  • Royaume-Uni – 90,5 milliards de dollars\n  • France – 66,5 milliards de dollars\n")
    found = got(text, date(2025, 8, 30))
    assert {("USA", "defense_budget", 980e9), ("DEU", "defense_budget", 93.7e9), ("FRA", "defense_budget", 66.5e9)} <= found


def test_a_list_of_changes_in_spending_gives_each_country_its_change():
    """"The biggest rises in military spending were in Paraguay (33%), Honduras (22%)": a list of changes under
    spending named in the sentence; "fell by 8.2%, in Argentina by 9%" makes them falls. Before, a sentence with a
    change word licensed no list at all."""
    found = got("The biggest rises in military spending were in Paraguay (33%), Honduras (22%) and Nicaragua (18%).",
                date(2012, 4, 17))
    assert {("PRY", "budget_change_pct", 33), ("HND", "budget_change_pct", 22), ("NIC", "budget_change_pct", 18)} <= found
    found = got("Military spending in Brazil fell by 8.2% last year, in Argentina by 9% and in Venezuela by 7.4%.",
                date(2012, 4, 17))
    assert {("ARG", "budget_change_pct", -9), ("VEN", "budget_change_pct", -7.4)} <= found


def test_a_change_over_many_years_is_not_listed_as_a_yearly_change():
    """Guard: "China increased its defence spending in the past ten years by 167 percent, Saudi Arabia by 112 percent
    and Russia by 97 percent": changes over a decade, not one year's."""
    text = ("Military spending keeps rising in Asia. China increased its military spending in the past ten years by 167 "
            "percent, Saudi Arabia by 112 percent and Russia by 97 percent.")
    assert not {(o, v) for o, metric, v in got(text, date(2015, 4, 13)) if metric == "budget_change_pct"} & {("SAU", 112), ("RUS", 97)}


def test_a_share_list_with_a_comma_or_with_after_the_country():
    """"Only Luxembourg, 0.44% and Belgium, 0.91%" and "(the United States, with 3.68%; Greece, with 2.24%)": the
    country bound to its share by a comma."""
    text = ("Military spending as a share of GDP varies widely across NATO. Only three exceeded 2% (the United States, "
            "with 3.68%; Greece, with 2.24% and Britain, with 2.14%).")
    assert {("USA", "defense_share_gdp_pct", 3.68), ("GRC", "defense_share_gdp_pct", 2.24)} <= got(text, date(2015, 6, 1))


def test_amounts_that_name_their_country_after_them_are_not_bound_before():
    """Guard: "65,527 million dollars Britain, 49,132 million dollars Germany" (Turkish word order): the amount's
    country follows it, so the comma does not bind it to the country before."""
    text = ("NATO published its estimates of defence spending for 2019. The United States will spend 685,099 million "
            "dollars on defence. It is followed by 65,527 million dollars Britain, 49,132 million dollars Germany and "
            "47,705 million dollars France.")
    assert ("GBR", "defense_budget", 49_132_000_000) not in got(text, date(2019, 6, 25))


def test_ukrainian_spending_on_defence_is_read_through_the_cyrillic_gloss():
    """Ukrainian is read with the Russian gloss (one script); its own words are in it now: "Витрати України на оборону
    ... ₴1,8 трлн" (Ukraine's spending on defence). Before, "Витрати" and "України" were not glossed and the amount
    was dropped."""
    text = ("Витрати України на оборону у 2025 році перевищать ₴1,8 трлн. Уряд України планує спрямувати кошти на сферу "
            "оборони та безпеки. Про це йдеться у Бюджетній декларації, яку схвалив уряд.")
    assert ("UKR", "defense_budget", 1.8e12) in got(text, date(2025, 6, 1))


def test_a_count_in_millions_thousands_and_units_is_one_number():
    """"1 million 13 thousand 628 servicemen" (as the Cyrillic gloss writes "1 млн 13 тисяч 628"): one number; before,
    "1 million" and "13 thousand 628" were read apart."""
    found = got("Russia's armed forces have 1 million 13 thousand 628 servicemen, by the decree.", date(2018, 1, 5))
    assert ("RUS", "active_personnel", 1_013_628) in found
    assert ("RUS", "active_personnel", 1_000_000) not in found


def test_latvian_finnish_estonian_and_hungarian_are_glossed():
    """Four languages the detector knew but left unread now have a gloss: a defence budget and its share of GDP in
    Latvian ("aizsardzības budžets ... 3,65% no IKP jeb 1,6 miljardi eiro"), Finnish ("puolustusmenot ... 1,6
    prosenttia bruttokansantuotteesta"), Estonian ("kaitsekulud ... 1,99% SKPst") and Hungarian ("GDP-arányosan 1,44
    százalék volt Magyarország védelmi kiadása")."""
    latvian = ("Latvijas 2026. gada aizsardzības budžets ir paredzēts 3,65% no IKP jeb 1,6 miljardi eiro. Tas ir vairāk nekā "
               "šogad, kad aizsardzībai tika atvēlēti 3,45% no IKP, un arī vairāk nekā pērn.")
    assert {("LVA", "defense_share_gdp_pct", 3.65), ("LVA", "defense_budget", 1.6e9)} <= got(latvian, date(2025, 9, 1))
    finnish = ("Suomen puolustusmenot olivat 1,6 prosenttia bruttokansantuotteesta vuonna 2004, kertoo Tilastokeskus. Osuus "
               "oli sama kuin EU-maiden keskiarvo, ja se on pysynyt samana myös vuonna 2005.")
    assert ("FIN", "defense_share_gdp_pct", 1.6) in got(finnish, date(2006, 12, 8))
    estonian = ("Eesti kaitsekulud olid 2018. aastal 1,99% SKPst, teatas kaitseministeerium. See on veidi alla NATO nõutud "
                "taseme, kuid mullu oli see ka üle kahe protsendi ja seda peab valitsus oluliseks.")
    assert ("EST", "defense_share_gdp_pct", 1.99) in got(estonian, date(2019, 4, 3))
    hungarian = ("GDP-arányosan 1,44 százalék volt Magyarország védelmi kiadása 2022-ben – olvasható a NATO éves jelentésében. "
                 "A jelentés szerint az idén már több ország teljesíti azt a követelményt, hogy a védelemre fordított összeg "
                 "elérje a két százalékot, de ez csak egy lépés, amely nem elég.")
    assert ("HUN", "defense_share_gdp_pct", 1.44) in got(hungarian, date(2023, 7, 7))


def test_a_portuguese_series_of_defence_spending_by_year():
    """"Entre 2020 e 2024, os encargos com a Defesa cresceram ... Em 2020, ascenderam a 21,2 mil milhões de meticais;
    em 2021, a 21,8 mil milhões; em 2022, subiram para 26,6 mil milhões": the spending named once, then each year's
    amount. Before, "encargos com a Defesa" and "ascenderam a" had no gloss and the series was dropped."""
    text = ("O Governo de Moçambique vai reduzir o orçamento das forças de defesa em 2025, segundo a proposta do Conselho de "
            "Ministros. Entre 2020 e 2024, os encargos com a Defesa cresceram de forma sustentada. Em 2020, ascenderam a 21,2 "
            "mil milhões de meticais; em 2021, a 21,8 mil milhões; em 2022, subiram para 26,6 mil milhões.")
    found = rows(text, date(2025, 5, 6))
    assert {("MOZ", "defense_budget", 21.2e9, "", 2020), ("MOZ", "defense_budget", 26.6e9, "", 2022)} <= found


def test_kokugun_in_japanese_is_south_korea_s_forces_and_its_reserve_is_named():
    """"国軍の常備兵力は現在約45万人であり、予備戦力（約260万人）": in Japanese (a Korean paper's edition) 国軍 is South
    Korea's armed forces, and 予備戦力 is its reserve. Before, 国軍 marked the text as Taiwanese, the counts went to
    North Korea (named later) and both were active."""
    text = ("少子化の余波で兵役資源が減少している。国軍の常備兵力は現在約45万人であり、予備戦力（約260万人）を合わせても、"
            "北朝鮮と比較して不足する水準だ。")
    found = got(text, date(2025, 9, 1))
    assert ("KOR", "active_personnel", 450_000) in found
    assert ("KOR", "reserve_personnel", 2_600_000) in found
    assert not {o for o, m, _ in found if m.endswith("personnel")} - {"KOR"}


def test_cjk_counts_that_are_no_force():
    """Guards: a band ("10万人台に減る", into the 100,000s), a population ("20歳の男性人口約22万6000人"), paramilitaries
    ("준군사조직은 12만 명") and a forecast ("2035년까지 46만5000명으로 줄어들다가 ... 예측된다") give no strength."""
    band = "国軍の兵力は減少している。早ければ2033年から現役入隊者数が10万人台に減る見込みだ。"
    population = "国軍の兵力は減少している。2033年（20歳の男性人口約22万6000人）から入隊者数が減る。"
    paramilitary = "GFP에 따르면 한국의 현역 군인은 60만 명, 예비군은 310만 명, 준군사조직은 12만 명이었다."
    forecast = "군 병력은 2035년까지 46만5000명으로 서서히 줄어들다가 2039년엔 40만명으로 떨어질 것으로 예측된다."
    day = date(2025, 9, 1)
    assert not {v for _, m, v in got(band, day) if m.endswith("personnel")} & {100_000}
    assert not {v for _, m, v in got(population, day) if m.endswith("personnel")} & {226_000}
    found = got(paramilitary, day)
    assert ("KOR", "active_personnel", 600_000) in found and not {v for _, _, v in found} & {120_000}
    assert not {v for _, m, v in got(forecast, day) if m.endswith("personnel")} & {465_000, 400_000}


def test_the_won_in_katakana_is_money_and_a_line_crossed_is_no_budget():
    """"国防予算は40兆3337億ウォンで" (ウォン, the won written in Japanese) is South Korea's budget; "40兆ウォンを超えました"
    (crossed 40 trillion won) is a line, not a budget."""
    text = ("北朝鮮の核とミサイルの脅威が高まる中、来年の国防予算が初めて40兆ウォンを超えました。来年の予算案を見ますと、"
            "国防予算は40兆3337億ウォンで、今年より4%増額されました。")
    found = got(text, date(2015, 9, 8))
    assert ("KOR", "defense_budget", 40_333_700_000_000) in found
    assert ("KOR", "defense_budget", 40_000_000_000_000) not in found


def test_a_turkish_share_names_its_country_after_it():
    """"yüzde 2,8 ile Hırvatistan" (2.8% with Croatia): in Turkish order the country follows its share. Before, such a
    share was bound to the country before it, or to none."""
    text = ("NATO raporu ülkelerin savunma harcamalarının gayri safi yurt içi hasılaya oranını gösteriyor ve bu oran her yıl "
            "açıklanıyor. Verilere göre Yunanistan yüzde 3,8 ile ilk sırada. Bu ülkeyi yüzde 2,8 ile Hırvatistan ve yüzde 2,3 "
            "ile İngiltere izliyor.")
    found = got(text, date(2021, 6, 12))
    assert {("HRV", "defense_share_gdp_pct", 2.8), ("GBR", "defense_share_gdp_pct", 2.3)} <= found
    assert ("GRC", "defense_share_gdp_pct", 2.8) not in found


RANKED_ROWS = ("The top spenders in 2019, SIPRI said, in military spending:\n\n1. United States: 732 billion USD, up 5.3%.\n\n"
               "2. China: 261 billion USD, up 5.1%.\n\n3. India: 71.1 billion USD, up 6.8%.\n\n"
               "4. Russia : 65.1 billion USD, equivalent to 3.9% of GDP, the highest in Europe\n\n"
               "5. Saudi Arabia: 61.9 billion USD, equivalent to 7.9% of GDP.\n")


def test_every_row_of_a_numbered_list_of_spenders_is_read():
    """Each "N. Country: amount" row under a line on military spending is that country's budget, however far down the
    list (its numbers and rows are sentences of their own, past the three sentences a topic reaches); before, only
    the first row was read."""
    found = got(RANKED_ROWS, date(2020, 4, 27))
    assert {("CHN", "defense_budget", 261e9), ("IND", "defense_budget", 71.1e9), ("RUS", "defense_budget", 65.1e9)} <= found


def test_a_row_heading_country_followed_by_its_own_money_or_share_is_the_spender():
    """"4. Russia : 65.1 billion USD, equivalent to 3.9% of GDP": a country heading a row with money or a share after
    its colon is that figure's owner, not a place named as a list heading (as "3 Germany: Around 20,000 personnel are
    stationed there" is); before, the share went to the country of an earlier row."""
    found = got(RANKED_ROWS, date(2020, 4, 27))
    assert {("RUS", "defense_share_gdp_pct", 3.9), ("SAU", "defense_share_gdp_pct", 7.9)} <= found
    assert ("USA", "defense_share_gdp_pct", 3.9) not in found


def test_polish_and_romanian_counts_of_american_soldiers_stationed():
    """"w Polsce stacjonuje około 10 tysięcy amerykańskich żołnierzy" and "are pe teritoriul său aproximativ 2.000 de
    militari americani": American soldiers stationed in Poland and Romania (the Romanian demonym moves before its
    noun, as the other glosses do)."""
    polish = ("Wiceminister obrony narodowej poinformował w czwartek komisję obrony, że w Polsce stacjonuje około 10 tysięcy "
              "amerykańskich żołnierzy. Przedstawił także szczegóły dotyczące planowanych inwestycji, które są potrzebne.")
    assert ("USA", 10000, "POL") in deployed(polish, date(2020, 6, 4))
    romanian = ("România are pe teritoriul său aproximativ 2.000 de militari americani în misiune, iar cei mai mulți dintre "
                "aceștia se află la baza Mihail Kogălniceanu, potrivit datelor obținute de la Ministerul Apărării. Baza este cea mai "
                "mare din țară și a fost extinsă în ultimii ani, iar lucrările sunt în curs pentru ca aceasta să fie pregătită.")
    assert ("USA", 2000, "ROU") in deployed(romanian, date(2025, 10, 29))


def test_other_countries_strengths_named_only_by_the_country():
    """"tops the table at about 2.04 million personnel, followed by India's 1.48 million and the United States' 1.32
    million": each later count is its country's strength of the kind just stated (the count's noun left out)."""
    text = ("China's People's Liberation Army tops the table at about 2.04 million personnel, followed by India's 1.48 million "
            "and the United States' 1.32 million.")
    found = got(text, date(2025, 2, 1))
    assert {("IND", "active_personnel", 1_480_000), ("USA", "active_personnel", 1_320_000)} <= found


def test_a_count_after_another_country_with_its_own_noun_is_not_elliptical():
    """Guard: a count far smaller than a force ("Japan, 500") is no strength of the kind just stated."""
    text = "China's army has about 2 million personnel, followed by India's 1.4 million; Japan, 500 (observers)."
    assert not {v for o, m, v in got(text, date(2025, 2, 1)) if o == "JPN"}


def test_military_manpower_in_a_ranking_is_a_count_of_the_forces():
    """"Egypt ranks number one on the list with 440,000 Military manpower": a ranking's count of its forces
    (manpower alone, a population fit for service, stays no head count)."""
    text = ("Egypt ranks number one on the list with 440,000 Military manpower while Algeria and Morocco rank second and "
            "fourth with 325,000 and 195,800 Military manpower respectively.")
    found = got(text, date(2025, 3, 1))
    assert {("EGY", "active_personnel", 440_000), ("MAR", "active_personnel", 195_800)} <= found
    assert not got("Egypt has 40 million manpower available for service.", date(2025, 3, 1))


def test_spending_stated_verb_first_and_the_arabic_gdp_word_order():
    """"Oman, which spends on its army 8.3 billion dollars" (the Arabic order "تنفق على جيشها 8.3 مليار دولار", verb
    first) is Oman's spending; "بنسبة 7.1% من الناتج الإجمالي المحلي" is a share of GDP in the other order of its
    words."""
    assert ("OMN", "defense_budget", 8.3e9) in got("Oman, which spends on its army 8.3 billion dollars, ranks fourth.",
                                                    date(2023, 1, 1))
    arabic = ("سجل الإنفاق العسكري العالمي مستويات قياسية في عام 2023، وفقاً للتقرير. وحلّت السعودية بالمركز الأول في الدول "
              "العربية، بإنفاق بلغ 75.8 مليار دولار بنسبة 7.1% من الناتج الإجمالي المحلي، وذلك بحسب التقرير الذي نشر اليوم.")
    assert ("SAU", "defense_share_gdp_pct", 7.1) in got(arabic, date(2024, 4, 23))


def test_korean_counts_that_size_countries_are_no_strength():
    """Guards: "1천만명 이상 국가들" (countries of ten million or more) and "8개국이 50만명 이상의 병력을" (eight countries
    keep more than 500,000 troops) size a group of countries, not one force."""
    text = ("1천만명 이상 국가들 중에서 인구대비 병력수가 가장 높다. 파키스탄, 이란, 한국까지 8개국이 50만명 이상의 병력을 유지하고 있다.")
    assert not {v for _, m, v in got(text, date(2023, 5, 1)) if m.endswith("personnel")} & {10_000_000, 500_000}


def test_countries_opening_a_sentence_with_bracketed_counts_are_more_contributors():
    """"Italy, with just over 3,000 troops in Iraq, ... The Netherlands (about 800 troops) and Ukraine (1,600 troops)
    have begun phased withdrawals": the countries opening the sentence are its subjects, each with its own troops in
    the same host; before, they were read as hosts of Italy's troops."""
    text = ("Italy, with just over 3,000 troops in Iraq, has said it wants to pull its contingent out as soon as possible. "
            "The Netherlands (about 800 troops) and Ukraine (1,600 troops) have begun phased withdrawals of their contingents.")
    found = deployed(text, date(2005, 3, 16))
    assert {("NLD", 800, "IRQ"), ("UKR", 1600, "IRQ")} <= found
    assert not {f for f in found if f[0] == "ITA" and f[2] in ("NLD", "UKR")}


def test_japan_s_defence_spending_in_korean_news():
    """"방위비로 사상 최대 규모인 6조8천억 엔": 방위비 (Japan's defence spending, in Korean) and 엔 (the yen) are read;
    "방위비 분담금" (the cost-sharing payments for U.S. forces) is no defence budget."""
    text = ("일본 정부는 2027회계연도까지 매년 방위비를 단계적으로 늘려갈 계획이다. 우선 2023회계연도 예산안에 방위비로 사상 최대 "
            "규모인 6조8천억 엔을 편성하기로 했다.")
    assert ("JPN", "defense_budget", 6.8e12) in got(text, date(2022, 12, 16))
    sharing = "한미 양국은 방위비 분담금을 1조1833억 원으로 합의했다. 이는 작년보다 늘어난 규모다."
    assert not {m for _, m, _ in got(sharing, date(2021, 3, 10))} & {"defense_budget"}


def test_portuguese_budget_verbs_totaliza_and_atingira():
    """"O novo orçamento totaliza 1,78 trilhões de yuan" and "o orçamento das Forças Armadas em 2020 atingirá os 39,2
    mil milhões de euros": totals and levels reached, in Portuguese."""
    text = ("A China anunciou um aumento de 7,2% em seu orçamento de defesa para 2025. O novo orçamento totaliza 1,78 trilhões "
            "de yuan, superando a meta de crescimento econômico. O aumento reflete as tensões globais e a busca do país por "
            "fortalecer a segurança nacional, que é uma das prioridades do governo em Pequim.")
    assert ("CHN", "defense_budget", 1.78e12) in got(text, date(2025, 3, 5))
    text = ("A ministra da Defesa da Alemanha precisou que o orçamento das Forças Armadas em 2020 atingirá os 39,2 mil milhões "
            "de euros, quase mais cinco mil milhões do que o actual. O governo quer que as tropas sejam mais modernas.")
    assert ("DEU", "defense_budget", 39.2e9) in got(text, date(2016, 5, 10))


def test_italian_and_german_level_verbs():
    """"Il budget totale per la difesa raggiungerà così quota 45,2 miliardi di dollari" (will reach) and "China gibt
    jährlich knapp 300 Milliarden US-Dollar für sein Militär aus" (spends on its military)."""
    italian = ("Il governo israeliano ha approvato il bilancio per la guerra a Gaza e la crescente tensione con l'Iran. Il "
               "budget totale per la difesa raggiungerà così quota 45,2 miliardi di dollari nel 2025, secondo il ministero. "
               "Il ministero della Difesa ha detto che questo aumento è necessario per la sicurezza del paese e che gli "
               "investimenti sono anche destinati alla difesa aerea.")
    assert ("ISR", "defense_budget", 45.2e9) in got(italian, date(2024, 12, 1))
    german = ("Wie stark ist die Armee der Volksrepublik wirklich? China gibt jährlich knapp 300 Milliarden US-Dollar für sein "
              "Militär aus. Mehr Ausgaben hat nur die USA, die weit vor allen anderen Ländern der Welt liegen.")
    assert ("CHN", "defense_budget", 300e9) in got(german, date(2023, 5, 1))


def test_a_national_budget_s_revenue_and_spending_are_no_defence_budget():
    """"歲入編列2兆8623億元 ... 歲出共編列3兆350億元" (the central government's revenue and spending) in a sentence that
    goes on to the defence budget are the whole budget's, not defence's; the defence amount after "；其中" (of which) is
    read in its own clause. Before, the revenue and spending were read as Taiwan's defence budget."""
    text = ("行政院會今日將通過明年度中央政府總預算案，歲入編列2兆8623億元；歲出共編列3兆350億元，其中國防預算總計9495億元。"
            "國防部表示將持續強化防衛能力。")
    found = got(text, date(2025, 8, 21))
    assert ("TWN", "defense_budget", 949.5e9) in found
    assert not {v for o, m, v in found if m == "defense_budget"} & {2_862_300_000_000, 3_035_000_000_000}


def test_a_ranked_row_naming_its_country_twice_stays_in_the_list():
    """"3. Britain (UK) – $71.5 billion": one country named twice in its row; before, the row ended the list and every
    row after it was lost."""
    text = ("The biggest military spenders in 2025:\n1. United States – $895 billion\n2. China – $266.8 billion\n"
            "3. Britain (UK) – $71.5 billion\n4. Japan – $57 billion\n")
    found = got(text, date(2025, 6, 1))
    assert {("GBR", "defense_budget", 71.5e9), ("JPN", "defense_budget", 57e9)} <= found


def test_turkish_military_budget_words_set_a_ranking_s_topic():
    """"En Yüksek Askeri Bütçeye Sahip Ülkeler" (the countries with the highest military budget) and "savunma
    bütçelerinin": the Turkish forms set the topic of the ranked rows under them."""
    text = ("Global Firepower verilerine göre ülkelerin savunma bütçelerinin listelendiği infografikte ABD açık ara lider "
            "konumda ve bu liste her yıl yeniden hazırlanıyor. Avrupa ülkeleri de bir önceki yıla göre daha çok harcama "
            "yapan ülkeler arasında, ancak ABD kadar değil.\nEn Yüksek Askeri Bütçeye Sahip Ülkeler\n1. ABD – $895 milyar "
            "dolar\n2. Çin – $266.8 milyar dolar\n3. Rusya – $126 milyar dolar\n")
    found = got(text, date(2025, 6, 1))
    assert {("CHN", "defense_budget", 266.8e9), ("RUS", "defense_budget", 126e9)} <= found


def test_russian_spending_at_the_level_of_an_amount_in_manats():
    """"предусмотрело расходы на оборону и нацбезопасность на уровне 8,815 млрд манатов": spending on defence and
    national security at the level of 8.815 billion manats (Azerbaijan's)."""
    text = ("Правительство Азербайджана в проекте бюджета на 2026 год предусмотрело расходы на оборону и нацбезопасность на "
            "уровне 8,815 млрд манатов. Об этом говорится в материалах министерства финансов, которые были опубликованы.")
    assert ("AZE", "defense_budget", 8.815e9) in got(text, date(2025, 9, 16))


def test_countries_that_each_spent_a_share_of_their_gdp():
    """"Canada, Portugal and Italy each spent an estimated 1.5% of their GDP on defense": each country listed as the
    subject gets the share ("of their GDP" says what it measures); before, only the last named did."""
    text = ("NATO published its estimates of defence spending on Thursday. Canada, Portugal and Italy each spent an estimated "
            "1.5% of their GDP on defense.")
    found = got(text, date(2024, 6, 17))
    assert {("CAN", "defense_share_gdp_pct", 1.5), ("PRT", "defense_share_gdp_pct", 1.5), ("ITA", "defense_share_gdp_pct", 1.5)} <= found


def test_hindi_loanword_scales_and_currencies():
    """"रक्षा बजट 55.9 बिलियन डॉलर" (billion, written as the English loanword) and पाउंड (pounds) are read."""
    text = ("भारत का रक्षा बजट 55.9 बिलियन डॉलर है और यह पिछले साल से अधिक है। सरकार ने कहा कि सेना के आधुनिकीकरण पर "
            "जोर दिया जाएगा और इसके लिए अलग से धन दिया जाएगा।")
    assert ("IND", "defense_budget", 55.9e9) in got(text, date(2019, 2, 1))
