"""Twenty-eighth sitting: head counts in Chinese, Japanese and Korean, and reservists as a clause's subject.

The sitting's sentences are the project's own, written in the forms the sealed rounds of earlier sittings showed
(counts of people after a myriad numeral, "2만8500명", "約5万4000人"); each case names the class and, where it
matters, the guard.
"""

from __future__ import annotations

from datetime import date

from dashboard.extraction.gloss_cjk import gloss_cjk
from tests.extraction.realtext import deployed, figs, got

KOREAN_DAY = date(2025, 3, 10)


def test_a_korean_count_of_us_forces_korea_is_a_deployment():
    """"주한미군은 2만8500명": the count after the myriad numeral is people; U.S. Forces Korea is the owner and host.
    Before, the 명 counter had no reading and the figure was dropped."""
    text = ("국방부는 10일 이같이 밝혔다. 주한미군은 현재 2만8500명 규모로 한반도에 주둔하고 있다. "
            "양국은 동맹을 계속 유지하기로 했다.")
    assert ("USA", 28500, "KOR") in deployed(text, KOREAN_DAY)


def test_a_japanese_count_of_us_forces_in_japan_is_a_deployment():
    """"在日米軍は約5万4000人が駐留": about 54,000 U.S. personnel stationed in Japan."""
    text = "防衛省によると、在日米軍は約5万4000人が駐留している。沖縄にはその半数以上がいる。"
    assert ("USA", 54000, "JPN") in deployed(text, date(2024, 5, 1))


def test_a_chinese_active_strength_in_myriads_is_read():
    """"中国人民解放军现役兵力约200万人": China's active strength of 2 million."""
    text = "中国人民解放军现役兵力约200万人，是世界上规模最大的军队。今年国防预算继续增长。"
    assert ("CHN", "active_personnel", 2_000_000) in got(text, date(2024, 3, 5))


def test_korean_reservists_are_a_reserve_figure_and_the_regulars_stay_active():
    """The last force named before the count is the reserve ("예비군은 275만명"): a reserve figure, not an active one;
    "우리 군" (our forces, in a Korean paper) is South Korea's."""
    text = ("국방부에 따르면 우리 군의 상비 병력은 올해 50만명 수준으로 줄었다. 예비군은 275만명이다. "
            "병력 감소는 출산율 하락 때문이다.")
    found = got(text, KOREAN_DAY)
    assert ("KOR", "active_personnel", 500_000) in found
    assert ("KOR", "reserve_personnel", 2_750_000) in found
    assert ("KOR", "active_personnel", 2_750_000) not in found


def test_an_authorised_strength_in_japanese_is_no_strength_but_the_actual_count_is():
    """"自衛官の定員は約24万7000人だが、実際の人数は約22万7000人": the authorised ceiling is no strength."""
    text = "防衛省によると、自衛官の定員は約24万7000人だが、実際の人数は約22万7000人にとどまる。人手不足が続く。"
    found = got(text, date(2024, 5, 1))
    assert ("JPN", "active_personnel", 227_000) in found
    assert ("JPN", "active_personnel", 247_000) not in found


def test_a_count_of_people_outside_a_military_sentence_is_no_strength():
    """The guard: spectators and citizens ("観客5万人", "시민 3000명") are people, not personnel, when the sentence names
    no force; nothing is read from them."""
    assert "people" in gloss_cjk("東京の競技場には観客5万人が集まった。").text.split()
    found = figs("이날 행사에는 시민 3000명이 참석했다. 서울 시청 앞 광장에서 열렸다. 날씨는 맑았다.", KOREAN_DAY)
    assert not {f for f in found if f[1].endswith("personnel") or f[1] == "troops_deployed"}


def test_the_people_of_the_renminbi_is_not_a_counter():
    """The guard: "200万人民币" is money (人民币, the people's currency), never 2 million people."""
    words = gloss_cjk("他们获得了200万人民币的资助。").text.split()
    assert "people" not in words and "personnel" not in words and "yuan" in words


