"""Stage 3, classification of head counts: whether a count is a strength, a deployment abroad (and
where), a reserve, or none of these, and why not. Negative evidence wins: changes, casualties,
units, police, one service, plans and mixed totals are never a strength."""


from __future__ import annotations

import re

from dashboard.extraction import countries as geo
from dashboard.extraction import tails
from dashboard.extraction.attribution import (
    ANAPHORIC_PLACE_RE,
    DEPLOYMENT_CUE_RE,
    find_owner,
    host_near,
    subject_for_pronoun,
)
from dashboard.extraction.context import Context, reject, sentence_subject
from dashboard.extraction.hosts import host_table
from dashboard.extraction.lexicon import fillers, hedge_phrases
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.tails import Tail
from dashboard.extraction.vocab import (
    ACTUAL_NUMBER_RE,
    CASUALTY_AFTER_RE,
    CHANGE_BEFORE_RE,
    DEPLOY_VERB_RE,
    HEDGE,
    HOST_AFTER_RE,
    LEFT_PERSON_RE,
    LEVEL_CUE_BEFORE_RE,
    MEMBERS_OF_FORCES,
    OF_THEM_RE,
    PERSONNEL_ROW_RE,
    PERSONNEL_WORDS_RE,
    PUT_AT_RE,
    RESERVE_POOL_RE,
    RIGHT_PERSON_RE,
    SERVICE_RE,
    STOCK_BEFORE_RE,
    STRONG_RE,
    THERE_RE,
    WITH_NUMBER_RE,
    I,
)


