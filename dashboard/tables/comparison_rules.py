"""Which World Bank value each figure is compared with, and what the comparison notes: the rules of
:mod:`dashboard.tables.comparisons`, on plain columns (lists), so the CLI's CSV of rows applies them
without pandas and the figures frame through the same code.

The rules, in the order they are applied:

- Which series: the one the metric declares (``schema.Metric.reference_series``). A metric without
  one (deployments, reserves, changes, trend claims) is never compared.
- Same country: the figure's owner (``country_iso3``). The reference tables hold countries only
  (the build script drops the World Bank's aggregates), so NATO or a region never matches.
- Same unit: a money metric (declared unit ``currency``) compares through ``value_usd``, the
  article's amount at the ECB rate of its publication date; persons with persons, percent with
  percent. A budget in a currency with no ECB rate is not compared, and the note says why.
- Year: the figure's own year, else the nearest within ``MAX_GAP`` years (the earlier on a tie:
  ``reference.nearest``), and the text says which year was used. The figure's own year comes first, from the
  newest release or else its older release (``OLDER_RELEASE``, named as such); then the nearest year, newest
  release first. The two are never mixed within one figure.
- A difference beyond ``FLAG_PCT`` is flagged in ``reference_note`` with the likely reasons that
  apply (``COUNTS_MORE``, the figure's stage, a different year, a local currency); "no known
  reason" otherwise.
- A row with a reference value carries the World Bank's credit (``reference.row_credit``: source, licence and
  where the full attribution is) in ``reference_attribution``, so a CSV row that quotes the series credits it.
"""

from __future__ import annotations

import math

from dashboard import schema
from dashboard.rates import missing
from dashboard.tables import reference_lookup

MAX_GAP = 2  # years between a figure and the reference value it is compared with
FLAG_PCT = 20.0  # beyond this difference (in percent of the reference) a comparison is flagged
# Year-to-year changes of these series and a year's exchange-rate swings mostly stay within ~10%;
# twice that is a gap worth a look, not noise.

OLDER_RELEASE = {"milex_usd_current": "milex_usd_current_wdi2024"}  # consulted when the newest has no year near
# What each series counts that a news figure of the same name usually does not: a likely reason when the
# article's figure is the lower one (the series' definitions are in data/reference/README.md).
COUNTS_MORE = {
    "armed_forces_personnel": "paramilitary included",
    "milex_share_gdp_pct": "SIPRI's wider definition (pensions, paramilitary)",
    "milex_usd_current": "SIPRI's wider definition (pensions, paramilitary)",
    "milex_usd_current_wdi2024": "SIPRI's wider definition (pensions, paramilitary)",
}
# How each series reads: kind ("usd", "share" or "persons"), what a value is after its number ("569,000 armed
# forces personnel incl. paramilitary") and the series' name in a sentence.
MEASURES = {
    "armed_forces_personnel": ("persons", "armed forces personnel incl. paramilitary", "armed forces personnel"),
    "milex_share_gdp_pct": ("share", "of GDP", "military expenditure (% of GDP)"),
    "milex_usd_current": ("usd", "military expenditure", "military expenditure (US$)"),
    "milex_usd_current_wdi2024": ("usd", "military expenditure", "military expenditure (US$)"),
}
RELEASE_NOTES = {"milex_usd_current_wdi2024": "older release"}
STAGE_REASONS = {"proposed": "proposed vs spent", "requested": "requested vs spent", "approved": "approved vs spent",
                 schema.PLANNED: "target vs actual"}
COLUMNS = ("reference_series", "reference_year", "reference_value", "reference_diff_pct", "reference_note",
           "reference_attribution")




def _match(iso3: str, series: str, year: int, folder) -> tuple[str, reference_lookup.Nearest] | None:
    """The newest release's value for the figure's own year; else the older release's for that year; else the newest
    release's nearest year; else the older's (a browser audit saw a 2017 budget held against the newest release's
    2019 value, 14% off, while the older release had 2017's)."""
    hits = []
    for candidate in (series, OLDER_RELEASE.get(series)):
        if candidate:
            hit = reference_lookup.nearest(iso3, candidate, year, MAX_GAP, folder=folder)
            if hit is not None and hit.year == year:
                return candidate, hit
            if hit is not None:
                hits.append((candidate, hit))
    return hits[0] if hits else None


