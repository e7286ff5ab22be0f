"""Totals over several years, which no single year's budget or change is: "over the next five years", "the
2020-2034 period", "in the past 17 years ... has injected"."""

from __future__ import annotations

import re

from dashboard.extraction.budget_cues import EACH_YEAR_AFTER_RE
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.vocab import MULTI_YEAR_AFTER_RE, I

# A sentence about a total over several years: its changes and levels are no single year's
MULTI_YEAR_SENTENCE_RE = re.compile(
    r"\bfrom\s+(?:fiscal\s+|fy\s*)?(?:19|20)\d\d\s+(?:to|through|until)\s+(?:fiscal\s+|fy\s*)?(?:19|20)\d\d\b|"
    r"\b(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)\d\d\s+period\b|"  # "the total defence budget for the broader 2020-2034 period"
    r"\bperiod\s+(?:of\s+)?(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)\d\d\b|"  # "for the coming defence decision period 2025-2030"
    # ("the largest rise in three years", "the first time in five years" rank this year's change: not a total)
    r"\b(?:over|within|(?<!rise\s)(?<!rises\s)(?<!increase\s)(?<!jump\s)(?<!hike\s)(?<!growth\s)(?<!time\s)(?<!rate\s)in)"
    r"\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"fifteen|twenty)\s+years\b(?!\s+(?:after|since|ago|before|later)\b)|\bover\s+the\s+(?:next\s+|coming\s+)?decade\b|\b(?:\w+|\d+)-year\s+(?:(?:defen[cs]e|military)\s+)?"
    r"(?:total|plan|programme|program|spending|funding|investment)\b|\bsince\s+(?:19|20)\d\d\s*,\s*(?:\w+\s+){1,4}?ha(?:s|ve)\b", I)
MULTI_YEAR_BEFORE_RE = re.compile(r"\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b(?:(?!\b(?:increas|rose|rise|risen|grow|grew|cut|fell|fall|drop|jump|climb)\w*)[^.;\d]){0,40}$|"  # ("spent by Sedena between 2019 and 2022 will total")
                                  r"\b(?:over|during|across|within)\s+the\s+(?:next|coming|following)\s+(?:\d+|two|three|four|five)\s+years\s*,\s*(?:with|of\s+which|including)\s+$|"  # ("during the next two years, with BD688.74 million")
                                  r"\b(?:spanning|covering)\s+(?:from\s+)?(?:19|20)\d\d\s+(?:to|-|through)\s+(?:19|20)\d\d\b[^.;]*$|\b(?:over|during|across|for)\s+(?:the\s+period\s+)?(?:19|20)\d\d\s*-\s*(?:19|20)\d\d\b[^.;\d]{0,40}$|\bcumulative\s+(?:[\w-]+\s+){0,2}?(?:expenditures?|spending|outlays?|costs?)\s+of\s+$|\b(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)\d\d\s+period\b[^.;]*$|\b(?:in|during|over|for)\s+(?:that|this|the\s+same|the\s+whole)\s+period\s+(?:of\s+)?$|\b(?:\w+|\d+)-year\s*,?\s*(?:an?\s+)?$|\b(?:\w+|\d+)-year\s+(?:plan|programme|program)\s+(?:of|worth)\s+$|\bduring\s+(?:the|his|her|its)\s+(?:administration|government|tenure|term|presidency|mandate)\b[^.;\d]{0,140}$|\bsince\b[^.;]{0,80}\b(?:have|has)\s+(?:spent|allocated|invested|paid)\s+$"
                                  # "Over the next three years, the government plans to devote 429.5 billion to defence" (French "Sur les
                                  # trois prochaines annees": "On the three next years"): the sum of the years, unless it is a level reached
                                  r"|\b(?:over|during|in|within|for|on)\s+the\s+(?:next\s+|coming\s+|following\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:next\s+|coming\s+)?years?\s*,"
                                  r"(?:(?!\b(?:reach|rise|rising|grow|increase|climb|hit|stand)\w*\b)[^.;\d]){0,160}$"
                                  # "in the past 17 years Codelco has injected about $13.7 billion into": a sum over the years
                                  r"|\b(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+years\b[^.;\d]{0,80}"
                                  r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:spent|injected|invested|allocated|paid|provided|poured|channell?ed|transferred|contributed)\s+(?:[\w-]+\s+){0,2}$", I)

_YEARS_RE = re.compile(r"\b(?P<a>(?:19|20)\d\d)\s*(?P<sep>-|to|through)\s*(?P<b>(?:19|20)\d\d)\b", I)


def multi_year_after(right: str) -> re.Match | None:
    """The words after an amount that make it a total over several years ("over the next five years", "for
    2018-2020"), or None: not with "annually" or "each year", and not for one fiscal year written as two
    ("Rs 81,000 crore during 2002-2003")."""
    if EACH_YEAR_AFTER_RE.match(right):
        return None
    found = MULTI_YEAR_AFTER_RE.match(right)
    span = _YEARS_RE.search(found.group(0)) if found else None
    if span and span.group("sep") == "-" and int(span.group("b")) == int(span.group("a")) + 1 and span.end() == found.end():
        return None
    return found


gate_all(globals())
