"""Cheap exact gates for the patterns that must end where a number begins ("... budget of about |$5bn").

Most "before" patterns end in ``<link word>\\s+`` + HEDGE + ``$``: they can match a window only when its
last word (trailing spaces aside) is one of the pattern's link words or the last word of a hedge ("of",
"about", "than"), or when it ends in a sign the pattern or a hedge may end in (":", "~", "approx."). The
regex engine cannot see that: it tries the whole pattern at every position of an 80-160 character window,
for every number. Reading the last word is two strips in C, and for most numbers it settles the question.

A gate is a *necessary* condition, never a rule of its own: when it admits a window, the pattern is
searched exactly as before; when it refuses, the pattern could not have matched. It stays exact by
answering "maybe" (the pattern decides) whenever the window's end is not plain ASCII (re's case folding
matches "\\u017f" to "s", and ``\\w`` reads letters of any script), and whenever a slice of the window would
cut into the last word. tests/extraction/test_extraction_speed_tails.py checks every gate against its pattern.
"""

from __future__ import annotations

import string

from dashboard.extraction.lexicon import fillers, hedge_phrases

_WORD_CHARS = string.ascii_letters + string.digits + "_"  # what \w reads in ASCII text
_WORD_SET = frozenset(_WORD_CHARS)


class Gate:
    """The last words (lower case), word prefixes (for ``\\w*`` stems) and signs a pattern's match may end in."""

    __slots__ = ("tokens", "prefixes")

    def __init__(self, words: set[str] | frozenset[str], prefixes: tuple[str, ...] = (), signs: str = ""):
        self.tokens = frozenset(words) | HEDGE_TOKENS | frozenset(signs)
        self.prefixes = prefixes

    def __repr__(self) -> str:
        return f"Gate({sorted(self.tokens)!r}, {self.prefixes!r})"


def _hedge_tokens() -> frozenset[str]:
    """The last word of every hedge and filler (vocab.HEDGE's phrases), or its last sign ("~", "approx.")."""
    out = set()
    for phrase in {*hedge_phrases(), *fillers()}:
        if phrase[-1] in _WORD_SET:
            out.add(phrase[len(phrase.rstrip(_WORD_CHARS)):].lower())
        else:
            out.add(phrase[-1])
    return frozenset(out)


HEDGE_TOKENS = _hedge_tokens()
_ANY = object()  # the end of the window is not plain ASCII: only the pattern can tell


class Tail:
    """The last token of a window: its last ASCII word (lower case) or its last sign, and how many
    characters from the end that token depends on (trailing spaces, the word and the character before it).

    >>> t = Tail("spending rose by   ")
    >>> t.token, t.admits(Gate({"by"})), t.admits(Gate({"from"})), t.admits(Gate({"from"}), 4)
    ('by', True, False, True)
    """

    __slots__ = ("token", "reach", "length")

    def __init__(self, text: str):
        self.length = len(text)
        stripped = text.rstrip()  # (str.rstrip and re's \s agree on what is a space: both use str.isspace)
        if not stripped:
            self.token, self.reach = "", 0  # nothing but spaces: no pattern with a word in it can match
            return
        last = stripped[-1]
        if last in _WORD_SET:
            head = stripped.rstrip(_WORD_CHARS)
            if head and not head[-1].isascii():
                self.token, self.reach = _ANY, 0  # "\u017fince": \w and case folding read past ASCII
                return
            self.token = stripped[len(head):].lower()
            self.reach = len(text) - len(head) + 1
        elif last.isascii():
            self.token, self.reach = last, len(text) - len(stripped) + 1
        else:
            self.token, self.reach = _ANY, 0

    def admits(self, gate: Gate, last: int | None = None) -> bool:
        """False only when the pattern gated by ``gate`` cannot match the window (or its ``last`` characters)."""
        token = self.token
        if token is _ANY or last is not None and last < self.length and self.reach > last:
            return True  # not plain ASCII, or the slice cuts into the last word: let the pattern decide
        return token in gate.tokens or token.startswith(gate.prefixes)


# The gates of vocab's "before" patterns, each listing the last words of the pattern's alternatives as written
# there ("\\w*" stems as prefixes). Keep them in step with the patterns: the tests read both.
CHANGE_VERB_WORDS = {"revised", "rise", "rises", "rose", "risen", "rising", "grew", "fell", "cut", "cuts", "cutting", "shrank", "slid", "upped", "upping",
                     "dip", "dipped", "dips", "sank", "up", "upwards", "down"}
CHANGE_VERB_STEMS = ("increas", "strengthen", "grow", "jump", "climb", "boost", "rais", "fall", "drop", "declin", "reduc", "hike", "expand",
                     "shrink", "surg", "slash", "soar", "lift", "trim", "slide", "slump", "plung", "sink", "tumbl", "contract",
                     "edg", "swell", "swoll", "doubl", "decreas", "lower", "inch", "adjust", "push", "balloon", "skyrocket")
