"""The twenty-fifth sitting (2026-12-07). Each test uses text written here; those that fix a fault fail on the code
before the change, and the guards pass on both."""

from datetime import date

import pytest

from dashboard.extraction.gloss import LANGUAGES, gloss, phrase_tables
from tests.extraction.realtext import got, rows


def test_a_greek_billion_written_with_a_final_sigma_is_read_not_a_crash():
    # "δις." (final sigma) is matched by the case-blind gloss pattern for "δισ."; its key must be found too.
    text = "Η Ελλάδα θα δαπανήσει 6,1 δις. ευρώ για την άμυνα το 2025, σύμφωνα με τον προϋπολογισμό."
    assert ("GRC", "defense_budget", 6.1e9) in got(text, date(2025, 1, 10))


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - {"cj"}))  # (CJK has its own gloss, without case)
def test_every_gloss_phrase_in_capitals_or_with_a_final_sigma_glosses_without_error(lang):
    words, nouns, _ = phrase_tables(lang)
    for phrase in list(words) + list(nouns):
        for variant in (phrase.upper(), phrase.replace("σ ", "ς ").replace("σ.", "ς.") + " "):
            gloss(f"Ο στρατός {variant} 1.000 {variant}.", lang)  # (raises KeyError when a matched phrase has no key)


# The other years of a budget series in one sentence (sibling_amounts).

def test_the_other_years_of_a_budget_series_in_one_sentence_are_the_same_countrys_budgets():
    text = "In 2015 Turkey's military spending came to $12.3 billion, and by 2018 it had flown to $20.4 billion."
    found = {(c, m, v): y for c, m, v, _, y in rows(text, date(2019, 5, 2))}
    assert found.get(("TUR", "defense_budget", 12.3e9)) == 2015
    assert found.get(("TUR", "defense_budget", 20.4e9)) == 2018


def test_a_request_compared_with_last_years_request_is_last_years_budget():
    text = ("The Pentagon's $848.3 billion budget request for fiscal 2026 is slightly lower compared to its $849.8 "
            "billion request in fiscal 2025.")
    found = {(c, m, v): y for c, m, v, _, y in rows(text, date(2025, 6, 27))}
    assert found.get(("USA", "defense_budget", 849.8e9)) == 2025


def test_guard_a_far_smaller_amount_or_another_countrys_amount_is_no_sibling():
    text = ("France's defence budget reached EUR 50.5 billion in 2024, while Germany spent EUR 72 billion in 2024 "
            "and the ministry put EUR 2 billion in 2025 towards drones.")
    found = got(text, date(2025, 3, 1))
    assert ("FRA", "defense_budget", 50.5e9) in found
    assert not any(v in (72e9, 2e9) and c == "FRA" for c, _, v in found)


# A change or share whose subject is the alliance's members (region_totals.nato_members_spending).

def test_a_share_or_change_of_the_alliances_members_is_natos_not_the_article_countrys():
    text = ("IISS: Europe cannot reach the level Trump wants. Trump has repeatedly said he wants NATO member states to "
            "raise defense spending to 5% of GDP. The European allies and Canada alone would achieve an increase of "
            "17.9% in defence spending this year, the figures show.")
    found = got(text, date(2025, 2, 12))
    assert ("NATO", "defense_share_gdp_pct", 5) in found and ("USA", "defense_share_gdp_pct", 5) not in found
    assert ("NATO", "budget_change_pct", 17.9) in found and ("CAN", "budget_change_pct", 17.9) not in found


def test_guard_a_country_named_after_the_members_keeps_its_own_share():
    text = "Among NATO allies, Poland spends 4.1% of GDP on defence, the alliance's figures show."
    assert ("POL", "defense_share_gdp_pct", 4.1) in got(text, date(2025, 2, 12))


# Chinese, Japanese and Korean word order: the topic first, the amount or share last (cjk_readings).

