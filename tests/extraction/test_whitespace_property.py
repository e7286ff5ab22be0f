"""Whitespace robustness: a passage re-wrapped with other spaces states the same figures.

Scraped and wire text breaks lines anywhere, doubles spaces and uses no-break or thin spaces. The
project's own labelled passages (tests/**/passages.jsonl) and sample articles (data/articles/*.txt)
are re-wrapped by replacing single spaces between words, and must give the same figures (metric,
country, value, host) without raising. Blank lines are never inserted: a blank line is a paragraph
break, which may legitimately change meaning.

Line breaks and double spaces go anywhere too: the gazetteer matches "North\nKorea", personnel
nouns allow any spacing ("service  members"), and no pattern gives a space back into a negative
lookahead ("baht for  the Defence Ministry"); each of those was found by this test.
"""

from __future__ import annotations

import functools
import glob
import json
import os
import random
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.extraction import ArticleInfo, extract_figures
from dashboard.extraction.numbers import find_numbers
from dashboard.ingest.articles import read_article

pytestmark = pytest.mark.slow  # property tests over every devset passage

ROOT = Path(__file__).resolve().parents[2]
ANYWHERE = ["\n", "  ", "\u00a0", "\u2009"]  # line break, double space, no-break space, thin space
IN_NUMBERS = ["\n", "  ", "\u00a0", "\u2009"]
# A single space between two words: not next to other whitespace, not before a bullet or dash (a line
# starting with "-" or a bullet is a list item), not between two digits ("28 500" is one numeral).
_SPACE_RE = re.compile(r"(?<=\S) (?=[^\s\-\u2010-\u2015\u2022*])")


def _load() -> list[tuple[str, str, ArticleInfo]]:
    passages = []
    for path in sorted(glob.glob(str(ROOT / "tests" / "**" / "passages.jsonl"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    published = date.fromisoformat(row["date"]) if row.get("date") else None
                    info = ArticleInfo(row["id"], published, publisher=row.get("publisher") or "")
                    passages.append((row["id"], row["text"], info))
    # Evaluation folders outside the repository can join on request (never needed to pass):
    # DEFENSE_WHITESPACE_EXTRA=../shared/devset:../shared/devset2/europe make test
    for folder in filter(None, os.environ.get("DEFENSE_WHITESPACE_EXTRA", "").split(os.pathsep)):
        with open(Path(folder) / "passages.jsonl", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    published = date.fromisoformat(row["date"]) if row.get("date") and len(row["date"]) == 10 else None
                    passages.append((row["id"], row["text"], ArticleInfo(row["id"], published,
                                                                         publisher=row.get("publisher") or "")))
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        article = read_article(path)
        passages.append((article.article_id, article.text,
                         ArticleInfo(article.article_id, article.published, article.title, article.publisher)))
    return passages


PASSAGES = _load()


def _figures(text: str, info: ArticleInfo) -> list[tuple[str, str, float, str]]:
    return sorted((f.metric, f.country_iso3, f.value, f.host_iso3) for f in extract_figures(text, info))


@functools.cache
def _original(index: int) -> tuple[list[tuple[str, str, float, str]], list[int], list[int]]:
    """The passage's figures, its replaceable spaces, and those of them inside a number mention."""
    _, text, info = PASSAGES[index]
    spaces = [m.start() for m in _SPACE_RE.finditer(text)
              if not (text[m.start() - 1].isdigit() and text[m.start() + 1].isdigit())]
    spans = [(n.start, n.end) for n in find_numbers(text)]
    inside = [p for p in spaces if any(a < p < b for a, b in spans)]
    return _figures(text, info), spaces, inside


def _rewrap(text: str, replacements: dict[int, str]) -> str:
    chars = list(text)
    for pos, kind in replacements.items():
        chars[pos] = kind
    return "".join(chars)


def test_passages_are_found():
    """The corpus is there (a renamed folder must not silently empty this test)."""
    assert len(PASSAGES) >= 50
    assert sum(bool(_original(i)[2]) for i in range(len(PASSAGES))) >= 40


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.data())
def test_rewrapped_passage_gives_same_figures(data):
    """Property: random spaces re-wrapped (anywhere: NBSP/thin; inside numbers: also line break and
    double space) raise nothing and leave the figures unchanged."""
    index = data.draw(st.integers(0, len(PASSAGES) - 1), label="passage")
    pid, text, info = PASSAGES[index]
    expected, spaces, inside = _original(index)
    replacements: dict[int, str] = {}
    if spaces:
        for pos in data.draw(st.lists(st.sampled_from(spaces), max_size=40), label="anywhere"):
            replacements[pos] = data.draw(st.sampled_from(ANYWHERE))
    if inside:
        for pos in data.draw(st.lists(st.sampled_from(inside), max_size=12), label="in numbers"):
            replacements[pos] = data.draw(st.sampled_from(IN_NUMBERS))
    assert _figures(_rewrap(text, replacements), info) == expected, pid


@pytest.mark.parametrize("kind", IN_NUMBERS)
def test_every_passage_rewrapped_inside_numbers(kind):
    """Every passage, every space inside a number mention replaced at once, gives the same figures."""
    for index, (pid, text, info) in enumerate(PASSAGES):
        expected, _, inside = _original(index)
        if inside:
            assert _figures(_rewrap(text, dict.fromkeys(inside, kind)), info) == expected, pid


@pytest.mark.parametrize("kind", ANYWHERE)
def test_every_passage_rewrapped_anywhere(kind):
    """Every passage with a third of its spaces (fixed seed) replaced gives the same figures."""
    for index, (pid, text, info) in enumerate(PASSAGES):
        expected, spaces, _ = _original(index)
        rng = random.Random(f"{pid}:{kind!r}")
        chosen = {p: kind for p in spaces if rng.random() < 1 / 3}
        assert _figures(_rewrap(text, chosen), info) == expected, pid
