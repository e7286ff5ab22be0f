"""Per-point text of grouped charts, from plain column lists: the ids a click carries and the hover quote.

A chart that plots one point per group (a year, an owner -> host pair) needs, for each point, the
figure ids behind it and the first claims' quotes. Asking pandas for each group (``group.head(3)``,
``itertuples`` over every column) cost milliseconds a group, which added up to seconds at 10,000
articles; here the few columns used are read into lists once and each group is a list of row
positions. The text is the same as ``style._ids`` and ``style._hover_quote`` give for that group.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.charts.style import MAX_IDS_PER_POINT, PLANNED, SELECTED_IDS_SEP, confidence_note, esc, status_note
from dashboard.extraction.deployment_tables import METHOD as TABLE_METHOD

HOVER_COLUMNS = ("figure_id", "publisher", "published", "passage", "quote", "stage", "confidence", "status",
          "original_value", "unit")


class Columns:
    """The columns behind ids and hover text, as lists by row position (missing columns read as None)."""

    def __init__(self, rows: pd.DataFrame):
        n = len(rows)
        self.n = n
        self.col = {c: rows[c].tolist() if c in rows.columns else [None] * n for c in HOVER_COLUMNS}
        self.has_stage = "stage" in rows.columns
        self.has_confidence = "confidence" in rows.columns

    def ids(self, at: list[int]) -> str:
        """As ``style._ids`` for the rows at these positions (in this order)."""
        fid = self.col["figure_id"]
        return SELECTED_IDS_SEP.join(str(fid[i]) for i in at[:MAX_IDS_PER_POINT])

    def hover(self, at: list[int]) -> str:
        """As ``style._hover_quote`` for the rows at these positions (in this order)."""
        c = self.col
        lines = []
        for i in at[:3]:
            source = " · ".join(x for x in (esc(c["publisher"][i], 40), esc(c["published"][i])) if x)
            stage = " · planned / target" if self.has_stage and c["stage"][i] is not pd.NA and c["stage"][i] == PLANNED else ""
            quote = c["quote"][i]
            lines.append(f"\u201c{esc(c['passage'][i] if len(str(quote)) < 12 else quote, 110)}\u201d<br><i>{source}</i>"
                         f" · {confidence_note(c['confidence'][i] if self.has_confidence else None)}{stage}"
                         + status_note(c["status"][i], c["original_value"][i], c["unit"][i]))
        more = f"<br>+{len(at) - 3} more" if len(at) > 3 else ""
        return "<br>".join(lines) + more


def runs(keys: list) -> list[list[int]]:
    """Positions of each run of equal consecutive keys: [1, 1, 2, 1] -> [[0, 1], [2], [3]]."""
    out: list[list[int]] = []
    last = object()
    for i, k in enumerate(keys):
        if out and k == last:
            out[-1].append(i)
        else:
            out.append([i])
            last = k
    return out


def cells(rows: list[list]) -> np.ndarray:
    """Per-point customdata as one object array: Plotly checks an array at once, where a list of lists is
    checked and copied cell by cell (half of a 1,000-point chart's build). The JSON is the same."""
    out = np.empty((len(rows), len(rows[0]) if rows else 0), dtype=object)
    for i, row in enumerate(rows):
        out[i] = row
    return out




def table_total(values: list, methods: list, articles: list, same_year: list[int], last: int) -> tuple[float, int]:
    """(value, parts) of an owner -> host pair's latest level: when its latest claim is a row of a table of troops
    abroad and the same article's table gives that host more rows of the same year (one per mission: "Lebanon |
    UNIFIL | 2,450", "Lebanon | other | 50"), the level there is their sum, and parts says how many rows it adds;
    else the latest claim's own value and 1."""
    if not str(methods[last]).startswith(TABLE_METHOD):
        return values[last], 1
    parts = [i for i in same_year if str(methods[i]).startswith(TABLE_METHOD) and articles[i] == articles[last]]
    return (float(sum(values[i] for i in parts)), len(parts)) if len(parts) > 1 else (values[last], 1)


def table_sums(rows: pd.DataFrame, chosen: pd.DataFrame) -> pd.DataFrame:
    """``chosen`` (latest rows picked from ``rows``) with each table row's value replaced by ``table_total``'s sum:
    the same owner, host, article and year's rows of one table of troops abroad, and a ``parts`` column (1 where
    nothing was summed). For the views that pick a pair's latest row with pandas (the map, the latest list)."""
    keys = ["country_iso3", "host_iso3", "article_id", "year"]
    out = chosen.assign(parts=1)
    if chosen.empty or "method" not in rows.columns or not set(keys) <= set(rows.columns):
        return out
    in_table = _in_table(rows)
    if "stage" in rows.columns:
        in_table &= rows["stage"].astype("string").fillna("") != PLANNED
    totals: dict[tuple, list[float]] = {}
    for key, value in zip(_keys(rows[in_table], keys), rows.loc[in_table, "value"], strict=True):
        totals.setdefault(key, []).append(float(value))
    found = [mine and len(totals.get(key, ())) > 1 for key, mine in zip(_keys(chosen, keys), _in_table(chosen), strict=True)]
    if any(found):
        parts = [totals[key] for key, f in zip(_keys(chosen, keys), found, strict=True) if f]
        out.loc[found, "value"] = [sum(p) for p in parts]
        out.loc[found, "parts"] = [len(p) for p in parts]
    return out


def _in_table(rows: pd.DataFrame) -> pd.Series:
    return rows["method"].astype("string").fillna("").str.startswith(TABLE_METHOD).astype(bool)


def _keys(rows: pd.DataFrame, keys: list[str]) -> list[tuple]:
    return list(zip(*(rows[c].astype("string").fillna("") for c in keys), strict=True))


def summed_amount(value: float, parts: int) -> str:
    """How a summed table level reads: '2,500 (the sum of 2 rows of one table)'."""
    return f"{value:,.0f} (the sum of {parts} rows of one table)"
