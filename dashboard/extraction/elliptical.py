"""Another country's figure of the kind just stated, named only by the country ("lower than Saudi Arabia, with
approximately $70 billion", "below Colombia (3%), Ecuador (2.4%)"): read by the follow-up pass."""

from __future__ import annotations

import bisect
import itertools
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import SCAN_LIMIT, Context
from dashboard.extraction.currencies import same_currency
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import HEDGE, I

# "than Saudi Arabia, with approximately $70 billion", "Colombia (3%)", "Saudi Arabia, which spent $75 billion": the same kind
ELLIPTICAL_GAP_RE = re.compile(
    r"(?:\s*\(\s*(?:(?:both|each)(?:\s+(?:with|at))?\s+)?|\s*,\s*(?:with|at|spending)\s+|\s+(?:with|at)\s+|\s*,\s*which\s+(?:spent|spends|has|had|allocated|budgeted)\s+|"
    r"(?:'s|\u2019s)\s+(?:was|is|stood\s+at|stands\s+at|reached|came\s+to)\s+|"  # "and Russia's was 4.1%"
    # "In the United States, by contrast, it exceeds $700 billion, in Britain it is about $60 billion, in Germany and
    # France - each $40 billion": the same budget, country by country
    r"\s*,?\s*(?:(?:by\s+contrast|however|meanwhile)\s*,?\s*)?it\s+(?:exceeds|exceeded|is|was|amounts\s+to|amounted\s+to|totals|totall?ed|stands\s+at|stood\s+at|reached)\s+|"
    r"\s*(?:[\u2013\u2014-]\s*)?each\s+|"
    r"\s*,\s*which\s+(?:is|was|will|would)\s+(?:[\w-]+\s+){0,9}?(?:place|rank|position)\s+(?:[\w-]+\s+){0,4}?(?:with|at)\s+(?:an?\s+)?|"
    r"\s*,?\s+(?:came|comes|ranked|ranks|was|is|placed|follows|followed|stood|stands|figures|figured)\s+(?:in\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:with|at)\s+(?:an?\s+)?|"
    r"\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:with|at)\s+)" + HEDGE, I)  # ("Qatar third at 7 percent")
# in a list stated in one sentence: "Ecuador, 2.8%; Brazil, 1.5%", "Estonia spending 3.43 percent and the U.S. 3.38 percent"
ELLIPTICAL_LIST_GAP_RE = re.compile(r"(?:\s*[,:]\s*|\s+[-\u2013\u2014]\s+(?:by\s+)?|\s+)" + HEDGE, I)  # (and "; Poland - nearly $10 billion", "and Russia - by 3.5 percent")
ELLIPTICAL_END_RE = re.compile(r"\s*(?:\)|\(|,|;|\.|$|\s+in\s+(?:19|20)\d\d\s*[,;.)]|\s(?:and|while|whereas|spending|each|respectively|in\s+spite\s+of|despite|having)\b|\s+(?:military\s+|defen[cs]e\s+)?"
                               r"(?:budget|spending)\b)", I)


_AGGREGATE_BEFORE_RE = re.compile(r"\b(?:average|mean|total|sum|median)\s+(?:of|for)\s+(?:the\s+)?[^.;()\d]{0,40}$", re.I)


