"""The World Bank reference values by country, series and year, looked up without pandas.

:mod:`dashboard.tables.reference` reads and checks the tables with pandas (~0.4 s to import, more than a CLI
run on a hundred articles spends extracting). The lookups need only its index, ``(country, series) -> {year:
value}``: once the tables have been read and found sound, the index is kept in ``__pycache__`` beside this
module, keyed by the folder and each table's size and modification time (what ``reference`` caches on too),
and later processes read it back in a few milliseconds. A table that changed, or a kept file that is missing or
unreadable, sends the lookup through ``reference`` again, so a malformed table still raises
``ReferenceDataError`` naming the file. The folder's location rules and the credit line live here too.
"""

from __future__ import annotations

import functools
import marshal
from pathlib import Path
from typing import NamedTuple

from dashboard.paths import REPO_DATA, data_dir
from dashboard.rates import missing as _missing

SHIPPED_DIR = REPO_DATA / "reference"
TABLE_FILE = "defense_reference.csv"
SERIES_FILE = "series.csv"
COUNTRIES_FILE = "countries.csv"
# Every series the tables hold, in the order the attribution names their releases.
SERIES = ("milex_share_gdp_pct", "milex_usd_current", "milex_usd_current_wdi2024", "armed_forces_personnel")

CREDIT = "World Bank WDI (SIPRI, IISS), CC BY 4.0"
# what each figures-CSV row that quotes a series carries: short (the full text, ~570 characters, cost ~0.6 MB per
# 1,000 such rows in memory and in every download) and pointing at the full attribution
ROW_CREDIT = f"{CREDIT}; full attribution in data/reference/README.md"
CACHE = Path(__file__).resolve().parent / "__pycache__" / "reference-index.marshal"


class ReferenceDataError(ValueError):
    """A reference table that is missing or malformed; the message names the file and what is wrong."""


class Nearest(NamedTuple):
    value: float
    year: int


def reference_dir(data: Path | None = None) -> Path:
    """``<data>/reference`` when it holds the tables, else the shipped snapshot."""
    folder = (data or data_dir()) / "reference"
    return folder if (folder / TABLE_FILE).is_file() else SHIPPED_DIR


def stamp(folder: Path) -> tuple:
    """What the caches are keyed on: each file's size and modification time (None when missing)."""
    stamps = []
    for name in (TABLE_FILE, SERIES_FILE):
        try:
            st = (folder / name).stat()
            stamps.append((st.st_mtime_ns, st.st_size))
        except OSError:
            stamps.append(None)
    return tuple(stamps)


def fingerprint(folder: Path | None = None) -> tuple:
    """What changes when the reference tables in use change (their folder, sizes and modification times)."""
    folder = Path(folder) if folder is not None else reference_dir()
    return (str(folder), stamp(folder))


def row_credit() -> str:
    """The credit a figures row that quotes a World Bank value carries (``reference_attribution``)."""
    return ROW_CREDIT


@functools.lru_cache(maxsize=4)
def _index(folder: str, state: tuple) -> dict[tuple[str, str], dict[int, float]]:
    key = (folder, state)
    try:
        kept_key, index = marshal.loads(CACHE.read_bytes())  # noqa: S302 - our own file in __pycache__, trusted as the .pyc files beside it
        if kept_key == key and isinstance(index, dict):
            return index
    except (OSError, ValueError, EOFError, TypeError):
        pass
    from dashboard.tables import reference  # reads and checks the tables (pandas); raises ReferenceDataError

    index = reference.parsed(Path(folder), state)[1]
    try:
        from dashboard.paths import write_atomically

        CACHE.parent.mkdir(exist_ok=True)
        write_atomically(CACHE, marshal.dumps((key, index)))
    except (OSError, ValueError):
        pass  # a read-only install reads the tables at every start, as before
    return index


def index(folder: Path | None = None) -> dict[tuple[str, str], dict[int, float]]:
    """``(country_iso3, series) -> {year: value}`` of the tables in ``folder`` (default: :func:`reference_dir`)."""
    folder = Path(folder) if folder is not None else reference_dir()
    return _index(str(folder), stamp(folder))




def years_of(country_iso3: str, series: str, *, folder: Path | None = None) -> tuple[int, ...]:
    """The years ``series`` has a value for ``country_iso3``, in order (empty for an aggregate or unknown code)."""
    return tuple(sorted(index(folder).get((str(country_iso3), series), ())))


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
    if _missing(year) or not country_iso3 or _missing(country_iso3):
        return None
    years = index(folder).get((str(country_iso3), series))
    if not years:
        return None
    year = int(year)
    for gap in range(max_gap + 1):
        for candidate in (year - gap, year + gap):
            if candidate in years:
                return Nearest(years[candidate], candidate)
    return None
