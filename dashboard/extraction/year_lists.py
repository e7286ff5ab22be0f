"""Figures paired with a list of years by "respectively": "defence spending increases in 2015 and 2016 were 5%
and 7% respectively"; "from 2014, 2015 and 2016, the number of troops deployed abroad was 7490, 7389 and 6893
respectively". Each number of the list takes the year in the same place; the kind of figure comes from the
sentence (a change of spending, a budget, a share of GDP, troops abroad). Any doubt (counts that differ, no
owner, a number already read, two kinds of number) leaves the sentence as it was.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from dashboard.extraction.assemble import make
from dashboard.extraction.attribution import find_owner
from dashboard.extraction.budget_percents import direction_sign
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.respectively import RESPECTIVELY_RE, number_run
from dashboard.extraction.vocab import BUDGET_CTX_RE, DEFENSE_CTX_RE, GDP_WORD_RE, I
from dashboard.extraction.word_scan import word_sentences

_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_JOINER_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", I)
_CHANGE_WORD_RE = re.compile(r"\b(?:increase[sd]?|rises?|rose|growth|grew|jump(?:s|ed)?|hikes?|decrease[sd]?|declines?|declined|"
                             r"cuts?|drops?|dropped|fell|falls?)\b", I)
_ABROAD_RE = re.compile(r"\b(?:troops|soldiers|personnel|peace-?keepers)\b[^.;]{0,40}?\b(?:deployed|abroad|overseas|missions?)\b|"
                        r"\bpeace-?keep\w*", I)


def year_lists(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the figures of a year-paired "respectively" list of sentence ``si`` (see the module docstring)."""
    sent = ctx.sentences[si]
    norm = ctx.norm
    held = word_sentences(ctx, ("respectively",))  # (found once per article first: the word is rare)
    if held is not None and si not in held:
        return
    word = RESPECTIVELY_RE.search(norm, sent.start, sent.end)
    if word is None:
        return
    run = number_run(norm, numbers, word.start())
    taken = {f.start for f in figures}
    if len(run) < 2 or len({n.kind for n in run}) > 1 or any(n.start in taken for n in run):
        return
    years = _year_run(norm, sent.start, run[0].start)
    if len(years) != len(run):
        return
    metric = _metric(ctx, si, run[0])
    if not metric:
        return
    owner, how = find_owner(ctx, si, run[0], "", [])
    if not owner or owner == "NATO":
        return
    for n, year in zip(run, years, strict=True):
        sign = direction_sign(ctx, n, sent) if metric == "budget_change_pct" else 1
        made = replace(make(ctx, si, n, metric, owner, how, "year-list:respectively", sign=sign), year=year)
        bisect.insort(figures, made, key=lambda f: f.start)


def _year_run(norm: str, start: int, end: int) -> list[int]:
    """The last run of years joined by commas and "and" in ``norm[start:end]``."""
    best: list[re.Match] = []
    for y in _YEAR_RE.finditer(norm, start, end):
        if best and _YEAR_JOINER_RE.fullmatch(norm, best[-1].end(), y.start()):
            best.append(y)
        else:
            best = [y]
    return [int(y.group(0)) for y in best] if len(best) >= 2 else []


def _metric(ctx: Context, si: int, first: NumberMention) -> str:
    """What the list counts, from its sentence (and the one before for the defence context)."""
    sent = ctx.sentences[si]
    lead = ctx.norm[sent.start:first.start]
    defense = ctx.says(si, DEFENSE_CTX_RE) or ctx.says(si - 1, DEFENSE_CTX_RE)
    if first.kind == "percent" and defense:
        if GDP_WORD_RE.search(ctx.norm, sent.start, sent.end):
            return "defense_share_gdp_pct"
        if _CHANGE_WORD_RE.search(lead) and BUDGET_CTX_RE.search(lead):
            return "budget_change_pct"
    if first.kind == "money" and defense and BUDGET_CTX_RE.search(lead):
        return "defense_budget"
    if first.kind == "count" and _ABROAD_RE.search(lead):
        return "troops_deployed"
    return ""


gate_all(globals())
