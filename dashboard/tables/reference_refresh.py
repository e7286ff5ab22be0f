"""Refreshing the World Bank reference tables: download the newest releases, rebuild, replace.

In: a server address (https://api.worldbank.org unless a test or mirror gives another) and the
data folder. Out: ``<data>/reference``'s three tables replaced atomically, and a
:class:`RefreshResult` (rows and release per series); or a :class:`RefreshError` with nothing
changed. The build rules are data/reference/build_reference.py's own, so a refresh and the
shipped snapshot are cleaned alike; the result is checked by :mod:`dashboard.tables.reference`'s
reader before anything is written. ``python -m dashboard reference refresh`` calls :func:`refresh`.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from dashboard.paths import data_dir, write_atomically
from dashboard.tables.reference import (
    BUILD_SCRIPT,
    COUNTRIES_FILE,
    SERIES,
    SERIES_FILE,
    SHIPPED_DIR,
    TABLE_FILE,
    ReferenceDataError,
    parse_tables,
    reference_dir,
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


class RefreshError(Exception):
    """A refresh that changed nothing; ``offline`` when the network, not the server or the data, failed."""

    def __init__(self, message: str, *, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline


@dataclass
class RefreshResult:
    """What a refresh wrote: the folder, the rows of each series and each series' release date."""

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
            parse_tables(staged)
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
