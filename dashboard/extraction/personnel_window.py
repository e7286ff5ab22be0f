"""The text around a head count, read cheaply: the words after the number up to where a person
noun could still stand (``person_noun_window``), the last word before it (``tail_word``) and the sets of words
a pattern may end in (``Tails``), and a window that never starts inside a word (``whole_words``).

In: slices of the normalised sentence. Out: shorter slices, a word, or a yes/no that spares a regex search.
"""

from __future__ import annotations

import re

from dashboard.extraction.lexicon import fillers, hedge_phrases
from dashboard.extraction.vocab import HEDGE, I
from dashboard.extraction.vocab_personnel import HOST_AFTER_RE

# CASUALTY_AFTER_RE is anchored ("^[^.;]{0,30}?\bkilled...", "^[^.;,:]{0,60}?...been killed"): its match ends within ~100 characters of the noun
# unless words are split by runs of hundreds of spaces. Reading a bounded window instead of the rest of the
# sentence keeps a long sentence with many numbers linear (the slice alone was a copy of the sentence per number).
CASUALTY_REACH = 400


# A word chain of 8+ hyphens ("F-35-5-F-35-...") lets RIGHT_PERSON_RE's four modifiers ("[A-Z][\w.'-]*")
# split it every possible way before failing: seconds per number. No person-noun phrase reads through one.
_HYPHEN_CHAIN_RE = re.compile(r"(?<![\w.'-])[\w.']*+(?:-[\w.']*+){8}")


# Likewise a run of hundreds of spaces (or line breaks): RIGHT_PERSON_RE's "\s*-?\s*" tries every way to share it out.
_LONG_SPACE_RE = re.compile(r"\s{41}")


_RESTATED_RE = re.compile(r"\s*\(\s*\d[\d,. ]*\)")


def person_noun_window(right: str) -> str:
    """``right`` up to the first word chain of eight or more hyphens or run of over 40 spaces (unchanged when
    it has none: prose never spaces a number 40 characters from its noun)."""
    restated = _RESTATED_RE.match(right)
    if restated:  # "about 1.28 million (1,280,000) active soldiers": the figure again in brackets, then the noun
        right = " " * restated.end() + right[restated.end():]
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


def tail_word(text: str) -> str | _AnyWord:
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


HEDGE_TAILS = _Tails(_HEDGE_WORDS)
# a row's label right before its value ("Active personnel 28,150", "Reserve personnel125,600")
ROW_TAILS = _Tails(_HEDGE_WORDS | {"personnel", "duty", "troops", "forces", "military", "strength", "reserve", "reserves",
                                   "reservists", "active", "deployed", "soldiers"})


_SIGN_ENDS = frozenset(p[-1] for p in {*hedge_phrases(), *fillers()} if not p[-1].isalnum()) | {"|", ":", "-", "\u2013", "\u2014"}  # ("personnel - about")


LEFT_PERSON_TAILS = _Tails(_HEDGE_WORDS | {
    "of", "at", "to", "from", "totaling", "totalling", "numbering", "numbered", "numbers", "is", "was", "are", "were",
    "reached", "comprising", "comprise", "comprises", "comprised", "counts", "counted", "count", "below", "above", "under", "over", "near", "around", "about",
    "be", "number", "total", "totals", "totaled", "totalled", "hover", "hovers", "hovered", "hovering",
    "exceeded", "exceeds", "exceed", "topped", "tops", "top", "reach", "reaches", "passed", "surpassed", "stands", "stood", "up", "strength",
    "s", "current", "present", "now", "currently", "presently", "still"},  # ("from today's", "from the current")  # "are estimated to be", "are thought to number"
    prefixes=("remain",))  # "remain\\w*"


ACTUAL_NUMBER_TAILS = _Tails(_HEDGE_WORDS | {"was", "is", "are", "were", "at", "of", "from", "between", "to"})


