"""A defence budget stated again later in the article: "asked parliament to endorse a total of Sh3.326 trillion for
the military ... According to Dr Tax, out of the Sh3.326 trillion, Sh3.009 trillion will be for recurrent spending".
The second amount names no budget of its own; it is the same figure, restated, with the same owner, year and
stage. Only an amount of the same currency and the same value as a defence budget read before it, and never one
already read as anything.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace

from dashboard.extraction.assemble import passage
from dashboard.extraction.budget_patterns import IS_CONVERSION_RE1
from dashboard.extraction.context import Context
from dashboard.extraction.currencies import same_currency
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import COMPONENT_RE
from dashboard.extraction.years import sentence_years, year_for

METHOD = "budget:restated"
# "surpass the 60-trillion-won threshold": a round mark the budget passes, not the budget
_MARK_AFTER_RE = re.compile(r"\s*(?:threshold|mark|barrier|milestone|level|ceiling)\b", re.I)
_MARK_BEFORE_RE = re.compile(r"\b(?:surpass\w*|cross\w*|exceed\w*|top\w*|break\w*|pass\w*|above|below|over|under)\s+(?:the\s+)?$", re.I)


# "the R32 billion budget amounts to 1.3% of GDP" after "The defence budget currently stands at R32.024 billion": the
# same budget, rounded, when the text calls it the budget
_BUDGET_NOUN_AFTER_RE = re.compile(r"\s+(?:defen[cs]e\s+|military\s+)?budget\b", re.I)


def _rounded(exact: float, written: float) -> bool:
    """True when ``written`` is ``exact`` rounded to a power of ten at least a million ("R32 billion" of R32.024 billion)."""
    return written != exact and any(round(exact / 10 ** k) * 10 ** k == written for k in range(6, 13))


def _restate(ctx: Context, figures: list[Figure], taken: set[int], first: Figure, n: NumberMention, si: int, method: str) -> Figure:
    """Insert into ``figures`` (sorted by start) ``first`` read again at ``n``, in sentence ``si``, its passage and quote;
    return the figure inserted."""
    made = replace(first, value=n.value, quote=ctx.text[n.start:n.end], passage=passage(ctx, si, False, n.start), start=n.start,
                   end=n.end, method=f"{method} (pair)", qualifier=n.qualifier, low=n.low, high=n.high)
    bisect.insort(figures, made, key=lambda f: f.start)
    taken.add(n.start)
    return made


def restated_budgets(ctx: Context, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add to ``figures`` (sorted by start) the later restatements of a defence budget read before them."""
    budgets = [f for f in figures if f.metric == "defense_budget" and f.currency and f.stage != "planned"]
    if not budgets:
        return
    taken = {f.start for f in figures}
    for i, n in enumerate(numbers):
        if n.kind != "money" or n.start in taken or not n.value:
            continue
        before = numbers[i - 1] if i else None
        if before is not None and before.kind == "money" and IS_CONVERSION_RE1.fullmatch(ctx.norm, before.end, n.start):
            continue  # "6.9 billion dinars (2.1 billion euros)": the value of the amount before it, whatever that was
        first = next((f for f in budgets if f.end <= n.start and same_currency(f, n) and (f.value == n.value or _rounded(f.value, n.value)
                                                                                                and _BUDGET_NOUN_AFTER_RE.match(ctx.norm, n.end))), None)
        if (first is None or _MARK_AFTER_RE.match(ctx.norm, n.end) or _MARK_BEFORE_RE.search(ctx.norm, max(0, n.start - 20), n.start)
                or COMPONENT_RE.search(ctx.norm, max(0, n.start - 60), n.start)):
            continue  # (a line of the budget named before the amount: "the Revised AFP Modernization Program (Php 40.00 billion)")
        si = ctx.sentence_index(n.start)
        sent = ctx.sentences[si]
        if any(c.iso3 != first.country_iso3 for c in ctx.country_mentions(sent.start, sent.end) if c.kind != "alliance" and not ctx.is_place(c)):
            continue  # another country named: the same sum may be its own ("Poland spends 2.4 billion euros on ...")
        _restate(ctx, figures, taken, first, n, si, METHOD)


HEADLINE_WHY = "a headline amount the body states again and does not read as a figure (the body has the context)"


