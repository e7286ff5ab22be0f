"""The World Bank reference series beside the article claims: load and look up.

``data/reference/`` ships a snapshot of the World Development Indicators military series
(SIPRI and IISS data redistributed by the World Bank under CC BY 4.0; see its README). Nothing
is downloaded at run time. This module reads the tables into one tidy frame, answers "what does
the World Bank say for this country, series and year" (:func:`nearest`) and gives the attribution
text to show beside the figures. In: the reference folder; out: the tidy frame, lookups, the
attribution. Rebuilding the tables from fresh World Bank downloads (``python -m dashboard
reference refresh``) is :mod:`dashboard.tables.reference_refresh`. The lookups (``nearest``,
``years_of``), the folder rules and the row credit live in :mod:`dashboard.tables.reference_lookup`, which
needs no pandas (the CLI's CSV runs without it), and are re-exported here.

The two current-US$ series stay apart: ``milex_usd_current`` is the newest release,
``milex_usd_current_wdi2024`` the older full history. SIPRI revises whole series between
releases, so splicing them would draw jumps that are not in either.

Where the tables are read from: ``<data>/reference/`` when it holds them (the data folder of
:mod:`dashboard.paths`, so a refresh under ``DEFENSE_DATA_DIR`` lands there), else the snapshot
that ships in the repository's ``data/reference/``.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from dashboard.tables.reference_lookup import (
    COUNTRIES_FILE,
    CREDIT,
    ROW_CREDIT,
    SERIES,
    SERIES_FILE,
    SHIPPED_DIR,
    TABLE_FILE,
    Nearest,
    ReferenceDataError,
    fingerprint,
    nearest,
    reference_dir,
    row_credit,
    stamp,
    years_of,
)

__all__ = ["ATTRIBUTION", "BUILD_SCRIPT", "COLUMNS", "COUNTRIES_FILE", "CREDIT", "ROW_CREDIT", "SERIES", "SERIES_FILE",
           "SERIES_LABELS", "SHIPPED_DIR", "TABLE_FILE", "Nearest", "ReferenceDataError", "attribution", "fingerprint",
           "load_countries", "load_reference", "nearest", "parse_tables", "parsed", "reference_dir", "row_credit",
           "years_of"]

BUILD_SCRIPT = SHIPPED_DIR / "build_reference.py"
SERIES_LABELS = {
    "milex_share_gdp_pct": "military expenditure, % of GDP (World Bank/SIPRI)",
    "milex_usd_current": "military expenditure, current US$ (World Bank/SIPRI)",
    "milex_usd_current_wdi2024": "military expenditure, current US$, 2024 release (World Bank/SIPRI)",
    "armed_forces_personnel": "armed forces incl. paramilitary (World Bank/IISS)",
}
COLUMNS = ("country_iso3", "series", "year", "value", "unit", "source", "attribution")

# The attribution the snapshot's README gives, word for word; only the release dates come from series.csv. It names
# data/reference/README.md rather than "this README", which would point nowhere under a chart or in a CSV.
ATTRIBUTION = (
    "Source: World Bank, World Development Indicators — Military expenditure (% of GDP) (MS.MIL.XPND.GD.ZS), "
    "Military expenditure (current US$) (MS.MIL.XPND.CD), Armed forces personnel, total (MS.MIL.TOTL.P1); "
    "{releases}. Original sources: Stockholm International Peace Research Institute (SIPRI) Military "
    "Expenditure Database; International Institute for Strategic Studies (IISS), The Military Balance. "
    "Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Values cleaned as described in "
    "data/reference/README.md."
)


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def _read_csv(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    if not path.is_file():
        raise ReferenceDataError(f"{path}: missing (the reference tables ship with the app in data/reference; "
                                 "restore them from the repository or run `python -m dashboard reference refresh`)")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        detail = " ".join(str(exc).split())[:200]
        raise ReferenceDataError(f"{path}: not a readable CSV table ({type(exc).__name__}: {detail})") from None
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ReferenceDataError(f"{path}: missing column(s) {', '.join(missing)}")
    return frame


def _bad_cell(path: Path, frame: pd.DataFrame, mask: pd.Series, column: str, wanted: str) -> ReferenceDataError:
    i = int(mask.to_numpy().nonzero()[0][0])
    return ReferenceDataError(f"{path}: line {i + 2}: {column} {frame[column].iloc[i]!r} is not {wanted}")


def parse_tables(folder: Path) -> tuple[pd.DataFrame, dict, str]:
    """(tidy frame, lookup index, attribution) from one folder's tables; ReferenceDataError names what is wrong."""
    series_path, table_path = folder / SERIES_FILE, folder / TABLE_FILE
    info = _read_csv(series_path, ("series", "unit", "source", "licence", "last_updated"))
    if info["series"].duplicated().any() or (info["series"] == "").any():
        raise ReferenceDataError(f"{series_path}: every series must be named once")
    raw = _read_csv(table_path, ("country_iso3", "year", "series", "value"))

    year = pd.to_numeric(raw["year"], errors="coerce")
    bad = year.isna() | (year != year.round())
    if bad.any():
        raise _bad_cell(table_path, raw, bad, "year", "a year")
    value = pd.to_numeric(raw["value"], errors="coerce")
    if value.isna().any():
        raise _bad_cell(table_path, raw, value.isna(), "value", "a number")
    iso_ok = raw["country_iso3"].str.fullmatch(r"[A-Z]{3}")
    if not iso_ok.all():
        raise _bad_cell(table_path, raw, ~iso_ok, "country_iso3", "a three-letter code")
    known = raw["series"].isin(info["series"])
    if not known.all():
        raise _bad_cell(table_path, raw, ~known, "series", f"a series described in {SERIES_FILE}")
    duplicated = raw.duplicated(["country_iso3", "series", "year"])
    if duplicated.any():
        raise _bad_cell(table_path, raw, duplicated, "country_iso3", "given once per series and year")

    info = info.set_index("series")
    credit = {s: f"{r.source}, release of {r.last_updated}; {r.licence}" for s, r in info.iterrows()}
    frame = pd.DataFrame({
        "country_iso3": raw["country_iso3"].astype("string"),
        "series": raw["series"].astype("string"),
        "year": year.astype("Int64"),
        "value": value.astype("Float64"),
        "unit": raw["series"].map(info["unit"]).astype("string"),
        "source": raw["series"].map(info["source"]).astype("string"),
        "attribution": raw["series"].map(credit).astype("string"),
    }, columns=list(COLUMNS))

    index: dict[tuple[str, str], dict[int, float]] = {}
    for iso3, series, y, v in zip(raw["country_iso3"], raw["series"], year.astype(int), value, strict=True):
        index.setdefault((iso3, series), {})[int(y)] = float(v)

    releases = list(dict.fromkeys(info.loc[s, "last_updated"] for s in (*SERIES, *info.index) if s in info.index))
    said = (f"releases of {', '.join(releases[:-1])} and {releases[-1]}" if len(releases) > 1
            else f"release of {releases[0]}" if releases else "release dates unknown")
    return frame, index, ATTRIBUTION.format(releases=said)


