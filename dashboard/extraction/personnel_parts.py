"""Parts and totals of a head count: a component of a total just named ("including 850,000 ground forces"), a part
of a deployment, and totals of all military personnel that count reserves or civilians too."""

from __future__ import annotations

import re

from dashboard.extraction.context import Context
from dashboard.extraction.personnel_evidence import (
    COMPONENT_LIST_RE,
    MILITARY_WORD_RE,
    MIXED_TOTAL_BEFORE_RE,
    PERSONNEL_RE7,
    PERSONNEL_RE10,
    PERSONNEL_RE11,
    PERSONNEL_RE17,
    SOLDIER_NOUN_RE,
    TOTAL_OF_BEFORE_RE,
    TOTAL_PERSONNEL_RE,
)
from dashboard.extraction.vocab import HEDGE, I


def part_of_a_total(before: str, mods: str, noun: str) -> bool:
    """"including 850,000 ground forces": a component of a total just named; but the active force or the soldiers
    that a total of all military personnel includes ("2.2 million, including about 1.3 million soldiers") are the
    strength itself."""
    if not (PERSONNEL_RE7.search(before[-70:]) or COMPONENT_LIST_RE.search(before[-80:])) or WHOLE_FORCE_RE.search(before[-110:]):
        return False  # ("armed forces consisting of over 300,000 troops": the whole)
    whole_strength = PERSONNEL_RE17.search(mods + " " + noun) or (TOTAL_PERSONNEL_RE.search(before[-120:])
                                                                   and SOLDIER_NOUN_RE.fullmatch(noun))
    return not (whole_strength and MIXED_TOTAL_BEFORE_RE.search(before[-120:]))

_SERVICE_MODS_RE = re.compile(r"\b(?:army|naval|navy|air|marines?|coast)\b", re.I)


def service_reserve_part(before: str, mods: str, noun: str) -> bool:
    """"This figure comprises 4,773 Army Reserve and 205 Naval Service Reserve personnel": one service's reserve in a
    breakdown of the reserve (but "a workforce of 75,000, including 8,000 reservists" is the whole reserve)."""
    return bool(_SERVICE_MODS_RE.search(mods)) and part_of_a_total(before, mods, noun) or bool(_TERRITORIAL_HAVE_RE.search(before[-60:]))


