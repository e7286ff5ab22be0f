"""Tables flattened to spaces, as scraped pages keep them: a header line that names a country column and its series
in order, then one line per country with one number per series.

    Rank Country Active military Reserve military Paramilitary Total
    1 China 2,035,000 510,000 500,000 3,045,000
    Country Total Military Personnel Active Personnel NATO / Non-NATO
    🇬🇧 UK 1,108,860 184,860 NATO

Each series the header names is a column, in the header's order; columns of text (an alliance, a region) take no
number. A row must name one country before its numbers and hold exactly one number per numeric column; the first line
that does not ends the table, and at least three rows must follow the header. Active and reserve strengths are read
(paramilitary and total columns are counted, to keep the order, but give nothing), and so are spending in billions of
dollars and its share of GDP when the header says so:

    Rank Country   $Billion %GDP
    1 United States    535.9   4.1

>>> [m.group("col") for m in _COLUMN_RE.finditer("Active military Reserve military Paramilitary Total")]
['Active military', 'Reserve military', 'Paramilitary', 'Total']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import I

_HEADER_RE = re.compile(r"^[ \t]*(?:(?:rank|#|no\.?)[ \t]+)?country[ \t]+(?P<cols>[^\n|]{6,160})$", I | re.M)
_PEOPLE = r"(?:[ \t]+(?:personnel|troops|forces|soldiers|manpower|strength))?"
_COLUMN_RE = re.compile(r"(?P<col>(?P<active>active(?:[ \t]+(?:military|duty|armed[ \t]+forces))?" + _PEOPLE + r")"
                        r"|(?P<reserve>(?:reserves?(?:[ \t]+(?:military|duty))?" + _PEOPLE + r")|reservists)"
                        r"|(?P<other>(?:paramilitar(?:y|ies)|total(?:[ \t]+(?:military|armed))?)" + _PEOPLE + r"))"
                        r"|(?P<billions>(?:(?:military[ \t]+)?(?:spending|expenditure|budget)[ \t]*\(?[ \t]*)?(?:US)?\$[ \t]*(?:billions?|bn|b)\)?|billions?[ \t]+(?:of[ \t]+)?(?:US[ \t]+)?dollars)"
                        r"|(?P<share>%[ \t]*(?:of[ \t]+)?GDP|GDP[ \t]*%|(?:share[ \t]+of|as[ \t]+%[ \t]+of)[ \t]+GDP(?:[ \t]*\(%\))?)"
                        r"|(?P<text>nato[ \t]*/[ \t]*non-nato|alliance|region|continent|nato)", I)
_LEFTOVER_RE = re.compile(r"[A-Za-z]{3,}")
_RANK_RE = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]")
METHOD = "table:space-columns"


def _columns(cols: str) -> list[str] | None:
    """The numeric columns of a header in order ("active", "reserve", "other"), or None when the header holds words
    that are not a known column (another series would shift the numbers)."""
    found = list(_COLUMN_RE.finditer(cols))
    if _LEFTOVER_RE.search(_COLUMN_RE.sub(" ", cols)):
        return None
    kinds = [next(k for k in ("active", "reserve", "other", "billions", "share") if m.group(k)) for m in found if not m.group("text")]
    return kinds if any(k in ("active", "reserve", "billions", "share") for k in kinds) else None


def space_table_figures(ctx: Context, numbers: list[NumberMention]) -> list[Figure]:
    """Active and reserve strengths of every space-separated country table (module docstring)."""
    norm, out = ctx.norm, []
    if "ountry" not in norm:
        return out
    starts = [n.start for n in numbers]
    for header in _HEADER_RE.finditer(norm):
        kinds = _columns(header.group("cols"))
        if kinds is None:
            continue
        rows, at = [], header.end() + 1
        while at < len(norm):
            end = norm.find("\n", at)
            end = len(norm) if end < 0 else end
            row = _row(ctx, numbers, starts, at, end, len(kinds))
            if row is None:
                break
            rows.append(row)
            at = end + 1
        if len(rows) < 3:
            continue
        for owner, cells in rows:
            for kind, number in zip(kinds, cells, strict=True):
                if kind in ("active", "reserve") and number.value >= 100:
                    out.append(make(ctx, ctx.sentence_index(number.start), number, f"{kind}_personnel", owner, "table", METHOD))
                elif kind == "billions" and 0 < number.value < 2000:  # ("$Billion": the column's scale and currency)
                    money = replace(number, kind="money", currency="USD", value=number.value * 1e9)
                    out.append(make(ctx, ctx.sentence_index(number.start), money, "defense_budget", owner, "table", METHOD))
                elif kind == "share" and 0 < number.value < 40:
                    share = replace(number, kind="percent")
                    out.append(make(ctx, ctx.sentence_index(number.start), share, "defense_share_gdp_pct", owner, "table", METHOD))
    return out


def _row(ctx: Context, numbers: list[NumberMention], starts: list[int], start: int, end: int, width: int):
    """(owner, numbers) of one table row, or None when the line is not one."""
    rank = _RANK_RE.match(ctx.norm, start, end)
    first = bisect.bisect_left(starts, rank.end() if rank else start)
    cells = [n for n in numbers[first:bisect.bisect_left(starts, end)] if n.kind == "count"]
    if len(cells) != width:
        return None
    named = [c for c in ctx.country_mentions(start, cells[0].start) if c.kind != "alliance"]
    return (named[0].iso3, cells) if len({c.iso3 for c in named}) == 1 else None
