"""Each figure beside the World Bank's value for the same country, measure and (nearly) the same year.

in: a figures table in the schema; out: the same table with ``reference_series``, ``reference_year``,
``reference_value``, ``reference_diff_pct``, ``reference_note`` and ``reference_attribution`` filled (a new frame).

The rules, in the order they are applied:

- Which series: the one the metric declares (``schema.Metric.reference_series``). A metric without
  one (deployments, reserves, changes, trend claims) is never compared.
- Same country: the figure's owner (``country_iso3``). The reference tables hold countries only
  (the build script drops the World Bank's aggregates), so NATO or a region never matches.
- Same unit: a money metric (declared unit ``currency``) compares through ``value_usd``, the
  article's amount at the ECB rate of its publication date; persons with persons, percent with
  percent. A budget in a currency with no ECB rate is not compared, and the note says why.
- Year: the figure's own year, else the nearest within ``MAX_GAP`` years (the earlier on a tie:
  ``reference.nearest``), and the text says which year was used. Where the newest release has
  no year that near, its older release (``OLDER_RELEASE``) is used, named as such; the two are
  never mixed within one figure.
- A difference beyond ``FLAG_PCT`` is flagged in ``reference_note`` with the likely reasons that
  apply (``COUNTS_MORE``, the figure's stage, a different year, a local currency); "no known
  reason" otherwise.
- A row with a reference value carries the World Bank's credit (``reference.row_credit``: source, licence and
  where the full attribution is) in ``reference_attribution``, so a CSV row that quotes the series credits it.

:func:`comparison_text` words one row ("World Bank 2024: 2.6% of GDP; this article: 2.8% (+8%)")
and :func:`reference_texts` a whole frame, from these columns alone: the passage cards and the
charts' hover text call them. The texts are plain: escape them for the medium they go to.
"""

from __future__ import annotations

import math

import pandas as pd

from dashboard import schema
from dashboard.tables import reference

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


def _missing(x: object) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x))


def _match(iso3: str, series: str, year: int, folder) -> tuple[str, reference.Nearest] | None:
    for candidate in (series, OLDER_RELEASE.get(series)):
        if candidate:
            hit = reference.nearest(iso3, candidate, year, MAX_GAP, folder=folder)
            if hit is not None:
                return candidate, hit
    return None


def _no_match_note(iso3: str, country: str, series: str, year: int, folder) -> str:
    """Why a figure whose metric has a series gets no value: the country is not in it, or no year is near."""
    years = set(reference.years_of(iso3, series, folder=folder))
    if series in OLDER_RELEASE:
        years |= set(reference.years_of(iso3, OLDER_RELEASE[series], folder=folder))
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


def with_reference(figures: pd.DataFrame, folder=None) -> pd.DataFrame:
    """``figures`` with the reference columns filled by the rules above (the input is not modified).

    Raises ``reference.ReferenceDataError`` when the reference tables cannot be read.
    """
    out = figures.copy()
    n = len(out)
    series_col: list[str] = [""] * n
    year_col: list[object] = [pd.NA] * n
    value_col: list[object] = [pd.NA] * n
    diff_col: list[object] = [pd.NA] * n
    note_col: list[str] = [""] * n
    credit_col: list[str] = [""] * n
    credit = ""  # read at the first match: one string object shared by every row that quotes the series
    declared = {k: m.reference_series for k, m in schema.METRICS.items() if m.reference_series}
    money = {k for k, m in schema.METRICS.items() if m.unit == "currency"}
    found: dict[tuple[str, str, int], tuple[str, reference.Nearest] | None] = {}
    columns = ("metric", "country_iso3", "country", "year", "value", "value_usd", "currency", "stage")
    rows = zip(*(out[c].tolist() for c in columns), strict=True)
    for i, (metric, iso3, country, year, value, usd, currency, stage) in enumerate(rows):
        series = declared.get(metric)
        if series is None:
            continue
        in_money = metric in money
        basis = usd if in_money else value
        if _missing(year):
            note_col[i] = "no year to compare with the World Bank series"
            continue
        if _missing(basis):
            if in_money and not _missing(value):
                note_col[i] = f"no US-dollar value to compare (no ECB rate for {currency or 'its currency'})"
            continue
        year = int(year)
        key = (str(iso3), series, year)
        if key not in found:
            found[key] = _match(*key, folder) if iso3 and not _missing(iso3) else None
        hit = found[key]
        if hit is None:
            note_col[i] = _no_match_note(str(iso3), str(country or ""), series, year, folder) if iso3 else ""
            continue
        used, near = hit
        credit = credit or reference.row_credit()
        diff = (float(basis) - near.value) / near.value * 100 if near.value else math.nan
        series_col[i], year_col[i], value_col[i], credit_col[i] = used, near.year, near.value, credit
        diff_col[i] = pd.NA if math.isnan(diff) else diff
        if not math.isnan(diff) and abs(diff) > FLAG_PCT:
            note_col[i] = flag_note(reasons(used, diff, year_gap=near.year != year,
                                            currency=str(currency or "") if in_money else "", stage=str(stage or "")))
    for name, values in zip(COLUMNS, (series_col, year_col, value_col, diff_col, note_col, credit_col), strict=True):
        out[name] = pd.Series(values, index=out.index, dtype=schema.FIGURE_DTYPES[name])
    return out


