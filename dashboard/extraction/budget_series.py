"""Levels of a defence budget that take their meaning from a budget level read in the same sentence.

"cut its military budget from $2.3 billion to $2.1 billion": the amount after "from" is the level it
changed from (the level after "to" was read by the rules); "from 20.8 trillion won in 2005 to 31.4 trillion
won in 2011 and to 40.3 trillion won in 2017", "to 206 billion baht in 2016, 213 billion baht in 2017 and
222 billion baht in 2018": each dated amount of the series is that year's level; "amounted to SEK 66 billion
and could reach SEK 108 billion": the level it may reach. Same owner and currency as the level read. And
after a change: "an increase of 1.8 per cent compared with the previous year's RM15.58 billion", last year's level.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context, sentence_subject
from dashboard.extraction.currencies import same_currency
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import DEFENSE_WORD, HEDGE, I

_YEAR = r"(?:fiscal\s+(?:year\s+)?|fy\s*)?(?:19|20)\d\d(?:[-/]\d{2,4})?(?:\s+fiscal\s+year)?"
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:the\s+)?" + HEDGE + r"$", I)
# between "from X" and the level read: "in 2005 to", " to", "(US$2.2 billion) to"
_TO_GAP_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+in\s+" + _YEAR + r"|\s+(?:\w+\s+){1,2}?(?:ago|earlier))?(?:\s*,\s+[^.;\d]{0,60}?\b(?:rose|grew|increased|climbed|jumped|soared|fell|dropped|declined|has\s+risen|has\s+grown))?\s+to\s+(?:the\s+|an?\s+(?:[\w-]+\s+){0,2}?(?:high|peak|record|total|sum)\s+of\s+|a\s+)?" + HEDGE, I)
# between a dated level and the next: "in 2011 and to", "in 2016, ", "in 2017 and", "in 2025, and culminating in", " 2020 and"
_NEXT_YEAR_GAP_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:(?:in|for)\s+)?" + _YEAR + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                               r"(?:to\s+|(?:culminating|ending|peaking|topping\s+out)\s+(?:in|at)\s+|reaching\s+)?" + HEDGE, I)
_OR_GAP_RE = re.compile(r"\s*,?\s*or\s+(?:about\s+|around\s+|some\s+|nearly\s+)?", I)
_OR_PCT_MORE_RE = re.compile(r"\s*,?\s*or\s+(\d+(?:\.\d+)?)\s*(?:%|percent|per\s*cent)\s*,?\s+(?:more|higher|above)\b", I)
_DATED_AFTER_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:(?:in|for)\s+)?" + _YEAR + r"\b|\s+(?:this|last)\s+year\b", I)
# "The total official increase of its military budget ... has been nearly 65 percent: $9.29 billion in 2014, $12.02
# billion in 2015, ...": a dated series after a colon, in a sentence about the defence budget
_COLON_SERIES_LEAD_RE = re.compile(DEFENSE_WORD + r"(?:\s+[\w'\-]+){0,3}?\s+(?:budgets?|spending|expenditures?)\b[^.;:]{0,120}:\s*$", I)
# after a change: "an increase of 1.8 per cent compared with the previous year's RM15.58 billion"
_LAST_YEARS_RE = re.compile(r"\b(?:compared\s+(?:with|to)|over|from|than)\s+(?:the\s+)?(?:previous|last|prior|preceding)\s+"
                            r"(?:year's|year\u2019s|fiscal\s+year's)\s+" + HEDGE + r"$", I)
_OVER_THE_RE = re.compile(r"\b(?:over|compared\s+(?:with|to))\s+the\s+" + HEDGE + r"$", I)
_ALLOCATED_IN_RE = re.compile(r"\s+(?:allocated|spent|budgeted|earmarked)\s+in\s+(?P<year>(?:19|20)\d\d)\b", I)
# an earlier level set against the one read: "approximately 120 billion dirhams (about 12 billion dollars), against
# almost 116 billion dirhams a year earlier"; "should spend €3.16 billion in 2019, after spending €2.87 billion last year"
_EARLIER_GAP_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?[^.;()]{0,40}?(?:,\s*|\s+)(?:against|compared\s+(?:with|to)|versus|vs\.?|"
                             r"after\s+(?:spending|allocating|having\s+(?:spent|allocated))|and\s+having\s+(?:spent|allocated))\s+"
                             + HEDGE, I)
_EARLIER_WHEN_RE = re.compile(r"\s+(?P<last>a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|prior|preceding)\s+year)\b"
                              r"|(?:\s*\([^()]{0,40}\))?\s+in\s+" + _YEAR + r"\b", I)
# "peaked in fiscal 2002 at 4.96 trillion yen ..., and the number dropped thereafter, to the initial budget for fiscal
# 2012 of 4.71 trillion": the level the same budget later went to
_WENT_TO_GAP_RE = re.compile(r"[^.;$\u20ac\u00a3\u00a5]{0,120}?\b(?:dropped|fell|declined|decreased|shrank|rose|grew|increased|climbed)\b"
                             r"(?:\s+(?:thereafter|afterwards|since|later|again|steadily|sharply))?\s*,?\s+to\s+"
                             r"(?:the\s+(?:[\w-]+\s+){0,2}?budget\s+for\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d(?:[-/]\d{2,4})?\s+of\s+)?" + HEDGE, I)
_MAY_REACH_GAP_RE = re.compile(
    r"(?:\s*\([^()]{0,40}\))?\s+and\s+(?:could|would|will|may|might|is\s+(?:expected|set|due)\s+to)\s+"
    r"(?:reach|rise\s+to|grow\s+to|climb\s+to|increase\s+to|hit|top)\s+" + HEDGE, I)


def budget_series(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add to ``figures`` the levels of sentence ``si`` described in the module docstring."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    taken = {f.start for f in figures}
    _amount_of_share(ctx, si, numbers, figures, taken)
    levels = [f for f in figures if f.metric == "defense_budget" and f.currency and f.value > 0]
    changes = [f for f in figures if f.metric in ("budget_change_pct", "budget_change_amount")]
    if not levels and ":" in norm[sent.start:sent.end]:
        _colon_series(ctx, si, numbers, figures, levels)
    if not levels and not changes:
        return
    if changes and len(figures) > 1:
        levels, changes = _rises_in_money(norm, sent, figures, levels, changes)
    if levels and len(numbers) > 1:
        _change_beside_level(ctx, si, numbers, figures, levels, taken)
    for b in numbers:
        if b.start in taken or b.kind != "money" or not b.value or b.value <= 0:
            continue
        left = b.hedge_start if b.hedge_start is not None else b.start
        made = None
        after = next((f for f in levels if f.start > b.end), None)
        if (after is not None and same_currency(after, b) and _FROM_BEFORE_RE.search(norm, max(sent.start, left - 40), left)
                and _TO_GAP_RE.fullmatch(norm, b.end, after.start)):
            made = make(ctx, si, b, "defense_budget", after.country_iso3, "pair", "budget:from-level")
            if made.year is not None and made.year == after.year and not re.search(_YEAR, norm[b.end:after.start]):
                made.year = None  # the year the sentence gives is the new level's ("from $145.1 million to $261.4 million in 2024")
        before = next((f for f in reversed(levels) if f.end <= left and same_currency(f, b)), None)
        if made is None and before is not None:
            if _NEXT_YEAR_GAP_RE.fullmatch(norm, before.end, left) and _DATED_AFTER_RE.match(norm, b.end, min(sent.end, b.end + 60)):
                made = make(ctx, si, b, "defense_budget", before.country_iso3, "pair", "budget:yearly-levels")
            elif _MAY_REACH_GAP_RE.fullmatch(norm, before.end, left) or (went := _WENT_TO_GAP_RE.fullmatch(norm, before.end, left)):
                made = make(ctx, si, b, "defense_budget", before.country_iso3, "pair", "budget:went-to" if went else "budget:may-reach")
            elif _EARLIER_GAP_RE.fullmatch(norm, before.end, left) and (when := _EARLIER_WHEN_RE.match(norm, b.end, sent.end)):
                made = make(ctx, si, b, "defense_budget", before.country_iso3, "pair", "budget:earlier-level")
                made = replace(made, year=before.year - 1) if when.group("last") and before.year else made
        change = next((f for f in reversed(changes) if f.end <= left), None)
        if made is None and change is not None and _LAST_YEARS_RE.search(norm, max(sent.start, left - 60), left):
            made = make(ctx, si, b, "defense_budget", change.country_iso3, "pair", "budget:last-years-level")
            made = replace(made, year=change.year - 1) if change.year else made  # the year before the change's
        elif (made is None and change is not None and _OVER_THE_RE.search(norm, max(sent.start, left - 30), left)
              and (when := _ALLOCATED_IN_RE.match(norm, b.end, sent.end))):  # ("by 40 percent over the 140 billion rubles allocated in 2000")
            made = replace(make(ctx, si, b, "defense_budget", change.country_iso3, "pair", "budget:last-years-level"), year=int(when.group("year")))
        if made is not None:
            bisect.insort(figures, made, key=lambda f: f.start)
            bisect.insort(levels, made, key=lambda f: f.start)
            taken.add(b.start)


# "EUR 51.8 billion available to him, EUR 1.7 billion more than last year"; "247 billion pesos this year, 121 percent
# more than in 2023": the change of the level just read, set beside it
_BESIDE_GAP_RE = re.compile(r"(?:\s+(?:this|next|last)\s+year|\s+in\s+" + _YEAR + r"|\s+available\s+to\s+(?:him|her|it|them))?\s*(?:,|\s[\u2013\u2014-]|\()\s*"
                            r"(?:or\s+|which\s+is\s+|that\s+is\s+|i\.e\.\s+)?" + HEDGE, I)
_MORE_THAN_BEFORE_RE = re.compile(r"\s+(?:per\s*cent\s+|percent\s+)?(?P<dir>more|higher|up|less|lower|down)\s+(?:than|from|on|compared\s+(?:with|to))\s+"
                                  r"(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|(?:in\s+)?" + _YEAR + r"|a\s+year\s+(?:earlier|ago|before))\b", I)


def _change_beside_level(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], levels: list[Figure],
                         taken: set[int]) -> None:
    """The change set beside a level (see _BESIDE_GAP_RE): a change of that level's budget, in percent or in money."""
    for b in numbers:
        left = b.hedge_start if b.hedge_start is not None else b.start
        level = next((f for f in reversed(levels) if f.end <= left), None)
        if (b.start in taken or b.kind not in ("money", "percent") or level is None or b.kind == "money" and b.currency != level.currency
                or not _BESIDE_GAP_RE.fullmatch(ctx.norm, level.end, left) or not (more := _MORE_THAN_BEFORE_RE.match(ctx.norm, b.end))):
            continue
        metric = "budget_change_pct" if b.kind == "percent" else "budget_change_amount"
        sign = -1 if more.group("dir").lower() in ("less", "lower", "down") else 1
        made = make(ctx, si, b, metric, level.country_iso3, "pair", "budget:change-beside-level", sign=sign)
        bisect.insort(figures, made, key=lambda f: f.start)
        taken.add(b.start)


