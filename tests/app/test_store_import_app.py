"""A Dask run becomes the app's library without extraction: extract on a LocalCluster of two worker processes
into Parquet, ``store import`` it into a data folder, then load the library as the app does.

Slow: it starts a real cluster (a few seconds here, more on a loaded machine). It must run from this
file, not from stdin: the worker processes re-import the test's main module.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st

from benchmarks.generate import make_article
from dashboard import cli, cli_extract
from dashboard.app import cache
from dashboard.tables import file_records, frames, parquet
from dashboard.tables import rows as table_rows
from dashboard.tables.store import FigureStore

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def data(tmp_path: Path, articles_dir: Path, monkeypatch) -> Path:
    """A data folder (DEFENSE_DATA_DIR) with the repository's articles, the two test articles and six synthetic ones."""
    for path in (REPO / "data" / "articles").glob("*.txt"):
        shutil.copy(path, articles_dir / path.name)
    for i in range(6):
        name, text = make_article(23, i)
        (articles_dir / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(articles_dir.parent))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield articles_dir.parent
    st.cache_data.clear()
    st.cache_resource.clear()


def test_a_dask_run_imported_into_the_store_starts_the_app_without_extracting(data, tmp_path, monkeypatch, capsys):
    folder = data / "articles"
    files, _ = cli_extract.expand([str(folder)])
    local, _ = frames.compared(frames.figures_frame([r for f in files for r in cli_extract.extract_one(f)[0]]))
    run = tmp_path / "run"
    code = cli.main(["extract", str(folder), "--engine", "dask", "--workers", "2", "--format", "parquet",
                     "--output", str(run)])
    assert code == 0, capsys.readouterr().err
    assert len(parquet.read_manifest(run)["parts"]) > 1  # several tasks, written by the two workers
    pd.testing.assert_frame_equal(parquet.read_figures_parquet(run), local)

    capsys.readouterr()
    assert cli.main(["store", "import", str(run)]) == 0  # the data folder from DEFENSE_DATA_DIR
    out, err = capsys.readouterr()
    assert f"{len(files)} article(s) imported without extraction, 0 already stored, 0 left" in out and err == ""

    extracted: list[str] = []

    def refuse(text, info=None):
        extracted.append(info.article_id if info else "?")
        raise AssertionError("the app extracted an article the store holds")

    monkeypatch.setattr(table_rows, "extract_figures", refuse)
    monkeypatch.setattr(file_records, "parse_article", lambda *a, **k: extracted.append("read") or refuse(""))
    assert len(list((data / "store").glob("library-*.arrow"))) == 2
    for start in ("from the snapshot the import wrote", "from the store alone"):
        library = cache.load_library()
        assert extracted == [] and library.rebuild is None, start
        pd.testing.assert_frame_equal(library.figures, local)
        assert library.articles["article_id"].tolist() == [Path(f).stem for f in files]
        assert library.problems == []
        st.cache_data.clear()
        st.cache_resource.clear()
        for snapshot in (data / "store").glob("library-*.arrow"):
            snapshot.unlink()
    assert len(FigureStore(data / "store" / "figures.sqlite").entries()) == len(files)
