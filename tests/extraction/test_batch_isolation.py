"""One article whose extraction raises must not take a batch down.

Every path that extracts many articles (CLI extract, with and without workers; CLI add; the
library loader; add_files) reports the failure as one line naming the article's file, keeps the
other articles' rows and, for the CLI, exits non-zero.
"""

from __future__ import annotations

import csv
import io
import multiprocessing
from pathlib import Path

import pytest

from dashboard import cli, cli_extract
from dashboard.tables import frames as tables
from dashboard.tables import library
from dashboard.tables import rows as table_rows

pytestmark = pytest.mark.slow  # runs the CLI over batches

FILES = {
    "a-korea.txt": "The U.S. keeps 28,500 troops stationed in South Korea.\n",
    "b-story.txt": "BOOM. Seoul plans 450,000 active personnel.\n",
    "c-japan.txt": "About 54,000 U.S. troops are stationed in Japan.\n",
}


@pytest.fixture
def three(tmp_path: Path, monkeypatch) -> Path:
    """Three articles; extracting the middle one raises ValueError (multi-line message)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    real = table_rows.extract_figures

    def flaky(text, info=None):
        if "BOOM" in text:
            raise ValueError("kaboom\nsecond line")
        return real(text, info)

    monkeypatch.setattr(table_rows, "extract_figures", flaky)
    return folder


def _values(csv_text: str) -> set[str]:
    return {r["value"] for r in csv.DictReader(io.StringIO(csv_text))}


def _assert_one_line(err: str) -> None:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if "b-story.txt" in line]
    assert lines == ["error: b-story.txt: extraction failed (ValueError: kaboom second line)"], err


@pytest.mark.parametrize("workers", [1, 2])
def test_cli_extract_keeps_the_other_articles(three, workers, capsys):
    if workers > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("the monkeypatch reaches worker processes only when they are forked")
    code = cli.main(["extract", str(three), "--workers", str(workers)])
    out, err = capsys.readouterr()
    assert code == 1
    assert {"28500", "54000"} <= _values(out) and "450000" not in _values(out)
    _assert_one_line(err)


def test_cli_extract_worker_catches_everything(three):
    rows, problem = cli_extract.extract_one(str(three / "b-story.txt"))
    assert rows == [] and problem == "b-story.txt: extraction failed (ValueError: kaboom second line)"
    rows, problem = cli_extract.extract_one(str(three / "a-korea.txt"))
    assert problem is None and [r["value"] for r in rows] == [28500.0]


def test_cli_extract_worker_pool_failure_keeps_other_chunks(three, monkeypatch, capsys):
    """A chunk whose worker dies (here: it raises outside the per-article guard) loses only its files."""
    real = cli_extract.extract_many

    def dying(paths):
        if any("b-story" in p for p in paths):
            raise RuntimeError("worker died")
        return real(paths)

    monkeypatch.setattr(cli_extract, "extract_many", dying)
    monkeypatch.setattr(cli_extract, "ProcessPoolExecutor", _InlinePool)
    code = cli.main(["extract", str(three), "--workers", "3"])
    out, err = capsys.readouterr()
    assert code == 1 and {"28500", "54000"} <= _values(out)
    assert "b-story.txt: extraction failed (RuntimeError: worker died)" in err and "Traceback" not in err


class _InlinePool:
    """A ProcessPoolExecutor stand-in that runs each task at once in this process."""

    def __init__(self, max_workers=None):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def submit(self, fn, *args):
        from concurrent.futures import Future

        future = Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:  # noqa: BLE001
            future.set_exception(exc)
        return future


def test_cli_add_keeps_the_other_articles(three, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path / "data"))
    code = cli.main(["add", str(three)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.count("saved as") == 3  # the failing article is still stored, without figures
    assert "with 1 figure" in out
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if "b-story.txt" in line]
    assert len(lines) == 1 and "b-story.txt: extraction failed (ValueError: kaboom second line)" in lines[0], err
    figures = tables.load_figures(tmp_path / "data" / "articles")
    assert {28500.0, 54000.0} <= set(figures["value"])


def test_library_loader_keeps_the_other_articles(three):
    figures = tables.load_figures(three)
    assert set(figures["value"]) == {28500.0, 54000.0}
    assert "b-story.txt: extraction failed (ValueError: kaboom second line)" in figures.attrs["problems"]


def test_article_rows_reports_instead_of_raising(three):
    from dashboard.ingest.articles import read_article

    rows, problem = tables.article_rows(read_article(three / "b-story.txt"))
    assert rows == [] and problem == "b-story.txt: extraction failed (ValueError: kaboom second line)"


def test_add_files_reports_extraction_failure(three, tmp_path):
    results = library.add_files(sorted(three.iterdir()), data=tmp_path / "data")
    assert [r.ok for r in results] == [True, True, True]
    assert [r.figures for r in results] == [1, 0, 1]
    assert [bool(r.extraction_error) for r in results] == [False, True, False]
    assert results[1].extraction_error == "extraction failed (ValueError: kaboom second line)"
