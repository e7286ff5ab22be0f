"""The World Bank reference series beside the article claims: load, look up, refresh.

``data/reference/`` ships a snapshot of the World Development Indicators military series
(SIPRI and IISS data redistributed by the World Bank under CC BY 4.0; see its README). Nothing
is downloaded at run time. This module reads the tables into one tidy frame, answers "what does
the World Bank say for this country, series and year" (:func:`nearest`), gives the attribution
text to show beside the figures, and rebuilds the tables from fresh World Bank downloads on
request (:func:`refresh`, ``python -m dashboard reference refresh``).

The two current-US$ series stay apart: ``milex_usd_current`` is the newest release,
``milex_usd_current_wdi2024`` the older full history. SIPRI revises whole series between
releases, so splicing them would draw jumps that are not in either.

Where the tables are read from: ``<data>/reference/`` when it holds them (the data folder of
:mod:`dashboard.paths`, so a refresh under ``DEFENSE_DATA_DIR`` lands there), else the snapshot
that ships in the repository's ``data/reference/``.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import pandas as pd

from dashboard.paths import REPO_DATA, data_dir, write_atomically

SHIPPED_DIR = REPO_DATA / "reference"
BUILD_SCRIPT = SHIPPED_DIR / "build_reference.py"
TABLE_FILE = "defense_reference.csv"
SERIES_FILE = "series.csv"
COUNTRIES_FILE = "countries.csv"

# Every series the tables hold, in the order the attribution names their releases.
SERIES = ("milex_share_gdp_pct", "milex_usd_current", "milex_usd_current_wdi2024", "armed_forces_personnel")
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

WB_URL_BASE = "https://api.worldbank.org"
# The per-indicator CSV zip the World Bank serves for each series a refresh replaces.
DOWNLOADS = {
    "milex_share_gdp_pct": "MS.MIL.XPND.GD.ZS",
    "milex_usd_current": "MS.MIL.XPND.CD",
    "armed_forces_personnel": "MS.MIL.TOTL.P1",
}
META_SERIES = "milex_share_gdp_pct"  # its zip's country metadata says which codes are countries
DOWNLOAD_LIMIT = 50 * 1024 * 1024  # each zip is about 100 KB today


class ReferenceDataError(ValueError):
    """A reference table that is missing or malformed; the message names the file and what is wrong."""


class RefreshError(Exception):
    """A refresh that changed nothing; ``offline`` when the network, not the server or the data, failed."""

    def __init__(self, message: str, *, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline


class Nearest(NamedTuple):
    value: float
    year: int


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def reference_dir(data: Path | None = None) -> Path:
    """``<data>/reference`` when it holds the tables, else the shipped snapshot."""
    folder = (data or data_dir()) / "reference"
    return folder if (folder / TABLE_FILE).is_file() else SHIPPED_DIR


def _stamp(folder: Path) -> tuple:
    """What the cache is keyed on: each file's size and modification time (None when missing)."""
    stamps = []
    for name in (TABLE_FILE, SERIES_FILE):
        try:
            st = (folder / name).stat()
            stamps.append((st.st_mtime_ns, st.st_size))
        except OSError:
            stamps.append(None)
    return tuple(stamps)


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


def _parse(folder: Path) -> tuple[pd.DataFrame, dict, str]:
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
def _cached(folder: str, stamp: tuple) -> tuple[pd.DataFrame, dict, str]:
    return _parse(Path(folder))


def _loaded(folder: Path | None) -> tuple[pd.DataFrame, dict, str]:
    folder = Path(folder) if folder is not None else reference_dir()
    return _cached(str(folder), _stamp(folder))


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


def years_of(country_iso3: str, series: str, *, folder: Path | None = None) -> tuple[int, ...]:
    """The years ``series`` has a value for ``country_iso3``, in order (empty for an aggregate or unknown code)."""
    return tuple(sorted(_loaded(folder)[1].get((str(country_iso3), series), ())))


