"""Which people a count is of, when the noun alone does not say: 'members' in a sentence about a force, and
the troops 'of them' refers to.

'Members' as soldiers: a count of members in a sentence about a military, not a party or an alliance.

"Ethiopia is second with 6,662 members while Rwanda follows with 6,322 members" (a list of peacekeeping
contributions), "pay the salaries of its 72,000 members" (the armed forces'), "about 150,000 active members
of the other branches": the noun counts people of a force only when the sentence is about one. "members
of the Canadian Armed Forces" is read by the general noun pattern (vocab_personnel.MEMBERS_OF_FORCES).
"""

from __future__ import annotations

import re

from dashboard.extraction.context import Context
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.vocab import HEDGE, I
from dashboard.extraction.vocab_personnel import FORCE_NAME, IN_PLACE_WITH_RE, MODIFIER, PERSONNEL_WORDS_RE

MEMBERS_RE = re.compile(r"(?P<mods>(?:[\s-]+" + MODIFIER + r"){0,2}" + FORCE_NAME + r"?)\s+(?P<noun>members)\b", I)
# a sentence about a force: its services, its contingents, its soldiers
_FORCE_WORDS_RE = re.compile(
    r"\b(?:armed\s+forces|army|military|troops|soldiers|peace-?keep\w*|contingents?|battalions?|navy|air\s+force|"
    r"marine\s+corps|defen[cs]e\s+forces?|servicemen)\b|\b(?-i:[A-Z]{1,4}DF|AFP)\b", I)
# members of something else: a party, a body, an alliance, a family, a crew
_OTHER_BODY_RE = re.compile(
    r"\b(?:part(?:y|ies)|parliament\w*|committees?|council|unions?|club|associations?|assembly|congress|famil(?:y|ies)|"
    r"households?|staff|crews?|board|cabinet|delegations?|teams?|organi[sz]ations?|alliance|nato|bloc|coalition|"
    r"community|church|militias?|gangs?|groups?|countries|states|nations|tribes?|clans?|cells?|network|police|"
    r"civilians?|volunteers|reservists?|reserves?|guards?)\b", I)

_ACTIVE_MEMBERS_RE = re.compile(r"\b(?:active(?:[- ]duty)?|regular|full-time)\s*$", I)
_ON_ACTIVE_DUTY_RE = re.compile(r"\s+(?:on|in)\s+active\s+(?:duty|service)\b", I)
_FORCE_MEMBER_MODS_RE = re.compile(r"\b(?:permanent|regular|full-time|active(?:[- ]duty)?)\s+(?-i:[A-Z]{1,4}DF|[A-Z]{2,4})$", I)
# "members of the Vanuatu Mobile Force": a force's name, not a police one's, right after the noun
_MEMBERS_OF_FORCE_RE = re.compile(r"\s+of\s+(?:the\s+|its\s+)?(?!(?:[\w'-]+\s+){0,4}?(?:Police|Gendarm))(?-i:[A-Z])[\w'-]*"
                                  r"(?:\s+(?-i:[A-Z])[\w'-]*){0,3}?\s+(?-i:Force|Forces|Army|Navy|Regiment|Battalion|Brigade)\b")
# members on the move: "the relocation began with 100 members of the force moving to Guam"
_MOVING_RE = re.compile(r"\b(?:relocat\w*|moving|transfer\w*|arriv\w*|depart\w*|rotat\w*)\b", I)


