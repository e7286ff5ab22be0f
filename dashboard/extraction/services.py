"""One armed service's count, set apart from the whole military's: "the Army went from 147,000 to 230,000 men; the
Navy from 21,000", "U.S. Army: Around 485,000 active-duty soldiers", "the army will be reduced to 72,500 by 2025" in a
text that names the other services. A list of services with one count ("Egypt's army, navy and air force have a
combined strength of 450,000") is the whole; so is "army" in a name of a whole military ("the People's Liberation
Army") or in loose writing ("the largest army in the region").
"""

from __future__ import annotations

import functools
import re

from dashboard.extraction.context import Context
from dashboard.extraction.patterns import gate_all
from dashboard.extraction.vocab import HEDGE, SERVICE_RE, I


def _service_name(found: re.Match) -> str:
    """A service as one name: "land forces" and "ground forces" are the army ("the land forces of the Vietnamese Army")."""
    name = " ".join(found.group(0).lower().split())
    return "army" if name in ("land forces", "ground forces") else name


_COMPOSED_OF_SERVICES_RE = re.compile(r"\b(?:made\s+up\s+of|composed\s+of|consisting\s+of|comprising)\s+(?:the\s+)?[^.;]{0,120}?"
                                      r"\b(?:navy|naval\s+forces|air\s+forces?)\b[^.;]{0,120}$", re.I)


_OUT_OF_THE_TOTAL_RE = re.compile(r"\bout\s+of\s+(?:a|the|its)\s+total\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:about\s+|some\s+|around\s+|nearly\s+|over\s+)?$", re.I)


def single_service(ctx: Context, si: int, before: str) -> bool:
    """True when the count belongs to one service named just before it while the text names the other
    services apart ("the Army went from 147,000 to 230,000 men; the Navy from 21,000"); a list of services
    ("Egypt's army, navy and air force have a combined strength of 450,000") is the whole."""
    if _OUT_OF_THE_TOTAL_RE.search(before[-80:]):
        return False  # "army strength at about 17,000 out of the total TPDF of 18,600 men and women": the whole
    if _COMPOSED_OF_SERVICES_RE.search(before[-240:]):
        return False  # "Made up of the Ground Forces, Air and Air Defence Forces, Naval Forces ..., active personnel of
        # Kazakhstan's army numbers 109,500": the army the services make up is the whole
    near = _WHOLE_MILITARY_NAME_RE.sub(" ", before[-110:])
    if _service_acronym_subject(ctx.norm, near[-60:]):
        return True  # "The Philippine Air Force (PAF) provides ... The PAF has approximately 16,000 active personnel"
    if "\n" in near:  # ("Current composition of army\nKazakhstan has 80,000 troops": a heading names no service of the count)
        near = near.rsplit("\n", 1)[-1]
    if _SERVICE_ROW_RE.search(near[-50:]) or _LAND_FORCES_SUBJECT_RE.search(before[-110:]):
        return True  # "U.S. Army: Around 485,000 active-duty soldiers": a row that names one service; "the number of land
        # forces of Ukraine today is almost 170 thousand": the land component, whatever else the text names
    if _OWN_COUNT_RE.search(near[-45:]) or _SERVICE_BRANCH_RE.search(_BRACKETS_RE.sub(" ", before[-140:])):
        return True  # "..., the Royal Thai Navy with around 79,000 personnel"; "Brazilian Army (...), largest service (...), has"
    services = ({_service_name(s) for s in SERVICE_RE.finditer(_LAST_NUMBER_RE.split(near)[-1])}  # (since the
                or {_service_name(s) for s in SERVICE_RE.finditer(near)})  # last count, if it names one)
    if len(services) != 1:
        return False
    own = services.pop()
    if _SERVICE_SUBJECT_RE.search(near[-70:]):
        return True  # "the Army has about 212,000 active military personnel", "the strength of the army was 75,710"

    def names_another(i: int) -> bool:
        if not 0 <= i < len(ctx.sentences):
            return False
        sent = ctx.sentences[i]
        text = _WHOLE_MILITARY_NAME_RE.sub(" ", ctx.norm[sent.start:sent.end])
        return any(_service_name(s) != own for s in SERVICE_RE.finditer(text)) or (
            i < si and bool(_TOTAL_FORCES_RE.search(text)))
    # (the sentences around it, then back through the article, bounded: "the Nigerian Army, Navy and Air Force" named in
    # the opening paragraphs makes "the population of the Nigerian Army is 150,000" one service's)
    return any(names_another(i) for i in (si, si - 1, si + 1, *range(si - 2, max(-1, si - 40), -1)))


