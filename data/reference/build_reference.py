#!/usr/bin/env python3
"""Build the offline defence reference snapshot from the raw copies in ./raw.

Standard library only.  Run from anywhere:

    python3 build_reference.py            # writes defense_reference.csv,
                                          # series.csv, countries.csv
                                          # next to this file
    python3 build_reference.py --check    # rebuild in memory, compare with
                                          # the committed outputs, exit 1 on drift

The dashboard's ``python -m dashboard reference refresh`` imports this file and
calls build(raw_dir, series) and render() on fresh World Bank downloads, so the
snapshot and a refresh are cleaned by the same rules.

Inputs (see README.md for provenance, commits and checksums):

  raw/API_MS.MIL.XPND.GD.ZS_DS2_en_csv_v2_211.zip
      World Bank WDI bulk download, Last Updated 2026-02-24 (byte-exact copy).
  raw/API_MS.MIL.XPND.CD_DS2_en_csv_v2_280448.2019-2025.transcribed.csv
      WDI MS.MIL.XPND.CD, Last Updated 2026-04-08, columns 2019-2025 only,
      hand-transcribed from a stored copy (no byte-exact copy was reachable).
  raw/API_MS.MIL.XPND.CD_DS2_en_csv_v2_47475.csv
      WDI MS.MIL.XPND.CD, Last Updated 2024-03-28 (byte-exact copy).
  raw/API_MS.MIL.TOTL.P1_DS2_en_csv_v2_115556.transcribed.csv
      WDI MS.MIL.TOTL.P1, Last Updated 2026-04-08, full file hand-transcribed
      (LF line ends, no BOM; same character count as the stored original).
"""
import csv
import io
import os
import sys
import zipfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")

OUT_MAIN = os.path.join(HERE, "defense_reference.csv")
OUT_SERIES = os.path.join(HERE, "series.csv")
OUT_COUNTRIES = os.path.join(HERE, "countries.csv")

COLUMNS = ["country_iso3", "year", "series", "value", "unit", "source",
           "source_url", "licence", "retrieved_from", "last_updated"]
DATA_COLUMNS = COLUMNS[:4]          # one row per value
SERIES_COLUMNS = ["series"] + COLUMNS[4:]  # one row per series: unit and provenance

WB_LICENCE = "CC BY 4.0"

GDZS_ZIP = "API_MS.MIL.XPND.GD.ZS_DS2_en_csv_v2_211.zip"
# Inside a WDI zip the data file is API_<indicator>_DS2_..., the economies' metadata
# Metadata_Country_API_<indicator>_...; the numbers in the names change with every release.
ZIP_DATA_PREFIX = "API_"
ZIP_META_PREFIX = "Metadata_Country_"

# One entry per output series.  'kind' tells the reader which raw layout to parse.
SERIES = [
    {
        "series": "milex_share_gdp_pct",
        "indicator": "MS.MIL.XPND.GD.ZS",
        "kind": "wdi_zip",
        "raw": GDZS_ZIP,
        "unit": "% of GDP",
        "source": "World Bank WDI MS.MIL.XPND.GD.ZS (orig. SIPRI Military Expenditure Database)",
        "source_url": "https://data.worldbank.org/indicator/MS.MIL.XPND.GD.ZS",
        "retrieved_from": "github:S1attaro/Fighting-Illini@fea8f956 API_MS.MIL.XPND.GD.ZS_DS2_en_csv_v2_211.zip",
    },
    {
        "series": "milex_usd_current",
        "indicator": "MS.MIL.XPND.CD",
        "kind": "excerpt",
        "raw": "API_MS.MIL.XPND.CD_DS2_en_csv_v2_280448.2019-2025.transcribed.csv",
        "last_updated": "2026-04-08",
        "unit": "current US$",
        "source": "World Bank WDI MS.MIL.XPND.CD (orig. SIPRI Military Expenditure Database)",
        "source_url": "https://data.worldbank.org/indicator/MS.MIL.XPND.CD",
        "retrieved_from": "github:marcelastein/MVP-Classificacao_conflitos_militares@3b75622e API_MS.MIL.XPND.CD_DS2_en_csv_v2_280448.csv (2019-2025 transcribed)",
    },
    {
        "series": "milex_usd_current_wdi2024",
        "indicator": "MS.MIL.XPND.CD",
        "kind": "wdi_csv",
        "raw": "API_MS.MIL.XPND.CD_DS2_en_csv_v2_47475.csv",
        "unit": "current US$",
        "source": "World Bank WDI MS.MIL.XPND.CD, older release (orig. SIPRI Military Expenditure Database)",
        "source_url": "https://data.worldbank.org/indicator/MS.MIL.XPND.CD",
        "retrieved_from": "github:MarryBU/Empirical_Project@156f900c API_MS.MIL.XPND.CD_DS2_en_csv_v2_47475.csv",
    },
    {
        "series": "armed_forces_personnel",
        "indicator": "MS.MIL.TOTL.P1",
        "kind": "wdi_csv",
        "raw": "API_MS.MIL.TOTL.P1_DS2_en_csv_v2_115556.transcribed.csv",
        "unit": "persons",
        "source": "World Bank WDI MS.MIL.TOTL.P1 (orig. IISS The Military Balance)",
        "source_url": "https://data.worldbank.org/indicator/MS.MIL.TOTL.P1",
        "retrieved_from": "github:marcelastein/MVP-Classificacao_conflitos_militares@3b75622e API_MS.MIL.TOTL.P1_DS2_en_csv_v2_115556.csv (transcribed)",
    },
]

