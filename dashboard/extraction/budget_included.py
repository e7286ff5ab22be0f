"""Stage 3, budgets: a change of a whole budget whose defence part is named after it. "approving measures that would
cut 2.2 billion dollars in outlays, including 800 million dollars from the defence budget": the 2.2 billion is the
state's cut, the 800 million the defence budget's. And the leading bracket after an amount, which restates it."""

from __future__ import annotations

import re

from dashboard.extraction.patterns import gate_all
from dashboard.extraction.vocab import I

_AMOUNT = r"(?:about\s+|some\s+|around\s+|nearly\s+|over\s+)?[^\s\d]{0,4}\s?\d[\d.,]*\s*(?:trillion|billion|million|bn|m)?\s*(?:[A-Za-z$]+\s+){0,2}"
_DEFENCE_SOURCE = r"(?:from|for|to|in|on)\s+(?:the\s+|its\s+)?(?:defen[cs]e|military|army)\b"
_WHOLE_THEN_PART_RE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:in\s+(?:government\s+|state\s+|public\s+|total\s+)?(?:outlays|spending|expenditures?)\s*)?,?\s*"
                                 r"including\s+" + _AMOUNT + _DEFENCE_SOURCE, I)
_CHANGE_VERB = r"\b(?:cut|cuts|cutting|slash\w*|trim\w*|reduc\w*|sav\w*|increas\w*|boost\w*|rais\w*|add\w*)\b"
PART_BEFORE_RE = re.compile(_CHANGE_VERB + r"(?:[^.;]|\.\d){0,80}?\bincluding\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+)?$", I)
_PART_AFTER_RE = re.compile(r"\s*(?:[A-Za-z$]+\s+){0,2}" + _DEFENCE_SOURCE + r"[^.;]{0,12}?\b(?:budget|spending|ministry)\b", I)
# "the emergency plan to cut all ministries' spending by NIS 10 billion", "boosting the overall spending by 350 million
# lari": every ministry's money, not defence's
_ALL_MINISTRIES_BEFORE_RE = re.compile(r"\b(?:all\s+(?:government\s+)?ministries['\u2019]?|(?:the\s+)?overall|total\s+government|across-the-board)\s+"
                                       r"(?:spending|expenditures?|budgets?|outlays)\s+by\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+)?$", I)


def included_change(before: str, right: str) -> str:
    """"whole" for a change of a whole budget whose defence part follows it, "part" for that defence part, "all"
    for a change of every ministry's spending; else ""."""
    if _WHOLE_THEN_PART_RE.match(right):
        return "whole"
    if PART_BEFORE_RE.search(before[-130:]) and _PART_AFTER_RE.match(right):
        return "part"
    return "all" if _ALL_MINISTRIES_BEFORE_RE.search(before[-60:]) else ""


def bracket_end(right: str) -> int:
    """Where a bracket right after an amount ends ("143 billion kroner ($21 billion) ... over the next 10 years"), or 0."""
    found = _LEADING_BRACKET_RE.match(right)
    return found.end() if found else 0


_LEADING_BRACKET_RE = re.compile(r"\s*\([^()]{0,60}\)")


gate_all(globals())