def fingerprint(folder: Path | None = None) -> tuple:
    """What changes when the reference tables in use change (their folder, sizes and modification times)."""
    folder = Path(folder) if folder is not None else reference_dir()
    return (str(folder), _stamp(folder))


def nearest(country_iso3: str, series: str, year, max_gap: int = 2, *, folder: Path | None = None) -> Nearest | None:
    """The value for ``year``, or for the nearest year at most ``max_gap`` years away; None when there is none.

    On a tie (one year before and one after) the earlier year wins: it is the figure that was
    already published when the later one was not.

    >>> nearest("KOR", "armed_forces_personnel", 2020)
    Nearest(value=569000.0, year=2020)
    >>> nearest("KOR", "armed_forces_personnel", 2022), nearest("KOR", "armed_forces_personnel", 2023)
    (Nearest(value=569000.0, year=2020), None)
    """
    if series not in SERIES:
        raise ValueError(f"unknown reference series {series!r}; one of {', '.join(SERIES)}")
    if max_gap < 0:
        raise ValueError("max_gap must be 0 or more")
    if year is None or pd.isna(year) or not country_iso3 or pd.isna(country_iso3):
        return None
    years = _loaded(folder)[1].get((str(country_iso3), series))
    if not years:
        return None
    year = int(year)
    for gap in range(max_gap + 1):
        for candidate in (year - gap, year + gap):
            if candidate in years:
                return Nearest(years[candidate], candidate)
    return None


# ---------------------------------------------------------------------------
# Refreshing from the World Bank
# ---------------------------------------------------------------------------


@dataclass
class RefreshResult:
    folder: Path
    rows: dict[str, int]
    releases: dict[str, str]

    def summary(self) -> str:
        parts = [f"{s} {self.rows[s]:,} rows (release {self.releases.get(s, '?')})" for s in self.rows]
        return f"reference tables rebuilt in {self.folder}: " + "; ".join(parts)


def download_url(url_base: str, indicator: str) -> str:
    """The World Bank's per-indicator CSV zip (``API_<indicator>_DS2_en_csv_v2_*.zip``) under ``url_base``."""
    return f"{url_base.rstrip('/')}/v2/en/indicator/{indicator}?downloadformat=csv"


def _build_module():
    """data/reference/build_reference.py, imported from its file: one set of cleaning rules for both paths."""
    spec = importlib.util.spec_from_file_location("build_reference", BUILD_SCRIPT)
    if spec is None or spec.loader is None:
        raise RefreshError(f"{BUILD_SCRIPT}: cannot load the build script")
    module = importlib.util.module_from_spec(spec)
    writes, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # no __pycache__ in the data folder
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = writes
    return module


def _check_download(path: Path, indicator: str, url: str) -> None:
    """The zip holds the World Bank CSV of ``indicator`` (a mirror serving the wrong file is refused)."""
    try:
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if Path(n).name.startswith("API_") and n.endswith(".csv")]
            if len(names) != 1:
                raise RefreshError(f"{url}: expected one API_*.csv in the zip, found {len(names)}")
            text = z.read(names[0]).decode("utf-8-sig")
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError) as exc:
        raise RefreshError(f"{url}: not a World Bank CSV zip ({type(exc).__name__})") from None
    rows = csv.reader(io.StringIO(text))
    header = next((r for r in rows if r and r[0] == "Country Name"), None)
    if header is None or "Indicator Code" not in header:
        raise RefreshError(f"{url}: the CSV in the zip has no 'Country Name ... Indicator Code' header")
    at = header.index("Indicator Code")
    codes = {r[at] for r in rows if len(r) > at}
    if codes != {indicator}:
        raise RefreshError(f"{url}: holds {', '.join(sorted(codes)) or 'no rows'}, not {indicator}")