def elliptical_country(ctx: Context, si: int, b: NumberMention, figures: list[Figure],
                        previous: list[Figure]) -> Figure | None:
    """Another country's figure of the kind just stated, named only by the country: "lower than Saudi
    Arabia, with approximately $70 billion", "below Colombia (3%), Ecuador (2.4%)"; the anchor is the
    nearest defense budget or share of GDP in this sentence or the one before."""
    metrics = ("defense_share_gdp_pct", "budget_change_pct") if b.kind == "percent" else ("defense_budget",)
    nearest = itertools.islice(itertools.chain(reversed(figures), reversed(previous)), SCAN_LIMIT)  # (linear on a list)
    anchor = next((f for f in nearest if f.end <= b.start and f.metric in metrics
                   and (b.kind == "percent" or same_currency(f, b)) and "conversion" not in f.method), None)
    if anchor is None:
        return None
    metric = anchor.metric  # ("the fourth largest increase ..., behind only Paraguay (33%), Honduras (22%)": changes)
    sent = ctx.sentences[si]
    b_left = b.hedge_start if b.hedge_start is not None else b.start
    named = [c for c in ctx.country_mentions(max(sent.start, b_left - 80), b_left) if c.kind != "alliance"]
    if not named:
        return None
    c = named[-1]
    if c.iso3 == anchor.country_iso3 or _AGGREGATE_BEFORE_RE.search(ctx.norm, max(sent.start, c.start - 60), c.start):
        return None  # ("the average of the European allies and Canada (2.27%)": a group's figure, not Canada's)
    same_sentence = anchor.start >= sent.start
    if not same_sentence and b.kind == "percent" and (_PERCENT_WORD_RE.search(ctx.norm, anchor.end, c.start)
                                                      or metric == "budget_change_pct" and not ctx.finds(_CHANGE_WORD_RE, sent.start, sent.end)):
        return None  # "... to six percent of the state budget. Britain came second with 4.8 percent": that kind, not the anchor's;
        # "... increased by 4.2%. Two-thirds of it is spent by Singapore (28%)": no change named, shares of something
    if not (ELLIPTICAL_GAP_RE.fullmatch(ctx.norm, c.end, b_left)  # "observed in Colombia (3%)": in brackets, its own
            or same_sentence and not ctx.is_place(c)
            and ELLIPTICAL_LIST_GAP_RE.fullmatch(ctx.norm, c.end, b_left)):
        return None
    if not ELLIPTICAL_END_RE.match(ctx.norm, b.end, sent.end):
        return None  # "Ecuador (2.4% of its budget)" says something else
    kind = "share" if metric == "defense_share_gdp_pct" else "budget"  # (a change of the budget's kind too)
    how = "previous" if anchor.start < sent.start else "pair"
    partner = [p for p in ctx.country_mentions(max(sent.start, c.start - 40), c.start) if p.kind != "alliance"][-1:]
    if partner and (_BOTH_RE.match(ctx.norm, c.end, b_left) or _BARE_BRACKET_RE.fullmatch(ctx.norm, c.end, b_left)
                    and _AND_JOIN_RE.fullmatch(ctx.norm, partner[0].end, c.start)) and _PAIR_JOIN_RE.fullmatch(ctx.norm, partner[0].end, c.start):
        bisect.insort(figures, make(ctx, si, b, metric, partner[0].iso3, how, f"{kind}:elliptical-country"), key=lambda f: f.start)
        # ("Spain, Belgium (both with 0.93%)": the figure is each one's)
    return make(ctx, si, b, metric, c.iso3, how, f"{kind}:elliptical-country")


# another country's strength in a sentence that states one: "behind China (2.2 million)", "followed by India's 1.48
# million", "Pakistan: 653,000", "Singapore, 70,000"
_COUNT_GAP_RE = re.compile(r"(?:\s*\(\s*|(?:'s|\u2019s|'|\u2019)\s+|\s*[,:]\s*|\s+(?:with|at)\s+)" + HEDGE, I)
_COUNT_END_RE = re.compile(r"\s*(?:\)|,|;|\.|$|\s+(?:and|or|while|whereas|respectively)\b)", I)


def elliptical_count(ctx: Context, si: int, b: NumberMention, figures: list[Figure]) -> Figure | None:
    """Another country's active or reserve strength named only by the country, in a sentence that states one: "the
    third largest behind China (2.2 million) and India (1.4 million)"."""
    sent = ctx.sentences[si]
    anchor = next((f for f in reversed(figures) if sent.start <= f.start and f.end <= b.start
                   and f.metric in ("active_personnel", "reserve_personnel") and f.value >= 10_000), None)
    if anchor is None or b.value < 1_000:
        return None
    b_left = b.hedge_start if b.hedge_start is not None else b.start
    named = [c for c in ctx.country_mentions(max(sent.start, b_left - 60), b_left) if c.kind != "alliance"]
    if not named or named[-1].iso3 == anchor.country_iso3 or not _COUNT_GAP_RE.fullmatch(ctx.norm, named[-1].end, b_left) \
            or not _COUNT_END_RE.match(ctx.norm, b.end, sent.end) or ":" in ctx.norm[anchor.end:named[-1].start]:
        return None  # (a list after a colon, "its neighbours: Austria, 16,000. Slovakia, 19,500", is the colon list's)
    return make(ctx, si, b, anchor.metric, named[-1].iso3, "pair", "personnel:elliptical-country")


_BOTH_RE = re.compile(r"\s*(?:\(\s*|(?:[\u2013\u2014-]\s*)?(?=each))(?:both|each)(?:\s+(?:with|at))?\s+", re.I)
_BARE_BRACKET_RE = re.compile(r"\s*\(\s*")  # ("behind ... Greece (3.1 per cent), Denmark and Finland (2.4 per cent)": both)
_AND_JOIN_RE = re.compile(r"\s+and\s+")
_PAIR_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)


_PERCENT_WORD_RE = re.compile(r"%|\bper\s?cent\b", re.I)
_CHANGE_WORD_RE = re.compile(r"\b(?:increas\w*|ris(?:e|es|en|ing)|rose|gr[eo]w\w*|growth|jump\w*|surg\w*|boost\w*|hike\w*|cut\w*|fell|fall\w*|"
                             r"drop\w*|decreas\w*|declin\w*|reduc\w*|up|down|more|less|higher|lower|change\w*)\b", re.I)


gate_all(globals())
