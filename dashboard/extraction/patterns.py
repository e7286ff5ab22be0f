"""Regex helpers shared by the scanners."""

from __future__ import annotations

import hashlib
import re
from re import _constants as _C
from re import _parser

from dashboard.extraction import recache


def trie_alternation(aliases: list[str], fold: bool = False) -> str:
    """A regex matching any alias, factored as a trie so the engine tests one branch per character.

    A flat alternation of a thousand names is tried name by name at every position of the text;
    the trie makes country lookup about as fast as reading the text once.

    >>> re.fullmatch(trie_alternation(["US", "U.S.", "USA"]), "U.S.") is not None
    True
    """
    if len(aliases) < 50:
        return _trie_of(aliases, fold)
    # (a list of a thousand country names takes ~5 ms to factor: kept between runs with the compiled programs,
    # under a digest of the list, so the same list gives the same text)
    digest = hashlib.sha256("\n".join(aliases).encode("utf-8", "surrogatepass")).hexdigest()
    return recache.kept((digest, int(fold), "trie"), lambda: _trie_of(aliases, fold))


def _trie_of(aliases: list[str], fold: bool) -> str:
    trie: dict = {}
    for alias in aliases:
        node = trie
        for ch in alias.lower() if fold else alias:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


# The letters re's case-insensitive matching reads as ASCII ones although str.lower() does not make them ASCII
# (dotted and dotless i, long s, the Kelvin sign): found by testing every code point against [a-z] (see the test).
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def ascii_lower(text: str) -> str | None:
    """``text.lower()`` when a case-insensitive pattern made of ASCII letters, digits, spaces and punctuation
    matches ``text`` exactly where its lower-case, case-sensitive twin matches the result (same spans), else
    None: lower-casing keeps the length and no character of ``text`` is one that re folds onto an ASCII letter
    while lower() leaves it outside ASCII (the Kelvin sign lower-cases to "k" itself).
    Scanning lower-cased text case-sensitively is several times faster than a case-insensitive scan.

    >>> ascii_lower("The Army"), ascii_lower("\u017fix")
    ('the army', None)
    """
    low = text.lower()
    if len(low) != len(text) or (not low.isascii() and any(c in text for c in FOLDS_TO_ASCII)):
        return None
    return low


def spaced(pattern: str) -> str:
    """Let the spaces of a trie pattern match any run of spaces or one line break ("North\\nKorea").

    Scraped text breaks lines and doubles spaces inside names; the aliases are written with one
    space. Call on the output of :func:`trie_alternation`; look the match up by :func:`squeeze`.

    >>> re.fullmatch(spaced(trie_alternation(["South Korea"])), "South \\n Korea") is not None
    True
    """
    return pattern.replace("\\ ", r"[ \t]*\n?[ \t]*(?<=\s)")


def squeeze(text: str) -> str:
    """``text`` with each run of whitespace as one space: the key a :func:`spaced` match is looked up by."""
    return " ".join(text.split())


def _trie_regex(node: dict) -> str:
    end = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if end else body


# ---------------------------------------------------------------------------
# First-character gates
# ---------------------------------------------------------------------------
# re tries a pattern at every position of the text it searches. A pattern that begins with "\b(?:defen[cs]e|army|...)"
# under IGNORECASE gives the engine no character to skip to, so each position costs a branch per alternative. A
# lookahead of the characters a match can begin with, "(?=[adn...])", turns most positions into one set test.
# The gate is read off the pattern's own parse tree, under the pattern's own flags (so case folding is the same),
# and is a necessary condition of a match: the matches, their spans and their groups stay exactly the same.

_CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_WORD: r"\w"}
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)
ORIGINALS: dict[str, re.Pattern] = {}  # gated pattern text -> the pattern as written (for the tests)


def _first(items, flags: int) -> tuple[set[str] | None, bool]:
    """The class items (regex text) a match of ``items`` can begin with, and whether it can match empty;
    None when the set cannot be told (any character, a back reference, a negated class...)."""
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            out.add(re.escape(chr(av)))
            return out, False
        if op is _C.IN:
            for iop, iav in av:
                if iop is _C.LITERAL:
                    out.add(re.escape(chr(iav)))
                elif iop is _C.RANGE:
                    out.add(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
                elif iop is _C.CATEGORY and iav in _CATEGORIES:
                    out.add(_CATEGORIES[iav])
                else:
                    return None, False
            return out, False
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: the next item begins the match
        if op is _C.SUBPATTERN:
            add_flags, sub = av[1], av[3]
            if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
                return None, False  # (?i:...) in a case-sensitive pattern: a gate read case-sensitively would be too narrow
            parts = [sub.data]
        elif op is _C.ATOMIC_GROUP:
            parts = [av.data]
        elif op is _C.BRANCH:
            parts = [alt.data for alt in av[1]]
        elif op in _REPEATS:
            parts = [av[2].data]
        else:
            return None, False
        nullable = op in _REPEATS and av[0] == 0
        for part in parts:
            found, empty = _first(part, flags)
            if found is None:
                return None, False
            out |= found
            nullable = nullable or empty
        if not nullable:
            return out, False
    return out, True


def gated(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a lookahead of the characters its matches begin with (the same matches, found
    faster), or ``pattern`` itself when the set is unknown, may be empty, or takes in every word character.

    >>> gated(re.compile(r"\\b(?:army|navy)\\b", re.I)).pattern
    '(?=[an])(?:\\\\b(?:army|navy)\\\\b)'
    """
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE or pattern.pattern in ORIGINALS:
        return pattern

    def read() -> str | None:
        found, empty = _first(_parser.parse(pattern.pattern, pattern.flags).data, pattern.flags)
        if found is None or empty or r"\w" in found:
            return None
        return "(?=[" + "".join(sorted(found)) + "])(?:" + pattern.pattern + ")"

    text = recache.gate(pattern.pattern, pattern.flags, read)  # (kept between runs: parsing costs as much as compiling)
    if text is None:
        return pattern
    try:
        out = re.compile(text, pattern.flags)
    except re.error:  # global inline flags ("(?i)...") must open a pattern
        return pattern
    ORIGINALS[out.pattern] = pattern
    return out


def lead(fragment: str, flags: int = 0) -> str:
    """``fragment`` behind a lookahead of the characters its matches begin with (under ``flags``, the flags of the
    pattern it goes into), for an alternation that a pattern tries at many places: after each way of splitting
    the words before it, say. The same matches; ``fragment`` itself when the set cannot be told.

    >>> lead(r"(?:troops|soldiers|army)", re.I)
    '(?=[ast])(?:troops|soldiers|army)'
    """
    found, empty = _first(_parser.parse(fragment, flags).data, flags)
    if found is None or empty or r"\w" in found:
        return fragment
    return "(?=[" + "".join(sorted(found)) + "])" + fragment


def gate_all(namespace: dict) -> None:
    """Gate every compiled pattern of a module (call as ``gate_all(globals())`` after its patterns)."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = gated(value)