def body_overrules_headline(ctx: Context, numbers: list[NumberMention], figures: list[Figure]) -> list[NumberMention]:
    """Drop from ``figures`` a money figure of the headline line whose amount the body states again and did not read
    as a figure: "Morocco increases its arms budget by 4% to 11.3 billion euros" over a body that gives the 11.3
    billion euros as the euro value of one equipment line. The body has the context a headline leaves out.
    Returns the numbers whose figures were dropped."""
    title = " ".join((ctx.info.title if ctx.info is not None else "").split())
    if not ctx.sentences:
        return []
    head = ctx.sentences[0]
    head_text = " ".join(ctx.norm[head.start:head.end].split())
    if title and head_text != title:
        return []
    if not title and not (len(head_text) <= 150 and head_text[-1:] not in ".!?\"\u201d'"
                          and ctx.norm[head.end:head.end + 3].lstrip(" \t")[:1] == "\n"):
        return []  # no title given: a first line with no closing stop is the title
    taken = {f.start for f in figures}
    body = [n for n in numbers if n.kind == "money" and n.start >= head.end and n.start not in taken]
    read = {(g.value, g.currency) for g in figures if g.start >= head.end}  # (a body that reads the amount somewhere keeps the headline's)
    dropped = {f.start for f in figures if f.end <= head.end and f.currency and (f.value, f.currency) not in read
               and any(same_currency(f, n) and n.value == f.value for n in body)}
    if dropped:
        figures[:] = [f for f in figures if f.start not in dropped]
    return [n for n in numbers if n.start in dropped]


DEPLOYMENT_METHOD = "personnel:restated-deployment"
# the people counted, right after the number ("86 Troops", "86 Romanian soldiers")
_TROOPS_AFTER_RE = re.compile(r"\s+(?:[A-Z][\w'-]*\s+)?(?:troops|soldiers|personnel|peace-?keepers|servicemen|service\s+members)\b", re.I)
# a sentence about a change, a loss or a sum over years: its count is no restatement of a level
_CHANGE_WORDS_RE = re.compile(r"\b(?:withdr\w+|pull\w*\s+out|kill\w*|wound\w*|died|dead|injur\w*|additional|more|extra|"
                              r"another|reinforc\w*|reduc\w*|cut\w*|since|to\s+date|so\s+far|in\s+total)\b", re.I)


