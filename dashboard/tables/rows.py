"""One article's figures as rows of the figures table: plain dicts in the schema's columns, with the article's
provenance, the US-dollar value and the citation on each. No pandas: the CLI writes CSV from these rows
directly (``figures_csv``), and :mod:`dashboard.tables.frames` builds its typed frames from them.
"""

from __future__ import annotations

import typing
from datetime import date
from pathlib import Path

from dashboard import schema
from dashboard.extraction import ArticleInfo, Figure, extract_figures
from dashboard.extraction.countries import gazetteer
from dashboard.ingest.articles import Article
from dashboard.rates import usd_value
from dashboard.tables.citations import citation_head, cite

# The extractor's record and the table agree field for field (a new Figure field fails here, at import)
schema.check_record_fields(typing.get_type_hints(Figure))


def figure_rows(article: Article, figures: list[Figure]) -> list[dict]:
    """Figures of one article as schema rows, with the article's provenance on each."""
    gaz = gazetteer()
    rows = []
    head = citation_head(article.publisher, article.title, article.published_iso, article.url)
    for f in figures:
        row = dict(vars(f))  # flat dataclass: a shallow copy is all asdict would do, at a fraction of the cost
        usd, rate = usd_value(f.value, f.currency, rate_day(article.published, f.year)) if f.currency else (None, "")
        row.update(
            figure_id=f.figure_id, country=gaz.name(f.country_iso3), value_usd=usd, usd_rate_date=rate,
            title=article.title, publisher=article.publisher, published=article.published_iso, url=article.url,
            status="extracted", original_value=None, original_confidence=None, review_changes="", review_note="",
            reference_series="", reference_year=None, reference_value=None, reference_diff_pct=None,
            reference_note="", reference_attribution="", citation=cite(head, f.passage, f.quote),
        )
        rows.append(row)
    return rows


def rate_day(published: date | None, year: int | None) -> date | None:
    """The day whose exchange rate converts a figure: the article's date; for an undated article, the middle of
    the figure's own year (an audit saw a 2017 budget from an undated article converted at the latest rate and
    then flagged as 36% off the World Bank's); neither, None, and no conversion.

    >>> rate_day(date(2024, 3, 5), 2017), rate_day(None, 2017), rate_day(None, None)
    (datetime.date(2024, 3, 5), datetime.date(2017, 7, 1), None)
    """
    if published is not None:
        return published
    return date(int(year), 7, 1) if year else None


def extract_article(article: Article, trace: list | None = None) -> list[Figure]:
    """The article's figures, the extractor told all it knows of the article; ``trace`` collects every numeral's
    decision (see ``extraction.trace``)."""
    info = ArticleInfo(article.article_id, article.published, article.title, article.publisher, article.url)
    return extract_figures(article.text, info) if trace is None else extract_figures(article.text, info, trace=trace)


def source_name(article: Article) -> str:
    """The article's file name for messages (its id when it has no file, e.g. stdin)."""
    return Path(article.path).name if article.path else article.article_id


def describe(exc: BaseException) -> str:
    """``ValueError: ...`` on one line (at most ~300 characters), whatever the exception's message holds."""
    detail = " ".join(str(exc).split())
    if len(detail) > 300:
        detail = detail[:299] + "\u2026"
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def extraction_failure(exc: BaseException) -> str:
    """``extraction failed (ValueError: ...)``: how a failed article is reported, by every path."""
    return f"extraction failed ({describe(exc)})"


def article_rows(article: Article) -> tuple[list[dict], str | None]:
    """(figure rows, problem) of one article; an exception in extraction becomes the problem, never raised.

    Every path that extracts many articles goes through this, so one bad article costs its own
    rows only: the problem reads ``story.txt: extraction failed (ValueError: ...)``.
    """
    try:
        return figure_rows(article, extract_article(article)), None
    except Exception as exc:  # noqa: BLE001 - one bad article must not hide the others
        return [], f"{source_name(article)}: {extraction_failure(exc)}"
