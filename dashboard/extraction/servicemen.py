"""The servicemen inside a larger head count that also counts civilian staff.

    "the Armed Forces personnel will increase to 1.903 million, with the number of service members remaining
    unchanged at 1.013 million"; "the Armed Forces organic strength totaled 1.885 million, including 1 million
    servicemen"

A sentence that gives a total of personnel (or an establishment strength) and, after it, the servicemen it
includes: the servicemen are the active strength, and the larger total, which counts civilian employees too, is
no strength at all. Only when the servicemen are named as such ("servicemen", "service members", "military
personnel") right after "including" or as "the number of service members ... at N", and the total is at most
three times their number.
"""

from __future__ import annotations

import bisect
import re

from dashboard.extraction.assemble import make
from dashboard.extraction.attribution import find_owner
from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.record import Figure
from dashboard.extraction.vocab import HEDGE, I
from dashboard.extraction.word_scan import word_sentences

METHOD = "personnel:servicemen-within-total"
_SERVING = r"(?:servicemen|service\s*members|military\s+personnel|military\s+servicemen)"
_INCLUDING_SERVING_RE = re.compile(r"\b(?:including|includes|of\s+whom|of\s+them)\s+" + HEDGE + r"$", I)
_SERVING_AFTER_RE = re.compile(r"\s+" + _SERVING + r"\b", I)
_NUMBER_OF_SERVING_RE = re.compile(r"\bnumber\s+of\s+" + _SERVING + r"\b[^.;\d]{0,40}?\b(?:at|to|of|is|was|stands\s+at|totals?)\s+"
                                   + HEDGE + r"$", I)
_WORDS = ("servicemen", "service members", "servicemembers", "military personnel")
_ANY_WORD_RE = re.compile(r"servicemen|service\s*members|military\s+personnel", I)


def servicemen_within_totals(ctx: Context, si: int, numbers: list[NumberMention], figures: list[Figure]) -> None:
    """Read the servicemen of a total that counts civilians too (module docstring): they become the active
    strength, and the total's figure, if one was read, is dropped."""
    sent = ctx.sentences[si]
    holding = word_sentences(ctx, _WORDS)  # (once per article: rare words)
    if holding is not None and si not in holding or holding is None and not _ANY_WORD_RE.search(ctx.norm, sent.start, sent.end):
        return
    counts = [n for n in numbers if n.kind == "count" and n.value and n.value >= 1_000]
    for k, b in enumerate(counts):
        left = b.hedge_start if b.hedge_start is not None else b.start
        window = max(sent.start, left - 90)
        if not (_INCLUDING_SERVING_RE.search(ctx.norm, window, left) and _SERVING_AFTER_RE.match(ctx.norm, b.end)
                or _NUMBER_OF_SERVING_RE.search(ctx.norm, window, left)):
            continue
        total = next((a for a in reversed(counts[:k]) if b.value < a.value <= 3 * b.value), None)
        if total is None:
            continue
        dropped = [f for f in figures if f.start == total.start and f.metric == "active_personnel"]
        for f in dropped:
            figures.remove(f)
            ctx.dropped[f.start] = "a total that counts civilian staff too: the servicemen it includes are the strength"
        if any(f.start == b.start for f in figures):
            continue
        owner = dropped[0].country_iso3 if dropped else find_owner(ctx, si, total, "", [])[0]
        if owner:
            bisect.insort(figures, make(ctx, si, b, "active_personnel", owner, "pair", METHOD), key=lambda f: f.start)


gate_all(globals())