def refresh(url_base: str | None = None, *, data: Path | None = None, resolver=None, timeout: float = 60,
            today: date | None = None) -> RefreshResult:
    """Download the newest World Bank releases and replace ``<data>/reference``'s tables with the rebuilt ones.

    The three per-indicator zips (see :data:`DOWNLOADS`) go to a temp folder, are checked and
    rebuilt by the build script's own ``build``; the older US$ release (``milex_usd_current_wdi2024``)
    is rebuilt from the shipped raw file, so it stays apart. Only when everything succeeded are the
    three tables replaced, each atomically (the main table last). Any failure raises RefreshError
    and changes nothing.

    Addresses are checked like every other fetch (:mod:`dashboard.ingest.fetch`): no loopback, private or
    link-local addresses. ``url_base`` (tests and mirrors) replaces https://api.worldbank.org, and
    only its own host may be a local address.
    """
    from dashboard.ingest.fetch import FetchError, fetch_page

    explicit = url_base is not None
    url_base = (url_base or WB_URL_BASE).strip()
    base = urlsplit(url_base)
    target = (data or data_dir()) / "reference"
    kept = f"the reference tables in {reference_dir(data)} are kept"

    def own_host(hop: str) -> bool:
        parts = urlsplit(hop)
        return explicit and (parts.scheme, parts.netloc) == (base.scheme, base.netloc)

    with tempfile.TemporaryDirectory(prefix="reference-refresh-") as tmp:
        raw = Path(tmp)
        for indicator in DOWNLOADS.values():
            url = download_url(url_base, indicator)
            try:
                page = fetch_page(url, timeout, limit=DOWNLOAD_LIMIT, resolver=resolver, allow_private=own_host)
            except FetchError as exc:
                if exc.offline:
                    raise RefreshError(f"offline: {exc}; {kept}", offline=True) from None
                raise RefreshError(f"{exc}; {kept}") from None
            (raw / f"{indicator}.zip").write_bytes(page.data)
            try:
                _check_download(raw / f"{indicator}.zip", indicator, url)
            except RefreshError as exc:
                raise RefreshError(f"{exc}; {kept}") from None

        build = _build_module()
        fetched = today or date.today()
        specs = []
        for spec in build.SERIES:
            spec = dict(spec)
            if spec["series"] in DOWNLOADS:
                indicator = DOWNLOADS[spec["series"]]
                spec.update(kind="wdi_zip", raw=f"{indicator}.zip",
                            retrieved_from=f"{download_url(url_base, indicator)} ({fetched.isoformat()})")
                spec.pop("last_updated", None)  # read from the download itself
            else:
                spec["raw"] = str(SHIPPED_DIR / "raw" / spec["raw"])
            specs.append(spec)
        try:
            rows, countries, *_ = build.build(str(raw), specs, f"{DOWNLOADS[META_SERIES]}.zip")
            outputs = build.render(rows, countries)
        except Exception as exc:  # noqa: BLE001 - whatever the downloads hold, the snapshot stays
            detail = " ".join(str(exc).split())[:200]
            raise RefreshError(f"the downloads could not be rebuilt into tables ({type(exc).__name__}: {detail}); "
                               f"{kept}") from None
        counts = {s: sum(r["series"] == s for r in rows) for s in SERIES}
        empty = [s for s, n in counts.items() if not n]
        if empty:
            raise RefreshError(f"the rebuilt tables have no rows for {', '.join(empty)}; {kept}")
        staged = raw / "staged"
        staged.mkdir()
        for name, text in outputs.items():
            (staged / name).write_text(text, encoding="utf-8", newline="")
        try:
            _parse(staged)
        except ReferenceDataError as exc:
            raise RefreshError(f"the rebuilt tables do not load ({exc}); {kept}") from None

        try:
            target.mkdir(parents=True, exist_ok=True)
            for name in (COUNTRIES_FILE, SERIES_FILE, TABLE_FILE):
                write_atomically(target / name, outputs[name].encode("utf-8"))
        except OSError as exc:
            raise RefreshError(f"{target}: cannot write the rebuilt tables ({exc.strerror or exc})") from None
    releases = {r["series"]: r["last_updated"] for r in rows}
    return RefreshResult(target, counts, releases)
