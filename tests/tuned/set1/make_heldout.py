#!/usr/bin/env python3
"""Generate the held-out evaluation set (passages + labels) for the defense-figures extractor.

Every passage below was written for this project in wire-service style, using publicly known,
approximately right figures. Labels follow the label scheme of the development set
(/work/shared/devset/README.md). Offsets are computed here, never typed by hand: each label names
its `span_text` and, where the same text occurs more than once in a passage, which occurrence
(0-based) is meant.

Run:  python3 tests/tuned/set1/make_heldout.py      (writes the files next to this script)
      python3 tests/tuned/set1/make_heldout.py --audit   (also lists numerals not covered by any
                                                      label or non-figure, for review)
"""
import csv
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

NBSP = "\u00a0"    # non-breaking space
THIN = "\u2009"    # thin space
NNBSP = "\u202f"   # narrow no-break space


def L(span, country, metric, value, unit, currency="", year="", host="", note="", occ=0):
    """One labelled figure. value is a string (plain number, negative for decreases)."""
    return dict(span=span, occ=occ, country_iso3=country, metric=metric, value=value, unit=unit,
                currency=currency, year=year, host_iso3=host, note=note)


def N(span, kind, occ=0):
    """One numeral that is NOT a defense figure."""
    return dict(span=span, kind=kind, occ=occ)


P = []  # passages


def add(pid, date, publisher, text, labels, non, date_note=None):
    P.append(dict(id=pid, date=date, publisher=publisher, text=text, labels=labels, non=non,
                  date_note=date_note))


# ---------------------------------------------------------------------------------------------
add("ho-01", "2024-07-05", "Wire report",
    "BERLIN — Germany plans to raise its defence budget to 53.25 billion euros next year, an "
    "increase of 1.3 billion euros on 2024, under a draft agreed by the coalition on Friday. "
    "Defence Minister Boris Pistorius had sought far more, and the figure does not include "
    "spending from the 100 billion euro special fund set up in 2022 after Russia’s invasion of "
    "Ukraine.",
    [L("53.25 billion euros", "DEU", "defense_budget", "53250000000", "currency_amount", "EUR", 2025,
       note="draft (proposed) budget; 'next year' relative to 2024 article"),
     L("1.3 billion euros", "DEU", "budget_change_amount", "1300000000", "currency_amount", "EUR", 2025,
       note="2025 draft vs 2024 budget"),
     L("100 billion euro", "DEU", "other", "100000000000", "currency_amount", "EUR", "",
       note="special fund (multi-year, off-budget), not the annual topline")],
    [N("2024", "year"), N("2022", "year")])

add("ho-02", "2025-07-30", "Wire report",
    "Germany’s cabinet on Wednesday approved a draft 2026 budget that lifts regular defence "
    "spending to 82.69 billion euros from 62.43 billion euros this year. Counting spending exempted "
    "from the debt brake, Berlin wants military spending to reach 3.5% of GDP by 2029, in line with "
    "NATO’s new core target.",
    [L("82.69 billion euros", "DEU", "defense_budget", "82690000000", "currency_amount", "EUR", 2026,
       note="draft 2026 budget (proposed); regular budget, excl. special fund"),
     L("62.43 billion euros", "DEU", "defense_budget", "62430000000", "currency_amount", "EUR", 2025,
       note="'this year' = 2025"),
     L("3.5%", "DEU", "budget_share_gdp_pct", "3.5", "percent", "", 2029,
       note="target, to be reached by 2029; 'Berlin' = Germany")],
    [N("2026", "year"), N("2029", "year")])

add("ho-03", "2025-04-28", "Regional daily",
    f"About 54{NBSP}000 U.S. troops are stationed in Japan, the largest American military presence "
    "anywhere abroad, and roughly 30,000 of them are on Okinawa. Tokyo pays about 211 billion yen a "
    "year toward the cost of hosting them under a five-year agreement that runs through March 2027.",
    [L(f"54{NBSP}000", "USA", "troops_deployed", "54000", "personnel", "", 2025, "JPN",
       note="approx; non-breaking space inside the number"),
     L("30,000", "USA", "troops_deployed", "30000", "personnel", "", 2025, "JPN",
       note="approx; subset stationed on Okinawa"),
     L("211 billion yen", "JPN", "other", "211000000000", "currency_amount", "JPY", 2025,
       note="host-nation support per year (approx), not the defense topline; 'Tokyo' = Japan")],
    [N("five-year", "duration"), N("March 2027", "date")])

add("ho-04", "2025-02-12", "Wire report",
    "WARSAW — Poland will spend 4.7% of GDP on defense in 2025, the highest ratio in NATO, Deputy "
    "Prime Minister Wladyslaw Kosiniak-Kamysz said on Wednesday.The budget sets aside 186.6 "
    "billion zlotys for the military, including money from an off-budget support fund, in an "
    "economy of nearly 4 trillion zlotys. Poland’s armed forces now number about 200,000 soldiers.",
    [L("4.7%", "POL", "budget_share_gdp_pct", "4.7", "percent", "", 2025),
     L("186.6 billion zlotys", "POL", "defense_budget", "186600000000", "currency_amount", "PLN", 2025,
       note="includes off-budget Armed Forces Support Fund"),
     L("200,000", "POL", "active_personnel", "200000", "personnel", "", 2025, note="approx")],
    [N("2025", "year"), N("4 trillion zlotys", "gdp_total")])

