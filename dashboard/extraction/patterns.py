"""Regex helpers shared by the scanners."""

from __future__ import annotations

import re


def trie_alternation(aliases: list[str], fold: bool = False) -> str:
    """A regex matching any alias, factored as a trie so the engine tests one branch per character.

    A flat alternation of a thousand names is tried name by name at every position of the text;
    the trie makes country lookup about as fast as reading the text once.

    >>> re.fullmatch(trie_alternation(["US", "U.S.", "USA"]), "U.S.") is not None
    True
    """
    trie: dict = {}
    for alias in aliases:
        node = trie
        for ch in alias.lower() if fold else alias:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


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
