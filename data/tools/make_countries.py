"""Regenerate data/countries.csv and data/country_aliases.csv.

Maintenance tool only: the dashboard reads the two CSV files at run time and
never imports pycountry.  Run from the project root:

    .venv/bin/python data/tools/make_countries.py

The ISO rows come from pycountry; everything else (display names, fiscal
years, demonyms, capitals, institutions, abbreviations) is curated by hand in
the tables below.  Output is sorted (iso3, then alias), so re-running gives
identical files for a given pycountry release (last run with 26.2.16).
"""

import csv
import sys
from pathlib import Path

import pycountry

DATA_DIR = Path(__file__).resolve().parent.parent
COUNTRIES_CSV = DATA_DIR / "countries.csv"
ALIASES_CSV = DATA_DIR / "country_aliases.csv"

NATO = "NATO"

# ---------------------------------------------------------------------------
# Display names.  Default is pycountry's common_name, else its name; these
# entries replace the ones that read badly in a dashboard.
# ---------------------------------------------------------------------------
DISPLAY_NAMES = {
    "BES": "Caribbean Netherlands",
    "BRN": "Brunei",
    "CCK": "Cocos Islands",
    "CIV": "Ivory Coast",
    "COD": "DR Congo",
    "CPV": "Cape Verde",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "MAF": "Saint Martin",
    "PCN": "Pitcairn Islands",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SHN": "Saint Helena",
    "SXM": "Sint Maarten",
    "TLS": "East Timor",
    "TUR": "Turkey",
    "VAT": "Vatican City",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
}

# ---------------------------------------------------------------------------
# Government fiscal years: iso3 -> (first month, label convention).
# "start": the year is named after the calendar year it starts in (a split
# label such as "2024-25" counts as 2024); "end": named after the year it
# ends in (US FY2020 = Oct 2019 - Sep 2020).  Only well-established cases;
# a country missing here gets empty fiscal-year cells.
# ---------------------------------------------------------------------------
CALENDAR_YEAR = """
    ALB ARE ARG ARM AUT AZE BEL BGR BHR BLR BRA CHE CHL CHN COL CYP CZE DEU
    DNK DZA ESP EST FIN FRA GEO GHA GRC HRV HUN IDN IRL IRQ ISL ISR ITA KAZ
    KOR LKA LTU LUX LVA MAR MDA MEX MKD MLT MNE MYS NGA NLD NOR OMN PER PHL
    POL PRT QAT ROU RUS SAU SRB SVK SVN SWE TUN TUR TWN UKR VNM
""".split()

FISCAL_YEARS = {iso3: (1, "start") for iso3 in CALENDAR_YEAR}
FISCAL_YEARS.update({
    "USA": (10, "end"),    # FY2025 = Oct 2024 - Sep 2025
    "THA": (10, "end"),    # FY2025 = Oct 2024 - Sep 2025
    "JPN": (4, "start"),   # fiscal 2024 = Apr 2024 - Mar 2025
    "IND": (4, "start"),   # 2024-25
    "GBR": (4, "start"),   # 2024-25
    "CAN": (4, "start"),   # 2024-25
    "SGP": (4, "start"),   # FY2024 = Apr 2024 - Mar 2025
    "HKG": (4, "start"),   # 2024-25
    "ZAF": (4, "start"),   # 2024/25
    "KWT": (4, "start"),   # 2024/2025
    "AUS": (7, "start"),   # 2024-25
    "NZL": (7, "start"),   # 2024/25
    "PAK": (7, "start"),   # FY2024-25
    "BGD": (7, "start"),   # FY2024-25
    "EGY": (7, "start"),   # FY2024/25
    "KEN": (7, "start"),   # 2024/25
    "UGA": (7, "start"),   # 2024/25
    "TZA": (7, "start"),   # 2024/25
})