# Countries whose army is the whole military (no navy; the air arm is part of it), so "the army budget" is the
# defence budget: Austria's Bundesheer, Switzerland's Armee, Luxembourg's Army, Nicaragua's Ejército (its navy and air
# force are parts of it).
WHOLE_FORCE_ARMIES = frozenset({"AUT", "CHE", "LUX", "NIC"})
# ... and whose National Guard is its whole military: Cyprus's (Ethniki Froura), not the guard beside an army
WHOLE_FORCE_GUARDS = frozenset({"CYP"})


def one_service_named(ctx: Context, text: str) -> bool:
    """True when ``text`` names one armed service (its money or count is a component), unless the service is the army
    of a country whose army is its whole military and no other service is named."""
    named = SERVICE_RE.search(text)
    if named is None or named.group(0).lower() != "army" or SERVICE_RE.search(text, named.end()):
        return named is not None
    # the army of a country whose army is its whole military; or "army" in lower case (the military in general, not
    # a force's name: "the Nepali Army") in an article that names no other service ("Turkmenistan spent 1.1 billion on
    # the army ... Russia spent the most on the army - about 126 billion")
    return not (ctx.main_country in WHOLE_FORCE_ARMIES or named.group(0) == "army" and not ctx.sentences_with(_OTHER_SERVICE_RE))


_OTHER_SERVICE_RE = re.compile(r"\b(?:navy|naval|air\s+force|marines?|coast\s+guard)\b", I)
# The other armed services, named to set one service apart: "the Army went from ...; the Navy from ..."
# names of a whole military that contain a service word: "the People's Liberation Army", "Korean People's Army"
_WHOLE_MILITARY_NAME_RE = re.compile(r",\s*including\s+[^,;.()]{0,60},|"  # ("The navy, including naval air force and marines,")
                                     r"\bpeople\W?s\s+(?:liberation\s+)?army\b|\b(?:liberation|revolutionary|national)\s+army\b|"
                                     r"\bdefen[cs]e\s+(?:army|force|forces)\b|"
                                     # "army" meaning the whole military: "the largest army in the region is Brazil"
                                     r"\b(?:largest|biggest|strongest|smallest|most\s+capable|best-equipped)\s+arm(?:y|ies)\b", I)
# one service as the subject that has, numbers or is the count (the devsets' single-service rows)
_SERVICE_ROW_RE = re.compile(r"\b(?:army|navy|air\s+force|marine\s+corps|marines|coast\s+guard|space\s+force)\s*[:|\u2013\u2014-]\s*"
                             + HEDGE + r"$", I)
_LAND_FORCES_SUBJECT_RE = re.compile(r"\b(?:ground|land)\s+(?:forces|troops|units)\b[^.;\d]{0,60}?\b(?:numbered|numbers|is|was|are|"
                                     r"were|had|has|totall?ed|stood\s+at|reached)\s+" + HEDGE + r"$", I)
# one service with its own count in a list of services: "the Royal Thai Army with about 190,000 staff, the Royal Thai Navy
# with around 79,000 personnel"
_OWN_COUNT_RE = re.compile(r"\b(?:army|navy|air\s+force|marine\s+corps|marines|coast\s+guard)\s+with\s+" + HEDGE + r"$"  # (and "the Cuban
                           r"|\b(?:navy|air\s+force|marine\s+corps|marines|coast\s+guard),\s+which\s+(?:is|was|has|had|numbers|numbered)\s+" + HEDGE + r"$", I)  # Air Force, which is about 10,000 strong"; not an army: "the Nigerien army, which has about 33,000 men" is often all)
# a service called a service: "Brazilian Army, largest service (accounting for 66 percent of total armed forces), has"
_SERVICE_BRANCH_RE = re.compile(r"\b(?:army|navy|air\s+force|(?:landward|maritime|air|land)\s+component)\b[^.;]{0,80}?\b(?:single\s+)?"
                                r"(?:largest|smallest|oldest|main|senior)\s+(?:service|branch)\b[^.;]{0,20}?\b(?:has|had|numbers|with)\s+"
                                + HEDGE + r"$", I)  # ("The landward component of the SANDF is its single largest service with")