PUT_AT_TAILS = _Tails(_HEDGE_WORDS | {"at"})


RESERVE_POOL_TAILS = _Tails(_HEDGE_WORDS | {"of", "exceeding", "numbering", "total", "totals", "totaled", "totalled", "number", "numbers", "numbered", "at",
                                            "is", "was"})


WITH_TAILS = _Tails(_HEDGE_WORDS | {"with"})


# an armed force named earlier in the clause of a bare "strength": "The Suriname National Army consists of army, air force,
# and naval components, with a strength of about 1,800", "The total strength of the MDF is about 5,300"
_FORCE_NAME_RE = re.compile(r"\b(?:army|armed\s+forces|military|defen[cs]e\s+forces?|national\s+guard)\b|\b(?-i:[A-Z]{1,4}DF)\b", I)


def force_named_for_strength(before: str, lm: re.Match, noun: str) -> bool:
    """True when ``noun`` is "strength" and an armed force is named up to 120 characters before it (or after it, up to
    the count), in the same sentence."""
    return noun == "strength" and bool(_FORCE_NAME_RE.search(whole_words(before, max(0, lm.start() - 120), lm.end()))) or (
        noun == "force" and bool(_APPOSED_FORCE_RE.search(before, max(0, lm.start() - 40), lm.start())))  # ("the SANDF, a force of about 73,000")


NATIONAL_FORCE_NAME = r"(?-i:[A-Z]{1,5}DF|Bundeswehr|Tatmadaw)"  # a national defence force's acronym ("SANDF", "KDF") or its name
_APPOSED_FORCE_RE = re.compile(r"\b" + NATIONAL_FORCE_NAME + r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+)?$")


def whole_words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without a word cut in two at the start ("Fin|land" must not read as "land")."""
    if 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
        space = _WHOLE_WORDS_RE1.search(text[start:end])
        start = start + space.end() if space else end
    return text[start:end]
# the next line is a row of its own: "Label: value", or a label with its value and no separator ("Reserve personnel 125,600")
_NEXT_ROW_RE = re.compile(r"\n[ \t]*(?:[\u2022*][ \t]*)?[A-Z][\w ()'-]{0,30}(?::|(?<=[A-Za-z)])[ \t]?\d)")


_WHOLE_WORDS_RE1 = re.compile(r"\s")


# "Armed Forces: In mid-1993 personnel strength 36,700, including ...": a country study's strength with no verb
STRENGTH_BARE_RE = re.compile(r"\b(?:personnel|total|troop|manpower)\s+(?P<noun>strength)(?P<gap>)(?P<link>\s*[:,]?)\s+" + HEDGE + r"$", I)


_YEAR_BRACKET_END_RE = re.compile(r"\((?:19|20)\d\d\)\s+$")


def blank_year_bracket(before: str) -> str:
    """``before`` with a bracketed year right before the number blanked to spaces of the same length ("It comprises
    (2008) 8,800 men": the verb links to the count as if the year were not there; offsets are kept)."""
    if not before.rstrip().endswith(")"):
        return before
    found = _YEAR_BRACKET_END_RE.search(before)
    return before[:found.start()] + " " * (len(before) - found.start()) if found else before


# "Poland has about 10,000 U.S. troops on its soil": foreign troops the subject country hosts
ON_ITS_SOIL_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:on|in)\s+(?:its|their)\s+(?:own\s+)?(?:soil|territory)\b", re.IGNORECASE)


# "180 of the peacekeepers will be sent in January", "Twenty five of the peacekeepers deployed there were abducted":
# a part of a group the text has already named, never a strength or a whole deployment ("5,000 of its troops" is not this)
PART_OF_GROUP_AFTER_RE = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|peacekeepers|personnel|"
                                    r"servicemen|service\s+members|men|sailors|marines|airmen|blue\s+helmets)\b", I)


