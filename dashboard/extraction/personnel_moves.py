"""Counts of troops leaving a host: the whole deployment a withdrawal ends is a deployment, not a change. "its withdrawal
of all 1,000 troops from Niger", "asked Burundi to withdraw 1,000 of its 5,400 troops": the count after "all", "its" or
"N of its" is the force that was there; one owner's, never a multinational total however many countries follow."""

from __future__ import annotations

import re

from dashboard.extraction.attribution import subject_for_pronoun
from dashboard.extraction.context import Context
from dashboard.extraction.hosts import host_table
from dashboard.extraction.personnel_window import NATIONAL_FORCE_NAME
from dashboard.extraction.vocab import HEDGE, I

WITHDRAW_ALL_RE = re.compile(r"\b(?:withdraw\w*|pull\w*\s+out|pullout|evacuat\w*)\s+(?:of\s+)?(?:all|the\s+remaining|its\s+remaining|"
                             r"their\s+remaining|the\s+last|all\s+(?:of\s+)?(?:its|their|the))\s+" + HEDGE + r"$"
                             r"|\bwithdrawal\s+of\s+(?:its|their|(?-i:[A-Z])[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]+)?['\u2019]s)\s+" + HEDGE + r"$"  # (the whole force to leave: "of Austria's 377")
                             # "Austria said it was pulling out its 377 soldiers", "to remove its 342 troops from Golan": all of them
                             r"|\b(?:withdraw\w*|pull\w*(?:\s+out)?|remov\w*|evacuat\w*)\s+(?:its|their)\s+" + HEDGE + r"$"  # ("pulling its 2,000 troops out of")
                             # "asked Burundi to withdraw 1,000 of its 5,400 troops": the deployment the part leaves
                             r"|\b(?:withdraw\w*|pull\w*\s+out|remov\w*|reduc\w*|cut\w*)\s+(?:about\s+|some\s+|around\s+)?"
                             r"(?:[\d,.]+|some|part|half|most|many|a\s+(?:third|quarter|portion|fraction))\s+of\s+(?:its|their|the)\s+" + HEDGE + r"$", I)  # ("remove some of the 28,500")
ITS_BEFORE_RE = re.compile(r"\bits\s+$", I)  # one owner's count: "the withdrawal of its 50,000 troops from Angola, and ..."


# A level a deployment or force is changed to, the number with no noun of its own: "reducing its forces on the peninsula
# in the coming years to 24,500", "lifting the nation's contribution to 562", "the Japanese contingent will increase from
# 350 to 400", "soldier strength in Yemen had been cut from 15,000 to 5,000" (the noun is what the number counts)
CHANGED_TO_LEVEL_RE = re.compile(
    r"\b(?:increas|reduc|rais|lift|cut|bring|brought|doubl|tripl|quadrupl|boost|expand|trim|scal)\w*\s+(?:down\s+|up\s+|back\s+)?"
    r"(?:the\s+(?:(?:maximum\s+)?numbers?|size|strength)\s+of\s+)?(?:its|their|his|the|our|[A-Z][\w.]*'s?)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?P<noun>troops|forces|soldiers|presence|contingent|contribution|deployment|peacekeepers|personnel)\b"
    # ("increase the Senegalese contingent in Darfur from 538 to 1,600": the level it goes from, then the one it goes to)
    r"(?P<gap>[^.;\d]{0,90}?)(?:\s+from\s+" + HEDGE + r"\d[\d,.]*)?\s+(?P<link>to|from)\s+" + HEDGE + r"$", I)
