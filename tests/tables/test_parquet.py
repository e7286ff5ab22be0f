"""The Parquet folder of an extraction run: parts and a manifest that read back into the same typed frame."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dashboard import schema
from dashboard.tables import parquet
from dashboard.tables.frames import figures_frame
from dashboard.tables.run_records import RUN_ARTICLE_COLUMNS, typed_articles
from dashboard.tables.sync import store_version


def _row(article: str, value: float, quote: str, **extra) -> dict:
    return {**schema.blank_figure(), "article_id": article, "figure_id": f"{article}:{value}", "country_iso3": "KOR",
            "country": "South Korea", "metric": "active_personnel", "value": value, "unit": "persons", "year": 2025,
            "quote": quote, "start": 3, "end": 9, **extra}


def _articles(figures: pd.DataFrame, empty: tuple[str, ...] = ()) -> pd.DataFrame:
    """A hand-made articles table for ``figures``: one file per article id, in order, and files without figures."""
    ids = [*dict.fromkeys(figures["article_id"]), *empty]
    rows = [{"name": f"{a}.txt", "path": f"/in/{a}.txt", "sha256": "ab" * 32, "size": 10, "mtime_ns": 1,
             "version": store_version(), "readable": a not in empty, "problem": f"{a}.txt: the file is empty" if a in empty
             else "", "article_id": a, "title": "", "publisher": "", "published": "", "url": "", "chars": 10,
             "figures": int((figures["article_id"] == a).sum())} for a in ids]
    return typed_articles(pd.DataFrame(rows, columns=RUN_ARTICLE_COLUMNS))


def _part(folder, index: int, figures: pd.DataFrame, empty: tuple[str, ...] = ()) -> tuple[int, int]:
    return parquet.write_part(folder, index, figures, _articles(figures, empty))


@pytest.fixture
def frame() -> pd.DataFrame:
    return figures_frame([_row("a", 450000.0, "450,000"), _row("b", 7.9e12, "=HYPERLINK()", currency="JPY",
                                                                   value_usd=5.3e10, confidence=0.8)])


def test_parts_read_back_into_the_same_frame_in_order(tmp_path, frame):
    folder = parquet.prepare_folder(tmp_path / "run")
    parts = [_part(folder, 0, frame.iloc[:1]), _part(folder, 1, figures_frame([]), empty=("c",)),
             _part(folder, 2, frame.iloc[1:])]
    assert parts == [(1, 1), (0, 1), (1, 1)]
    parquet.write_manifest(folder, parts, ["c.txt: the file is empty"], [str(tmp_path / "in")])
    back = parquet.read_figures_parquet(folder)
    pd.testing.assert_frame_equal(back, frame)
    assert dict(back.dtypes.astype(str)) == {c: str(pd.Series(dtype=d).dtype) for c, d in schema.FIGURE_DTYPES.items()}
    assert back.attrs["problems"] == ["c.txt: the file is empty"]
    assert back.attrs["version"] == store_version()  # the store can tell whether the rows are current
    assert back["quote"].iloc[1] == "=HYPERLINK()"  # stored as is; only CSV export neutralises


def test_an_empty_run_reads_as_the_empty_schema(tmp_path):
    folder = parquet.prepare_folder(tmp_path / "run")
    parquet.write_manifest(folder, [], [], [])
    back = parquet.read_figures_parquet(folder)
    assert back.empty and list(back.columns) == schema.FIGURE_COLUMN_NAMES


def test_a_folder_without_manifest_is_an_unfinished_run(tmp_path, frame):
    """A crash between parts and manifest leaves parts that no reader may take for a finished run."""
    folder = parquet.prepare_folder(tmp_path / "run")
    _part(folder, 0, frame)
    with pytest.raises(parquet.ParquetFolderError, match="not a finished extraction run"):
        parquet.read_figures_parquet(folder)


def test_a_part_that_disagrees_with_the_manifest_is_refused(tmp_path, frame):
    folder = parquet.prepare_folder(tmp_path / "run")
    _part(folder, 0, frame)
    parquet.write_manifest(folder, [(5, 2)], [], [])
    with pytest.raises(parquet.ParquetFolderError, match="row count"):
        parquet.read_figures_parquet(folder)
    (folder / parquet.part_name(0)).unlink()
    with pytest.raises(parquet.ParquetFolderError, match="unreadable part"):
        parquet.read_figures_parquet(folder)


def test_manifest_names_stay_inside_the_folder(tmp_path, frame):
    """A manifest naming ../elsewhere.parquet reads the name inside the run's folder, never outside it."""
    outside = tmp_path / "elsewhere.parquet"
    frame.to_parquet(outside)
    folder = parquet.prepare_folder(tmp_path / "run")
    parquet.write_manifest(folder, [(len(frame), 2)], [], [])
    manifest = json.loads((folder / parquet.MANIFEST).read_text())
    manifest["parts"][0]["name"] = "../elsewhere.parquet"
    (folder / parquet.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(parquet.ParquetFolderError, match="unreadable part"):
        parquet.read_figures_parquet(folder)


def test_a_folder_in_use_is_never_written_into(tmp_path):
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "notes.txt").write_text("mine")
    with pytest.raises(parquet.ParquetFolderError, match="not empty"):
        parquet.prepare_folder(tmp_path / "run")
    (tmp_path / "file").write_text("x")
    with pytest.raises(parquet.ParquetFolderError, match="not a folder"):
        parquet.prepare_folder(tmp_path / "file")
    assert parquet.prepare_folder(tmp_path / "new" / "run").is_dir()


def test_other_files_are_not_manifests(tmp_path):
    (tmp_path / parquet.MANIFEST).write_text('{"format": "something else"}')
    with pytest.raises(parquet.ParquetFolderError, match="not a defense-figures-parquet"):
        parquet.read_figures_parquet(tmp_path)