# Economies that are not ISO 3166-1 countries or territories and are kept anyway.
KEEP_NON_ISO = {"XKX"}   # Kosovo: WB/EU user-assigned code, not official ISO 3166-1
# WB economy codes that are not ISO 3166-1 alpha-3 and are dropped.
DROP_NON_ISO = {"CHI"}   # Channel Islands (ISO has GGY and JEY separately); no data anyway

# Cells removed on purpose (documented in README.md, "Cleaning rules").
# 1. Exact zeros in the USD and personnel series: the WDI files use 0 both for
#    "no armed forces" (CRI, ISL, PAN) and as a placeholder for missing data
#    (e.g. PRK 1986-2013, ALB 1975-1991, RUS 1992, COG/LBY/SYC personnel).
# 2. %GDP values below 0.01: currency-unit artefacts (AGO 1985-86 = 1.7E-05,
#    COD 1964-79 ~ 4E-05, GNB 1982, TJK 1992-94).
# 3. Venezuela USD values 2019-2024: a few million US$ (0 in 2024) while the same
#    release gives 0.3-0.65 % of GDP; off by about two orders of magnitude.
ZERO_DROP_SERIES = {"milex_usd_current", "milex_usd_current_wdi2024", "armed_forces_personnel"}
MIN_SHARE_GDP = Decimal("0.01")
ANOMALIES = {("VEN", y) for y in range(2019, 2025)}
ANOMALY_SERIES = {"milex_usd_current", "milex_usd_current_wdi2024"}



def plain_number(text):
    """Return the value as a plain decimal string (no exponent), keeping its digits."""
    d = Decimal(text.strip())
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s not in ("", "-0") else "0"


