"""Whether a country is named as a place ("in Seoul", "to Germany", "which neighbours Russia") or as an actor
("Romania's forces", "with Estonia spending 3.43 percent"): the test the owner and host searches share."""

from __future__ import annotations

import re

from dashboard.extraction import countries as geo
from dashboard.extraction.actors import is_foe, maker_or_helper
from dashboard.extraction.hosts import host_table
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.vocab import RECIPIENT_BEFORE, I

_ADVERSARY_BEFORE_RE = re.compile(
    r"\b(?:counter|countering|deter|deterring|confront\w*|(?<!['\u2019]s\s)rival\w*|threat\s+from|pressure\s+from|(?:tensions?|disputes?|standoff|"
    r"stand-off|clash(?:es)?|hostilit(?:y|ies))\s+with)\s+(?:further\s+|any\s+|possible\s+|potential\s+|the\s+)?$|\b(?:surpass\w*|overt(?:ook|ake|akes|aking|aken)|outspen\w*|outpac\w*|outstrip\w*)\s+(?:(?:NATO|EU)\s+(?:member|ally)\s+|neighbou?ring\s+)?$", I)  # (one compared with)
_ALONGSIDE_RE = re.compile(r"\b(?:alongside|(?:firefight|clash(?:es)?|skirmish(?:es)?|fighting|battles?)\s+with)\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+)?$|" + RECIPIENT_BEFORE, I)  # (and recipients: "has offered NATO a battalion")
_TOPIC_SUFFIX_RE = re.compile(r"-(?:related|linked|bound|focused|centred|centered|specific|based|made|built|funded|led|"
                              r"backed|supplied)\b")
_SUPPLIER_BEFORE_RE = re.compile(r"\b(?:supplied|sold|delivered|manufactured|bought|purchased|imported)\s+(?:\w+ly\s+)?(?:by|from)\s+"
                                 r"(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s*,\s*)*(?:and\s+)?(?:the\s+)?$")
_COUNTRY_OF_RE = re.compile(r"\b(?:in|to|into|across)\s+the\s+(?:[\w-]+\s+){0,4}?(?:country|nation|state|island|kingdom)\s+of\s+$|\bmission\b[^.;\d]{0,90}?\bof\s+the\s+(?:republica?\s+of\s+(?:the\s+)?)?$"  # ("the Mission of the UN of the Republic of the Congo")
                            r"|\b(?-i:EUTM|EU\s+NAVFOR|EUNAVFOR|EUFOR|EUCAP|EUMAM|EUBAM|EUPOL|EUAM)\s+$", I)  # ("EU NAVFOR Somalia": a mission's place)
_BESIDES_BEFORE_RE = re.compile(r"\b(?:in\s+addition\s+to|besides|apart\s+from|as\s+well\s+as)\s+(?:the\s+)?$", I)
_MISSION_NOUN_AFTER_RE = re.compile(r"\s+(?:battle\s*group|mission|operation|deployment|rotation|contingent)\b|(?:\s+remains)?\s*,?\s+where\b(?=[^.;]{0,60}\b(?:stationed|deployed|based|serving|garrisoned)\b)", re.I)  # ("Chad remains where ... are stationed")
_RELATIVE_ACTS_AFTER_RE = re.compile(r"\s*[,(]\s*(?:which|that)\s+(?:has|have|had|maintains|keeps|contributes|contributed|"
                                     r"deployed|sends|sent|spends|spent)\b")
_WAR_PARTY_RE = re.compile(r"\b(?:war|conflict|fighting|clashes|hostilities|ceasefire|truce)\s+between\s+(?:the\s+)?"
                           r"(?:[\w'-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$", I)
_WAR_AFTER_RE = re.compile(r"\s+[Ww]ars?\b"  # (and "Somali pirates", "Malian rebels": armed groups, not the state)
                           r"|\s+(?:pirates|militants|insurgents|rebels|jihadists|separatists|gunmen|smugglers|warlords)\b|(?:\s*[-\u2013]\s*[A-Z][\w-]+)?\s+(?:border|frontier)\b(?!\s+(?:guards?|police|troops|forces))")  # ("to the Israel-Lebanon border": a place)
_PLACE_PREPOSITION_RE = re.compile(r"\b(?:in|to|into|from|on|at|near|across|through|throughout|toward|towards|against|with|for|excluding|except|"
                                   r"visit\w*|capitals?\s+of|(?:chunks|parts|swathes|swaths|stretches|tracts|much|most)\s+of|rebuild|reconstruct|stabili[sz]e|(?:depart\w*|bound|head(?:ed|ing)?)\s+for)\s+(?:the\s+)?(?:neighbou?ring\s+|[a-z]+-\s?(?:torn|ravaged|hit|stricken|wracked)\s+|(?:restive|troubled|volatile|unstable|divided|occupied|embattled|besieged|partitioned)\s+)?"
                                   r"(?:(?:north|south)?(?:east|west)?(?:ern)?\s+)?$", I)  # ("in northwestern Syria")
