"""The World Bank rows drawn behind a page's claims: which series, which countries, which years.

In: the tidy reference frame of :func:`dashboard.tables.reference.load_reference`, as an :class:`Index`
of lookups, and the claims a page draws (a figures table). Out: small frames of reference rows (country_iso3, country, series,
year, value, unit, source), never mixed into the claims: charts draw them as their own layer.

The rules:

- Series: the one a metric declares (``Metric.reference_series`` in :mod:`dashboard.schema`), so
  personnel meets personnel, dollars meet dollars and shares meet shares. A metric with none
  (reserves, deployments, changes) gets no layer.
- Countries: the ones the sidebar's country filter names, else the owners of the claims drawn.
- Years: a time chart gets the claims' years and the ``YEARS_BACK`` years before the first of them
  (the trend that leads into the claims); a chart without a time axis gets each country's latest
  value, and says its year.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from dashboard.schema import METRICS
from dashboard.tables.rankings import country_codes, country_name
from dashboard.tables.reference import SERIES_FILE, TABLE_FILE, load_reference, reference_dir

LAYER_DTYPES = {"country_iso3": "string", "country": "string", "series": "string", "year": "Int64", "value": "Float64",
                "unit": "string", "source": "string"}
LAYER_COLUMNS = tuple(LAYER_DTYPES)
YEARS_BACK = 10  # a time chart shows the reference this many years before its first claim
MAP_WITHIN = 5  # a map's "latest" value is at most this many years older than the series' newest


def series_for(metrics: Iterable[str]) -> list[str]:
    """The reference series declared for these metrics, once each, in the order given.

    >>> series_for(["active_personnel", "reserve_personnel"])
    ['armed_forces_personnel']
    """
    found = [METRICS[m].reference_series for m in metrics if m in METRICS]
    return list(dict.fromkeys(s for s in found if s))


def layer_countries(claims: pd.DataFrame, chosen: Iterable[str] = ()) -> list[str]:
    """The countries a layer covers: those the country filter chose, else the owners of ``claims``, sorted."""
    chosen = [c for c in chosen if c]
    if chosen:
        return sorted(set(chosen))
    if claims.empty or "country_iso3" not in claims.columns:
        return []
    return sorted(c for c in claims["country_iso3"].dropna().unique() if c)


def year_window(claims: pd.DataFrame, back: int = YEARS_BACK) -> tuple[int, int] | None:
    """(first claim year - ``back``, last claim year); None when no claim has a year.

    >>> year_window(pd.DataFrame({"year": [2024, 2026, None]}))
    (2014, 2026)
    """
    years = pd.to_numeric(claims["year"], errors="coerce").dropna() if "year" in claims.columns else []
    if not len(years):
        return None
    return int(years.min()) - back, int(years.max())


class Index(NamedTuple):
    """The reference table as lookups: (series, iso3) -> its years and values, oldest first; unit and source
    per series; the country names. Built once per state of the files (:func:`shipped_index`) or from any
    tidy frame (:func:`index_of`): a page rerun selects from it in about a millisecond, where filtering
    the whole table's Arrow strings costs tens."""

    values: dict[tuple[str, str], tuple[tuple[int, float], ...]]
    units: dict[str, str]
    sources: dict[str, str]
    names: dict[str, str]


def index_of(reference: pd.DataFrame) -> Index:
    """An :class:`Index` of a tidy reference frame (load_reference's columns); rows without a year or value are
    left out."""
    rows = reference.dropna(subset=["year", "value"]).sort_values(["series", "country_iso3", "year"])
    values: dict[tuple[str, str], list[tuple[int, float]]] = {}
    columns = (rows[c].tolist() for c in ("series", "country_iso3", "year", "value"))  # lists: Arrow cells iterate slowly
    for series, iso3, year, value in zip(*columns, strict=True):
        values.setdefault((str(series), str(iso3)), []).append((int(year), float(value)))
    first = rows.drop_duplicates("series")
    units = dict(zip(first["series"].astype(str), first["unit"].astype(str), strict=True))
    sources = dict(zip(first["series"].astype(str), first["source"].astype(str), strict=True))
    names = {c: country_name(c) for c in rows["country_iso3"].astype(str).unique()}
    return Index({k: tuple(v) for k, v in values.items()}, units, sources, names)


def shipped_index(folder: Path | None = None) -> Index:
    """The :class:`Index` of the reference tables the app reads (:func:`reference.reference_dir`), rebuilt
    only when their files change (a refresh)."""
    folder = Path(folder) if folder is not None else reference_dir()
    stamp = tuple((f.stat().st_mtime_ns, f.stat().st_size) if f.is_file() else None
                  for f in (folder / TABLE_FILE, folder / SERIES_FILE))
    return _shipped_index(str(folder), stamp)


@functools.lru_cache(maxsize=2)
def _shipped_index(folder: str, stamp: tuple) -> Index:
    return index_of(load_reference(Path(folder)))


def layer(index: Index, series: str, countries: Iterable[str], years: tuple[int, int] | None = None, *,
          latest: bool = False) -> pd.DataFrame:
    """The rows of ``series`` for ``countries`` (ISO3 codes) within ``years`` (inclusive), by country and year;
    with ``latest``, only each country's latest row.

    The ``country`` column holds the names the figures table uses, so a reference row and a claim about
    the same country land on the same place of a chart.
    """
    lo, hi = years if years is not None else (-10**6, 10**6)
    picked = []
    for c in sorted(set(countries)):
        kept = [(c, y, v) for y, v in index.values.get((series, c), ()) if lo <= y <= hi]
        picked += kept[-1:] if latest else kept
    unit, source = index.units.get(series, ""), index.sources.get(series, "")
    columns = {"country_iso3": [c for c, _, _ in picked], "country": [index.names.get(c, c) for c, _, _ in picked],
               "series": [series] * len(picked), "year": [y for _, y, _ in picked], "value": [v for _, _, v in picked],
               "unit": [unit] * len(picked), "source": [source] * len(picked)}
    return pd.DataFrame({k: pd.array(v, dtype=LAYER_DTYPES[k]) for k, v in columns.items()})


def map_layer(index: Index, series: str, countries: Iterable[str] | None = None,
              within: int = MAP_WITHIN) -> pd.DataFrame:
    """A map's reference: each country's latest value of ``series`` (every country when ``countries`` is None),
    leaving out a country whose latest year is more than ``within`` years before the newest of any country
    (a 1990 value is not "latest" beside 2024 ones)."""
    last = layer(index, series, country_codes() if countries is None else countries, latest=True)
    if last.empty:
        return last
    return last[last["year"] >= int(last["year"].max()) - within].reset_index(drop=True)