def parse_wdi_wide(text):
    """Parse a WDI API_* wide CSV.  Returns (last_updated, {iso3: {year: value_str}}, names)."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    last_updated = None
    for r in rows[:4]:
        if r and r[0] == "Last Updated Date":
            last_updated = r[1]
    hdr_i = next(i for i, r in enumerate(rows) if r and r[0] == "Country Name")
    header = rows[hdr_i]
    years = [(i, int(h)) for i, h in enumerate(header) if h.strip().isdigit()]
    data, names = {}, {}
    for r in rows[hdr_i + 1:]:
        if len(r) < 4:
            continue
        if len(r) != len(header):
            raise ValueError(f"row {r[1]} has {len(r)} fields, header {len(header)}")
        iso3 = r[1]
        names[iso3] = r[0]
        data[iso3] = {y: r[i] for i, y in years if r[i].strip() != ""}
    return last_updated, data, names


def parse_excerpt(text):
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    years = [(i, int(h)) for i, h in enumerate(header) if h.strip().isdigit()]
    data = {}
    for r in rows[1:]:
        if not r:
            continue
        if len(r) != len(header):
            raise ValueError(f"excerpt row {r[0]} has {len(r)} fields")
        data[r[0]] = {y: r[i] for i, y in years if r[i].strip() != ""}
    return data


def zip_member(z, prefix):
    """The one file in a WDI zip whose name starts with prefix."""
    names = [n for n in z.namelist() if os.path.basename(n).startswith(prefix) and n.endswith(".csv")]
    if len(names) != 1:
        raise ValueError(f"expected one {prefix}*.csv in the zip, found {len(names)}")
    return names[0]


def load_country_metadata(raw_dir=RAW, meta_zip=GDZS_ZIP):
    with zipfile.ZipFile(os.path.join(raw_dir, meta_zip)) as z:
        text = z.read(zip_member(z, ZIP_META_PREFIX)).decode("utf-8-sig")
    meta = {}
    for r in csv.DictReader(io.StringIO(text)):
        meta[r["Country Code"]] = r
    return meta


def load_series(spec, raw_dir=RAW):
    path = os.path.join(raw_dir, spec["raw"])   # an absolute spec["raw"] is used as it is
    if spec["kind"] == "wdi_zip":
        with zipfile.ZipFile(path) as z:
            text = z.read(zip_member(z, ZIP_DATA_PREFIX)).decode("utf-8-sig")
        last_updated, data, names = parse_wdi_wide(text)
    elif spec["kind"] == "wdi_csv":
        with open(path, encoding="utf-8-sig") as f:
            last_updated, data, names = parse_wdi_wide(f.read())
    elif spec["kind"] == "excerpt":
        with open(path, encoding="utf-8") as f:
            data = parse_excerpt(f.read())
        last_updated, names = spec["last_updated"], {}
    else:
        raise ValueError(spec["kind"])
    return last_updated, data, names


def build(raw_dir=RAW, series=None, meta_zip=GDZS_ZIP):
    """Rows, countries, dropped codes, removed cells and aggregates from the raw files.

    series defaults to SERIES; meta_zip is the WDI zip whose country metadata decides
    which codes are countries (its Region is empty for aggregates)."""
    meta = load_country_metadata(raw_dir, meta_zip)
    aggregates = sorted(c for c, m in meta.items() if not m["Region"].strip())
    rows, dropped_aggregate_codes, removed = [], set(), []
    names_all = {}
    for spec in SERIES if series is None else series:
        last_updated, data, names = load_series(spec, raw_dir)
        names_all.update(names)
        for iso3 in sorted(data):
            is_country = iso3 in meta and meta[iso3]["Region"].strip() != ""
            if not is_country or iso3 in DROP_NON_ISO:
                if data[iso3]:
                    dropped_aggregate_codes.add(iso3)
                continue
            for year in sorted(data[iso3]):
                raw_value = data[iso3][year]
                value = plain_number(raw_value)
                d = Decimal(value)
                reason = None
                if spec["series"] in ZERO_DROP_SERIES and d == 0:
                    reason = "zero (no-army code or missing-data placeholder)"
                elif spec["series"] == "milex_share_gdp_pct" and d < MIN_SHARE_GDP:
                    reason = "below 0.01 % of GDP (unit artefact)"
                elif spec["series"] in ANOMALY_SERIES and (iso3, year) in ANOMALIES:
                    reason = "inconsistent with % of GDP (about 100x too small)"
                if reason:
                    removed.append((spec["series"], iso3, year, raw_value, reason))
                    continue
                rows.append({
                    "country_iso3": iso3, "year": str(year), "series": spec["series"],
                    "value": value, "unit": spec["unit"], "source": spec["source"],
                    "source_url": spec["source_url"], "licence": WB_LICENCE,
                    "retrieved_from": spec["retrieved_from"], "last_updated": last_updated,
                })
    rows.sort(key=lambda r: (r["series"], r["country_iso3"], int(r["year"])))

    countries = []
    for iso3, m in sorted(meta.items()):
        if m["Region"].strip() and iso3 not in DROP_NON_ISO:
            countries.append({"country_iso3": iso3, "wb_name": m["TableName"],
                              "region": m["Region"], "income_group": m["IncomeGroup"]})

    return rows, countries, sorted(dropped_aggregate_codes), removed, aggregates


def to_csv(fieldnames, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fieldnames, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def render(rows, countries):
    """The three output files' text, keyed by file name."""
    series = {}
    for r in rows:
        series.setdefault(r["series"], {k: r[k] for k in SERIES_COLUMNS})
    return {
        os.path.basename(OUT_MAIN): to_csv(DATA_COLUMNS, [{k: r[k] for k in DATA_COLUMNS} for r in rows]),
        os.path.basename(OUT_SERIES): to_csv(SERIES_COLUMNS, list(series.values())),
        os.path.basename(OUT_COUNTRIES): to_csv(["country_iso3", "wb_name", "region", "income_group"], countries),
    }


def main():
    rows, countries, dropped, removed, aggregates = build()
    outputs = {os.path.join(HERE, name): text for name, text in render(rows, countries).items()}
    if "--check" in sys.argv:
        bad = [p for p, t in outputs.items()
               if not os.path.exists(p) or open(p, encoding="utf-8").read() != t]
        if bad:
            print("drift in: " + ", ".join(os.path.basename(p) for p in bad))
            return 1
        print("outputs match raw inputs")
        return 0
    for p, t in outputs.items():
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(t)
    # summary
    by = {}
    for r in rows:
        s = by.setdefault(r["series"], {"rows": 0, "countries": set(), "years": set()})
        s["rows"] += 1
        s["countries"].add(r["country_iso3"])
        s["years"].add(int(r["year"]))
    for name, s in sorted(by.items()):
        print(f"{name:<28} rows={s['rows']:5d} countries={len(s['countries']):3d} "
              f"years={min(s['years'])}-{max(s['years'])}")
    print("dropped non-country codes with data: " + " ".join(dropped))
    print(f"removed cells: {len(removed)}")
    for r in removed:
        print("  removed {} {} {} {} ({})".format(*r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
