#!/usr/bin/env python3
"""Build held-out set 3 (passages.jsonl, labels.jsonl, labels.csv, non_defense.csv).

Every passage below was written for this set in the style of defence reporting, using
publicly reported facts with approximately right figures. Offsets are computed here: each
span is searched in its passage text, a match is accepted only when it is not part of a longer
number or word, and a span occurring more than once must name which occurrence it means.

Run:  python tests/tuned/set3/make_heldout3.py   (writes next to this file)
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
NBSP = "\u00a0"

# Label tuple: (span_text, occurrence or None, country_iso3, metric, value, unit, currency,
#               year, host_iso3, note)
# Non-defense tuple: (span_text, occurrence or None, kind)
PASSAGES = [
    dict(
        id="h3-01", date="2024-08-28", publisher="International wire service",
        text=(
            "WARSAW, Aug 28 – Poland plans to spend 4.7% of gross domestic product on defence next "
            "year, or 186.6 billion zlotys ($48.5 billion), the government said on Wednesday, the "
            "highest share of any NATO member. The draft 2025 budget foresees a deficit of 289 "
            "billion zlotys. About 10,000 U.S. troops are stationed in Poland, which has become the "
            "alliance’s eastern anchor since Russia’s full-scale invasion of Ukraine in 2022."
        ),
        labels=[
            ("4.7%", None, "POL", "budget_share_gdp_pct", "4.7", "percent", "", 2025, "", "proposed (draft 2025 budget); 'next year' in a 2024 article"),
            ("186.6 billion zlotys", None, "POL", "defense_budget", "186600000000", "currency_amount", "PLN", 2025, "", "proposed (draft 2025 budget)"),
            ("$48.5 billion", None, "POL", "defense_budget", "48500000000", "currency_amount", "USD", 2025, "", "USD conversion of the PLN figure"),
            ("10,000", None, "USA", "troops_deployed", "10000", "personnel", "", 2024, "POL", "approx ('about')"),
        ],
        nd=[
            ("Aug 28", None, "date"),
            ("2025", None, "year"),
            ("289 billion zlotys", None, "budget_deficit (national, not defense)"),
            ("2022", None, "year"),
        ],
    ),
    dict(
        id="h3-02", date="2024-09-19", publisher="Nordic news agency (English service)",
        text=(
            "STOCKHOLM – Sweden will raise military spending by 13.4 billion kronor ($1.3 billion) "
            "next year, taking it to 2.4 per cent of GDP, the government said on Thursday, calling "
            "the increase “necessary in the most serious security situation since the Second World "
            "War”. About 8,000 conscripts are due to begin basic training in 2025, up from some "
            "7,000 this year, on the way to an annual intake of 10,000 by 2030."
        ),
        labels=[
            ("13.4 billion kronor", None, "SWE", "budget_change_amount", "13400000000", "currency_amount", "SEK", 2025, "", "proposed increase for 2025 vs 2024"),
            ("$1.3 billion", None, "SWE", "budget_change_amount", "1300000000", "currency_amount", "USD", 2025, "", "USD conversion of the SEK increase"),
            ("2.4 per cent", None, "SWE", "budget_share_gdp_pct", "2.4", "percent", "", 2025, "", "proposed; 'next year' in a 2024 article"),
            ("8,000", None, "SWE", "other", "8000", "personnel", "", 2025, "", "conscript intake (annual), approx; not active strength"),
            ("7,000", None, "SWE", "other", "7000", "personnel", "", 2024, "", "conscript intake 2024, approx"),
            ("10,000", None, "SWE", "other", "10000", "personnel", "", 2030, "", "target annual conscript intake by 2030"),
        ],
        nd=[
            ("Second", None, "ordinal"),
            ("2025", None, "year"),
            ("2030", None, "year"),
        ],
    ),
    dict(
        id="h3-03", date="2024-06-18", publisher="Norwegian English-language news site",
        text=(
            "OSLO – Norway will spend an estimated 2.2 per cent of GDP on defence this year, above "
            "NATO’s 2 per cent guideline, according to alliance estimates published on Monday that "
            "show 23 of the 32 allies meeting the target. The Storting has backed a long-term plan "
            "adding NOK 600 billion to defence over the next 12 years, bringing total spending in "
            "2025–2036 to NOK 1" + NBSP + "624 billion."
        ),
        labels=[
            ("2.2 per cent", None, "NOR", "budget_share_gdp_pct", "2.2", "percent", "", 2024, "", "NATO estimate for 2024"),
            ("2 per cent", None, "NATO", "budget_share_gdp_pct", "2", "percent", "", "", "", "alliance guideline (year not stated)"),
            ("NOK 600 billion", None, "NOR", "other", "600000000000", "currency_amount", "NOK", "", "", "long-term plan: cumulative increase over 12 years (2025-2036), not an annual budget"),
            ("NOK 1" + NBSP + "624 billion", None, "NOR", "other", "1624000000000", "currency_amount", "NOK", "", "", "long-term plan: total defence spending 2025-2036 (12 years); non-breaking space inside the number"),
        ],
        nd=[
            ("23", None, "count (allies meeting the guideline)"),
            ("32", None, "count (NATO members)"),
            ("12 years", None, "duration"),
            ("2025–2036", None, "year range"),
        ],
    ),
    dict(
        id="h3-04", date="2024-03-04", publisher="Security think-tank brief",
        text=(
            "Finland, which became NATO’s 31st member on 4 April 2023, can mobilise a wartime force "
            "of 280,000 troops from a trained reserve of about 870,000 – a remarkable pool for a "
            "nation of 5.6 million. Defence spending reached €6.1bn in 2023 (2.4% of GDP), swollen "
            "by payments for 64 F-35A fighters."
        ),
        labels=[
            ("280,000", None, "FIN", "other", "280000", "personnel", "", 2024, "", "wartime (mobilised) strength, not active or total reserve"),
            ("870,000", None, "FIN", "reserve_personnel", "870000", "personnel", "", 2024, "", "approx ('about'); trained reserve"),
            ("€6.1bn", None, "FIN", "defense_budget", "6100000000", "currency_amount", "EUR", 2023, "", "spending in 2023"),
            ("2.4%", None, "FIN", "budget_share_gdp_pct", "2.4", "percent", "", 2023, "", ""),
            ("64", None, "FIN", "other", "64", "count", "", "", "", "equipment count: F-35A fighters on order"),
        ],
        nd=[
            ("31st", None, "ordinal"),
            ("4 April 2023", None, "date"),
            ("5.6 million", None, "population"),
            ("in 2023", None, "year"),
            ("F-35A", None, "model name"),
        ],
    ),
    dict(
        id="h3-05", date="2025-05-22", publisher="European public broadcaster (English service)",
        text=(
            "VILNIUS – Germany formally commissioned its 45th Armoured Brigade in Lithuania on "
            "Thursday, the Bundeswehr’s first permanent combat brigade stationed abroad since the "
            "Second World War. Around 4,800 soldiers, along with some 200 civilian employees, are to "
            "be based in the country by 2027. German military spending rose 28% last year to $88.5 "
            "billion, according to the Stockholm International Peace Research Institute."
        ),
        labels=[
            ("4,800", None, "DEU", "troops_deployed", "4800", "personnel", "", 2027, "LTU", "approx ('around'); planned level by 2027"),
            ("200", None, "DEU", "other", "200", "personnel", "", 2027, "LTU", "civilian employees accompanying the brigade, approx; not troops"),
            ("28%", None, "DEU", "budget_change_pct", "28", "percent", "", 2024, "", "SIPRI, military expenditure 2024 vs 2023"),
            ("$88.5 billion", None, "DEU", "defense_budget", "88500000000", "currency_amount", "USD", 2024, "", "SIPRI military expenditure estimate (USD is SIPRI's own unit, not a conversion)"),
        ],
        nd=[
            ("45th", None, "ordinal (unit name)"),
            ("first", None, "ordinal"),
            ("Second", None, "ordinal"),
            ("2027", None, "year"),
        ],
    ),
    dict(
        id="h3-06", date="2025-04-29", publisher="Ukrainian English-language news site",
        text=(
            "KYIV – Ukraine spent $64.7 billion on its military last year, equal to 34 per cent of "
            "GDP and the heaviest military burden of any country, according to SIPRI data released "
            "on Monday. For 2025, the budget approved by the Verkhovna Rada with 257 votes allocates "
            "2.23 trillion hryvnias ($54 billion) to defence and security, about 26.3% of GDP."
        ),
        labels=[
            ("$64.7 billion", None, "UKR", "defense_budget", "64700000000", "currency_amount", "USD", 2024, "", "SIPRI military expenditure 2024 (USD is SIPRI's unit, not a conversion)"),
            ("34 per cent", None, "UKR", "budget_share_gdp_pct", "34", "percent", "", 2024, "", "SIPRI"),
            ("2.23 trillion hryvnias", None, "UKR", "defense_budget", "2230000000000", "currency_amount", "UAH", 2025, "", "approved; scope: defence and security"),
            ("$54 billion", None, "UKR", "defense_budget", "54000000000", "currency_amount", "USD", 2025, "", "USD conversion of the UAH figure"),
            ("26.3%", None, "UKR", "budget_share_gdp_pct", "26.3", "percent", "", 2025, "", "approx ('about'); approved budget; scope: defence and security"),
        ],
        nd=[
            ("2025", None, "year"),
            ("257", None, "vote_count"),
        ],
    ),
    dict(
        id="h3-07", date="2025-04-28", publisher="Israeli daily (English edition)",
        text=(
            "Israel’s military expenditure soared 65% to $46.5 billion in 2024, the steepest annual "
            "rise since the Six-Day War in 1967, the Stockholm International Peace Research "
            "Institute said on Monday. At 8.8% of GDP, Israel’s burden was the second-highest in the "
            "world after Ukraine’s. The Knesset approved the 2025 state budget in March by 66 votes "
            "to 52, with total spending of about 620 billion shekels, and the IDF continues to lean "
            "on its roughly 465,000 reservists."
        ),
        labels=[
            ("65%", None, "ISR", "budget_change_pct", "65", "percent", "", 2024, "", "SIPRI, 2024 vs 2023"),
            ("$46.5 billion", None, "ISR", "defense_budget", "46500000000", "currency_amount", "USD", 2024, "", "SIPRI military expenditure (USD is SIPRI's unit, not a conversion)"),
            ("8.8%", None, "ISR", "budget_share_gdp_pct", "8.8", "percent", "", 2024, "", "SIPRI"),
            ("465,000", None, "ISR", "reserve_personnel", "465000", "personnel", "", 2025, "", "approx ('roughly'); reserve pool, not a call-up"),
        ],
        nd=[
            ("in 2024", None, "year"),
            ("Six-Day", None, "duration (war name)"),
            ("1967", None, "year"),
            ("second", None, "ordinal"),
            ("2025", None, "year"),
            ("66", None, "vote_count"),
            ("52", None, "vote_count"),
            ("620 billion shekels", None, "national_budget_total (not defense)"),
        ],
    ),
    dict(
        id="h3-08", date="2024-07-20", publisher="International wire service",
        text=(
            "NICOSIA, July 20 – Turkish President Tayyip Erdogan marked the 50th anniversary of "
            "Turkey’s 1974 military intervention in Cyprus on Saturday with a visit to the island’s "
            "breakaway north, where Ankara keeps an estimated 35,000 troops. Turkey, whose roughly "
            "355,000 active personnel make up NATO’s second-largest military, has kept forces there "
            "ever since. The north uses the Turkish lira, which has lost about three-quarters of its "
            "value against the dollar since 2021 and now trades at around 33 to the dollar."
        ),
        labels=[
            ("35,000", None, "TUR", "troops_deployed", "35000", "personnel", "", 2024, "CYP", "approx ('an estimated'); in the Turkish-controlled north of Cyprus"),
            ("355,000", None, "TUR", "active_personnel", "355000", "personnel", "", 2024, "", "approx ('roughly'); 'Ankara'/'Turkey'"),
        ],
        nd=[
            ("July 20", None, "date"),
            ("50th", None, "ordinal"),
            ("1974", None, "year"),
            ("second", None, "ordinal"),
            ("three-quarters", None, "currency depreciation"),
            ("2021", None, "year"),
            ("33", None, "exchange_rate"),
        ],
    ),
    dict(
        id="h3-09", date="2025-02-01", publisher="Defence ministry press release (India)",
        text=(
            "NEW DELHI: The defence ministry has been allocated ₹6,81,210 crore for 2025-26, a 9.53 "
            "per cent rise over the current year’s budget estimate of ₹6.22 lakh crore. Capital "
            "outlay for modernisation of the nearly 14 lakh-strong armed forces is pegged at ₹1.92 "
            "lakh crore, while defence pensions take ₹1.61 lakh crore. The ministry said its share "
            "amounts to 13.45 per cent of the Union Budget’s total expenditure of ₹50.65 lakh crore."
        ),
        labels=[
            ("₹6,81,210 crore", None, "IND", "defense_budget", "6812100000000", "currency_amount", "INR", 2025, "", "FY2025-26 (year = starting year); Indian digit grouping; 1 crore = 1e7"),
            ("9.53 per cent", None, "IND", "budget_change_pct", "9.53", "percent", "", 2025, "", "FY2025-26 vs FY2024-25 budget estimate"),
            ("₹6.22 lakh crore", None, "IND", "defense_budget", "6220000000000", "currency_amount", "INR", 2024, "", "FY2024-25 budget estimate"),
            ("14 lakh", None, "IND", "active_personnel", "1400000", "personnel", "", 2025, "", "approx ('nearly'); 1 lakh = 100,000"),
            ("₹1.92 lakh crore", None, "IND", "other", "1920000000000", "currency_amount", "INR", 2025, "", "budget component: capital outlay"),
            ("₹1.61 lakh crore", None, "IND", "other", "1610000000000", "currency_amount", "INR", 2025, "", "budget component: defence pensions"),
            ("13.45 per cent", None, "IND", "other", "13.45", "percent", "", 2025, "", "share of total central government expenditure, not of GDP"),
        ],
        nd=[
            ("2025-26", None, "fiscal year"),
            ("₹50.65 lakh crore", None, "national_budget_total (not defense)"),
        ],
    ),
    dict(
        id="h3-10", date="2025-06-10", publisher="Pakistani national daily",
        text=(
            "ISLAMABAD: The government on Tuesday raised the defence allocation for 2025-26 by 20pc "
            "to Rs2.55tr, weeks after a four-day conflict with India, even as total federal spending "
            "was trimmed to Rs17.57tr. Interest payments alone will absorb Rs8.2tr, and salaries of "
            "federal government employees will rise by 10pc."
        ),
        labels=[
            ("20pc", None, "PAK", "budget_change_pct", "20", "percent", "", 2025, "", "FY2025-26 vs FY2024-25; proposed (budget presented)"),
            ("Rs2.55tr", None, "PAK", "defense_budget", "2550000000000", "currency_amount", "PKR", 2025, "", "FY2025-26 (year = starting year); proposed (budget presented)"),
        ],
        nd=[
            ("2025-26", None, "fiscal year"),
            ("four-day", None, "duration"),
            ("Rs17.57tr", None, "national_budget_total (not defense)"),
            ("Rs8.2tr", None, "interest payments (not defense)"),
            ("10pc", None, "pay raise (federal civil servants, not a defense figure)"),
        ],
    ),
    dict(
        id="h3-11", date="2024-06-06", publisher="Bangladeshi national daily",
        text=(
            "DHAKA – Finance Minister Abul Hassan Mahmood Ali on Thursday placed a Tk 7,97,000 crore "
            "budget for FY2024-25 before parliament, with Tk 42,014 crore set aside for defence, "
            "about 5.3 percent of the total. Bangladesh remains one of the largest contributors to "
            "UN peacekeeping, with some 6,000 uniformed personnel serving in missions from South "
            "Sudan to the Central African Republic."
        ),
        labels=[
            ("Tk 42,014 crore", None, "BGD", "defense_budget", "420140000000", "currency_amount", "BDT", 2024, "", "FY2024-25 (year = starting year); proposed (budget placed in parliament)"),
            ("5.3 percent", None, "BGD", "other", "5.3", "percent", "", 2024, "", "share of the national budget, not of GDP; approx"),
            ("6,000", None, "BGD", "other", "6000", "personnel", "", 2024, "", "UN peacekeepers across several missions (no single host); approx"),
        ],
        nd=[
            ("Tk 7,97,000 crore", None, "national_budget_total (not defense)"),
            ("FY2024-25", None, "fiscal year"),
        ],
    ),
    dict(
        id="h3-12", date="2024-08-16", publisher="Indonesian English-language daily",
        text=(
            "JAKARTA – The Defence Ministry is set to receive Rp165.16 trillion (US$10.3 billion) in "
            "the 2025 draft state budget, up Rp25.89 trillion from Rp139.27 trillion this year, the "
            "largest allocation to any ministry. President Joko Widodo presented the bill, which "
            "foresees total spending of Rp3,613.1 trillion and assumes an exchange rate of Rp16,100 "
            "per dollar, to lawmakers on Friday."
        ),
        labels=[
            ("Rp165.16 trillion", None, "IDN", "defense_budget", "165160000000000", "currency_amount", "IDR", 2025, "", "proposed (draft 2025 state budget); defence ministry"),
            ("US$10.3 billion", None, "IDN", "defense_budget", "10300000000", "currency_amount", "USD", 2025, "", "USD conversion of the IDR figure"),
            ("Rp25.89 trillion", None, "IDN", "budget_change_amount", "25890000000000", "currency_amount", "IDR", 2025, "", "proposed 2025 vs 2024"),
            ("Rp139.27 trillion", None, "IDN", "defense_budget", "139270000000000", "currency_amount", "IDR", 2024, "", "2024 allocation"),
        ],
        nd=[
            ("2025", None, "year"),
            ("Rp3,613.1 trillion", None, "national_budget_total (not defense)"),
            ("Rp16,100", None, "exchange_rate"),
        ],
    ),
    dict(
        id="h3-13", date="2024-10-18", publisher="Malaysian national daily",
        text=(
            "KUALA LUMPUR, Oct 18 — The Defence Ministry has been allocated 21.2 billion ringgit for "
            "next year under the RM421 billion Budget 2025 tabled "
            "in the Dewan Rakyat today. The allocation includes funding for the Littoral Mission Ship "
            "Batch 2 programme."
        ),
        labels=[
            ("21.2 billion ringgit", None, "MYS", "defense_budget", "21200000000", "currency_amount", "MYR", 2025, "", "proposed (budget tabled); 'next year' in a 2024 article"),
        ],
        nd=[
            ("Oct 18", None, "date"),
            ("RM421 billion", None, "national_budget_total (not defense)"),
            ("Budget 2025", None, "year (budget name)"),
            ("Batch 2", None, "programme name"),
        ],
    ),
    dict(
        id="h3-14", date="2024-09-05", publisher="Thai English-language daily",
        text=(
            "BANGKOK – The 3.752 trillion baht budget bill for fiscal 2025 sets aside 200.9 billion "
            "baht for the Defence Ministry, 1.2% more than the 198.5 billion baht allocated this "
            "fiscal year. The navy’s first S26T submarine, ordered from China in 2017 for 13.5 "
            "billion baht, is still waiting for an engine after Germany declined to supply the MTU "
            "diesel it was designed around."
        ),
        labels=[
            ("200.9 billion baht", None, "THA", "defense_budget", "200900000000", "currency_amount", "THB", 2025, "", "fiscal 2025 (Oct 2024-Sep 2025); budget bill"),
            ("1.2%", None, "THA", "budget_change_pct", "1.2", "percent", "", 2025, "", "fiscal 2025 vs fiscal 2024"),
            ("198.5 billion baht", None, "THA", "defense_budget", "198500000000", "currency_amount", "THB", 2024, "", "fiscal 2024 ('this fiscal year' in a Sept 2024 article)"),
        ],
        nd=[
            ("3.752 trillion baht", None, "national_budget_total (not defense)"),
            ("fiscal 2025", None, "year"),
            ("first", None, "ordinal"),
            ("S26T", None, "model name"),
            ("2017", None, "year"),
            ("13.5 billion baht", None, "contract value (procurement, not a budget)"),
        ],
    ),
    dict(
        id="h3-15", date="2025-01-07", publisher="Regional wire service (Asia)",
        text=(
            "HANOI – Vietnam’s economy grew 7.09% last year to 11,512 trillion dong (about $476 "
            "billion), giving the government room to modernise a military of about 450,000 active "
            "personnel backed by some 5 million reservists. Hanoi does not publish a defence "
            "budget; at its first international defence expo in December 2024, the ministry signed "
            "16 contracts worth more than $286 million."
        ),
        labels=[
            ("450,000", None, "VNM", "active_personnel", "450000", "personnel", "", 2025, "", "approx ('about')"),
            ("5 million", None, "VNM", "reserve_personnel", "5000000", "personnel", "", 2025, "", "approx ('some')"),
        ],
        nd=[
            ("7.09%", None, "economic growth rate"),
            ("11,512 trillion dong", None, "GDP"),
            ("$476 billion", None, "GDP (USD conversion)"),
            ("first", None, "ordinal"),
            ("December 2024", None, "date"),
            ("16", None, "count (contracts)"),
            ("$286 million", None, "contract value (lower bound)"),
        ],
    ),
    dict(
        id="h3-16", date="2024-12-03", publisher="Gulf business daily",
        text=(
            "RIYADH – Saudi Arabia has allocated SAR272 billion ($72.5 billion) to the military in "
            "its 2025 budget, SAR3 billion more than this year and the largest single item in planned "
            "spending of SAR1.285 trillion, the finance ministry said on Tuesday.The kingdom projects "
            "a deficit of SAR101 billion, or 2.3% of GDP, as lower oil output weighs on revenue."
        ),
        labels=[
            ("SAR272 billion", None, "SAU", "defense_budget", "272000000000", "currency_amount", "SAR", 2025, "", "approved 2025 budget; military sector allocation"),
            ("$72.5 billion", None, "SAU", "defense_budget", "72500000000", "currency_amount", "USD", 2025, "", "USD conversion of the SAR figure"),
            ("SAR3 billion", None, "SAU", "budget_change_amount", "3000000000", "currency_amount", "SAR", 2025, "", "2025 vs 2024 military allocation"),
        ],
        nd=[
            ("2025", None, "year"),
            ("SAR1.285 trillion", None, "national_budget_total (not defense)"),
            ("SAR101 billion", None, "budget_deficit (national, not defense)"),
            ("2.3%", None, "deficit share of GDP (not defense)"),
        ],
    ),
    dict(
        id="h3-17", date="2025-05-15", publisher="U.S. defense trade publication",
        text=(
            "WASHINGTON – Roughly 40,000 U.S. troops are spread across the Middle East. The largest "
            "concentration is at Qatar’s Al Udeid Air Base, home to about 10,000 American service "
            "members, while Bahrain, which hosts the Navy’s Fifth Fleet, has some 9,000 and Al "
            "Dhafra Air Base in the United Arab Emirates roughly 3,500. In Syria, the Pentagon said "
            "last month it would pull about 1,000 of its roughly 2,000 troops out of the country. "
            "The UAE does not publish a defence budget; its record federal budget of 71.5 billion "
            "dirhams for 2025 excludes most military outlays, which are borne by Abu Dhabi."
        ),
        labels=[
            ("40,000", None, "USA", "other", "40000", "personnel", "", 2025, "", "regional total across the Middle East (several hosts), approx"),
            ("10,000", None, "USA", "troops_deployed", "10000", "personnel", "", 2025, "QAT", "approx ('about'); Al Udeid Air Base"),
            ("9,000", None, "USA", "troops_deployed", "9000", "personnel", "", 2025, "BHR", "approx ('some')"),
            ("3,500", None, "USA", "troops_deployed", "3500", "personnel", "", 2025, "ARE", "approx ('roughly'); Al Dhafra Air Base"),
            ("1,000", None, "USA", "other", "1000", "personnel", "", 2025, "SYR", "troop_change: planned withdrawal from Syria, approx"),
            ("2,000", None, "USA", "troops_deployed", "2000", "personnel", "", 2025, "SYR", "approx ('roughly'); level before the withdrawal"),
        ],
        nd=[
            ("Fifth", None, "ordinal (fleet name)"),
            ("71.5 billion dirhams", None, "national_budget_total (federal, not defense)"),
            ("2025", None, "year"),
        ],
    ),
    dict(
        id="h3-18", date="2025-02-01", publisher="South African weekly",
        text=(
            "PRETORIA – The 14 South African soldiers killed in fighting around Goma last week were "
            "part of a contingent of about 1,300 SANDF members in the eastern DRC, well short of the "
            "2,900 President Cyril Ramaphosa authorised in February 2024 at a cost of R2.37 billion. "
            "The SADC mission, SAMIDRC, has a total strength of roughly 5,000 troops from South "
            "Africa, Malawi and Tanzania. With about 51 billion rand for 2024/25, the SANDF says it "
            "is badly overstretched."
        ),
        labels=[
            ("1,300", None, "ZAF", "troops_deployed", "1300", "personnel", "", 2025, "COD", "approx ('about'); SANDF contingent in eastern DRC (SAMIDRC)"),
            ("2,900", None, "ZAF", "other", "2900", "personnel", "", 2024, "COD", "authorised ceiling for the deployment, not the actual level"),
            ("R2.37 billion", None, "ZAF", "other", "2370000000", "currency_amount", "ZAR", 2024, "", "cost of the DRC deployment (authorised for one year)"),
            ("51 billion rand", None, "ZAF", "defense_budget", "51000000000", "currency_amount", "ZAR", 2024, "", "approx ('about'); FY2024/25 (year = starting year); SANDF/defence budget"),
        ],
        nd=[
            ("14", None, "casualties"),
            ("February 2024", None, "date"),
            ("5,000", None, "multi-country total (mission strength)"),
            ("2024/25", None, "fiscal year"),
        ],
    ),
    dict(
        id="h3-19", date="2024-12-18", publisher="Nigerian national daily",
        text=(
            "ABUJA – President Bola Tinubu on Wednesday presented a ₦47.96tn budget proposal "
            "for 2025 to a joint session of the National Assembly, with defence and security taking "
            "the largest share at ₦4.91tn. The estimates assume an oil price of $75 per "
            "barrel, output of 2.06 million barrels a day and an exchange rate of ₦1,500 to the "
            "dollar."
        ),
        labels=[
            ("₦4.91tn", None, "NGA", "defense_budget", "4910000000000", "currency_amount", "NGN", 2025, "", "proposed; scope: defence and security sector"),
        ],
        nd=[
            ("₦47.96tn", None, "national_budget_total (not defense)"),
            ("2025", None, "year"),
            ("$75", None, "oil price benchmark"),
            ("2.06 million", None, "oil output (barrels a day)"),
            ("₦1,500", None, "exchange_rate"),
        ],
    ),
    dict(
        id="h3-20", date="2024-05-15", publisher="Latin American security think-tank brief",
        text=(
            "Brazil, whose 366,500 active personnel make up Latin America’s largest armed\n"
            "forces, spends roughly three-quarters of its R$ 127 billion defence budget for 2024 on "
            "pay and pensions. Its 36 Gripen E/F fighters, ordered from Saab in 2014 for SEK 39.3 "
            "billion, are arriving slowly. Argentina, which agreed in April to buy 24 used F-16s "
            "from Denmark for about $300 million, spends barely 0.5 per cent of GDP on defence, "
            "after a December devaluation took the peso to 800 pesos per dollar."
        ),
        labels=[
            ("366,500", None, "BRA", "active_personnel", "366500", "personnel", "", 2024, "", ""),
            ("three-quarters", None, "BRA", "other", "75", "percent", "", 2024, "", "share of the defence budget spent on pay and pensions, approx ('roughly')"),
            ("R$ 127 billion", None, "BRA", "defense_budget", "127000000000", "currency_amount", "BRL", 2024, "", "approx; defence ministry budget 2024"),
            ("36", None, "BRA", "other", "36", "count", "", "", "", "equipment count: Gripen E/F fighters ordered"),
            ("24", None, "ARG", "other", "24", "count", "", 2024, "", "equipment count: F-16s to be bought from Denmark"),
            ("0.5 per cent", None, "ARG", "budget_share_gdp_pct", "0.5", "percent", "", 2024, "", "approx ('barely')"),
        ],
        nd=[
            ("2024", None, "year"),
            ("2014", None, "year"),
            ("SEK 39.3 billion", None, "contract value (procurement, 2014)"),
            ("F-16s", None, "model name"),
            ("$300 million", None, "contract value (procurement)"),
            ("800 pesos", None, "exchange_rate"),
        ],
    ),
]

LABEL_FIELDS = ["passage_id", "country_iso3", "metric", "value", "unit", "currency", "year",
                "host_iso3", "span_text", "note"]
CORE = {"troops_deployed", "active_personnel", "reserve_personnel", "defense_budget",
        "budget_change_pct", "budget_change_amount", "budget_share_gdp_pct"}
METRICS = CORE | {"other"}

SEP = {",", ".", NBSP, " "}


def _isolated(text: str, start: int, end: int, span: str) -> bool:
    """True when text[start:end] is not part of a longer number or word."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if span[0].isalnum() and before.isalnum():
        return False
    if span[-1].isalnum() and after.isalnum():
        return False
    # a digit glued to a separator that continues a number: 2.2 -> '2' is not isolated
    if span[0].isdigit() and before in SEP and start > 1 and text[start - 2].isdigit():
        if before != " ":  # '1 624' with a plain space is not used in this set
            return False
    if span[-1].isdigit() and after in SEP and end + 1 < len(text) and text[end + 1].isdigit():
        if after != " ":
            return False
    return True


