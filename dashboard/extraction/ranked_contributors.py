"""A ranking of the countries that send peacekeepers, read as each country's deployment: "India was followed by Nepal
with 5,878 personnel, Uganda with 5,764, and Bangladesh with 5,393"; "At 5,901, India sent the highest number of
military personnel for UN peacekeeping"; "Of 10,490 troops ... serving in UNIFIL, Indonesia contributes 1,296". The
counts name no noun of their own, or one the classifier read as the country's strength at home; a sentence about
peacekeeping (this one or the two before) says what they count. Called by ``level_followups``."""

from __future__ import annotations

import bisect
import re

from dashboard.extraction import personnel_evidence as ev
from dashboard.extraction.assemble import make
from dashboard.extraction.context import Context
from dashboard.extraction.hosts import host_table
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import HEDGE, I

# A ranking of the countries that send peacekeepers: "India was followed by Nepal with 5,878 personnel, Uganda with 5,764,
# and Bangladesh with 5,393"; "At 5,901, India sent the highest number of military personnel for UN peacekeeping"
_WHO = r"(?P<who>(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})"
_FOLLOWED_BY_RE = re.compile(r"\b(?:followed\s+by|ahead\s+of|behind|then\s+(?:came|comes))\s+(?:the\s+)?" + _WHO + r"\s+(?:with|at|on)\s+" + HEDGE + r"$", I)
_NEXT_RANKED_RE = re.compile(r"\b(?:followed\s+by|ahead\s+of|behind)\b[^.;]*[,;]\s*(?:and\s+)?(?:the\s+)?" + _WHO + r"\s+(?:with|at|on)\s+" + HEDGE + r"$", I)
_CONTRIBUTES_RE = re.compile(_WHO + r"\s+(?:(?:has|have)\s+)?(?:contribut(?:es|ed)|provid(?:es|ed)|sends|sent|deploys|deployed)\s+" + HEDGE + r"$")
_AT_FIRST_RE = re.compile(r"\s*At\s+" + HEDGE + r"$")
_AT_FIRST_AFTER_RE = re.compile(r",\s+(?:the\s+)?" + _WHO + r"\s+(?:sent|contribut\w+|deployed|provided|provides|had|has)\b")
_RANKED_END_RE = re.compile(r"(?:\s+(?:uniformed\s+)?(?:personnel|troops|peace-?keepers|soldiers))?\s*(?:[,.;)]|$|\s(?:and|while)\b)", I)


def ranked_contributors(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure], taken: set[int]) -> None:
    """Each country's count in a ranking of peacekeeping contributors (see _FOLLOWED_BY_RE): a deployment of that
    country's, with no single host (a count read as the country's strength is taken back)."""
    if not any(m.kind == "count" and m.value >= 20 and m.start not in taken for m in numbers) or not any(
            ctx.says(i, ev.PEACEKEEPING_WORD_RE) for i in range(max(0, si - 2), si + 1)):
        return
    sent = ctx.sentences[si]
    for m in numbers:
        left = m.hedge_start if m.hedge_start is not None else m.start
        if m.kind != "count" or m.value < 20 or not _RANKED_END_RE.match(ctx.norm, m.end, sent.end):
            continue
        lead = _FOLLOWED_BY_RE.search(ctx.norm, max(sent.start, left - 60), left) or _NEXT_RANKED_RE.search(ctx.norm, sent.start, left)
        contributes = None if lead else _CONTRIBUTES_RE.search(ctx.norm, max(sent.start, left - 60), left)  # ("Of 10,490 troops
        lead = lead or contributes  # serving in UNIFIL, Indonesia contributes 1,296": its share of the mission the sentence names)
        if lead is None and _AT_FIRST_RE.fullmatch(ctx.norm, sent.start, left):
            lead = _AT_FIRST_AFTER_RE.match(ctx.norm, m.end, sent.end)
        owner = next((c.iso3 for c in ctx.country_mentions(lead.start("who"), lead.end("who")) if c.kind != "alliance"), "") if lead else ""
        at = next((k for k, f in enumerate(figures) if f.start == m.start), None)
        if not owner or at is not None and figures[at].metric != "active_personnel" and "host-previous-sentence" not in figures[at].method:  # (a host only the sentence before named)
            continue
        hosts = {h.host for h in host_table().find(ctx.norm, sent.start, sent.end)} if contributes else set()
        host = next(iter(hosts)) if len(hosts) == 1 and owner not in hosts else ""
        if contributes and not host:
            continue
        made = make(ctx, si, m, "troops_deployed", owner, "pair", "personnel:ranked-contributor", host=host)
        if at is None:
            bisect.insort(figures, made, key=lambda f: f.start)
            taken.add(m.start)
        else:
            figures[at] = made


gate_all(globals())