def test_japanese_amounts_dated_by_their_year_after_a_sentence_on_defence_spending():
    text = "日本の防衛費は徐々に伸びた。2023年には6.8兆円、2024年には7.7兆円になりました。"
    found = {(c, m, v): y for c, m, v, _, y in rows(text, date(2025, 8, 26))}
    assert found.get(("JPN", "defense_budget", 6.8e12)) == 2023
    assert found.get(("JPN", "defense_budget", 7.7e12)) == 2024


def test_a_chinese_share_with_gdp_before_it_is_taiwans_when_the_executive_yuan_sets_the_budget():
    text = "行政院拍板明年度國防預算，共9495億元，總計占明年GDP的3.32％。"
    assert ("TWN", "defense_share_gdp_pct", 3.32) in got(text, date(2025, 8, 26))


def test_guard_a_deficits_share_and_a_line_of_the_budget_are_no_cjk_figures():
    assert not got("日本の防衛費は増える。財政赤字はGDPの0.5%となる見通しだ。", date(2025, 8, 26)) & {
        ("JPN", "defense_share_gdp_pct", 0.5)}
    found = got("한국의 국방예산이 늘었다. 국방예산 중 방위력 개선비는 17조179억원이다.", date(2022, 8, 30))
    assert not any(v == 17017.9e9 for _, _, v in found)


# Years: a level followed by its change against a base year (year_adjust.level_year); CJK words for this, next and
# last year (the CJK gloss).

def test_a_budget_level_increased_on_this_year_is_next_years():
    text = "Taiwan's defence budget: the allocation of NT$949.5 billion was an increase of 22.9 percent on this year."
    found = {(c, m, v): y for c, m, v, _, y in rows(text, date(2025, 8, 26))}
    assert found.get(("TWN", "defense_budget", 949.5e9)) == 2026


def test_a_korean_budget_for_next_year_is_dated_next_year_and_the_next_sentence_still_starts():
    text = "한국 국방부 발표. 내년도 국방비는 40조3,337억원으로 책정됐다. 올해 국방비(38조7,995억원)보다 4.0% 늘었다."
    found = {(c, m, v): y for c, m, v, _, y in rows(text, date(2016, 8, 20))}
    assert found.get(("KOR", "defense_budget", 40.3337e12)) == 2017
    assert found.get(("KOR", "defense_budget", 38.7995e12)) == 2016


def test_guard_a_level_with_its_own_year_keeps_it():
    text = "Germany's defence budget reached EUR 52 billion in 2024, an increase of 4 percent over 2023."
    found = {(c, m, v): y for c, m, v, _, y in rows(text, date(2024, 6, 1))}
    assert found.get(("DEU", "defense_budget", 52e9)) == 2024


def test_spending_credited_to_the_iiss_military_balance_in_february_is_the_previous_years():
    text = "According to the IISS Military Balance, released on Wednesday, China's defence budget stands at $235 billion."
    found = {(c, m, v): y for c, m, v, _, y in rows(text, date(2025, 2, 12))}
    assert found.get(("CHN", "defense_budget", 235e9)) == 2024


def test_a_korean_change_measured_against_this_year_is_next_years_change():
    text = "국방부는 2025년 국방예산을 올해 대비 3.6% 증가한 61조원으로 편성했습니다."
    found = {(c, m, v): y for c, m, v, _, y in rows(text, date(2024, 8, 27))}
    assert found.get(("KOR", "budget_change_pct", 3.6)) == 2025


def test_guard_a_change_over_the_current_year_keeps_the_fiscal_year_its_sentence_names():
    text = ("NEW DELHI: The defence ministry has been allocated Rs 6,81,210 crore for 2025-26, a 9.53 per cent rise "
            "over the current year's budget estimate of Rs 6.22 lakh crore.")
    found = {(c, m, v): y for c, m, v, _, y in rows(text, date(2025, 2, 1))}
    assert found.get(("IND", "budget_change_pct", 9.53)) == 2025


