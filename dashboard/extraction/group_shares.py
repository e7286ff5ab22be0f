"""One share of GDP said of several countries at once, right after a sentence on shares of GDP for defence:

    Only Estonia and Greece spent over 2 percent of their GDP on defence last year.
    Belgium, Austria, Portugal, and Ireland, by comparison, only managed around 1 percent.

The countries listed as the sentence's subject ("A, B, C and D", names only) each get the share; the sentence must
say nothing else of what the percent measures (no "of" but "of their GDP", no change word after it), and the sentence before, or this one,
must name GDP and defence, or hold a share of GDP already read. A share a rule already read for one of the countries
is given to the others too; nothing else a rule read is read again.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import HEDGE, I

METHOD = "share:group-subject"
_GDP_DEFENSE_RE = re.compile(r"\b(?:defen[cs]e|military)\b[^.]{0,160}?\b(?:GDP|gross\s+domestic\s+product)\b"
                             r"|\b(?:GDP|gross\s+domestic\s+product)\b[^.]{0,160}?\b(?:defen[cs]e|military)\b", I)
_JOIN_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", I)
# ", by comparison, only managed around", "each spent", "were at about"
_VERB_GAP_RE = re.compile(
    r"\s*(?:,\s*(?:by\s+comparison|in\s+comparison|by\s+contrast|in\s+contrast|however|meanwhile)\s*,\s*|\s+)"
    r"(?:(?:only|just|each|all|both|barely|merely)\s+)?"
    r"(?:managed|spent|spend|spends|allocated|allocate|devoted|devote|reached|reach|were\s+at|are\s+at|stood\s+at|stand\s+at|"
    r"hovered\s+(?:at|around)|came\s+in\s+at)\s+(?:to\s+spend\s+)?" + HEDGE, I)
_AFTER_RE = re.compile(r"\s*(?:[.;]|,\s*(?:while|whereas|and)\b|\s+(?:each|apiece|last\s+year|this\s+year|in\s+(?:19|20)\d\d)\b"
                       r"|\s+of\s+(?:their|its|the)\s+(?:GDP|gross\s+domestic\s+product)\b)", I)  # (or "1.5% of their GDP": a share)
_LEAD_RE = re.compile(r"\s*(?:(?:by\s+comparison|in\s+comparison|meanwhile|however|by\s+contrast)\s*,\s*)?(?:the\s+)?", I)


def group_subject_shares(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure],
                         previous: list[Figure]) -> None:
    """Add one share figure per country of the sentence's subject list (see the module docstring)."""
    sent = ctx.sentences[si]
    taken = {f.start: f for f in figures}
    pct = next((n for n in numbers if n.kind == "percent" and 0 < n.value < 30 and (
        n.start not in taken or taken[n.start].metric == "defense_share_gdp_pct")), None)
    if pct is None or not (ctx.says(si, _GDP_DEFENSE_RE) or ctx.says(si - 1, _GDP_DEFENSE_RE)
                           or any(f.metric == "defense_share_gdp_pct" for f in previous)):
        return
    left = pct.hedge_start if pct.hedge_start is not None else pct.start
    names = [c for c in ctx.country_mentions(sent.start, left) if c.kind in ("name", "short")]
    if len(names) < 2 or not _LEAD_RE.fullmatch(ctx.norm, sent.start, names[0].start):
        return
    if any(not _JOIN_RE.fullmatch(ctx.norm, a.end, b.start) for a, b in zip(names, names[1:], strict=False)):
        return
    if not _VERB_GAP_RE.fullmatch(ctx.norm, names[-1].end, left) or not _AFTER_RE.match(ctx.norm, pct.end, sent.end + 1):
        return
    had = taken[pct.start].country_iso3 if pct.start in taken else ""  # ("Spain and Italy spent 1.2 percent": Italy's, read)
    for c in dict.fromkeys(c.iso3 for c in names if c.iso3 != had):
        bisect.insort(figures, make(ctx, si, pct, "defense_share_gdp_pct", c, "pair", METHOD), key=lambda f: f.start)