add("ho-05", "2024-08-22", "Regional daily",
    "TAIPEI — Taiwan’s cabinet proposed a NT$647 billion (US$20.2 billion) defense budget for 2025 "
    "on Thursday, up 7.7% from this year and equal to 2.45% of gross domestic product. The spending "
    "plan, which includes special budgets for F-16V fighter jets and\nnaval vessels, comes as the "
    "island’s economy is forecast to grow 3.9% this year.",
    [L("NT$647 billion", "TWN", "defense_budget", "647000000000", "currency_amount", "TWD", 2025,
       note="proposed; includes special budgets"),
     L("US$20.2 billion", "TWN", "defense_budget", "20200000000", "currency_amount", "USD", 2025,
       note="USD conversion"),
     L("7.7%", "TWN", "budget_change_pct", "7.7", "percent", "", 2025, note="vs 2024 ('this year')"),
     L("2.45%", "TWN", "budget_share_gdp_pct", "2.45", "percent", "", 2025)],
    [N("2025", "year"), N("F-16V", "model_name"), N("3.9%", "economic_growth_forecast")])

add("ho-06", "2025-02-01", "Wire report",
    "NEW DELHI — India raised its defence allocation to Rs 6.81 lakh crore for 2025-26, about 9.5% "
    "more than the previous year’s budget estimate, out of total government spending of Rs 50.65 "
    "lakh crore. Capital outlay for new weapons and equipment was set at Rs 1,92,387 crore.",
    [L("Rs 6.81 lakh crore", "IND", "defense_budget", "6810000000000", "currency_amount", "INR", 2025,
       note="FY2025-26 (year = starting year); 1 lakh crore = 1e12"),
     L("9.5%", "IND", "budget_change_pct", "9.5", "percent", "", 2025,
       note="approx; vs 2024-25 budget estimate"),
     L("Rs 1,92,387 crore", "IND", "other", "1923870000000", "currency_amount", "INR", 2025,
       note="budget component: capital outlay; Indian digit grouping")],
    [N("2025-26", "year"), N("Rs 50.65 lakh crore", "national_budget_total (not defense)")])

add("ho-07", "2025-01-16", "Wire report",
    "Britain’s armed forces have about 138,000 regular personnel, down from more than 150,000 a "
    "decade ago, and\nsome 30,000 volunteer reservists, according to Ministry of Defence figures. "
    "The shrinking began after the 2010 defence review, which cut the budget by 8% in real terms "
    "over four years.",
    [L("138,000", "GBR", "active_personnel", "138000", "personnel", "", 2025, note="approx; regulars"),
     L("150,000", "GBR", "active_personnel", "150000", "personnel", "", 2015,
       note="lower bound ('more than'); 'a decade ago' relative to 2025"),
     L("30,000", "GBR", "reserve_personnel", "30000", "personnel", "", 2025,
       note="approx; volunteer reserves"),
     L("8%", "GBR", "budget_change_pct", "-8", "percent", "", "",
       note="decrease: real-terms cut over four years after the 2010 review (cumulative)")],
    [N("2010", "year"), N("four years", "duration")])

add("ho-08", "2025-03-26", "Wire report",
    "LONDON — Finance minister Rachel Reeves said on Wednesday she would put an extra £2.2bn into "
    "defence in 2025-26, as part of a plan to lift spending to 2.5% of GDP by 2027 and to 3% in the "
    "next parliament. She made the announcement as the budget watchdog halved its growth forecast "
    "for this year to 1%.",
    [L("£2.2bn", "GBR", "budget_change_amount", "2200000000", "currency_amount", "GBP", 2025,
       note="extra funding for FY2025-26"),
     L("2.5%", "GBR", "budget_share_gdp_pct", "2.5", "percent", "", 2027, note="target by 2027"),
     L("3%", "GBR", "budget_share_gdp_pct", "3", "percent", "", "",
       note="ambition for the next parliament (year not determinable)")],
    [N("2025-26", "year"), N("2027", "year"), N("1%", "economic_growth_forecast")])

add("ho-09", "2025-08-29", "Kyodo-style wire",
    "TOKYO (Kyodo) -- The Defense Ministry on Friday requested a record ¥8.85 trillion for fiscal "
    "2026, as Japan enters the fourth year of a program to spend 43 trillion yen on its defense "
    "buildup over five years through fiscal 2027.",
    [L("¥8.85 trillion", "JPN", "defense_budget", "8850000000000", "currency_amount", "JPY", 2026,
       note="budget request for FY2026"),
     L("43 trillion yen", "JPN", "other", "43000000000000", "currency_amount", "JPY", "",
       note="five-year buildup program total (FY2023-27), not an annual budget")],
    [N("fiscal 2026", "year"), N("fourth", "ordinal"), N("five years", "duration"),
     N("fiscal 2027", "year")])

