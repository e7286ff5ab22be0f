"""The nineteenth sitting (2026-12-06): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change (the guards pass on both)."""

from datetime import date

from tests.extraction.realtext import figs

ON = date(2021, 3, 1)  # (the day a test's text is dated when its own date does not matter)


def test_they_numbered_continues_the_deployment_of_the_sentence_before():
    text = ("Syria is believed to have about 8,000 soldiers still in eastern Lebanon. Before the assassination, about "
            "14,000 Syrian soldiers were in Lebanon. At their peak in the 1980s, they numbered about 40,000.")
    assert ("SYR", "troops_deployed", 40000, "LBN") in figs(text, ON)


def test_troops_drawn_from_divisions_in_brackets_were_in_a_place():
    text = ("Nearly 60,000 Indian troops drawn from two divisions (one from the Central Command and the other from the "
            "Southern Command) were in Sri Lanka as the peacekeeping force.")
    assert ("IND", "troops_deployed", 60000, "LKA") in figs(text, ON)


def test_a_bare_billion_takes_the_currency_of_the_budget_paragraphs_before():
    text = ("Sweden's defence budget was 87.9 billion kronor in 2023.\n\nUnder the last defence decision, the defence "
            "budget was to increase gradually to 89 billion in 2025.")
    assert ("SWE", "defense_budget", 89e9, "") in figs(text, ON)


def test_from_the_approved_amount_to_another_is_two_levels_not_a_range():
    text = ("Norway's defence budget is the largest in its history. The government plans to raise the defence budget "
            "from the approved 91 billion to 104 billion kroner.")
    found = figs(text, ON)
    assert ("NOR", "defense_budget", 104e9, "") in found
    assert not [f for f in found if f[2] == 97.5e9]


def test_yearly_amounts_with_bare_years_are_each_a_level():
    text = ("Sweden's defence budget was 49 billion kronor in 2018. In the budget bill the Armed Forces are proposed to "
            "receive 51.4 billion kronor 2019, 52.3 billion kronor 2020 and 53.4 billion kronor 2021.")
    found = figs(text, ON)
    assert ("SWE", "defense_budget", 52.3e9, "") in found


def test_german_spending_of_an_amount_in_the_defence_budget():
    text = ("Der Verteidigungsetat liegt im Jahr 2019 bei rund 43,2 Milliarden Euro, wie das Ministerium mitteilte. "
            "Bundesfinanzminister Olaf Scholz plant für den Verteidigungshaushalt 2020 Ausgaben von 44,7 Milliarden Euro. "
            "Die Bundeswehr ist damit und mit den Plänen der Regierung nicht zufrieden.")
    assert ("DEU", "defense_budget", 44.7e9, "") in figs(text, ON)


def test_a_german_verb_at_the_end_of_its_clause_is_read_before_the_amounts():
    text = ("Georgien will seine Truppen im Ausland verstärken. Der Präsident verfolgt derzeit die Strategie, mehr Soldaten ins "
            "Ausland zu schicken. So soll die Personalstärke des georgischen Kontingentes im Irak von derzeit rund 850 auf "
            "2.000 Soldaten verstärkt werden.")
    found = figs(text, ON)
    assert ("GEO", "troops_deployed", 2000, "IRQ") in found
    assert ("GEO", "troops_deployed", 850, "IRQ") in found


def test_a_german_share_with_its_verb_at_the_end_is_read_as_it_stands():
    text = ("Die Schweiz gibt wenig für ihre Armee aus: rund 0,7% des BIP, wie die Zahlen der Verwaltung zeigen. Während die USA "
            "rund 4,7% des BIP in die Armee investiert haben, liegen die Nachbarländer niedriger: Deutschland (1,4%) und "
            "Italien (1,8%) werden von Frankreich (2,5%) übertrumpft.")
    found = figs(text, ON)
    assert ("USA", "defense_share_gdp_pct", 4.7, "") in found
    assert ("DEU", "defense_share_gdp_pct", 1.4, "") in found


def test_german_billionen_are_trillions_and_a_genitive_country_owns_the_budget():
    text = ("Der Präsident sagte, die Verteidigungsausgaben Russlands würden im Jahr 2018 rund 2,8 Billionen Rubel betragen. "
            "Die Regierung hält daran fest, und der Haushalt für die Armee wird nicht weiter gekürzt, sagte er den Generälen.")
    assert ("RUS", "defense_budget", 2.8e12, "") in figs(text, ON)


def test_a_french_count_in_a_city_is_there_not_sent_there():
    text = ("Nous avons des personnels prépositionnés à titre permanent dans plusieurs pays africains, et la France y tient "
            "ses bases. Le ministre a rappelé que la France a 900 hommes à Libreville et 1 900 hommes à Djibouti.")
    found = figs(text, ON)
    assert ("FRA", "troops_deployed", 900, "GAB") in found
    assert ("FRA", "troops_deployed", 1900, "DJI") in found


def test_a_count_whose_services_are_carved_out_after_it_is_the_whole_force():
    text = ("Burkina Faso's army will recruit 2,000 new soldiers in 2019. It is a significant effort for this army, whose "
            "strength is estimated at 12,000 soldiers, of which just over half are in the army, and the rest in the "
            "gendarmerie and the air force.")
    assert ("BFA", "active_personnel", 12000, "") in figs(text, ON)


def test_a_list_after_an_increase_of_troops_abroad_holds_increments():
    text = ("Spain will boost its military missions abroad in 2018. The defence minister announced the increase of troops "
            "abroad: 30 soldiers to Iraq, 65 to Afghanistan and another 152 to Mali.")
    found = figs(text, ON)
    assert not [f for f in found if f[2] in (30, 65, 152)]


def test_a_count_in_brackets_with_a_hedge_after_a_host():
    text = ("Abroad, some 260 Belgian soldiers are present in about twenty countries, with an emphasis on Mali (106) and "
            "Afghanistan (83 about).")
    assert ("BEL", "troops_deployed", 83, "AFG") in figs(text, ON)


def test_a_portuguese_target_is_no_country_share():
    text = ("Portugal consagrou no ano passado 1,35% do PIB às despesas com a defesa, ainda longe do objetivo de 2% até 2024 "
            "acordado entre os membros da NATO, segundo o relatório anual hoje divulgado pela Aliança Atlântica.")
    found = figs(text, ON)
    assert ("PRT", "defense_share_gdp_pct", 1.35, "") in found
    assert ("PRT", "defense_share_gdp_pct", 2, "") not in found


def test_latvian_is_not_read_through_the_portuguese_gloss():
    from dashboard.extraction.gloss import detect_language
    text = ("Latvija tuvākā gadu laikā varētu aizsardzībai atvēlēt 2,5% no iekšzemes kopprodukta, teica ministrs. Tas ir daļa no "
            "plāna, un daļa no naudas nāks no valsts budžeta, bet daļa no aizņēmumiem. Tā kā ekonomika attīstās straujāk, valsts "
            "nesasniegs NATO noteikto 2% no IKP slieksni, teica ministrs, un tas tika apspriests. Krīzes gados budžets tika "
            "samazināts no 300 līdz 190 miljoniem eiro, kas bija daudz, un tas ir jālabo.")
    assert detect_language(text) == "en"  # (not glossed: "no" is "of" in Latvian, not Portuguese "in the")