NOUN_CHANGED_TO_RE = re.compile(
    r"\b(?P<noun>troops|forces|soldiers|strength|contingent|contribution|deployment|peacekeepers|personnel|troop\s+(?:numbers|levels))\b(?P<gap>[^.;\d]{0,60}?)"
    r"\s+(?:will\s+|would\s+|is\s+to\s+|(?:has|had|have)\s+been\s+|was\s+|were\s+|be\s+)?(?:increas|decreas|reduc|rais|lift|cut|doubl|"
    r"tripl|boost|expand|shrink|shrank|trim|ris|rose|grow|grew|fall|fell|drop|slash)\w*(?P<link>\s+from\s+" + HEDGE + r"[\d,.]+\s+to|\s+from"
    r"|\s+by\s+" + HEDGE + r"[\d,.]+\s+(?:down\s+|up\s+)?to(?:\s+between)?)\s+" + HEDGE + r"$", I)  # ("troop numbers slashed by around 45,000 down to between")
# "the Swedish contingent would be around 70", "The Uruguayan contingent comprises 892 men and women": a contingent's size
CONTINGENT_LEVEL_RE = re.compile(r"\b(?P<noun>contingent)(?P<gap>(?:\s+(?!contingent\b)[\w'-]+){0,4}?)\s+(?P<link>(?:would|will)\s+be|is|was|"
                                 r"comprises|comprised|consists\s+of|consisted\s+of|numbers|numbered|totals|totall?ed)\s+" + HEDGE + r"$", I)
# "The number of Nepali soldiers stationed in the conflict-affected areas for peacekeeping mission at the call of the
# United Nations has exceeded 6,000": the number of a force, however long the phrase that says where it serves
_FORCE_TAIL = (r"(?P<noun>soldiers|troops|forces|peace-?keepers|personnel|reservists)\b(?P<gap>[^.;\d]{0,160}?)\s+(?P<link>(?:has|have|had)\s+"
               r"(?:now\s+|already\s+)?(?:exceeded|reached|topped|passed|surpassed|been\s+(?:maintained|kept|held)\s+at)|(?:now\s+)?(?:stands|stood)\s+at"
               r"|reaches|exceeds|tops|totall?ed\s+at|totals"  # ("Number of Turkish troops reaches 670,000")
               r"|(?:will|would|is\s+to|is\s+expected\s+to)\s+(?:reach|exceed|top|total))\s+" + HEDGE + r"$")  # ("... abroad will reach 1,200")
NUMBER_OF_FORCE_RE = re.compile(r"\bnumber\s+of\s+(?:[A-Z][\w'-]*\s+){0,2}" + _FORCE_TAIL, I)
FORCE_TAIL_RE = re.compile(_FORCE_TAIL, I)  # (the same match from its noun on: the country right before the noun owns it)
_LEVEL_RES = (CHANGED_TO_LEVEL_RE, NOUN_CHANGED_TO_RE, CONTINGENT_LEVEL_RE, FORCE_TAIL_RE)
_GROUP_NOUNS = frozenset({"presence", "contingent", "contribution", "deployment"})  # (what they count: troops)


def changed_to_level(before: str) -> re.Match | None:
    """The noun of a level a deployment or force is changed to (or from), ending right before the number."""
    found = CHANGED_TO_LEVEL_RE.search(before) or NOUN_CHANGED_TO_RE.search(before) or CONTINGENT_LEVEL_RE.search(before)
    if found or "number of" not in before and "Number of" not in before:
        return found
    number_of = NUMBER_OF_FORCE_RE.search(before)
    return FORCE_TAIL_RE.match(before, number_of.start("noun")) if number_of else None


def noun_of_level(lm: re.Match) -> str:
    """The noun a left match counts: "contingent", "presence" and the like count troops; "its forces" changed to a
    level are troops too; and a level reached somewhere ("reducing its forces on the peninsula ... to 24,500") is a
    deployment ("deployed": never the home force, with no single host when the place is not one we know)."""
    noun = lm.group("noun").lower()
    if lm.re not in _LEVEL_RES:
        return noun
    if _PLACE_WORD_RE.search(lm.group("gap")):
        return "deployed"
    return "troops" if noun in _GROUP_NOUNS or lm.re is CHANGED_TO_LEVEL_RE and noun == "forces" else noun


