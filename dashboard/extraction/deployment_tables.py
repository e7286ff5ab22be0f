"""Tables of one country's troops abroad, one row per host, as pages copied from the web keep them:

    Italian military deployed abroad ...
    Nation | Body | Activity | Force | Military |
    ---|---|---|---|---|
    Afghanistan | NATO | Peacekeeping | ISAF | 1,938 |
    Lebanon | UN | Peacekeeping | Unifil | 2450 |

A header names a host column (country, nation, location...) and a column of people (troops, personnel,
military...), and no active or reserve series (that is a country-column table of home strengths, read by
``pipe_tables``). The text before the header says the people are abroad (deployed, stationed, missions...)
and names one owner, as a demonym or a possessor ("Italian military", "Canada's troops"). Each row is read
on its own line (a row broken over two lines is joined until it has the header's width); a row's figure is
the owner's deployment in the country its host cell names (no host when the cell names two or more). A row
that drops a cell and so moves its number one cell left ("Egypt | Peacekeeping | MFO | 80 | |") still
counts; a "Total" row does not (its parts are the rows). The table ends at the first line without a pipe.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.pipe_tables import HEADER_RE, SERIES_CELLS
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import I

_HOST_CELL_RE = re.compile(r"^(?:host\s+)?(?:country|nation|nazione|paese|pays|pa[ií]s|land|location|host|"
                           r"deployed\s+(?:in|to)|theatre|theater)$", I)
_PEOPLE_CELL_RE = re.compile(r"^(?:(?:number\s+of\s+)?(?:troops|personnel|soldiers|military(?:\s+personnel)?|servicemen|"
                             r"service\s*members)|strength|contingent(?:\s+size)?|deployed|size)(?:\s*\(\w+\))?$", I)
_ABROAD_RE = re.compile(r"\b(?:abroad|overseas|deploy(?:ed|ments?)|stationed|missions?|contingents?|peace-?keep\w*|"
                        r"based\s+(?:abroad|overseas|outside))\b", I)
_TOTAL_RE = re.compile(r"^(?:grand\s+)?total", I)
_BEFORE = 600  # how far before the header its caption may stand
METHOD = "table:deployments"


def deployment_table_figures(ctx: Context, numbers: list[NumberMention]) -> list[Figure]:
    """Deployments of every host-per-row table of one owner's people abroad (see the module docstring)."""
    norm = ctx.norm
    if norm.count("|") < 6:
        return []
    out: list[Figure] = []
    starts = [n.start for n in numbers]
    for header in HEADER_RE.finditer(norm):
        cells = _cells(norm, header.start(), header.end())
        names = [norm[a:b] for a, b in cells]
        host_col = next((i for i, c in enumerate(names) if _HOST_CELL_RE.match(c)), None)
        people_col = next((i for i, c in enumerate(names) if _PEOPLE_CELL_RE.match(c)), None)
        if host_col is None or people_col is None or any(rx.match(c) for c in names for _, _, rx in SERIES_CELLS):
            continue
        lead = max(0, header.start() - _BEFORE)
        if not _ABROAD_RE.search(norm, lead, header.start()):
            continue
        rows = _rows(norm, header.end(), len(cells))
        hosts = {c.iso3 for row in rows for c in ctx.country_mentions(*row[host_col]) if c.kind != "alliance"}
        owners = {c.iso3 for c in ctx.country_mentions(lead, header.start())
                  if c.kind != "alliance" and not ctx.is_place(c)} - hosts
        if len(owners) != 1:
            continue
        owner = next(iter(owners))
        for row in rows:
            if _TOTAL_RE.match(norm, *row[host_col]):
                continue
            number = _lone_number(numbers, starts, *row[people_col])
            if number is None and row[people_col][0] == row[people_col][1] and people_col > 0:
                number = _lone_number(numbers, starts, *row[people_col - 1])  # a dropped cell moved it one left
            named = {c.iso3 for c in ctx.country_mentions(*row[host_col]) if c.kind != "alliance"}
            if number is None or not named or owner in named:
                continue
            host = next(iter(named)) if len(named) == 1 else ""
            out.append(make(ctx, ctx.sentence_index(number.start), number, "troops_deployed", owner, "table", METHOD,
                            host=host))
    return out


def with_deployment_tables(ctx: Context, numbers: list[NumberMention], figures: list[Figure]) -> list[Figure]:
    """``figures`` with every deployment table's rows, each in place of any sentence rule's reading of its number."""
    rows = deployment_table_figures(ctx, numbers)
    if not rows:
        return figures
    in_rows = {f.start for f in rows}
    return [f for f in figures if f.start not in in_rows] + rows


def _cells(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the line norm[start:end], empty cells kept; no cell after a closing pipe."""
    cells = []
    pos = start
    line = norm[start:end]
    parts = line.split("|")
    if parts and not parts[-1].strip():
        parts.pop()
    for part in parts:
        lead = len(part) - len(part.lstrip())
        cells.append((pos + lead, pos + lead + len(part.strip())))
        pos += len(part) + 1
    return cells


def _rows(norm: str, start: int, width: int) -> list[list[tuple[int, int]]]:
    """The rows after a header, one per line (a short line joined with the lines after it up to ``width`` cells),
    without the "---" rule line; the rows end at the first line without a pipe."""
    rows: list[list[tuple[int, int]]] = []
    pending: list[tuple[int, int]] = []
    pos = norm.find("\n", start)
    while 0 <= pos < len(norm):
        lo = pos + 1
        hi = norm.find("\n", lo)
        hi = len(norm) if hi < 0 else hi
        pos = hi if hi < len(norm) else -1
        if "|" not in norm[lo:hi]:
            break
        cells = _cells(norm, lo, hi)
        if all(re.fullmatch(r":?-{2,}:?|", norm[a:b]) for a, b in cells):
            continue
        pending += cells
        if len(pending) >= width:
            rows.append(pending[:width])
            pending = []
    return rows


def _lone_number(numbers: list[NumberMention], starts: list[int], lo: int, hi: int) -> NumberMention | None:
    """The one count inside the cell [lo, hi) that fills it (no year, no money, no percent); else None."""
    if lo >= hi:
        return None
    at = bisect.bisect_left(starts, lo)
    inside = [n for n in numbers[at:bisect.bisect_left(starts, hi)] if n.end <= hi]
    if len(inside) != 1 or inside[0].kind != "count" or inside[0].start != lo or inside[0].end != hi:
        return None
    return inside[0]