def military_members(ctx: Context, si: int, right: str) -> re.Match | None:
    """The 'members' right after a number (with at most two modifiers) when the sentence is about a force
    and names no other body the members could belong to; None otherwise."""
    found = MEMBERS_RE.match(right)
    if not found:
        return None
    if _FORCE_MEMBER_MODS_RE.search(found.group("mods")) or _MEMBERS_OF_FORCE_RE.match(right, found.end()):
        return found  # "58,476 permanent ADF members", "15 members of the Vanuatu Mobile Force": the force is named
    sent = ctx.sentences[si]
    text = ctx.norm[sent.start:sent.end]
    if _ACTIVE_MEMBERS_RE.search(found.group("mods")) or _ON_ACTIVE_DUTY_RE.match(right, found.end()):
        if _FORCE_WORDS_RE.search(text) and not _MOVING_RE.search(text) and all(
                b.group(0).lower().startswith("reserv") for b in _OTHER_BODY_RE.finditer(text)):
            return found  # "81,000 members on active duty and 188,000 reservists": the reservists are counted apart
    if not _FORCE_WORDS_RE.search(text) or _OTHER_BODY_RE.search(text) or _MOVING_RE.search(text):
        return None
    return found


# "7,027 persons in the regular force and 577 members in the reserve force": the force part names the people
FORCE_PART_RE = re.compile(r"(?P<mods>)\s+(?P<noun>persons|people|members|personnel)(?=\s+in\s+the\s+(?:(?:regular|active|standing|"
                           r"reserve)\s+forces?|(?:contractual|contract|voluntary|volunteer|ready|operational)\s+reserves?)\b)", I)  # ("723 members in the contractual reserve")
# "65,154 regular force members and 23,561 primary reserve members": the force named before 'members'
FORCE_MEMBERS_RE = re.compile(r"(?P<mods>)\s+(?P<noun>(?:regular|permanent|standing|primary\s+reserve|reserve)\s+force\s+members|"
                              r"primary\s+reserve\s+members)\b", I)
# "The voluntary, part-time force comprises three branches ... and has more than 9,000 personnel": a reserve subject
RESERVE_SUBJECT_RE = re.compile(r"\b(?:part-time|reserve)\s+(?:forces?|components?|corps)\b(?![^.;]{0,120}\b(?:regular|active|full-time)\b)", I)
_REGULAR_WORD_RE = re.compile(r"\b(?:regular|active|full-time|permanent)\b", I)
IN_RESERVE_FORCE_RE = re.compile(r"\s+(?:(?:in|from)\s+(?:the\s+|its\s+|their\s+)?(?:active\s+|contractual\s+|contract\s+|voluntary\s+|volunteer\s+|ready\s+)?|of\s+(?:its|their|the)\s+(?:military\s+)?)reserves?"
                                 r"(?:\s+(?:forces?|branch(?:es)?|components?))?\b", I)  # ("528,000 personnel in reserve")


def reserve_subject(before: str, mods: str) -> bool:
    """The reserve force is what the clause before the count is about ("the Reserve Force strength will be kept at
    27,000"), unless the count's own words name the regulars ("which, with the 68,000 Regular Force personnel")."""
    return bool(RESERVE_SUBJECT_RE.search(before[-160:]) or _RESERVES_WILL_BE_RE.search(before[-90:])) \
        and not _REGULAR_WORD_RE.search(mods) and not _OTHER_FORCE_MODS_RE.search(mods)


# "... supplemental reserves, and this contingent will be 60,000 strong", "the reserve will grow to 90,000 strong": the
# reserves are the clause's subject (not "the army and its reserves will be": regulars named too)
_RESERVES_WILL_BE_RE = re.compile(r"(?<!\band\s)(?<!\bits\s)(?<!\btheir\s)\breserv(?:es?|ists?)\b(?:\s*,?\s*and\s+th(?:is|e)\s+(?:contingent|force|pool|component))?\s+"
                                  r"(?:will\s+(?:be|grow\s+to|rise\s+to|reach|number)|(?:is|are)|numbers?|totals?)\s+"
                                  r"(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?$", I)


# "11.55 lakh reserve forces, as well as 20 lakh paramilitary forces": the count's own words name another force
_OTHER_FORCE_MODS_RE = re.compile(r"\b(?:paramilitar\w*|para-military|gendarm\w*|police|border\s+guards?|militias?)\b", I)


