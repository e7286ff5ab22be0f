"""Counts that are flows: troops sent abroad, and people who joined.

When "sent", "send" or "dispatched" before a count is a deployment's size rather than a change:

"Kenya sent about 4,660 soldiers to Somalia in October 2011" is the first deployment's size, not a change of one
(never "sent 500 more troops", which the personnel rules keep as a change): the count is sent to a place named right
after it ("to eastern Congo", "to troubled Guinea-Bissau", "as part of its contribution"), or the count is of
peacekeepers, whose mission the text names (a count "has sent" is a deployment by itself).
"""

from __future__ import annotations

import re

from dashboard.extraction.personnel_evidence import IN_ONE_SERVICE_AFTER_RE
from dashboard.extraction.vocab import HEDGE, I

_HAS_SENT_RE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|already\s+|reportedly\s+)?sent\s+" + HEDGE + r"$", I)
_PEACEKEEPER_NOUN_RE = re.compile(r"peace-?keepers|blue[\s-]helmets", I)  # a noun that is a deployment by itself
_SENT_BEFORE_RE = re.compile(r"\b(?:initially\s+|formally\s+|first\s+|originally\s+|will\s+|would\s+|to\s+)?(?<!additionally\s)(?:sent|send|sends|sending|dispatched|dispatch|dispatches|dispatching|deployed|deploy|deploys|deploying)\s+(?:in\s+)?(?:a\s+total\s+of\s+)?"
                            r"(?!(?:a\s+|an\s+)?(?:further|another|additional|extra)\b)" + HEDGE + r"$", I)  # (a further 380: a change)
# "to Somalia"; "as part of its contribution to the SADC force" (the deployment's size, not a change of it)
_TO_PLACE_AFTER_RE = re.compile(r"(?:\s*,\s*(?:including|among\s+them|mainly|mostly|largely)\s[^,;.]{1,40},)?"
                               r"(?:\s+and\s+\d[\d,]*\s+[\w-]+)?"  # ("160 soldiers and 140 policemen to Guinea-Bissau")
                               r"(?:\s+(?:of|from)\s+the\s+(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:Armed\s+Forces|Army|Defen[cs]e\s+Forces?)\b)?"  # ("of the Gambia Armed Forces")
                               r"\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:to\s+(?:the\s+)?(?:(?-i:[a-z]+)-(?-i:[a-z]+)\s+|(?:eastern|western|northern|southern|central|neighbou?ring|restive|troubled|volatile|unstable)\s+)?(?-i:[A-Z])|as\s+(?:part\s+of\s+)?(?:its|their|the\s+country's)\s+contribution\b|"
                               r"for\s+(?:a\s+|the\s+)?(?:UN\s+|U\.N\.\s+|United\s+Nations\s+(?:\(UN\)\s+)?)?(?:peace-?keeping\s+|peace\s+)?mission\b|"
                               r"to\s+(?:join|serve\s+(?:in|with|under)|support)\s+(?:the\s+|a\s+)?(?:[\w.-]+\s+){0,4}?(?:mission|force|operation)s?\b|"
                               r"to\s+(?:UN\s+)?peace(?:keeping|\s+(?:keeping\s+)?)missions)", I)


def sent_abroad(norm: str, before: str, noun: str, noun_end: int, sent_end: int) -> bool:
    """True when the count that ``before`` leads to was sent somewhere: a deployment's size, not a change of one."""
    tail = before[-40:]
    if ("other" in tail or "dditional" in tail or "xtra" in tail or "urther" in tail) and _ANOTHER_BEFORE_RE.search(tail):
        return False  # "has sent another 120 troops to South Sudan": a batch added, not the deployment's size
    return bool(_HAS_SENT_RE.search(before[-60:]) or _SENT_BEFORE_RE.search(before[-40:]) and (
        _TO_PLACE_AFTER_RE.match(norm, noun_end, min(sent_end, noun_end + 60)) or _PEACEKEEPER_NOUN_RE.fullmatch(noun)
        or _OTHER_SENDERS_AFTER_RE.match(norm, noun_end, min(sent_end, noun_end + 60))
        or _NAMED_SENDER_RE.search(before[-60:]) and not _EXTRA_RE.search(norm, max(0, noun_end - 40), noun_end)))


# "Qatar sent some 1,000 troops", "South Sudan said it would send 750 soldiers": a sender named as the subject sends a
# contingent (its host still has to be found, or the count is no deployment); "sent 500 more troops" stays a change
_NAMED_SENDER_RE = re.compile(r"(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s+(?:(?:said|says|announced)\s+(?:it|that\s+it)\s+)?"
                              r"(?:has\s+|have\s+|had\s+)?(?:will\s+|would\s+)?(?:sent|send|dispatch|dispatched)\s+" + HEDGE + r"$")
_ANOTHER_BEFORE_RE = re.compile(r"\b(?:another|an?\s+(?:additional|extra|further)|additional|extra|further)\s+" + HEDGE + r"$", I)
_EXTRA_RE = re.compile(r"\b(?:more|additional|extra|further|fresh|new|another|reinforcements?)\b", I)


