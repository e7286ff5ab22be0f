"""Whole-article scans done with ``str.find`` on the lower-cased text instead of a regex tried at every position.

A case-insensitive regex search reads every character of a 4,000-character article through the engine, even for a
pattern that is a handful of literal words; ``str.find`` on the lower-cased text (``patterns.ascii_lower``: the same
matches, when it is not None) skips through it in C. Each helper here gives exactly what the regex scan it replaces
gives (the same spans, the same matches), and falls back to the regex when there is no safe lower-cased text;
tests/extraction/test_extraction_word_scan.py checks each against its pattern.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dashboard.extraction.context import Context


def find_all(low: str, word: str) -> list[int]:
    """Every start of ``word`` in ``low`` (overlapping ones too)."""
    out = []
    i = low.find(word)
    while i >= 0:
        out.append(i)
        i = low.find(word, i + 1)
    return out


def word_spans(low: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans ``re.finditer("word1|word2|...", text, re.I)`` finds, read off ``low`` (lower case words, in the
    alternation's order): at each start the first word listed wins, and a span never overlaps the one before."""
    hits = sorted((i, k, i + len(w)) for k, w in enumerate(words) for i in find_all(low, w))
    out: list[tuple[int, int]] = []
    last_end = 0
    for start, _k, end in hits:
        if start >= last_end and (not out or start != out[-1][0]):
            out.append((start, end))
            last_end = end
    return out


def line_matches(pattern: re.Pattern, text: str, low: str | None, words: tuple[str, ...], reach: int) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a multiline pattern whose every match begins at a line start ("^...") and
    holds one of ``words`` (lower case) starting at most ``reach`` characters into that line: only the lines where
    ``low`` (the lower-cased ``text``, or None to scan as before) has such a word are tried."""
    if low is None:
        yield from pattern.finditer(text)
        return
    last_end = 0
    tried = -1
    for i in sorted(i for w in words for i in find_all(low, w)):
        line = low.rfind("\n", 0, i) + 1
        if line == tried or line < last_end or i - line > reach:
            continue
        tried = line
        m = pattern.match(text, line)
        if m:
            last_end = m.end()
            yield m


_KEYS: dict[tuple[str, ...], str] = {}


def word_sentences(ctx: Context, words: tuple[str, ...]) -> set[int] | None:
    """The sentences of ``ctx`` that hold one of ``words`` (lower case) whole, found once per article by str.find on
    the lower-cased text; None when there is none safe to read (ask the pattern). A case-insensitive pattern whose
    every match holds one of ``words`` cannot match in a sentence not in the set."""
    low = ctx.low
    if low is None:
        return None
    key = _KEYS.get(words) or _KEYS.setdefault(words, "\0words:" + "|".join(words))  # (no pattern's text begins with a NUL)
    known = ctx.scan_cache.get(key)
    if known is None:
        starts = ctx.sentence_starts or [s.start for s in ctx.sentences]
        ctx.sentence_starts = starts
        known = set()
        for w in words:
            for i in find_all(low, w):
                k = bisect.bisect_right(starts, i) - 1
                if k >= 0 and ctx.sentences[k].start <= i and i + len(w) <= ctx.sentences[k].end:
                    known.add(k)
        ctx.scan_cache[key] = known
    return known