def referent_owner(ctx: Context, si: int, pos: int) -> list:
    """The country bound to the last troops named before ``pos`` ("North Korean troops ... 11,000 of them")."""
    start = ctx.sentences[max(0, si - 1)].start
    named = list(PERSONNEL_WORDS_RE.finditer(ctx.norm, start, pos))
    if not named:
        return []
    last = named[-1].start()
    return [c for c in ctx.country_mentions(max(start, last - 40), last)
            if last - c.end <= 3 and c.kind in ("demonym", "short", "name")][-1:]



_POSSESSIVE_BEFORE_RE = re.compile(r"['\u2019]s?\s+")


def possessive_before(ctx: Context, sent_start: int, left_edge: int) -> list:
    """The country whose possessive stands right before a count ("China's nearly 2.3 million members"), or []."""
    return [c for c in ctx.country_mentions(max(sent_start, left_edge - 40), left_edge)
            if c.kind in ("name", "short") and _POSSESSIVE_BEFORE_RE.fullmatch(ctx.norm, c.end, left_edge)][-1:]

gate_all(globals())


# "Out of the total military personnel, 124,000 are active while 57,000 are reserved": the split of a force said
# before the number (also "60,000 are active servicemen and 20,000 are reserve soldiers")
ARE_ACTIVE_RE = re.compile(r"(?P<mods>)\s+(?:are|were)\s+(?:on\s+)?(?P<noun>(?:active(?:\s+duty)?|reserve)\s+(?:servicemen|soldiers|troops|personnel|service\s*members)|"
                           r"active(?:\s+duty)?|reserved|reservists|reserves|"
                           r"in\s+(?:the\s+)?reserves?|military\s+personnel(?=[,;]?\s+(?:and\s+)?[\d,.]+\s+(?:were|are)\s+civilian))(?=\s*(?:[,;.)]|\s+(?:while|and|whereas|with)\b|$))", I)
# (and "of which: 34,700 were military personnel; and 9,400 were civilian personnel": the soldiers of a staff with civilians)


_INTAKE_RE = re.compile(r"\b(?:accepted|recruit\w*|enlist\w*|joined|signed\s+up|drafted|conscripted|called\s+up)\b", I)


def are_active(ctx: Context, si: int, pos: int, right: str) -> re.Match | None:
    """The "are active" / "are reserved" after a number when personnel were named just before it; None otherwise."""
    found = ARE_ACTIVE_RE.match(right)
    sent = ctx.sentences[si]
    if (found and PERSONNEL_WORDS_RE.search(ctx.norm, ctx.sentences[max(0, si - 1)].start, pos)
            and not _INTAKE_RE.search(ctx.norm, sent.start, sent.end)):  # (recruits split by where they went: no force)
        return found
    return None


# "France will keep a military presence in Gabon. Fewer than 2,000 are currently stationed in Djibouti": the
# count of a force said just before, with no noun of its own, and where it stands
STATIONED_RE = re.compile(r"(?P<mods>)(?P<noun>)(?=\s+(?:are|were|remain)\s+(?:currently\s+|now\s+|still\s+|permanently\s+)?"
                          r"(?:stationed|deployed|based|posted|garrisoned)\s+(?:in|at|on)\b)", I)


def stationed_count(ctx: Context, si: int, pos: int, right: str) -> re.Match | None:
    """The noun-less "N are stationed in X" when a force was named in this sentence or the one before; else None."""
    found = STATIONED_RE.match(right)
    if found and _FORCE_WORDS_RE.search(ctx.norm, ctx.sentences[max(0, si - 1)].start, pos):
        return found
    return _PEOPLE_STATIONED_RE.match(right)  # ("The UK has 110 people stationed in Brunei": people a country stations)


_PEOPLE_STATIONED_RE = re.compile(r"(?P<mods>)\s+(?P<noun>people)(?=\s+(?:(?:are|were|remain)\s+)?(?:currently\s+|now\s+|still\s+|permanently\s+)?"
                                  r"(?:stationed|garrisoned)\s+(?:in|at|on)\b|\s+deployed\b)", I)  # ("7,279 people deployed currently")