# "reducing its military presence in Ivory Coast to 600 troops from around 2,200": the level the count right before
# the noun changed from, which the follow-up pass reads with that count (same owner, metric and host)
_COUNT_THEN_NOUN_RE = re.compile(r"\bto\s+" + HEDGE + r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+$", I)  # (not "a cut of 800 personnel from")


def from_level_of_count(before: str, lm: re.Match) -> str:
    """A reason to leave the number to the follow-up pass when the noun's link is "from" and a count stands right
    before the noun ("600 troops from around 2,200"); "" otherwise."""
    if (lm.groupdict().get("link") or "").lower() != "from" or not _COUNT_THEN_NOUN_RE.search(before, max(0, lm.start() - 40), lm.start()):
        return ""
    return "the level a count changed from, right after the count ('to 600 troops from 2,200'): read with that count"


def level_somewhere(before: str) -> re.Match | None:
    """"reducing its military presence in ... countries to 600 troops": a presence changed to a count somewhere named."""
    lm = CHANGED_TO_LEVEL_RE.search(before[-200:]) if before[-4:].rstrip().lower().endswith(("to", "around", "about", "some")) else None
    return lm if lm is not None and lm.group("noun").lower() in _GROUP_NOUNS and _PLACE_WORD_RE.search(lm.group("gap")) else None


def no_single_host(ctx: Context, si: int, before: str, left_edge: int, owner: str, how: str, method: str) -> tuple[str, str, str, str]:
    """(owner, host, method, how) of a deployment with no single host; "its military presence in ... Ivory Coast to 600
    troops" is the subject's presence (France's), not the country named where it is."""
    lm = level_somewhere(before)
    its = _ITS_RE.search(lm.group(0)) if lm is not None else None
    subject = subject_for_pronoun(ctx, si, left_edge - len(before[-200:]) + lm.start() + its.start(), "") if its is not None else ""
    owner, how = (subject, "pronoun") if subject else (owner, how)
    return owner, "", method + "+no-single-host", how


_ITS_RE = re.compile(r"\b(?:its|their)\s", I)


_PLACE_WORD_RE = re.compile(r"\b(?:in|on|at|to)\s|\b(?:abroad|overseas)\b", I)


_DIGIT_RE = re.compile(r"\d|\s(?:will|would|is|are|was|were|has|have|had|to|which|who|that)\s")  # (or the clause's verb: "from the Tongan Defence Service will join British troops")


def list_end(norm: str, start: int, sent_end: int) -> int:
    """Where the countries a count comes 'from' end: 80 characters on, the next number ("340 troops from the
    Philippines and nearly 200 from India": India is the next count's) or the next verb."""
    end = min(sent_end, start + 80)
    digit = _DIGIT_RE.search(norm, start, end)
    return digit.start() if digit else end


# "together with 4,000 troops of other nationalities", "alongside 2,000 soldiers from other countries": not the
# owner's, and no one country's
_OTHER_NATIONS_AFTER_RE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:troops|soldiers|personnel|peacekeepers|members|forces)\s+"
                                    r"(?:of|from)\s+(?:\w+\s+)?other\s+(?:nationalities|countries|nations|contributors|states)\b", I)
_ORDERED_DEPLOYMENT_RE = re.compile(r"\b(?:ordered|announced|approved|authori[sz]ed)\s+the\s+(?:deployment|dispatch)\s+of\s+"
                                    + HEDGE + r"$", I)
_MORE_TROOPS_RE = re.compile(r"\b(?:additional|extra|more|fresh)\s+(?:[\w.-]+\s+){0,2}?(?:troops|soldiers|forces|personnel)\b|"
                             r"\breinforcements\b", I)


def ordered_more(norm: str, sent_start: int, sent_end: int, before: str) -> bool:
    """True for a count whose deployment was just ordered in a sentence about more troops arriving ("Additional U.S.
    troops are arriving after the president ordered the deployment of 1,700 soldiers"): an increase, not the level."""
    return bool(_ORDERED_DEPLOYMENT_RE.search(before[-60:]) and _MORE_TROOPS_RE.search(norm, sent_start, sent_end))