def test_a_year_inside_a_which_clause_dates_that_clause_not_the_count_after_it():
    text = ("Somalia's AU force: Uganda, which first sent troops to the country in 2007, is the biggest contributor "
            "with more than 6,000 soldiers in Somalia.")
    found = {(c, m, v): y for c, m, v, _, y in rows(text, date(2017, 12, 4))}
    assert found.get(("UGA", "troops_deployed", 6000)) == 2017


def test_cjk_thousands_inside_a_myriad_group_are_read_not_dropped():
    from dashboard.extraction.gloss_cjk import gloss_cjk

    assert gloss_cjk("8兆5千億円").text.split()[:2] == ["8.5", "trillion"]  # (8 trillion and 5 thousand 億)
    assert gloss_cjk("61조 5천억 원").text.split()[:2] == ["61.5", "trillion"]
    assert gloss_cjk("66조 2천947억 원").text.split()[:2] == ["66.2947", "trillion"]
    assert gloss_cjk("5千億円").text.split()[:2] == ["500", "billion"]


def test_guard_a_total_over_a_range_of_fiscal_years_is_no_years_budget():
    text = "日本の防衛費、過去最大の8兆5千億円に 5~7年度で43兆円の62%積み上げ"  # (a headline: the five-year plan's total)
    assert not any(v in (43e12, 8e12) for _, _, v in got(text, date(2024, 12, 27)))


# Persian and Urdu, in Arabic script: read through the Arabic gloss, which now holds their budget words.

def test_persian_defence_budgets_from_one_level_to_another_are_read():
    text = "عمان نیز بودجه دفاعی خود را از ۸.۳ میلیارد دلار به ۷.۸ میلیارد دلار کاهش داد."
    found = got(text, date(2024, 5, 1))
    assert ("OMN", "defense_budget", 7.8e9) in found and ("OMN", "defense_budget", 8.3e9) in found


def test_an_urdu_defence_budget_in_arab_of_rupees_is_read():
    assert ("PAK", "defense_budget", 2.1e12) in got("پاکستان کا دفاعی بجٹ 2,100 ارب روپے ہے۔", date(2024, 6, 12))


def test_a_moroccan_budget_in_mmdh_billions_of_dirhams_is_read():
    text = ("Selon le projet de loi de finances pour l'année 2025, le budget de la Défense nationale du Maroc atteint "
            "133 MMDH, une hausse par rapport à l'année dernière.")
    assert ("MAR", "defense_budget", 133e9) in got(text, date(2024, 10, 20))


def test_germanys_einzelplan_14_is_its_defence_budget():
    text = ("Für die Bundeswehr soll der Einzelplan 14 im Jahr 2026 auf 82,69 Milliarden Euro steigen, wie das Kabinett "
            "in Berlin beschlossen hat.")
    found = {(c, m, v): y for c, m, v, _, y in rows(text, date(2025, 6, 25))}
    assert found.get(("DEU", "defense_budget", 82.69e9)) == 2026


def test_sipris_name_in_another_language_does_not_make_sweden_the_owner():
    text = ("En la República Dominicana se ha observado un aumento de la inversión en defensa desde 1991, según datos del "
            "Instituto de Investigación para la Paz de Estocolmo (Sipri). En el año 2000, el gasto militar ascendió a "
            "246.8 millones de dólares y para el 2023 había aumentado a 893.2 millones de dólares.")
    found = got(text, date(2024, 5, 1))
    assert ("DOM", "defense_budget", 893.2e6) in found and not any(c == "SWE" for c, _, _ in found)


def test_spending_which_ranked_a_country_is_that_countrys():
    text = ("The move comes after Israeli strikes on October 26. The proposed increase follows military spending of "
            "$24.6 billion in 2022, which ranked Iran 14th globally.")
    found = got(text, date(2024, 11, 1))
    assert ("IRN", "defense_budget", 24.6e9) in found and ("ISR", "defense_budget", 24.6e9) not in found