# "The territorial forces have 1,800 troops in active reserves": the reserves of one component, not the country's
_TERRITORIAL_HAVE_RE = re.compile(r"\bterritorial\s+(?:defen[cs]e\s+)?(?:forces?|troops|units?)\s+(?:has|have|had|count|counts)\s+"
                                  r"(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)


_JOINT_RE = re.compile(r"\b(?:joint|combined|multinational|NATO|battle\s*group|coalition|allied)\b", re.I)  # (a force of several nations)


def part_of_deployment(before: str, after_noun: str, own: str = "") -> bool:
    """"including 10,000 troops and 6,000 sailors": a part of a deployment (but not "a Force (CTPF) consisting of"; nor,
    in a joint force that names no country, "including 143 New Zealand personnel": that country's own contribution)."""
    return bool((PERSONNEL_RE7.search(before[-40:]) or COMPONENT_LIST_RE.search(before[-80:])) and not PERSONNEL_RE10.match(after_noun)
                and not _FIGURE_INCLUDES_RE.search(before[-60:])
                and not WHOLE_FORCE_RE.search(before[-110:]) and not (own and own not in before[-200:] and _JOINT_RE.search(before[-120:]))
                and not _GROUP_COMPRISING_RE.search(before[-70:]))


# "There are 808 personnel deployed overseas. This figure includes 165 personnel deployed to UNIFIL in Lebanon": the
# part of a total abroad that names its own host is the deployment there
_FIGURE_INCLUDES_RE = re.compile(r"(?:^|[.;]\s+)(?:this|that|the)\s+(?:figure|total|number)\s+includes\s+" + HEDGE + r"$", re.I)
# "A total of six contingents comprising 1,446 members": the whole the groups add up to, not a part of them
_GROUP_COMPRISING_RE = re.compile(r"\b(?:contingents?|units?|battalions?|companies|teams?|detachments?|deployment)\s+(?:comprising|consisting\s+of|comprised\s+of|made\s+up\s+of)\s+" + HEDGE + r"$", re.I)

def all_military_personnel(before: str, mods: str, noun: str) -> bool:
    """"a total of 456,000 military personnel", "total military personnel is estimated at 5.48 million"."""
    return noun in ("personnel", "strength") and not _REGULAR_MODS_RE.search(mods) and not _OF_THE_SERVICES_RE.search(before[-90:]) and bool(
        TOTAL_PERSONNEL_RE.search(before[-90:]) or TOTAL_PERSONNEL_RE.search(mods + " " + noun)  # "181,000 total military personnel"
        or TOTAL_OF_BEFORE_RE.search(before[-40:]) and MILITARY_WORD_RE.search(mods))


# "Its total personnel strength in 1992 was about 6,150: army, 5,000; navy, 500; and air force, 650": a total the
# services add up to, so the active force (no reserve or civilians in it)
SERVICES_AFTER_RE = re.compile(r"\s*(?::|\(|,\s*(?:of\s+which|including))\s*(?:the\s+)?(?:army|ground\s+forces?|land\s+forces?)\b[^.]{0,40}?"
                               r"\b(?:navy|air\s+force)\b", re.I)
# "The total personnel strength of the four services was estimated at 76,500": the services' people, the whole force
_OF_THE_SERVICES_RE = re.compile(r"\bstrength\s+of\s+the\s+(?:two|three|four|five|armed)\s+(?:services|branches|forces)\b", re.I)

def totals_stated_nearby(ctx, si: int, mods: str) -> bool:
    """"The data includes both active and reserve personnel. ... Turkey has over 800,000 personnel": the text
    said its personnel counts are totals of active and reserve (as Global Firepower's are)."""
    return not _REGULAR_MODS_RE.search(mods) and any(ctx.says(i, _TOTALS_NOTE_RE) for i in range(max(0, si - 3), si + 1))

WHOLE_FORCE_RE = re.compile(r"\b(?:armed\s+forces|army|military|forces?|mission|battalion|contingent|battle\s*group|team|detachment|unit|party|group)(?:\s*\([A-Z]{2,6}\))?"
                            r"(?:\s+(?:in|into|to)\s+(?-i:[A-Z])\w+)?,?\s+(?:consisting\s+of|comprising|comprises|includes|include|included|consists\s+of)\s+" + HEDGE + r"$"
                            # "The military forces of Mauritania are listed by the IISS Military Balance 2007 as comprising"
                            r"|\b(?:armed|military)\s+forces\s+of\s+(?-i:[A-Z])[\w-]*\s+(?:are|is|were|was)\s+[^.;]{0,60}?\bas\s+(?:comprising|consisting\s+of)\s+"
                            + HEDGE + r"$"
                            # "dispatched a peacekeeping contingent of Garuda XXXV-A/United Nations Mission in Darfur (UNAMID) comprising 800"
                            r"|\b(?:contingent|battalion)\s+of\s+[^.;,]{0,80}?\s(?:comprising|consisting\s+of)\s+" + HEDGE + r"$", I)  # ("mission into
# Latvia, consisting of 600")

_TOTALS_NOTE_RE = re.compile(r"\b(?:includ\w*|combin\w*|count\w*|cover\w*)\s+(?:both\s+)?(?:the\s+)?active(?:-duty)?\s+and\s+reserv", I)

_REGULAR_MODS_RE = re.compile(r"\b(?:active|full-time|regular|permanent)\b", I)  # "full-time personnel": the active force


def after_last_count(text: str) -> str:
    """``text`` after its last numeral ("its authorized strength of 68,000 and the reserves to": "and the reserves to")."""
    return _NUMERAL_RE.split(text)[-1]


_NUMERAL_RE = re.compile(r"\d[\d,.]*")


_CHANGE_IN_BEFORE_RE = re.compile(r"\b(?:an?\s+)?(?:increase|rise|growth|cut|reduction|decrease|drop)\s+in\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?$", I)


def change_stated_before(before: str, lm) -> bool:
    """A left noun's count that is a change: "increased by 5,000 troops", or "an increase in force strength of 146,000
    men" (but "its target for reduction in troop numbers to 1.2 million" names the level reached)."""
    lead = before[:lm.start()]
    return bool(PERSONNEL_RE11.search(lead) or (lm.groupdict().get("link") or "").strip().lower() == "of" and _CHANGE_IN_BEFORE_RE.search(lead))


# "India's present deployment consists of a 300-strong air force contingent ... and a 100-member army team": the
# units a deployment is made of, each a part of it
_DEPLOYMENT_CONSISTS_RE = re.compile(r"\b(?:deployment|presence|contribution)\s+(?:consists|consisted|comprises|comprised|is\s+made\s+up|"
                                     r"was\s+made\s+up)\s+of\b[^.;]{0,120}$", I)
_UNIT_OF_PARTS_RE = re.compile(r"\d[\d,]*[- ](?:strong|member|man)\s+(?:[\w-]+\s+){0,2}?(?:detachment|contingent|unit|team|battalion|company)\s+(?:of|comprising|consisting\s+of|made\s+up\s+of)\s+(?:[^.;\d]|\d[\d,]*\s+[^.;\d]{0,60}\band\s+){0,80}$", I)
_UNIT_AFTER_RE = re.compile(r"-?\s*(?:strong|member|man|person)\s+(?:[\w-]+\s+){0,2}?(?:contingent|team|company|unit|battalion|detachment|squadron)\b", I)


def part_of_a_deployment(ctx: Context, si: int, start: int, end: int) -> bool:
    """True for one unit of a deployment listed as what it consists of, or a group of a unit counted whole before it ("the
    216-strong detachment of 16 officers and 193 personnel"), or one of several task groups counts are assigned to."""
    sent = ctx.sentences[si]
    lo = max(sent.start, start - 160)
    if _UNIT_AFTER_RE.match(ctx.norm, end) and _DEPLOYMENT_CONSISTS_RE.search(ctx.norm, lo, start) or _UNIT_OF_PARTS_RE.search(ctx.norm, lo, start):
        return True
    if _ASSIGNED_TO_GROUP_RE.match(ctx.norm, end, sent.end) and len(_ASSIGNED_RE.findall(ctx.norm, sent.start, sent.end)) >= 2:
        return True
    if _LARGEST_OF_THESE_RE.search(ctx.norm, lo, start) or _ADVANCE_PARTY_RE.match(ctx.norm, end, min(sent.end, end + 200)):
        return True  # "The largest of these is the 200-strong ... Contingent"; "About 90 troops will ... set up the base camp for the main contingent"
    formed = _FORMED_OF_RE.search(ctx.norm, lo, start)  # ("a contingent formed of 215 Marines, 825 men ... and 150 engineers")
    return formed is not None and len(_COUNT_RE.findall(ctx.norm, formed.start(), sent.end)) >= 2  # (the list's last part too)


_LARGEST_OF_THESE_RE = re.compile(r"\b(?:the\s+)?(?:largest|biggest|smallest)\s+of\s+(?:these|them|those)\s+(?:is|was|are|were)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$", I)
_ADVANCE_PARTY_RE = re.compile(r"[^.;]{0,120}?\b(?:set\s+up|prepare)\s+(?:the\s+)?(?:base\s+)?camp\b|[^.;]{0,120}?\bfor\s+the\s+main\s+(?:contingent|body|force)\b"
                               r"|\s+(?:[\w-]+\s+){0,2}?(?:advance\s+(?:party|team|element|group))\b", I)


# "will be replaced by a contingent formed of 215 Marines, 825 men from the 10th Brigade and 150 military engineers": a
# breakdown of a contingent by its parts (two counts at least), each a part; "a contingent comprising 850 soldiers" is whole
_FORMED_OF_RE = re.compile(r"\b(?:(?:contingent|force|battalion|unit|team|group|detachment|deployment)\s+(?:formed|made\s+up|composed|comprised)\s+of|"
                           r"breakdown\s+(?:includes|included|comprises|shows))\s+"  # ("The deployment breakdown includes 42 experts, ... and 5,865 other forces")
                           r"(?:[^.;\d]|\d[\d,.]*\s+(?:[^.;\d]|\d{1,2}(?:st|nd|rd|th)\b){0,60}?(?:,|\band\b)\s*){0,120}?$", I)  # ("the 5th Brigade")
_COUNT_RE = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?!(?:19|20)\d\d)")