# "150,000 personnel stationed in bases all over the country": at home, whatever host an earlier sentence named
_AT_HOME_AFTER_RE = re.compile(r"[^.;]{0,70}?\b(?:all\s+over|across|throughout|around)\s+the\s+(?:country|nation)\b(?!'s)"
                              r"|[^.;]{0,70}?\b(?:at\s+home|nationwide|on\s+home\s+soil)\b", I)


# "built a peacekeeping force of 5,000 troops from its current force of 11,000 troops": the whole force at home
_HOME_LEVEL_BEFORE_RE = re.compile(r"(?:\b(?:its|their)|(?-i:[A-Z])[\w-]*['\u2019]s)\s+(?:current|present|existing|entire|whole|total)\s+(?:force|army|military|armed\s+forces|strength)"
                                   r"\s+of\s+" + HEDGE + r"$|\b(?:an?|the|its|their)\s+(?:current\s+|present\s+|total\s+)?active\s+(?:force|strength|duty\s+force|military)\s+of\s+" + HEDGE + r"$"  # ("a current active force of"; "Georgia, whose armed forces number")
                                   r"|\bwhose\s+(?:armed\s+forces|army|military)\s+(?:now\s+)?(?:numbers?|totals?|counts?|has|have)\s+" + HEDGE + r"$|\b" + NATIONAL_FORCE_NAME + r"\s*,\s*an?\s+force\s+of\s+" + HEDGE + r"$", I)  # (+ "the SANDF, a force of about 73,000")


def home_level_before(before: str) -> bool:
    """True when the words before a count name the country's whole force as it stands ("from its current force of"):
    a level at home, never a deployment, whatever host the sentences around name."""
    return _HOME_LEVEL_BEFORE_RE.search(before[-60:]) is not None


def at_home_after(norm: str, end: int) -> bool:
    """_AT_HOME_AFTER_RE at ``end``, asked only when one of its words is near (most counts have none); or the whole
    military right after a "-strong" ("to modernize the 250,000-strong military"): a country's own force at home."""
    near = norm[end:end + 100].lower()
    if ("countr" in near or "nation" in near or "home" in near) and _AT_HOME_AFTER_RE.match(norm, end) is not None:
        return True
    if "strong" not in norm[max(0, end - 30):end]:
        return False
    force = _FORCE_WORD_AFTER_RE.match(norm, end)  # (the count's noun may end before the force's word)
    at = force.end() if force else end
    return bool(_WHOLE_FORCE_BEFORE_RE.search(norm, max(0, at - 40), at)) and not _DEPLOYED_NEXT_RE.match(norm, at)


_FORCE_WORD_AFTER_RE = re.compile(r"\s+(?:military|armed\s+forces|standing\s+army)\b", I)
_WHOLE_FORCE_BEFORE_RE = re.compile(r"\d-?\s*strong\s+(?:military|armed\s+forces|standing\s+army)$", I)
_DEPLOYED_NEXT_RE = re.compile(r"\s+(?:contingent|mission|presence|force|deployment|base|personnel|advisers|trainers|in|on|at|"
                               r"stationed|deployed|based|there)\b", I)


def other_nations_after(right: str) -> bool:
    """_OTHER_NATIONS_AFTER_RE on the words after a count, asked only when "other" is among them."""
    return "other" in right[:80].lower() and _OTHER_NATIONS_AFTER_RE.match(right) is not None


def reserve_beside_active(norm: str, end: int, sent_end: int, start: int = 0) -> bool:
    """"An additional 500,000 part time reservists can be activated", "supported by reserve forces estimated at an
    additional 150,000 personnel": reserves in addition to the active force, not an increase of anything."""
    return bool(_RESERVE_CAN_BE_RE.match(norm, end, min(sent_end, end + 120))
                or start and _RESERVE_ADDITIONAL_BEFORE_RE.search(norm, max(0, start - 80), start))