def test_a_change_beside_a_world_total_is_no_countrys_change():
    text = ("Russia's war in Ukraine drove the rise, the institute said. Defense expenditure increased by 3.7% in real "
            "terms to reach a record high of $2.24 trillion in 2022, SIPRI said on Monday.")
    found = got(text, date(2023, 4, 24))
    assert not any(m == "budget_change_pct" and v == 3.7 for _, m, v in found)


# Numbers written in Chinese characters, and a Taiwanese text's bare 元 (gloss_cjk).

def test_numbers_in_chinese_characters_are_read():
    from dashboard.extraction.gloss_cjk import gloss_cjk

    assert gloss_cjk("九四九五億元").text.split()[:2] == ["949.5", "billion"]  # (digit by digit)
    assert gloss_cjk("九千五百億").text.split()[:2] == ["950", "billion"]  # (with multipliers)
    assert gloss_cjk("三百零五億").text.split()[:2] == ["30.5", "billion"]
    assert gloss_cjk("廿二．九％").text.split()[0] == "22.9"
    assert gloss_cjk("三‧三二％").text.split()[0] == "3.32"


def test_a_taiwanese_budget_in_yuan_signs_is_taiwans_in_taiwan_dollars():
    text = "行政院院會通過明年度中央政府總預算案，國防預算共計增列九四九五億元。"
    found = {(c, m, v) for c, m, v in got(text, date(2025, 8, 22))}
    assert ("TWN", "defense_budget", 949.5e9) in found and not any(c == "CHN" for c, _, _ in found)


def test_guard_cjk_numerals_in_every_form_gloss_without_error():
    from dashboard.extraction.gloss_cjk import gloss_cjk

    for number in ("9", "９", "九", "九四", "九千五百", "5千", "２천947", "廿二", "三．三二", "1,234.5", "〇"):
        for unit in ("兆", "億", "萬", "억", "조", "만", "％", "元", "億元"):
            gloss_cjk(f"新台幣{number}{unit}與{number}{unit}")  # (a KeyError here once cost a whole passage)


def test_korean_names_of_the_united_states_and_china_are_read():
    found = got("미국은 지난해 6490억달러의 국방비를 지출했다.", date(2019, 12, 10))
    assert ("USA", "defense_budget", 649e9) in found


def test_an_arabic_health_sectors_spending_is_no_defence_budget():
    text = "ارتفع الإنفاق العسكري في السعودية. حل قطاع الصحة ثانياً في الإنفاق بقيمة 260 مليار ريال."
    assert not any(v == 260e9 for _, _, v in got(text, date(2024, 12, 10)))


def test_a_cjk_amount_in_brackets_after_another_is_a_conversion_not_its_currencys_budget():
    # a round-up's conversion: the won amount is the US budget's, not South Korea's (its currency's country)
    text = "세계 국방비 지출 순위가 발표됐다. 지난해 6490억달러(약 762조 7048억원)의 국방비를 지출했다."
    assert not any(c == "KOR" and v == 762.7048e12 for c, _, v in got(text, date(2019, 12, 10)))


def test_a_figure_read_through_a_gloss_carries_the_glossed_factor_in_its_confidence():
    from dashboard.extraction import extract_figures
    from dashboard.extraction.confidence import GLOSSED, score
    from dashboard.extraction.record import ArticleInfo

    text = ("Le Burundi a déployé près de 10 000 soldats burundais dans l'est de la RDC pour lutter contre le M23. "
            "Le ministère de la Défense du Burundi a confirmé que les soldats sont arrivés dans la région.")
    (fig,) = extract_figures(text, ArticleInfo("a", date(2024, 5, 1)))
    rule, _, how = fig.method.partition(" (")
    assert fig.confidence == round(score(rule, how.rstrip(")")) * GLOSSED, 2) < score(rule, how.rstrip(")"))
