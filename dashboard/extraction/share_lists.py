"""Shares of GDP listed country by country after the sentence that says what they are a share of:

    the countries of the region devote less than 1% of GDP to their defense ministries. The distribution is the
    following: Nicaragua, 0.80%; Honduras, 0.69%; El Salvador, 0.67; Guatemala, 0.47; and Mexico, 0.43%.

Each item ("Country, N%" or "Country: N%", items apart by semicolons or commas) is its country's share of GDP. The
list must hold three items or more and at least one percent sign (an item without one, "El Salvador, 0.67", is read
in the list's unit), and the list's sentence or the one before must name defence and GDP. Nothing is read where a
rule already read the number.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure

METHOD = "share:share-list"
MIN_ITEMS = 3
_SHARE_CUE_RE = re.compile(r"\b(?:defen[cs]e|military|armed\s+forces)\b[^.]{0,160}?\bof\s+(?:the\s+|their\s+|its\s+)?(?:GDP|gross\s+domestic\s+product)\b"
                           r"|\b(?:GDP|gross\s+domestic\s+product)\b[^.]{0,160}?\b(?:defen[cs]e|military|armed\s+forces)\b", re.I)
_BEFORE_ITEM_RE = re.compile(r"(?:^|[:;,]|\band)\s*$", re.I)  # what may stand before an item's country
_NAME_TO_NUMBER_RE = re.compile(r"\s*[,:]\s*")  # "Nicaragua, 0.80%", "Nicaragua: 0.80%"


def share_lists(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the items of a share list in sentence ``si`` to ``figures`` (see the module docstring)."""
    sent = ctx.sentences[si]
    if not (ctx.says(si, _SHARE_CUE_RE) or ctx.says(si - 1, _SHARE_CUE_RE)):
        return
    taken = {f.start for f in figures}
    items: list[tuple[NumberMention, str]] = []
    for n in numbers:
        if n.start in taken or n.kind not in ("percent", "count") or n.value is None or not 0 < n.value < 30:
            continue
        left = n.hedge_start if n.hedge_start is not None else n.start
        named = [c for c in ctx.country_mentions(max(sent.start, left - 40), left)
                 if c.kind in ("name", "short") and _NAME_TO_NUMBER_RE.fullmatch(ctx.norm, c.end, left)]
        if named and _BEFORE_ITEM_RE.search(ctx.norm, max(sent.start, named[-1].start - 6), named[-1].start):
            items.append((n, named[-1].iso3))
    if len(items) < MIN_ITEMS or not any(n.kind == "percent" for n, _ in items):
        return
    for n, iso3 in items:
        share = n if n.kind == "percent" else NumberMention(**{**n.__dict__, "kind": "percent"})
        bisect.insort(figures, make(ctx, si, share, "defense_share_gdp_pct", iso3, "pair", METHOD), key=lambda f: f.start)
