"""A ready citation for every figure: publisher, title, date, link and the sentence that states it.

The citation is plain text, built once per row (the ``citation`` column), so the passage card,
the CSV and anything else that copies it say the same thing. It is built from untrusted article
fields: whoever shows it must show it literally (the app uses ``st.code``), and the CSV export
neutralises it like every other text cell.
"""

from __future__ import annotations

import re
import typing

from dashboard.rates import missing as _missing

if typing.TYPE_CHECKING:
    import pandas as pd

QUOTE_LIMIT = 400  # characters of the cited sentence; a longer one is cut around the figure

# A sentence ends at . ! or ? (after an optional closing quote or bracket) followed by space and a capital,
# digit or opening quote, unless the word before the stop is an abbreviation ("U.S. President", "Gen. Kim").
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]?\s+(?=[A-Z0-9\"'\u201c\u2018(])")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|"
                           r"Pres|No|Vol|Inc|Corp|Co|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)$")


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """(end of a sentence, start of the next) for every sentence break of ``text``."""
    return [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)
            if not _ABBREVIATION.search(text, max(m.start() - 12, 0), m.start())]


def _plain(text: object) -> str:
    """One line: runs of whitespace (line breaks included) become one space; a missing value is ''."""
    if text is None or (not isinstance(text, str) and _missing(text)):
        return ""
    return " ".join(str(text).split())




def cited_sentence(passage: object, quote: object, limit: int = QUOTE_LIMIT) -> str:
    """The sentence of ``passage`` that holds ``quote`` (the whole passage when the quote is not in it).

    A sentence longer than ``limit`` is cut to about ``limit`` characters around the quote, with
    ellipses where it was cut.

    >>> cited_sentence("Seoul is cautious. It has 450,000 active troops. More later.", "450,000")
    'It has 450,000 active troops.'
    >>> cited_sentence("A 5% rise, to meet U.S. President Trump's call. Gen. Kim said so.", "5%")
    "A 5% rise, to meet U.S. President Trump's call."
    """
    passage, quote = _plain(passage), _plain(quote)
    at = passage.find(quote) if quote else -1
    if at < 0:
        sentence, at, quote = passage, 0, ""
    else:
        start = 0
        end = len(passage)
        for stop, next_start in _sentence_ends(passage):
            if next_start <= at:
                start = next_start
            elif stop >= at + len(quote):
                end = stop
                break
        sentence, at = passage[start:end].strip(), at - start
    if len(sentence) <= limit:
        return sentence
    side = max((limit - len(quote)) // 2, 0)
    lo, hi = max(at - side, 0), min(at + len(quote) + side, len(sentence))
    return ("\u2026" if lo else "") + sentence[lo:hi].strip() + ("\u2026" if hi < len(sentence) else "")


def citation(publisher: object, title: object, published: object, url: object, passage: object,
             quote: object) -> str:
    """'Publisher, "Title", 2025-11-03, https://..., quote: "The sentence."'; missing parts are left out.

    >>> citation("EconoTimes", "Talks in Seoul", "2025-11-03", "https://x.test/a", "It has 450,000 troops.", "450,000")
    'EconoTimes, "Talks in Seoul", 2025-11-03, https://x.test/a, quote: "It has 450,000 troops."'
    >>> citation("", "", "", "", "It has 450,000 troops.", "450,000")
    'quote: "It has 450,000 troops."'
    """
    return cite(citation_head(publisher, title, published, url), passage, quote)


def citation_head(publisher: object, title: object, published: object, url: object) -> list[str]:
    """The parts of a citation that name the article, the same for every figure of it (work them out once)."""
    title_text = _plain(title)
    return [p for p in (_plain(publisher), f'"{title_text}"' if title_text else "", _plain(published), _plain(url)) if p]


def cite(head: list[str], passage: object, quote: object) -> str:
    """:func:`citation` from the article's :func:`citation_head` and one figure's passage and quote."""
    sentence = cited_sentence(passage, quote)
    return ", ".join([*head, f'quote: "{sentence}"']) if sentence else ", ".join(head)


def citations(df: pd.DataFrame) -> list[str]:
    """The citation of every row of a figures frame (columns publisher, title, published, url, passage, quote)."""
    columns = [df[c].tolist() for c in ("publisher", "title", "published", "url", "passage", "quote")]
    return [citation(*row) for row in zip(*columns, strict=True)]
