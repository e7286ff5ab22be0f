"""A deployment counted once for several hosts: "350 French troops each stationed at bases in Libreville and Dakar",
"at least 1,500 soldiers deployed in each country" after "in Djibouti and Chad". The count is each host's, so the
figure read with no single host becomes one figure per host, each with the same count, owner, year and quote."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure

# "350 French troops each stationed at", "350 troops each in": the hosts follow, up to the next number
_EACH_AFTER_RE = re.compile(r"(?:\s+[\w'\u2019-]+){0,3}?\s+each\b", re.I)
# "... in Djibouti and Chad ..., with at least 1,500 soldiers deployed in each country": the hosts came before
_IN_EACH_AFTER_RE = re.compile(r"[^.;\d]{0,40}?\b(?:in|to)\s+each\s+(?:country|nation|of\s+(?:the\s+|these\s+|those\s+)?"
                               r"(?:two|three|four|five|\d)\s+(?:countries|nations))\b", re.I)


def split_each_host(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Replace, in ``figures``, each deployment of sentence ``si`` counted for several hosts by one per host."""
    sent = ctx.sentences[si]
    starts = [n.start for n in numbers if n.kind != "year"]
    for fig in list(figures):
        if fig.metric != "troops_deployed" or fig.host_iso3 or not sent.start <= fig.start < sent.end:
            continue
        nxt = next((s for s in starts if s > fig.end), sent.end)
        if _IN_EACH_AFTER_RE.match(ctx.norm, fig.end, sent.end):
            lo, hi = sent.start, fig.start
        elif _EACH_AFTER_RE.match(ctx.norm, fig.end, nxt):
            lo, hi = fig.end, nxt
        else:
            continue
        hosts: list[str] = []
        for c in ctx.country_mentions(lo, hi):
            if c.kind != "alliance" and c.iso3 != fig.country_iso3 and c.iso3 not in hosts and ctx.is_place(c):
                hosts.append(c.iso3)
        if len(hosts) < 2:
            continue
        at = figures.index(fig)
        figures[at:at + 1] = [replace(fig, host_iso3=h, method=fig.method + "+each-host") for h in hosts]


gate_all(globals())
