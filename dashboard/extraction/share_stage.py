"""Stage 5, stage of a share of GDP: "planned" when the share is aimed at rather than spent ("to Hit NATO 2% Target",
"will raise spending to 2.5% of GDP", "a goal of 3.5% by 2035")."""

from __future__ import annotations

import re

from dashboard.extraction.context import Context
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.text import Sentence
from dashboard.extraction.vocab import HEDGE, I


def share_stage(ctx: Context, sent: Sentence, m_start: int, m_end: int) -> str:
    """"planned" for a share of GDP aimed at rather than spent: "to Hit NATO 2% Target", "will raise spending to
    2.5% of GDP", "a goal of 3.5% by 2035"; else ""."""
    before = ctx.norm[max(sent.start, m_start - 70):m_start]
    if _SHARE_AIM_BEFORE_RE.search(before) or _SHARE_AIM_AFTER_RE.match(ctx.norm, m_end, min(sent.end, m_end + 60)):
        return "planned"
    return ""


# a share the words before aim at: "target of", "commitment to spend", "will increase spending to", "to hit NATO"
_SHARE_AIM_BEFORE_RE = re.compile(
    r"\b(?:(?:target|goal|aim|ambition|objective|pledge|commitment|benchmark|guideline|norm|threshold|requirement|recommendation)s?\s+(?:of|on|to\s+(?:spend|reach|hit)|at)(?:\s+the)?"
    r"|(?:will|would|shall|plans?\s+to|planning\s+to|intends?\s+to|wants?\s+to|aims?\s+to|aiming\s+to|set\s+to|expected\s+to|"
    r"seeks?\s+to|vow\w*\s+to|pledg\w*\s+to|promis\w*\s+to|commit\w*\s+to|path\s+to)\s+(?:[\w'-]+\s+){0,6}?(?:to|reach|hit|meet|achieve)"
    r"|(?:reach|hit|meet|achieve)\s+(?:the\s+)?(?:NATO|alliance)(?:'s|\u2019s)?|(?:the\s+)?(?:NATO|alliance)(?:'s|\u2019s)?\s+(?:target|goal)\s+of)"
    r"\s+(?:(?:spending|reserving|allocating|committing|devoting)\s+)?" + HEDGE + r"$", I)
# a share the words after aim at: "2% target", "3.5% of GDP by 2035", "2 percent-of-GDP benchmark"
_SHARE_AIM_AFTER_RE = re.compile(r"(?:[\s-]*(?:of|of\s+(?:the\s+)?(?:its|their)\s+)?[\s-]*(?:GDP|gross\s+domestic\s+product))?\s*"
                                 r"(?:(?:NATO\s+|spending\s+|defen[cs]e\s+)?(?:target|goal|benchmark|guideline|norm|threshold|pledge|commitment)\b"
                                 r"|by\s+(?:the\s+end\s+of\s+)?(?:the\s+)?(?:year\s+)?20\d\d\b)", I)


# The patterns of the functions above, compiled once at import rather than looked up in re's cache per call.


gate_all(globals())
