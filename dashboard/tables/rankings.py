"""Countries ranked by a World Bank reference series, in one year or by change over a span, with the
article claims the library holds for each. Pure pandas: no Streamlit, no I/O beyond the shipped
country lists.

In: the tidy reference frame of :func:`dashboard.tables.reference.load_reference` (country_iso3,
series, year, value, unit, source, attribution) and, for :func:`with_claims`, a figures table.
Out: one row per country, best first:

- :func:`rank`: rank, country_iso3, country, value, unit, year, series, source, attribution;
- :func:`rank_change`: rank, country_iso3, country, start_year, start_value, end_year, end_value,
  change, change_pct, unit, series, source, attribution;
- :func:`with_claims`: the same plus ``claims``, the figures naming the country as owner or host.

Ties share a rank and the next rank skips (1, 2, 2, 4), as in a league table. Countries the
ranking could not place (no value in the year, or in either year of a span) are listed by code in
``ranking.attrs["left_out"]``, so a page can say how many are missing and why.

Only countries are ranked. The World Bank files also carry aggregates (regions, income groups,
"World"); the build script drops them from the shipped tables, and the codes it keeps are those with
a World Bank region, listed in ``data/reference/countries.csv``. A frame from elsewhere (a refresh by
an older script, a test) may still hold some, so every ranking keeps only codes that are countries
in that list or in the gazetteer's ``data/countries.csv``: Kosovo (XKX), a World Bank economy with no
ISO 3166 code, stays; ``WLD`` or ``EUU`` never place.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import pandas as pd

from dashboard.extraction.countries import gazetteer
from dashboard.tables.reference import ReferenceDataError, load_countries

# series, source and attribution ride along so a downloaded ranking still says where it comes from (CC BY)
RANK_COLUMNS = ("rank", "country_iso3", "country", "value", "unit", "year", "series", "source", "attribution")
CHANGE_COLUMNS = ("rank", "country_iso3", "country", "start_year", "start_value", "end_year", "end_value",
                  "change", "change_pct", "unit", "series", "source", "attribution")
CHANGE_KEYS = ("change", "change_pct")


@functools.lru_cache(maxsize=1)
def _wb_names() -> dict[str, str]:
    """The World Bank's own names of the economies it keeps as countries ({} when the list cannot be read)."""
    try:
        frame = load_countries()
    except ReferenceDataError:
        return {}
    return dict(zip(frame["country_iso3"].astype(str), frame["wb_name"].astype(str), strict=True))


def country_codes() -> frozenset[str]:
    """Codes that name a country: the World Bank's countries (aggregates have no region and are not listed)
    and every code of data/countries.csv."""
    return frozenset(_wb_names()) | frozenset(gazetteer().countries)


def country_name(iso3: str) -> str:
    """The gazetteer's name; the World Bank's where the gazetteer has none ('Kosovo' for XKX)."""
    name = gazetteer().name(iso3)
    return _wb_names().get(iso3, name) if name == iso3 else name


def years(reference_df: pd.DataFrame, series: str) -> list[int]:
    """The years in which ``series`` has at least one country's value, oldest first."""
    rows = reference_df[reference_df["series"] == series]
    rows = rows[rows["country_iso3"].isin(country_codes())]
    return sorted(int(y) for y in rows["year"].dropna().unique())


def _series_rows(reference_df: pd.DataFrame, series: str, countries: Iterable[str] | None) -> pd.DataFrame:
    keep = frozenset(countries) if countries is not None else country_codes()
    rows = reference_df[(reference_df["series"] == series) & reference_df["country_iso3"].isin(keep)]
    return rows.dropna(subset=["value", "year"])


def _text(rows: pd.DataFrame, column: str) -> pd.Series:
    """A text column of ``rows``, or NA throughout when a hand-built frame has none."""
    if column in rows.columns:
        return rows[column].astype("string")
    return pd.Series(pd.NA, index=rows.index, dtype="string")


def _ranked(table: pd.DataFrame, key: str) -> pd.DataFrame:
    """Largest ``key`` first, ties by country name; competition ranks (1, 2, 2, 4); no rank where ``key`` is NA."""
    table = table.assign(_key=pd.to_numeric(table[key], errors="coerce").astype("Float64"))
    table = table.sort_values(["_key", "country"], ascending=[False, True], na_position="last", kind="stable")
    table["rank"] = table["_key"].rank(method="min", ascending=False).astype("Int64")
    return table.drop(columns="_key").reset_index(drop=True)


def rank(reference_df: pd.DataFrame, series: str, year: int, *,
         countries: Iterable[str] | None = None) -> pd.DataFrame:
    """Countries ranked by ``series`` in ``year``, largest value first.

    ``countries`` (default :func:`country_codes`) are the codes that may place. ``attrs["left_out"]``
    lists the countries with this series in some year but not in ``year``.
    """
    rows = _series_rows(reference_df, series, countries)
    here = rows[rows["year"] == int(year)].drop_duplicates("country_iso3", keep="last")
    table = pd.DataFrame({
        "country_iso3": here["country_iso3"].astype("string"),
        "country": here["country_iso3"].map(country_name).astype("string"),
        "value": here["value"].astype("Float64"),
        "unit": here["unit"].astype("string"),
        "year": here["year"].astype("Int64"),
        "series": here["series"].astype("string"),
        "source": _text(here, "source"),
        "attribution": _text(here, "attribution"),
    })
    table = _ranked(table, "value")[list(RANK_COLUMNS)]
    table.attrs["left_out"] = tuple(sorted(set(rows["country_iso3"]) - set(table["country_iso3"])))
    return table


