"""Figures as a partitioned Parquet folder: parts written independently, one manifest that commits them.

in: figures DataFrames in the schema (one per part); out: a folder that reads back into the same frame.

Layout of a folder written by ``python -m dashboard extract ... --format parquet --output DIR``::

    DIR/part-00000.parquet   the figures of the first chunk of input files, in input order
    DIR/part-00001.parquet   ... one part per chunk; each is written atomically by whoever extracted it
    DIR/_manifest.json       written last: the parts in order, their row counts, the problems

Parts are contiguous chunks of the input list (not buckets by country or hash) so that reading
them in order gives back the local engine's rows in the local engine's order, and so that a Dask
worker can write its part without waiting for, or shuffling with, any other worker. The manifest
is the commit point: a folder without one is an interrupted run and is refused, so a reader never
mixes a half-written run into the figures; leftover parts from a crash are never listed.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

from dashboard import schema
from dashboard.paths import write_atomically

MANIFEST = "_manifest.json"
FORMAT = "defense-figures-parquet/1"


class ParquetFolderError(ValueError):
    """A folder that cannot be written to or read as figures; the message names the folder."""


def part_name(index: int) -> str:
    """``part-00007.parquet``: zero-padded so that names sort in input order.

    >>> part_name(7)
    'part-00007.parquet'
    """
    return f"part-{index:05d}.parquet"


def prepare_folder(folder: Path) -> Path:
    """Create ``folder`` for a new run; refuse one that holds anything (an earlier run is never overwritten)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ParquetFolderError(f"{folder}: exists and is not a folder; Parquet output is a folder of parts")
    if folder.is_dir() and any(folder.iterdir()):
        raise ParquetFolderError(f"{folder}: folder is not empty; give a new folder for the Parquet parts")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ParquetFolderError(f"{folder}: cannot create ({exc.strerror or exc})") from None
    return folder


def write_part(folder: Path, index: int, figures: pd.DataFrame) -> int:
    """Write one part atomically (temp file, fsync, rename); its row count."""
    buffer = io.BytesIO()
    figures.to_parquet(buffer, engine="pyarrow", index=False)
    write_atomically(Path(folder) / part_name(index), buffer.getvalue())
    return len(figures)


def write_manifest(folder: Path, rows: list[int], files: int, problems: list[str]) -> None:
    """Commit a run: ``rows[i]`` is the row count of part ``i``; written after every part is on disk.

    ``version`` is the figure store's version of the code that made the rows (the Dask engine checks
    every worker has the same one), so a reader can tell whether the rows are still current.
    """
    from dashboard.tables.sync import store_version

    manifest = {
        "format": FORMAT,
        "version": store_version(),
        "columns": schema.FIGURE_DTYPES,
        "files": files,
        "parts": [{"name": part_name(i), "rows": n} for i, n in enumerate(rows)],
        "problems": problems,
    }
    write_atomically(Path(folder) / MANIFEST, (json.dumps(manifest, indent=1) + "\n").encode("utf-8"))


def read_manifest(folder: Path) -> dict:
    path = Path(folder) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ParquetFolderError(f"{folder}: no {MANIFEST}; not a finished extraction run") from None
    except (OSError, ValueError) as exc:
        raise ParquetFolderError(f"{path}: unreadable ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ParquetFolderError(f"{path}: not a {FORMAT} manifest")
    return manifest


def read_figures_parquet(folder: Path) -> pd.DataFrame:
    """The figures table of a finished Parquet run: the schema's columns and dtypes, parts in order.

    The run's problems (files that could not be read or extracted) are in ``df.attrs["problems"]``,
    as ``load_figures`` puts them, and the version of the code that made the rows in
    ``df.attrs["version"]`` (compare with ``sync.store_version()``). A part missing or holding other columns than the schema's
    raises ``ParquetFolderError`` (an older schema is re-extracted, never guessed at).
    """
    folder = Path(folder)
    manifest = read_manifest(folder)
    frames = []
    for part in manifest["parts"]:
        path = folder / Path(part["name"]).name  # a name only: a manifest cannot point outside its folder
        try:
            df = pd.read_parquet(path, engine="pyarrow")
        except (OSError, ValueError) as exc:
            raise ParquetFolderError(f"{path}: unreadable part ({exc})") from None
        if list(df.columns) != schema.FIGURE_COLUMN_NAMES or len(df) != part["rows"]:
            raise ParquetFolderError(f"{path}: columns or row count differ from the manifest and schema")
        if len(df):
            frames.append(df)
    figures = pd.concat(frames, ignore_index=True) if frames else schema.empty_figures()
    figures = figures.astype(schema.FIGURE_DTYPES) if len(figures) else schema.empty_figures()
    figures.attrs["problems"] = list(manifest.get("problems", []))
    figures.attrs["version"] = str(manifest.get("version", ""))
    return figures