@functools.lru_cache(maxsize=4)
def parsed(folder: Path, state: tuple) -> tuple[pd.DataFrame, dict, str]:
    """:func:`parse_tables` of a folder, once per state of its tables (``state``: their sizes and times, :func:`stamp`)."""
    return parse_tables(Path(folder))


def _loaded(folder: Path | None) -> tuple[pd.DataFrame, dict, str]:
    folder = Path(folder) if folder is not None else reference_dir()
    return parsed(folder, stamp(folder))


def load_reference(folder: Path | None = None) -> pd.DataFrame:
    """Every reference value, one row each: country_iso3, series, year, value, unit, source, attribution.

    Raises ReferenceDataError (a ValueError with a one-line message naming the file) when a table
    is missing or malformed.
    """
    return _loaded(folder)[0].copy()


def attribution(folder: Path | None = None) -> str:
    """The attribution to show wherever reference figures appear (CC BY 4.0 asks for it)."""
    return _loaded(folder)[2]


def load_countries(folder: Path | None = None) -> pd.DataFrame:
    """The World Bank economies kept as countries: country_iso3, wb_name, region, income_group."""
    folder = Path(folder) if folder is not None else reference_dir()
    return _read_csv(folder / COUNTRIES_FILE, ("country_iso3", "wb_name", "region", "income_group")).astype("string")