# "South Africa is sending 270 troops, Botswana 108, Lesotho 70": other contributors follow, each with its count
_OTHER_SENDERS_AFTER_RE = re.compile(r"\s*,\s*(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}\s*,?\s+\d[\d,.]*\s*(?:,|\band\b|\.|$)", re.I)


# "Last year 882 persons joined the volunteer reserves": people who joined, enlisted, were recruited or graduate are an intake
_JOINED_AFTER_RE = re.compile(r"(?:\s+(?:persons|people|men|women|young\s+people|citizens|members))?\s+(?:have\s+|had\s+)?(?:joined\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:reserves?|army|military|"
                              r"armed\s+forces|ranks|navy|air\s+force)\b|enlisted\b|signed\s+up\b|(?:were|have\s+been)\s+(?:recruited|called[\s-]+up)\b|(?:are|were)\s+(?:expected\s+|due\s+|set\s+)?to\s+graduate\b|graduated\b)", I)


def flow_or_part_after(norm: str, noun_end: int) -> bool:
    """True when the words after the personnel noun make the count one service's, an intake ("joined the reserves") or
    a load carried ("a plane with 98 peacekeepers on board": one flight of a rotation), or a standby pledge ("to the
    NATO Response Force")."""
    return bool(IN_ONE_SERVICE_AFTER_RE.match(norm, noun_end) or _JOINED_AFTER_RE.match(norm, noun_end)
                or _ON_BOARD_RE.match(norm, noun_end) or _STANDBY_AFTER_RE.match(norm, noun_end) or _LEAVING_AFTER_RE.match(norm, noun_end)
                or _FOR_TRAINING_AFTER_RE.match(norm, noun_end)
                or norm.startswith(" each", noun_end) and _UNITS_OF_BEFORE_RE.search(norm, max(0, noun_end - 90), noun_end)
                or _SHORT_OF_AFTER_RE.match(norm, noun_end) or _RECOMMENDED_AFTER_RE.match(norm, noun_end) or _REINFORCE_AFTER_RE.match(norm, noun_end))


# "The 140 soldiers will reinforce 650 men already on the ground": reinforcements, a change of the force there
_REINFORCE_AFTER_RE = re.compile(r"\s+(?:will|would|are\s+to|were\s+to|to|shall|are\s+going\s+to)\s+(?:join\s+and\s+)?reinforce\b", I)
# "increasing the force to 20,500 troops, as recommended by Annan": a level proposed, not one standing
_RECOMMENDED_AFTER_RE = re.compile(r"\s*,?\s+as\s+(?:recommended|proposed|requested|demanded)\s+by\b", I)


# "There are 7,550 people in the Defence Forces - about 2,000 short of its establishment strength": a gap, not a level
_SHORT_OF_AFTER_RE = re.compile(r"\s+short\s+of\b|\s+(?:below|under|fewer\s+than|less\s+than)\s+(?:what|the\s+(?:minimum|target|required|planned|authori[sz]ed))\b", I)  # ("are 4,000 below what experts say")


# "three battalions of about 700 soldiers each": the size of one unit
_UNITS_OF_BEFORE_RE = re.compile(r"\b(?:battalions|companies|units|brigades|contingents|groups|teams|rotations)\s+of\s+(?:about\s+|some\s+|around\s+|"
                                 r"up\s+to\s+|nearly\s+)?\d[\d,.]*\s+(?:[\w-]+\s+)?(?:soldiers|troops|men|personnel|peace-?keepers)$", I)


# "has sent 150 soldiers to Mexico for training": trainees away for a course, not a deployment ("to train the Malian army",
# "for training Malian troops" are trainers)
_FOR_TRAINING_AFTER_RE = re.compile(r"\s+(?:to\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}\s+)?for\s+(?:military\s+|specialized\s+|"
                                    r"specialised\s+|further\s+|advanced\s+)?training\b(?!\s+(?:of|the|local|national|(?-i:[A-Z])))", I)


# "27,064 active military personnel, with 4,100 of them requesting to be discharged": people on their way out
_LEAVING_AFTER_RE = re.compile(r"\s+(?:requesting|asking|seeking|applying|waiting)\s+to\s+(?:be\s+)?(?:discharged|leave|retire|demobili[sz]ed)\b", I)
_ON_BOARD_RE = re.compile(r"\s+(?:on\s+board|aboard)\b", I)
# "up to 52 personnel to the NATO Response Force (NRF) and up to 24 personnel to the UK-led JEF", "45 other soldiers and
# policemen are on stand-by": a standby pledge
_STANDBY_AFTER_RE = re.compile(r"(?:\s+and\s+[\w-]+)?\s+(?:are|were|is|remain)\s+on\s+stand-?by\b|\s+(?:to|in|for)\s+the\s+(?:NATO\s+Response\s+Force|NRF\b|(?:UK-led\s+)?(?:JEF\b|Joint\s+Expeditionary\s+Force)|"
                               r"EU\s+Battle\s*groups?\b|(?:[\w-]+\s+)?standby\s+force)", I)
