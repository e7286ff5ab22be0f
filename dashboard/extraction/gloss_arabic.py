"""Arabic forms the word-by-word gloss needs help with: the one-letter words written onto the next word, and a
million said without a digit before it.

>>> sorted(_proclitics("الجزائر"))[:3]
['الجزائر', 'بالجزائر', 'للجزائر']
>>> bare_millions("مليون و455 ألف جندي")
'1,455      ألف جندي'
"""

from __future__ import annotations

import re

_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a]")
# "مليون و455 ألف" (a million and 455 thousand), "مليونين و35 ألف" (two million and 35 thousand): no digit before the
# million, so the compound "2 مليون و389 ألف" of the gloss does not see it
_BARE_MILLION_RE = re.compile(r"(?<![\d.,])(?P<m>\u0645\u0644\u064a\u0648\u0646(?:\u064a\u0646|\u0627\u0646)?)\s*\u0648\s*"
                              r"(?P<b>\d{1,3})(?![\d.,])(?=\s*(?:\u0623\u0644\u0641|\u0627\u0644\u0641))")


def _proclitics(phrase: str) -> list[str]:
    """An Arabic phrase with the one-letter words written onto it: "and" (و), "in/with" (ب), "for" (ل, which takes
    the article's alif: "للجزائر" for the Algeria), "and in", "and for" ("وبالجزائر"); and the phrase itself."""
    if not _ARABIC_LETTER_RE.match(phrase):
        return [phrase]
    for_ = "لل" + phrase[2:] if phrase.startswith("ال") else "ل" + phrase
    return [phrase, "و" + phrase, "ب" + phrase, for_, "وب" + phrase, "و" + for_]


def add_proclitics(table: dict[str, str]) -> None:
    """Add to a phrase table each Arabic phrase's forms with a one-letter word written onto it (never over a phrase the
    table already holds)."""
    for phrase, english in list(table.items()):
        for variant in _proclitics(phrase)[1:]:
            table.setdefault(variant, english)


def bare_millions(text: str) -> str:
    """Rewrite a million said without a digit ("مليون و455", "مليونين و35") as its digits, padded to the same length so
    offsets keep their places: "1,455", "2,035" (thousands, before the "ألف" that follows)."""
    def digits(m: re.Match) -> str:
        millions = 1 if m.group("m") == "\u0645\u0644\u064a\u0648\u0646" else 2
        return f"{millions},{int(m.group('b')):03d}".ljust(len(m.group(0)))
    return _BARE_MILLION_RE.sub(digits, text)