_OWNER_NOUN_AFTER_RE = re.compile(r"(?:'s)?[ \t]+(?:(?<='s[ \t])(?:active|regular|standing)\s+)?(?:military\s+|armed\s+|defen[cs]e\s+)?(?:bases?|forces|troops|soldiers|personnel|marines|military|"
                                  r"(?-i:Army|Navy|Air\s+Force))\b"
                                  r"|'s\s+(?:[a-z]+\s+)?\d[\d,.]*(?:[\s-]+(?:million|thousand))?[\s-]+(?:[\w-]+\s+)?(?:troops|soldiers|forces|personnel|"
                                  r"reservists|men)\b|'s\s+(?:sending|deployment|dispatch)\s+of\b|['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:foreign|overseas|international|peacekeeping)\s+(?:missions|deployments|operations)\b", re.I)  # ("to North Korea's 1.1 million")
_HEADING_AFTER_RE = re.compile(r"\s*:(?![^\n\d]{0,60}?\b(?:spend\w*|budgets?|expenditures?)\b)(?!\s*(?:about\s+|around\s+|~\s*)?(?:US\$|\$|\u20ac|\u00a3)?\s*\d[\d.,]*\s*(?:%|per\s?cent|percent|(?:billion|million|trillion|bn)\b|(?:USD|EUR)\b))", re.I)  # (not "Russia: Military spending jumped 38%", nor "Russia: 65.1 billion USD": the spender)
_HEADING_BEFORE_RE = re.compile(r"(?:^|\n|[\u2022*\-]\s*|\b\d{1,2}[.)]?\s+)$")
_BUDGET_FOR_RE = re.compile(r"\b(?:defen[cs]e|military)\s+(?:budget|spending|expenditure)\s+(?:for|in)\s+(?:the\s+)?$|\b(?:estimates?|forecasts?|projections?)\s+(?:for\s+(?:19|20)\d\d\s+)?for\s+(?:the\s+)?$"
                            r"|\b(?:air|naval|military|army)\s+(?:base|bases|facility|facilities)\s+for\s+(?:the\s+)?$", re.I)  # (its user's)
_AS_FOR_RE = re.compile(r"(?:^|[.;:]\s+|\n\s*)(?:as\s+(?:for|to)|turning\s+to|in\s+the\s+case\s+of)\s+(?:the\s+)?$"  # ("is from Ghana": an origin)
                        r"|\b(?:is|are|was|were|comes?|came|hails?|hailed)\s+from\s+$", re.I)
_WITH_ACTOR_RE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_ACTING_AFTER_RE = re.compile(r"\s+(?:spending|spends|spent|having|has|allocating|fielding|keeping|maintaining|setting\s+aside|"
                              r"earmarking|devoting|budgeting|committing|investing|contributing|providing|sending|deploying|supplying|coming|ranking|leading|posting|recording|(?:expected|projected|set|due|likely|"
                              r"forecast)\s+to)\b", re.I)  # ("with Serbia expected to fall into third place by spending 1.8 percent")
_BORDER_WITH_RE = re.compile(r"\b(?:border|frontier)\s+with\s+(?:the\s+)?(?:occupied\s+)?$", I)
_CITY_BRACKET_RE = re.compile(r"\b(?:in|at|to|from|near)\s+(?:the\s+|The\s+)?(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s*\($")
_NAMELY_BEFORE_RE = re.compile(r"\b(?:areas|countries|places|missions)\s*,\s*namely\b[^.;]{0,100}$", I)
# "much of Central Asia, including Afghanistan": a place named as part of a place
_INCLUDED_PLACE_RE = re.compile(r"\b(?i:in|across|throughout|covers|covering|spanning)\s+(?:the\s+)?(?:much\s+of\s+|parts\s+of\s+)?"
                                r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3}\s*,?\s+(?:including|such\s+as)\s+(?:the\s+)?$"
                                # "performing missions in five of these areas, namely Mali, the Democratic Republic of the Congo"
                                r"|\b(?i:in)\s+(?:\w+\s+){0,4}?(?i:areas|countries|places|missions)\s*,\s*(?i:namely|including)\s+(?:the\s+)?$")