# ---------------------------------------------------------------------------
# Extra names and variants (kind "name").  Every display name and every
# plausible pycountry name/official name is added automatically; this holds
# the rest.
# ---------------------------------------------------------------------------
EXTRA_NAMES = {
    "ALA": ["Aland Islands", "Åland"],
    "BES": ["Bonaire"],
    "BIH": ["Bosnia"],
    "BLM": ["Saint Barthelemy"],
    "CCK": ["Cocos (Keeling) Islands"],
    "CHN": ["mainland China"],
    "COD": ["Democratic Republic of the Congo", "Democratic Republic of Congo",
            "Congo-Kinshasa"],
    "COG": ["Republic of Congo", "Congo-Brazzaville"],
    "CIV": ["Cote d'Ivoire"],
    "CPV": ["Cabo Verde"],
    "CUW": ["Curacao"],
    "CZE": ["Czech Republic"],
    "FLK": ["Falklands"],
    "FRO": ["Faroes"],
    "GBR": ["Britain", "Great Britain", "Northern Ireland"],
    "GMB": ["The Gambia"],
    "IRL": ["Republic of Ireland"],
    "KOR": ["Republic of Korea", "S. Korea"],
    "LAO": ["Lao PDR"],
    "MAC": ["Macau"],
    "MMR": ["Burma"],
    "NLD": ["Holland"],
    "PRK": ["N. Korea"],
    "PSE": ["Palestinian Territories"],
    "SWZ": ["Swaziland"],
    "TTO": ["Trinidad"],
    "TUR": ["Turkiye"],
    "TWN": ["Chinese Taipei"],
    "USA": ["the United States", "America"],
    "VAT": ["Vatican", "Holy See"],
    "VIR": ["US Virgin Islands"],
}

# Abbreviations (kind "short"); all matched case-sensitively.
SHORT_FORMS = {
    "ARE": ["UAE", "U.A.E."],
    "BIH": ["BiH"],
    "CHN": ["PRC"],
    "COD": ["DRC"],
    "GBR": ["UK", "U.K."],
    "KOR": ["ROK"],
    "NZL": ["NZ"],
    "PRK": ["DPRK"],
    "SAU": ["KSA"],
    "USA": ["US", "U.S.", "USA", "U.S.A."],
}