def test_reservists_as_the_subject_of_the_count_make_it_a_reserve_figure():
    """"South Korea's reservists number 2.75 million personnel": the clause is about the reservists; before, the
    count's own noun (personnel) made it an active strength."""
    found = got("South Korea's reservists number 2.75 million personnel, the ministry said.", KOREAN_DAY)
    assert ("KOR", "reserve_personnel", 2_750_000) in found
    assert ("KOR", "active_personnel", 2_750_000) not in found


def test_a_korean_cut_still_to_come_is_a_goal_and_the_counts_already_had_are_read():
    """"상비병력을 2024년까지 45만 명으로 감축할 예정이다": a level aimed at, no strength. The counts of the same text that the
    forces had ("2019년 59만 9천여 명", "2023년 현재 51만 2천여 명까지 감축되었다") are read, with the rest below the myriad
    after a space and the "여" (and more) before the counter. From the white-paper class of devset503."""
    text = ("국방부는 우리 군의 상비병력을 2024년까지 45만 명으로 단계적으로 감축할 예정이다. "
            "상비병력은 2019년 59만 9천여 명이었으나, 2023년 현재 51만 2천여 명까지 감축되었다.")
    found = got(text, date(2023, 12, 1))
    assert ("KOR", "active_personnel", 599_000) in found and ("KOR", "active_personnel", 512_000) in found
    assert not {f for f in found if f[2] == 450_000}


def test_one_armed_service_in_korean_is_a_part_not_the_forces():
    """"미국 육군 병력이 ... 48만명": the U.S. Army is one service; its count is no active strength of the United States."""
    text = "미국 육군 병력이 현재 48만명 수준이다. 국방부는 이날 이같이 밝혔다. 미국 국방예산은 계속 늘고 있다."
    assert not {f for f in got(text, KOREAN_DAY) if f[1] == "active_personnel"}


def test_the_won_sign_is_read_only_after_an_amount():
    """"기자 김정원" or "인원": the syllable 원 in a name or a word is not the won; after an amount it is."""
    words = gloss_cjk("김정원 기자. 인원 확충. 국방예산은 61조 원이다.").text.split()
    assert words.count("won") == 1 and "김정원" in words


def test_russian_costs_and_allocations_are_spending():
    """"Совокупные затраты Польши на оборону составили ..." (costs, затраты, like расходы, are spending): the country's
    defence budget. Before, затраты was not glossed and the amount had no budget phrase."""
    text = ("Шведский институт опубликовал новое исследование о военных бюджетах. По данным экспертов, "
            "совокупные затраты Польши на оборону составили 31,6 млрд долларов. Это больше, чем годом ранее, "
            "и страна вошла в число крупных покупателей оружия в Европе.")
    assert ("POL", "defense_budget", 31.6e9) in got(text, date(2024, 4, 22))


def test_a_share_of_gdp_said_as_a_gdp_ratio_in_japanese_is_read_for_each_country():
    """"国防費のGDP比が最も高いのはポーランドの4.1%。リトアニア(3.9%)、ラトビア(3.6%)": GDP比 is the share of GDP, in Latin
    letters that the gloss table keeps in lower case (before, "GDP比" was never found), and the Baltic states named in
    katakana own the list's shares."""
    text = ("NATOは加盟国の国防費の推定値を公表した。国防費のGDP比が最も高いのはポーランドの4.1%。"
            "リトアニア(3.9%)、ラトビア(3.6%)と、ロシアに近い国が上位を占めた。")
    found = got(text, date(2024, 6, 18))
    assert {("POL", "defense_share_gdp_pct", 4.1), ("LTU", "defense_share_gdp_pct", 3.9),
            ("LVA", "defense_share_gdp_pct", 3.6)} <= found


def test_a_threat_of_a_country_in_japanese_makes_it_no_owner():
    """"ロシアの脅威に対抗し…GDP比3%とする新目標": Russia is the threat (脅威, after の), not the owner of the target; NATO,
    written in Latin letters glued to its particle ("NATOは"), is found and sets the target."""
    text = ("ロシアの脅威に対抗するため、NATOは各国の国防費をGDP比3%とする新目標で合意した。"
            "加盟国の多くは増額を急いでいる。首脳会議は来月開かれる。")
    found = got(text, date(2024, 6, 18))
    assert not {f for f in found if f[0] == "RUS"} and ("NATO", "defense_share_gdp_pct", 3) in found