# "On mobilisation, the total strength of the armed forces rises to around 90,000": the wartime strength, not the standing force
MOBILISATION_BEFORE_RE = re.compile(r"\b(?:on|upon|after|following|during|in\s+case\s+of)\s+(?:an?\s+)?(?:full\s+|general\s+)?"
                                    r"mobili[sz]ation\b[^.;\d]{0,80}?" + HEDGE + r"$|\b(?:in|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?war\b"
                                    r"[^.;\d]{0,60}?\bmobili[sz]ed\s+" + HEDGE + r"$", I)  # ("In World War II, Sweden mobilized 600,000")


# "10 officers and 140 other soldiers", "757 other ranks", "officers to 5,827 ... reserve officers": a rank group beside
# the officers (or the reserve's officers), never the force or a deployment on its own
_OTHER_RANKS_RE = re.compile(r"\bother\s+(?:ranks|soldiers|troops|personnel|men)\b|\breserve\s+officers\b(?!\s+and\b)", I)
_OFFICERS_AND_RE = re.compile(r"\b\d[\d,.]*\s+(?:officers|commissioned\s+officers)\s+and\s+$", I)


def rank_group(before: str, mods: str, noun: str) -> bool:
    """Whether the count is a rank group (see _OTHER_RANKS_RE): its words say so, or officers were counted just before."""
    return bool(_OTHER_RANKS_RE.search(f"{mods} {noun}") or _OFFICERS_AND_RE.search(before[-40:])
                or _OTHER_RANKS_RE.search(before[-40:]) is not None and "reserve" in before[-40:].lower())


# "Chile trimmed its Haiti troops to 426": a country named between a possessive and a force noun is where the force is
_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:its|their|our)\s+$", I)
_FORCE_NOUN_AFTER_RE = re.compile(r"\s+(?:troops|soldiers|contingents?|forces|mission|deployment|peacekeepers|battalion)\b", I)


def possessed_place(norm: str, c) -> bool:
    """Whether a country's name stands between 'its'/'their' and a force noun ("its Haiti troops"): the host, not the owner."""
    return c.kind in ("name", "short") and bool(_POSSESSIVE_BEFORE_RE.search(norm, max(0, c.start - 8), c.start)) \
        and _FORCE_NOUN_AFTER_RE.match(norm, c.end) is not None

# "a 45,000-strong army", "A 45,000-man strong army": the count is the force's size
STRONG_AT_RE = re.compile(r"(?:-|\s)(?:(?:man|member|person)[\s-])?strong\s", re.IGNORECASE)

# "Compared to the 5-7,000 men of the CAR army, or the 7,800 Malian soldiers, Chad ...": another country's force set
# beside the article's, not troops on its soil
COMPARED_BEFORE_RE = re.compile(r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|unlike|versus|vs\.?)\s[^.;]{0,80}$", re.IGNORECASE)


# "the 1,550-strong Australian force in Afghanistan": the unit a '-strong' count describes, then where it is
_STRONG_UNIT_RE = re.compile(r"\s+(?:(?-i:[A-Z][\w.'’-]*)\s+){0,2}(?:force|contingent|battalion|battle\s*group|task\s+force|detachment|"
                             r"troops|brigade|mission)\b", I)


def strong_unit_end(norm: str, end: int, sent_end: int) -> int:
    """Where the words of a '-strong' count end: after the unit it names when a place follows that unit."""
    unit = _STRONG_UNIT_RE.match(norm, end, sent_end)
    if unit and HOST_AFTER_RE.match(norm[unit.end():min(sent_end, unit.end() + 200)]):
        return unit.end()
    return end


# "the available manpower of the UAE is ... 3.6 million people": people fit to serve, not serving
_ROW_SPLIT_RE = re.compile(r"[|\n]")