# ---------------------------------------------------------------------------
# Demonyms and national adjectives (kind "demonym").  A plural with a plain
# "s" is added unless the word ends in -ese/-ish/-ch/-ss/-ic or is listed in
# NO_PLURAL; irregular nouns (Poles, Swedes, ...) are written out.
# ---------------------------------------------------------------------------
DEMONYMS = {
    "AFG": ["Afghan"], "AGO": ["Angolan"], "ALB": ["Albanian"],
    "AND": ["Andorran"], "ARE": ["Emirati"], "ARG": ["Argentine", "Argentinian"],
    "ARM": ["Armenian"], "ASM": ["American Samoan"], "AUS": ["Australian", "Aussie"],
    "AUT": ["Austrian"], "AZE": ["Azerbaijani", "Azeri"], "BDI": ["Burundian"],
    "BEL": ["Belgian"], "BEN": ["Beninese"], "BFA": ["Burkinabe", "Burkinabè"],
    "BGD": ["Bangladeshi"], "BGR": ["Bulgarian"], "BHR": ["Bahraini"],
    "BHS": ["Bahamian"], "BIH": ["Bosnian"], "BLR": ["Belarusian"],
    "BLZ": ["Belizean"], "BOL": ["Bolivian"], "BRA": ["Brazilian"],
    "BRB": ["Barbadian"], "BRN": ["Bruneian"], "BTN": ["Bhutanese"],
    "BWA": ["Botswanan"], "CAN": ["Canadian"], "CHE": ["Swiss"],
    "CHL": ["Chilean"], "CHN": ["Chinese"], "CIV": ["Ivorian"],
    "CMR": ["Cameroonian"], "COL": ["Colombian"], "COM": ["Comorian"],
    "CPV": ["Cape Verdean"], "CRI": ["Costa Rican"], "CUB": ["Cuban"],
    "CYP": ["Cypriot"], "CZE": ["Czech", "Czechs"], "DEU": ["German"],
    "DJI": ["Djiboutian"], "DNK": ["Danish", "Danes"], "DZA": ["Algerian"],
    "ECU": ["Ecuadorian"], "EGY": ["Egyptian"], "ERI": ["Eritrean"],
    "ESP": ["Spanish", "Spaniard"], "EST": ["Estonian"], "ETH": ["Ethiopian"],
    "FIN": ["Finnish", "Finns"], "FJI": ["Fijian"], "FRA": ["French"],
    "GAB": ["Gabonese"], "GBR": ["British", "Briton", "Brit", "Northern Irish"],
    "GEO": ["Georgian"], "GHA": ["Ghanaian"], "GMB": ["Gambian"],
    "GNB": ["Bissau-Guinean"], "GNQ": ["Equatorial Guinean", "Equatoguinean"],
    "GRC": ["Greek", "Hellenic"], "GRD": ["Grenadian"], "GRL": ["Greenlandic"],
    "GTM": ["Guatemalan"], "GUY": ["Guyanese"], "HND": ["Honduran"],
    "HRV": ["Croatian", "Croat"], "HTI": ["Haitian"], "HUN": ["Hungarian"],
    "IDN": ["Indonesian"], "IND": ["Indian"], "IRL": ["Irish"],
    "IRN": ["Iranian"], "IRQ": ["Iraqi"], "ISL": ["Icelandic", "Icelander"],
    "ISR": ["Israeli"], "ITA": ["Italian"], "JAM": ["Jamaican"],
    "JOR": ["Jordanian"], "JPN": ["Japanese"], "KAZ": ["Kazakh", "Kazakhstani"],
    "KEN": ["Kenyan"], "KGZ": ["Kyrgyz"], "KHM": ["Cambodian"],
    "KOR": ["South Korean"], "KWT": ["Kuwaiti"], "LAO": ["Laotian", "Lao"],
    "LBN": ["Lebanese"], "LBR": ["Liberian"], "LBY": ["Libyan"],
    "LIE": ["Liechtensteiner"], "LKA": ["Sri Lankan"],
    "LTU": ["Lithuanian"], "LUX": ["Luxembourgish", "Luxembourger"],
    "LVA": ["Latvian"], "MAR": ["Moroccan"], "MCO": ["Monegasque"],
    "MDA": ["Moldovan"], "MDG": ["Malagasy"], "MDV": ["Maldivian"],
    "MEX": ["Mexican"], "MHL": ["Marshallese"], "MKD": ["North Macedonian"],
    "MLI": ["Malian"], "MLT": ["Maltese"], "MMR": ["Burmese"],
    "MNE": ["Montenegrin"], "MNG": ["Mongolian"], "MOZ": ["Mozambican"],
    "MRT": ["Mauritanian"], "MUS": ["Mauritian"], "MWI": ["Malawian"],
    "MYS": ["Malaysian"], "NAM": ["Namibian"], "NER": ["Nigerien"],
    "NGA": ["Nigerian"], "NIC": ["Nicaraguan"], "NLD": ["Dutch"],
    "NOR": ["Norwegian"], "NPL": ["Nepalese", "Nepali"], "NRU": ["Nauruan"],
    "NZL": ["New Zealander"], "OMN": ["Omani"], "PAK": ["Pakistani"],
    "PAN": ["Panamanian"], "PER": ["Peruvian"], "PHL": ["Filipino", "Philippine"],
    "PLW": ["Palauan"], "PNG": ["Papua New Guinean"],
    "POL": ["Polish", "Poles"], "PRI": ["Puerto Rican"],
    "PRK": ["North Korean"], "PRT": ["Portuguese"], "PRY": ["Paraguayan"],
    "PSE": ["Palestinian"], "QAT": ["Qatari"], "ROU": ["Romanian"],
    "RUS": ["Russian"], "RWA": ["Rwandan"], "SAU": ["Saudi"],
    "SDN": ["Sudanese"], "SEN": ["Senegalese"], "SGP": ["Singaporean"],
    "SLB": ["Solomon Islander"], "SLE": ["Sierra Leonean"],
    "SLV": ["Salvadoran", "Salvadorean"], "SMR": ["Sammarinese"],
    "SOM": ["Somali", "Somalian"], "SRB": ["Serbian", "Serb"],
    "SSD": ["South Sudanese"], "SUR": ["Surinamese"], "SVK": ["Slovak"],
    "SVN": ["Slovenian", "Slovene"], "SWE": ["Swedish", "Swedes"],
    "SWZ": ["Swazi"], "SYC": ["Seychellois"], "SYR": ["Syrian"],
    "TCD": ["Chadian"], "TGO": ["Togolese"], "THA": ["Thai"],
    "TJK": ["Tajik"], "TKM": ["Turkmen"], "TLS": ["Timorese", "East Timorese"],
    "TON": ["Tongan"], "TTO": ["Trinidadian"], "TUN": ["Tunisian"],
    "TUR": ["Turkish", "Turk"], "TUV": ["Tuvaluan"], "TWN": ["Taiwanese"],
    "TZA": ["Tanzanian"], "UGA": ["Ugandan"], "UKR": ["Ukrainian"],
    "URY": ["Uruguayan"], "USA": ["American"], "UZB": ["Uzbek", "Uzbekistani"],
    "VEN": ["Venezuelan"], "VNM": ["Vietnamese"], "VUT": ["Ni-Vanuatu"],
    "WSM": ["Samoan"], "YEM": ["Yemeni"], "ZAF": ["South African"],
    "ZMB": ["Zambian"], "ZWE": ["Zimbabwean"],
}

