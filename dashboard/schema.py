"""The one tidy schema: columns, dtypes and the metric vocabulary, defined once.

Loaders, charts, exports, docs and tests import from here. A test checks that every metric
and column below is documented in data/README.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where frames are made: the CLI's CSV of rows runs without it
    import pandas as pd


@dataclass(frozen=True)
class Metric:
    """Everything the rest of the code needs to know about a metric, declared once.

    Tables, the CSV, the data dictionary (data/README.md), filters, evaluation and the generic
    Metrics page read these fields; no other module names a metric to decide how to treat it.
    """

    key: str
    label: str
    unit: str  # "persons", "percent", "currency" (the article's currency), "count", or "" for a qualitative claim
    description: str
    axis: str = ""  # the value axis title on charts ("troops", "% of GDP")
    needs_host: bool = False  # a deployment: the row says where (host_iso3)
    has_stage: bool = False  # proposed / requested / approved (budgets) or planned (personnel, shares) is kept
    qualitative: bool = False  # a claim with no number: direction says increase or decrease
    change: bool = False  # a change against the year before, not a level
    page: str = ""  # the page that lists it beside its kin: troops, active, budgets ("" = the Metrics page only)
    chart: str = "levels"  # how the Metrics page draws it: "levels" (latest stated value per key) or "claims"
    scored: bool = True  # scored by `python -m dashboard evaluate` against labelled folders
    # The World Bank reference series (a key of data/reference/series.csv, e.g. "armed_forces_personnel") measuring
    # the same thing in a comparable unit: drawn behind the claims and compared with them. None: no such series.
    reference_series: str | None = None


METRICS: dict[str, Metric] = {m.key: m for m in [
    Metric("troops_deployed", "Troops deployed abroad", "persons",
           "Personnel of a country stationed or deployed in another country (host_iso3).",
           axis="troops", needs_host=True, has_stage=True, page="troops"),
    Metric("active_personnel", "Active personnel", "persons",
           "Active-duty strength of a country's armed forces.",
           axis="personnel", has_stage=True, page="active", reference_series="armed_forces_personnel"),
    Metric("reserve_personnel", "Reserve personnel", "persons",
           "Reservists: the reserve pool or those mobilised from it, as the article states.",
           axis="personnel", has_stage=True, page="active"),
    Metric("defense_budget", "Defense budget", "currency",
           "Defense spending for a fiscal year, in the currency the article uses; stage says "
           "proposed, requested or approved where the text does.",
           axis="amount", has_stage=True, page="budgets", reference_series="milex_usd_current"),
    Metric("budget_change_pct", "Budget change (%)", "percent",
           "Change of a defense budget against the previous year, in percent; decreases negative.",
           axis="change (%)", change=True, page="budgets"),
    Metric("budget_change_amount", "Budget change (amount)", "currency",
           "Change of a defense budget as an amount of money; decreases negative.",
           axis="change", change=True, page="budgets"),
    Metric("defense_share_gdp_pct", "Defense spending, % of GDP", "percent",
           "Defense spending as a share of gross domestic product, actual or targeted.",
           axis="% of GDP", has_stage=True, page="budgets", reference_series="milex_share_gdp_pct"),
    Metric("budget_trend", "Budget trend (qualitative)", "",
           "A claim about the direction of a defense budget without a number "
           "(\"largest defense budget increase in years\"); direction holds increase or decrease.",
           qualitative=True, page="budgets", chart="claims", scored=False),
]}


def metrics_where(**wanted: object) -> tuple[str, ...]:
    """The metric keys whose declaration has every given field value, in declaration order.

    >>> metrics_where(page="active")
    ('active_personnel', 'reserve_personnel')
    """
    return tuple(k for k, m in METRICS.items() if all(getattr(m, f) == v for f, v in wanted.items()))


PERSONNEL_METRICS = metrics_where(unit="persons")
BUDGET_METRICS = metrics_where(page="budgets")

STATUSES = ("extracted", "accepted", "corrected", "rejected", "added")  # added: a figure the extractor missed
STAGES = ("", "proposed", "requested", "approved", "planned")
# Budgets: proposed / requested / approved (or "" when the text does not say). Personnel: "planned" for a
# plan or target ("aims for 300,000 troops by 2030"), "" for a stated current level.
PLANNED = "planned"
LOW_CONFIDENCE = 0.6  # = extraction.confidence.LOW (a test keeps them equal): below it a figure is "low confidence"


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str
    description: str


FIGURE_COLUMNS: tuple[Column, ...] = (
    Column("article_id", "string", "The article file's stem, e.g. 2025-11-03-econotimes-hegseth-south-korea."),
    Column("figure_id", "string", "Stable id: article id and the character offset of the quote."),
    Column("country_iso3", "string", "Whose figure it is: ISO 3166-1 alpha-3 (NATO for the alliance)."),
    Column("country", "string", "Display name of country_iso3."),
    Column("metric", "string", "One of the metric vocabulary (see Metrics)."),
    Column("value", "Float64", "The figure as a plain number (28,500 -> 28500; 66.3 trillion won -> 6.63e13); "
                               "empty for a qualitative claim; midpoint for a range."),
    Column("unit", "string", "persons, percent, or the ISO 4217 code of the currency."),
    Column("currency", "string", "ISO 4217 code for money, else empty."),
    Column("value_usd", "Float64", "Money converted to US dollars at the ECB reference rate (see usd_rate_date); "
                                   "empty when no rate is known."),
    Column("usd_rate_date", "string", "ISO date of the ECB reference rate used for value_usd: the article's date, or the "
                                      "last fixing before it (a weekend, a holiday)."),
    Column("year", "Int64", "The (fiscal) year the figure refers to."),
    Column("host_iso3", "string", "For troops_deployed: the country (or region code) where the troops are; "
                                  "empty for a deployment across several hosts."),
    Column("stage", "string", "For budgets: proposed, requested or approved, where the text says so. For "
                              "personnel (troops_deployed, active_personnel, reserve_personnel): planned for a "
                              "plan or target rather than a current level (\"aims for 300,000 troops by 2030\"), and for shares "
                              "of GDP a share aimed at (\"NATO's 2% target\"); empty for a stated current level."),
    Column("qualifier", "string", "Hedge kept from the text: approx, lower_bound, upper_bound, range."),
    Column("low", "Float64", "Lower bound (ranges, 'more than')."),
    Column("high", "Float64", "Upper bound (ranges, 'up to')."),
    Column("direction", "string", "increase or decrease, for budget_trend claims."),
    Column("quote", "string", "The exact substring of the article that states the figure."),
    Column("passage", "string", "The sentence (or two) around the quote, as shown to users."),
    Column("start", "Int64", "Character offset of the quote in the article's clean text."),
    Column("end", "Int64", "Character offset just past the quote."),
    Column("title", "string", "Article title."),
    Column("publisher", "string", "Article publisher."),
    Column("published", "string", "Article publication date (ISO)."),
    Column("url", "string", "Article address."),
    Column("method", "string", "The extraction rule behind the row ('+review' once corrected; 'review:added': added)."),
    Column("confidence", "Float64", "How likely the figure is right, 0-1; below 0.6 shown as low confidence; see "
                                    "README for measured precision per band. 1 once a reviewer accepted or "
                                    "corrected the figure (the extractor's score stays in original_confidence)."),
    Column("status", "string", "extracted, accepted, corrected, rejected, or added (a missed figure a reviewer entered)."),
    Column("original_value", "Float64", "For corrected rows: the value the extractor found."),
    Column("original_confidence", "Float64", "For accepted or corrected rows: the confidence the extractor "
                                             "gave before review; empty otherwise."),
    Column("review_changes", "string", "For corrected rows: each field the reviewer changed, with the extractor's "
                                       "reading first ('year 2024 -> 2023'); empty otherwise."),
    Column("review_note", "string", "The reviewer's note on the latest decision."),
    Column("reference_series", "string", "The World Bank series the figure is compared with (see data/reference/README.md): "
                                         "the metric's declared series, or its older release where that has the "
                                         "figure's own year (or only it a year near); empty when nothing compares."),
    Column("reference_year", "Int64", "The series' year used: the figure's year or the nearest within 2 years."),
    Column("reference_value", "Float64", "The World Bank value for the figure's country in reference_year (% of GDP, "
                                         "current US$ or persons incl. paramilitary forces)."),
    Column("reference_diff_pct", "Float64", "How far the figure is from reference_value, in percent of it: (figure - "
                                            "reference) / reference x 100; a budget in another currency through "
                                            "value_usd."),
    Column("reference_note", "string", "Why a figure with a reference series has no comparison, or, when it differs "
                                       "by more than 20%, that it does and the likely reasons known (paramilitary "
                                       "included, different year, local vs dollar, proposed vs spent...)."),
    Column("reference_attribution", "string", "The World Bank's credit (CC BY 4.0 asks for one wherever its figures "
                                              "appear): source, licence and where the full attribution is "
                                              "(data/reference/README.md), on every row with a reference_value; "
                                              "empty otherwise."),
    Column("citation", "string", "A ready citation of the figure: publisher, title, date, link and the sentence "
                                 "that states it."),
)
FIGURE_DTYPES = {c.name: c.dtype for c in FIGURE_COLUMNS}
FIGURE_COLUMN_NAMES = [c.name for c in FIGURE_COLUMNS]

ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("article_id", "string", "The article file's stem."),
    Column("title", "string", "Article title."),
    Column("publisher", "string", "Article publisher."),
    Column("published", "string", "Publication date (ISO), empty when unknown."),
    Column("url", "string", "Article address."),
    Column("path", "string", "File the article was read from."),
    Column("chars", "Int64", "Length of the clean text."),
    Column("figures", "Int64", "How many figures were extracted from it."),
)
ARTICLE_DTYPES = {c.name: c.dtype for c in ARTICLE_COLUMNS}


class SchemaError(ValueError):
    """Rows or a record that do not fit the schema: the message names every column at fault."""


_BLANK = {"string": "", "Float64": None, "Int64": None}


def blank_figure() -> dict[str, object]:
    """A figures row with every column present and empty: build rows as ``{**blank_figure(), ...}``."""
    return {c.name: _BLANK[c.dtype] for c in FIGURE_COLUMNS}


def check_columns(columns: list[str] | set[str], what: str = "figures rows") -> None:
    """SchemaError unless ``columns`` are exactly the figures table's columns (unknown and missing named)."""
    unknown = [c for c in columns if c not in FIGURE_DTYPES]
    missing = [c for c in FIGURE_COLUMN_NAMES if c not in set(columns)]
    if unknown or missing:
        parts = [f"{k} columns {', '.join(cs)}" for k, cs in (("unknown", unknown), ("missing", missing)) if cs]
        raise SchemaError(f"{what} do not fit the schema: {'; '.join(parts)}")