_RESERVE_ADDITIONAL_BEFORE_RE = re.compile(r"\breserves?(?:\s+forces?|\s+components?)?\b[^.;\d]{0,40}?\b(?:estimated\s+at|numbering|"
                                           r"of|totall?ing|at|with)\s+an\s+(?:additional|extra|further)\s+(?:about\s+|some\s+|around\s+)?$", re.I)


_RESERVE_CAN_BE_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:reservists|reserve\s+forces|reserves)\b[^.;]{0,70}?\bcan\s+be\s+"
                                r"(?:activated|mobili[sz]ed|called)", re.I)
# "A total of 355,212 military personnel are currently serving under the roof of the TSK": those in service now
SERVING_NOW_RE = re.compile(r"\s+(?:are|were)\s+(?:currently\s+|now\s+)?(?:serving|on\s+active\s+duty)\b", re.I)
# "80,000 military men and 20,000 civilians serve in the Belarus army": the count serves in a whole force (a stock cue)
SERVE_IN_FORCE_AFTER_RE = re.compile(r"(?:\s+and\s+[\d,.]+\s+civilians)?\s+(?:currently\s+|now\s+)?serve[sd]?\s+in\s+(?:the\s+)?"
                                     r"(?:[\w'\u2019-]+\s+){0,3}?(?:armed\s+forces|army|military)\b"
                                     # "Around 43 000 soldiers are active in the country", "the 3,000 soldiers in its army", "the 80,000 members of the military"
                                     r"|\s+(?:are|were)\s+(?:currently\s+|now\s+)?(?:active|on\s+active\s+duty)\b(?!\s+(?:in|on)\s+(?:the\s+)?(?:operations?|missions?|exercises?|drills?)\b)"
                                     r"|\s+(?:in|of)\s+(?:its|their|the)\s+(?:army|armed\s+forces|military)\b(?!\s+(?:of|in)\b|'s|\u2019s)"
                                     r"|\s+in\s+the\s+(?-i:[A-Z][a-z]+(?:an|ese|ish|ch|i|ic))\s+(?:army|armed\s+forces|military)\b(?!\s+(?:of|in)\b|'s|\u2019s)"  # ("personnel in the Swedish military")
                                     # "Over 3,000 soldiers in PNGDF", "24,000 soldiers in the Kenya Defence Forces": a force named
                                     r"|\s+(?:in|of)\s+(?:the\s+)?(?:(?-i:[A-Z]{1,5}DF)|(?-i:[A-Z][\w'\u2019-]*\s+){1,3}(?-i:Defen[cs]e\s+Forces?|Armed\s+Forces))\b", re.I)


def the_force_named_before(ctx, si: int, words: str) -> bool:
    """"the force" right after a sentence that named the Defence Force ("THE strength of the PNG Defence Force will be
    increased to 10,000 ... He said the government had down-sized the force from 4,000 to 1,900"): that force; so is
    "its strength" near a sentence that named the armed forces ("its formal strength never exceeded 186,000"); and "With a
    force of over 80,000, the LAF ..." after a sentence that named the Lebanese Armed Forces."""
    return bool(_THE_FORCE_RE.search(words)) and any(ctx.says(i, _DEFENCE_FORCE_RE) for i in range(max(0, si - 10), si + 1))


_THE_FORCE_RE = re.compile(r"\b(?:the\s+force|(?:^|[,.;]\s*)with\s+an?\s+force|(?:its|their)\s+(?:formal\s+|total\s+|overall\s+|authori[sz]ed\s+)?strength"
                           r"|(?:its|their|the)\s+(?:effective|actual|(?:approved\s+)?establishment)\s+strength)$", re.I)  # ("the effective strength")
_DEFENCE_FORCE_RE = re.compile(r"\b(?:defen[cs]e\s+forces?|armed\s+forces|(?-i:[A-Z]{1,4}DF))\b", re.I)