def test_a_count_written_with_a_space_after_the_myriad_is_one_number():
    """"주한미군 2만 8500명": one count of 28,500, not 20,000 and a separate 8,500 (the space-separated rest is joined only
    when a thousands group or the counter follows, so "50만 2022년" stays two numbers). Found on the second sealed
    round after its scoring."""
    text = "국방부는 이를 환영했다. 주한미군은 현재 2만 8500명 규모로 한반도에 주둔하고 있다. 동맹은 굳건하다."
    found = deployed(text, date(2025, 12, 10))
    assert ("USA", 28500, "KOR") in found and ("USA", 8500, "KOR") not in found
    assert "2022년까지." in gloss_cjk("상비병력을 50만 2022년까지. 이같이 밝혔다.").text


def test_korean_numerals_with_hundreds_and_thousands_inside_a_myriad_group():
    """"1백60만" is 1.6 million, "15만4천3백31" 154,331 and "4만5천4백15" 45,415 (hundreds, 백, and thousands inside a
    group; before, "1백60만" was read as 60만 and the rest were cut)."""
    words = gloss_cjk("총 1백60만명. 유럽 15만4천3백31명, 일본 4만5천4백15명.").text.split()
    assert {"1.6", "154,331", "45,415"} <= set(words)


def test_a_korean_count_deployed_abroad_has_no_single_host():
    """"해외파견 29만1천명" (sent abroad) and "15만여 명의 미군이 150개국에 ... 파병된" (sent to 150 countries) are troops
    abroad with no single host, not the country's active strength."""
    text = ("국방부에 따르면 미국의 군병력은 해외파견 28만4천명을 포함해 총 1백40만명에 이른다. 국방부가 18일 밝혔다. "
            "약 14만여 명의 미군이 120개국에 위치한 기지에 파병돼 있다.")
    found = figs(text, date(1996, 5, 18))
    assert ("USA", "troops_deployed", 284_000, "") in found and ("USA", "troops_deployed", 140_000, "") in found
    assert not {f for f in found if f[1] == "active_personnel" and f[2] in (284_000, 140_000)}


def test_a_line_crossed_a_future_level_and_a_forecast_are_no_strength():
    """"50만명 이하로 떨어지는" (falling below 500,000), "40만 명선도 깨질" (the 400,000 line may break) and "미래에는
    39만6000명으로" (in future, 396,000) are no levels; "작년 말 기준으로 48만명으로 감소" is one."""
    text = ("우리 군 병력이 작년 말 기준으로 47만명으로 감소하였으며, 상비병력까지 50만명 이하로 떨어졌다. "
            "미래에는 38만6000명으로 줄고, 40만 명선도 깨질 가능성이 있다.")
    found = got(text, date(2024, 2, 1))
    assert ("KOR", "active_personnel", 470_000) in found
    assert not {f for f in found if f[2] in (500_000, 386_000, 400_000)}


def test_the_force_named_right_after_a_count_is_its_own():
    """"총 130만 명의 현역과 85만 명의 예비군": the reservists named right after their count (의 예비군) make it a reserve
    figure, though the active force was named before it in the sentence."""
    text = "미국은 총 130만 명의 현역과 85만 명의 예비군이 상시 대기하고 있다. 국방비는 세계 최대다. 동맹국도 많다."
    found = got(text, date(2016, 3, 1))
    assert ("USA", "reserve_personnel", 850_000) in found and ("USA", "active_personnel", 850_000) not in found