_BRACKETS_RE = re.compile(r"\([^()]*\)")
_SERVICE_SUBJECT_RE = re.compile(
    # ("the Army", "the Army of Qatar"; not "the Finnish army", which loose writing uses for the whole military)
    r"(?:\bthe\s+(?:(?:U\.S\.|US|active[- ]duty|regular)\s+)?(?:army|navy|air\s+force|marine\s+corps|ground\s+forces)"
    r"(?:\s+of\s+[A-Z][\w'-]*)?\s+(?:(?:currently|now|still|today)\s+)?(?:has|had|now\s+has|"
    r"numbers|numbered|totals|totalled|totaled|counts|(?:will|would)\s+be\s+(?:reduced|cut|increased|raised|trimmed|expanded)\s+to)"
    r"\s+(?:an?\s+(?:workforce|personnel\s+force|strength|force)\s+of\s+(?:between\s+)?)?"
    r"|\b(?:strength|size|number\s+of\s+(?:soldiers|personnel))\s+of\s+"
    r"(?:the\s+)?(?:army|navy|air\s+force|(?-i:[A-Z][\w-]+\s+(?:Army|Navy|Air\s+Force))|(?-i:[A-Z][\w-]+\s+)?ground\s+forces)\s+"
    r"(?:was|is|stood\s+at|stands\s+at|at|exceeded|exceeds|topped|has\s+(?:fallen|dropped|slipped)\s+(?:to|below)|"
    r"(?:would|will)\s+be\s+(?:reduced|cut|increased|raised)\s+(?:to|from))\s+|\b(?:land|ground)\s+forces\s+of\s+the\s+[\w\s]{0,30}?army\s+are\s+|"
    r"\bsoldiers?\s+serve\s+in\s+the\s+ground\s+forces|\bthe\s+(?:army|navy|air\s+force)(?:'s|\u2019s)\s+(?:strength|size)\s+(?:is|was|stands\s+at|stood\s+at)\s+|\bthe\s+(?:army|navy|air\s+force)\s*,\s+with\s+|"
    # "the full-time strength of the British Army will indeed reduce to 73,000"; "downsize Army troops from 200,783"
    r"\b(?:full-time\s+|regular\s+|trained\s+)?strength\s+of\s+the\s+[A-Z][\w-]+\s+(?:army|navy|air\s+force)\s+(?:will|would)\s+(?:\w+\s+)?"
    r"(?:reduce|fall|shrink|grow|rise|increase|be\s+(?:reduced|cut|increased|raised))\s+to\s+|"
    r"\b(?-i:Army|Navy|Air\s+Force)\s+(?:troops|soldiers|personnel|strength)\s+(?:from|to)\s+)" + HEDGE + r"[^.;]{0,0}$", I)
# "Colombia's total armed forces amounted to 158,000 ... The army of 136,000": the total named just before
_TOTAL_FORCES_RE = re.compile(r"\b(?:total|overall|combined)\s+(?:armed\s+forces|military|forces|strength)\b", I)
_LAST_NUMBER_RE = re.compile(r"\d[\d,.]*\d|\d")


# "5,500 in the army, 1,800 in the air force and 1,000 in the navy": a count placed in one service by the words after it
_IN_ONE_SERVICE_RE = re.compile(r"(?:(?:\s+(?:personnel|troops|soldiers|servicemen|service\s+members|men))?\s+(?:in|with|for)\s+the\s+|-(?:member|strong|man)\s+)"
                                r"(?P<svc>army|navy|air\s+force|air\s+corps|naval\s+service|marines|marine\s+corps|land\s+forces|ground\s+forces)\b"
                                r"(?!\s+and\b|\s*,\s*(?:navy|air))", I)  # (also "a 412,000-member army"; "56,840 personnel in the land forces")


# "comprised of 21,000 Army, 3,500 Air Force, and 1,050 Navy": a service's count with the next service's after it
_SERVICE_THEN_NEXT_RE = re.compile(r"\s+(?:army|navy|air\s+force|marines)\s*,\s*(?:and\s+)?(?:some\s+|about\s+)?\d[\d,.]*\s+(?:army|navy|air\s+force|marines)\b", re.I)
_GROUND_TROOPS_AFTER_RE = re.compile(r"\s+(?:active\s+)?ground\s+(?:troops|forces|soldiers|personnel)\b", re.I)


