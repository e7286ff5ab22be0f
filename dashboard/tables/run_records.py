"""One input file of an extraction run as the figure store's own ``Record``, and the run's articles table.

in: an article file's path (every engine of ``python -m dashboard extract``, on any machine); out: its
``store.Record`` (figure rows, the sha256 of the bytes that were read, the store's version, the
article's fields, its problem and reading warnings), the problem line the CLI prints for it, and the
articles table a Parquet run keeps beside its figures (one row per input file).

Why the store's ``Record`` and ``sync.read_file``: the store keys an article by the hash of its bytes
and the version of the code that made its rows, and it only takes rows that ``sync.read_file`` would
have made. Reading every file of a run through that one function means the hash is of the very
bytes that were extracted, and a run's rows can be adopted by ``store_import`` without extracting
them again.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard import schema
from dashboard.tables.file_records import ARTICLE_FIELDS, Record, bytes_hash, failed_record, file_record, reported

__all__ = ["RUN_ARTICLE_COLUMNS", "RUN_ARTICLE_DTYPES", "blank_comparisons", "bytes_hash", "failed_record",
           "file_record", "reported", "run_articles_frame", "typed_articles"]

# The articles table of a run: the store's key for each file, then the schema's article fields and the
# number of figure rows the file has in its part (they follow each other in input order).
RUN_ARTICLE_DTYPES: dict[str, str] = {
    "name": "string",  # the file name: what the store keys an article by in a data folder
    "path": "string",  # where the run read it (absolute; "-" for stdin)
    "sha256": "string",  # hex digest of the bytes read; empty when none were (too large, unreadable, lost task)
    "size": "Int64",
    "mtime_ns": "Int64",
    "version": "string",  # sync.store_version() of the code that made the rows
    "readable": "boolean",  # False: no article could be read from the file (``problem`` says why)
    "problem": "string",  # as the store keeps it (reading notes are not problems)
    **{c.name: c.dtype for c in ARTICLE_FIELDS},
    "figures": "Int64",  # this file's rows in the figures part, which follow the files' order
}
RUN_ARTICLE_COLUMNS = list(RUN_ARTICLE_DTYPES)


def run_articles_frame(paths: list[str], records: list[Record]) -> pd.DataFrame:
    """The run's articles table for ``records`` read from ``paths`` (same order), typed as RUN_ARTICLE_DTYPES."""
    rows = []
    for path, rec in zip(paths, records, strict=True):
        article = rec.article or {}
        rows.append({"name": rec.entry.name, "path": path if path == "-" else str(Path(path).resolve()),
                     "sha256": bytes_hash(rec), "size": rec.entry.size, "mtime_ns": rec.entry.mtime_ns,
                     "version": rec.entry.version, "readable": rec.article is not None, "problem": rec.problem,
                     **{c.name: article.get(c.name) for c in ARTICLE_FIELDS}, "figures": len(rec.rows)})
    return typed_articles(pd.DataFrame(rows, columns=RUN_ARTICLE_COLUMNS))


def typed_articles(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with RUN_ARTICLE_DTYPES (text columns: empty text, not missing)."""
    out = {}
    for col, dtype in RUN_ARTICLE_DTYPES.items():
        if dtype == "string":
            out[col] = df[col].fillna("").astype("string")
        elif dtype == "boolean":
            out[col] = df[col].astype("boolean")
        else:
            out[col] = pd.to_numeric(df[col], errors="coerce").astype(dtype)
    return pd.DataFrame(out, columns=RUN_ARTICLE_COLUMNS).reset_index(drop=True)


def blank_comparisons(figures: pd.DataFrame) -> pd.DataFrame:
    """Figure rows as the store keeps them: without their World Bank comparisons, which every load adds anew
    (a run writes them filled, so its Parquet reads like the CSV)."""
    from dashboard.tables.comparisons import COLUMNS

    blank = schema.blank_figure()
    return figures.assign(**{c: pd.Series([blank[c]] * len(figures), index=figures.index, dtype=schema.FIGURE_DTYPES[c])
                             for c in COLUMNS})