# Adjective-only forms whose "+s" would be wrong or would collide with a name.
NO_PLURAL = {"Philippine", "Lao", "Malagasy", "Burkinabe", "Burkinabè",
             "Seychellois", "Ni-Vanuatu", "Kyrgyz", "Turkmen", "Czechs",
             "Danes", "Finns", "Poles", "Swedes"}
NO_PLURAL_ENDINGS = ("ese", "ish", "ch", "ss", "ic")

# ---------------------------------------------------------------------------
# Capitals used as shorthand for governments (kind "capital").
# ---------------------------------------------------------------------------
CAPITALS = {
    "AFG": ["Kabul"], "AGO": ["Luanda"], "ALB": ["Tirana"],
    "ARE": ["Abu Dhabi"], "ARG": ["Buenos Aires"], "ARM": ["Yerevan"],
    "AUS": ["Canberra"], "AUT": ["Vienna"], "AZE": ["Baku"],
    "BDI": ["Gitega"], "BFA": ["Ouagadougou"], "BGD": ["Dhaka"],
    "BGR": ["Sofia"], "BHR": ["Manama"], "BIH": ["Sarajevo"],
    "BLR": ["Minsk"], "BLZ": ["Belmopan"], "BOL": ["La Paz"],
    "BRA": ["Brasilia", "Brasília"], "BRB": ["Bridgetown"],
    "BRN": ["Bandar Seri Begawan"], "BTN": ["Thimphu"], "BWA": ["Gaborone"],
    "CAF": ["Bangui"], "CAN": ["Ottawa"], "CHE": ["Bern"],
    "CHN": ["Beijing"], "CMR": ["Yaounde", "Yaoundé"], "COD": ["Kinshasa"],
    "COG": ["Brazzaville"], "COL": ["Bogota", "Bogotá"], "CPV": ["Praia"],
    "CUB": ["Havana"], "CYP": ["Nicosia"], "CZE": ["Prague"],
    "DEU": ["Berlin"], "DNK": ["Copenhagen"], "DOM": ["Santo Domingo"],
    "DZA": ["Algiers"], "ECU": ["Quito"], "EGY": ["Cairo"],
    "ERI": ["Asmara"], "ESP": ["Madrid"], "EST": ["Tallinn"],
    "ETH": ["Addis Ababa"], "FIN": ["Helsinki"], "FJI": ["Suva"],
    "FRA": ["Paris"], "GAB": ["Libreville"], "GBR": ["London"],
    "GEO": ["Tbilisi"], "GHA": ["Accra"], "GIN": ["Conakry"],
    "GMB": ["Banjul"], "GNB": ["Bissau"], "GNQ": ["Malabo"],
    "GRC": ["Athens"], "GTM": ["Guatemala City"], "HND": ["Tegucigalpa"],
    "HRV": ["Zagreb"], "HTI": ["Port-au-Prince"], "HUN": ["Budapest"],
    "IDN": ["Jakarta"], "IND": ["New Delhi", "Delhi"], "IRL": ["Dublin"],
    "IRN": ["Tehran"], "IRQ": ["Baghdad"], "ISL": ["Reykjavik"],
    "ISR": ["Jerusalem", "Tel Aviv"], "ITA": ["Rome"], "JOR": ["Amman"],
    "JPN": ["Tokyo"], "KAZ": ["Astana"], "KEN": ["Nairobi"],
    "KGZ": ["Bishkek"], "KHM": ["Phnom Penh"], "KOR": ["Seoul"],
    "KWT": ["Kuwait City"], "LAO": ["Vientiane"], "LBN": ["Beirut"],
    "LBR": ["Monrovia"], "LKA": ["Colombo"], "LTU": ["Vilnius"],
    "LVA": ["Riga"], "MAR": ["Rabat"], "MDA": ["Chisinau", "Chișinău"],
    "MDG": ["Antananarivo"], "MEX": ["Mexico City"], "MKD": ["Skopje"],
    "MLI": ["Bamako"], "MLT": ["Valletta"], "MMR": ["Naypyidaw", "Nay Pyi Taw"],
    "MNE": ["Podgorica"], "MNG": ["Ulaanbaatar", "Ulan Bator"],
    "MOZ": ["Maputo"], "MRT": ["Nouakchott"], "MWI": ["Lilongwe"],
    "MYS": ["Kuala Lumpur"], "NAM": ["Windhoek"], "NER": ["Niamey"],
    "NGA": ["Abuja"], "NIC": ["Managua"], "NLD": ["Amsterdam"],
    "NOR": ["Oslo"], "NPL": ["Kathmandu"], "NZL": ["Wellington"],
    "OMN": ["Muscat"], "PAK": ["Islamabad"], "PAN": ["Panama City"],
    "PER": ["Lima"], "PHL": ["Manila"], "PNG": ["Port Moresby"],
    "POL": ["Warsaw"], "PRK": ["Pyongyang"], "PRT": ["Lisbon"],
    "PRY": ["Asuncion", "Asunción"], "PSE": ["Ramallah"], "QAT": ["Doha"],
    "ROU": ["Bucharest"], "RUS": ["Moscow"], "RWA": ["Kigali"],
    "SAU": ["Riyadh"], "SDN": ["Khartoum"], "SEN": ["Dakar"],
    "SLB": ["Honiara"], "SLE": ["Freetown"], "SLV": ["San Salvador"],
    "SOM": ["Mogadishu"], "SRB": ["Belgrade"], "SSD": ["Juba"],
    "SUR": ["Paramaribo"], "SVK": ["Bratislava"], "SVN": ["Ljubljana"],
    "SWE": ["Stockholm"], "SYR": ["Damascus"], "TCD": ["N'Djamena", "Ndjamena"],
    "TGO": ["Lome", "Lomé"], "THA": ["Bangkok"], "TJK": ["Dushanbe"],
    "TKM": ["Ashgabat"], "TLS": ["Dili"], "TTO": ["Port of Spain"],
    "TUN": ["Tunis"], "TUR": ["Ankara"], "TWN": ["Taipei"],
    "TZA": ["Dodoma"], "UGA": ["Kampala"], "UKR": ["Kyiv", "Kiev"],
    "URY": ["Montevideo"], "USA": ["Washington"], "UZB": ["Tashkent"],
    "VEN": ["Caracas"], "VNM": ["Hanoi"], "VUT": ["Port Vila"],
    "WSM": ["Apia"], "YEM": ["Sanaa", "Sana'a"], "ZAF": ["Pretoria"],
    "ZMB": ["Lusaka"], "ZWE": ["Harare"],
}