# "Defence spending has risen to 2.4 per cent of GDP per year (around 1 billion US dollars)": the amount that share is
_SHARE_THEN_AMOUNT_GAP_RE = re.compile(r"(?:\s+of\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,2}?(?:GDP|gross\s+domestic\s+product)(?:\s+(?:per|a)\s+year|\s+in\s+(?:19|20)\d\d)?)?"
                                       r"\s*\(\s*(?:around|about|some|approximately|roughly|nearly|almost|or)?\s*", I)


def _amount_of_share(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], taken: set[int]) -> None:
    """An amount in brackets right after a share of GDP (see _SHARE_THEN_AMOUNT_GAP_RE): the same owner's budget."""
    for b in numbers:
        if b.kind != "money" or b.start in taken or not b.value or not ctx.norm.startswith(")", b.end):
            continue
        share = next((f for f in reversed(figures) if f.end <= b.start and f.metric == "defense_share_gdp_pct"), None)
        if share is not None and _SHARE_THEN_AMOUNT_GAP_RE.fullmatch(ctx.norm, share.end, b.hedge_start if b.hedge_start is not None else b.start):
            bisect.insort(figures, replace(make(ctx, si, b, "defense_budget", share.country_iso3, "pair", "budget:amount-of-share"),
                                           year=share.year), key=lambda f: f.start)
            taken.add(b.start)


