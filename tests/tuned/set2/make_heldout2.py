"""Generate the second held-out evaluation set (tests/tuned/set2; a tuned regression set, formerly tests/heldout2).

Every passage below was written for this set, in the style of defense reporting, from publicly known
facts with approximately right figures. Offsets are computed here: each span is looked up in its
passage text (the n-th occurrence when `occ` is given) and the script fails loudly when a span is
missing, ambiguous without an explicit occurrence, or overlaps another span.

Run:  python tests/tuned/set2/make_heldout2.py
"""

from __future__ import annotations

import csv
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parent
NB = "\u00a0"  # non-breaking space, kept on purpose (scraping artefact)


def L(country, metric, value, unit, span, *, currency="", year="", host="", note="", occ=None):
    return dict(country_iso3=country, metric=metric, value=value, unit=unit, currency=currency,
                year=year, host_iso3=host, span_text=span, note=note, occ=occ)


def N(span, kind, occ=None):
    return dict(span_text=span, kind=kind, occ=occ)


PASSAGES = [
    dict(
        id="h2-01", date="2024-01-23", publisher="International wire service",
        text=(f"BRASÍLIA, Jan 22 (Wire) - R${NB}126 billion has been set aside for the Defence Ministry in "
              "Brazil's 2024 budget, sanctioned by President Luiz Inácio Lula da Silva on Monday, with most "
              "of it going to payroll and pensions. Officers say that leaves little for flagship programmes "
              "such as the 36 Gripen E fighters ordered from Saab in 2014, in a force of about 360,000 "
              "active-duty personnel."),
        labels=[
            L("BRA", "defense_budget", "126e9", "currency_amount", f"R${NB}126 billion", currency="BRL",
              year=2024, note="approved (sanctioned) 2024 budget; Defence Ministry allocation incl. payroll and pensions"),
            L("BRA", "active_personnel", "360000", "personnel", "360,000", year=2024, note="approx"),
            L("BRA", "other", "36", "count", "36", note="equipment count: Gripen E fighters ordered"),
        ],
        nd=[N("Jan 22", "date"), N("2024", "year"), N("2014", "year")],
    ),
    dict(
        id="h2-02", date="2024-08-16", publisher="English-language daily (Jakarta)",
        text=("JAKARTA — The Defence Ministry is set to receive Rp165.2 trillion next year under the 2025 state "
              "budget bill, out of total planned spending of Rp3,613.1 trillion, President Joko Widodo told the "
              "House of Representatives on Friday.\nThe Indonesian Military (TNI), which has some 400,000 active "
              "personnel, has ordered 42 Rafale fighter jets from France in a deal worth US$8.1 billion."),
        labels=[
            L("IDN", "defense_budget", "165.2e12", "currency_amount", "Rp165.2 trillion", currency="IDR",
              year=2025, note="proposed (2025 state budget bill, RAPBN)"),
            L("IDN", "active_personnel", "400000", "personnel", "400,000", year=2024, note="approx ('some')"),
            L("IDN", "other", "42", "count", "42", note="equipment count: Rafale jets ordered"),
        ],
        nd=[N("2025", "year"), N("Rp3,613.1 trillion", "national_budget_total (not defense)"),
            N("US$8.1 billion", "contract_value")],
    ),
    dict(
        id="h2-03", date="2024-02-14", publisher="Nigerian daily newspaper",
        text=("ABUJA — Nigeria’s armed forces, with about 143,000 personnel on active duty (Army: 100,000; "
              "Navy: 25,000; Air Force: 18,000), are engaged in internal security operations across nearly all "
              "of the country’s 36 states, the Chief of Defence\nStaff, Gen. Christopher Musa, told senators on "
              "Tuesday. Defence and security were allocated ₦3.25 trillion in the ₦28.7 trillion 2024 budget "
              "signed into law on January 1."),
        labels=[
            L("NGA", "active_personnel", "143000", "personnel", "143,000", year=2024, note="approx"),
            L("NGA", "other", "100000", "personnel", "100,000", year=2024, note="service component: Army"),
            L("NGA", "other", "25000", "personnel", "25,000", year=2024, note="service component: Navy"),
            L("NGA", "other", "18000", "personnel", "18,000", year=2024, note="service component: Air Force"),
            L("NGA", "defense_budget", "3.25e12", "currency_amount", "₦3.25 trillion", currency="NGN",
              year=2024, note="approved 2024 budget; scope: defence and security sector"),
        ],
        nd=[N("36", "count (states)"), N("₦28.7 trillion", "national_budget_total (not defense)"),
            N("2024", "year"), N("January 1", "date")],
    ),
    dict(
        id="h2-04", date="2023-12-07", publisher="Gulf business newswire",
        text=("RIYADH (Wire) – Saudi Arabia allocated SAR 269 billion ($71.7 billion) to the military in its "
              "2024 budget, up from SAR 259 billion budgeted for 2023, keeping defence the largest single item "
              "in planned expenditure of SAR 1.251 trillion.Revenues are forecast at SAR 1.172 trillion, "
              "leaving a deficit equivalent to 1.9 percent of GDP."),
        labels=[
            L("SAU", "defense_budget", "269e9", "currency_amount", "SAR 269 billion", currency="SAR",
              year=2024, note="approved 2024 budget, military sector allocation"),
            L("SAU", "defense_budget", "71.7e9", "currency_amount", "$71.7 billion", currency="USD",
              year=2024, note="USD conversion"),
            L("SAU", "defense_budget", "259e9", "currency_amount", "SAR 259 billion", currency="SAR",
              year=2023, note="2023 budgeted military allocation"),
        ],
        nd=[N("2024", "year"), N("2023", "year"),
            N("SAR 1.251 trillion", "national_budget_total (not defense)"),
            N("SAR 1.172 trillion", "revenue_forecast (not defense)"),
            N("1.9 percent", "fiscal_deficit_share_gdp (not defense)")],
    ),
    dict(
        id="h2-05", date="2023-04-25", publisher="European security think-tank brief",
        text=("Türkiye’s military spending fell by 26 per cent in 2022, to $10.6 billion, as high inflation "
              "eroded the real value of budget allocations, according to SIPRI data. Ankara nevertheless "
              "maintains NATO’s second-largest armed forces, with roughly 355,000 active personnel, and keeps "
              "an estimated 33,800 troops in the north of Cyprus."),
        labels=[
            L("TUR", "budget_change_pct", "-26", "percent", "26 per cent", year=2022,
              note="decrease ('fell by'); SIPRI military expenditure"),
            L("TUR", "defense_budget", "10.6e9", "currency_amount", "$10.6 billion", currency="USD",
              year=2022, note="SIPRI estimate of military expenditure"),
            L("TUR", "active_personnel", "355000", "personnel", "355,000", year=2023, note="approx; 'Ankara' = Türkiye"),
            L("TUR", "troops_deployed", "33800", "personnel", "33,800", year=2023, host="CYP",
              note="approx ('estimated'); northern Cyprus"),
        ],
        nd=[N("2022", "year"), N("second-largest", "ordinal")],
    ),
    dict(
        id="h2-06", date="2025-04-03", publisher="European wire service",
        text=("ATHENS, April 2 — Greece will spend €25 billion over the next 12 years on a sweeping overhaul "
              "of its armed forces, Prime Minister Kyriakos Mitsotakis told parliament on Wednesday, calling it "
              "“the biggest transformation in our modern history”. Athens already spends more than 3% of GDP on "
              "defence (3.08% last year, by NATO’s estimate), one of the highest ratios in the alliance."),
        labels=[
            L("GRC", "other", "25e9", "currency_amount", "€25 billion", currency="EUR",
              note="multi-year armaments programme over 12 years (cumulative, not an annual budget)"),
            L("GRC", "budget_share_gdp_pct", "3", "percent", "3%", year=2025,
              note="lower bound ('more than'); current spending"),
            L("GRC", "budget_share_gdp_pct", "3.08", "percent", "3.08%", year=2024, note="NATO estimate for 2024"),
        ],
        nd=[N("April 2", "date"), N("12 years", "duration")],
    ),
    dict(
        id="h2-07", date="2023-09-20", publisher="Government press release (Sweden)",
        text=("Press release from Ministry of Defence\n\nThe Government proposes that appropriations for "
              "Sweden’s military defence be raised by SEK 27 billion in 2024, to a total of SEK 119 billion. "
              "This is an increase of 28 per cent compared with 2023, and means that defence\nexpenditure is "
              "estimated to reach 2.1 per cent of GDP next year — above the 2 per cent NATO guideline that "
              "Sweden, whose accession is still awaited, has committed to."),
        labels=[
            L("SWE", "budget_change_amount", "27e9", "currency_amount", "SEK 27 billion", currency="SEK",
              year=2024, note="proposed; military defence appropriations"),
            L("SWE", "defense_budget", "119e9", "currency_amount", "SEK 119 billion", currency="SEK",
              year=2024, note="proposed; military defence appropriations"),
            L("SWE", "budget_change_pct", "28", "percent", "28 per cent", year=2024, note="2024 vs 2023; proposed"),
            L("SWE", "budget_share_gdp_pct", "2.1", "percent", "2.1 per cent", year=2024,
              note="estimate; 'next year' relative to 2023"),
            L("NATO", "budget_share_gdp_pct", "2", "percent", "2 per cent",
              note="alliance guideline (year not stated)"),
        ],
        nd=[N("2024", "year"), N("2023", "year")],
    ),
    dict(
        id="h2-08", date="2024-04-05", publisher="International wire service",
        text=("OSLO, April 5 (Wire) - Norway will boost defence spending by 600 billion crowns ($55.7 billion) "
              "over the next 12 years, almost doubling the annual budget, Prime Minister Jonas Gahr Stoere said "
              "on Friday. The long-term plan, which would bring total defence spending over the period to 1,624 "
              "billion crowns and add 4,600 conscripts, employees and reservists, comes as Norway expects its "
              "defence outlays to reach 2% of gross domestic product this year."),
        labels=[
            L("NOR", "other", "600e9", "currency_amount", "600 billion crowns", currency="NOK",
              note="cumulative additional spending over 12 years (long-term plan), not an annual change"),
            L("NOR", "other", "55.7e9", "currency_amount", "$55.7 billion", currency="USD",
              note="USD conversion of the 12-year cumulative increase"),
            L("NOR", "other", "1624e9", "currency_amount", "1,624 billion crowns", currency="NOK",
              note="cumulative total over 12 years, not an annual budget"),
            L("NOR", "other", "4600", "personnel", "4,600", note="troop_change: planned personnel increase"),
            L("NOR", "budget_share_gdp_pct", "2", "percent", "2%", year=2024, note="expected this year"),
        ],
        nd=[N("April 5", "date"), N("12 years", "duration")],
    ),
    dict(
        id="h2-09", date="2025-06-09", publisher="Canadian national newspaper",
        text=("OTTAWA — Canada will lift defence spending to 2 per cent of GDP this fiscal year, Prime Minister "
              "Mark Carney announced Monday, adding C$9 billion in new funding that brings total defence spending "
              "to about C$62.7 billion in 2025-26. The money will go toward recruitment, pay and equipment, as "
              "well as support for the roughly 2,000 Canadian troops in Latvia, where Canada leads a NATO "
              "multinational brigade."),
        labels=[
            L("CAN", "budget_share_gdp_pct", "2", "percent", "2 per cent", year=2025,
              note="target for this fiscal year (FY2025-26)"),
            L("CAN", "budget_change_amount", "9e9", "currency_amount", "C$9 billion", currency="CAD",
              year=2025, note="new funding, FY2025-26"),
            L("CAN", "defense_budget", "62.7e9", "currency_amount", "C$62.7 billion", currency="CAD",
              year=2025, note="approx; FY2025-26 total"),
            L("CAN", "troops_deployed", "2000", "personnel", "2,000", year=2025, host="LVA", note="approx ('roughly')"),
        ],
        nd=[N("2025-26", "year")],
    ),
    dict(
        id="h2-10", date="2023-11-10", publisher="Mexican newspaper (English edition)",
        text=("MEXICO CITY — The Defence Ministry (Sedena) will receive 259.4 billion pesos in 2024 under the "
              "spending plan approved by the lower house this week, a sharp rise driven largely by army-run "
              "infrastructure such as the Maya Train. The figure covers the army and air force only: the Navy’s "
              "budget is set separately, as is that of the roughly 130,000-member National Guard."),
        labels=[
            L("MEX", "defense_budget", "259.4e9", "currency_amount", "259.4 billion pesos", currency="MXN",
              year=2024, note="approved by the Chamber of Deputies; scope: Sedena only (army and air force), excludes Navy"),
            L("MEX", "other", "130000", "personnel", "130,000", year=2023,
              note="National Guard strength (militarised security force), not armed forces; approx"),
        ],
        nd=[N("2024", "year")],
    ),
    dict(
        id="h2-11", date="2024-02-14", publisher="Defence research institute summary",
        text=(f"Egypt fields one of the largest militaries in Africa and the Middle East, with an estimated "
              f"438{NB}500 active personnel and 479{NB}000 reservists, according to The Military Balance 2024. "
              "Conscripts serve between 12 and 36 months depending on education, and the air force still flies "
              "more than 200 F-16s, one of the largest fleets of the type."),
        labels=[
            L("EGY", "active_personnel", "438500", "personnel", f"438{NB}500", year=2024,
              note="estimate, The Military Balance 2024"),
            L("EGY", "reserve_personnel", "479000", "personnel", f"479{NB}000", year=2024,
              note="estimate, The Military Balance 2024"),
            L("EGY", "other", "200", "count", "200", note="equipment count: F-16 fleet; lower bound"),
        ],
        nd=[N("2024", "year (publication title)"), N("between 12 and 36 months", "duration"),
            N("F-16s", "model")],
    ),
    dict(
        id="h2-12", date="2025-04-29", publisher="Security policy newsletter",
        text=("Tehran’s military spending slid 10 percent to roughly $7.9bn last year, SIPRI estimates, as "
              "sanctions squeezed state revenues even while Iran traded direct missile strikes with Israel. Its "
              "armed forces — about 610,000 active troops, including some 190,000 in the Islamic Revolutionary "
              "Guard Corps — remain among the largest in the region."),
        labels=[
            L("IRN", "budget_change_pct", "-10", "percent", "10 percent", year=2024,
              note="decrease ('slid'); SIPRI; 'last year' relative to 2025"),
            L("IRN", "defense_budget", "7.9e9", "currency_amount", "$7.9bn", currency="USD", year=2024,
              note="approx; SIPRI estimate of military expenditure"),
            L("IRN", "active_personnel", "610000", "personnel", "610,000", year=2025, note="approx"),
            L("IRN", "other", "190000", "personnel", "190,000", year=2025,
              note="component: IRGC personnel (part of the 610,000)"),
        ],
        nd=[],
    ),
    dict(
        id="h2-13", date="2025-06-11", publisher="Pakistani daily newspaper",
        text=("ISLAMABAD: The federal government on Tuesday proposed Rs2.55 trillion for defence in the 2025-26 "
              "budget, a 20pc increase over the Rs2.12tr allocated last year, weeks after the military standoff "
              "with India in May.\nThe defence allocation is part of a total outlay of Rs17.57 trillion, while "
              "interest payments on debt alone will consume Rs8.2tr."),
        labels=[
            L("PAK", "defense_budget", "2.55e12", "currency_amount", "Rs2.55 trillion", currency="PKR",
              year=2025, note="proposed; FY2025-26"),
            L("PAK", "budget_change_pct", "20", "percent", "20pc", year=2025, note="FY2025-26 vs FY2024-25; proposed"),
            L("PAK", "defense_budget", "2.12e12", "currency_amount", "Rs2.12tr", currency="PKR",
              year=2024, note="FY2024-25 allocation"),
        ],
        nd=[N("2025-26", "year"), N("Rs17.57 trillion", "national_budget_total (not defense)"),
            N("Rs8.2tr", "debt_servicing (not defense)")],
    ),
    dict(
        id="h2-14", date="2024-12-20", publisher="Southeast Asian regional newspaper",
        text=("HÀ NỘI — As the Việt Nam People’s Army prepares to mark its 80th anniversary on December 22, the "
              "defence ministry is pressing ahead with a restructuring meant to build a “lean, compact and "
              "strong” force by 2025. Western estimates put the army’s strength at about 450,000 active "
              "personnel, backed by roughly five million reservists; Việt Nam also keeps a 63-member military "
              "field hospital with the UN mission in Bentiu, South Sudan."),
        labels=[
            L("VNM", "active_personnel", "450000", "personnel", "450,000", year=2024, note="approx; Western estimate"),
            L("VNM", "reserve_personnel", "5000000", "personnel", "five million", year=2024, note="approx"),
            L("VNM", "troops_deployed", "63", "personnel", "63", year=2024, host="SSD",
              note="UN peacekeeping (UNMISS) military field hospital"),
        ],
        nd=[N("80th", "ordinal"), N("December 22", "date"), N("2025", "year")],
    ),
    dict(
        id="h2-15", date="2024-04-22", publisher="International wire service",
        text=("MANILA (Wire) — About 16,700 troops from the Philippines, the United States, Australia and France "
              "began the annual Balikatan exercises on Monday, the 39th edition of the drills and the largest so "
              "far. The Philippines, whose armed forces number about 150,000 active personnel, has also taken "
              "delivery of the first of three batteries of India’s BrahMos anti-ship missiles under a $375 "
              "million deal signed in 2022."),
        labels=[
            L("PHL", "active_personnel", "150000", "personnel", "150,000", year=2024, note="approx"),
            L("PHL", "other", "3", "count", "three", note="equipment count: missile batteries ordered"),
        ],
        nd=[N("16,700", "exercise_participants (multinational, temporary)"), N("39th", "ordinal"), N("first", "ordinal"), N("$375 million", "contract_value"),
            N("2022", "year")],
    ),
    dict(
        id="h2-16", date="2024-04-18", publisher="Australian policy institute analysis",
        text=("The 2024 National Defence Strategy, released on 17 April, adds A$5.7 billion over the forward "
              "estimates and A$50.3 billion over the decade, and projects defence spending rising to 2.4 per cent "
              "of GDP by 2033–34, from about 2 per cent today. Even so, the AUKUS nuclear-powered submarine "
              "program, costed at up to A$368 billion to the mid-2050s, will remain the largest single call on "
              "the budget."),
        labels=[
            L("AUS", "other", "5.7e9", "currency_amount", "A$5.7 billion", currency="AUD",
              note="additional funding over the forward estimates (four years), cumulative"),
            L("AUS", "other", "50.3e9", "currency_amount", "A$50.3 billion", currency="AUD",
              note="additional funding over ten years, cumulative"),
            L("AUS", "budget_share_gdp_pct", "2.4", "percent", "2.4 per cent", year=2033,
              note="projection for FY2033-34"),
            L("AUS", "budget_share_gdp_pct", "2", "percent", "2 per cent", year=2024, note="approx; current"),
            L("AUS", "other", "368e9", "currency_amount", "A$368 billion", currency="AUD",
              note="AUKUS submarine program cost estimate to the mid-2050s, upper bound"),
        ],
        nd=[N("2024", "year"), N("17 April", "date"), N("2033–34", "year"), N("mid-2050s", "decade")],
    ),
    dict(
        id="h2-17", date="2025-04-22", publisher="Spanish newspaper (English edition)",
        text=("MADRID — Spain will spend an extra €10,471 million on defence this year to reach 2% of GDP, "
              "Prime Minister Pedro Sánchez announced on Tuesday, after the country ranked last among NATO allies "
              "in 2024 with an estimated 1.28 per cent. None of the money will come from tax rises or cuts to "
              "social spending, he said."),
        labels=[
            L("ESP", "budget_change_amount", "10.471e9", "currency_amount", "€10,471 million", currency="EUR",
              year=2025, note="additional spending this year"),
            L("ESP", "budget_share_gdp_pct", "2", "percent", "2%", year=2025, note="target for this year"),
            L("ESP", "budget_share_gdp_pct", "1.28", "percent", "1.28 per cent", year=2024, note="estimate"),
        ],
        nd=[N("2024", "year")],
    ),
    dict(
        id="h2-18", date="2024-10-11", publisher="European wire service",
        text=("ROME — Italy, which has about 1,000 soldiers serving with the UN peacekeeping force in southern "
              "Lebanon, protested on Thursday after Israeli fire hit UNIFIL positions near Naqoura, wounding two "
              "peacekeepers. Defence Minister Guido Crosetto said the mission, expanded under Security Council "
              "Resolution 1701 in 2006 and numbering some 10,000 troops from 50 countries, could not be forced "
              "out."),
        labels=[
            L("ITA", "troops_deployed", "1000", "personnel", "1,000", year=2024, host="LBN", note="approx; UNIFIL"),
        ],
        nd=[N("two", "casualties"), N("1701", "resolution_number"), N("2006", "year"),
            N("10,000", "multinational_mission_strength (UNIFIL total, not one country)"), N("50", "count (countries)")],
    ),
    dict(
        id="h2-19", date="2024-06-18", publisher="Dutch news site (English)",
        text=("THE HAGUE — The Netherlands will meet NATO’s two per cent norm this year, with defence spending of "
              "about €21.4 billion, or 2.05 per cent of GDP, according to alliance estimates published on Monday. "
              "The cabinet has also earmarked €3.5 billion in military support for Ukraine in 2025, on top of the "
              "24 F-16s already pledged to Kyiv."),
        labels=[
            L("NLD", "budget_share_gdp_pct", "2", "percent", "two per cent", year=2024,
              note="the NATO norm the Netherlands will meet this year (target; attributed to the country that meets it, "
                   "as the real sets d29-01, d2b-33 and d2c-10 label it)"),
            L("NLD", "defense_budget", "21.4e9", "currency_amount", "€21.4 billion", currency="EUR",
              year=2024, note="approx; 2024 spending"),
            L("NLD", "budget_share_gdp_pct", "2.05", "percent", "2.05 per cent", year=2024, note="NATO estimate"),
            L("NLD", "other", "24", "count", "24", note="equipment count: F-16s pledged to Ukraine"),
        ],
        nd=[N("€3.5 billion", "aid_package (military aid to Ukraine)"), N("2025", "year"), N("F-16s", "model")],
    ),
    dict(
        id="h2-20", date="2024-06-20", publisher="Black Sea regional newspaper",
        text=("BUCHAREST — Romania’s armed forces, with about 71,500 active personnel and 55,000 reservists, host "
              "a NATO battlegroup led by France, which has roughly 1,000 soldiers stationed at the Cincu training "
              "area. Work has also begun on a €2.5 billion expansion of the Mihail Kogălniceanu air base near the "
              "Black Sea, set to become NATO’s largest in Europe."),
        labels=[
            L("ROU", "active_personnel", "71500", "personnel", "71,500", year=2024, note="approx"),
            L("ROU", "reserve_personnel", "55000", "personnel", "55,000", year=2024, note="approx"),
            L("FRA", "troops_deployed", "1000", "personnel", "1,000", year=2024, host="ROU",
              note="approx; NATO battlegroup at Cincu"),
            L("ROU", "other", "2.5e9", "currency_amount", "€2.5 billion", currency="EUR",
              note="air base expansion cost (infrastructure project)"),
        ],
        nd=[],
    ),
    dict(
        id="h2-21", date="2024-09-10", publisher="Nordic public broadcaster (English service)",
        text=("HELSINKI — Finland, which shares a 1,340-kilometre border with Russia, can field a wartime force of "
              "280,000 troops and has some 870,000 trained reservists, drawn from conscripts who serve 165, 255 or "
              "347 days. Defence appropriations of about €6.2 billion this year, swollen by payments for 64 F-35 "
              "fighters, put spending at roughly 2.4% of GDP."),
        labels=[
            L("FIN", "other", "280000", "personnel", "280,000", year=2024,
              note="wartime (mobilised) strength, not active personnel"),
            L("FIN", "reserve_personnel", "870000", "personnel", "870,000", year=2024, note="approx ('some')"),
            L("FIN", "defense_budget", "6.2e9", "currency_amount", "€6.2 billion", currency="EUR",
              year=2024, note="approx; appropriations this year"),
            L("FIN", "other", "64", "count", "64", note="equipment count: F-35 fighters ordered"),
            L("FIN", "budget_share_gdp_pct", "2.4", "percent", "2.4%", year=2024, note="approx"),
        ],
        nd=[N("1,340-kilometre", "distance"), N("165", "duration"), N("255", "duration"),
            N("347 days", "duration"), N("F-35", "model")],
    ),
    dict(
        id="h2-22", date="2025-04-28", publisher="International wire service",
        text=("STOCKHOLM, April 28 (Wire) - Israel's military spending jumped 65% to $46.5 billion in 2024, its "
              "steepest annual rise since the 1967 Six-Day War, as the wars in Gaza and Lebanon drove up costs, the "
              "Stockholm International Peace Research Institute said on Monday. Its military burden — spending as "
              "a share of GDP — climbed to 8.8%, the second highest in the world."),
        labels=[
            L("ISR", "budget_change_pct", "65", "percent", "65%", year=2024, note="SIPRI military expenditure"),
            L("ISR", "defense_budget", "46.5e9", "currency_amount", "$46.5 billion", currency="USD",
              year=2024, note="SIPRI estimate of military expenditure"),
            L("ISR", "budget_share_gdp_pct", "8.8", "percent", "8.8%", year=2024, note="SIPRI military burden"),
        ],
        nd=[N("April 28", "date"), N("2024", "year"), N("1967", "year"), N("Six-Day", "name (war)"), N("second", "ordinal")],
    ),
    dict(
        id="h2-23", date="2025-01-28", publisher="South African news site",
        text=("JOHANNESBURG — Thirteen South African soldiers have been killed in fighting with M23 rebels around "
              "Goma, raising pressure on President Cyril Ramaphosa to bring home troops from eastern Congo, where "
              "South Africa has committed up to 2,900 soldiers to a regional SADC mission since December 2023. "
              "Parliament was told the deployment would cost R2.37 billion in its first year, a heavy burden for "
              "the SANDF, a force of about 73,000 whose budget has shrunk in real terms for a decade."),
        labels=[
            L("ZAF", "troops_deployed", "2900", "personnel", "2,900", year=2025, host="COD",
              note="committed/authorised deployment, upper bound ('up to'), since December 2023"),
            L("ZAF", "other", "2.37e9", "currency_amount", "R2.37 billion", currency="ZAR",
              note="deployment cost, first year"),
            L("ZAF", "active_personnel", "73000", "personnel", "73,000", year=2025, note="approx; SANDF"),
        ],
        nd=[N("Thirteen", "casualties"), N("M23", "name (armed group)"), N("December 2023", "date"),
            N("first", "ordinal"), N("a decade", "duration")],
    ),
    dict(
        id="h2-24", date="2025-02-10", publisher="Latin American news agency",
        text=("BOGOTÁ — Colombia maintains one of Latin America’s largest militaries, about 293,000 active "
              "personnel, some 185,000 of them in the Army, a legacy of more than five decades of war with the "
              "FARC, whose roughly 13,000 members disarmed under the 2016 peace accord. Talks with the ELN, "
              "estimated at 5,800 fighters, were suspended in January 2025 after a wave of violence in the "
              "Catatumbo region."),
        labels=[
            L("COL", "active_personnel", "293000", "personnel", "293,000", year=2025, note="approx"),
            L("COL", "other", "185000", "personnel", "185,000", year=2025, note="service component: Army; approx"),
        ],
        nd=[N("five decades", "duration"), N("13,000", "armed_group_strength (FARC, not state forces)"),
            N("2016", "year"), N("5,800", "armed_group_strength (ELN, not state forces)"),
            N("January 2025", "date")],
    ),
    dict(
        id="h2-25", date="2024-03-01", publisher="Think-tank country profile",
        text=("Country profile: Chile. Armed forces (2024): 68,500 active (Army: 37,650; Navy: 19,800; Air Force: "
              "11,050). Until the Reserved Copper Law was repealed in 2019, 10% of state miner Codelco’s export "
              "sales went straight to the military for arms purchases."),
        labels=[
            L("CHL", "active_personnel", "68500", "personnel", "68,500", year=2024),
            L("CHL", "other", "37650", "personnel", "37,650", year=2024, note="service component: Army"),
            L("CHL", "other", "19800", "personnel", "19,800", year=2024, note="service component: Navy"),
            L("CHL", "other", "11050", "personnel", "11,050", year=2024, note="service component: Air Force"),
            L("CHL", "other", "10", "percent", "10%",
              note="share of Codelco export sales earmarked for arms procurement (law repealed 2019)"),
        ],
        nd=[N("2024", "year"), N("2019", "year")],
    ),
    dict(
        id="h2-26", date="2024-06-19", publisher="Thai English-language daily",
        text=("BANGKOK — The Defence Ministry has been allocated 200.9 billion baht in the fiscal 2025 budget bill, "
              "up 1.2% from 198.5 billion baht this fiscal year, out of total spending of 3.75tn baht. The armed "
              "forces, some 360,000 strong, are meanwhile weighing Saab’s Gripen E/F against Lockheed Martin’s "
              "F-16 Block 70 for a new fighter purchase."),
        labels=[
            L("THA", "defense_budget", "200.9e9", "currency_amount", "200.9 billion baht", currency="THB",
              year=2025, note="proposed (budget bill); FY2025"),
            L("THA", "budget_change_pct", "1.2", "percent", "1.2%", year=2025, note="FY2025 vs FY2024; proposed"),
            L("THA", "defense_budget", "198.5e9", "currency_amount", "198.5 billion baht", currency="THB",
              year=2024, note="FY2024 ('this fiscal year')"),
            L("THA", "active_personnel", "360000", "personnel", "360,000", year=2024, note="approx ('some')"),
        ],
        nd=[N("fiscal 2025", "year"), N("3.75tn baht", "national_budget_total (not defense)"),
            N("F-16 Block 70", "model")],
    ),
    dict(
        id="h2-27", date="2024-02-29", publisher="Singapore daily newspaper",
        text=("SINGAPORE — Mindef’s budget for FY2024 is $20.2 billion, Defence Minister Ng Eng Hen said, warning "
              "of “a more dangerous and unpredictable world”. The SAF also relies on some 250,000 operationally "
              "ready national servicemen, who remain liable for reservist training until the age of 40, or 50 for "
              "officers."),
        labels=[
            L("SGP", "defense_budget", "20.2e9", "currency_amount", "$20.2 billion", currency="SGD",
              year=2024, note="FY2024 (April 2024-March 2025); Singapore dollars"),
            L("SGP", "reserve_personnel", "250000", "personnel", "250,000", year=2024,
              note="approx; operationally ready national servicemen"),
        ],
        nd=[N("FY2024", "year"), N("40", "age"), N("50", "age")],
    ),
    dict(
        id="h2-28", date="2024-06-06", publisher="Bangladeshi English-language daily",
        text=("DHAKA, June 6: Finance Minister Abul Hassan Mahmood Ali today placed a Tk 7.97 lakh crore budget for "
              "FY2024-25 in parliament, with Tk 42,014 crore earmarked for defence services. Bangladesh, one of the "
              "largest contributors to UN peacekeeping with nearly 6,000 uniformed personnel abroad, maintains "
              "armed forces of about 163,000 active members."),
        labels=[
            L("BGD", "defense_budget", "420.14e9", "currency_amount", "Tk 42,014 crore", currency="BDT",
              year=2024, note="proposed; FY2024-25; 1 crore = 1e7"),
            L("BGD", "other", "6000", "personnel", "6,000", year=2024,
              note="UN peacekeepers abroad across several missions (no single host); approx upper bound ('nearly')"),
            L("BGD", "active_personnel", "163000", "personnel", "163,000", year=2024, note="approx"),
        ],
        nd=[N("June 6", "date"), N("Tk 7.97 lakh crore", "national_budget_total (not defense)"),
            N("FY2024-25", "year")],
    ),
    dict(
        id="h2-29", date="2024-06-26", publisher="East African newspaper",
        text=("NAIROBI — The first 400 Kenyan police officers landed in Port-au-Prince on Tuesday to lead a "
              "UN-backed security mission in Haiti, part of a pledge of 1,000 officers. About 3,500 Kenya Defence "
              "Forces soldiers remain in Somalia under the African Union mission there, which Nairobi joined in "
              "2012."),
        labels=[
            L("KEN", "troops_deployed", "3500", "personnel", "3,500", year=2024, host="SOM", note="approx; AU mission"),
        ],
        nd=[N("first", "ordinal"), N("400", "police_deployment (not military)"),
            N("1,000", "police_pledge (not military)"), N("2012", "year")],
    ),
    dict(
        id="h2-30", date="2024-10-22", publisher="North African business news site",
        text=("RABAT — Morocco’s draft finance law for 2025 earmarks some 133 billion dirhams (about $13.4 billion) "
              "for the Administration of National Defence, including funds to buy and repair military equipment. "
              "The kingdom, whose Royal Armed Forces count roughly 195,800 active personnel and 150,000 "
              "reservists, is awaiting delivery of 24 AH-64E Apache helicopters."),
        labels=[
            L("MAR", "defense_budget", "133e9", "currency_amount", "133 billion dirhams", currency="MAD",
              year=2025, note="proposed (draft finance law 2025); approx"),
            L("MAR", "defense_budget", "13.4e9", "currency_amount", "$13.4 billion", currency="USD",
              year=2025, note="USD conversion"),
            L("MAR", "active_personnel", "195800", "personnel", "195,800", year=2024, note="approx"),
            L("MAR", "reserve_personnel", "150000", "personnel", "150,000", year=2024, note="approx"),
            L("MAR", "other", "24", "count", "24", note="equipment count: AH-64E helicopters on order"),
        ],
        nd=[N("2025", "year"), N("AH-64E", "model")],
    ),
]

