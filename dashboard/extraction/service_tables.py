"""Tables of one country's forces by service, with a column of regulars and a column of reserves and a "Total" row:

    AUSTRALIAN DEFENCE FORCE STAFFING, By Service - 2001-02
    | | ADF full-time | ADF Reserves |
    | Navy | 12,598 | 1,544 |
    | Army | 25,012 | 15,669 |
    | Air Force | 13,322 | 1,655 |
    | Total | 50,932 | 18,868 |

The "Total" row's two counts are the country's active and reserve strengths (the other rows are services: parts).
The table must name its two columns (full-time, regular, active or permanent; reserve) and at least two services as
row labels before the total; the owner is the country the caption names, else the article's. Copied pages often
flatten such a table onto one line; the cells are read the same way, between pipes.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import I

_HEADER_RE = re.compile(r"\|\s*(?P<active>[^|\n]{0,30}?\b(?:full[\s-]?time|regulars?|active|permanent)\b[^|\n]{0,20})\|"
                        r"\s*(?P<reserve>[^|\n]{0,30}?\breserves?\b[^|\n]{0,20})\|", I)
_SERVICE_ROW_RE = re.compile(r"\|\s*(?:navy|army|air\s+force|marines?|marine\s+corps|coast\s+guard|navy\s+and\s+marines)\s*\|", I)
_TOTAL_ROW_RE = re.compile(r"\|\s*total\s*\|\s*(?P<active>[\d,.\s]{1,12}?)\s*\|\s*(?P<reserve>[\d,.\s]{1,12}?)\s*\|", I)
_REACH = 600  # characters from the header to its "Total" row
METHOD = "table:service-totals"


def service_table_figures(ctx: Context, numbers: list[NumberMention]) -> list[Figure]:
    """The active and reserve strengths of every by-service table's "Total" row (see the module docstring)."""
    norm = ctx.norm
    if norm.count("|") < 8 or "otal" not in norm:
        return []
    out: list[Figure] = []
    starts = [n.start for n in numbers]
    for header in _HEADER_RE.finditer(norm):
        total = _TOTAL_ROW_RE.search(norm, header.end(), min(len(norm), header.end() + _REACH))
        if total is None or len(_SERVICE_ROW_RE.findall(norm, header.end(), total.start())) < 2:
            continue
        owner = _owner(ctx, header.start())
        if not owner:
            continue
        for group, metric in (("active", "active_personnel"), ("reserve", "reserve_personnel")):
            number = _count_in(numbers, starts, total.start(group), total.end(group))
            if number is not None:
                out.append(make(ctx, ctx.sentence_index(number.start), number, metric, owner, "table", METHOD))
    return out


def _owner(ctx: Context, header_start: int) -> str:
    """The country the caption before the header names as an actor (or by its people), else the article's."""
    lo = max(0, header_start - 200)
    named = [c.iso3 for c in ctx.country_mentions(lo, header_start) if c.kind != "alliance" and not ctx.is_place(c)]
    return named[-1] if named else ctx.main_country or ""


def _count_in(numbers: list[NumberMention], starts: list[int], lo: int, hi: int) -> NumberMention | None:
    at = bisect.bisect_left(starts, lo)
    inside = [n for n in numbers[at:bisect.bisect_left(starts, hi + 1)] if n.end <= hi]
    return inside[0] if len(inside) == 1 and inside[0].kind == "count" and inside[0].value >= 100 else None