add("ho-10", "2025-03-05", "Wire report",
    "Beijing will lift its military spending by 7.2 percent this year to 1.78 trillion "
    "yuan (about $245 billion), matching last year’s rise, according to a draft budget report "
    "released on Wednesday at the opening of the National People’s Congress. The government set an "
    "economic growth target of around 5 percent for 2025.",
    [L("7.2 percent", "CHN", "budget_change_pct", "7.2", "percent", "", 2025),
     L("1.78 trillion yuan", "CHN", "defense_budget", "1780000000000", "currency_amount", "CNY", 2025,
       note="draft budget report; 'Beijing' = China"),
     L("$245 billion", "CHN", "defense_budget", "245000000000", "currency_amount", "USD", 2025,
       note="USD conversion; approx")],
    [N("5 percent", "economic_growth_target"), N("2025", "year")])

add("ho-11", "2024-06-14", "Wire report",
    "MOSCOW — Russia has some 700,000 troops in Ukraine, President Vladimir Putin said on Friday, up "
    "from the 617,000 he cited in December. Kyiv says Russian forces are losing more than 1,000 "
    "soldiers killed or wounded every day.",
    [L("700,000", "RUS", "troops_deployed", "700000", "personnel", "", 2024, "UKR", note="approx"),
     L("617,000", "RUS", "troops_deployed", "617000", "personnel", "", 2023, "UKR",
       note="earlier figure cited in December (2023)")],
    [N("1,000", "casualties")])

add("ho-12", "2025-04-10", "Wire report",
    f"Washington keeps roughly 35{THIN}000 service members in Germany, its largest garrison in "
    "Europe, along with about 12,000 in Italy and some 10,000 in Britain. President Donald Trump "
    "ordered 9,500 troops withdrawn from Germany in 2020, a plan his successor reversed a year "
    "later. Ramstein Air Base, home of the 86th Airlift Wing, is the main hub for U.S. forces moving "
    "into the Middle East and Africa.",
    [L(f"35{THIN}000", "USA", "troops_deployed", "35000", "personnel", "", 2025, "DEU",
       note="approx; thin space inside the number; 'Washington' = USA"),
     L("12,000", "USA", "troops_deployed", "12000", "personnel", "", 2025, "ITA", note="approx"),
     L("10,000", "USA", "troops_deployed", "10000", "personnel", "", 2025, "GBR", note="approx"),
     L("9,500", "USA", "other", "9500", "personnel", "", 2020, "DEU",
       note="troop_change: withdrawal ordered in 2020, later reversed; not a deployment level")],
    [N("2020", "year"), N("86th", "ordinal")])

add("ho-13", "2025-05-23", "Yonhap-style wire",
    "SEOUL, May 23 (Yonhap) -- “We have twenty-eight thousand, five hundred troops on the peninsula, "
    "and there is no plan to change that,” a U.S. defense official said, after a newspaper reported "
    "that the Pentagon was weighing moving about 4,500 of them to Guam and other locations.",
    [L("twenty-eight thousand, five hundred", "USA", "troops_deployed", "28500", "personnel", "", 2025,
       "KOR", note="number words; Korean Peninsula = South Korea"),
     L("4,500", "USA", "other", "4500", "personnel", "", 2025, "KOR",
       note="troop_change: possible relocation under review (approx), not a deployment level")],
    [N("May 23", "date")])

add("ho-14", "2024-12-10", "Yonhap-style wire",
    "SEOUL -- The National Assembly on Tuesday passed a 61.2 trillion-won ($42.8 billion) defense "
    "budget for next year, up 3 percent from this year but slightly below the 61.6 trillion won the "
    "government had proposed.",
    [L("61.2 trillion-won", "KOR", "defense_budget", "61200000000000", "currency_amount", "KRW", 2025,
       note="approved by parliament; 'next year' relative to 2024"),
     L("$42.8 billion", "KOR", "defense_budget", "42800000000", "currency_amount", "USD", 2025,
       note="USD conversion"),
     L("3 percent", "KOR", "budget_change_pct", "3", "percent", "", 2025, note="vs 2024"),
     L("61.6 trillion won", "KOR", "defense_budget", "61600000000000", "currency_amount", "KRW", 2025,
       note="government proposal (proposed stage) for 2025")],
    [])

add("ho-15", "2025-04-30", "Wire report",
    "North Korea has an estimated 1.28 million active-duty troops and 7.6 million reservists, "
    "according to Seoul’s 2022 defense white paper. Pyongyang has deployed 10,000-12,000 troops to "
    "Russia’s Kursk region since last autumn, and about 4,700 of them have been killed or wounded, "
    "South Korean lawmakers said.",
    [L("1.28 million", "PRK", "active_personnel", "1280000", "personnel", "", 2022,
       note="estimate by South Korea's 2022 white paper"),
     L("7.6 million", "PRK", "reserve_personnel", "7600000", "personnel", "", 2022,
       note="estimate by South Korea's 2022 white paper"),
     L("10,000-12,000", "PRK", "troops_deployed", "11000", "personnel", "", 2024, "RUS",
       note="range 10000-12000; deployed from autumn 2024 ('last autumn'); 'Pyongyang' = North Korea")],
    [N("2022", "year"), N("4,700", "casualties")])