def check_record_fields(fields: dict[str, type | str]) -> None:
    """SchemaError unless every field of a record (the extractor's ``Figure``) is a column of the figures
    table with a compatible type: the record cannot grow a field the table, the CSV and the docs lack."""
    problems = []
    for name, annotation in fields.items():
        dtype = FIGURE_DTYPES.get(name)
        if dtype is None:
            problems.append(f"{name} is not a column")
            continue
        text = str(annotation)
        kind = "Float64" if "float" in text else "Int64" if "int" in text else "string" if "str" in text else "?"
        if kind != dtype:
            problems.append(f"{name} is {text} but the column is {dtype}")
    if problems:
        raise SchemaError("the Figure record does not fit the schema: " + "; ".join(problems))


def empty_figures() -> pd.DataFrame:
    """A figures table with no rows and every column typed."""
    import pandas as pd
    return pd.DataFrame({c.name: pd.Series(dtype=c.dtype) for c in FIGURE_COLUMNS})


def check_figures(df: pd.DataFrame) -> list[str]:
    """Every violation of the schema, as readable messages naming the article (empty when fine)."""
    import pandas as pd
    problems: list[str] = []
    missing = [c for c in FIGURE_COLUMN_NAMES if c not in df.columns]
    if missing:
        return [f"missing columns: {', '.join(missing)}"]
    # Whole columns first, then the row-by-row messages for the flagged rows only: walking 150,000 rows
    # one by one cost seconds at every start of the app.
    known = df["metric"].isin(list(METRICS))
    needs_value = df["metric"].isin([k for k, m in METRICS.items() if not m.qualitative])
    flagged = (~known | _blank(df["quote"]) | _blank(df["passage"]) | (needs_value & df["value"].isna())
               | ~df["status"].isin(list(STATUSES)) | _blank(df["country_iso3"]))
    for row in df[flagged.fillna(True).to_numpy(dtype=bool)].itertuples(index=False):
        where = f"{row.article_id} @ {row.start}"
        if row.metric not in METRICS:
            problems.append(f"{where}: unknown metric {row.metric!r}")
        if not row.quote or not row.passage:
            problems.append(f"{where}: figure without its quote or passage")
        if row.metric in METRICS and not METRICS[row.metric].qualitative and pd.isna(row.value):
            problems.append(f"{where}: {row.metric} without a value")
        if row.status not in STATUSES:
            problems.append(f"{where}: unknown status {row.status!r}")
        if not isinstance(row.country_iso3, str) or not row.country_iso3:
            problems.append(f"{where}: no country")
    return problems