def _colon_series(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], levels: list[Figure]) -> None:
    """The first amount of a dated series right after a colon in a sentence about the defence budget (see
    _COLON_SERIES_LEAD_RE), when another dated amount follows: the rest of the series follows it as yearly levels."""
    norm, sent = ctx.norm, ctx.sentences[si]
    money = [n for n in numbers if n.kind == "money" and n.value > 0]
    for b, nxt in zip(money, money[1:], strict=False):
        left = b.hedge_start if b.hedge_start is not None else b.start
        colon = norm.rfind(":", sent.start, left)
        if (colon < 0 or norm[colon + 1:left].strip() or not _COLON_SERIES_LEAD_RE.search(norm, sent.start, colon + 1)
                or not _DATED_AFTER_RE.match(norm, b.end, sent.end) or not _NEXT_YEAR_GAP_RE.fullmatch(
                    norm, b.end, nxt.hedge_start if nxt.hedge_start is not None else nxt.start)):
            continue
        owner = sentence_subject(ctx, si) or ctx.main_country
        if owner:
            made = make(ctx, si, b, "defense_budget", owner, "pair", "budget:colon-series")
            bisect.insort(figures, made, key=lambda f: f.start)
            levels.append(made)
        return


def _rises_in_money(norm: str, sent, figures: list[Figure], levels: list[Figure], changes: list[Figure]
                    ) -> tuple[list[Figure], list[Figure]]:
    """Re-read the sentence's money next to a change: "an increase of 25%, or 772 million euros" is the rise in money,
    not another level; "its allocation was SR69 million; it actually spent SR85 million or 23% more" is the new level,
    not a rise (when the numbers agree). ``figures`` is changed in place; the new levels and changes are returned."""
    for k, f in enumerate(figures):
        prior = figures[k - 1] if k else None
        if (f.method.startswith("budget:and-amount") and prior is not None and prior.metric == "budget_change_pct"
                and prior.start >= sent.start and _OR_GAP_RE.fullmatch(norm, prior.end, f.start)):
            figures[k] = replace(f, metric="budget_change_amount", value=-f.value if prior.value < 0 else f.value,
                                 method="budget:pct-or-amount (pair)")
            levels = [x for x in levels if x is not f]
    for k, f in enumerate(figures):  # "its allocation was SR69 million; it actually spent SR85 million or 23% more"
        pct = _OR_PCT_MORE_RE.match(norm, f.end, sent.end) if f.metric == "budget_change_amount" and f.value > 0 else None
        base = next((b for b in reversed(levels) if b.end <= f.start and b.currency == f.currency), None) if pct else None
        if base is not None and abs(f.value / base.value - 1 - float(pct.group(1)) / 100) < 0.02:
            figures[k] = replace(f, metric="defense_budget", method=f.method + "+level-of-pct-more")  # the new level, not the rise
            levels.append(figures[k])
            changes = [c for c in changes if c is not f]
    return levels, changes


gate_all(globals())