add("ho-16", "2025-03-25", "Regional daily",
    "CANBERRA — Australia’s defence budget will reach about A$58 billion in 2025-26, on a path to "
    "2.4 per cent of GDP by 2033-34, the government said in Tuesday’s budget. The country also "
    "hosts up to 2,500 U.S. Marines\na year on rotation in Darwin, and the AUKUS submarine program "
    "could cost as much as A$368 billion over three decades.",
    [L("A$58 billion", "AUS", "defense_budget", "58000000000", "currency_amount", "AUD", 2025,
       note="approx; FY2025-26"),
     L("2.4 per cent", "AUS", "budget_share_gdp_pct", "2.4", "percent", "", 2033,
       note="target by FY2033-34 (year = starting year)"),
     L("2,500", "USA", "troops_deployed", "2500", "personnel", "", 2025, "AUS",
       note="upper bound ('up to'); rotational Marine force in Darwin")],
    [N("2025-26", "year"), N("2033-34", "year"), N("A$368 billion", "arms_program_cost"),
     N("three decades", "duration")])

add("ho-17", "2025-06-26", "Wire report",
    "WASHINGTON — The White House is asking Congress for $892.6 billion in base national defense "
    "funding in FY2026, flat with the current year, and is counting another $113 billion from the "
    "Republican tax-and-spending bill to reach a $1.01 trillion total.",
    [L("$892.6 billion", "USA", "defense_budget", "892600000000", "currency_amount", "USD", 2026,
       note="FY2026 request; scope: base national defense discretionary"),
     L("$113 billion", "USA", "other", "113000000000", "currency_amount", "USD", 2026,
       note="budget component: reconciliation (mandatory) add-on"),
     L("$1.01 trillion", "USA", "defense_budget", "1010000000000", "currency_amount", "USD", 2026,
       note="FY2026 request incl. reconciliation funding; scope: total national defense")],
    [N("FY2026", "year")])

add("ho-18", "2023-03-09", "DoD news style",
    "President Joe Biden’s FY2024 budget asks for $842 billion for the Pentagon, $26 billion more "
    "than Congress enacted for fiscal 2023, a 3.2% rise. The request also includes a 5.2% pay raise "
    "for troops and civilian employees, the largest in more than two decades.",
    [L("$842 billion", "USA", "defense_budget", "842000000000", "currency_amount", "USD", 2024,
       note="FY2024 request; scope: DoD"),
     L("$26 billion", "USA", "budget_change_amount", "26000000000", "currency_amount", "USD", 2024,
       note="FY2024 request vs FY2023 enacted"),
     L("3.2%", "USA", "budget_change_pct", "3.2", "percent", "", 2024, note="same change in percent"),
     L("5.2%", "USA", "other", "5.2", "percent", "", 2024, note="pay raise (military and civilian)")],
    [N("FY2024", "year"), N("fiscal 2023", "year"), N("two decades", "duration")])

add("ho-19", "2024-10-10", "Wire report",
    "PARIS — France’s armed forces budget will rise by 3.3 billion euros to 50.5 billion euros in "
    "2025, in line with a military programming law that sets aside 413 billion euros for "
    "2024-2030, the government said on Thursday.",
    [L("3.3 billion euros", "FRA", "budget_change_amount", "3300000000", "currency_amount", "EUR", 2025,
       note="2025 vs 2024; draft budget"),
     L("50.5 billion euros", "FRA", "defense_budget", "50500000000", "currency_amount", "EUR", 2025,
       note="draft 2025 budget (proposed)"),
     L("413 billion euros", "FRA", "other", "413000000000", "currency_amount", "EUR", "",
       note="multi-year programming law total (2024-2030), not an annual budget")],
    [N("2025", "year"), N("2024-2030", "year")])

add("ho-20", "2025-07-13", "Wire report",
    "President Emmanuel Macron said on Sunday that France would bring its defence budget to €64bn "
    "in 2027, double its 2017 level, reaching the goal three years earlier than planned. He "
    "announced an extra €3.5bn for next year on top of existing plans.",
    [L("€64bn", "FRA", "defense_budget", "64000000000", "currency_amount", "EUR", 2027,
       note="planned level for 2027"),
     L("€3.5bn", "FRA", "other", "3500000000", "currency_amount", "EUR", 2026,
       note="extra funding on top of the programming-law path for 2026, not a year-on-year change")],
    [N("2027", "year"), N("2017", "year"), N("three years", "duration")])

add("ho-21", "2025-09-15", "Wire report",
    "KYIV — Kyiv’s draft budget for 2026 allots 2.8 trillion hryvnias ($67.7 billion) to defence "
    "and security, about 27% of GDP, down from roughly 31% this year. Ukraine has received no new "
    "U.S. appropriations since Congress approved a $61 billion aid package for Ukraine in April 2024.",
    [L("2.8 trillion hryvnias", "UKR", "defense_budget", "2800000000000", "currency_amount", "UAH", 2026,
       note="draft (proposed); scope: defence and security; 'Kyiv' = Ukraine"),
     L("$67.7 billion", "UKR", "defense_budget", "67700000000", "currency_amount", "USD", 2026,
       note="USD conversion"),
     L("27%", "UKR", "budget_share_gdp_pct", "27", "percent", "", 2026, note="approx; draft 2026"),
     L("31%", "UKR", "budget_share_gdp_pct", "31", "percent", "", 2025, note="approx; 'this year'")],
    [N("2026", "year"), N("$61 billion", "foreign_aid"), N("April 2024", "date")])

