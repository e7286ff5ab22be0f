"""Small cues of budget sentences that read the words right around one amount: defense's own share named in a
sentence about a larger total ("with defence taking sh350b"), and where a clause stops describing the amount
before it ("... is much higher than the Home Ministry's one": what follows "than" is the other side of a
comparison, not a line of the budget)."""

from __future__ import annotations

import re

from dashboard.extraction.vocab import SERVICE_RE, I

# "sh377b was allocated to both defence and security, with defence taking sh350b": the amount right after defense
# (alone) and a verb of receiving is defense's own part of the larger total named before
DEFENSE_TAKES_BEFORE_RE = re.compile(
    r"\b(?:with\s+)?(?:the\s+)?(?:defen[cs]e|military)(?:\s+(?:ministry|sector|forces))?\s+"
    r"(?:taking|getting|receiving|being\s+(?:allocated|given))\s+(?:some\s+|about\s+|around\s+)?$", I)

# the other side of a comparison: words after these no longer describe the amount before them
_COMPARISON_RE = re.compile(r"\b(?:than|above|below|compared\s+(?:with|to)|whereas|while)\b", I)


def comparison_cut(text: str, start: int, end: int) -> int:
    """``end``, or the start of a comparison between ``start`` and ``end`` ("higher than ...")."""
    hit = _COMPARISON_RE.search(text, start, end)
    return hit.start() if hit else end


# "Next up is the Navy, with a 72% increase to its budget": a with-clause whose subject is the service named
# right before it
SERVICE_WITH_BEFORE_RE = re.compile(r"(?:" + SERVICE_RE.pattern + r")\s*,\s*with\s+(?:a|an|its)\s+$", I)
