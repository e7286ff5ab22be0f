"""Budgets listed by country with the amount in brackets, in a sentence about military spending:

    The top spenders in 2023 were the United States ($916 billion), China ($296 billion), Russia ($109 billion)
    and India ($83.9 billion).

Each bracketed amount is the budget of the country named right before the bracket. Two such pairs at least make
the list (one alone may be anything: "Japan ($1.2 billion)" after a contract); the sentence must name defence or
military spending; the bracket holds the amount only, with a hedge before it or a year after it ("in 2023"). The first of the list may
stand after its country's spending instead ("The United States led military spending again ($916 billion in 2023)"),
and the head of a ranked list stands alone ("The United States top the list of countries with the largest military
spending in 2017 (over $602 billion)").
Amounts another pass read already keep their reading.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.bracket_hosts import bracket_open, country_before
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import DEFENSE_WORD, I

METHOD = "budget:bracketed-country"
_CLOSE_RE = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s*\)", I)
# or its country is the subject of a spending word right before the bracket: "The United States led military spending
# again ($916 billion in 2023)"
_SPENDING_BEFORE_RE = re.compile(r"\b(?:led|tops?|topped|heads?|headed|ranks?\s+first\s+in)\s+(?:global\s+|world\s+)?"
                                 + DEFENSE_WORD + r"\s+(?:spending|expenditures?|budgets?)(?:\s+again)?\s*$", I)
# or it tops a ranked list, alone: "The United States top the list of countries with the largest military spending in
# 2017 (over $602 billion)"
_TOPS_LIST_RE = re.compile(r"\b(?:led|leads?|tops?|topped|heads?|headed)\s+(?:the\s+)?(?:list|ranking|table)\s+of\s+(?:the\s+)?(?:countries|nations|states)\s+"
                           r"(?:with|by)\s+(?:the\s+)?(?:largest|highest|biggest)\s+" + DEFENSE_WORD + r"\s+(?:spending|expenditures?|budgets?)"
                           r"(?:\s+(?:in|of)\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?)?(?:\s+in\s+(?:19|20)\d\d)?\s*$", I)
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
        opened = bracket_open(norm, sent, m.start, m.end, _CLOSE_RE)  # ("China (about $296 billion)", "($916 billion in 2023)")
        if opened < 0:
            continue
        named = country_before(ctx, sent, opened)
        if named is None and _SPENDING_BEFORE_RE.search(norm, max(sent.start, opened - 60), opened):
            named = next((c for c in reversed(ctx.country_mentions(max(sent.start, opened - 60), opened)) if c.kind != "alliance"), None)
        elif named is None and _TOPS_LIST_RE.search(norm, max(sent.start, opened - 130), opened):
            top = [c for c in ctx.country_mentions(sent.start, opened) if c.kind != "alliance"]
            if len(top) == 1 and m.start not in taken:  # (the one country named: the list's head)
                bisect.insort(figures, make(ctx, si, m, "defense_budget", top[0].iso3, "pair", METHOD), key=lambda f: f.start)
        if named is not None:
            pairs.append((m, named.iso3))
    if len(pairs) < 2 or len({owner for _, owner in pairs}) < 2 or not ctx.finds(_SPENDING_RE, sent.start, sent.end):
        return
    for m, owner in pairs:
        if m.start not in taken:
            bisect.insort(figures, make(ctx, si, m, "defense_budget", owner, "pair", METHOD), key=lambda f: f.start)