def restated_deployments(ctx: Context, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the restatements of a deployment read elsewhere in the article: "Romania Sends 86 Troops In Kosovo KFOR
    Mission" over a body that deploys the 86 troops in Kosovo. The same count with a people noun after it, one
    deployment of that value (so the owner and host are not in doubt), a sentence naming no other country and
    about no change or loss, is the same figure."""
    deployed = [f for f in figures if f.metric == "troops_deployed" and f.host_iso3 and f.value and f.value >= 20]
    if not deployed:
        return
    taken = {f.start for f in figures}
    for n in numbers:
        if n.kind != "count" or n.start in taken or not n.value or not _TROOPS_AFTER_RE.match(ctx.norm, n.end):
            continue
        same = {(f.country_iso3, f.host_iso3) for f in deployed if f.value == n.value}
        if len(same) != 1 or any(f.end <= n.start and not ctx.norm[f.end:n.start].strip(" \t\n(") for f in deployed):
            continue  # ("MONUSCO 151 (151 troops, 1 expert)": the breakdown of the figure right before it, not a restatement)
        first = next(f for f in deployed if f.value == n.value)
        si = ctx.sentence_index(n.start)
        sent = ctx.sentences[si]
        if ctx.finds(_CHANGE_WORDS_RE, sent.start, sent.end) or any(
                c.iso3 not in (first.country_iso3, first.host_iso3) for c in ctx.country_mentions(sent.start, sent.end) if c.kind != "alliance"):
            continue
        made = _restate(ctx, figures, taken, first, n, si, DEPLOYMENT_METHOD)
        if sentence_years(ctx, si):  # ("a target of sending 3,500 personnel by 2014": its own year)
            made.year = year_for(ctx, si, n.start, n.end, made.country_iso3, True)


SHARE_METHOD = "share:restated"
# a change, or a share of something named after it: no restatement of a level
_SHARE_CHANGE_BEFORE_RE = re.compile(r"\b(?:rise|rose|risen|increase\w*|grow\w*|grew|up|down|cut\w*|decreas\w*|fall|fell|drop\w*|"
                                     r"hike\w*|jump\w*|by|another|additional|extra|exceed\w*|above|over|more\s+than|at\s+least|below|under|"
                                     r"less\s+than|beyond|the)\s+(?:of\s+)?(?:about\s+|some\s+|nearly\s+)?$", re.I)  # (and thresholds, "the 2% goal")
_SHARE_OF_AFTER_RE = re.compile(r"\s*(?:of|in|on|from|more|less|higher|lower|increase|rise|growth|cut|annual|a\s+year|per|percentage|points?|"
                                r"goal|target|mark|threshold|benchmark|guideline|commitment|pledge|level|rule|ceiling|cap)\b", re.I)
_DEFENCE_WORD_RE = re.compile(r"\b(?:defen[cs]e|military|armed\s+forces|army)\b", re.I)
# "only 3% - about 13.1 million dollars - would be for maintenance": a share of the budget, with its money
_MONEY_AFTER_RE = re.compile(r"\s*[-\u2013\u2014(]\s*(?:about|around|some|nearly|roughly|approximately)?\s*(?:[A-Z]{0,3}\$|\u20ac|\u00a3)?\s*\d", re.I)


def restated_shares(ctx: Context, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the bare restatements of a share of GDP read elsewhere in the article: "Why Moldova's 1% defense budget
    won't meet future security demands" over a body on "the defense budget to 1% of GDP by 2030". The same percent, one
    share of that value (owner not in doubt), a sentence that names defence, nothing after the percent that makes it
    a share of something else or a change, and no change word before it."""
    shares = [f for f in figures if f.metric == "defense_share_gdp_pct" and f.value and f.country_iso3 not in ("", "NATO")]
    if not shares:
        return
    taken = {f.start for f in figures}
    for n in numbers:
        if n.kind != "percent" or n.start in taken or not n.value:
            continue
        same = {f.country_iso3 for f in shares if f.value == n.value}
        if len(same) != 1:
            continue
        first = next(f for f in shares if f.value == n.value)
        si = ctx.sentence_index(n.start)
        sent = ctx.sentences[si]
        left = n.hedge_start if n.hedge_start is not None else n.start
        if (_SHARE_OF_AFTER_RE.match(ctx.norm, n.end) or _MONEY_AFTER_RE.match(ctx.norm, n.end) or _SHARE_CHANGE_BEFORE_RE.search(ctx.norm, max(sent.start, left - 30), left)
                or not ctx.finds(_DEFENCE_WORD_RE, sent.start, sent.end)
                or any(c.iso3 not in (first.country_iso3,) for c in ctx.country_mentions(sent.start, sent.end) if c.kind != "alliance")):
            continue
        _restate(ctx, figures, taken, first, n, si, SHARE_METHOD)


def restated_levels(ctx: Context, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """The restatements of deployments and of shares of GDP read elsewhere in the article (see the two above)."""
    restated_deployments(ctx, numbers, figures)
    restated_shares(ctx, numbers, figures)


def same_host_owner(fig: Figure, figures: list[Figure]) -> Figure:
    """A deployment whose owner only the sentence before or the article named, in a host where the article already
    placed another country's troops ("Russia has reduced its contingent in Transnistria to 2,500 ... This was stated by
    the President of Ukraine ... there are about 2,500 troops on the territory of Transnistria"): that country's."""
    earlier = next((f for f in reversed(figures) if f.metric == "troops_deployed" and f.host_iso3 == fig.host_iso3), None)
    if earlier is None or earlier.country_iso3 in (fig.country_iso3, fig.host_iso3):
        return fig
    return replace(fig, country_iso3=earlier.country_iso3, method=fig.method.rsplit(" (", 1)[0] + " (same-host)")


_DATED_METRICS = ("defense_budget", "budget_change_amount")  # (amounts: a share or a percent such as 2% or 7.2% recurs with other years)


def restated_years(ctx: Context, figures: list[Figure]) -> None:
    """A budget figure stated more than once (same owner, metric, value and currency) takes, where its own sentence gives
    no year, the one year its other statements give: "Zimbabwe increases its defence budget to $356 million" over "has
    increased its 2013 defence budget to US$356 million" is the 2013 budget, not the article's year's."""
    same: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.metric in _DATED_METRICS and f.value:
            same[(f.country_iso3, f.metric, f.value, f.currency)].append(f)
    for group in same.values():
        if len(group) < 2:
            continue
        dated = [f for f in group if _says_a_year(ctx, f)]
        years = {f.year for f in dated}
        if len(years) != 1 or None in years or len(dated) == len(group):
            continue
        year, dated_ids = years.pop(), {id(f) for f in dated}
        for f in group:
            if id(f) not in dated_ids:
                f.year = year


def _says_a_year(ctx: Context, f: Figure) -> bool:
    return bool(sentence_years(ctx, ctx.sentence_index(f.start)))
