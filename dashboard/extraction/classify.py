"""Stage 3, classification: which metric a number states, from the words attached to it.

Negative evidence wins: changes of troop levels, casualties, pay, national budgets, exchange rates."""

from __future__ import annotations

import re

from dashboard.extraction import countries as geo
from dashboard.extraction import tails
from dashboard.extraction.attribution import (
    ANAPHORIC_PLACE_RE,
    DEPLOYMENT_CUE_RE,
    clause_around,
    find_owner,
    host_near,
    subject_for_pronoun,
)
from dashboard.extraction.context import Context, reject, sentence_subject
from dashboard.extraction.hosts import host_table
from dashboard.extraction.lexicon import fillers, hedge_phrases
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.tails import Tail
from dashboard.extraction.text import Sentence
from dashboard.extraction.vocab import (
    ACTUAL_NUMBER_RE,
    AMOUNT_THEN_SHARE_RE,
    BUDGET_AFTER_RE,
    BUDGET_BEFORE_RE,
    BUDGET_CTX_RE,
    BUDGET_PASSIVE_AFTER_RE,
    BUDGET_VERB_BEFORE_RE,
    CASUALTY_AFTER_RE,
    CHANGE_BEFORE_PCT_RE,
    CHANGE_BEFORE_RE,
    CHANGE_NOUN_AFTER_RE,
    COMPARATIVE_AFTER_RE,
    COMPONENT_RE,
    DECREASE_RE,
    DEFENSE_CTX_RE,
    DEPLOY_VERB_RE,
    FOR_DEFENSE_AFTER_RE,
    GDP_AFTER_RE,
    GDP_BEFORE_RE,
    GDP_WORD_RE,
    HEDGE,
    HOST_AFTER_RE,
    LEFT_PERSON_RE,
    LEVEL_AFTER_CHANGE_RE,
    LEVEL_CUE_BEFORE_RE,
    LEVEL_FROM_RE,
    LONG_RUN_RE,
    MEMBERS_OF_FORCES,
    MONEY_NEGATIVE_AFTER_RE,
    MONEY_PURPOSE_AFTER_RE,
    MONEY_ROW_RE,
    MONEY_TOTAL_BEFORE_RE,
    MULTI_YEAR_AFTER_RE,
    MULTI_YEAR_BEFORE_RE,
    MULTI_YEAR_SENTENCE_RE,
    NATO_CTX_RE,
    NATO_TARGET_RE,
    NATO_WORD_RE,
    OF_IT_RE,
    OF_THEM_RE,
    OTHER_SUBJECT_RE,
    OUTLAY_AFTER_RE,
    PART_OF_RE,
    PCT_NEGATIVE_AFTER_RE,
    PCT_NEGATIVE_RE,
    PERSONNEL_ROW_RE,
    PERSONNEL_WORDS_RE,
    PLAN_AFTER_RE,
    PUT_AT_RE,
    RATE_RE,
    REQUEST_BEFORE_RE,
    RESERVE_POOL_RE,
    RIGHT_PERSON_RE,
    SERVICE_RE,
    SHARE_NEGATIVE_RE,
    SHARE_ROW_RE,
    SPEND_THEN_AMOUNT_RE,
    SPENDING_AT_PCT_RE,
    SPENDING_PLAN_AFTER_RE,
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
    sent_to_host = _PERSONNEL_RE2.search(before[-60:])
    if (Tail(before).admits(tails.CHANGE_BEFORE, 70) and CHANGE_BEFORE_RE.search(before[-70:]) and not sent_to_host and not _STANDING_EXTRA_RE.search(before[-40:])) or (
            CASUALTY_AFTER_RE.search(norm[noun_end:min(sent.end, noun_end + _CASUALTY_REACH)])
            and not _WHOLE_OF_PART_BEFORE_RE.search(before[-50:])):
        return reject(ctx, 'a change of troop levels or casualties (withdraw, send, add, killed...)')
    if _PERSONNEL_RE3.match(right):
        return reject(ctx, 'counts casualties, countries or members, not troops')
    if _PERSONNEL_RE4.match(norm[noun_end:noun_end + 80]):
        return reject(ctx, "a multinational total ('from 50 countries')")  # "10,000 troops from 50 countries": a multinational total
    listed = _PERSONNEL_RE5.match(norm[noun_end:noun_end + 40])
    if listed and len(ctx.country_mentions(noun_end + listed.end(), noun_end + listed.end() + 80)) >= 2:
        return reject(ctx, "a multinational total ('from South Africa, Malawi and Tanzania')")  # "5,000 troops from South Africa, Malawi and Tanzania": a multinational total
    # host: "stationed in South Korea", "on Ukrainian territory", "there"
    host = ""
    if method == "personnel:noun-of-number" and left_host:
        at = after_left_noun + left_host.end()
        named = [c.iso3 for c in ctx.country_mentions(at, at + 40) if c.start == at]
        named += [h.host for h in host_table().find(norm, at, at + 40) if h.start == at]
        host = named[0] if named else ""
    after_noun = norm[noun_end:min(sent.end, noun_end + 200)]
    hm = HOST_AFTER_RE.match(after_noun)
    if hm:
        place = [c for c in ctx.country_mentions(noun_end + hm.end(), noun_end + hm.end() + 40)
                 if c.start == noun_end + hm.end()]
        if place:
            host = place[0].iso3
        else:  # "assigned to U.S. Forces Korea", "at Camp Humphreys", "across the Sahel"
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
    if not host and not is_reserve and (_says_in_part(ctx, si, m, DEPLOYMENT_CUE_RE) or method == "personnel:of-them"
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
    if (DEPLOY_VERB_RE.search(before[-40:]) or DEPLOY_VERB_RE.search(after_noun[:25])
            or _PERSONNEL_RE16.match(after_noun)):
        return reject(ctx, 'deployed, but the host could not be found: neither a deployment nor a home strength')  # deployed, but we cannot say where: not a strength figure either
    if m.value < 100:
        return reject(ctx, "under 100: a unit or a group, not a country's strength")
    if _GUARD_COMPONENT_RE.search(before[-60:]):
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
    return right[:gap.start()] if gap else right


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
    "reached", "comprising", "counts", "counted", "below", "above", "under", "over", "near", "around", "about",
    "be", "number", "total"},  # "are estimated to be", "are thought to number"
    prefixes=("remain",))  # "remain\\w*"