def test_other_spending_a_cap_a_group_sum_or_a_part_is_no_defence_budget_in_cjk():
    """A CJK sentence that names the defence budget can hold other money: another spending named before the amount
    ("社福支出的數字是8318億元"), a cap ("549億美元預算上限"), the sum over a group of countries ("나라들의 국방비를 전부 합친
    액수 6345억달러") or a part put to a use ("約6400億美元將用於"). Before, each was read as the defence budget."""
    taiwan = ("行政院提出的國防預算為9495億元新台幣。上述國防預算約占總預算的33％，若民眾見到社福支出的數字是8318億元，"
              "約占總預算的27.4％。")
    found = got(taiwan, date(2025, 8, 22))
    assert ("TWN", "defense_budget", 949.5e9) in found and not {f for f in found if f[2] == 831.8e9}
    korean = ("지난해 미국의 국방비는 6004억달러였다. 2위부터 15위까지 나라들의 국방비를 전부 합친 액수 6345억달러와 "
              "맞먹었다. 중국의 국방비는 1122억달러였다.")
    found = got(korean, date(2014, 2, 5))
    assert ("USA", "defense_budget", 600.4e9) in found and not {f for f in found if f[2] == 634.5e9}


def test_a_commitment_to_nato_that_is_to_devote_a_share_is_no_level():
    """"its commitment to NATO, which is to devote two percent of GDP" and "One commitment for member states is to
    allocate two percent" name a promised share, not the country's level (in English, and through the Czech and
    Swedish glosses: závazek, åtagande). The guard: "The goal is to reach 3.5% of GDP by 2030" stays the country's
    own plan."""
    assert not got("Czechia nearly met its commitment to NATO, which is to devote two percent of GDP to defence.")
    swedish = ("Försvarsutgifterna 2022 var cirka 82 miljarder kronor, vilket motsvarar cirka 1,3 procent av Sveriges BNP. "
               "Sverige fattade förra året beslut om att ansöka om Nato-medlemskap, och det är inte en liten sak. "
               "Ett åtagande för medlemsländer är att avsätta två procent av BNP till försvaret. Det som ska ske blir dyrt.")
    found = got(swedish, date(2023, 3, 1))
    assert ("SWE", "defense_share_gdp_pct", 1.3) in found and ("SWE", "defense_share_gdp_pct", 2) not in found
    assert ("SWE", "defense_share_gdp_pct", 3.5) in got("Sweden spends 2.4% now. The goal is to reach 3.5% of GDP by 2030.")


def test_a_count_changed_by_is_no_level_and_a_comma_remainder_is_read():
    """"2019년 57만명에서 2024년 46만명으로 6년 만에 11만명이 줄었다": 110,000 is the change (이 줄었다, by), the two levels
    are read (으로, to); "63만3,000명" is 633,000 (the rest below the myriad written with a comma)."""
    text = ("국방부 자료에 따르면 우리 군 병력은 2019년 57만명에서 2024년 46만명으로 6년 만에 11만명이 줄었다. "
            "상비병력은 한때 63만3,000명에 달했다. 병력 감소는 계속되고 있다.")
    found = got(text, date(2024, 10, 1))
    assert {("KOR", "active_personnel", 570_000), ("KOR", "active_personnel", 460_000),
            ("KOR", "active_personnel", 633_000)} <= found
    assert not {f for f in found if f[2] == 110_000}


def test_conscripts_named_right_before_a_count_make_it_an_intake():
    """"役男人數...至2029年，人數增至5萬2000人": conscripts are a yearly intake, not the forces' strength; the guard:
    conscripts named far back in the sentence leave a later total alone ("...一年期義務役佔約2.3%...已接近22萬人")."""
    intake = "國防部指出，國軍今年的役男人數估計約1萬4000人，至2029年，人數增至5萬2000人。兵力將因此增加。"
    assert not {f for f in got(intake, date(2025, 5, 12)) if f[2] in (14_000, 52_000)}
    total = ("國防部統計今年全軍編現比79.2%，其中志願役佔76.9%，一年期義務役佔約2.3%，預判至年底可提升至80%，"
             "但具體編制員額並未細說，據稱已接近22萬人。國軍將逐年調整。")
    assert ("TWN", "active_personnel", 220_000) in got(total, date(2025, 5, 12))


def test_a_japanese_decimal_written_with_the_middle_dot_is_read():
    """"前年比5・3%増" (Kyodo style): 5.3, not 5 and 3 apart; military spending (軍事費, 군사비) is defence spending."""
    assert "5.3" in gloss_cjk("米国は前年比5・3%増の7320億ドルだった。").text.split()
    korean = "스톡홀름국제평화연구소에 따르면 러시아의 군사비는 1090억달러였다. 인도는 그 다음이었다. 중국도 늘었다."
    assert ("RUS", "defense_budget", 109e9) in got(korean, date(2024, 4, 22))