NUMERAL = re.compile(r"\d[\d,.\u00a0]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"thirteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|first|second|third)\b",
                     re.IGNORECASE)


def plain(value: str) -> str:
    s = format(Decimal(value), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def locate(text: str, span: str, occ: int | None, where: str) -> tuple[int, int]:
    def standalone(start: int, end: int) -> bool:
        # a span must not be a piece of a longer number or word ("36" inside "360,000")
        before = text[start - 1] if start else ""
        before2 = text[start - 2] if start > 1 else ""
        after = text[end] if end < len(text) else ""
        after2 = text[end + 1] if end + 1 < len(text) else ""
        if before.isalnum() or after.isalnum():
            return False
        if before in ".," and before2.isdigit():
            return False
        if after in ".," and after2.isdigit():
            return False
        return True

    hits = [m.start() for m in re.finditer(re.escape(span), text) if standalone(m.start(), m.end())]
    if not hits:
        sys.exit(f"{where}: span {span!r} not found")
    if occ is None:
        if len(hits) > 1:
            sys.exit(f"{where}: span {span!r} occurs {len(hits)} times; give occ=")
        occ = 1
    start = hits[occ - 1]
    return start, start + len(span)


def main() -> None:
    ids = [p["id"] for p in PASSAGES]
    assert ids == [f"h2-{i:02d}" for i in range(1, 31)], ids
    passages, labels, warnings = [], [], []
    for p in PASSAGES:
        text = p["text"]
        taken: list[tuple[int, int, str]] = []
        nd_rows = []
        for n in p["nd"]:
            s, e = locate(text, n["span_text"], n["occ"], p["id"])
            taken.append((s, e, n["span_text"]))
            nd_rows.append({"span_text": n["span_text"], "kind": n["kind"], "start": s, "end": e})
        for lab in p["labels"]:
            s, e = locate(text, lab["span_text"], lab["occ"], p["id"])
            taken.append((s, e, lab["span_text"]))
            labels.append({
                "passage_id": p["id"], "country_iso3": lab["country_iso3"], "metric": lab["metric"],
                "value": plain(lab["value"]), "unit": lab["unit"], "currency": lab["currency"],
                "year": lab["year"], "host_iso3": lab["host_iso3"], "span_text": lab["span_text"],
                "note": lab["note"], "start": s, "end": e,
            })
        taken.sort()
        for (s1, e1, a), (s2, e2, b) in zip(taken, taken[1:]):
            if s2 < e1:
                sys.exit(f"{p['id']}: spans overlap: {a!r} / {b!r}")
        for m in NUMERAL.finditer(text):
            if not any(s <= m.start() < e for s, e, _ in taken):
                warnings.append(f"{p['id']}: unlabelled numeral {m.group()!r}")
        nd_rows.sort(key=lambda r: r["start"])
        passages.append({"id": p["id"], "source_url": None, "date": p["date"], "publisher": p["publisher"],
                         "text": text, "non_defense_numbers": nd_rows})

    with open(OUT / "passages.jsonl", "w", encoding="utf-8") as f:
        for row in passages:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    cols = ["passage_id", "country_iso3", "metric", "value", "unit", "currency", "year", "host_iso3",
            "span_text", "note"]
    with open(OUT / "labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for row in labels:
            w.writerow([row[c] for c in cols])
    with open(OUT / "non_defense.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["passage_id", "span_text", "kind"])
        for p in passages:
            for n in p["non_defense_numbers"]:
                w.writerow([p["id"], n["span_text"], n["kind"]])

    core = [r for r in labels if r["metric"] != "other" and "USD conversion" not in r["note"]]
    print(f"{len(passages)} passages, {len(labels)} label rows, {len(core)} core (USD conversions aside), "
          f"{sum(len(p['non_defense_numbers']) for p in passages)} non-defense spans")
    for w_ in warnings:
        print("note:", w_)


if __name__ == "__main__":
    main()