add("ho-22", "2024-09-30", "Wire report",
    "Russia plans to spend 13.5 trillion roubles, or about 6.3% of GDP, on national defence in 2025, "
    "up from 10.8 trillion roubles this year, according to draft budget documents published on "
    "Monday.Total federal spending is set at 41.5 trillion roubles.",
    [L("13.5 trillion roubles", "RUS", "defense_budget", "13500000000000", "currency_amount", "RUB", 2025,
       note="draft (proposed)"),
     L("6.3%", "RUS", "budget_share_gdp_pct", "6.3", "percent", "", 2025, note="approx"),
     L("10.8 trillion roubles", "RUS", "defense_budget", "10800000000000", "currency_amount", "RUB", 2024,
       note="'this year' = 2024")],
    [N("2025", "year"), N("41.5 trillion roubles", "national_budget_total (not defense)")])

add("ho-23", "2025-09-24", "Wire report",
    "The Kremlin’s draft budget for 2026 cuts national defence spending to 12.93 trillion roubles "
    "(about $156 billion) from 13.49 trillion roubles this year, a reduction of 560 billion roubles, "
    "or 4.2%. Moscow launched its full-scale invasion of Ukraine in February 2022.",
    [L("12.93 trillion roubles", "RUS", "defense_budget", "12930000000000", "currency_amount", "RUB", 2026,
       note="draft (proposed); 'the Kremlin' = Russia"),
     L("$156 billion", "RUS", "defense_budget", "156000000000", "currency_amount", "USD", 2026,
       note="USD conversion; approx"),
     L("13.49 trillion roubles", "RUS", "defense_budget", "13490000000000", "currency_amount", "RUB", 2025,
       note="'this year' = 2025"),
     L("560 billion roubles", "RUS", "budget_change_amount", "-560000000000", "currency_amount", "RUB", 2026,
       note="decrease"),
     L("4.2%", "RUS", "budget_change_pct", "-4.2", "percent", "", 2026, note="decrease")],
    [N("2026", "year"), N("February 2022", "date")])

add("ho-24", "2025-09-25", "Regional daily",
    "Finland can mobilise a wartime force of 280,000 from a pool of some 870,000 reservists, and is "
    "raising the upper age limit for reserve duty to 65. Across the Baltic Sea, Lithuania will spend "
    "5.38% of its GDP on defence next year, while Estonia and Latvia have set their 2026 targets at "
    "5.4% and 4.9% respectively.",
    [L("280,000", "FIN", "other", "280000", "personnel", "", 2025,
       note="wartime (mobilised) strength, not active or reserve total"),
     L("870,000", "FIN", "reserve_personnel", "870000", "personnel", "", 2025, note="approx"),
     L("5.38%", "LTU", "budget_share_gdp_pct", "5.38", "percent", "", 2026,
       note="'next year' relative to 2025"),
     L("5.4%", "EST", "budget_share_gdp_pct", "5.4", "percent", "", 2026, note="target; 'their'"),
     L("4.9%", "LVA", "budget_share_gdp_pct", "4.9", "percent", "", 2026,
       note="target; 'their ... respectively'")],
    [N("65", "age"), N("2026", "year")])

add("ho-25", "2025-06-10", "Wire report",
    "ISLAMABAD — Pakistan raised its defence budget by 20% to 2.55 trillion rupees for the fiscal "
    "year starting July 1, weeks after its four-day conflict with India, out of a total federal "
    "outlay of 17.57 trillion rupees.",
    [L("20%", "PAK", "budget_change_pct", "20", "percent", "", 2025, note="FY2025-26"),
     L("2.55 trillion rupees", "PAK", "defense_budget", "2550000000000", "currency_amount", "PKR", 2025,
       note="FY2025-26 (starting July 1, 2025); proposed in budget speech")],
    [N("July 1", "date"), N("four-day", "duration"),
     N("17.57 trillion rupees", "national_budget_total (not defense)")])

add("ho-26", "2024-03-15", "Wire report",
    f"The Israel Defense Forces have about 170,000 active-duty personnel and roughly 465{NNBSP}000 "
    "reservists, according to the International Institute for Strategic Studies. Most Israeli men "
    "are drafted at 18 for 32 months of compulsory service.",
    [L("170,000", "ISR", "active_personnel", "170000", "personnel", "", 2024, note="approx; IISS"),
     L(f"465{NNBSP}000", "ISR", "reserve_personnel", "465000", "personnel", "", 2024,
       note="approx; IISS; narrow no-break space inside the number")],
    [N("18", "age"), N("32 months", "duration")])