def locate(text: str, span: str, occ, where: str) -> tuple[int, int]:
    hits = [m.start() for m in re.finditer(re.escape(span), text)
            if _isolated(text, m.start(), m.start() + len(span), span)]
    if not hits:
        raise SystemExit(f"{where}: span {span!r} not found as a whole token")
    if occ is None:
        if len(hits) != 1:
            raise SystemExit(f"{where}: span {span!r} occurs {len(hits)} times; give an occurrence")
        return hits[0], hits[0] + len(span)
    return hits[occ], hits[occ] + len(span)


def build():
    passages, labels, nd_rows = [], [], []
    for p in PASSAGES:
        text = p["text"]
        used: list[tuple[int, int, str]] = []
        nds = []
        for span, occ, kind in p["nd"]:
            s, e = locate(text, span, occ, p["id"])
            nds.append({"span_text": span, "kind": kind, "start": s, "end": e})
            used.append((s, e, span))
        for (span, occ, country, metric, value, unit, currency, year, host, note) in p["labels"]:
            assert metric in METRICS, metric
            assert (metric == "troops_deployed") <= bool(host), (p["id"], span)
            assert (unit == "currency_amount") == bool(currency), (p["id"], span)
            float(value)
            s, e = locate(text, span, occ, p["id"])
            used.append((s, e, span))
            labels.append({"passage_id": p["id"], "country_iso3": country, "metric": metric,
                           "value": value, "unit": unit, "currency": currency, "year": year,
                           "host_iso3": host, "span_text": span, "note": note,
                           "start": s, "end": e})
        used.sort()
        for (s1, e1, a), (s2, e2, b) in zip(used, used[1:]):
            if s2 < e1:
                raise SystemExit(f"{p['id']}: overlapping spans {a!r} and {b!r}")
        nds.sort(key=lambda d: d["start"])
        rec = {"id": p["id"], "source_url": None, "date": p["date"], "publisher": p["publisher"],
               "text": text}
        if p.get("date_note"):
            rec["date_note"] = p["date_note"]
        rec["non_defense_numbers"] = nds
        passages.append(rec)
        nd_rows += [(p["id"], d["span_text"], d["kind"]) for d in nds]
    labels.sort(key=lambda r: (r["passage_id"], r["start"]))
    return passages, labels, nd_rows