# ---------------------------------------------------------------------------
# Words: one row's comparison, as the cards and hover texts say it
# ---------------------------------------------------------------------------


def _significant(x: float, digits: int = 3) -> str:
    """``x`` to ``digits`` significant digits, trailing zeros dropped: 55.27 -> '55.3', 7.9 -> '7.9'."""
    text = f"{x:.{max(digits - 1 - int(math.floor(math.log10(abs(x)))), 0)}f}" if x else "0"
    return text.rstrip("0").rstrip(".") if "." in text else text


def amount_text(x: float, prefix: str = "") -> str:
    """'US$55.3 billion', 'JPY 7.9 trillion', 'US$850 million', 'US$12,000'."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= size:
            return f"{prefix}{_significant(x / size)} {word}"
    return f"{prefix}{x:,.0f}"


def share_text(x: float) -> str:
    """A share of GDP as said: one decimal from 1% up (2.56 -> '2.6%'), two below it ('0.85%')."""
    return f"{x:.1f}%" if abs(x) >= 1 else f"{x:.2f}%"


def diff_text(diff_pct: float) -> str:
    """'+8%', '\u221221%', '+0.4%': a whole percent, or one decimal below 1%."""
    if abs(diff_pct) < 0.05:  # what one decimal would show as 0.0 reads as no difference
        return "0%"
    text = f"{diff_pct:+.1f}%" if abs(diff_pct) < 0.95 else f"{diff_pct:+.0f}%"
    return text.replace("-", "\u2212")


def _values(series: str, ref: float, value: float, usd: float, currency: str) -> tuple[str, str]:
    """(the reference value, the article's value) in the series' unit, each with what it measures."""
    kind, measure, _ = MEASURES.get(series, ("", "", ""))
    if kind == "usd":
        said = amount_text(usd, "US$")
        if currency and currency != "USD" and not _missing(value):
            said = f"{amount_text(value, currency + ' ')} \u2248 {said}"
        return f"{amount_text(ref, 'US$')} {measure}", said
    if kind == "share":
        return f"{share_text(ref)} {measure}", f"{float(value):g}%"
    return f"{ref:,.0f} {measure}".strip(), f"{value:,.0f}"


def comparison_text(row) -> str:
    """One figure beside its reference value, from the row's columns; '' when it has none.

    >>> comparison_text({"reference_series": "milex_share_gdp_pct", "reference_year": 2024, "reference_value": 2.58,
    ...                  "reference_diff_pct": 8.5, "value": 2.8, "value_usd": None, "currency": "", "year": 2024})
    'World Bank 2024: 2.6% of GDP; this article: 2.8% (+8%)'
    """
    series, ref = row.get("reference_series", ""), row.get("reference_value", pd.NA)
    if not series or _missing(series) or _missing(ref):
        return ""
    ref_year, year = int(row["reference_year"]), row.get("year", pd.NA)
    when = [RELEASE_NOTES[series]] if series in RELEASE_NOTES else []
    if not _missing(year) and int(year) != ref_year:
        when.append(f"nearest to {int(year)}")
    said_ref, said = _values(series, float(ref), row.get("value", pd.NA), row.get("value_usd", pd.NA),
                             str(row.get("currency", "") or ""))
    diff = row.get("reference_diff_pct", pd.NA)
    pct = "" if _missing(diff) else f" ({diff_text(float(diff))})"
    extra = f" ({', '.join(when)})" if when else ""
    return f"World Bank {ref_year}{extra}: {said_ref}; this article: {said}{pct}"


TEXT_COLUMNS = ("reference_series", "reference_year", "reference_value", "reference_diff_pct", "reference_note",
                "value", "value_usd", "currency", "year")


def reference_texts(df: pd.DataFrame) -> list[str]:
    """Per row of a figures frame: its comparison and note ('...; differs by more than 20%: likely ...'),
    the note alone where there is no comparison, '' where there is nothing to say. Plain text: charts
    escape it for Plotly (``charts.style.esc``), the app for markdown. Only rows with something to say
    are worded, so a chart's hover over 1,000 points costs little."""
    if "reference_series" not in df.columns:
        return [""] * len(df)
    columns = [c for c in TEXT_COLUMNS if c in df.columns]
    series = df["reference_series"].fillna("").to_numpy()
    notes = df["reference_note"].fillna("").to_numpy() if "reference_note" in df.columns else series
    out = [""] * len(df)
    values = {c: df[c].tolist() for c in columns}
    for pos in (i for i in range(len(df)) if series[i] or notes[i]):
        row = {c: values[c][pos] for c in columns}
        note = row.get("reference_note", "")
        note = "" if _missing(note) else str(note)
        out[pos] = "; ".join(t for t in (comparison_text(row), note) if t)
    return out