add("ho-27", "2024-06-20", "Regional daily",
    "Taiwan’s military has about 169,000 active personnel and some 1.66 million reservists, the IISS "
    "estimates; the island restored one-year compulsory service for men born after January 1, 2005. "
    "A retired U.S. admiral told Congress this year that about 500 American military personnel were "
    "in Taiwan, many of them as trainers.",
    [L("169,000", "TWN", "active_personnel", "169000", "personnel", "", 2024, note="approx; IISS"),
     L("1.66 million", "TWN", "reserve_personnel", "1660000", "personnel", "", 2024, note="approx; IISS"),
     L("500", "USA", "troops_deployed", "500", "personnel", "", 2024, "TWN", note="approx")],
    [N("one-year", "duration"), N("January 1, 2005", "date")])

add("ho-28", "2024-07-25", "Regional daily",
    "India’s armed forces have about 14.5 lakh active personnel, some 12 lakh of them in the Army, "
    "and the three services are short of more than one lakh\npersonnel, the defence ministry told "
    "Parliament. Under the Agnipath scheme, recruits aged 17.5 to 21 serve for four years.",
    [L("14.5 lakh", "IND", "active_personnel", "1450000", "personnel", "", 2024, note="approx"),
     L("12 lakh", "IND", "other", "1200000", "personnel", "", 2024,
       note="Army component strength (approx), not the national total"),
     L("one lakh", "IND", "other", "100000", "personnel", "", 2024,
       note="personnel shortfall; lower bound ('more than')")],
    [N("three", "count_of_services"), N("17.5 to 21", "age"), N("four years", "duration")])

add("ho-29", "2022-03-01", "Wire report",
    "Russia’s armed forces have about 900,000 active personnel and two million reservists who have "
    "served in the past five years, according to the IISS’s Military Balance. Moscow’s defence "
    "spending in 2021 was estimated at around 3.5 trillion roubles, as it began serial deliveries "
    "of Su-57 fighters.",
    [L("900,000", "RUS", "active_personnel", "900000", "personnel", "", 2022, note="approx; IISS"),
     L("two million", "RUS", "reserve_personnel", "2000000", "personnel", "", 2022,
       note="number word; IISS; service within the past five years"),
     L("3.5 trillion roubles", "RUS", "defense_budget", "3500000000000", "currency_amount", "RUB", 2021,
       note="approx; estimated spending; 'Moscow' = Russia")],
    [N("five years", "duration"), N("2021", "year"), N("Su-57", "model_name")])

add("ho-30", "2024-12-19", "Wire report",
    "The Pentagon said on Thursday there are about 2,000 U.S. troops in Syria, more than double the "
    "900 it had publicly acknowledged for years. Roughly 2,500 American troops are based in Iraq "
    "under an agreement to wind down the coalition mission by September 2026.",
    [L("2,000", "USA", "troops_deployed", "2000", "personnel", "", 2024, "SYR", note="approx"),
     L("900", "USA", "troops_deployed", "900", "personnel", "", "", "SYR",
       note="previously acknowledged (understated) figure; year not determinable"),
     L("2,500", "USA", "troops_deployed", "2500", "personnel", "", 2024, "IRQ", note="approx")],
    [N("September 2026", "date")])

add("ho-31", "2025-10-24", "Kyodo-style wire",
    "Prime Minister Sanae Takaichi said on Friday Japan would bring security-related spending to 2% "
    "of GDP, or about ¥11 trillion, in fiscal 2025, two years ahead of schedule. At 150 yen to the "
    "dollar, that is roughly $73 billion.",
    [L("2%", "JPN", "budget_share_gdp_pct", "2", "percent", "", 2025,
       note="target for FY2025; scope: security-related spending (broader than MOD budget)"),
     L("¥11 trillion", "JPN", "defense_budget", "11000000000000", "currency_amount", "JPY", 2025,
       note="approx; scope: security-related spending, FY2025"),
     L("$73 billion", "JPN", "defense_budget", "73000000000", "currency_amount", "USD", 2025,
       note="USD conversion")],
    [N("fiscal 2025", "year"), N("two years", "duration"),
     N("150 yen to the dollar", "exchange_rate")])

add("ho-32", "2023-12-21", "Yonhap-style wire",
    "SEOUL, Dec. 21 (Yonhap) -- South Korea’s 2024 defense budget was set at 59.42 trillion won, up "
    "4.2 percent from this year, after parliament passed the government’s spending plan. At about "
    "1,300 won to the dollar, that is roughly $45.7 billion.",
    [L("59.42 trillion won", "KOR", "defense_budget", "59420000000000", "currency_amount", "KRW", 2024,
       note="approved by parliament"),
     L("4.2 percent", "KOR", "budget_change_pct", "4.2", "percent", "", 2024, note="vs 2023"),
     L("$45.7 billion", "KOR", "defense_budget", "45700000000", "currency_amount", "USD", 2024,
       note="USD conversion")],
    [N("Dec. 21", "date"), N("2024", "year"), N("1,300 won to the dollar", "exchange_rate")])

