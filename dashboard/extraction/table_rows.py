"""The rows of flattened tables and lists, shared by their readers (pipe_tables, unit_lists, intro_lists): "Country:
value" rows one per line, the one number of a cell, and the year the text over a list names."""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.budget_patterns import SPANS_YEARS_RE2
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all

# a "Country: value" row
COUNTRY_ROW_RE = re.compile(r"[ \t]*(?:(?:[\u2022*-]|\d{1,3}\.)[ \t]*)?(?P<place>[A-Z][^\n:\d]{1,40}?)[ \t]*:[ \t]*(?P<value>[^\n]{1,40}?)[ \t]*(?=\n|$)"
                             # a ranked row between pipes: "1. | Egypt | 440,000 |"
                             r"|[ \t]*\d{1,3}\.?[ \t]*\|[ \t]*(?P<place2>[A-Z][^\n|\d]{1,40}?)[ \t]*\|[ \t]*(?P<value2>[^\n|]{1,40}?)[ \t]*\|?[ \t]*(?=\n|$)"
                             # a country and its share, no colon: "Turkey 5.3%"
                             r"|[ \t]*(?:[\u2022*][ \t]*)?(?P<place3>[A-Z][^\n\d%:|]{1,40}?)[ \t]+(?P<value3>\d{1,2}(?:[.,]\d{1,2})?[ \t]*%)[ \t]*(?=\n|$)"
                             # a ranked row with dashes: "3º - Saudi Arabia - US$ 78.4 billion", "3. Saudi Arabia – $78.4bn"
                             r"|[ \t]*\d{1,3}(?:\u00ba|\u00b0|\.|\))?[ \t]*[-\u2013\u2014]?[ \t]*(?P<place4>[A-Z][^\n\d:|\u2013\u2014]{1,40}?)[ \t]+[-\u2013\u2014][ \t]*(?P<value4>[^\n]{1,40}?)[ \t]*(?=\n|$)")


def series_rows(ctx: Context, numbers: list[NumberMention], starts: list[int], pos: int,
                 kind: str) -> list[tuple[str, NumberMention]]:
    """The "Country: value" rows from ``pos`` on, one per line, until a line that is no such row."""
    norm = ctx.norm
    rows = []
    while pos < len(norm):
        while pos < len(norm) and norm[pos] in "\n \t":
            pos += 1
        row = COUNTRY_ROW_RE.match(norm, pos)
        place, value = next(((p, v) for p, v in (("place", "value"), ("place2", "value2"), ("place3", "value3"), ("place4", "value4")) if row and row.group(p) is not None), ("place", "value"))
        named = [c for c in ctx.country_mentions(row.start(place), row.end(place)) if c.kind != "alliance"] if row else []
        if not row or len({c.iso3 for c in named}) != 1:  # ("Britain (UK)": one country named twice)
            break
        number = lone_number(numbers, starts, row.start(value), row.end(value), kind)
        if number is None:
            break
        rows.append((named[0].iso3, number))
        pos = row.end()
    return rows


def lone_number(numbers: list[NumberMention], starts: list[int], lo: int, hi: int, kind: str) -> NumberMention | None:
    """The one number (not a year) inside a cell [lo, hi), when it is of ``kind``; None for none, several or another kind."""
    at = bisect.bisect_left(starts, lo)
    inside = [n for n in numbers[at:bisect.bisect_left(starts, hi)] if n.end <= hi and n.kind != "year"]
    return inside[0] if len(inside) == 1 and inside[0].kind == kind else None


def year_over(ctx: Context, pos: int) -> int | None:
    """The last year the 300 characters over a list at ``pos`` name ("The biggest military spenders in 2022:"), when
    it is not after the article's date; else None."""
    years = [int(y) for y in SPANS_YEARS_RE2.findall(ctx.norm, max(0, pos - 300), pos)]
    published = ctx.info.published.year if ctx.info is not None and ctx.info.published is not None else None
    return years[-1] if years and (published is None or years[-1] <= published) else None


gate_all(globals())
