"""An extraction run as a partitioned Parquet folder: parts written independently, one manifest that commits them.

in: per chunk of input files, its figures (the schema's frame) and its articles table
(``run_records.RUN_ARTICLE_DTYPES``); out: a folder that reads back into the same figures frame, and
that the figure store can adopt (``store_import``).

Layout of a folder written by ``python -m dashboard extract ... --format parquet --output DIR``::

    DIR/part-00000.parquet      the figures of the first chunk of input files, in input order
    DIR/articles-00000.parquet  one row per file of that chunk: name, path, sha256 of the bytes read,
                                the store's version, the article's fields, its problem, its row count
    DIR/part-00001.parquet ...  one pair per chunk; each file is written atomically by whoever extracted it
    DIR/_manifest.json          written last: the parts in order, their row and file counts, the problems,
                                the store's and the extractor's versions and the input paths

Parts are contiguous chunks of the input list (not buckets by country or hash) so that reading
them in order gives back the local engine's rows in the local engine's order, and so that a Dask
worker can write its part without waiting for, or shuffling with, any other worker. A file's
figures are the next ``figures`` rows of its part. The manifest is the commit point: a folder
without one is an interrupted run and is refused, so a reader never mixes a half-written run into
the figures; leftover parts from a crash are never listed.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

from dashboard import schema
from dashboard.paths import write_atomically
from dashboard.tables.run_records import RUN_ARTICLE_DTYPES, typed_articles

MANIFEST = "_manifest.json"
FORMAT = "defense-figures-parquet/2"
FORMATS = ("defense-figures-parquet/1", FORMAT)  # /1: figures only, before each file's hash was kept


class ParquetFolderError(ValueError):
    """A folder that cannot be written to or read as figures; the message names the folder."""


def part_name(index: int) -> str:
    """``part-00007.parquet``: zero-padded so that names sort in input order.

    >>> part_name(7)
    'part-00007.parquet'
    """
    return f"part-{index:05d}.parquet"


def articles_name(index: int) -> str:
    """``articles-00007.parquet``: the articles table beside ``part_name(7)``."""
    return f"articles-{index:05d}.parquet"


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


def _write_frame(path: Path, df: pd.DataFrame) -> None:
    buffer = io.BytesIO()
    df.to_parquet(buffer, engine="pyarrow", index=False)
    write_atomically(path, buffer.getvalue())


def write_part(folder: Path, index: int, figures: pd.DataFrame, articles: pd.DataFrame) -> tuple[int, int]:
    """Write one part's figures and articles, each atomically (temp file, fsync, rename); (rows, files)."""
    if int(articles["figures"].sum()) != len(figures):
        raise ValueError(f"part {index}: the articles table counts {int(articles['figures'].sum())} figures, "
                         f"the figures frame has {len(figures)}")
    _write_frame(Path(folder) / articles_name(index), typed_articles(articles))
    _write_frame(Path(folder) / part_name(index), figures)
    return len(figures), len(articles)


def write_manifest(folder: Path, parts: list[tuple[int, int]], problems: list[str], sources: list[str]) -> None:
    """Commit a run: ``parts[i]`` is (figure rows, files) of part ``i``; written after every part is on disk.

    ``version`` is the figure store's version of the code that made the rows (the Dask engine checks
    every worker has the same one), so a reader can tell whether the rows are still current;
    ``extractor`` the extraction rules' part of it; ``sources`` the paths the run was given.
    """
    from dashboard.extraction.version import extractor_version
    from dashboard.tables.sync import store_version

    manifest = {
        "format": FORMAT,
        "version": store_version(),
        "extractor": extractor_version(),
        "sources": [s if s == "-" else str(Path(s).resolve()) for s in sources],
        "columns": schema.FIGURE_DTYPES,
        "article_columns": RUN_ARTICLE_DTYPES,
        "files": sum(files for _, files in parts),
        "parts": [{"name": part_name(i), "rows": rows, "articles": articles_name(i), "files": files}
                  for i, (rows, files) in enumerate(parts)],
        "problems": problems,
    }
    write_atomically(Path(folder) / MANIFEST, (json.dumps(manifest, indent=1) + "\n").encode("utf-8"))