def test_an_indonesian_count_of_military_reserve_personnel_is_a_reserve():
    """"400.000 personel militer cadangan": reserve military personnel, not the active strength."""
    text = ("Kekuatan militer Indonesia yang dihitung oleh lembaga itu mencakup tentara aktif dan pasukan paramiliter. "
            "Indonesia juga diperkirakan memiliki 400.000 personel militer cadangan. Personel militer cadangan ini "
            "dapat dimobilisasi untuk mendukung tentara aktif dari waktu ke waktu, dengan pelatihan yang teratur.")
    found = got(text, date(2024, 5, 1))
    assert ("IDN", "reserve_personnel", 400_000) in found and ("IDN", "active_personnel", 400_000) not in found


def test_french_abbreviations_of_milliard_are_billions():
    """"46,7 Md€", "801 mrds$", "53,1 mds de dollars": the French abbreviations of milliard (Md, mrds, mds) are
    billions; before, the numbers were not read as amounts at all."""
    text = ("Selon le dernier rapport du SIPRI, les dépenses militaires mondiales ont atteint 2 113 mrds$ en 2021. "
            "Les plus gros acheteurs sont les États-Unis, et de loin, avec 801 mrds$, suivis de la Chine (293 mrds$) et de "
            "l'Inde (76,6 mrds$). Le ministère des Armées disposait d'un budget total de 46,7 Md€ en 2019.")
    found = got(text, date(2022, 4, 25))
    assert {("CHN", "defense_budget", 293e9), ("IND", "defense_budget", 76.6e9)} <= found


def test_french_overseas_operations_and_cote_d_ivoire_with_a_hyphen():
    """"Quelque 12 000 soldats français engagés sur les théâtres d'opération": troops abroad with no single host; a
    contingent "déployé en Côte-d'Ivoire" (the hyphenated spelling) has its host."""
    text = ("Quelque 12 000 soldats français engagés sur les théâtres d'opération. La France, qui doit contribuer au "
            "renforcement de la force au Liban, a un dispositif important. Son plus gros contingent est déployé en "
            "Côte-d'Ivoire, avec quelque 3 900 soldats dans le pays ou aux alentours.")
    found = figs(text, date(2006, 8, 2))
    assert ("FRA", "troops_deployed", 12_000, "") in found and ("FRA", "troops_deployed", 3_900, "CIV") in found


def test_polish_dollars_spending_verbs_and_spending_on_defence():
    """"Rosja wydała na armię 140 mld dolarów", "Niemcy wydały na obronę 80,5 mld dolarów": dollars in Polish cases
    (dolarów), the verb of spending and "na obronę" (on defence) are read; before, the amount was no money."""
    text = ("Według SIPRI w 2024 r. wydatki wojskowe na świecie znów wzrosły i są najwyższe od końca zimnej wojny. "
            "W 2024 roku Rosja wydała na armię 140 mld dolarów, co oznacza wzrost w porównaniu z poprzednim rokiem. "
            "Czwarte w zestawieniu Niemcy wydały na obronę 80,5 mld dolarów i są teraz przed Indiami.")
    found = got(text, date(2025, 4, 28))
    assert {("RUS", "defense_budget", 140e9), ("DEU", "defense_budget", 80.5e9)} <= found


def test_turkish_is_read_through_its_own_gloss():
    """Turkish joined the glossed languages: "savunma bütçesi" and "savunma harcaması" (defence budget and spending),
    "milyar dolar", "455 bin 900" (455,900), "2 milyon 485 bin" (2,485,000), "yüzde 1,36" (the percent word before
    its number), aktif and yedek personel. Before, Turkish was detected and left unread."""
    text = ("NATO'nun yeni raporunda yer alan tabloya göre, Türkiye'nin 2025 yılı savunma harcaması 36,2 milyar dolar "
            "seviyesine ulaşacak. Bu rakam 2022'de 17,2 milyar dolardı. Rapor bu yıl Ankara'da açıklandı ve çok konuşuldu. "
            "Yunanistan ordusu 135 bin askeri personeli bünyesinde barındırıyor. Rus ordusunun 2 milyon 480 bin yedek "
            "personeli bulunuyor. Bu tablo ile ilgili olarak uzmanlar daha fazla bilgi istedi.")
    found = got(text, date(2025, 6, 20))
    assert ("TUR", "defense_budget", 36.2e9) in found
    assert ("GRC", "active_personnel", 135_000) in found and ("RUS", "reserve_personnel", 2_480_000) in found