# "Ghana accounts for about 870 of UNIFIL's 10,500 peacekeepers": one contributor's part of a mission's troops
PART_OF_MISSION_RE = re.compile(r"(?P<mods>)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]+)(?:'s|\u2019s)\s+)?(?:[\d][\d,.]*\s+)?"
                                r"(?:(?-i:UN|U\.N\.|[A-Z]{4,8})\s+)?(?P<noun>peace-?keepers|troops|soldiers)\b", I)


# "there are 1.3 million people in the Ukrainian Armed Forces": people counted as members of a named force
PEOPLE_IN_FORCES_RE = re.compile(r"(?P<mods>)\s+(?P<noun>people|persons|men\s+and\s+women)(?=\s+(?:serving\s+|serve\s+|are\s+(?:currently\s+)?serving\s+|currently\s+serve\s+)?in\s+(?:all\s+(?:the\s+)?(?:branches|services)\s+of\s+)?(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,2}"
                                 r"(?:armed\s+forces|army|military|defen[cs]e\s+forces?)\b)", I)


# "manpower figures of 125,000 active and 131,000 reserve", "125,000 active and 131,000 reserve personnel": the
# split of a force, each number with its own word and the noun said once or not at all
ACTIVE_RESERVE_PAIR_RE = re.compile(r"(?P<mods>)\s+(?P<noun>active(?:[\s-]duty)?|regular|reserves?)(?=\s+(?:and|,)\s+(?:about\s+|some\s+)?\d[\d,.]*"
                                    r"(?:\s+(?:million|thousand))?\s+(?:active|reserves?)\b|\s+(?:(?!units|battalions|brigades|companies)[\w-]+\s+)?(?:personnel|troops|members|soldiers|"
                                    r"were|are)\b)", I)
_BOTH_RE = re.compile(r"\b(?:active|regular)\b[^.;]{0,80}\breserves?\b|\breserves?\b[^.;]{0,80}\bactive\b", I)


def active_reserve_pair(ctx: Context, si: int, right: str) -> re.Match | None:
    """The "active"/"reserve" word after a number when its sentence names both (see ACTIVE_RESERVE_PAIR_RE)."""
    found = ACTIVE_RESERVE_PAIR_RE.match(right)
    sent = ctx.sentences[si]
    return found if found and _BOTH_RE.search(ctx.norm, sent.start, sent.end) else None


def noun_of(rm: re.Match) -> str:
    """The person noun a right-hand match read, as the personnel rules name it ("57,000 are reserved": reserves)."""
    noun = rm.group("noun").lower()
    if rm.re is STATIONED_RE:
        return "troops"
    if rm.re is PEOPLE_IN_FORCES_RE:
        return "personnel"
    if rm.re is ACTIVE_RESERVE_PAIR_RE or rm.re is FORCE_MEMBERS_RE:
        return "reserves" if "reserv" in noun else "active"
    if rm.re is ARE_ACTIVE_RE:
        return "reserves" if "reserv" in noun else "active" if noun.startswith("military") or noun.split()[-1] not in ("active", "duty") else noun
    return noun


