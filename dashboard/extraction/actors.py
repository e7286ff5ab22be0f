"""Countries named as something other than an actor of the story: a foe the actor answers ("Russia's military
aggression against Estonia"), the maker of equipment ("French ... submarines") or a helper ("With U.S. funding and
training, ...", "an aircraft provided by the Royal Australian Air Force"). Neither the owner of the figures around
them nor the article's focus."""

from __future__ import annotations

import re

from dashboard.extraction import countries as geo
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.vocab import I

# "Russia's military aggression against Estonia", "the Russian threat", "aggression by Russia": a foe, not the actor
_AGGRESSOR_AFTER_RE = re.compile(r"(?:['\u2019]s|\s+[의の])?\s+(?:(?:military|armed|full-scale|unprovoked|continued|ongoing|possible|potential|"
                                 r"growing|renewed|colonial|nuclear|missile)\s+){0,2}(?:aggression|invasion|attacks?|threats?|incursions?|provocations?|"
                                 r"expansionism|imperialism|occupation|occupiers|colonialism|colonizers|colonisers|(?<=colonial\s)rule)\b", I)
_AGGRESSOR_BEFORE_RE = re.compile(r"\b(?:aggression|invasion|attacks?|threats?|incursions?)\s+(?:posed\s+)?(?:by|from)\s+(?:the\s+)?$", I)


def is_foe(norm: str, c: geo.CountryMention) -> bool:
    """True when the country is named as the aggressor the story's actor answers ("Our goal is to ensure that
    Russia's military aggression against Estonia is unfeasible"): never the owner of the figures around it."""
    return _AGGRESSOR_AFTER_RE.match(norm, c.end) is not None or _AGGRESSOR_BEFORE_RE.search(
        norm, max(0, c.start - 40), c.start) is not None


# "French killer class Scorpene submarines", "Russian helicopters", "German Leopard 1 and 2 tanks": the maker of equipment, not an actor of the story
_EQUIPMENT_AFTER_RE = re.compile(r"(?:-made|-built)?(?:/[\w-]+)?,?\s+(?:(?!(?:troops|soldiers|forces|personnel|army|navy|military|and|or|with|the|an?|of|in|on|to|for|from|by|at)\b)[\w-]+\s+|\d+\s+(?:and|or)\s+|(?:and|or)\s+(?-i:[A-Z])[\w-]+\s+(?=origin|design|manufacture)|(?-i:[A-Z])[\w-]+,\s+|(?:and|or)\s+(?-i:[A-Z])[\w-]+\s+){0,4}?"
                                 r"(?:aircraft|planes|jets|helicopters|tanks|missiles|rockets|weapons|arms|rifles|howitzers|"
                                 r"warships|frigates|corvettes|submarines|drones|radars?|equipment|hardware|origin|design|manufacture)\b", re.I)


_WITH_HELP_BEFORE_RE = re.compile(r"\bwith\s+$", re.I)  # "With U.S. funding and training, the Mongolian government ..."
_HELP_AFTER_RE = re.compile(r"\s+(?:support|help|assistance|backing|aid|advisers|advisors|trainers|funding)\b", re.I)
_HELP_FROM_BEFORE_RE = re.compile(r"\b(?:aid|assistance|support|help|funding|grants?|loans?|subsid(?:y|ies))\s+(?:[\w-]+\s+)?from\s+(?:the\s+)?$"
                                  # "aboard a C-17 aircraft provided by the Royal Australian Air Force": who lends the means
                                  r"|\b(?:provided|supplied|lent|loaned|operated|flown|chartered)\s+by\s+(?:the\s+)?$", re.I)


def maker_or_helper(norm: str, c: geo.CountryMention) -> bool:
    """True when a people's name qualifies equipment ("Russian helicopters", "French ... submarines"): its maker; or
    help given ("With French support, a reorganization of the armed forces ..."): a helper, not the actor."""
    helped = _HELP_AFTER_RE.match(norm, c.end) is not None  # (and "With U.S. funding and training, ...": any kind of mention)
    return (c.kind == "demonym" and (helped or _EQUIPMENT_AFTER_RE.match(norm, c.end) is not None) or helped and _WITH_HELP_BEFORE_RE.search(norm, max(0, c.start - 6), c.start) is not None
            or _HELP_FROM_BEFORE_RE.search(norm, max(0, c.start - 40), c.start) is not None)  # ("Indirect aid from France covered much of the cost")




# the verbs that make their subject the place of what follows ("South Korea hosts 28,500 US troops", "Camp Lemonnier is
# home to 4,000 personnel")
HOSTING_VERB = r"(?:hosts|hosted|(?:is|was)\s+hosting|(?:is|was|are|were|remains)\s+(?:also\s+)?home\s+to|houses|housed)"
_HOSTS_AFTER_RE = re.compile(r"\s+(?:(?:already|also|now|currently|still)\s+)?" + HOSTING_VERB + r"\b", I)


def is_hosting(norm: str, c: geo.CountryMention) -> bool:
    """True when the country is named as the one that hosts ("Niger already hosts American military personnel, with
    about 1,000 US troops deployed in the West African nation"): a host a later "in the nation" points back to."""
    return c.kind != "demonym" and _HOSTS_AFTER_RE.match(norm, c.end) is not None


gate_all(globals())