# ---------------------------------------------------------------------------
# Institutions and armed forces that stand for a country (kind "institution").
# Upper-case acronyms are matched case-sensitively.
# ---------------------------------------------------------------------------
INSTITUTIONS = {
    "CHN": ["People's Liberation Army", "PLA"],
    "DEU": ["Bundeswehr", "Bundestag"],
    "FRA": ["Elysee", "Élysée"],
    "GBR": ["Whitehall", "Downing Street"],
    "IRN": ["Islamic Revolutionary Guard Corps", "IRGC"],
    "ISR": ["Israel Defense Forces", "Israel Defence Forces", "IDF", "Knesset"],
    "JPN": ["Self-Defense Forces", "Self-Defence Forces",
            "Self-Defense Force", "Self-Defence Force",
            "SDF", "JSDF", "GSDF", "MSDF", "ASDF"],
    "KOR": ["Blue House", "Cheong Wa Dae"],
    "PRK": ["Korean People's Army", "KPA"],
    "RUS": ["Kremlin", "Duma"],
    "TWN": ["Legislative Yuan", "Executive Yuan"],
    "UKR": ["Verkhovna Rada"],
    # U.S. forces abroad: listing the full phrase lets a longest-match
    # resolver credit the U.S. rather than the host country.
    # Defence-force names and acronyms seen in real copy (issue: figures from real news)
    "ZAF": ["South African National Defence Force", "SANDF"],
    "KEN": ["Kenya Defence Forces", "KDF"],
    "NZL": ["New Zealand Defence Force", "NZDF"],
    "AUS": ["Australian Defence Force", "ADF"],
    "IDN": ["Tentara Nasional Indonesia", "TNI"],
    "MMR": ["Tatmadaw"],
    "USA": ["Pentagon", "Capitol Hill", "White House",
            "USFK", "U.S. Forces Korea", "United States Forces Korea",
            "USFJ", "U.S. Forces Japan", "United States Forces Japan",
            "INDOPACOM", "CENTCOM", "EUCOM", "AFRICOM"],
}