def read_manifest(folder: Path) -> dict:
    """The manifest of a finished run, its structure checked; ParquetFolderError names what is wrong."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ParquetFolderError(f"{folder}: not a folder; a Parquet run is a folder of parts and {MANIFEST}")
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ParquetFolderError(f"{folder}: no {MANIFEST}; not a finished extraction run") from None
    except (OSError, ValueError) as exc:
        raise ParquetFolderError(f"{path}: unreadable ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") not in FORMATS:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise ParquetFolderError(f"{path}: not a {FORMAT} manifest" + (f" (format {str(found)[:80]!r})" if found else ""))
    keys = {"name": str, "rows": int} | ({"articles": str, "files": int} if manifest["format"] == FORMAT else {})
    parts = manifest.get("parts")
    if not isinstance(parts, list) or not all(
            isinstance(p, dict) and all(isinstance(p.get(k), t) and p.get(k) is not True for k, t in keys.items())
            for p in parts):
        raise ParquetFolderError(f"{path}: its list of parts is damaged (each needs {', '.join(keys)})")
    return manifest


def _read_frame(folder: Path, name: str, dtypes: dict[str, str], rows: int) -> pd.DataFrame:
    """One Parquet file of the run, refused unless it has exactly ``dtypes``' columns and types and ``rows`` rows."""
    path = folder / Path(name).name  # a name only: a manifest cannot point outside its folder
    try:
        df = pd.read_parquet(path, engine="pyarrow")
    except Exception as exc:  # noqa: BLE001 - OSError, ArrowInvalid (a torn file) and whatever a damaged footer raises
        raise ParquetFolderError(f"{path}: unreadable part ({' '.join(str(exc).split())[:200]})") from None
    if list(df.columns) != list(dtypes) or len(df) != rows:
        raise ParquetFolderError(f"{path}: columns or row count differ from the manifest and schema")
    if len(df) and (wrong := [f"{c} is {df[c].dtype}, not {t}" for c, t in dtypes.items() if str(df[c].dtype) != t]):
        raise ParquetFolderError(f"{path}: column types differ from the schema ({'; '.join(wrong[:3])})")
    return df


def read_part(folder: Path, part: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(figures, articles) of one part of a run with per-file hashes; each file's rows follow each other in
    order, so a part whose articles do not account for its figures is refused."""
    folder = Path(folder)
    if "articles" not in part:
        raise ParquetFolderError(f"{folder}: written before runs kept each article's hash (format "
                                 f"{FORMATS[0]}); extract again to get a run the store can take")
    figures = _read_frame(folder, part["name"], schema.FIGURE_DTYPES, part["rows"])
    articles = _read_frame(folder, part["articles"], RUN_ARTICLE_DTYPES, part["files"])
    if articles["figures"].isna().any() or articles["name"].isna().any():
        raise ParquetFolderError(f"{folder / part['articles']}: a file without its name or figure count")
    counts = articles["figures"].astype("int64").to_numpy()
    ids = articles["article_id"].fillna("").to_numpy().repeat(counts)
    if counts.sum() != len(figures) or (counts < 0).any() or (ids != figures["article_id"].to_numpy()).any():
        raise ParquetFolderError(f"{folder / part['articles']}: its files' figure counts do not line up with "
                                 f"{part['name']}")
    return figures, articles


def read_figures_parquet(folder: Path) -> pd.DataFrame:
    """The figures table of a finished Parquet run: the schema's columns and dtypes, parts in order.

    The run's problems (files that could not be read or extracted) are in ``df.attrs["problems"]``,
    as ``load_figures`` puts them, and the version of the code that made the rows in
    ``df.attrs["version"]`` (compare with ``sync.store_version()``). A part missing or holding other columns than the
    schema's raises ``ParquetFolderError`` (an older schema is re-extracted, never guessed at).
    """
    folder = Path(folder)
    manifest = read_manifest(folder)
    frames = []
    for part in manifest["parts"]:
        df = _read_frame(folder, part["name"], schema.FIGURE_DTYPES, part["rows"])
        if len(df):
            frames.append(df)
    figures = pd.concat(frames, ignore_index=True) if frames else schema.empty_figures()
    figures = figures.astype(schema.FIGURE_DTYPES) if len(figures) else schema.empty_figures()
    figures.attrs["problems"] = list(manifest.get("problems", []))
    figures.attrs["version"] = str(manifest.get("version", ""))
    return figures
