"""Money and shares of GDP that a group of countries spends together, or that a typical country of the group spends:
"the 48 countries of sub-Saharan Africa collectively spent over $10 billion", "for the modal country in the region,
this amounted to about 2 percent of GDP". Such a figure is a region's sum or a statistic of it, and never the figure of
the country the article is about, whose name the owner search falls back to. An alliance's own total (NATO's) stays:
its owner is the alliance."""

from __future__ import annotations

import re

from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.trace import take_out

WHY = "a group of countries' total, or a typical country of the group ('the 48 countries of ... collectively spent')"
_METRICS = ("defense_budget", "defense_share_gdp_pct", "budget_change_pct", "budget_change_amount")
_GROUP_RE = re.compile(r"\b(?:\d+|all|several|many|most)\s+(?:countries|nations|states)\s+(?:of|in)\s+[^.;]{0,60}?"
                       r"\b(?:collectively|together|combined|jointly)\b|\b(?:modal|average|typical|median)\s+(?:country|state|nation)\b",
                       re.I)


def drop_group_totals(ctx: Context, numbers: list[NumberMention], figures: list[Figure]) -> list[NumberMention]:
    """Remove from ``figures`` every country's money or share whose sentence names a group's total or a typical country
    of it before the figure; return the numbers dropped, for the trace."""
    return take_out(figures, [f for f in figures if f.metric in _METRICS and len(f.country_iso3) == 3
                              and _GROUP_RE.search(ctx.norm, ctx.sentences[ctx.sentence_index(f.start)].start, f.start)], numbers)
