"""Hosts named around a count by a mission or a command rather than a country.

"the number of United States Forces Korea troops ... 28,500": the command right before the noun;
"5,000 soldiers who are part of AMISOM": the mission the troops are said to belong to.
"""

from __future__ import annotations

import re

from dashboard.extraction.hosts import host_table
from dashboard.extraction.vocab import I


def command_before(norm: str, at: int) -> str:
    """"the number of United States Forces Korea troops ... 28,500": the host of a command named right before the noun."""
    commands = [h.host for h in host_table().find(norm, max(0, at - 40), at) if h.kind == "command" and at - h.end <= 2]
    return commands[-1] if commands else ""


def mission_after(norm: str, noun_end: int, sent_end: int) -> str:
    """"5,000 soldiers who are part of AMISOM": the host of a mission or command the troops are said to belong to."""
    part = _PART_OF_MISSION_RE.match(norm, noun_end, min(sent_end, noun_end + 80))
    if part is None:
        return ""
    named = [h for h in host_table().find(norm, part.end(), min(sent_end, part.end() + 60))
             if h.start == part.end() and h.kind == "command"]
    return named[0].host if named else ""


_PART_OF_MISSION_RE = re.compile(r"[^.;]{0,60}?\b(?:who|which|that)\s+(?:are|is|were|serve|form)\s+(?:part\s+of|with|in)\s+(?:the\s+)?", I)