def _blank(col: pd.Series) -> pd.Series:
    """True where a text cell may be missing or empty (the row check decides); a non-text column is flagged whole."""
    import pandas as pd
    if isinstance(col.dtype, pd.StringDtype):
        return (col.isna() | col.eq("")).fillna(True).astype(bool)
    return pd.Series(True, index=col.index)


# ---------------------------------------------------------------------------
# The data dictionary: data/README.md's Metrics and Figures table sections are generated from the
# declarations above (``python -m dashboard.schema --write``); a test compares them.
# ---------------------------------------------------------------------------

DICTIONARY_BEGIN = "<!-- BEGIN generated by `python -m dashboard.schema --write`: edit dashboard/schema.py -->"
DICTIONARY_END = "<!-- END generated -->"
DATA_README = Path(__file__).resolve().parent.parent / "data" / "README.md"


def data_dictionary() -> str:
    """The Metrics and Figures table sections of data/README.md, from the declarations."""
    lines = ["## Metrics", "",
             "| metric | label | unit | page | reference series | meaning |", "|---|---|---|---|---|---|"]
    for m in METRICS.values():
        ref = f"`{m.reference_series}`" if m.reference_series else "(none)"
        lines.append(f"| `{m.key}` | {m.label} | {m.unit or '(none)'} | {m.page or '(Metrics page only)'} | {ref} | "
                     f"{m.description} |")
    lines += ["", "The reference series is the World Bank series (`data/reference/`) that measures the same thing "
              "in a comparable unit: the app draws it behind the metric's claims and compares the two."]
    lines += ["", "## Figures table (data dictionary)", "",
              "One row per figure stated in an article. This is the table `python -m dashboard extract` prints",
              "and the app's CSV downloads contain.", "",
              "| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{c.name}` | {c.dtype} | {c.description} |" for c in FIGURE_COLUMNS]
    return "\n".join(lines)


def write_data_dictionary(path: Path = DATA_README) -> bool:
    """Replace the generated block of ``path``; True when the file changed."""
    text = path.read_text(encoding="utf-8")
    begin, end = text.index(DICTIONARY_BEGIN), text.index(DICTIONARY_END)
    new = text[:begin + len(DICTIONARY_BEGIN)] + "\n" + data_dictionary() + "\n" + text[end:]
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    import sys

    print(("data/README.md " + ("updated" if write_data_dictionary() else "already up to date"))
          if "--write" in sys.argv[1:] else data_dictionary())
