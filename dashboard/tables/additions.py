"""Figures the extractor missed, added by a reviewer: a number in an article's text, with its owner, metric and
year as a careful reader states them.

At first contact the extractor finds about half of the figures real passages state (README, "Measured quality"),
so correcting what it shows is not enough: a reviewer must be able to add what it left out. An addition is
anchored like every figure, to its quote at its offsets in the article's clean text, and it carries the sentence
around that quote as its passage, so it is cited exactly as an extracted figure is.

In the review log an addition is a ``correct`` decision whose fields say ``added`` and give the quote's offsets
(the log's kinds of decision are fixed in its table, and an addition is a correction of the extractor's output:
the figure it should have found). Its figure id is ``<article id>:<offset>-added-<metric>``, so the article is
still the part before the last colon and it never takes the id of an extracted figure. Later decisions on an
added figure (accept, reject, correct) apply to it as to any other.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dashboard import schema
from dashboard.extraction import Figure
from dashboard.extraction.assemble import passage_text
from dashboard.extraction.normal import normalize
from dashboard.extraction.text import split_sentences
from dashboard.extraction.trace import Decision as Decision_
from dashboard.ingest.articles import Article, ArticleError, read_article
from dashboard.tables.frames import figures_frame
from dashboard.tables.review_records import Decision
from dashboard.tables.rows import extract_article, figure_rows

ADDED = "added"  # the fields key that marks an addition, and the status an added figure shows
METHOD = "review:added"


def added_figure_id(article_id: str, start: int, metric: str) -> str:
    """'<article>:<offset>-added-<metric>': never an extracted figure's id, and the article before the last colon.

    >>> added_figure_id("2025-11-03-econotimes-seed", 120, "active_personnel")
    '2025-11-03-econotimes-seed:120-added-active_personnel'
    """
    return f"{article_id}:{int(start)}-added-{metric}"


def is_addition(d: Decision) -> bool:
    return d.decision == "correct" and d.fields.get(ADDED) is True


def occurrences(text: str, quote: str) -> list[int]:
    """Where ``quote`` stands in ``text`` (every start offset, in order); none for a blank quote.

    >>> occurrences("28,500 troops; later 28,500 again", "28,500")
    [0, 21]
    """
    quote = quote.strip()
    found, at = [], text.find(quote) if quote else -1
    while at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def passage_at(text: str, start: int, end: int) -> str:
    """The sentence the quote stands in, on one line (a window of it when the sentence runs on).

    >>> passage_at("The army is small. It has 12,000\\nsoldiers today. Next.", 26, 32)
    'It has 12,000 soldiers today.'
    """
    around = next(((s.start, s.end) for s in split_sentences(normalize(text)) if s.start <= start and end <= s.end),
                  (start, end))
    return passage_text(text, *around, start)


def passed_over(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, why) of every number the extractor read in the article and turned into no figure, years left
    out: where a missed figure is likeliest to be, each with the evidence that turned it away (as ``explain``)."""
    trace: list[Decision_] = []
    extract_article(article, trace)
    return [(d.number.start, d.number.end, d.why) for d in trace if d.figure is None and d.number.kind != "year"]


def _unit(metric: str, currency: str) -> str:
    unit = schema.METRICS[metric].unit
    return currency if unit == "currency" else unit


def added_figure(article: Article, d: Decision) -> Figure | None:
    """The figure an addition states, anchored to its quote: at its offsets, else at the quote's only place in
    the text (the article was edited above it); None when the quote is gone or stands in several places."""
    start, end = int(d.fields["start"]), int(d.fields["end"])
    text = article.text
    if text[start:end] != d.quote:
        places = occurrences(text, d.quote)
        if len(places) != 1:
            return None
        start, end = places[0], places[0] + len(d.quote)
    currency = str(d.fields.get("currency", "") or "")
    return Figure(
        article_id=article.article_id, country_iso3=str(d.fields["country_iso3"]), metric=d.metric,
        value=float(d.fields["value"]), unit=_unit(d.metric, currency), quote=d.quote,
        passage=passage_at(text, start, end), start=start, end=end, method=METHOD, currency=currency,
        year=d.fields.get("year"), host_iso3=str(d.fields.get("host_iso3", "") or ""),
        stage=str(d.fields.get("stage", "") or ""), confidence=1.0)


def added_rows(articles: Any, additions: Iterable[Decision]) -> tuple[Any, list[Decision]]:
    """(figures frame of the added figures, additions that could not be placed). ``articles`` is the library's
    articles table (``article_id``, ``path``); each article file is read once."""
    paths = dict(zip(articles["article_id"].astype(str), articles["path"].astype(str), strict=True)) \
        if len(articles) else {}
    by_article: dict[str, list[Decision]] = {}
    for d in additions:
        by_article.setdefault(d.article_id, []).append(d)
    rows, lost = [], []
    for article_id, decisions in by_article.items():
        try:
            article = read_article(Path(paths[article_id])) if article_id in paths else None
        except ArticleError:
            article = None
        for d in decisions:
            fig = added_figure(article, d) if article is not None else None
            if fig is None:
                lost.append(d)
                continue
            row = figure_rows(article, [fig])[0]
            row.update(figure_id=d.figure_id, status=ADDED, review_note=d.note)
            rows.append(row)
    return figures_frame(rows), lost