def personnel(ctx: Context, si: int, m: NumberMention) -> tuple[str, str, str, str, str] | None:
    """(metric, owner, host, method, how the owner was found) for a personnel figure, or None."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    window_start = max(sent.start, left_edge - 200)  # bounded context keeps long lines linear
    before = norm[window_start:left_edge]
    right = norm[m.end:min(sent.end, m.end + 300)]
    noun_end = None
    bound: list[geo.CountryMention] = []
    method = ""
    left_host = None
    lm = None
    after_left_noun = 0
    mods = ""
    rm = RIGHT_PERSON_RE.match(_person_noun_window(right))
    strong = STRONG_RE.match(right)
    of_them = OF_THEM_RE.match(right)
    if _PERSONNEL_RE1.match(right):
        rm = None  # "12 lakh of them in the Army": never "12 lakh ... Army" read as a noun phrase
    if of_them and not rm and PERSONNEL_WORDS_RE.search(norm, ctx.sentences[max(0, si - 1)].start, m.start):
        # "There are already 11,000 of them in Kursk Oblast": the troops named just before
        noun, noun_end, method = "troops", m.end + of_them.end(), "personnel:of-them"
        bound = referent_owner(ctx, si, m.start)
    elif rm and not _PERSONNEL_RE19.search(rm.group("mods")):
        mods = rm.group("mods")
        noun = rm.group("noun").lower()
        noun_end = m.end + rm.end()
        bound = ctx.country_mentions(m.end, m.end + rm.start("noun"))
        members_of = _MEMBERS_OF_RE.match(norm, noun_end) if noun == "members" else None
        if members_of and not bound:  # "1 495 members of the SANDF": the force after "of" owns the count
            bound = ctx.country_mentions(noun_end, members_of.end())
        method = "personnel:number-noun"
    elif rm or strong and not rm:
        if strong:
            noun, noun_end, method = "military", m.end + strong.end(), "personnel:strong"
        else:
            return reject(ctx, "a personnel noun follows, but as 'more/additional/new' troops: a change, not a level")
    else:
        tail = _tail_word(before)  # a cheap test of the word before the number first (see _tail_word)
        lm = (tail in _LEFT_PERSON_TAILS and LEFT_PERSON_RE.search(before)
              or tail in _ACTUAL_NUMBER_TAILS and ACTUAL_NUMBER_RE.search(before)
              or tail in _PUT_AT_TAILS and PUT_AT_RE.search(before)
              or tail in _RESERVE_POOL_TAILS and RESERVE_POOL_RE.search(before)
              or tail in _HEDGE_TAILS and PERSONNEL_ROW_RE.search(before)) or None
        with_clause = (WITH_NUMBER_RE.match(right) if tail in _WITH_TAILS and _PERSONNEL_RE21.search(before)
                       else None)
        if not lm and with_clause:  # "With 2.3 million, China now has the world's largest active-duty military"
            noun, noun_end, method = "military", m.end + with_clause.end(), "personnel:with-number-has-military"
        elif not lm and _COLON_LIST_BEFORE_RE.search(before[-60:]) and _IN_PLACE_AFTER_RE.match(right):
            # "Two countries where France has soldiers: 1,500 in Niger and 350 in Gabon": the noun before the colon
            noun, noun_end, method = "troops", m.end, "personnel:colon-list"
        elif not lm:
            return reject(ctx, "no personnel noun attached (number-noun, noun-of-number or '-strong')")
    if lm is not None:
        if _PERSONNEL_RE9.search(before[-40:]):
            return reject(ctx, 'an age limit, not a head count')  # "the age limit for reserve duty to 65"
        noun = lm.group("noun").lower()
        if lm.re is PERSONNEL_ROW_RE:
            noun = "reserves" if "reserv" in noun else "active"
        country_before_noun = [c for c in ctx.country_mentions(window_start, window_start + lm.start())
                               if window_start + lm.start() - c.end <= 3]  # "U.S. forces", "Russia's forces"
        if noun in ("force", "forces", "strength", "workforce") and not country_before_noun and not _PERSONNEL_RE20.search(whole_words(before, max(0, lm.start() - 30), lm.end())):
            return reject(ctx, "'force'/'strength' without an armed-forces word")
        noun_end = m.end
        method = "personnel:noun-of-number"
        # "U.S. forces in Europe remain near 100,000": the host stands right after the noun
        after_left_noun = window_start + lm.end("noun")
        left_host = _PERSONNEL_RE10.match(norm[after_left_noun:after_left_noun + 30])
        # "Russian military by", "U.S. troops there from": the country right before the noun
        noun_abs = window_start + lm.start()
        near = [c for c in ctx.country_mentions(window_start, noun_abs) if noun_abs - c.end <= 20]
        bound = near[-1:]
        mods = before[max(0, lm.start() - 30):lm.start()]
        if lm.re is LEFT_PERSON_RE and _PERSONNEL_RE18.search(before[max(0, lm.start() - 40):]):
            return reject(ctx, 'an authorised, planned or target ceiling, not a strength')
        if _PERSONNEL_RE11.search(before[:lm.start()]):
            return reject(ctx, "a change stated with 'by'")
    if noun == "officers" and ctx.says(si, _PERSONNEL_RE12):  # (once per sentence: long sentences stay linear)
        return reject(ctx, "police or other officers, not soldiers")
    if _UNIT_SIZE_RE.search(before[-40:]):
        return reject(ctx, "the size of a team or unit, not a strength")
    if _MANPOWER_POOL_RE.search(_ROW_SPLIT_RE.split(before[-80:])[-1]):  # this row of an infobox only
        return reject(ctx, "people fit to serve (available manpower), not people serving")
    if (_CIVILIAN_RE.search(mods) or _AND_RESERVISTS_AFTER_RE.match(norm, noun_end, min(sent.end, noun_end + 40))
            or _PERSONNEL_RE8.search(norm, m.end, noun_end)
            or _AND_CIVILIANS_AFTER_RE.match(norm, noun_end, min(sent.end, noun_end + 40))):
        return reject(ctx, "civilians, or regulars and reservists counted together: not a military strength")
    if _TOTAL_BROKEN_DOWN_RE.match(norm, noun_end, min(sent.end, noun_end + 80)):
        return reject(ctx, "a total of active, reserve and other personnel (broken down right after): not active strength")
    if method == "personnel:of-them" and _EMPLOYED_AFTER_RE.match(norm, noun_end, min(sent.end, noun_end + 60)):
        return reject(ctx, "people employed in a sector, not troops")
    if _NOT_A_STRENGTH_BEFORE_RE.search(before[-60:]) or _WARTIME_AFTER_RE.match(norm, noun_end, min(sent.end, noun_end + 60)):
        return reject(ctx, "a requirement, recruitment, mobilisation or wartime figure, not a strength")
    if (_WITH_POLICE_BEFORE_RE.search(before[-100:]) or _TOTAL_AFTER_POLICE_RE.search(before[-120:])
            or _POLICE_BREAKDOWN_AFTER_RE.match(norm, noun_end, min(sent.end, noun_end + 60))):
        return reject(ctx, "military and police counted together: neither metric")
    if _SERVICE_NOUN_RE.fullmatch(noun) and _OPEN_BRACKET_RE.search(before[-60:]):
        return reject(ctx, "one service's part of a total given in brackets ('(240,000 Army, 65,000 Navy)')")
    if _OF_THESE_BEFORE_RE.search(before[-30:]) and _SERVICE_PART_AFTER_RE.match(norm, m.end, min(sent.end, m.end + 60)):
        return reject(ctx, "a part of the total just given ('Of these, 138,000 are in the army'): a component")
    sent_to_host = _PERSONNEL_RE2.search(before[-60:]) or (
        _SENT_BEFORE_RE.search(before[-40:]) and _TO_PLACE_AFTER_RE.match(norm, noun_end, min(sent.end, noun_end + 60)))
    if (Tail(before).admits(tails.CHANGE_BEFORE, 70) and CHANGE_BEFORE_RE.search(before[-70:]) and not sent_to_host and not _STANDING_EXTRA_RE.search(before[-40:])
            and not _RANKED_BY_SENDING_RE.search(before[-90:])) or (
            CASUALTY_AFTER_RE.search(norm[noun_end:min(sent.end, noun_end + _CASUALTY_REACH)])
            and not _WHOLE_OF_PART_BEFORE_RE.search(before[-50:])):
        return reject(ctx, 'a change of troop levels or casualties (withdraw, send, add, killed...)')
    if _PERSONNEL_RE3.match(right):
        return reject(ctx, 'counts casualties, countries or members, not troops')
    if _PERSONNEL_RE4.match(norm[noun_end:noun_end + 80]):
        return reject(ctx, "a multinational total ('from 50 countries')")  # "10,000 troops from 50 countries": a multinational total
    listed = _PERSONNEL_RE5.match(norm[noun_end:noun_end + 40])
    from_one = method == "personnel:of-them" and listed and _FROM_ONE_RE.match(norm, noun_end + listed.end())
    if from_one:  # "7,968 of them are from Bangladesh, 8,298 are from Pakistan": each count is one country's
        bound = [c for c in ctx.country_mentions(noun_end + listed.end(), noun_end + listed.end() + from_one.end())
                 if c.kind != "alliance"][:1]
    elif listed and len(ctx.country_mentions(noun_end + listed.end(), noun_end + listed.end() + 80)) >= 2:
        return reject(ctx, "a multinational total ('from South Africa, Malawi and Tanzania')")  # "5,000 troops from South Africa, Malawi and Tanzania": a multinational total
    # host: "stationed in South Korea", "on Ukrainian territory", "there"
    host = ""
    if method == "personnel:noun-of-number" and left_host:
        at = after_left_noun + left_host.end()
        named = [c.iso3 for c in ctx.country_mentions(at, at + 40) if c.start == at]
        named += [h.host for h in host_table().find(norm, at, at + 40) if h.start == at]
        host = named[0] if named else ""
    after_noun = norm[noun_end:min(sent.end, noun_end + 200)]
    services = _SERVICE_LIST_AFTER_RE.match(after_noun) if _SERVICE_NOUN_RE.fullmatch(noun) else None
    if services:  # "11,000 Army, Royal Navy and Royal Air Force personnel are serving ...": the noun ends the list
        noun_end += services.end()
        after_noun = norm[noun_end:min(sent.end, noun_end + 200)]
    hm = HOST_AFTER_RE.match(after_noun)
    if hm:
        place = [c for c in ctx.country_mentions(noun_end + hm.end(), noun_end + hm.end() + 40)
                 if c.start == noun_end + hm.end()]
        if place and _BORDER_AFTER_RE.match(norm, place[0].end, min(sent.end, place[0].end + 20)):
            return reject(ctx, "sent to the border with another country ('to the US border'): at home, not abroad")
        if place and hm.group("prep") in ("with", "into"):
            pass  # "serving with the French": alongside another force; only a mission ("serve with UNIFIL") is a host
        elif place:
            host = place[0].iso3
        else:  # "assigned to U.S. Forces Korea", "at Camp Humphreys", "across the Sahel", "serve with UNIFIL"
            at = noun_end + hm.end()
            named = [h for h in host_table().find(norm, at, min(sent.end, at + 60)) if h.start == at]
            host = named[0].host if named else ""
    where = _PERSONNEL_RE6.search(before)  # "the island's north, where Ankara keeps 35,000 troops"
    if not host and where:
        places = [c for c in ctx.country_mentions(window_start, window_start + where.start())
                  if ctx.is_place(c)]
        if places:
            host = places[-1].iso3
    if not host and _PERSONNEL_RE13.match(after_noun):
        places = [c for c in ctx.country_mentions(window_start, m.start) if ctx.is_place(c)]
        if places:
            host = places[-1].iso3
    if not host and (THERE_RE.match(after_noun) or _EXISTENTIAL_THERE_RE.search(before[-40:])):
        places = [c for c in ctx.country_mentions(window_start, m.start) if ctx.is_place(c)]
        if places:
            host = places[-1].iso3
        elif si:
            host = sentence_subject(ctx, si - 1)
    if not host and bound and _PERSONNEL_RE14.search(before):
        subject = subject_for_pronoun(ctx, si, m.start, bound[0].iso3)
        host = subject if subject != bound[0].iso3 else ""
    owner, how = find_owner(ctx, si, m, host, bound)
    several_hosts = False
    if not owner:
        return reject(ctx, 'no owner could be found')
    if m.value > 10_000_000:
        return reject(ctx, "too large for a head count (billions and trillions are money)")
    is_reserve = noun in ("reservists", "reserves", "reserve") or _PERSONNEL_RE15.search(mods)
    if from_one and not host and any(ctx.says(i, _PEACEKEEPING_WORD_RE) for i in range(max(0, si - 2), si + 1)):
        return "troops_deployed", owner, "", method + "+peacekeepers", how  # one country's share of the missions' total
    if not host and not is_reserve and not from_one and (_says_in_part(ctx, si, m, DEPLOYMENT_CUE_RE) or method == "personnel:of-them"
                                        or ANAPHORIC_PLACE_RE.search(norm, noun_end, min(sent.end, noun_end + 40))):
        host, how_host = host_near(ctx, si, m, owner)
        several_hosts = how_host == "several-hosts"
        if host:
            if how == "sentence" and not bound:
                # the nearest country word may be the host itself: "in Lithuania, the US Army deployed 500"
                owner, how = find_owner(ctx, si, m, host, bound)
            method += "+" + how_host
    if m.value < 20:
        return reject(ctx, "under 20: a team or a handful, not a strength or a deployment")
    if owner == "NATO" and not (host and host != owner):
        return reject(ctx, "an alliance has no standing forces of its own: a pooled or target force")
    if is_reserve and _PERSONNEL_RE8.search(norm[max(sent.start, left_edge - 120):left_edge]):
        return reject(ctx, "regulars and reserves counted together: neither metric")
    if is_reserve:
        return "reserve_personnel", owner, "", method, how
    if host and host != owner:
        if _GUARD_WORDS_RE.search(mods) and "+host-" in method:
            return reject(ctx, "a guard force whose host was not named next to it: at home, not abroad")
        if (_PERSONNEL_RE7.search(before[-40:]) or _COMPONENT_LIST_RE.search(before[-80:])) and not _PERSONNEL_RE10.match(after_noun):
            return reject(ctx, "a part of a deployment ('including 10,000 troops and 6,000 sailors'): a component")
        return "troops_deployed", owner, host, method + "+host", how
    if not is_reserve and (several_hosts or _PERSONNEL_RE16.match(after_noun)) and m.value >= 100:
        # "11,000 personnel are serving on 35 overseas operations in countries including Iraq and Afghanistan":
        # a deployment across several hosts (no single host), never a home strength
        return "troops_deployed", owner, "", method + "+no-single-host", how
    ranked_peacekeeper = (not host and _RANKED_WITH_RE.search(before[-60:]) is not None and m.value < 20_000
                          and any(ctx.says(i, _PEACEKEEPING_WORD_RE) for i in range(max(0, si - 2), si + 1)))
    if not is_reserve and m.value >= 100 and (ranked_peacekeeper or _peacekeepers(ctx, si, noun, mods, m.value)):
        if _POLICE_NEAR_RE.search(norm, m.end, min(sent.end, noun_end + 120)):
            return reject(ctx, "a contribution counted with its police, or the police part of it: not troops")
        # peacekeepers serve abroad by definition; with no host named they are a contribution to UN missions
        return "troops_deployed", owner, "", method + "+peacekeepers", how
    if (DEPLOY_VERB_RE.search(before[-40:]) or DEPLOY_VERB_RE.search(after_noun[:25])
            or _PERSONNEL_RE16.match(after_noun)):
        return reject(ctx, 'deployed, but the host could not be found: neither a deployment nor a home strength')  # deployed, but we cannot say where: not a strength figure either
    if m.value < 100:
        return reject(ctx, "under 100: a unit or a group, not a country's strength")
    if _GUARD_COMPONENT_RE.search(before[-120:]):
        return reject(ctx, "a guard or territorial force: a component beside the regular forces")
    if _single_service(ctx, si, before):
        return reject(ctx, "one armed service's strength (the Army, with the Navy named apart): a component")
    if (_PERSONNEL_RE7.search(before[-40:]) or _COMPONENT_LIST_RE.search(before[-80:])) and not (
            _PERSONNEL_RE17.search(mods + " " + noun) and _MIXED_TOTAL_BEFORE_RE.search(before[-120:])):
        return reject(ctx, "a part of a total ('including 850,000 ground forces'): a component, not the strength")
    if _PERSONNEL_RE8.search(norm[max(sent.start, left_edge - 120):left_edge]):
        return reject(ctx, "regulars and reserves counted together: neither metric")
    stock = (_PERSONNEL_RE17.search(mods + " " + noun)
             or LEVEL_CUE_BEFORE_RE.search(before[-90:]) or m.value >= 100_000 or method in ("personnel:noun-of-number", "personnel:strong")
             or STOCK_BEFORE_RE.search(before[-60:]) or how == "pronoun")
    if not stock:
        return reject(ctx, 'personnel words without a stock cue (has, active, strength of...)')
    return "active_personnel", owner, "", method, how


# CASUALTY_AFTER_RE is anchored ("^[^.;]{0,30}?\bkilled..."): its match ends within ~70 characters of the noun
# unless words are split by runs of hundreds of spaces. Reading a bounded window instead of the rest of the
# sentence keeps a long sentence with many numbers linear (the slice alone was a copy of the sentence per number).
_CASUALTY_REACH = 400


# A word chain of 8+ hyphens ("F-35-5-F-35-...") lets RIGHT_PERSON_RE's four modifiers ("[A-Z][\w.'-]*")
# split it every possible way before failing: seconds per number. No person-noun phrase reads through one.
_HYPHEN_CHAIN_RE = re.compile(r"(?<![\w.'-])[\w.']*+(?:-[\w.']*+){8}")


# Likewise a run of hundreds of spaces (or line breaks): RIGHT_PERSON_RE's "\s*-?\s*" tries every way to share it out.
_LONG_SPACE_RE = re.compile(r"\s{41}")


def _person_noun_window(right: str) -> str:
    """``right`` up to the first word chain of eight or more hyphens or run of over 40 spaces (unchanged when
    it has none: prose never spaces a number 40 characters from its noun)."""
    if right.count("-") >= 8:
        chain = _HYPHEN_CHAIN_RE.search(right)
        if chain:
            right = right[:chain.start()]
    gap = _LONG_SPACE_RE.search(right)
    if gap:
        right = right[:gap.start()]
    if "\n" in right:  # "Paramilitary: 397K\nReserves: 479K": a row ends at the line that opens the next row
        row = _NEXT_ROW_RE.search(right)
        if row:
            right = right[:row.start()]
    return right


# The patterns above that end "<link word>\s+" + HEDGE + "$" can match only when ``before`` ends in the link
# word or in the last word of a hedge: a look at that word spares a search of 200 characters per number.
class _AnyWord:
    """The tail of text that does not end in an ASCII word (a sign, a bracket, other scripts): test it in full."""

    def __repr__(self) -> str:
        return "<any>"


_ANY = _AnyWord()


_TAIL_WORD_RE = re.compile(r"[A-Za-z0-9_]*\Z")


def _tail_word(text: str) -> str | _AnyWord:
    """The last word of ``text`` (trailing spaces ignored), lower-cased; ``_ANY`` when it ends in a sign a pattern
    may end in, "" in any other sign.

    A word is a run of ASCII letters, digits and "_" (what the patterns' \\w matches in ASCII text). Text whose
    end is not ASCII gives ``_ANY``: re's case folding matches "\u017f" to "s" and "\u212a" to "k".
    """
    end = text.rstrip()[-40:]
    if not end or not end.isascii():
        return _ANY
    if not (end[-1].isalnum() or end[-1] == "_"):
        # the patterns end in a word, a hedge's sign ("~", "approx.") or a table row's "|" or ":"
        return _ANY if end[-1] in _SIGN_ENDS else ""
    return _TAIL_WORD_RE.search(end).group(0).lower()


class _Tails:
    """Words a pattern may end in, and prefixes of them; ``_ANY`` (text not ending in a word) is in every set."""

    def __init__(self, words: frozenset[str], prefixes: tuple[str, ...] = ()):
        self.words, self.prefixes = words, prefixes

    def __contains__(self, word: object) -> bool:
        return word is _ANY or word in self.words or bool(self.prefixes) and str(word).startswith(self.prefixes)


def _phrase_tail(phrase: str) -> str:
    return re.search(r"[A-Za-z0-9_]*$", phrase).group(0).lower()


_HEDGE_WORDS = frozenset(_phrase_tail(p) for p in {*hedge_phrases(), *fillers()} if p[-1].isalnum())


_HEDGE_TAILS = _Tails(_HEDGE_WORDS)


_SIGN_ENDS = frozenset(p[-1] for p in {*hedge_phrases(), *fillers()} if not p[-1].isalnum()) | {"|", ":"}


_LEFT_PERSON_TAILS = _Tails(_HEDGE_WORDS | {
    "of", "at", "to", "from", "totaling", "totalling", "numbering", "numbered", "numbers", "is", "was", "are", "were",
    "reached", "comprising", "comprise", "comprises", "counts", "counted", "below", "above", "under", "over", "near", "around", "about",
    "be", "number", "total"},  # "are estimated to be", "are thought to number"
    prefixes=("remain",))  # "remain\\w*"


_ACTUAL_NUMBER_TAILS = _Tails(_HEDGE_WORDS | {"was", "is", "are", "were", "at", "of", "from", "between"})


_PUT_AT_TAILS = _Tails(_HEDGE_WORDS | {"at"})


_RESERVE_POOL_TAILS = _Tails(_HEDGE_WORDS | {"of"})


_WITH_TAILS = _Tails(_HEDGE_WORDS | {"with"})


def _says_in_part(ctx: Context, si: int, m: NumberMention, pattern: re.Pattern) -> bool:
    """``ctx.says`` for the part of the sentence between semicolons that holds ``m``: "450,000 active
    personnel, backed by reservists; it also keeps a field hospital with the UN mission in South Sudan"."""
    sent = ctx.sentences[si]
    start = ctx.norm.rfind(";", sent.start, m.start) + 1 or sent.start
    end = ctx.norm.find(";", m.end, sent.end)
    if start == sent.start and end < 0:
        return ctx.says(si, pattern)
    return bool(pattern.search(ctx.norm, start, end if end >= 0 else sent.end))


def _single_service(ctx: Context, si: int, before: str) -> bool:
    """True when the count belongs to one service named just before it while the text names the other
    services apart ("the Army went from 147,000 to 230,000 men; the Navy from 21,000"); a list of services
    ("Egypt's army, navy and air force have a combined strength of 450,000") is the whole."""
    near = _WHOLE_MILITARY_NAME_RE.sub(" ", before[-80:])
    services = {" ".join(s.group(0).lower().split()) for s in SERVICE_RE.finditer(near)}
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
        return any(" ".join(s.group(0).lower().split()) != own for s in SERVICE_RE.finditer(text)) or (
            i < si and bool(_TOTAL_FORCES_RE.search(text)))
    return names_another(si) or names_another(si - 1) or names_another(si + 1)


def whole_words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without a word cut in two at the start ("Fin|land" must not read as "land")."""
    if 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
        space = _WHOLE_WORDS_RE1.search(text[start:end])
        start = start + space.end() if space else end
    return text[start:end]


def referent_owner(ctx: Context, si: int, pos: int) -> list:
    """The country bound to the last troops named before ``pos`` ("North Korean troops ... 11,000 of them")."""
    start = ctx.sentences[max(0, si - 1)].start
    named = list(PERSONNEL_WORDS_RE.finditer(ctx.norm, start, pos))
    if not named:
        return []
    last = named[-1].start()
    return [c for c in ctx.country_mentions(max(start, last - 40), last)
            if last - c.end <= 3 and c.kind in ("demonym", "short", "name")][-1:]


# The patterns of the functions above, compiled once at import rather than looked up in re's cache per call.
_PERSONNEL_RE1 = re.compile(r"\s+of\s+(?:them|those|whom)\b", I)


_PERSONNEL_RE2 = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|already\s+|reportedly\s+)?sent\s+" + HEDGE + r"$", I)


_PERSONNEL_RE3 = re.compile(r"^\s*(?:killed|dead|wounded|casualties|losses|countries|nations|states|allies|members\b(?!" + MEMBERS_OF_FORCES + r"))\b", I)


_PERSONNEL_RE4 = re.compile(r"^[^.;]{0,40}?\bfrom\s+(?:\d+|some|more\s+than|about|over|\w+)\s+(?:\w+\s+)?(?:countries|nations)\b", I)


_PERSONNEL_RE5 = re.compile(r"^[^.;]{0,20}?\bfrom\s+", I)
_COLON_LIST_BEFORE_RE = re.compile(r"\b(?:troops|soldiers|personnel|service\s*members)\s*:\s*" + HEDGE + r"$", I)
_IN_PLACE_AFTER_RE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
# a contributor ranked in a passage about peacekeeping: "India ranked third with 6,073 troops"
_RANKED_WITH_RE = re.compile(r"\b(?:ranked|ranks|rank|place|spot|position|is\s+(?:first|second|third|fourth|fifth|\w+th))\b[^.;]{0,30}?"
                             r"\bwith\s+" + HEDGE + r"$", I)
_PEACEKEEPING_WORD_RE = re.compile(r"\bpeace-?keep\w*", I)
_FROM_ONE_RE = re.compile(r"(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*(?:[,;.]|\band\b|$)")


_PERSONNEL_RE6 = re.compile(r"\bwhere\b[^.;]{0,60}$", I)


_PERSONNEL_RE7 = re.compile((r"\b(?:including|includes|consisting\s+of|comprising|of\s+which|among\s+them|out\s+of\s+which)\s+"
                 r"(?:some\s+|about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|only\s+|just\s+)?$"), I)


# the second part of the same list: "including 9,000 troops and 5,000 sailors"
_COMPONENT_LIST_RE = re.compile(r"\b(?:including|includes|comprising|consisting\s+of)\s+" + HEDGE + r"[\d.,]+\s+(?:[\w-]+\s+){0,2}?[\w-]+"
                                r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + HEDGE + r"$", I)


_PERSONNEL_RE8 = re.compile(r"\b(?:regulars?|troops|soldiers|personnel)\s+and\s+(?:[\w.,]+\s+)?reserv", I)


# "small teams of 10 to twenty troops": the size of a unit, not anyone's strength or deployment
_UNIT_SIZE_RE = re.compile(r"\b(?:teams?|groups?|squads?|platoons?|detachments?|cells?|crews?|units?)\s+of\s+" + HEDGE + r"$", I)


# "the available manpower of the UAE is ... 3.6 million people": people fit to serve, not serving
_ROW_SPLIT_RE = re.compile(r"[|\n]")
_NEXT_ROW_RE = re.compile(r"\n[ \t]*(?:[\u2022*][ \t]*)?[A-Z][\w ()'-]{0,30}:")


_CIVILIAN_RE = re.compile(r"\bcivil(?:ian)?s?\b", I)


_AND_CIVILIANS_AFTER_RE = re.compile(r"\s+and\s+(?:[a-z]+\s+)?civilian", I)  # not "and 200 civilian personnel": a count of its own


_AND_RESERVISTS_AFTER_RE = re.compile(r"\s+and\s+(?:active\s+|part-time\s+|volunteer\s+)?reserv", I)


_TOTAL_BROKEN_DOWN_RE = re.compile(r"\s*,?\s*(?:consisting\s+of|comprising|made\s+up\s+of|including|of\s+which|of\s+whom)\s+"
                                   + HEDGE + r"[\d.,]+\s*(?:million\s+|thousand\s+)?(?:active|regular|full-time)", I)


_EMPLOYED_AFTER_RE = re.compile(r"[^.;]{0,20}?\b(?:employed|working|work|workers)\b", I)


# "the armed forces should have 188,000", "increase recruitment to more than 1 lakh soldiers", "can mobilize 5 million"
_NOT_A_STRENGTH_BEFORE_RE = re.compile(
    r"\b(?:should|ought\s+to|is\s+supposed\s+to|are\s+supposed\s+to)\s+(?:have|number|be)\s+" + HEDGE + r"$"
    r"|\b(?:recruitment|recruiting|intake|enlistment|induction)(?:\s+(?:target|goal|quota))?\s+(?:to|of)\s+" + HEDGE + r"$"
    r"|\b(?:can|could|would\s+be\s+able\s+to|able\s+to)\s+mobili[sz]e\s+" + HEDGE + r"$"
    r"|\b(?:capacity|capability)\s+(?:for|of)\s+" + HEDGE + r"$"
    r"|\b(?:(?:shortfall|shortage|deficit|gap|vacancies)\s+of|short(?:\s+of)?)\s+(?:[^.;]{0,50}?\band\s+)?" + HEDGE + r"$"
    r"|\b(?:deployments?|units?|forces?|contingents?|missions?)\s+(?:smaller|larger|greater|bigger)\s+than\s+$"
    r"|\bproposals?\s+(?:for|of)\s+(?:an?\s+)?(?:[^.;]{0,40}?\band\s+(?:an?\s+)?)?" + HEDGE + r"$", I)


_WARTIME_AFTER_RE = re.compile(r"[^.;]{0,30}?\b(?:in\s+times?\s+of\s+war|in\s+wartime|during\s+wartime|in\s+case\s+of\s+war|"
                               r"when\s+(?:fully\s+)?mobili[sz]ed|upon\s+mobili[sz]ation|on\s+mobili[sz]ation)\b", I)


# Territorial and guard forces: a component beside the regular forces, not the whole
_GUARD_COMPONENT_RE = re.compile(r"\b(?:home\s+guard|territorial\s+defen[cs]e\s+(?:force|forces|troops)|national\s+guard|"
                                 r"border\s+guard|coast\s+guard|gendarmerie|wot)\b[^.;]{0,30}$|\bparamilitary\b[^.;]{0,90}$", I)


_MANPOWER_POOL_RE = re.compile(r"\brequired\s+to\s+serve|\beligible\s+(?:for|to)\s+(?:military\s+)?serv\w*|\b(?:available|potential)\s+manpower|\bmanpower\s+available|\bfit\s+for\s+(?:military\s+)?service|"
                               r"\bmilitary\s+age\b|\breaching\s+military", I)


# Military and police counted together: "The Military and police increased from 300,000",
# "a total of 941 personnel: 97 from the police", "30 police, three observers and 533 troops making a total of 566"
_WITH_POLICE_BEFORE_RE = re.compile(r"\b(?:military|armed\s+forces|army|troops|soldiers)\s+and\s+(?:the\s+)?(?:national\s+)?police\b|"
                                    r"\bpolice\s+and\s+(?:the\s+)?(?:military|armed\s+forces|army)\b", I)


_POLICE_BREAKDOWN_AFTER_RE = re.compile(r"\s*(?::|\(|,?\s*(?:including|of\s+whom|comprising))[^.;]{0,40}?\bpolice\b", I)


_TOTAL_AFTER_POLICE_RE = re.compile(r"\bpolice\b[^.;]{0,80}?\btotal\s+(?:of\s+)?" + HEDGE + r"$", I)


# The other armed services, named to set one service apart: "the Army went from ...; the Navy from ..."
# names of a whole military that contain a service word: "the People's Liberation Army", "Korean People's Army"
_WHOLE_MILITARY_NAME_RE = re.compile(r"\bpeople\W?s\s+(?:liberation\s+)?army\b|\b(?:liberation|revolutionary|national)\s+army\b|"
                                     r"\bdefen[cs]e\s+(?:army|force|forces)\b|"
                                     # "army" meaning the whole military: "the largest army in the region is Brazil"
                                     r"\b(?:largest|biggest|strongest|smallest|most\s+capable|best-equipped)\s+arm(?:y|ies)\b", I)


# "Colombia's total armed forces amounted to 158,000 ... The army of 136,000": the total named just before
_TOTAL_FORCES_RE = re.compile(r"\b(?:total|overall|combined)\s+(?:armed\s+forces|military|forces|strength)\b", I)


_PERSONNEL_RE9 = re.compile(r"\bage[sd]?\b", I)


_PERSONNEL_RE10 = re.compile(r"\s+(?:stationed\s+|deployed\s+|based\s+)?(?:in|on|across|throughout)\s+(?:the\s+)?", I)


_PERSONNEL_RE11 = re.compile(r"\b(?:by)\s*$", I)


_PERSONNEL_RE12 = re.compile(r"\bpolice|\bgendarm|\bcustoms|\bprison", I)


_PERSONNEL_RE13 = re.compile(r"^\s+(?:out\s+of|from)\s+the\s+country\b", I)


_PERSONNEL_RE14 = re.compile(r"\bhost(?:s|ed|ing)?\s+" + HEDGE + r"$", I)


_PERSONNEL_RE15 = re.compile(r"\breserve\b", I)


_PERSONNEL_RE16 = re.compile((r"^\s+(?:\w+\s+){0,2}?(?:abroad|overseas|on\s+(?:un\s+|peacekeeping\s+)?missions?|"
                        r"(?:in|across)\s+(?:the\s+)?(?:\d+\s+|several\s+|various\s+|multiple\s+)?(?:different\s+)?(?:un\s+)?missions\b|"
                        r"(?:serving|deployed)\s+(?:in|with|on)"
                        r"\s+(?:[\w-]+\s+){0,2}?(?:missions?|operations?|peacekeeping))\b"), I)


_PERSONNEL_RE17 = re.compile(r"\bactive\b", I)


_WHOLE_WORDS_RE1 = re.compile(r"\s")


_PERSONNEL_RE18 = re.compile(r"\b(?:authori[sz]ed|quota|positions|posts|ceiling|cap|establishment)\b", I)


_PERSONNEL_RE19 = re.compile(r"(?i:\b(?:more|additional|extra|fewer|less)\b)|\bnew\b")  # "New Zealand" is a name


_PERSONNEL_RE20 = re.compile(r"\b(?:armed|military|army|navy|air\s+force|troop|active|ground|land|personnel|defen[cs]e)\b|"
                             r"\bnumber\s+of\s+(?:its|their)\s+forces\s+in\b|"
                             r"\bforce\s+strength\b", I)


# "over 4,000 of the approximately 19,000 Marines ... will be moved": the verb is the part's, not the whole's
_WHOLE_OF_PART_BEFORE_RE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+)?of\s+(?:the\s+|its\s+|their\s+)?" + HEDGE + r"$", I)


# "1.08 million military personnel, consisting of 400,000 active personnel, 400,000 reserves": a mixed total
_MIXED_TOTAL_BEFORE_RE = re.compile(r"\b(?:consisting\s+of|comprising|made\s+up\s+of|including)\s+" + HEDGE + r"$", I)


_MEMBERS_OF_RE = re.compile(MEMBERS_OF_FORCES, I)


# A guard force sent along its own border is at home: "10,000 Mexican National Guard troops deployed along the border"
_GUARD_WORDS_RE = re.compile(r"\b(?:national\s+guard|border\s+guard|gendarmerie|coast\s+guard)\b", I)


_STANDING_EXTRA_RE = re.compile(r"\bthere\s+(?:are|were)\s+(?:also\s+)?(?:an?\s+)?(?:additional|further|another)\s+" + HEDGE + r"$", I)


_PERSONNEL_RE21 = re.compile(r"(?:^|[.;:]\s*)with\s+" + HEDGE + r"$", I)


_EXISTENTIAL_THERE_RE = re.compile(r"\bthere\b(?!\s+(?:are|were|is|was|have|had|remain))", I)  # "there were 563,000" is not a place
_OTHER_SERVICES_RE = re.compile(r"\b(?:navy|air\s+force|marine\s+corps|marines)\b", I)


# "ranked first in the world by sending 10,748 peacekeepers": a contribution's size, not a change of it
_RANKED_BY_SENDING_RE = re.compile(r"\b(?:rank\w*|first|second|third|top|largest|biggest)\b[^.;]{0,60}?\b(?:by|in)\s+"
                                   r"(?:sending|contributing|deploying)\s+" + HEDGE + r"$", I)
_PEACEKEEPERS_RE = re.compile(r"\b(?:peace-?keep(?:ers?|ing)|blue\s+(?:helmets|berets))\b", I)
# another count of peacekeepers in the same sentence: "Ethiopia is second with 6,662 peacekeepers, Rwanda with 6,322 troops"
_COUNTED_PEACEKEEPERS_RE = re.compile(r"\d\s+(?:[\w-]+\s+){0,2}?peace-?keepers\b", I)


def _peacekeepers(ctx: Context, si: int, noun: str, mods: str, value: float) -> bool:
    """Whether the count is of peacekeepers: the noun says so; the sentence counts peacekeepers beside it; or a
    passage about peacekeeping operations breaks a country's contribution down ("a total of 2,341 personnel, 79 from
    the police, 18 UNMEM and 2,244 troops")."""
    if _PEACEKEEPERS_RE.search(noun) or _PEACEKEEPERS_RE.search(mods):
        return True
    if ctx.says(si, _COUNTED_PEACEKEEPERS_RE):  # (once per sentence: a long sentence of numbers stays linear)
        return True
    return (value < 20_000 and ctx.says(si, _CONTRIBUTION_RE)
            and any(ctx.says(i, _PEACEKEEPING_OPERATIONS_RE) for i in range(max(0, si - 3), si + 1)))


_CONTRIBUTION_RE = re.compile(r"\b(?:police|UNMEM|experts\s+on\s+mission|staff\s+officers|contribut\w*)\b", I)
_PEACEKEEPING_OPERATIONS_RE = re.compile(r"\bpeace-?keeping\s+(?:operations?|missions?|contributions?|forces?)\b", I)


# "Kenya sent about 4,660 soldiers to Somalia in October 2011": the first deployment's size, not a change of one
# (never "sent 500 more troops", which CHANGE_BEFORE_RE keeps as a change)
_SENT_BEFORE_RE = re.compile(r"\b(?:initially\s+|formally\s+|first\s+|originally\s+)?(?:sent|dispatched|deployed)\s+" + HEDGE + r"$", I)
_TO_PLACE_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?(?-i:[A-Z])", I)
# "Of these, 138,000 are part of the army, 69,000 are from the navy": the services' shares of a total
_OF_THESE_BEFORE_RE = re.compile(r"\bof\s+(?:these|them|this\s+(?:total|number)|whom)\s*,?\s*(?:\w+\s+){0,2}?" + HEDGE + r"$", I)
_SERVICE_PART_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:are|were|is|serve|served)\s+(?:\w+\s+){0,3}?(?:part\s+of\s+|from\s+|in\s+|with\s+)?"
                                    r"(?:the\s+)?(?:[\w-]+\s+)?(?:army|navy|air\s+force|marines?|marine\s+corps|ground\s+forces)\b", I)