ALLIANCES = {
    NATO: ["NATO", "North Atlantic Treaty Organization",
           "North Atlantic Treaty Organisation",
           "Atlantic alliance", "North Atlantic alliance"],
}

# Ordinary (non-acronym) aliases that double as lower-case English words;
# these only count when capitalised.
CASE_SENSITIVE_WORDS = {"China", "Turkey", "Jersey", "Guinea", "Chile",
                        "Polish", "Poles", "Danish", "Danes", "Swedes",
                        "Finns", "Afghan", "Afghans", "Lao"}

# Deliberately NOT listed anywhere above, because they mislead in defence news:
#   Korea / Korean (North or South?), Congolese, Guinean, Dominican (two
#   countries each); Macedonia / Macedonian (also a Greek region); ROC /
#   Republic of China (substring of "People's Republic of China"); Emirates
#   (the airline); Micronesian, Central African, Virgin Islands (regions or
#   shared names); Brussels (EU/NATO), The Hague (NATO's 2025 summit and the
#   international courts), Tripoli (Libya or Lebanon), Santiago, Kingston,
#   Georgetown, Victoria, Nassau, Hamilton, San Jose, Male (other places,
#   people or words); Congress, Ministry of Defence, Royal Navy, RAF (used by
#   several countries); Persian (Persian Gulf); Kiwi; regions such as Arab,
#   Asian, European, African, Latin, Gulf.


def display_name(country):
    if country.alpha_3 in DISPLAY_NAMES:
        return DISPLAY_NAMES[country.alpha_3]
    return getattr(country, "common_name", None) or country.name


def plausible_in_text(name):
    """Skip pycountry's catalogue forms ("Korea, Republic of", "(Dutch part)")."""
    return "," not in name and "(" not in name


