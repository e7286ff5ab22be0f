"""Stage 3, amounts beside a budget already read in the same sentence: the other years of one series.

Real sentences give a budget's run in one breath: "military spending amounted to $12.3 billion in 2015, a year later
it had flown to $14.4 billion, while last year it had reached $20.4 billion"; "the $848.3 billion request for fiscal
2026 is slightly lower than its $849.8 billion request in fiscal 2025". The first amount meets a budget rule; the
others stand too far from the budget phrase and are rejected for the missing cue alone. Such an amount is the same
country's defence budget for its own year when all of this holds:

- a defence budget (a level, not a conversion or a topic reading) was read in its sentence;
- it is in that budget's currency and of its size (within a factor of ``SPREAD``): a component or a program is
  smaller by far;
- no other country or alliance is named between the two, and nothing between them or right after it makes it
  other money (GDP, aid, a contract, a cost, an increase "by" it);
- it and the budget are dated by different years: one series, not two parts of one year's budget.
"""

from __future__ import annotations

import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import MONEY_WHY, Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.topic_figures import OTHER_MONEY_RE

SPREAD = 2.0  # the largest ratio between a series' amounts
_NOT_A_LEVEL_BEFORE_RE = re.compile(
    r"\b(?:by|of\s+(?:an?\s+)?(?:additional|extra)|additional|extra|another|plus|includ\w*|of\s+which|for\s+(?:the\s+)?\w+|"
    r"increase\w*\s+of|rise\s+of|cut\s+of|an?\s+(?:increase|rise|jump|cut)\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\S{0,4}$",
    re.I)
_AFTER_RE = re.compile(r"\s*(?:\)\s*)?(?:more|less|higher|lower|increase|rise|cut|for|on|to\s+(?:buy|fund|pay)|of\s+(?:it|which|this))\b", re.I)


def sibling_amounts(ctx: Context, rejected: list[tuple[int, NumberMention, str]], figures: list[Figure]) -> list[Figure]:
    """The other years of a budget series read in the same sentence, among numbers rejected for a missing cue."""
    taken = {f.start for f in figures}
    anchors: dict[int, list[Figure]] = {}
    for f in figures:
        if f.metric == "defense_budget" and not f.method.endswith("(conversion)") and "topic-list" not in f.method \
                and f.value and f.year is not None:
            si = ctx.sentence_index(f.start)
            anchors.setdefault(si, []).append(f)
    out: list[Figure] = []
    for si, m, why in rejected:
        if why != MONEY_WHY or m.start in taken or si not in anchors or m.kind != "money":
            continue
        for anchor in anchors[si]:
            if (fig := _sibling(ctx, si, m, anchor)) is not None:
                out.append(fig)
                break
    return out


def _sibling(ctx: Context, si: int, m: NumberMention, anchor: Figure) -> Figure | None:
    if m.currency != anchor.currency or not (1 / SPREAD <= m.value / anchor.value <= SPREAD):
        return None
    norm, sent = ctx.norm, ctx.sentences[si]
    lo, hi = (anchor.end, m.start) if anchor.start < m.start else (m.end, anchor.start)
    if any(c.iso3 != anchor.country_iso3 for c in ctx.country_mentions(lo, hi)):
        return None
    if OTHER_MONEY_RE.search(norm, lo, hi) or _NOT_A_LEVEL_BEFORE_RE.search(norm, max(sent.start, m.start - 40), m.start) \
            or _AFTER_RE.match(norm, m.end, sent.end):
        return None
    fig = make(ctx, si, m, "defense_budget", anchor.country_iso3, "pair", "budget:series-sibling")
    return fig if fig.year is not None and fig.year != anchor.year else None


gate_all(globals())