def raises_total_after(norm: str, end: int, sent_end: int) -> bool:
    """"deployment of a battalion of 800 peacekeepers ..., increasing the size of the contingent to more than 1,650":
    the count before the new total is an addition (asked only when one of the verbs is near); so is a count sent "in
    addition to their 600 soldiers"."""
    window = norm[end:min(sent_end, end + 170)].lower()
    if "in addition to" in window and _ADDED_TO_RE.match(norm, end, min(sent_end, end + 120)):
        return True  # "sending some 350 soldiers to Lithuania in addition to their 600 soldiers": more on top of a level
    return any(w in window for w in _RAISING_WORDS) and _RAISES_TOTAL_RE.match(norm, end, min(sent_end, end + 260)) is not None


# (the level it adds to is the owner's own: "in addition to 1.7 million reservists" lists another kind of count)
_ADDED_TO_RE = re.compile(r"[^.;]{0,80}?\bin\s+addition\s+to\s+(?:the\s+|their\s+|its\s+)(?:existing\s+|current\s+)?"
                          r"(?:some\s+|about\s+|around\s+|nearly\s+)?\d", re.I)
NEXT_ITEM_NOUN_RE = re.compile(r"\s+and\s+(?:the\s+)?[a-z]+\s+(?:to|at|by)\s+(?:about\s+|around\s+|some\s+)?\d", re.I)  # ("to 5,000 and reserves to 3,000")
RANKED_MODS_RE = re.compile(r"\b(?:contributors?|countries|nations|providers|suppliers)\b", re.I)  # ("the 20 largest contributors of personnel")
_RAISING_WORDS = ("increasing", "bringing", "raising", "boosting", "taking", "doubling", "tripling")
_RAISES_TOTAL_RE = re.compile(r"[^.;]{0,160}?\b(?:increasing|bringing|raising|boosting|taking)\s+(?:the\s+)?(?:size|number|total|strength)\b"
                              r"[^.;\d]{0,80}?\bto\s+(?:more\s+than\s+|about\s+|some\s+|over\s+|nearly\s+)?\d"
                              # "sent 160 soldiers to Lebanon last week, more than doubling its commitment": an addition
                              r"|[^.;\d]{0,60}?,\s+(?:more\s+than\s+|nearly\s+|almost\s+|effectively\s+)?(?:doubling|tripling)\s+(?:its|their|the)\b", re.I)


# "About 3,000 UK-based personnel train annually in Cyprus": people who pass through each year, no force stationed there
_YEARLY_TRAINEES_RE = re.compile(r"[^.;]{0,60}?\b(?:serving|served|deployed|rotated)\b[^.;\d]{0,40}?\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b|"  # (rotations over years)
                                 r"[^.;]{0,40}?\b(?:train|trains|trained|exercise|exercises|exercised)\s+"
                                 r"(?:annually|each\s+year|every\s+year|yearly|there\s+(?:each|every)\s+year)\b"
                                 # "10,000 Saudi troops are currently receiving training in Pakistan": trainees
                                 r"|\s+(?:[\w-]+\s+){0,3}?(?:are|were|is)\s+(?:currently\s+|now\s+|still\s+)?(?:receiving|undergoing|getting)"
                                 r"\s+(?:[\w-]+\s+)?training\b|\s+(?:[\w-]+\s+){0,3}?(?:are|were)\s+(?:currently\s+|now\s+)?being\s+trained\b", I)


def yearly_trainees(ctx, si: int, end: int) -> bool:
    """True when the count just ending at ``end`` is of people who train in the host each year, or are trained there."""
    return bool(_YEARLY_TRAINEES_RE.match(ctx.norm, end, min(ctx.sentences[si].end, end + 80)))


# a presence, not a change: "there are additional", "backed by", "has an 80-man contingent ... and another 470 troops in"
STANDING_EXTRA_RE = re.compile(r"\bthere\s+(?:are|were)\s+(?:also\s+)?(?:an?\s+)?(?:additional|further|another)\s+" + HEDGE + r"$"
                               r"|\b(?:augmented|supplemented|supported|backed)\s+(?:up\s+)?by\s+" + HEDGE + r"$"
                               r"|\b(?:has|have|had|maintains|keeps)\s+[^.;]{1,80}?\band\s+another\s+" + HEDGE + r"$", I)