def rank_change(reference_df: pd.DataFrame, series: str, start: int, end: int, *, by: str = "change",
                countries: Iterable[str] | None = None) -> pd.DataFrame:
    """Countries ranked by how much ``series`` changed from ``start`` to ``end``, largest rise first.

    ``change`` is in the series' unit (percentage points for a share of GDP); ``change_pct`` is
    relative to the start value (NA when that is 0, and then unranked). ``by`` picks which of the two
    orders the ranking. Countries without a value in both years are left out, listed in
    ``attrs["left_out"]``: a change guessed from a neighbouring year would not be the span asked for.
    """
    if by not in CHANGE_KEYS:
        raise ValueError(f"by must be one of {', '.join(CHANGE_KEYS)}, not {by!r}")
    start, end = int(start), int(end)
    if start >= end:
        raise ValueError(f"the span must run forwards: {start} to {end}")
    rows = _series_rows(reference_df, series, countries)
    first = rows[rows["year"] == start].drop_duplicates("country_iso3", keep="last").set_index("country_iso3")
    last = rows[rows["year"] == end].drop_duplicates("country_iso3", keep="last").set_index("country_iso3")
    both = first.index.intersection(last.index)
    a, b = first.loc[both, "value"].astype("Float64"), last.loc[both, "value"].astype("Float64")
    change = b - a
    base = a.where(a != 0)
    table = pd.DataFrame({
        "country_iso3": pd.Series(both, index=both, dtype="string"),
        "country": pd.Series([country_name(c) for c in both], index=both, dtype="string"),
        "start_year": pd.Series(start, index=both, dtype="Int64"),
        "start_value": a,
        "end_year": pd.Series(end, index=both, dtype="Int64"),
        "end_value": b,
        "change": change,
        "change_pct": (change / base * 100).astype("Float64"),
        "unit": last.loc[both, "unit"].astype("string"),
        "series": last.loc[both, "series"].astype("string"),
        "source": _text(last.loc[both], "source"),
        "attribution": _text(last.loc[both], "attribution"),
    })
    table = _ranked(table.reset_index(drop=True), by)[list(CHANGE_COLUMNS)]
    table.attrs["left_out"] = tuple(sorted(set(rows["country_iso3"]) - set(both)))
    return table


def claim_counts(figures_df: pd.DataFrame) -> pd.Series:
    """Per country code: the figures rows naming it as owner or as host (a deployment counts for both
    countries, once each), the way the sidebar's country filter matches."""
    if figures_df.empty:
        return pd.Series(dtype="Int64")
    owner = figures_df["country_iso3"].astype("string")
    host = (figures_df["host_iso3"].astype("string") if "host_iso3" in figures_df.columns
            else pd.Series(pd.NA, index=figures_df.index, dtype="string"))
    pairs = pd.DataFrame({"row": list(range(len(figures_df))) * 2,
                          "iso3": pd.concat([owner, host], ignore_index=True)})
    pairs = pairs[pairs["iso3"].notna() & (pairs["iso3"] != "")].drop_duplicates()
    return pairs.groupby("iso3")["row"].size().astype("Int64")


def with_claims(ranking: pd.DataFrame, figures_df: pd.DataFrame) -> pd.DataFrame:
    """``ranking`` with ``claims``: how many figures of ``figures_df`` (any metric) name each country,
    0 where the library says nothing. ``attrs`` are kept."""
    counts = claim_counts(figures_df)
    out = ranking.copy()
    out["claims"] = out["country_iso3"].map(counts).fillna(0).astype("Int64")
    out.attrs = dict(ranking.attrs)
    return out


def narrowed(ranking: pd.DataFrame, countries: Iterable[str] = (), *, claimed_only: bool = False) -> pd.DataFrame:
    """The rows of ``ranking`` for ``countries`` (every country when empty) and, with ``claimed_only``, only those
    with at least one claim. Ranks stay the world ranks ("14th of 147"), so a filter never renumbers a
    country; ``attrs["ranked"]`` keeps how many countries the whole ranking placed. ``attrs`` are kept."""
    keep = pd.Series(True, index=ranking.index)
    wanted = frozenset(countries)
    if wanted:
        keep &= ranking["country_iso3"].isin(wanted)
    if claimed_only and "claims" in ranking.columns:
        keep &= ranking["claims"].fillna(0) > 0
    out = ranking[keep].reset_index(drop=True)
    out.attrs = {**ranking.attrs, "ranked": int(ranking.attrs.get("ranked", ranking["rank"].notna().sum()))}
    return out