# "Approximately 300 personnel have been assigned to the ATG, approximately 80 personnel are assigned to the SOTG and ...":
# a breakdown of a deployment by task group, each count a part (a single "assigned to USFK" stays the deployment)
_ASSIGNED_TO_GROUP_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|personnel)\s+(?:have\s+been|has\s+been|are|were|is)\s+assigned\s+to\s+", I)
_ASSIGNED_RE = re.compile(r"\bassigned\s+to\b", I)


# "1,000 troops of the 5,000 Burundian contingent", "The 210 soldiers -- the final element in a deployment of 850", "a
# peacekeeping force of 5,000 troops from its current force of 11,000": a part
# ("sent 25 military engineers, the first of 1,100 troops": an advance party of the force)
_PART_OF_COUNT_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|personnel|peace-?keepers|servicemen)\s+of\s+(?:the|its|their)\s+"
                                     r"(?:about\s+|some\s+|nearly\s+|around\s+)?\d(?![\d,.]*(?:st|nd|rd|th)\b)"  # (not "of the 12th contingent")
                                     r"|\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|personnel|engineers|medics|officers)\s*(?:--|[\u2013\u2014,])\s*the\s+(?:final|first|last|second|third)\s+(?:(?:element|batch|group|part|contingent)\s+(?:in|of)\s+a\s+(?:deployment|force|contingent)\s+of\b|of\s+(?:the\s+)?(?:about\s+|some\s+|around\s+)?\d)"
                                     r"|\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|personnel)\s+(?:drawn\s+)?from\s+(?:its|their)\s+(?:current\s+|existing\s+|"
                                     r"entire\s+|whole\s+)?(?:force|army|military|armed\s+forces)\s+of\b", I)  # ("a force of 5,000 troops from its current force of")


