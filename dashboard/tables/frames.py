"""Tidy tables: articles and figures as pandas DataFrames in the schema of schema.py.

``load_articles(folder)`` and ``load_figures(folder)`` read an articles folder. Problems (an
unreadable file, a row that breaks the schema) are never dropped silently: they travel in
``df.attrs["problems"]`` as messages naming the article, and the CLI and app show them.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard import schema
from dashboard.ingest.articles import Article, read_folder
from dashboard.rates import usd_value
from dashboard.tables.comparisons import with_reference
from dashboard.tables.reference import ReferenceDataError
from dashboard.tables.rows import (
    article_rows,
    describe,
    extract_article,
    extraction_failure,
    figure_rows,
    source_name,
)

__all__ = ["article_rows", "articles_frame", "assemble", "build_tables", "compared", "describe", "extract_article",
           "extraction_failure", "figure_rows", "figures_frame", "load_articles", "load_figures", "source_name",
           "usd_value"]


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