# "In 1985 the armed forces had 201,500 persons": people, when the force is the subject that has them
_PERSONS_RE = re.compile(r"(?P<mods>)\s+(?P<noun>persons|people|men|volunteers|(?:(?:permanent|regular|full-time|uniformed|active)\s+)?members)\b", I)
# (also "the Syrian Army boasted some 250,000 men", "an army of 300,000 men", "a regular force of 100,000 men",
# "Royal Nepal Army, of about 35,000 volunteers", "the Defence Forces had 8,751 permanent members", "the army, which has
# about 30,000 men")
_FORCE_HAS_RE = re.compile(r"\b(?:armed\s+forces|army|military|defen[cs]e\s+forces?|(?-i:[A-Z]{1,4}DF|PLA|TNI|RFMF|RSLAF|FARDC|FADM|FANB|FAMa|SPLA|F-FDTL|KSF|FDNB|RBDF))(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?(?:\s*\((?-i:[A-Z]{2,6})\))?(?:,|\s[\u2013\u2014-])?\s+(?:which\s+|that\s+)?(?:is\s+|are\s+)?"
                           r"(?:(?:now|currently|today|still)\s+)?(?:had|has|have|counts|totals|(?:stands|standing|stood)\s+at|"
                           # ("The army of the Central African Republic has expanded from 6,000 to 26,000 people", "The Guinean army has thus 26 000 men")
                           r"(?:has\s+|had\s+|have\s+)?(?:expanded|grown|grew|risen|rose|increased|swelled)\s+(?:from\s+[\d.,\s]{1,12}\s+)?to|"
                           r"numbered|numbers|counted|comprised|comprises|totall?ed|boast(?:s|ed)?|(?:consist(?:s|ed)?|made\s+up)\s+of|of|with)\s+(?:thus\s+|now\s+|currently\s+|still\s+)?"
                           + HEDGE + r"$"  # ("the armed forces of Ukraine with up to 700,000 people")
                           r"|\b(?:regular|standing|active)\s+(?:force|troops?|army)\s+of\s+" + HEDGE + r"$"
                           r"|\b(?:contingent|battalion|brigade|detachment)\s+of\s+" + HEDGE + r"$", I)  # ("a Kenyan army contingent of about 1,000 men")
# the reference books' "The defense of Moldova, which is based on general military duty, (2008) comprises about 7,000 men"
# (in a sentence that opens on "The defense", or "It comprises" right after one)
_DEFENSE_OPENING_RE = re.compile(r"(?:[^\n.]{0,40}\n\s*)?The\s+defen[cs]e\b")  # (after a heading line: "Defense\nThe defense of")
_DEFENSE_COMPRISES_RE = re.compile(r"\b(?:comprises|includes)\s+(?:\(\d{4}\)\s+)?" + HEDGE + r"$", I)


def names_its_force(rm: re.Match | None) -> bool:
    """True when the noun match itself ties the count to the armed forces (a stock cue): "persons in the regular
    force", "people serving in the Armed Forces", "Royal Nepal Army, of about 35,000 volunteers"."""
    return rm is not None and rm.re in (FORCE_PART_RE, PEOPLE_IN_FORCES_RE, _PERSONS_RE)


def force_persons(ctx: Context, si: int, pos: int, window: str) -> re.Match | None:
    """'persons', 'people' or 'men' right after a count the armed forces 'had' (see _FORCE_HAS_RE)."""
    found = _PERSONS_RE.match(window)
    if found is None or not (_FORCE_HAS_RE.search(ctx.norm, max(ctx.sentences[si].start, pos - 80), pos)
                             or _DEFENSE_COMPRISES_RE.search(ctx.norm, max(ctx.sentences[si].start, pos - 60), pos) and (
                                 _DEFENSE_OPENING_RE.match(ctx.norm, ctx.sentences[si].start)
                                 or si and ctx.norm.startswith("It ", ctx.sentences[si].start) and _DEFENSE_OPENING_RE.match(ctx.norm, ctx.sentences[si - 1].start))
                             or found.group("noun").lower() == "men" and (_MEN_SENT_AFTER_RE.match(window, found.end())
                                                                          or (_SENDS_MEN_BEFORE_RE.search(ctx.norm, max(0, pos - 40), pos)
                                                                              or _KEEPS_BEFORE_RE.search(ctx.norm, max(ctx.sentences[si].start, pos - 200), pos))
                                                                          and _TO_AFTER_RE.match(window, found.end()))
                             or found.group("noun").lower() == "men" and (IN_PLACE_WITH_RE.search(ctx.norm, max(ctx.sentences[si].start, pos - 70), pos)
                                                                          or _CONTINGENT_WITH_RE.search(ctx.norm, max(ctx.sentences[si].start, pos - 80), pos))
                             or _THE_FORCE_HAD_RE.search(ctx.norm, max(ctx.sentences[si].start, pos - 30), pos)
                             and any(ctx.says(i, _ARMED_FORCES_NAMED_RE) for i in range(max(0, si - 1), si + 1))):
        return None
    return found