def test_an_upper_case_turkish_headline_is_glossed_not_dropped():
    """"SAVUNMA BÜTÇESİNE YÜZDE 25 ARTIŞ": upper-case Turkish (İ, Ş, the I of ı) finds its table keys; before the dotless
    ı folded to i, a match whose key was missing raised KeyError and the article lost every figure (now such a match is
    left as written)."""
    from dashboard.extraction.gloss import gloss
    words = gloss("SAVUNMA BÜTÇESİNE YÜZDE 25 ARTIŞ SAĞLANDI", "tr").text.split()
    assert "budget" in words and "increase" in words and "25%" in words


def test_a_table_flattened_to_spaces_gives_each_country_its_columns():
    """A header naming the country column and the series in order ("Rank Country Active military Reserve military
    Paramilitary Total"), then one line per country: each row's numbers are its country's, by column; paramilitary
    and total columns keep the order but give nothing. Before, the rows had no personnel noun and gave nothing."""
    text = ("The biggest armies in the world, by the latest yearbook figures.\n\n"
            "Rank Country Active military Reserve military Paramilitary Total\n"
            "1 China 2,030,000 505,000 500,000 3,035,000\n"
            "2 India 1,470,000 1,150,000 1,600,000 4,220,000\n"
            "3 United States 1,310,000 790,000 0 2,100,000\n"
            "4 Russia 1,130,000 1,490,000 560,000 3,180,000\n\n"
            "Country Total Military Personnel Active Personnel NATO / Non-NATO\n"
            "🇬🇧 UK 1,100,000 180,000 NATO\n🇫🇮 Finland 940,000 23,500 NATO\n🇵🇱 Poland 600,000 200,500 NATO\n")
    found = got(text, date(2025, 3, 1))
    assert {("CHN", "active_personnel", 2_030_000), ("CHN", "reserve_personnel", 505_000),
            ("RUS", "reserve_personnel", 1_490_000), ("GBR", "active_personnel", 180_000),
            ("POL", "active_personnel", 200_500)} <= found
    assert not {f for f in found if f[2] in (500_000, 3_035_000, 1_100_000, 940_000)}


def test_indonesian_reserve_troops_and_america():
    """"Amerika ... 1.400.000 tentara aktif, 1.400.500 pasukan cadangan": America is the United States and "pasukan
    cadangan" (troops, reserve) is a reserve figure; before, the counts went to the country named before."""
    text = ("Berdasarkan data lembaga itu, negara dengan jumlah tentara aktif terbesar adalah China dengan 2.250.000 "
            "tentara aktif dan 790.000 pasukan cadangan. Amerika berada di posisi kedua dengan jumlah tentara sebanyak "
            "1.400.000 tentara aktif dan 1.400.500 pasukan cadangan. Data ini untuk tahun yang sama dan dari sumber yang sama.")
    found = got(text, date(2015, 1, 29))
    assert {("CHN", "reserve_personnel", 790_000), ("USA", "active_personnel", 1_400_000),
            ("USA", "reserve_personnel", 1_400_500)} <= found


def test_active_employees_in_a_ranking_are_active_personnel():
    """"1. China - 2 million active employees": a ranking rewritten by a machine says employees for personnel; with
    "active" before it the count is an active strength (not "employees" alone, a company's staff)."""
    text = ("This ranking considers active personnel as a key measure.\n\n  1. China - 2 million active employees\n"
            "  2. India - 1.45 million active employees\n  3. Russia - 850,000 active employees\n")
    found = got(text, date(2024, 1, 10))
    assert {("CHN", "active_personnel", 2e6), ("RUS", "active_personnel", 850_000)} <= found
    assert not got("Samsung has 270,000 employees worldwide, the company said.", date(2024, 1, 10))