_SERVICE_NOUN_RE = re.compile(r"army|navy|air\s+force|marines?|marine\s+corps|ground\s+forces", I)
_OPEN_BRACKET_RE = re.compile(r"\([^()]*$")
_BORDER_AFTER_RE = re.compile(r"(?:'s)?\s+(?:southern\s+|northern\s+|eastern\s+|western\s+)?(?:border|frontier)\b", I)
# "6,146 personnel ..., comprising 978 from the police": the police are in the count (or are the count)
_POLICE_NEAR_RE = re.compile(r"\bpolice\b", I)
_SERVICE_LIST_AFTER_RE = re.compile(r"(?:\s*,?\s+(?:and\s+)?(?:the\s+)?(?:royal\s+)?(?:navy|air\s+force|marines?|marine\s+corps|army))+\s+"
                                    r"(?:personnel|troops|service\s*members|members)\b", I)
# one service as the subject that has, numbers or is the count (the devsets' single-service rows)
_SERVICE_SUBJECT_RE = re.compile(
    # ("the Army", "the Army of Qatar"; not "the Finnish army", which loose writing uses for the whole military)
    r"(?:\bthe\s+(?:army|navy|air\s+force|marine\s+corps|ground\s+forces)(?:\s+of\s+[A-Z][\w'-]*)?\s+(?:has|had|now\s+has|"
    r"numbers|numbered|totals|totalled|totaled|counts)\s+|\b(?:strength|size|number\s+of\s+(?:soldiers|personnel))\s+of\s+"
    r"(?:the\s+)?(?:army|navy|air\s+force)\s+(?:was|is|stood\s+at|stands\s+at|at|has\s+(?:fallen|dropped|slipped)\s+(?:to|below)|"
    r"(?:would|will)\s+be\s+(?:reduced|cut|increased|raised)\s+to)\s+|\b(?:land|ground)\s+forces\s+of\s+the\s+[\w\s]{0,30}?army\s+are\s+|"
    r"\bsoldiers?\s+serve\s+in\s+the\s+ground\s+forces)" + HEDGE + r"[^.;]{0,0}$", I)