def part_of_count_after(ctx: Context, end: int) -> bool:
    """True when the count ending at ``end`` is followed by its noun and "of the <number>" (or "-- the final element in a
    deployment of"): a part, not a level."""
    return bool(_PART_OF_COUNT_AFTER_RE.match(ctx.norm, end, min(len(ctx.norm), end + 90)))


# "South Africa is contributing 2 900 troops out of a total 5 000 for the force": the whole the part was counted out of
_OUT_OF_TOTAL_BEFORE_RE = re.compile(r"\bout\s+of\s+(?:a|the)\s+total(?:\s+of)?\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+)?$", re.I)


def total_a_part_is_out_of(ctx: Context, si: int, start: int) -> bool:
    """True when the count starting at ``start`` is the total another count of its sentence was taken out of ("2 900
    troops out of a total 5 000"): a whole of several owners or units, not the first count's owner's."""
    sent = ctx.sentences[si]
    return bool(_OUT_OF_TOTAL_BEFORE_RE.search(ctx.norm, max(sent.start, start - 40), start)
                and re.search(r"\d", ctx.norm[max(sent.start, start - 120):max(sent.start, start - 20)]))


# "147,000 Bangladeshi soldiers in 40 countries working to spread peace": deployments over many hosts, no home strength
_IN_MANY_COUNTRIES_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:in|across|to)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+)?(?:\d+|a\s+dozen|several|many|[a-z]+teen|"
                                   r"twenty|thirty|forty|fifty|sixty)\s+(?:other\s+)?(?:countries|nations)\b", I)


def spread_over_countries(right: str) -> bool:
    """True when the words after a count spread it over many countries (see above)."""
    return "countries" in right[:80] and _IN_MANY_COUNTRIES_RE.match(right) is not None

