"""The library tables as of the last load, as Arrow IPC (Feather) files beside the figure store, for a fast start.

in: the articles and figures tables ``sync.library_tables`` assembled, and a key; out: the same
tables, when the key still matches.

The figure store (SQLite) holds every article's rows and is what a change updates; reading its
145,000 rows back into pandas costs seconds of per-value Python work at 10,000 articles. The
snapshot is those same tables column by column, read in a fraction of that: Arrow's own file format
with lz4 buffers (0.1-0.4 s for 145,000 rows here, against 0.6-1.2 s for the same table as zstd or
snappy Parquet, which decodes pages and dictionaries on every read). Its key is a digest
of every file's name, size and mtime and of the store's version, so any added, edited or removed
file, or a new extractor, makes it stale and the store answers instead (then a new snapshot is
written). Each file is replaced atomically; the two carry the key in their metadata, so a reader
that meets one new and one old file sees a mismatch and uses the store. A snapshot that cannot be
read is ignored: it is only ever a shortcut.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from pathlib import Path

import pandas as pd

from dashboard import schema
from dashboard.paths import write_atomically

KEY = b"defense-library-key"
PROBLEMS = b"defense-library-problems"
NAMES = ("library-figures.arrow", "library-articles.arrow")


def snapshot_key(files: tuple, version: str, layout: str) -> str:
    """A digest of the folder's state (name, size, mtime of every file) and what made the rows."""
    return hashlib.blake2b(repr((files, version, layout)).encode(), digest_size=16).hexdigest()


def _paths(folder: Path) -> tuple[Path, Path]:
    return Path(folder) / NAMES[0], Path(folder) / NAMES[1]


def write_snapshot(folder: Path, key: str, articles: pd.DataFrame, figures: pd.DataFrame) -> None:
    """Write both tables under ``key`` (figures first: a reader needs both to match)."""
    import pyarrow as pa

    _remove_leftovers(Path(folder))
    problems = json.dumps(list(figures.attrs.get("problems", []))).encode("utf-8")
    for path, frame in zip(_paths(folder), (figures, articles), strict=True):
        table = pa.Table.from_pandas(frame, preserve_index=False)
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), KEY: key.encode(), PROBLEMS: problems})
        sink = pa.BufferOutputStream()
        with pa.ipc.new_file(sink, table.schema, options=pa.ipc.IpcWriteOptions(compression="lz4")) as writer:
            writer.write_table(table)
        write_atomically(path, sink.getvalue().to_pybytes())


def _metadata(path: Path) -> dict:
    import pyarrow as pa

    with pa.OSFile(str(path), "rb") as source:
        return pa.ipc.open_file(source).schema.metadata or {}


def _remove_leftovers(folder: Path, older_than: float = 600.0) -> None:
    """Temp files of writers killed before their rename (``write_atomically`` names them ``.<name>.*.tmp``)."""
    now = time.time()
    for name in NAMES:
        for tmp in folder.glob(f".{name}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - tmp.stat().st_mtime > older_than:
                    tmp.unlink()


def read_snapshot_key(folder: Path) -> str | None:
    """The key both snapshot files carry (None when missing, damaged or not the same in both)."""
    try:
        keys = {_metadata(path).get(KEY) for path in _paths(folder)}
    except Exception:  # noqa: BLE001 - a damaged snapshot is a miss, never an error
        return None
    return keys.pop().decode() if len(keys) == 1 and None not in keys else None


def read_snapshot(folder: Path, key: str) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """(articles, figures) written under ``key``, or None (missing, stale, damaged or of another shape)."""
    try:
        import pyarrow as pa

        frames = []
        for path in _paths(folder):
            if not path.is_file():
                return None
            with pa.OSFile(str(path), "rb") as source:
                reader = pa.ipc.open_file(source)
                metadata = reader.schema.metadata or {}
                if metadata.get(KEY) != key.encode():
                    return None
                frames.append((reader.read_all().to_pandas(), json.loads(metadata[PROBLEMS])))
    except Exception:  # noqa: BLE001 - a damaged snapshot is a miss, never an error
        return None
    (figures, problems), (articles, again) = frames
    if (list(figures.columns) != schema.FIGURE_COLUMN_NAMES or list(articles.columns) != [c.name for c in schema.ARTICLE_COLUMNS]
            or problems != again):
        return None
    figures, articles = figures.astype(schema.FIGURE_DTYPES), articles.astype(schema.ARTICLE_DTYPES)
    figures.attrs["problems"] = problems
    articles.attrs["problems"] = list(problems)
    return articles, figures


def remove_snapshot(folder: Path) -> None:
    """Drop the snapshot (a store set aside takes its snapshot with it)."""
    for path in _paths(folder):
        path.unlink(missing_ok=True)