_PLACE_LIST_RE = re.compile(r"\b(?i:in|to|into|across|throughout|covers|covering|spanning)\s+(?:the\s+)?(?:[A-Z][\w.'\-]*\s+){0,3}[A-Z][\w.'\-]*"
                            r"(?:\s+and\s+|\s+or\s+|\s*,\s*and\s+)(?:the\s+)?$")
# A country named as who reports a figure, not whose it is
SOURCE_AFTER_RE = re.compile(r"(?:'s)?\s+(?:defen[cs]e\s+|foreign\s+)?(?:ministry|ministries|officials|spokes\w+|media|"
                             r"press|embassy|(?:State\s+)?Department(?:\s+of\s+(?:State|Defen[cs]e))?|intelligence)\s+(?:reported|said|says|announced|stated|confirmed|noted|estimated|"
                             r"claimed)\b(?!,?\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+|would\s+|will\s+|is\s+|was\s+)?(?:sent|send\w*|deploy\w*|dispatch\w*))"  # (not "announced it had sent": the sender)
                             # "at a news conference with Russian reporters": the audience, not an actor
                             r"|\s+(?:reporters|journalists|correspondents|newsmen|magazine|newspaper|daily|weekly|broadcaster|tabloid|news\s+agency)\b"
                             # "according to the Swedish Stockholm International Peace Research Institute": a research body's home
                             r"|(?:['\u2019]s)?\s+(?-i:(?:[A-Z][\w-]*\s+(?:and\s+|of\s+|for\s+)?){0,6})(?:research\s+)?(?:institute|think[\s-]+tank|(?-i:SIPRI|IISS))\b", I)  # ("London's International Institute")
_CONTINGENT_NUMBER_RE = re.compile(r"\b(?:contingent|task\s+force|battalion)\s+(?-i:[IVXLC]+)(?:-[A-Z0-9]{1,2})?\s+$", I)
_MADE_BY_AFTER_RE = re.compile(r"-(?:created|controlled|held|occupied|run|established|declared|led)\b", re.I)
LED_AFTER_RE = re.compile(r"-led\b|\s+(?:command|leadership)\b", re.I)  # "in the U.S.-led coalition", "under British command": the leader of the force, neither host nor owner
_DATELINE_AFTER_RE, _CLOCK_RE = re.compile(r"\s*(?:[,:(\-\u2013\u2014/|]|\n|$)"), re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?$", re.I)
_BORDERING_RE = re.compile(r"\b(?:(?:which|that|who)\s+(?:neighb?ou?rs|borders(?:\s+on)?|shares\s+(?:a\s+)?(?:long\s+)?border\s+with)|(?:country|nation|state|ally|neighbou?r|member)\s+(?:bordering|neighbou?ring))"
                           r"\s+(?:the\s+)?$", re.I)  # ("Romania - a country bordering Ukraine -")
