"""Stage 3, a list of spenders whose unit is said once, at the end of the line over it:

    Os países que mais gastaram (em bilhões de dólares):      (glossed "(in billion dollars):")
    1. Estados Unidos: 607;
    2. China: 84,9;

Each "Country: N" row under such a heading is that country's spending, N in the heading's unit (billions or millions
of US dollars), when the heading or the 600 characters before it speak of military spending and at least three rows
follow, dated by the last year the 300 characters over the heading name. The rows are read as pipe_tables' series
lists read theirs (one per line, the first line that is no such row
ends the list); a row whose number already carries its own currency or scale is not one of these.

And a ranking laid out one cell per line, the rank and country on one line and the amount on the next:

    60- Burkina Faso
    4.5 milyar dolar

three or more such rows in a row, under a text on military spending (the 600 characters over the first row), each the
country's spending, dated like the lists above.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.table_rows import lone_number, series_rows, year_over
from dashboard.extraction.vocab import DEFENSE_WORD, I

METHOD = "table:unit-heading-list"
RANKED_METHOD = "table:ranked-cell-lines"
MIN_ROWS = 3
_UNIT_HEADING_RE = re.compile(r"\(\s*(?:in\s+)?(?:(?P<bn>billions?|bn)|millions?|mn)\s+(?:of\s+)?(?:US\s+|U\.S\.\s+)?dollars\s*\)"
                              r"|\(\s*(?:US)?\$\s*(?:(?P<bn2>billions?|bn|b)|millions?|mn|m)\s*\)", I)
_HEADING_END_RE = re.compile(r"\s*:?[ \t]*\n")
_RANKED_PAIR_RE = re.compile(r"[ \t]*\d{1,3}[ \t]*[-.)\u2013\u2014]?[ \t]*(?P<place>[^\n\d:|]{2,40}?)[ \t]*\n\s*(?P<value>[^\n]{1,40}?)[ \t]*(?=\n|$)")
_RANK_LINE_START_RE = re.compile(r"(?m)^[ \t]*\d{1,3}[ \t]*[-.)\u2013\u2014][ \t]*[^\W\d]")
_SPENDING_RE = re.compile(r"\b(?:spen[dt]\w*|expenditures?|budgets?|outlays?)\b|\b" + DEFENSE_WORD + r"\b", I)


def unit_list_figures(ctx: Context, numbers: list[NumberMention]) -> list[Figure]:
    """Every row of every list under a heading that gives the unit (module docstring)."""
    norm, out = ctx.norm, []
    starts = [n.start for n in numbers]
    for unit in _UNIT_HEADING_RE.finditer(norm) if "(" in norm else ():
        end = _HEADING_END_RE.match(norm, unit.end())
        if end is None or not _SPENDING_RE.search(norm, max(0, unit.start() - 600), unit.start()):
            continue
        rows = series_rows(ctx, numbers, starts, end.end(), "count")
        if len(rows) < MIN_ROWS:
            continue
        scale = 1e9 if unit.group("bn") or unit.group("bn2") else 1e6
        rows = [(iso3, replace(number, kind="money", currency="USD", value=number.value * scale)) for iso3, number in rows]
        out.extend(_dated_budgets(ctx, rows, unit.start(), METHOD))
    return out + _ranked_pairs(ctx, numbers, starts)


def _dated_budgets(ctx: Context, rows: list[tuple[str, NumberMention]], pos: int, method: str) -> list[Figure]:
    """Each (country, amount) row as the country's budget, dated by the year the text over the list at ``pos`` names
    ("the ten countries that spent most in 2008")."""
    year = year_over(ctx, pos)
    out = [make(ctx, ctx.sentence_index(number.start), number, "defense_budget", iso3, "table", method) for iso3, number in rows]
    for fig in out if year is not None else []:
        fig.year = year
    return out


def _ranked_pairs(ctx: Context, numbers: list[NumberMention], starts: list[int]) -> list[Figure]:
    """The rows of every ranking laid out one cell per line (module docstring)."""
    norm, out, done = ctx.norm, [], -1
    for first in _RANK_LINE_START_RE.finditer(norm):
        if first.start() < done:
            continue
        rows, pos = [], first.start()
        while (row := _RANKED_PAIR_RE.match(norm, pos)) is not None:
            named = {c.iso3 for c in ctx.country_mentions(row.start("place"), row.end("place")) if c.kind != "alliance"}
            number = lone_number(numbers, starts, row.start("value"), row.end("value"), "money")
            if len(named) != 1 or number is None:
                break
            rows.append((named.pop(), number))
            pos = row.end()
            while pos < len(norm) and norm[pos] in "\n \t":
                pos += 1
        done = pos
        if len(rows) < MIN_ROWS or not _SPENDING_RE.search(norm, max(0, first.start() - 600), first.start()):
            continue
        out.extend(_dated_budgets(ctx, rows, first.start(), RANKED_METHOD))
    return out


gate_all(globals())
