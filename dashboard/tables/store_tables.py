"""The library tables from stored rows: the store's frames (and records not stored) put in file order,
with the problems and figure counts ``frames.build_tables`` gives.

in: ``FigureStore.load`` frames and ``Record`` objects; out: (articles table, figures table) in the schema.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard import schema
from dashboard.tables.frames import compared, figures_frame
from dashboard.tables.store import ARTICLE_FIELDS, Record


def records_frames(records: list[Record]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Records as the frames ``FigureStore.load`` gives."""
    articles = pd.DataFrame([{"name": r.entry.name, "version": r.entry.version, "readable": int(r.article is not None),
                              "problem": r.problem, **(r.article or {})} for r in records],
                            columns=["name", "version", "readable", "problem", *(c.name for c in ARTICLE_FIELDS)])
    rows = [row for r in records for row in r.rows]
    figures = figures_frame(rows)
    figures.insert(0, "seq", pd.array([i for r in records for i in range(len(r.rows))], dtype="int64"))
    figures.insert(0, "name", pd.array([r.entry.name for r in records for _ in r.rows], dtype="string"))
    return articles, figures


def assemble_stored(folder: Path, files, stored_articles: pd.DataFrame | None, stored_figures: pd.DataFrame | None,
              extra: list[Record], notes: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The library tables in file order: ``extra`` records win over stored ones of the same name."""
    order = {name: i for i, (name, _, _) in enumerate(files)}
    extra_articles, extra_figures = records_frames(extra)
    if stored_articles is not None:
        keep = stored_articles["name"].isin(order.keys()) & ~stored_articles["name"].isin(extra_articles["name"])
        articles = pd.concat([stored_articles[keep], extra_articles], ignore_index=True) if len(extra) else stored_articles[keep]
        keep = stored_figures["name"].isin(order.keys()) & ~stored_figures["name"].isin(extra_articles["name"])
        figures = pd.concat([stored_figures[keep], extra_figures], ignore_index=True) if len(extra) else stored_figures[keep]
    else:
        articles, figures = extra_articles, extra_figures
    articles = articles.assign(_pos=articles["name"].map(order)).sort_values("_pos", kind="stable")
    figures = figures.assign(_pos=figures["name"].map(order)).sort_values(["_pos", "seq"], kind="stable")
    figures = figures.drop(columns=["name", "seq", "_pos"]).reset_index(drop=True)
    figures, compare_problem = compared(figures)  # beside the World Bank values: never stored, they follow a refresh
    problems = [*notes, *(p for p in articles["problem"] if p)]
    problems += schema.check_figures(figures) + ([compare_problem] if compare_problem else [])
    readable = articles[articles["readable"] == 1]
    counts = figures.groupby("article_id").size() if len(figures) else pd.Series(dtype="int64")
    table = pd.DataFrame({
        **{c.name: readable[c.name].to_numpy() for c in ARTICLE_FIELDS},
        "path": [str(Path(folder) / n) for n in readable["name"]],
        "figures": readable["article_id"].map(counts).fillna(0).to_numpy(),
    }, columns=[c.name for c in schema.ARTICLE_COLUMNS])
    table = table.astype(schema.ARTICLE_DTYPES).reset_index(drop=True)
    table.attrs["problems"] = problems
    figures.attrs["problems"] = problems
    return table, figures