def _no_match_note(iso3: str, country: str, series: str, year: int, folder) -> str:
    """Why a figure whose metric has a series gets no value: the country is not in it, or no year is near."""
    years = set(reference_lookup.years_of(iso3, series, folder=folder))
    if series in OLDER_RELEASE:
        years |= set(reference_lookup.years_of(iso3, OLDER_RELEASE[series], folder=folder))
    name = MEASURES.get(series, ("", "", series))[2]
    if not years:
        return f"no World Bank {name} for {country or iso3}"
    closest = min(sorted(years), key=lambda y: abs(y - year))
    return f"no World Bank {name} within {MAX_GAP} years of {year} (nearest: {closest})"


def reasons(series: str, diff_pct: float, *, year_gap: bool, currency: str, stage: str) -> list[str]:
    """The known reasons a figure and its reference value may differ, most likely first.

    >>> reasons("armed_forces_personnel", -21.0, year_gap=True, currency="", stage="")
    ['paramilitary included', 'different year']
    >>> reasons("milex_usd_current", 30.0, year_gap=False, currency="JPY", stage="proposed")
    ['proposed vs spent', 'local vs dollar']
    """
    found = []
    if diff_pct < 0 and series in COUNTS_MORE:
        found.append(COUNTS_MORE[series])
    if stage in STAGE_REASONS:
        found.append(STAGE_REASONS[stage])
    if year_gap:
        found.append("different year")
    if currency and currency != "USD":
        found.append("local vs dollar")
    return found


def flag_note(found: list[str]) -> str:
    """'differs by more than 20%: likely paramilitary included, different year'."""
    head = f"differs by more than {FLAG_PCT:g}%"
    return f"{head}: likely {', '.join(found)}" if found else f"{head}: no known reason, check the passage"


def compare(metric: list, iso3: list, country: list, year: list, value: list, usd: list, currency: list, stage: list,
            folder=None) -> tuple[list, list, list, list, list, list]:
    """The reference columns (``COLUMNS``, in order) of figures given column by column, by the rules above;
    None where a number column has no value. Raises ``ReferenceDataError`` when the tables cannot be read."""
    n = len(metric)
    series_col: list[str] = [""] * n
    year_col: list[object] = [None] * n
    value_col: list[object] = [None] * n
    diff_col: list[object] = [None] * n
    note_col: list[str] = [""] * n
    credit_col: list[str] = [""] * n
    credit = ""  # read at the first match: one string object shared by every row that quotes the series
    declared = {k: m.reference_series for k, m in schema.METRICS.items() if m.reference_series}
    money = {k for k, m in schema.METRICS.items() if m.unit == "currency"}
    found: dict[tuple[str, str, int], tuple[str, reference_lookup.Nearest] | None] = {}
    notes: dict[tuple[str, str, str, int], str] = {}  # (a country's misses repeat: each note is worked out once)
    folder = reference_lookup.reference_dir() if folder is None else folder  # (once, not per lookup)
    rows = zip(metric, iso3, country, year, value, usd, currency, stage, strict=True)
    for i, (metric_i, iso3_i, country_i, year_i, value_i, usd_i, currency_i, stage_i) in enumerate(rows):
        series = declared.get(metric_i)
        if series is None:
            continue
        in_money = metric_i in money
        basis = usd_i if in_money else value_i
        if missing(year_i):
            note_col[i] = "no year to compare with the World Bank series"
            continue
        if missing(basis):
            if in_money and not missing(value_i):
                note_col[i] = f"no US-dollar value to compare (no ECB rate for {currency_i or 'its currency'})"
            continue
        year_i = int(year_i)
        key = (str(iso3_i), series, year_i)
        if key not in found:
            found[key] = _match(*key, folder) if iso3_i and not missing(iso3_i) else None
        hit = found[key]
        if hit is None:
            if iso3_i:
                note_key = (str(iso3_i), str(country_i or ""), series, year_i)
                if note_key not in notes:
                    notes[note_key] = _no_match_note(*note_key, folder)
                note_col[i] = notes[note_key]
            continue
        used, near = hit
        credit = credit or reference_lookup.row_credit()
        diff = (float(basis) - near.value) / near.value * 100 if near.value else math.nan
        series_col[i], year_col[i], value_col[i], credit_col[i] = used, near.year, near.value, credit
        diff_col[i] = None if math.isnan(diff) else round(diff, 2)  # (a CSV of "-14.123456789" claims no such precision)
        if not math.isnan(diff) and abs(diff) > FLAG_PCT:
            note_col[i] = flag_note(reasons(used, diff, year_gap=near.year != year_i,
                                            currency=str(currency_i or "") if in_money else "",
                                            stage=str(stage_i or "")))
    return series_col, year_col, value_col, diff_col, note_col, credit_col