def manpower_pool(before: str) -> bool:
    """True when the words before a count (this row of an infobox only) name a pool of people fit to serve, unless that
    pool is another count's: "12 million are fit for military service and in the military, Kenya Defence Forces (KDF)
    have 24,120 active frontline personnel"."""
    row = _ROW_SPLIT_RE.split(before[-80:])[-1]
    pool = MANPOWER_POOL_RE.search(row)
    return pool is not None and not _OTHER_COUNTS_POOL_RE.search(before[:len(before) - len(row) + pool.start()][-40:])


def counted_with_others(before: str) -> bool:
    """True when the count totals the forces with the civilians named just before it ("9,000 active uniformed
    personnel supported by civil staff, totaling over 15,000 professionals"), or with their reserves ("the TTDF,
    including its reserves, numbers some 5281 personnel"): no military strength."""
    return bool(_CIVILIANS_THEN_TOTAL_RE.search(before[-90:]) or _WITH_RESERVES_BEFORE_RE.search(before[-80:]))


_WITH_RESERVES_BEFORE_RE = re.compile(r"\b(?:including|with)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?reserves?\b[^.;\d]{0,40}$", re.I)


_CIVILIANS_THEN_TOTAL_RE = re.compile(r"\bcivil(?:ian)?s?\b(?:\s+(?:staff|employees|personnel|workers))?[^.;\d]{0,30}?\b(?:totall?ing|in\s+all|altogether|"
                                      r"for\s+a\s+total\s+of|bringing\s+the\s+total\s+to)\s+(?:over\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|almost\s+)?$", re.I)


_OTHER_COUNTS_POOL_RE = re.compile(r"\d[\d,.]*(?:\s+(?:million|thousand|lakh))?\s+(?:people\s+|men\s+)?(?:are|were|is)\s+(?:\w+\s+)?$", I)
MANPOWER_POOL_RE = re.compile(r"\brequired\s+to\s+serve|\beligible\s+(?:for|to)\s+(?:military\s+)?serv\w*|\b(?:available|potential)\s+manpower|\bnumber\s+of\s+(?:available|deployable)\s+(?:troops|soldiers|personnel)\b|\bmanpower\s+available|\bfit\s+for\s+(?:military\s+)?service|"
                               r"\bmilitary\s+age\b|\breaching\s+military|\b(?:could|can|might)\s+(?:potentially\s+)?serve\s+in\s+the\s+(?:military|armed\s+forces|army)|"
                               r"\b(?:staffing|manpower|recruit(?:ment|ing)?)\s+pool\b|\bpool\s+of\s+(?:[\w-]+\s+){0,2}?(?:men|people|youths?|candidates|recruits)\b", I)


# "32,000 officers and enlisted men", "officers and other ranks": every rank, the whole force
OFFICERS_AND_MEN_RE = re.compile(r"\s+and\s+(?:enlisted\s+(?:men|personnel|soldiers)|other\s+ranks|men|soldiers|non-commissioned\s+officers|ncos)\b", re.I)


def stands_until_later(before: str, norm: str, noun_end: int) -> bool:
    """True when a count said to be there now is only later withdrawn or sent home, in a clause of its own ("Hungary
    has presently 300 troops in Iraq, but these will be withdrawn by the end of the year"): the level stands."""
    return bool(_PRESENT_STOCK_BEFORE_RE.search(before[-40:]) and _LATER_CLAUSE_AFTER_RE.match(norm, noun_end))


_PRESENT_STOCK_BEFORE_RE = re.compile(r"\b(?:(?:has|have|keeps?|maintains?)\s+(?:presently|currently|now|still)|(?:presently|currently|now|still)\s+(?:has|have|keeps?|maintains?))\s+"
                                      r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?$", re.I)
_LATER_CLAUSE_AFTER_RE = re.compile(r"[^.;,]{0,50},\s*(?:but|though|although|and)\s+(?:these|they|those|all\s+of\s+them|most\s+of\s+them)\s+(?:will|are\s+to|are\s+due\s+to|would)\b", re.I)
