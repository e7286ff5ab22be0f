"""Budgets listed by country with the amount in brackets, in a sentence about military spending:

    The top spenders in 2023 were the United States ($916 billion), China ($296 billion), Russia ($109 billion)
    and India ($83.9 billion).

Each bracketed amount is the budget of the country named right before the bracket. Two such pairs at least make
the list (one alone may be anything: "Japan ($1.2 billion)" after a contract); the sentence must name defence or
military spending; the bracket holds the amount only, with a hedge before it or a year after it ("in 2023"). The first of the list may
stand after its country's spending instead ("The United States led military spending again ($916 billion in 2023)").
Amounts another pass read already keep their reading.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import DEFENSE_WORD, I

METHOD = "budget:bracketed-country"
_OPEN_RE = re.compile(r"\(\s*(?:around|approximately|roughly|about|some|nearly|almost|over|more\s+than|an\s+estimated)?\s*$", I)
_CLOSE_RE = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s*\)", I)
# or its country is the subject of a spending word right before the bracket: "The United States led military spending
# again ($916 billion in 2023)"
_SPENDING_BEFORE_RE = re.compile(r"\b(?:led|tops?|topped|heads?|headed|ranks?\s+first\s+in)\s+(?:global\s+|world\s+)?"
                                 + DEFENSE_WORD + r"\s+(?:spending|expenditures?|budgets?)(?:\s+again)?\s*$", I)
# the sentence is about spending: "military spending", "defence budgets", "the top spenders", "spent on defence"
_SPENDING_RE = re.compile(DEFENSE_WORD + r"(?:\s+[\w-]+){0,2}?\s+(?:spending|expenditures?|budgets?|outlays?|spenders?)\b|\b(?:spenders?|spent|spend|spends)\b[^.;]{0,60}?"
                          + DEFENSE_WORD + r"|\b(?:top|largest|biggest|leading)\s+(?:military\s+|defen[cs]e\s+)?spenders\b", I)


def bracketed_budgets(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Add the bracketed budgets of sentence ``si`` to ``figures`` (see the module docstring)."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    taken = {f.start for f in figures}
    pairs = []
    for m in numbers:
        if m.kind != "money" or not m.value or m.value <= 0:
            continue
        left = m.hedge_start if m.hedge_start is not None else m.start
        opened = _OPEN_RE.search(norm, max(sent.start, left - 20), m.start)
        if opened is None or not _CLOSE_RE.match(norm, m.end):
            continue
        named = [c for c in ctx.country_mentions(max(sent.start, opened.start() - 40), opened.start())
                 if c.kind != "alliance" and not norm[c.end:opened.start()].strip()]
        if not named and _SPENDING_BEFORE_RE.search(norm, max(sent.start, opened.start() - 60), opened.start()):
            named = [c for c in ctx.country_mentions(max(sent.start, opened.start() - 60), opened.start()) if c.kind != "alliance"][-1:]
        if named:
            pairs.append((m, named[-1].iso3))
    if len(pairs) < 2 or len({owner for _, owner in pairs}) < 2 or not ctx.finds(_SPENDING_RE, sent.start, sent.end):
        return
    for m, owner in pairs:
        if m.start not in taken:
            bisect.insort(figures, make(ctx, si, m, "defense_budget", owner, "pair", METHOD), key=lambda f: f.start)