def service_after(ctx: Context, si: int, end: int) -> bool:
    """True when the words right after a count put it in one service ("there were 5,500 in the army, 1,800 in the air
    force") and its sentence names another service apart: a component, not the whole force."""
    if _GROUND_TROOPS_AFTER_RE.match(ctx.norm, end) or _SERVICE_THEN_NEXT_RE.match(ctx.norm, end):
        return True  # "It has 90,000 ground troops - two armoured divisions, ...": the land component, never the whole force
    found = _IN_ONE_SERVICE_RE.match(ctx.norm, end)
    if found is None:
        return False
    sent = ctx.sentences[si]
    own = " ".join(found.group("svc").lower().split())
    return any(_service_name(s) != own for s in SERVICE_RE.finditer(_WHOLE_MILITARY_NAME_RE.sub(" ", ctx.norm[sent.start:sent.end])))


# "allocating about NZ$1 billion - compared to NZ$941 million last year - to the Royal New Zealand Air Force": the amount
# goes to one named service (not to a list of them: "to the Army, Navy and Air Force")
_TO_ONE_SERVICE_AFTER_RE = re.compile(r"(?:\s*[\u2014-]\s[^\u2014;]{0,80}?\s[\u2014-])?[^.;\d]{0,40}?\bto\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){0,4}"
                                      r"(?-i:Air\s+Force|Navy|Army|Marine\s+Corps)\b(?!\s*(?:,|and)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){0,3}(?-i:Navy|Air|Army|Marine))")


def service_gets_amount(norm: str, end: int, stop: int) -> bool:
    """True when the amount ending at ``end`` goes to one armed service named after it (before ``stop``)."""
    return _TO_ONE_SERVICE_AFTER_RE.match(norm, end, stop) is not None or _ALLOCATED_TO_SERVICE_AFTER_RE.match(norm, end, stop) is not None


# "Rs. 824.6 billion, has been allocated to the army": an amount given to one service, however the service is written
_ALLOCATED_TO_SERVICE_AFTER_RE = re.compile(r"[^.;\d]{0,40}?\b(?:allocated|earmarked|assigned|set\s+aside|granted|given|went|goes|going)\s+(?:to|for)\s+"
                                            r"the\s+(?:army|navy|air\s+force|marines|marine\s+corps)\b(?!\s*(?:,|and)\s+(?:the\s+)?(?:navy|air|army|marine))", re.I)


# "this army, whose strength is estimated at 12,000 soldiers, of which just over half are in the army and the rest in the
# gendarmerie and the air force": the count its services are then carved out of is the whole
_BROKEN_DOWN_AFTER_RE = re.compile(r"\s*,\s*(?:of\s+which|of\s+whom|of\s+these|including)\b[^.;]{0,60}?\b(?:in|with|to)\s+the\s+(?:army|land\s+forces|ground\s+forces)\b"
                                   r"[^.;]{0,80}?\b(?:navy|air\s+force|gendarmerie)\b", re.I)


def broken_down_after(norm: str, noun_end: int, stop: int) -> bool:
    """True when the services are carved out of the count right after it (see _BROKEN_DOWN_AFTER_RE)."""
    return _BROKEN_DOWN_AFTER_RE.match(norm, noun_end, stop) is not None


# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
gate_all(globals())


# "The Philippine Air Force (PAF)": a service the text names by an acronym it defines (not an army: "the Sudan People's
# Liberation Army (SPLA)" and "the Lao People's Army (LPA)" are whole forces)
_SERVICE_ACRONYM_DEF_RE = re.compile(r"\b(?:Air\s+Force|Navy|Marine\s+Corps|Marines|Coast\s+Guard|Naval\s+Service)\s*\((?P<acr>[A-Z]{2,5})\)")


@functools.lru_cache(maxsize=8)
def _service_acronyms(norm: str) -> re.Pattern | None:
    names = sorted({m.group("acr") for m in _SERVICE_ACRONYM_DEF_RE.finditer(norm)}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(names) + r")\b") if names else None


def _service_acronym_subject(norm: str, near: str) -> bool:
    """True when the text before a count names one service by the acronym the text gave it ("The PAF has")."""
    acronyms = _service_acronyms(norm) if "(" in norm else None
    return acronyms is not None and acronyms.search(near) is not None