# "boasts 580,000 active personnel, with an additional 350,000 reserve forces": reserves beside the active force
_WITH_ADDITIONAL_RE = re.compile(r"\bwith\s+(?:(?:an?\s+)?(?:additional|further)|another)\s+" + HEDGE + r"$", I)  # ("..., with another 5,900 reservists")
_ANOTHER_BEFORE_RE = re.compile(r"\banother\s+" + HEDGE + r"$", I)
# "Another 250 troops and employees serve in Romania", "another 80 are deployed in Turkey": one more group where it is
_STANDS_AFTER_RE = re.compile(r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:currently\s+|still\s+)?(?:serve|are\s+(?:currently\s+|still\s+)?"
                              r"(?:serving|deployed|deputed|stationed|based|posted)|remain)\s+(?:in|on|at|with)\b", I)


def standing_extra(norm: str, before: str, noun_end: int, end: int) -> bool:
    """True when "additional" or "another" before a count adds a group that stands somewhere, not troops added."""
    return bool(STANDING_EXTRA_RE.search(before[-120:]) or _ANOTHER_BEFORE_RE.search(before[-30:])
                and _STANDS_AFTER_RE.match(norm, noun_end, min(end, noun_end + 60))
                or _WITH_ADDITIONAL_RE.search(before[-40:]) and "reserv" in norm[max(0, noun_end - 30):noun_end].lower())


# the factbook's section "Military and security service personnel strengths", its first line a count: the active force
_STRENGTHS_HEADING_RE = re.compile(r"\s*Military(?:\s+and\s+security\s+service)?\s+personnel\s+strengths\s*$", re.I)
_STRENGTHS_LEAD_RE = re.compile(r"[^\n\d]{0,60}$")


def under_strengths_heading(ctx, si: int, left_edge: int) -> bool:
    """Whether the count at ``left_edge`` opens the line right under the factbook's strengths heading (the sentence
    before is the heading alone, and nothing but words stand before the count on its line)."""
    if not si or not _STRENGTHS_LEAD_RE.match(ctx.norm, ctx.sentences[si].start, left_edge):
        return False
    prev = ctx.sentences[si - 1]
    return _STRENGTHS_HEADING_RE.match(ctx.norm, prev.start, prev.end) is not None


_LIST_AFTER_RE = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:(?:in|to)\s+)?(?:the\s+)?")  # (not ", and": often a new clause; "in Afghanistan, in Lebanon and in Africa")
_LIST_GOES_ON_RE = re.compile(r"\s*(?:,|\band\b|\bor\b)")
_OWN_COUNT_NEXT_RE = re.compile(r"[^.;\d]{0,14}\d")


def place_list_after(ctx: Context, c) -> bool:
    """True when another country follows place ``c`` in a list ("to Iraq and Afghanistan"): no single host (a bare comma needs the list to go on)."""
    at = _LIST_AFTER_RE.match(ctx.norm, c.end)
    return at is not None and any(o.start == at.end() and o.kind != "alliance" and o.iso3 != c.iso3 and not ctx.norm.startswith(("'s", "\u2019s"), o.end)
                                  and not _OWN_COUNT_NEXT_RE.match(ctx.norm, o.end)  # ("in the CAR, and Burundi 750": another item)
                                  and ("and" in at.group(0) or "or" in at.group(0) or _LIST_GOES_ON_RE.match(ctx.norm, o.end))
                                  for o in ctx.country_mentions(at.end(), at.end() + 40)) or (
        at is not None and ("and" in at.group(0) or "or" in at.group(0))  # ("in Poland and the Baltic countries": a region goes on the list)
        and any(h.start == at.end() and h.kind == "region" for h in host_table().find(ctx.norm, at.end(), at.end() + 40)))