def test_lithuanian_is_read_through_its_own_gloss():
    """Lithuanian joined the glossed languages (it was detected and left unread; its letters ą and ę made short texts
    Polish): defence budget and spending, "proc. BVP" (percent of GDP), "mln. eurų", and a three-decimal share
    ("2,006 proc."), a decimal before the percent word."""
    text = ("Pagal naujausius skaičiavimus, Lietuvos gynybos biudžetas kitąmet turėtų siekti 2,006 proc. bendrojo vidaus "
            "produkto (BVP), pranešė ministras. Lietuva šiemet gynybai skyrė 720 mln. eurų, arba 1,7 proc. BVP. "
            "Latvija šiemet gynybai skyrė 1,45 proc. BVP ir užėmė 11 vietą, kaip ir pernai.")
    found = got(text, date(2017, 10, 3))
    assert {("LTU", "defense_share_gdp_pct", 2.006), ("LTU", "defense_share_gdp_pct", 1.7),
            ("LVA", "defense_share_gdp_pct", 1.45)} <= found


def test_russian_spending_on_armament_is_military_spending():
    """"в рейтинге трат на вооружение ... остались США ($600 млрд) и Китай ($210 млрд)": spending on armament (траты на
    вооружение) is military spending, the topic of the list that follows."""
    text = ("Ежегодный отчет SIPRI зафиксировал ряд изменений в рейтинге трат на вооружение. Согласно докладу, "
            "лидерами остались США ($600 млрд) и Китай ($210 млрд), а Россия поднялась на третье место.")
    found = got(text, date(2017, 4, 24))
    assert {("USA", "defense_budget", 600e9), ("CHN", "defense_budget", 210e9)} <= found


def test_german_us_soldiers_and_additional_ones():
    """"die Zahl der in Deutschland stationierten US-Soldaten von derzeit rund 34.000 auf 24.000 senken": the hyphenated
    US-Soldaten (U.S. troops) and stationierten are read, so the count is a U.S. deployment in Germany; "1000
    zusätzliche US-Soldaten nach Polen" is an increase, no level."""
    text = ("Trump hatte bereits Mitte Juni angekündigt, die Zahl der in Deutschland stationierten US-Soldaten von "
            "derzeit rund 34.000 auf 24.000 zu senken. Er begründete dies damit, dass Deutschland zu wenig ausgebe. "
            "Trump hatte zudem zugesagt, 1000 zusätzliche US-Soldaten nach Polen zu verlegen, was die Regierung in "
            "Warschau begrüßte.")
    found = figs(text, date(2020, 7, 29))
    assert ("USA", "troops_deployed", 34_000, "DEU") in found
    assert not {f for f in found if f[2] == 1000}


def test_a_korean_list_of_reserve_forces_and_its_active_lines():
    """A list "세계에서 가장 많은 예비군 병력을 보유한 나라": each row "12. 이스라엘 | 460,000명" is that country's reserve
    (the force the list named last), and its "현역: 170,000명" line its active strength."""
    text = ("다음은 세계에서 가장 많은 예비군 병력을 보유한 나라 톱10을 소개해드리겠습니다.\n"
            "10. 이스라엘 | 460,000명\n현역: 170,000명\n이스라엘 군은 전역을 해도 예비군으로 편성됩니다.\n"
            "9. 파키스탄 | 510,000명\n현역: 640,000명\n파키스탄은 인구가 많습니다.")
    found = got(text, date(2015, 5, 1))
    assert {("ISR", "reserve_personnel", 460_000), ("ISR", "active_personnel", 170_000),
            ("PAK", "reserve_personnel", 510_000), ("PAK", "active_personnel", 640_000)} <= found