def pycountry_names(country):
    names = []
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        if value.lower().startswith("the "):
            value = value[4:]
        if plausible_in_text(value):
            names.append(value)
    return names


def saint_variants(name):
    """'Saint Lucia' -> ['St Lucia', 'St. Lucia']."""
    if name.startswith("Saint "):
        rest = name[len("Saint "):]
        return ["St " + rest, "St. " + rest]
    return []


def plural(word):
    if word in NO_PLURAL or word.endswith(NO_PLURAL_ENDINGS) or word.endswith("s"):
        return []
    return [word + "s"]


def is_acronym(alias):
    """Single token, all letters capitals: USFK, INDOPACOM, U.S., NATO."""
    letters = [ch for ch in alias if ch.isalpha()]
    return " " not in alias and len(letters) >= 2 and all(ch.isupper() for ch in letters)


def case_flag(alias, kind):
    if kind == "short" or is_acronym(alias) or alias in CASE_SENSITIVE_WORDS:
        return "1"
    return "0"


def build_countries():
    rows = []
    for country in pycountry.countries:
        iso3 = country.alpha_3
        month, label = FISCAL_YEARS.get(iso3, ("", ""))
        rows.append({"iso3": iso3, "name": display_name(country),
                     "fy_start_month": str(month), "fy_label": label})
    unknown = set(FISCAL_YEARS) - {r["iso3"] for r in rows}
    assert not unknown, f"fiscal years for unknown codes: {unknown}"
    rows.append({"iso3": NATO, "name": "NATO", "fy_start_month": "", "fy_label": ""})
    return sorted(rows, key=lambda r: r["iso3"])


def build_aliases(countries):
    known = {r["iso3"] for r in countries}
    seen = {}  # alias -> (iso3, kind); first claim wins within one country
    rows = []

    def add(alias, iso3, kind):
        assert iso3 in known, f"{alias!r}: unknown code {iso3}"
        variants = [alias]
        if "'" in alias:  # news text often uses the typographic apostrophe
            variants.append(alias.replace("'", "\u2019"))
        for text in variants:
            if text in seen:
                if seen[text][0] != iso3:
                    sys.exit(f"alias {text!r} claimed by {seen[text][0]} and {iso3}")
                continue
            seen[text] = (iso3, kind)
            rows.append({"alias": text, "iso3": iso3, "kind": kind,
                         "case_sensitive": case_flag(text, kind)})

    # Names first, so a string listed under several kinds keeps "name".
    for row in countries:
        add(row["name"], row["iso3"], "alliance" if row["iso3"] == NATO else "name")
    for country in pycountry.countries:
        for name in pycountry_names(country) + EXTRA_NAMES.get(country.alpha_3, []):
            add(name, country.alpha_3, "name")
    for row in countries:
        for variant in saint_variants(row["name"]):
            add(variant, row["iso3"], "name")
    for iso3, forms in SHORT_FORMS.items():
        for form in forms:
            add(form, iso3, "short")
    for iso3, words in DEMONYMS.items():
        for word in words:
            for form in [word] + plural(word):
                add(form, iso3, "demonym")
    for iso3, cities in CAPITALS.items():
        for city in cities:
            add(city, iso3, "capital")
    for iso3, names in INSTITUTIONS.items():
        for name in names:
            add(name, iso3, "institution")
    for iso3, names in ALLIANCES.items():
        for name in names:
            add(name, iso3, "alliance")

    return sorted(rows, key=lambda r: (r["iso3"], r["alias"]))


def write_csv(path, fieldnames, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fieldnames, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main():
    countries = build_countries()
    aliases = build_aliases(countries)
    write_csv(COUNTRIES_CSV, ["iso3", "name", "fy_start_month", "fy_label"], countries)
    write_csv(ALIASES_CSV, ["alias", "iso3", "kind", "case_sensitive"], aliases)
    print(f"wrote {len(countries)} countries to {COUNTRIES_CSV}")
    print(f"wrote {len(aliases)} aliases to {ALIASES_CSV}")


if __name__ == "__main__":
    main()