add("ho-33", "2024-07-20", "Wire report",
    "Turkey keeps 30,000-40,000 troops in the north of Cyprus, an island of about 1.3 million people, "
    "50 years after its forces landed there in July 1974. President Tayyip Erdogan marked the 50th "
    "anniversary with a visit to the Turkish Cypriot north on Saturday.",
    [L("30,000-40,000", "TUR", "troops_deployed", "35000", "personnel", "", 2024, "CYP",
       note="range 30000-40000; northern Cyprus")],
    [N("1.3 million", "population"), N("50 years", "duration"), N("July 1974", "date"),
     N("50th", "ordinal")])

add("ho-34", "2025-08-01", "Regional daily",
    "Poland signed a $6.5 billion contract with Hyundai Rotem on Friday for 180 more K2 tanks, with "
    "part of the batch to be built in Poland. About 10,000 U.S. troops are currently in the country, "
    "many of them on rotation.",
    [L("180", "POL", "other", "180", "count", "", 2025, note="equipment count: tanks ordered"),
     L("10,000", "USA", "troops_deployed", "10000", "personnel", "", 2025, "POL",
       note="approx; includes rotational forces")],
    [N("$6.5 billion", "arms_contract"), N("K2", "model_name")])

add("ho-35", "2025-01-10", "Wire report",
    "Western estimates put the People’s Liberation Army’s active strength at between 1.9 and 2.1 "
    "million, and its navy, the world’s largest by number of ships, has more than 370 vessels, "
    "including eight Type 055 destroyers, according to the Pentagon. The U.S. 7th Fleet, based in "
    "Japan, is the Navy’s largest forward-deployed fleet.",
    [L("1.9 and 2.1 million", "CHN", "active_personnel", "2000000", "personnel",
       "", 2025, note="range 1900000-2100000; estimate"),
     L("370", "CHN", "other", "370", "count", "", 2025,
       note="equipment count: navy ships, lower bound ('more than')"),
     L("eight", "CHN", "other", "8", "count", "", 2025, note="equipment count: Type 055 destroyers")],
    [N("Type 055", "model_name"), N("7th", "ordinal")])

add("ho-36", "2022-02-11", "Wire report",
    "The Pentagon ordered another 3,000 troops from the 82nd Airborne Division to Poland on Friday, "
    "adding to the 1,700 sent earlier this week, as Russia massed more than 100,000 troops near "
    "Ukraine’s borders, including some 30,000 in Belarus.",
    [L("3,000", "USA", "other", "3000", "personnel", "", 2022, "POL",
       note="troop_change: additional deployment ordered, not a deployment level"),
     L("1,700", "USA", "other", "1700", "personnel", "", 2022, "POL",
       note="troop_change: earlier addition, not a deployment level"),
     L("100,000", "RUS", "other", "100000", "personnel", "", 2022, "",
       note="troop concentration near Ukraine's borders (mostly on Russian territory), lower bound; "
            "not a deployment in Ukraine"),
     L("30,000", "RUS", "troops_deployed", "30000", "personnel", "", 2022, "BLR", note="approx")],
    [N("82nd", "ordinal")])

add("ho-37", "2025-03-01", "Online reference (scraped)",
    "The Bundeswehr had 181,600 active soldiers at the end of 2024,[3]and the government aims to "
    "increase that to 203,000 by 2031.[4] Conscription was suspended in 2011, and in 2022 Berlin "
    "agreed to buy 35 F-35A fighters.",
    [L("181,600", "DEU", "active_personnel", "181600", "personnel", "", 2024, note="end of 2024"),
     L("203,000", "DEU", "other", "203000", "personnel", "", 2031,
       note="target strength by 2031, not current"),
     L("35", "DEU", "other", "35", "count", "", 2022, note="equipment count: F-35A fighters ordered")],
    [N("2024", "year"), N("[3]", "citation_marker"), N("2031", "year"), N("[4]", "citation_marker"),
     N("2011", "year"), N("2022", "year"), N("F-35A", "model_name")])

add("ho-38", "2024-06-20", "Wire report",
    "NATO estimates that its members will spend a combined $1.47 trillion on defence in 2024, and 23 "
    "of its 32 allies are expected to meet the 2% of GDP guideline. The U.S. military alone has "
    "nearly 1.3 million active-duty troops and some 760,000 in the National Guard and reserves.",
    [L("$1.47 trillion", "NATO", "defense_budget", "1470000000000", "currency_amount", "USD", 2024,
       note="alliance-wide combined estimate"),
     L("2%", "NATO", "budget_share_gdp_pct", "2", "percent", "", "",
       note="alliance guideline (target); year not stated"),
     L("1.3 million", "USA", "active_personnel", "1300000", "personnel", "", 2024,
       note="approx ('nearly')"),
     L("760,000", "USA", "reserve_personnel", "760000", "personnel", "", 2024,
       note="approx; National Guard and reserves")],
    [N("2024", "year"), N("23", "count_of_countries"), N("32", "count_of_countries")])