CHANGE_BEFORE_PCT = Gate(CHANGE_VERB_WORDS | {"of", "or", "up", "down", "by", "for", "spending", "budget", "budgets", "expenditure",
                                               "expenditures", "outlay", "outlays", "expenses", "additional", "extra", "further", "to",
                                               "representing", "is", "totalling", "totaling", "in", "with", "be", "was", "been", "at"}, CHANGE_VERB_STEMS)
LEVEL_AFTER_CHANGE = Gate({"to", "into", "reach", "top", "exceed", "hit", "surpass", "reaching", "reached", "hitting", "at", "level", "above", "below"}, signs=",")  # ("to a high enough level, 469 billion liras")
BUDGET_BEFORE = Gate({"of", "at", "to", "totaling", "totalling", "be", "is", "was", "hit", "touched", "worth", "totaled", "totalled", "now", "currently",
                      "exceeding", "surpassing", "topping", "recorded", "registered", "equal", "equals", "equalled", "equaled",
                      "totals", "or", "country", "payer", "payers", "taxpayers", "allotted", "allocated", "granted", "budgeted", "with", "the", "run", "for"}, ("reach",), signs=":-(\u2013\u2014")
MONEY_TOTAL_BEFORE = Gate({"of", "at", "to", "from", "worth", "is", "was", "are", "were", "be", "totaling", "totalling", "spend", "totals",
                           "totaled", "totalled"}, ("reach",))
LEVEL_FROM = Gate({"from", "than", "over", "on", "the", "a", "its", "their", "s", "previous", "current", "prior", "initial", "original",
                   "planned", "earlier", "estimated", "projected", "of", "doubles", "doubled", "doubling",
                   "triples", "tripled", "tripling", "against", "past", "when", "to", "with"})
GDP_BEFORE = Gate({"to", "at", "of", "was", "is", "reached", "hit", "from", "around", "about", "with", "high", "low", "exceed"},
                  ("wander", "hover", "fluctuat", "rang", "oscillat"), signs="-\u2013\u2014")
PART_OF = Gate({"of", "the", "a", "its"})
SPEND_THEN_AMOUNT = Gate({"is", "was", "are", "were", "be", "hit", "hits", "topped", "tops", "of", "at", "totaling",
                          "totalling", "total", "totals", "to", "equal", "equals", "equalled", "equaled", "exceeded",
                          "exceed", "exceeds", "surpassed", "surpasses", "past", "cross", "crosses", "crossed", "totaled",
                          "totalled", "recorded", "registered"}, ("reach",))
REPORTED_AS = Gate({"as"})
REQUEST_BEFORE = Gate({"for"})
CHANGE_BEFORE = Gate({"by", "these", "those", "out", "sent", "lost", "lose", "losing", "wounded", "injured", "another", "extra", "additional", "further",
                      "more", "move", "moves", "moved", "moving", "of", "remaining", "last", "final", "first", "off", "home", "is", "withdrew"},
                     ("withdraw", "pull", "recall", "remov", "cut", "add", "send", "recruit", "train", "kill", "evacuat", "captur", "relocat",
                      "transfer", "dispatch", "reduc", "increas", "boost", "draft", "redeploy", "reposition", "rotat",
                      "discharg", "demobiliz", "dismiss", "slash"), signs=":")
SPENDING_AT_PCT = Gate({"at", "to", "near", "around", "about", "of", "spending", "was", "the", "spends", "spent", "with", "be", "from",
                        "then", "thus", "now", "therefore", "defense", "defence", "only", "just", "merely"},
                       ("reach", "hit", "meet", "represent", "allocat", "devot", "dedicat"), signs=":")
# budget_cues' and personnel_moves' "before" patterns
MONEY_INTO_DEFENSE = Gate({"with"}, signs="-:")
PROMISED_SHARE = Gate({"spend", "reach", "allocate", "allocating", "spending", "reaching", "least", "the", "to", "defending", "devoting",
                       "within", "between", "from", "invest", "budget", "devote", "than"})
DEFENSE_TAKES = Gate({"taking", "getting", "receiving", "allocated", "given", "some", "about", "around", "received", "receives",
                      "got", "gets", "year", "with", "requested", "requests", "sought", "seeks", "for", "seeking", "proposed", "of",
                      "receive", "full", "entire", "whole"},
                     ("19", "20"), signs=")")  # ("is provided with": "with")
CHANGE_OF_BUDGET_APPOSITION = Gate(set(), signs="-,(")
WITH_BUDGET_OF = Gate({"of", "with"})
WITHDRAW_ALL = Gate({"all", "remaining", "last", "its", "their", "the", "s"})  # ("s": "of Austria's 377")