def test_a_japanese_count_abroad_before_or_after_it_has_no_single_host():
    """"米軍の海外展開兵力が2016年に19万人を割り込み" and "うち15%に当たる18万4000人が海外に展開した": troops abroad, no
    single host; not the active strength."""
    text = ("米軍の海外展開兵力が2016年に19万人を割り込み、過去60年間で最低を記録した。16年の米軍の現役兵士数は約130万人。"
            "うち15%に当たる18万4000人が海外に展開した。")
    found = figs(text, date(2017, 8, 25))
    assert ("USA", "troops_deployed", 184_000, "") in found and ("USA", "active_personnel", 1_300_000, "") in found
    assert not {f for f in found if f[1] == "active_personnel" and f[2] in (190_000, 184_000)}


def test_a_taiwanese_text_saying_our_country_reads_its_yuan_as_taiwan_dollars():
    """A Taiwanese commentary that never writes 台灣 but says 我國 (our country, in traditional script) and names its
    president: its bare 元 is the New Taiwan dollar and the budget Taiwan's, not China's."""
    text = ("賴清德總統今日表示，明年度國防預算將占GDP 3.32%。學者指出，依目前GDP增幅趨勢，2030年時整體國防預算將達"
            "1兆7000億元。我國的國防支出將大幅增加。")
    found = got(text, date(2025, 8, 22))
    assert ("TWN", "defense_budget", 1.7e12) in found and not {f for f in found if f[0] == "CHN"}


def test_a_spending_list_whose_rows_give_shares_of_gdp_keeps_its_amounts():
    """"【各国の国防費の比較】・米国：7000億ドル（GDP比3.1%）": a row's share "of GDP" names no other money; before, once
    GDP比 was glossed ("as a share of GDP"), the word GDP in the row made its amount another kind of money (GDP as money,
    "a GDP of $2 trillion", stays other money). Full-width colons and brackets are read as their ASCII forms."""
    text = ("日本の国防費は主要国と比べて低い水準です。\n【国防費の各国比較（2021年度）】\n・日本：520億ドル（GDP比0.9%）\n"
            "・米国：7000億ドル（同3.1%）\n・中国：3200億ドル（同1.2%）\n")
    found = got(text, date(2022, 12, 1))
    assert {("USA", "defense_budget", 700e9), ("CHN", "defense_budget", 320e9)} <= found


def test_a_list_of_top_contributors_after_a_country_count_gives_each_its_own():
    """"Cambodia has 781 peacekeepers deployed on UN missions. The top five contributors of personnel were Bangladesh (6,600), Nepal (5,700)
    ... while the same for women were Rwanda (480), Ghana (430)": each contributor's own count with no host (before,
    Bangladesh was read as the host of Cambodia's troops); the women's counts are parts, no level."""
    text = ("Cambodia currently has 781 peacekeepers deployed on UN missions, the defence ministry said on Monday. "
            "The top five contributors of personnel were Bangladesh (6,600), Nepal (5,700) and India (5,500), while "
            "the same for women were Rwanda (480), Ghana (430) and Senegal (220).")
    found = figs(text, date(2022, 7, 1))
    assert {("BGD", "troops_deployed", 6_600, ""), ("NPL", "troops_deployed", 5_700, "")} <= found
    assert not {f for f in found if f[0] == "KHM" and f[2] == 6_600} and not {f for f in found if f[2] in (480, 430, 220)}


def test_cjk_counts_of_men_capacities_and_mixed_staff_are_no_strength():
    """From the fifth round after its one scoring: an infobox's "適合服役人數4,900,000名男性" (men fit for service) is no
    force; in "・全体:226,000人/246,000人" (serving against authorised) the second count is a capacity; "予備自衛官や
    防衛省職員が6万人" counts reservists and civilian staff together, neither. The serving count stays active."""
    infobox = "南非國防軍\n軍力\n適合服役人數4,900,000名男性,18歲–49歲(2005年),\n4,600,000名女性,18歲–49歲(2005年)\n"
    assert not got(infobox, date(2023, 1, 1))
    table = ("自衛隊には定員があります。各自衛隊の充足率(2017年3月末時点)\n・全体:226,000人/246,000人→ 92%\n"
             "自衛隊は人手不足です。この他にも予備自衛官や防衛省職員が6万人ほどいます。")
    found = got(table, date(2018, 5, 1))
    assert ("JPN", "active_personnel", 226_000) in found
    assert not {f for f in found if f[2] in (246_000, 60_000)}