_ACTUAL_NUMBER_TAILS = _Tails(_HEDGE_WORDS | {"was", "is", "are", "were", "at", "of", "from", "between"})
_PUT_AT_TAILS = _Tails(_HEDGE_WORDS | {"at"})
_RESERVE_POOL_TAILS = _Tails(_HEDGE_WORDS | {"of"})
_WITH_TAILS = _Tails(_HEDGE_WORDS | {"with"})


def is_conversion(norm: str, prev: NumberMention | None, m: NumberMention) -> bool:
    """A dollar figure in brackets right after another currency's figure: "66.3 trillion won ($47.1 billion)"."""
    if prev is None or prev.kind != "money" or m.kind != "money":
        return False
    gap = norm[prev.end:m.start]
    return bool(_IS_CONVERSION_RE1.fullmatch(gap))


def money(ctx: Context, si: int, m: NumberMention) -> tuple[str, str] | None:
    """(metric, method) for a money figure, or None."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    before = norm[max(sent.start, left_edge - 160):left_edge]
    right = norm[m.end:min(sent.end, m.end + 300)]
    tail = Tail(before)  # the word the number follows: gates the patterns that must end right before it
    if RATE_RE.match(right) or _MONEY_RE2.search(before[-40:]):
        return reject(ctx, 'an exchange rate')
    if (MONEY_NEGATIVE_AFTER_RE.match(right) or tail.admits(tails.PART_OF, 60) and PART_OF_RE.search(before[-60:])
            or tail.admits(tails.MONEY_TOTAL_BEFORE, 130) and MONEY_TOTAL_BEFORE_RE.search(before[-130:])):
        return reject(ctx, 'money for aid, contracts, a national budget, GDP or a part of something')
    multi = MULTI_YEAR_AFTER_RE.match(right)
    if multi and not AMOUNT_RE.search(right, 0, multi.end()):
        return reject(ctx, "a multi-year programme, not one year's budget")
    if MULTI_YEAR_BEFORE_RE.search(before[-40:]) or PLAN_AFTER_RE.match(right):
        return reject(ctx, "the amount of a plan or programme, not one year's budget")  # a programme over several years is not one year's budget
    defense_here = ctx.says(si, DEFENSE_CTX_RE)
    budget_here = ctx.says(si, BUDGET_CTX_RE)
    defense_near = defense_here or ctx.says(si - 1, DEFENSE_CTX_RE)
    if not (defense_near or ctx.says(si - 2, DEFENSE_CTX_RE) or ctx.in_lede(DEFENSE_CTX_RE) or MONEY_ROW_RE.search(before[-60:])):
        return reject(ctx, "no defense word in this sentence, the two before or the article's opening")
    if (OTHER_SUBJECT_RE.match(norm, sent.start, sent.end) and not DEFENSE_CTX_RE.search(norm, sent.start, left_edge)
            and not _SPENT_ON_DEFENSE_AFTER_RE.match(right)):
        return reject(ctx, "the sentence is about the whole state budget or another sector")
    if _WHOLE_BUDGET_AFTER_RE.match(right) and not BUDGET_AFTER_RE.match(right) and AMOUNT_RE.search(norm, m.end, sent.end) \
            and not DEFENSE_CTX_RE.search(norm, sent.start, left_edge):
        return reject(ctx, "the whole budget, of which a later amount is defense's")  # "a 513 trillion won budget ..., allocating 50 trillion won for defense"
    if _HYPOTHETICAL_BEFORE_RE.search(before[-60:]):
        return reject(ctx, "a hypothetical amount ('would mean spending')")
    if _BUDGET_FOR_OTHER_RE.search(norm, max(sent.start, left_edge - 120), left_edge):
        return reject(ctx, "a defense budget's line for something else ('budget for Civil Aid')")
    clause_start, clause_end = clause_around(ctx, si, m, clauses_before=0)
    sentence_lead = norm[max(sent.start, left_edge - 200):left_edge]
    if SERVICE_RE.search(sentence_lead) and not _MONEY_RE4.search(sentence_lead):
        return reject(ctx, "one armed service's money (Army, Navy, Air Force): a component of the budget")
    if COMPONENT_RE.search(_INCLUDES_CLAUSE_RE.sub(" ", sentence_lead[-160:])[-120:]) or COMPONENT_RE.search(norm, m.end, min(clause_end, m.end + 80)):
        return reject(ctx, "a line of the budget (capital outlay, pensions, R&D...) or another sector's money")
    comparative = COMPARATIVE_AFTER_RE.match(right) if not _UP_FROM_RE.match(right) else None
    change_before = (tail.admits(tails.CHANGE_BEFORE_PCT, 90) and CHANGE_BEFORE_PCT_RE.search(before[-90:])
                     or _MONEY_RE5.search(before)
                     and (FOR_DEFENSE_AFTER_RE.match(right) or _MONEY_RE7.match(right)))
    change_after = _MONEY_RE1.match(right)
    budget_near = budget_here or ctx.says(si - 1, BUDGET_CTX_RE)
    if AMOUNT_THEN_SHARE_RE.match(right) and (defense_near or ctx.says(si - 2, DEFENSE_CTX_RE) or ctx.in_lede(DEFENSE_CTX_RE)):
        return "defense_budget", "budget:amount-then-share-of-gdp"
    multi_year_sentence = ctx.says(si, MULTI_YEAR_SENTENCE_RE)
    level_after_change = tail.admits(tails.LEVEL_AFTER_CHANGE, 130) and LEVEL_AFTER_CHANGE_RE.search(before[-130:])
    level_from = tail.admits(tails.LEVEL_FROM, 100) and LEVEL_FROM_RE.search(before[-100:])
    if (multi_year_sentence or ctx.finds(LONG_RUN_RE, clause_start, clause_end)) and (
            level_after_change or level_from or comparative or change_before or change_after):
        return reject(ctx, "a change, or the level it changed from, of a total over several years or since years ago")
    if budget_near and defense_near and _CHANGE_AMOUNTS_TO_RE.search(before[-80:]):
        return "budget_change_amount", "budget:change-amounts-to"
    if budget_near and defense_near and level_after_change:
        return "defense_budget", "budget:changed-to-level"
    if level_from and (defense_here or not _OTHER_BODY_RE.search(norm, sent.start, left_edge)):
        return "defense_budget", "budget:changed-from-level"
    budget_here = budget_near  # "It is an increase of Rs 59,669 crore."
    if (comparative or change_before or change_after) and budget_here and defense_near:
        return "budget_change_amount", "budget:change-amount"
    if MONEY_PURPOSE_AFTER_RE.match(right) and not BUDGET_AFTER_RE.match(right):
        return reject(ctx, 'money for a purpose (to buy, for X): a component, not the budget')
    if BUDGET_AFTER_RE.match(right):
        return "defense_budget", "budget:number-then-defense-budget"
    if (_WHOLE_BUDGET_AFTER_RE.match(right) and DEFENSE_CTX_RE.search(norm, sent.start, left_edge)
            and not _OTHERS_BUDGET_BEFORE_RE.search(before[-40:]) and not _OTHERS_BUDGET_BEFORE_RE.match(right, 0, 30)
            and not AMOUNT_RE.search(norm, sent.start, left_edge)):
        return "defense_budget", "budget:defense-body-budget"
    if budget_here and defense_near and SPENDING_PLAN_AFTER_RE.match(right):
        return "defense_budget", "budget:amount-then-spending-plan"  # "The $849.8 billion proposed spending plan"
    if defense_here and _TO_SPEND_AFTER_RE.match(right):
        return "defense_budget", "budget:amount-to-spend"
    if defense_near and _PREVIOUS_BUDGET_WAS_RE.search(before[-90:]):
        return "defense_budget", "budget:previous-years-budget-was"
    if budget_here and defense_near and _LEVEL_CHANGED_LATER_RE.match(right):
        return "defense_budget", "budget:level-changed-later"
    if tail.admits(tails.BUDGET_BEFORE) and BUDGET_BEFORE_RE.search(before):
        return "defense_budget", "budget:defense-budget-of-number"
    if BUDGET_PASSIVE_AFTER_RE.match(right):
        return "defense_budget", "budget:earmarked-for-defense"
    if FOR_DEFENSE_AFTER_RE.match(right):
        return "defense_budget", "budget:number-for-defense"
    if budget_here and defense_near and _MONEY_RE3.match(right):
        return "defense_budget", "budget:number-the-government-proposed"
    if MONEY_ROW_RE.search(before[-60:]) and (defense_near or ctx.in_lede(DEFENSE_CTX_RE)):
        return "defense_budget", "budget:table-row"
    if budget_here and defense_near and tail.admits(tails.REQUEST_BEFORE, 90) and REQUEST_BEFORE_RE.search(before[-90:]):
        return "defense_budget", "budget:asked-for-amount"
    if (defense_near and OUTLAY_AFTER_RE.match(right) and not AMOUNT_RE.search(norm, sent.start, left_edge)
            and not AMOUNT_RE.search(norm, m.end + (right.find(")") + 1 if right.lstrip().startswith("(") else 0), sent.end)):
        return "defense_budget", "budget:amount-then-outlay"
    if (defense_near and tail.admits(tails.SPEND_THEN_AMOUNT, 120) and SPEND_THEN_AMOUNT_RE.search(before[-120:]) and not other_amount_since_defense(ctx, si, left_edge)
            and (DEFENSE_CTX_RE.search(norm, sent.start, left_edge) or not defense_here)):
        return "defense_budget", "budget:spending-is-amount"
    if budget_here and defense_near and (BUDGET_VERB_BEFORE_RE.search(before[-90:]) or _MONEY_RE6.search(before)) and (
            DEFENSE_CTX_RE.search(norm, sent.start, left_edge) or ctx.says(si - 1, DEFENSE_CTX_RE)) and not (
            AMOUNT_RE.search(norm, sent.start, left_edge) and not DEFENSE_CTX_RE.search(norm, clause_start, left_edge)):
        # ("the KDF will be allocated Sh144.9 billion, ... and the NIS was allocated Sh44.3 billion": each
        # allocation in a list belongs to the body its own clause names)
        # (a defense word only after the amount names something else: "a draft budget of 110 trillion yen ..., with
        # defense spending at a record high")
        return "defense_budget", "budget:budget-verb-in-defense-sentence"
    return reject(ctx, 'money with no defense-budget phrase attached')


def percent(ctx: Context, si: int, m: NumberMention) -> tuple[str, str] | None:
    """(metric, method) for a percentage figure, or None."""
    norm = ctx.norm
    sent = ctx.sentences[si]
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    before = norm[max(sent.start, left_edge - 120):left_edge]
    right = norm[m.end:min(sent.end, m.end + 300)]
    tail = Tail(before)  # the word the number follows: gates the patterns that must end right before it
    defense_here = ctx.says(si, DEFENSE_CTX_RE)
    nato_target = ctx.says(si, NATO_WORD_RE) and ctx.finds(NATO_TARGET_RE, *clause_around(ctx, si, m))
    if _PERCENT_RE1.search(before) and not nato_target:
        return reject(ctx, "a threshold ('above 1% of GDP'), not a figure")  # "spending above 1% of GDP" is a threshold, not a figure
    gdp_after = (GDP_AFTER_RE.match(right) or GDP_AFTER_RE.match(skip_pair(norm, m, sent))
                 or OF_IT_RE.match(right) and GDP_WORD_RE.search(norm, sent.start, m.start))
    gdp_before = not gdp_after and tail.admits(tails.GDP_BEFORE) and GDP_BEFORE_RE.search(before)
    if (gdp_after or gdp_before) and _BENCHMARK_BEFORE_RE.search(before[-50:]) and not nato_target:
        return reject(ctx, "a benchmark ('the international norm of 2% of GDP'), not a country's level")
    if gdp_after or gdp_before or SHARE_ROW_RE.search(before[-40:]):
        # an article about defense states shares of GDP for defense unless the words say otherwise
        clause = norm[max(sent.start, left_edge - 60):min(sent.end, m.end + (gdp_after.end() if gdp_after else 0) + 40)]
        if SHARE_NEGATIVE_RE.search(GDP_WORD_RE.sub(" ", _ECONOMY_AS_GDP_RE.sub(" ", clause))):
            return reject(ctx, 'a share of GDP for debt, deficit, growth or another budget')
        if not (defense_here or ctx.says(si - 1, DEFENSE_CTX_RE) or ctx.says(si, NATO_CTX_RE)
                or ctx.in_lede(DEFENSE_CTX_RE)):
            return reject(ctx, 'a share of GDP with no defense context nearby')
        return "defense_share_gdp_pct", "share:pct-of-gdp" if gdp_after else "share:gdp-ratio-then-pct"
    if nato_target and (ctx.says(si, GDP_WORD_RE) or ctx.says(si - 1, GDP_WORD_RE)):
        return "defense_share_gdp_pct", "share:nato-target"  # "the 5 percent demanded by Trump", GDP said once
    gdp_near = ctx.says(si, GDP_WORD_RE) or ctx.says(si - 1, GDP_WORD_RE) or ctx.says(si - 2, GDP_WORD_RE)
    if gdp_near and _ALLIANCE_AVERAGE_RE.search(before[-80:]) and not _PERCENT_RE2.search(before):
        return "defense_share_gdp_pct", "share:alliance-average"  # "the NATO average stands at 2.71 percent"
    if (gdp_near and tail.admits(tails.SPENDING_AT_PCT, 80) and SPENDING_AT_PCT_RE.search(before[-80:]) and not _PERCENT_RE2.search(before)
            and (defense_here or ctx.says(si - 1, DEFENSE_CTX_RE))
            and not SHARE_NEGATIVE_RE.search(norm, max(sent.start, left_edge - 60), min(sent.end, m.end + 30))):
        return "defense_share_gdp_pct", "share:spending-at-pct"
    if PCT_NEGATIVE_AFTER_RE.match(right) or PCT_NEGATIVE_RE.search(before[-45:]):
        return reject(ctx, 'a percent of pay, polls, inflation, troops or another non-budget quantity')
    pct_start, pct_end = clause_around(ctx, si, m, clauses_before=0)
    if (COMPONENT_RE.search(norm, max(sent.start, left_edge - 120), left_edge) or ctx.says(si, MULTI_YEAR_SENTENCE_RE)
            or COMPONENT_RE.search(norm, m.end, min(pct_end, m.end + 60))
            or SERVICE_RE.search(norm, max(pct_start, left_edge - 60), left_edge)):
        return reject(ctx, "the change of one line of the budget or one service, not of the defense budget")
    if ctx.finds(LONG_RUN_RE, pct_start, pct_end) or spans_years(ctx, si, m) or ctx.says(si, _YEARS_AGO_RE):
        return reject(ctx, "a change over many years or on average, not one year's change")
    change = (CHANGE_NOUN_AFTER_RE.match(right) or tail.admits(tails.CHANGE_BEFORE_PCT, 90) and CHANGE_BEFORE_PCT_RE.search(before[-90:])
              or COMPARATIVE_AFTER_RE.match(right))
    if not change:
        return reject(ctx, "a percent with no change word and no 'of GDP'")
    budget_here = ctx.says(si, BUDGET_CTX_RE)
    defense_near = defense_here or ctx.says(si - 1, DEFENSE_CTX_RE)
    if not (budget_here and defense_near):
        return reject(ctx, 'a change with no defense budget in the sentence')
    if OTHER_SUBJECT_RE.match(norm, sent.start, sent.end) and not DEFENSE_CTX_RE.search(norm, sent.start, left_edge):
        return reject(ctx, "the sentence is about the whole state budget or another sector")
    return "budget_change_pct", "budget:pct-change"


def skip_pair(norm: str, m: NumberMention, sent: Sentence) -> str:
    """For "from 2% to 5% of GDP": the text after the second number of a from-to pair."""
    pair = _SKIP_PAIR_RE1.match(norm[m.end:min(sent.end, m.end + 60)])
    return norm[m.end + pair.end():min(sent.end, m.end + 200)] if pair else ""


def direction_sign(ctx: Context, m: NumberMention, sent: Sentence) -> int:
    norm = ctx.norm
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    before = norm[max(sent.start, left_edge - 25):left_edge]
    after = norm[m.end:m.end + 25]
    before = ctx.norm[max(sent.start, left_edge - 80):left_edge]
    verb = Tail(before).admits(tails.CHANGE_BEFORE_PCT) and CHANGE_BEFORE_PCT_RE.search(before)  # (80 characters: [-90:] is all)
    first_after = _DIRECTION_SIGN_RE1.match(after)
    words = " ".join(w for w in ((verb.group(0).split()[0] if verb else ""), first_after.group(1) if first_after else "") if w)
    return -1 if DECREASE_RE.search(words) else 1


def spans_years(ctx: Context, si: int, m: NumberMention) -> bool:
    """True when the clause before a percent runs "from ... 2006 to ... 2015": a change over years."""
    sent = ctx.sentences[si]
    own_start, own_end = clause_around(ctx, si, m, clauses_before=0)
    if ctx.finds(_SPANS_YEARS_RE1, own_start, own_end, sliced=True):
        return False  # "..., and by 3.4% in 2022": the clause dates its own change
    window = ctx.norm[max(sent.start, m.start - 160):m.start]
    years = [int(y) for y in _SPANS_YEARS_RE2.findall(window)]
    return bool(_SPANS_YEARS_RE3.search(window)) and len(years) >= 2 and max(years) - min(years) >= 2


AMOUNT_RE = re.compile(r"(?:[$\u20ac\u00a3\u00a5\u20b9\u20a6\u20a9\u20b1\u20bd\u20ba\u20aa\u20b4\u0e3f\u20ab]|"
                       r"\b(?:SAR|USD|EUR|GBP|Rs|Rp|Tk|RM|NT\$|S\$)\.?)\s?\d"
                       r"|\d[\d.,]*\s*(?:billion|trillion|million|bn|tn|trn|crore|lakh)\b", I)


def other_amount_since_defense(ctx: Context, si: int, pos: int) -> bool:
    """True when another amount stands between the sentence's last defense word and ``pos``.

    "SAR272 billion to the military ..., the largest item in planned spending of SAR1.285 trillion":
    the defense word belongs to the first amount; "spending of" before the second is the state's.
    """
    sent = ctx.sentences[si]
    anchor = sent.start
    for d in DEFENSE_CTX_RE.finditer(ctx.norm, sent.start, pos):
        anchor = d.end()
    return bool(AMOUNT_RE.search(ctx.norm, anchor, pos))


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
    r"|\b(?:capacity|capability)\s+(?:for|of)\s+" + HEDGE + r"$", I)
_WARTIME_AFTER_RE = re.compile(r"[^.;]{0,30}?\b(?:in\s+times?\s+of\s+war|in\s+wartime|during\s+wartime|in\s+case\s+of\s+war|"
                               r"when\s+(?:fully\s+)?mobili[sz]ed|upon\s+mobili[sz]ation|on\s+mobili[sz]ation)\b", I)
# Territorial and guard forces: a component beside the regular forces, not the whole
_GUARD_COMPONENT_RE = re.compile(r"\b(?:home\s+guard|territorial\s+defen[cs]e\s+(?:force|forces|troops)|national\s+guard|"
                                 r"border\s+guard|coast\s+guard|gendarmerie|wot)\b[^.;]{0,30}$", I)
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
                                     r"\bdefen[cs]e\s+(?:army|force|forces)\b", I)
# "Colombia's total armed forces amounted to 158,000 ... The army of 136,000": the total named just before
_TOTAL_FORCES_RE = re.compile(r"\b(?:total|overall|combined)\s+(?:armed\s+forces|military|forces|strength)\b", I)
_OTHER_SERVICES_RE = re.compile(r"\b(?:navy|air\s+force|marine\s+corps|marines)\b", I)
_MONEY_RE1 = re.compile((r"^\s*(?:\([^)]{0,60}\)\s*)?(?:,?\s*or\s+[\d.,]+\s*(?:%|percent|per\s*cent)\s+)?"
                            r"(?:increase|rise|raise|hike|boost|cut|reduction|decrease|extra|more|"
                            r"(?:in\s+)?(?:additional|extra|new)\s+(?:funding|spending|money))\b"), I)
_SKIP_PAIR_RE1 = re.compile(r"^\s*to\s+" + HEDGE + r"\d[\d.,]*\s*(?:%|percent|per\s+cent)", I)
_DIRECTION_SIGN_RE1 = re.compile(r"^\s*(?:,\s*or\s+[^,]{1,25},\s*)?(?:\([^)]*\)\s*)?(\w+)")
_SPANS_YEARS_RE1 = re.compile(r"\b(?:in|for)\s+(?:fiscal\s+|FY\s*)?(?:19|20)\d\d\b", I)
_PERSONNEL_RE9 = re.compile(r"\bage[sd]?\b", I)
_PERSONNEL_RE10 = re.compile(r"\s+(?:stationed\s+|deployed\s+|based\s+)?(?:in|on|across|throughout)\s+(?:the\s+)?", I)
_PERSONNEL_RE11 = re.compile(r"\b(?:by)\s*$", I)
_PERSONNEL_RE12 = re.compile(r"\bpolice|\bgendarm|\bcustoms|\bprison", I)
_PERSONNEL_RE13 = re.compile(r"^\s+(?:out\s+of|from)\s+the\s+country\b", I)
_PERSONNEL_RE14 = re.compile(r"\bhost(?:s|ed|ing)?\s+" + HEDGE + r"$", I)
_PERSONNEL_RE15 = re.compile(r"\breserve\b", I)
_PERSONNEL_RE16 = re.compile((r"^\s+(?:\w+\s+)?(?:abroad|overseas|on\s+(?:un\s+|peacekeeping\s+)?missions?|(?:serving|deployed)\s+(?:in|with|on)"
                        r"\s+(?:[\w-]+\s+){0,2}?(?:missions?|operations?|peacekeeping))\b"), I)
_PERSONNEL_RE17 = re.compile(r"\bactive\b", I)
_IS_CONVERSION_RE1 = re.compile(r"\s*[(\[]\s*(?:about|around|roughly|approximately|approx\.|some|or|nearly)?\s*")
_MONEY_RE2 = re.compile(r"exchange\s+rate", I)
_MONEY_RE3 = re.compile((r"^\s*(?:\([^)]{0,60}\)\s*)?(?:that|which)?\s*(?:the\s+)?(?:government|ministry|cabinet|administration|"
            r"parliament|congress|lawmakers)\s+(?:had\s+|has\s+)?(?:proposed|requested|sought|approved|planned)"), I)
_PERCENT_RE1 = re.compile(r"\b(?:above|below|beyond|exceeding)\s+$", I)
_WHOLE_WORDS_RE1 = re.compile(r"\s")
_PERSONNEL_RE18 = re.compile(r"\b(?:authori[sz]ed|quota|positions|posts|ceiling|cap|establishment)\b", I)
_MONEY_RE4 = re.compile(r"\b(?:defen[cs]e|military)\s+(?:budget|spending)", I)
_MONEY_RE5 = re.compile(r"\b(?:extra|additional|another|add(?:s|ed|ing)?)\s+$", I)
_MONEY_RE6 = re.compile(r"\b(?:record|record-high|previous|total)\s+(?:of\s+)?" + HEDGE + r"$", I)
_PERCENT_RE2 = re.compile(r"\bby\s+" + HEDGE + r"$", I)
_SPANS_YEARS_RE2 = re.compile(r"\b((?:19|20)\d\d)\b")
_SPANS_YEARS_RE3 = re.compile(r"\bfrom\b", I)
_PERSONNEL_RE19 = re.compile(r"(?i:\b(?:more|additional|extra|fewer|less)\b)|\bnew\b")  # "New Zealand" is a name
_PERSONNEL_RE20 = re.compile(r"\b(?:armed|military|army|navy|air\s+force|troop|active|ground|land|personnel|defen[cs]e)\b|"
                             r"\bforce\s+strength\b", I)
_MONEY_RE7 = re.compile(r"^\s*(?:in\s+)?(?:new|extra|additional|fresh)\s+(?:(?:defen[cs]e|military)\s+)?"
                        r"(?:funding|spending|money|appropriations)", I)
# "there are an additional 465,000 reserve personnel": more of a standing force, not troops added
# Another body's money: "The Secretariat of Security ... decreasing from 105,838 million"
_OTHER_BODY_RE = re.compile(r"\b(?:secretariat|ministry|department|agency|sector|office|programme|program)\b", I)
# "of its economy" names GDP; it is not an economic topic that makes a share another budget's
_ECONOMY_AS_GDP_RE = re.compile(r"\bof\s+(?:its|the|their|our|the\s+country's|the\s+nation's|[A-Z][\w.\-]*'s)\s+economy\b", I)
# "The Ministry of Defence budget for Civil Aid": a line of the budget named after "budget for"
_BUDGET_FOR_OTHER_RE = re.compile(
    r"\bbudget\s+for\s+(?!(?i:(?:the\s+|its\s+|their\s+|our\s+)?(?:country's\s+|nation's\s+)?(?:defen[cs]e|military|armed|army|national\s+security|"
    r"ministry\s+of\s+(?:national\s+)?defen[cs]e|department\s+of\s+defen[cs]e|pentagon|security|fiscal|financial|next|this|the\s+coming|"
    r"the\s+current|the\s+new|the\s+year|(?:19|20)\d\d|fy|\d)))[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:is|was|will|would|stands|of|at|to|"
    r"has|had|rose|fell|expected|set|decreas\w*|increas\w*)\b", 0)
_SPENT_ON_DEFENSE_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:(?:is|are|was|were|will\s+be|to\s+be)\s+)?(?:spent|allocated|earmarked|"
                                        r"set\s+aside|used)\s+(?:for|on|to)\s+(?:the\s+)?(?:national\s+)?(?:defen[cs]e|military|armed)", I)
_WHOLE_BUDGET_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:[\w-]+\s+)?budget\b", I)
_HYPOTHETICAL_BEFORE_RE = re.compile(r"\bwould\s+(?:mean|require|cost|need|take)\b[^.;]{0,40}$", I)
# "defence is projected to have $96.5 billion to spend"
_TO_SPEND_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:a\s+year\s+|annually\s+)?to\s+spend\b", I)
# "compared to the previous year's budget, which was around 16 billion dollars"
_PREVIOUS_BUDGET_WAS_RE = re.compile(r"\b(?:previous|last|prior)\s+year's\s+(?:budget|allocation|spending),?\s+(?:which|that)\s+"
                                     r"(?:was|stood\s+at|totall?ed|amounted\s+to)\s+" + HEDGE + r"$", I)
# "totaled 50.15 trillion won, up from this year's 46.7 trillion": the level, compared with an earlier one
_UP_FROM_RE = re.compile(r"\s*,?\s*(?:up|down)\s+from\b", I)
# "over 4,000 of the approximately 19,000 Marines ... will be moved": the verb is the part's, not the whole's
_WHOLE_OF_PART_BEFORE_RE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+)?of\s+(?:the\s+|its\s+|their\s+)?" + HEDGE + r"$", I)
# "Compared to six years ago, the allocation is an increase of around 47 percent": a change over years
_YEARS_AGO_RE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\s+(?:ago|earlier|before)\b", I)
# "1.08 million military personnel, consisting of 400,000 active personnel, 400,000 reserves": a mixed total
_MIXED_TOTAL_BEFORE_RE = re.compile(r"\b(?:consisting\s+of|comprising|made\s+up\s+of|including)\s+" + HEDGE + r"$", I)
# "which includes expenditures for veteran affairs and the coast guard": what a total includes is not a part named
_INCLUDES_CLAUSE_RE = re.compile(r"\b(?:which\s+|that\s+)?includ\w*\s+[^.;]{0,100}?(?=,|$)", I)
_ALLIANCE_AVERAGE_RE = re.compile(r"\b(?:nato|alliance|allies)\b[^.;]{0,40}?\baverag\w*\s+(?:stands\s+at\s+|is\s+|was\s+|of\s+|at\s+)?"
                                  + HEDGE + r"$", I)
# "The Defense Department on Thursday called for a $961.6 billion budget": a defense body's own budget
_OTHERS_BUDGET_BEFORE_RE = re.compile(r"\b(?:government|state|national|federal|total|overall|country's|nation's|general)\b", I)
_MEMBERS_OF_RE = re.compile(MEMBERS_OF_FORCES, I)
# A guard force sent along its own border is at home: "10,000 Mexican National Guard troops deployed along the border"
_GUARD_WORDS_RE = re.compile(r"\b(?:national\s+guard|border\s+guard|gendarmerie|coast\s+guard)\b", I)
_BENCHMARK_BEFORE_RE = re.compile(r"\b(?:international|global|world|regional|recommended)\s+(?:norm|benchmark|standard|average)\s+(?:of\s+)?"
                                  + HEDGE + r"$", I)
_STANDING_EXTRA_RE = re.compile(r"\bthere\s+(?:are|were)\s+(?:also\s+)?(?:an?\s+)?(?:additional|further|another)\s+" + HEDGE + r"$", I)
# "that growth, which amounts to $113.3 billion": the size of the change, not the level reached
_CHANGE_AMOUNTS_TO_RE = re.compile(r"\b(?:increase|rise|growth|hike|boost|cut|reduction|decrease|jump)\b[^.;\d]{0,40}?"
                                   r"\bamount(?:s|ed|ing)?\s+to\s+" + HEDGE + r"$", I)
# "The $2.9 billion funding proposed ... was lowered to $2.2 billion": a level, the one it changed from
_LEVEL_CHANGED_LATER_RE = re.compile(
    r"^[^.;$\d]{0,90}?\b(?:was|were|has\s+been|had\s+been|is|will\s+be|would\s+be)\s+(?:later\s+|then\s+|since\s+)?"
    r"(?:lowered|raised|cut|reduced|increased|trimmed|slashed|revised\s+(?:up|down)(?:wards?)?|brought\s+down|pared\s+back)"
    r"\s+to\s+" + HEDGE + r"(?:[$\u20ac\u00a3]|[A-Z]{1,3}\$?\s?)?\d", I)
_PERSONNEL_RE21 = re.compile(r"(?:^|[.;:]\s*)with\s+" + HEDGE + r"$", I)
_EXISTENTIAL_THERE_RE = re.compile(r"\bthere\b(?!\s+(?:are|were|is|was|have|had|remain))", I)  # "there were 563,000" is not a place