add("ho-39", "2023-05-10", "Regional daily",
    "Seoul fields about 500,000 active-duty troops and 3.1 million reservists, according to its 2022 "
    "defense white paper. A Gallup Korea survey in January found 76% of South Koreans favour "
    "developing nuclear weapons.",
    [L("500,000", "KOR", "active_personnel", "500000", "personnel", "", 2022,
       note="approx; 2022 white paper; 'Seoul' = South Korea"),
     L("3.1 million", "KOR", "reserve_personnel", "3100000", "personnel", "", 2022,
       note="2022 white paper; 'its' = Seoul")],
    [N("2022", "year"), N("76%", "poll")])

add("ho-40", "2025-03-18", "Wire report",
    "BERLIN — Germany’s Bundestag voted 513 to 207 on Tuesday to exempt defence spending above 1% of "
    "GDP from the country’s debt brake and to set up a 500 billion euro infrastructure fund over 12 "
    "years. Germany spent about 2.1% of its GDP on defence last year, according to NATO estimates.",
    [L("2.1%", "DEU", "budget_share_gdp_pct", "2.1", "percent", "", 2024,
       note="approx; 'last year' relative to 2025; NATO estimate")],
    [N("513", "vote_count"), N("207", "vote_count"),
     N("1%", "fiscal_rule_threshold (not a spending figure)"),
     N("500 billion euro", "infrastructure_fund (not defense)"), N("12 years", "duration")])


# ---------------------------------------------------------------------------------------------
def find_occ(text, span, occ, pid):
    pos = -1
    for _ in range(occ + 1):
        pos = text.find(span, pos + 1)
        if pos < 0:
            raise SystemExit(f"{pid}: span {span!r} (occurrence {occ}) not found")
    return pos, pos + len(span)


NUM_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|lakh|crore|dozen|double|half|third|fourth|fifth)"
NUMERAL_RE = re.compile(r"\d+|\b" + NUM_WORDS + r"(?:-\w+)?\b", re.I)


def build(audit=False):
    passages, labels, non_rows = [], [], []
    seen_ids = set()
    for p in P:
        pid, text = p["id"], p["text"]
        assert pid not in seen_ids, pid
        seen_ids.add(pid)
        covered = []
        nons = []
        for n in p["non"]:
            s, e = find_occ(text, n["span"], n["occ"], pid)
            nons.append(dict(span_text=n["span"], kind=n["kind"], start=s, end=e))
            non_rows.append(dict(passage_id=pid, span_text=n["span"], kind=n["kind"]))
            covered.append((s, e, "non"))
        for lab in p["labels"]:
            s, e = find_occ(text, lab["span"], lab["occ"], pid)
            # a label's span must not sit inside a non-figure span, and vice versa
            for (cs, ce, kind) in covered:
                if kind == "non" and s < ce and cs < e:
                    raise SystemExit(f"{pid}: label {lab['span']!r} overlaps non-figure at {cs}-{ce}")
            covered.append((s, e, "label"))
            assert lab["unit"] in ("personnel", "currency_amount", "percent", "count"), lab
            assert (lab["unit"] == "currency_amount") == bool(lab["currency"]), lab
            float(lab["value"])
            labels.append(dict(passage_id=pid, country_iso3=lab["country_iso3"], metric=lab["metric"],
                               value=lab["value"], unit=lab["unit"], currency=lab["currency"],
                               year=lab["year"], host_iso3=lab["host_iso3"], span_text=lab["span"],
                               note=lab["note"], start=s, end=e))
        rec = dict(id=pid, source_url=None, date=p["date"], publisher=p["publisher"], text=text)
        if p["date_note"]:
            rec["date_note"] = p["date_note"]
        rec["non_defense_numbers"] = nons
        passages.append(rec)
        if audit:
            for m in NUMERAL_RE.finditer(text):
                if not any(cs <= m.start() and m.end() <= ce for (cs, ce, _) in covered):
                    print(f"AUDIT {pid}: uncovered {m.group(0)!r} in …{text[max(0, m.start()-30):m.end()+30]!r}")
    return passages, labels, non_rows


def write(passages, labels, non_rows):
    with open(OUT / "passages.jsonl", "w", encoding="utf-8") as f:
        for r in passages:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cols = ["passage_id", "country_iso3", "metric", "value", "unit", "currency", "year", "host_iso3",
            "span_text", "note"]
    with open(OUT / "labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in labels:
            w.writerow([r[c] for c in cols])
    with open(OUT / "non_defense.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["passage_id", "span_text", "kind"])
        for r in non_rows:
            w.writerow([r["passage_id"], r["span_text"], r["kind"]])


def summary(passages, labels, non_rows):
    from collections import Counter
    core = [lab for lab in labels if lab["metric"] != "other"]
    usd_conv = [lab for lab in core if "USD conversion" in lab["note"]]
    print(f"passages: {len(passages)}")
    print(f"core labels: {len(core)} (of which USD conversions, optional in scoring: {len(usd_conv)})")
    for k, v in sorted(Counter(lab["metric"] for lab in core).items()):
        print(f"  {k}: {v}")
    print(f"other labels: {sum(1 for lab in labels if lab['metric'] == 'other')}")
    print(f"non-figures: {len(non_rows)}")


if __name__ == "__main__":
    ps, ls, ns = build(audit="--audit" in sys.argv)
    write(ps, ls, ns)
    summary(ps, ls, ns)