def uncovered(passages, labels):
    """Digits in a passage that no label or non-defense span covers (for review)."""
    cover = {}
    for r in labels:
        cover.setdefault(r["passage_id"], []).append((r["start"], r["end"]))
    out = []
    for p in passages:
        spans = cover.get(p["id"], []) + [(d["start"], d["end"]) for d in p["non_defense_numbers"]]
        for m in re.finditer(r"\d+", p["text"]):
            if not any(s <= m.start() and m.end() <= e for s, e in spans):
                out.append((p["id"], m.group()))
    return out


def main():
    passages, labels, nd_rows = build()
    with open(OUT / "passages.jsonl", "w", encoding="utf-8") as f:
        for rec in passages:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(LABEL_FIELDS)
        for r in labels:
            w.writerow([r[k] for k in LABEL_FIELDS])
    with open(OUT / "non_defense.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["passage_id", "span_text", "kind"])
        w.writerows(nd_rows)

    from collections import Counter
    metrics = Counter(r["metric"] for r in labels)
    usd_conv = sum(1 for r in labels if "USD conversion" in r["note"])
    core = sum(n for m, n in metrics.items() if m in CORE)
    print(f"{len(passages)} passages, {len(labels)} labels, {len(nd_rows)} non-defense spans")
    print(f"core rows {core} (of which USD conversions {usd_conv}; scored core {core - usd_conv})")
    for m, n in sorted(metrics.items()):
        print(f"  {m:22s} {n}")
    left = uncovered(passages, labels)
    if left:
        print("digits not covered by any span:", left)


if __name__ == "__main__":
    main()