# "the military base in Adazi (Latvia)", "at Tapa, Estonia,": the country that locates a town just named
_TOWN_BEFORE_RE = re.compile(r"\b(?:in|at|near|outside)\s+(?!(?-i:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                             r"[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2}\s*(?:\(\s*|,\s+)$")
_TOWN_COUNTRY_END_RE = re.compile(r"\s*(?:[),.;]|\s+where\b)")


_PART_OF_BEFORE_RE = re.compile(r"\bpart\s+of\s+(?:the\s+|an?\s+)?$", re.I)
_WHICH_HAS_AFTER_RE = re.compile(r"[^.;]{0,60}?,\s*(?:which|that)\b", re.I)  # ("part of NATO's eFP, which will have 4,000")
_HOST_TO_BEFORE_RE = re.compile(r"\b(?:host|home)\s+to\s+(?:the\s+)?$", re.I)
_UNDER_BEFORE_RE = re.compile(r"\b(?:deployed|serving|serve|working|placed|posted|seconded)\s+(?:[\w-]+\s+)?under\s+(?:the\s+)?$", re.I)
_UNDER_LEAD_BEFORE_RE = re.compile(r"\bunder\s+(?:the\s+)?(?:(?:leadership|command|direction|auspices|aegis|umbrella|flag|mandate)\s+of\s+(?:the\s+)?)?$", re.I)
_LEAD_NOUN_AFTER_RE = re.compile(r"(?:['\u2019]s)?\s*(?:-?led\s+)?(?:leadership|command|direction|auspices|aegis|umbrella|flag|mandate)\b", re.I)
_HOST_BODY_AFTER_RE = re.compile(r"(?:['\u2019]s)?\s+(?:Ministry|Armed\s+Forces|National\s+Guard|command|Royal\s+)", re.I)


def is_place_object(norm: str, c: geo.CountryMention) -> bool:
    """A country named as a place ("in Seoul", "to Germany") rather than as an actor."""
    if c.text.isupper() and len(c.text) > 4 and c.kind not in ("short", "institution") and _DATELINE_AFTER_RE.match(norm, c.end) or _CLOCK_RE.search(norm, max(0, c.start - 12), c.start):
        return True  # a dateline: "SEOUL, May 23 (Yonhap) --" (but "By SAM PHIRI - ZAMBIA has sent": the actor, in capitals); "14:28 GMT 15:28 UK": a time zone
    before = norm[max(0, c.start - 24):c.start]
    if held_by(norm, c) or joined_force(norm, c):
        return True  # "in the Israeli-held Golan Heights": who holds the place; "by providing about 200 peacekeepers for
        # the French force": the force joined, a partner; never the troops' owner
    if _HEADING_AFTER_RE.match(norm, c.end) and _HEADING_BEFORE_RE.search(norm, max(0, c.start - 8), c.start):
        return True  # "3 Germany: Around 20,000 personnel are stationed there": a list heading names a place
    if c.kind == "alliance" and _PART_OF_BEFORE_RE.search(before) and not _WHICH_HAS_AFTER_RE.match(norm, c.end):
        return True  # "serve in Latvia as part of NATO's Forward Presence": the alliance names the mission, not an actor
    if _HOST_TO_BEFORE_RE.search(before) and norm.startswith(("'s", "\u2019s"), c.end):
        return False  # "Qatar is already host to the US's largest air base": the base's owner, not a place
    if _UNDER_LEAD_BEFORE_RE.search(before) and (before.rstrip().endswith(" of") or _LEAD_NOUN_AFTER_RE.match(norm, c.end)):
        return True  # "is under NATO leadership", "under the direction of the European Union": who leads a mission, not an actor
    if _UNDER_BEFORE_RE.search(before) and _HOST_BODY_AFTER_RE.match(norm, c.end):
        return True  # "912 personnel are deployed under Saudi Ministry of Defence": the host's ministry they serve
    if _BORDER_WITH_RE.search(before) or WAR_BEFORE_RE.search(before):
        return True  # "near the border with occupied Palestine", "the conflict over Western Sahara": a place, never the owner
    if norm.startswith(")", c.end) and _CITY_BRACKET_RE.search(before):
        return True  # "the summit in The Hague (Netherlands)": the country of a city named before it
    if _ALONGSIDE_RE.search(norm, max(0, c.start - 40), c.start):
        return True  # "alongside Indian peacekeepers", "a firefight with better-equipped Thai troops": partners, foes
    if _OWNER_NOUN_AFTER_RE.match(norm, c.end):
        return False  # "for U.S. bases", "to Russian forces": the country owns what follows
    if _BUDGET_FOR_RE.search(before) or _AS_FOR_RE.search(before):
        return False  # "the total military budget for Algeria was": the country whose budget it is; "As for Spain, it..."
    if c.kind != "demonym" and _COUNTRY_OF_RE.search(norm, max(0, c.start - 110), c.start):
        return True  # "the peace keeping mission in the troubled West African country of Mali": a place
    if _BESIDES_BEFORE_RE.search(norm, max(0, c.start - 30), c.start):
        return False  # "In addition to the Netherlands, Germany (560) ... are participants": one more actor, not a place
    if c.kind in ("name", "short") and _MISSION_NOUN_AFTER_RE.match(norm, c.end):
        return True  # "Canada will head the Latvia battle group": the country names where the group is
    if _RELATIVE_ACTS_AFTER_RE.match(norm, c.end):
        return False  # "jointly with Peru, which has a contingent of 160 there": the relative clause's actor
    if _WITH_ACTOR_RE.search(before) and _ACTING_AFTER_RE.match(norm, c.end):
        return False  # "with Estonia spending 3.43 percent": an actor of the with-clause
    if SOURCE_AFTER_RE.match(norm, c.end):
        return True  # "Romania's Defense Ministry reported a cut of 800 U.S. personnel": the source, not the owner
    if _NAMELY_BEFORE_RE.search(norm, max(0, c.start - 120), c.start) or _CONTINGENT_NUMBER_RE.search(before):
        return True  # "in five of these areas, namely Mali, the DRC"; "the Garuda Contingent XXXIX-A Congo" (its mission's)
    if (_TOPIC_SUFFIX_RE.match(norm, c.end, c.end + 12) or _WAR_AFTER_RE.match(norm, c.end) or maker_or_helper(norm, c) or c.kind == "demonym" and _PLACE_NOUN_AFTER_RE.match(norm, c.end)
            or _SUPPLIER_BEFORE_RE.search(norm, max(0, c.start - 80), c.start)  # ("supplied primarily by Britain, France and")
            or "between" in before and _WAR_PARTY_RE.search(before)):  # ("the war between Israel and Hezbollah")
        return True  # "Ukraine-related spending" names a topic, "during the Vietnam War" a war, not an actor
    if _ADVERSARY_BEFORE_RE.search(before) and not _ACTING_AFTER_RE.match(norm, c.end):
        return True  # "to counter China's rising dominance": an adversary named, not the actor (but "rival Pakistan spends")
    if c.kind != "demonym" and _TOWN_BEFORE_RE.search(norm, max(0, c.start - 50), c.start) and _TOWN_COUNTRY_END_RE.match(norm, c.end):
        return True  # "visited the military base in Adazi (Latvia), where": the country of the town, a place
    if c.kind != "demonym" and (_PLACE_LIST_RE.search(norm, max(0, c.start - 60), c.start) or _INCLUDED_PLACE_RE.search(
            norm, max(0, c.start - 100), c.start)) and not CLAUSE_VERB_AFTER_RE.match(norm, c.end):  # (not a new clause's
        return True  # subject: "in Lithuania, and the US keeps 900") "in Turkey and Djibouti": a list of places
    return bool(_PLACE_PREPOSITION_RE.search(before) or _BORDERING_RE.search(before) and not norm.startswith("'s", c.end)) and c.kind != "demonym"  # ("which neighbours Russia"; "borders Ukraine's Odessa": the oblast is)


CLAUSE_VERB_AFTER_RE = re.compile(r"\s+(?:ha(?:s|ve)\s+(?!been\b)|(?:keeps|kept|maintains|maintained|deploys|stations|sends|spends|contributes|provides)\s)")  # (not "will")


def held_by(norm: str, c: geo.CountryMention) -> re.Match | None:
    """The "-held " after a mention that names who holds the place next ("the Israeli-held Golan Heights"), or None."""
    return _HELD_AFTER_RE.match(norm, c.end)


def joined_force(norm: str, c: geo.CountryMention) -> bool:
    """True when a people's name qualifies the force a contingent is provided for, sent to or joins ("for the French
    force", "will join UAE troops")."""
    before = _JOINED_FORCE_BEFORE_RE.search(norm, max(0, c.start - 24), c.start)
    return (before is not None and (c.kind == "demonym" or before.group(0).lower().startswith("join"))
            and _JOINED_FORCE_AFTER_RE.match(norm, c.end) is not None)


_JOINED_FORCE_BEFORE_RE = re.compile(r"\b(?:for|to|into|within)\s+(?:the|a)\s+$|\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$", re.I)  # ("will join UAE troops")
_JOINED_FORCE_AFTER_RE = re.compile(r"\s+(?:force|forces|troops|soldiers|contingent|battalion|battle\s*group|unit|brigade|task\s+force)\b", re.I)
_HELD_AFTER_RE = re.compile(r"-(?:controlled|held|occupied|administered)\s+", re.I)


def owner_noun_follows(norm: str, c: geo.CountryMention) -> bool:
    """True when a force noun follows the mention ("in the UK forces", "at U.S. bases"): the country owns it; or
    the country made or holds the place that follows ("in the Turkish-created zone in northwestern Syria")."""
    return _OWNER_NOUN_AFTER_RE.match(norm, c.end) is not None or _MADE_BY_AFTER_RE.match(norm, c.end) is not None


# Words around a personnel count that say where it is (read by the attribution and personnel stages):
PLACE_BEFORE_RE = re.compile(r"\b(?:in|to|into|across|throughout|around|within|on)\s+(?:the\s+)?$|\b(?:region|province)\s+of\s+$", I)  # ("in the Sudanese region of Darfur")


def placed_hosts(norm: str, start: int, end: int) -> list:
    """The hosts the table finds in ``norm[start:end]``, a region only where it is named as a place ("troops in
    Europe", not "we will keep Europe safe")."""
    return [h for h in host_table().find(norm, start, end)
            if h.kind != "region" or PLACE_BEFORE_RE.search(norm, max(0, h.start - 12), h.start)
            and not _REGION_AS_ADJECTIVE_RE.match(norm, h.end)]


# "to train troops in the Middle East country": the region qualifies the country just named, it is not the place
_REGION_AS_ADJECTIVE_RE = re.compile(r"\s+(?:country|nation|state|kingdom|emirate|monarchy|republic|island\s+nation)\b", I)

# A bare "Congo" as the place troops serve in is the Democratic Republic's (UN missions ONUC, MONUC, MONUSCO) unless
# the article names the Republic of the Congo or Brazzaville: every label of the real sets that hosts troops there says so
_CONGO_REPUBLIC_RE = re.compile(r"\bRepublic\s+of\s+(?:the\s+)?Congo\b|\bCongo[\s-]+(?:Brazzaville|Republic)\b|\bBrazzaville\b|\bROC\b")


def host_congo(norm: str, host: str) -> str:
    """The host, with a bare "Congo" read as the DR Congo (COD) where the article never names the Republic."""
    return "COD" if host == "COG" and not _CONGO_REPUBLIC_RE.search(norm) else host


# Words that make a personnel count a presence somewhere rather than a home strength.
DEPLOYMENT_CUE_RE = re.compile(
    r"\b(?:deploy\w*|deputed|station\w*|based(?!\s+(?:on|upon)\b)|basing|bases|headquartered|garrison\w*|rotation\w*|rotational|contingent|presence|present\s+(?:in|within|at)|assigned\s+to|"
    r"arriv\w*|land(?:ed|ing)\s+(?:at|in)|(?:have|has|had)\s+landed|touched\s+down|went\s+to|(?:will|to)\s+go\s+to|depart(?:s|ed|ing)?\s+(?:on\s+\w+\s+|next\s+\w+\s+|today\s+|tomorrow\s+)?(?:to|for)|partake\s+in|take\s+part\s+in|headed\s+to|travel(?:s|led|ling)?\s+to|remain\w*\s+in|in\s+country|hosts?|hosted|hosting|posted|forward-deployed|battle\s*group|detachment|"
    r"peacekeep\w*|missions?|blue[\s-]+helmets?|military\s+base|(?:brigade|battalion|division)\s+in(?=\s+(?-i:[A-Z]))|build-?up|draw-?down|battling|fighting\s+(?:in|alongside|with)\b|contribut(?:e|ing|es|ed|ors?)(?!\s+(?:countr|nations|states))|(?:their|its)\s+operations\s+in|sending|(?:will|would|shall)\s+send|dispatch\w*|support\w*\s+[^.;]{0,60}?\b(?:forces|missions?|operations?|troops)\s+in|participat\w*(?![^.;]{0,60}\b(?:exercises?|drills?|manoeuvres|maneuvers|games)\b)|serv(?:e|es|ing)\s+(?:in|with)(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:armed\s+forces|army|military|navy|air\s+force|forces)\b)|provid(?:ing|es|ed)|will\s+provide|ready\s+for(?=\s+(?:deployment|peace\s*-?keeping|the\s+(?-i:[A-Z])|(?-i:[A-Z]))))\b", I)  # ("762 MDF troops ready for DRC")
# "There, in this territory as large as the EU, 4,500 soldiers ...": a sentence that opens on the place just named
THERE_FIRST_RE = re.compile(r"\W*(?:there|in\s+the\s+country|on\s+the\s+ground)\s*,"
                            r"|\s*\d{1,2}\.?[ \t]+(?-i:[A-Z])[\w' -]{1,30}:[ \t]", I)  # (or a numbered list heading: "6 Gibraltar: Around 1000 personnel")
THE_CONTINGENT_RE = re.compile(r"\b(?:the|this|our)\s+(?:\w+\s+)?(?:contingent|battalion)\b|\bthe\s+deployed\s+(?:national\s+)?force\b", I)
# "there", "in the country", "the Baltic country", "the island": a place named in an earlier sentence.
ANAPHORIC_PLACE_RE = re.compile(
    r"\b(?:there|here|in\s+country|in\s+the\s+country|in\s+the\s+(?:area|theat(?:er|re))|(?:already|currently|now)\s+on\s+the\s+ground|(?:on|in|to)\s+the\s+(?:[\w-]+\s+){0,2}(?:country|nation|kingdom|island|"
    r"peninsula|republic|region)|in\s+the\s+same\s+(?:brigade|battalion|mission|force|contingent|operation|coalition))\b", I)


def contributor_after(ctx, si: int, noun_end: int) -> list:
    """The country a count of peacekeepers comes from, named right after its noun ("341 troops from the Philippines",
    "170 troops from Fiji will join the UN force"), in a passage about peacekeeping; else []."""
    found = _FROM_AFTER_NOUN_RE.match(ctx.norm, noun_end)
    if found is None or not (_peacekeeping_near(ctx, si) or _SERVING_AFTER_RE.match(ctx.norm, found.end(), found.end() + 60) or ctx.says(si, _COALITION_RE)):
        return []  # ("There will soon be 246 soldiers from Slovakia serving in the ... ISAF mission in Afghanistan": theirs)
    return [c for c in ctx.country_mentions(found.end(), found.end() + 40) if c.start == found.end() and c.kind != "alliance"][:1]


def named_as_no_host(ctx, c) -> bool:
    """True when country mention ``c``, though named as a place, is no place troops are in: a war ("the war in
    Ukraine"), a neighbour ("a country bordering Ukraine"), a force's leader ("the UK-led battlegroup"), a place
    someone visits, a foe ("to deter Russian aggression"), or partners and foes ("alongside Indian peacekeepers")."""
    return bool(WAR_BEFORE_RE.search(ctx.norm, max(0, c.start - 25), c.start)
                or LED_AFTER_RE.match(ctx.norm, c.end)  # ("as part of the UK-led NATO Battlegroup": its leader)
                or _BASED_BODY_RE.match(ctx.norm, c.end)  # ("The London-based IISS estimates ...": where a body sits)
                or _VISIT_BEFORE_RE.search(ctx.norm, max(0, c.start - 30), c.start)  # ("during a state visit to the Solomon Islands")
                or is_foe(ctx.norm, c) or _ADVERSARY_BEFORE_RE.search(ctx.norm, max(0, c.start - 24), c.start)  # ("to deter
                # Russian aggression": the foe the troops face, not where they are)
                or _BORDERING_RE.search(ctx.norm, max(0, c.start - 40), c.start)
                or _BORDER_WITH_RE.search(ctx.norm, max(0, c.start - 30), c.start)  # ("deployed to the border with Colombia": at home)
                or _ALONGSIDE_RE.search(ctx.norm, max(0, c.start - 40), c.start)  # (partners and foes are no host;
                or joined_force(ctx.norm, c)  # nor the force joined: "peacekeepers for the French force")
                or maker_or_helper(ctx.norm, c)  # nor a maker or helper: "With U.S. funding and training, ..."
                or _SUPPLIER_BEFORE_RE.search(ctx.norm, max(0, c.start - 80), c.start))  # nor a supplier: "armored vehicles supplied by the UAE"


_BASED_BODY_RE = re.compile(r"-based\s+(?:[\w-]+\s+){0,3}?(?:institute|think[\s-]+tank|IISS|SIPRI|group|organi[sz]ation|"
                            r"firm|company|agency|analysts?|researchers?|centre|center|newspaper|outlet|monitor|observatory)\b", I)
_VISIT_BEFORE_RE = re.compile(r"\b(?:visit|visits|tour|trip)\s+to\s+(?:the\s+)?$|\bvisiting\s+(?:the\s+)?$"
                              r"|\b(?:after|upon|on)\s+(?:his\s+|her\s+|their\s+)?(?:returning|return|coming\s+back)\s+from\s+(?:the\s+)?$", I)  # (a trip)
WAR_BEFORE_RE = re.compile(r"\b(?:war|conflict|invasion|fighting|crisis)\s+(?:in|on|of|to|against|with|over)\s+(?:the\s+)?$", I)  # ("invasion of Ukraine")


def is_origin(ctx, si: int, c) -> bool:
    """True when country mention ``c`` is where peacekeepers come from ("193 troops from India"), not where they are."""
    return bool(_ORIGIN_BEFORE_RE.search(ctx.norm, max(0, c.start - 30), c.start)) and (
        _peacekeeping_near(ctx, si) or bool(_ARRIVAL_RE.search(ctx.norm, max(0, c.start - 90), c.start))) or bool(  # ("the
        # arrival of the remaining 120 troops from Kuwait": where they came from; "troops are arriving at Carrasco on a
        # chartered flight from Rwanda")
        _FLIGHT_FROM_RE.search(ctx.norm, max(0, c.start - 30), c.start) and _ARRIVAL_RE.search(ctx.norm, max(0, c.start - 120), c.start)
        or _LISTED_FROM_RE.search(ctx.norm, max(0, c.start - 40), c.start))  # ("3,000 soldiers of the UAE, 1,000 from Saudi Arabia")


def _peacekeeping_near(ctx, si: int) -> bool:
    return any(ctx.says(i, _PEACEKEEPING_RE) for i in range(max(0, si - 2), si + 1))


_PLACE_NOUN_AFTER_RE = re.compile(r"\s+(?:city|town|capital|village|province|port|region|district|border|coast|island)\b", I)  # ("the Iraqi city of Samawah")
_FLIGHT_FROM_RE = re.compile(r"\b(?:flights?|planes?|aircraft|airlift|ships?|vessels?|convoy)\s+from\s+(?:the\s+)?$", I)
_ARRIVAL_RE = re.compile(r"\b(?:arriv\w*|came|coming|flown|flew)\b", I)
_LISTED_FROM_RE = re.compile(r"(?:,|\band)\s+(?:some\s+|about\s+|around\s+|another\s+)?\d[\d,.]*\s+from\s+(?:the\s+)?$", I)  # a count listed
_ORIGIN_BEFORE_RE = re.compile(r"\b(?:troops|soldiers|personnel|peace-?keepers|members|servicemen)\s+from\s+(?:the\s+)?$", I)
_SERVING_AFTER_RE = re.compile(r"(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s+(?:(?:were|are|have\s+been|had\s+been|will\s+be)\s+)?(?:serving|deployed|stationed|based)\s+(?:in|with|at|on|to)\b")
_FROM_AFTER_NOUN_RE = re.compile(r"\s+from\s+(?:the\s+)?(?:neighbou?ring\s+)?", I)  # ("troops from the neighbouring Chad were deployed to")
_COALITION_RE = re.compile(r"\bto\s+(?:participate|take\s+part)\s+in\b|\b(?:coalition|multinational)\s+(?:forces?|brigade|division|troops|contingents?)\b", I)  # ("302 troops from the Dominican Republic ... to participate in the brigade")
_PEACEKEEPING_RE = re.compile(r"\bpeace-?keep\w*|\b(?-i:UNMISS|MINUSMA|MONUSCO|MINUSCA|AMISOM|ATMIS|UNIFIL|UNAMID|UNDOF|UNFICYP|UNMIL)\b", I)


# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())


def group_total_before(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` (the words before a count) ends on forces counted across a region or the world
    ("total armed forces personnel in the EU had dropped to"), or on a mission named by its place as the sentence's
    subject ("The Congo operation was the first large-scale peacekeeping operation, with nearly"): a region's or a
    mission's total, no one country's."""
    if (_REGION_TOTAL_RE.search(norm, start, end) is not None or _PLACE_MISSION_WITH_RE.search(norm, start, end) is not None
            or _PART_AMONG_RE.search(norm, start, end) is not None  # ("6,900 military personnel among 1,15,000 peacekeepers")
            or _MISSION_STRENGTH_RE.search(norm, start, end) is not None):  # ("the mission strength will now be about 22,000")
        return True
    body = _BODY_ITS_FORCE_RE.search(norm, start, end)  # "the UN has moved to double its peacekeeping forces to" (but
    return body is not None and not any(c.kind != "alliance" for c in geo.gazetteer().find(norm[start:body.start()]))  # "Kenya told the UN it would raise its troops")


_MISSION_STRENGTH_RE = re.compile(r"\b(?:mission|operation)(?:'s)?\s+(?:(?:total\s+)?(?:strength|size|ceiling)\b[^.;\d]{0,40}|(?:will\s+|would\s+)?"
                                  r"(?:consists?|comprises?|be\s+made\s+up|be\s+composed|is\s+made\s+up|is\s+composed)\s+(?:initially\s+)?(?:of\s+)?)$", re.I)
_PART_AMONG_RE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?(?:personnel|troops|soldiers|peace-?keepers)\s+among\s+(?:the\s+|a\s+total\s+of\s+)?$", re.I)
_BODY_ITS_FORCE_RE = re.compile(r"\b(?-i:UN|U\.N\.|United\s+Nations|African\s+Union|AU|European\s+Union|EU)\b(?:(?!\b(?-i:[A-Z][a-z]+)'s\b)[^.;]){0,60}?"
                                r"\bits\s+(?:[\w-]+\s+){0,3}?(?:force|forces|mission|troops|peace-?keepers|contingents?)\b[^.;\d]{0,60}$", re.I)

_PLACE_MISSION_WITH_RE = re.compile(r"(?<![\w,;:'\u2019-] )(?<![\w,;:'\u2019-])(?-i:The)\s+(?:[A-Z][\w'-]*\s+){1,3}(?:operation|mission)\b[^.;]{0,120}?"
                                    r"\bwith\s+(?:(?:nearly|about|some|around|almost|more\s+than|over)\s+)?$", re.I)


_REGION_TOTAL_RE = re.compile(r"\b(?:total|overall|combined|all)\s+(?-i:(?:[a-z][\w-]*\s+){0,3}?)(?:personnel|troops|soldiers|forces)\s+(?:in|across)\s+(?:the\s+)?(?:EU|European\s+Union|Europe|"
                              r"Africa|Asia|Latin\s+America|world|(?:EU|NATO)\s+(?:member\s+)?(?:states|countries))\b[^.;\d]{0,40}$", I)