# "the number of permanent Defence Forces personnel fell ... the force had 8,751 permanent members": the armed force
# the sentence or the one before names, called "the force"
_THE_FORCE_HAD_RE = re.compile(r"\b(?:the|its)\s+force\s+(?:had|has|have|numbered|numbers)\s+" + HEDGE + r"$", I)
_ARMED_FORCES_NAMED_RE = re.compile(r"\b(?:defen[cs]e\s+forces?|armed\s+forces|army|military)\b", I)


# "The largest contingent is that of Indonesia, with 1,230 men": the men of a contingent
_CONTINGENT_WITH_RE = re.compile(r"\bcontingents?\b[^.;\d]{0,60}\bwith\s+" + HEDGE + r"$", I)
# men sent somewhere: "1,500 men were sent to the ECOMOG peacekeeping group in Liberia", "has dispatched 5,000 men to Yemen"
_MEN_SENT_AFTER_RE = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|will\s+be)\s+(?:sent|dispatched|deployed)\s+(?:to|in)\b", I)
_SENDS_MEN_BEFORE_RE = re.compile(r"\b(?:dispatch(?:ed|es)?|sent|sends?|sending|deploy(?:ed|s)?)\s+(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|"
                                  r"more\s+than\s+|up\s+to\s+)?$", I)
_TO_AFTER_RE = re.compile(r"\s+to\s+(?:the\s+)?(?-i:[A-Z])", I)
# "France intends to keep about 100 men to [in] Ivory Coast" (French "au", "en" glossed "to"): men kept in a place
_KEEPS_BEFORE_RE = re.compile(r"\b(?:keep|keeps|kept|maintain|maintains|maintained|station|stations|stationed)\b[^.]{0,200}$", I)


def other_person_noun(ctx: Context, si: int, pos: int, window: str) -> re.Match | None:
    """The people a count at ``pos`` is of when the general noun pattern found none, in the order the rules trust
    them: 'members' of a force, persons in the regular/reserve force, 'are active', 'are stationed in', a part of a
    mission's troops, people in a named armed forces, an active/reserve pair."""
    return (military_members(ctx, si, window) or FORCE_PART_RE.match(window) or FORCE_MEMBERS_RE.match(window)
            or are_active(ctx, si, pos, window)
            or stationed_count(ctx, si, pos, window) or PART_OF_MISSION_RE.match(window)
            or PEOPLE_IN_FORCES_RE.match(window) or active_reserve_pair(ctx, si, window) or force_persons(ctx, si, pos, window)
            or demonym_people(ctx, pos, window))


# "Up to 110 Czechs will be in Iraq", "24 Jamaicans and two Belizean soldiers" in a mission: a people's plural name counts
# that country's troops when a place follows it (the demonym is the count's owner: it sits in the modifiers)
_DEMONYM_PLURAL_RE = re.compile(r"(?P<mods>\s+(?-i:[A-Z])[a-z]+s)(?P<noun>)(?=\s+(?:(?:will\s+be|are|is|were|now|currently|still|already|"
                                r"remain|serving|stationed|deployed|based)\s+)*(?:(?:in|on|at)\s+(?:the\s+)?(?-i:[A-Z])|in\s+place\b|on\s+the\s+front\s*lines?\b))", I)
# ("130 Indonesians is already in place with Spanish peacekeepers", "72 Guatemalans are currently on the front line")


def demonym_people(ctx: Context, pos: int, window: str) -> re.Match | None:
    """The plural demonym right after a count, followed by where they are ("110 Czechs will be in Iraq"); else None."""
    found = _DEMONYM_PLURAL_RE.match(window)
    if found is None:
        return None
    at = ctx.norm.find(found.group("mods").strip(), pos)
    named = [c for c in ctx.country_mentions(at, at + len(found.group("mods"))) if c.start == at and c.kind == "demonym"]
    return found if named else None
