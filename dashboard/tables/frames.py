"""Tidy tables: articles and figures as pandas DataFrames in the schema of schema.py.

``load_articles(folder)`` and ``load_figures(folder)`` read an articles folder. Problems (an
unreadable file, a row that breaks the schema) are never dropped silently: they travel in
``df.attrs["problems"]`` as messages naming the article, and the CLI and app show them.
"""

from __future__ import annotations

import typing
from pathlib import Path

import pandas as pd

from dashboard import schema
from dashboard.extraction import ArticleInfo, Figure, extract_figures
from dashboard.extraction.countries import gazetteer
from dashboard.ingest.articles import Article, read_folder
from dashboard.tables.citations import citation
from dashboard.tables.comparisons import with_reference
from dashboard.tables.rates import usd_value
from dashboard.tables.reference import ReferenceDataError

# The extractor's record and the table agree field for field (a new Figure field fails here, at import)
schema.check_record_fields(typing.get_type_hints(Figure))


def figure_rows(article: Article, figures: list[Figure]) -> list[dict]:
    """Figures of one article as schema rows, with the article's provenance on each."""
    gaz = gazetteer()
    rows = []
    for f in figures:
        row = dict(vars(f))  # flat dataclass: a shallow copy is all asdict would do, at a fraction of the cost
        usd, rate = usd_value(f.value, f.currency, article.published) if f.currency else (None, "")
        row.update(
            figure_id=f.figure_id, country=gaz.name(f.country_iso3), value_usd=usd, usd_rate_date=rate,
            title=article.title, publisher=article.publisher, published=article.published_iso, url=article.url,
            status="extracted", original_value=None, original_confidence=None, review_note="",
            reference_series="", reference_year=None, reference_value=None, reference_diff_pct=None,
            reference_note="", reference_attribution="", citation=citation(article.publisher, article.title, article.published_iso,
                                                 article.url, f.passage, f.quote),
        )
        rows.append(row)
    return rows


def extract_article(article: Article) -> list[Figure]:
    return extract_figures(article.text, ArticleInfo(article.article_id, article.published, article.title, article.publisher,
                                                   article.url))


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


def figures_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows -> a typed figures DataFrame with the schema's columns in order.

    Every row must carry exactly the schema's columns: an unknown column (a typo, a field the
    schema lacks) or a missing one raises ``schema.SchemaError`` naming them, instead of being
    dropped or silently filled. Build rows as ``{**schema.blank_figure(), ...}``.
    """
    if not rows:
        return schema.empty_figures()
    seen: set[str] = set()
    for row in rows:
        if row.keys() != seen:
            schema.check_columns(list(row.keys()))
            seen = set(row.keys())
    df = pd.DataFrame(rows)[schema.FIGURE_COLUMN_NAMES]
    for col, dtype in schema.FIGURE_DTYPES.items():
        if dtype == "string":
            df[col] = df[col].fillna("").astype("string")
        else:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype(dtype)
    return df.reset_index(drop=True)


def articles_frame(articles: list[Article], counts: dict[str, int] | None = None) -> pd.DataFrame:
    counts = counts or {}
    rows = [{
        "article_id": a.article_id, "title": a.title, "publisher": a.publisher, "published": a.published_iso,
        "url": a.url, "path": a.path, "chars": len(a.text), "figures": counts.get(a.article_id, 0),
    } for a in articles]
    df = pd.DataFrame(rows, columns=[c.name for c in schema.ARTICLE_COLUMNS])
    return df.astype(schema.ARTICLE_DTYPES)


def build_tables(articles: list[Article], problems: list[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles table, figures table) from Article records; problems land in attrs."""
    problems = list(problems or [])
    rows: list[dict] = []
    for article in articles:
        article_figures, problem = article_rows(article)
        rows.extend(article_figures)
        if problem:
            problems.append(problem)
    return assemble(articles, rows, problems)


def assemble(articles: list[Article], rows: list[dict], problems: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles table, figures table) from extracted rows, schema-checked; problems land in attrs."""
    figures, problem = compared(figures_frame(rows))
    problems = [*problems, *schema.check_figures(figures), *([problem] if problem else [])]
    counts = figures.groupby("article_id").size().to_dict() if len(figures) else {}
    table = articles_frame(articles, counts)
    table.attrs["problems"] = problems
    figures.attrs["problems"] = problems
    return table, figures


def compared(figures: pd.DataFrame) -> tuple[pd.DataFrame, str | None]:
    """(figures with their World Bank comparisons, problem): unreadable reference tables leave the
    comparison columns empty and say so, they never cost the figures."""
    try:
        return with_reference(figures), None
    except ReferenceDataError as exc:
        return figures, f"World Bank comparisons: note: left empty ({exc})"


def load_articles(folder: Path) -> pd.DataFrame:
    """One row per article file in ``folder`` (title, publisher, date, url, figure count)."""
    articles, problems = read_folder(Path(folder))
    table, _ = build_tables(articles, problems)
    return table


def load_figures(folder: Path) -> pd.DataFrame:
    """The tidy figures table of every article in ``folder``, schema-checked."""
    articles, problems = read_folder(Path(folder))
    _, figures = build_tables(articles, problems)
    return figures
