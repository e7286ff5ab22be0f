"""The figure store: hits and misses, what invalidates a stored article, and a damaged store.

The process-level cases (SIGKILL mid-write, two processes at once) are in test_store_processes.py.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from dashboard import schema
from dashboard.extraction import version
from dashboard.ingest.articles import read_folder
from dashboard.tables import file_records, snapshot, sync
from dashboard.tables import store as store_mod
from dashboard.tables.frames import build_tables


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """Names of the articles extracted, in order (every extraction goes through file_records.article_rows)."""
    seen: list[str] = []
    real = file_records.article_rows

    def counting(article):
        seen.append(article.article_id)
        return real(article)

    monkeypatch.setattr(file_records, "article_rows", counting)
    return seen


@pytest.fixture
def store_file(tmp_path) -> Path:
    return tmp_path / "data" / "store" / "figures.sqlite"


def fresh(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    articles, problems = read_folder(folder)
    return build_tables(articles, problems)


def assert_same(got: tuple[pd.DataFrame, pd.DataFrame], want: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    for g, w in zip(got, want, strict=True):
        pd.testing.assert_frame_equal(g, w)
        assert g.attrs["problems"] == w.attrs["problems"]


def messy(folder: Path) -> Path:
    """Besides the two fixture articles: an unreadable file, an empty one and an HTML page."""
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 20)
    (folder / "empty.md").write_text("", encoding="utf-8")
    (folder / "page.html").write_text("<html><body><article><p>Poland approved a defense budget of 186.6 billion "
                                      "zlotys for 2025.</p></article></body></html>", encoding="utf-8")
    return folder


def test_the_store_gives_the_tables_extraction_gives(articles_dir, store_file, counted):
    """Cold (everything extracted) and warm (nothing extracted) loads equal build_tables, problems included."""
    folder = messy(articles_dir)
    want = fresh(folder)
    counted.clear()
    assert_same(sync.library_tables(folder, store_file), want)
    assert sorted(counted) == ["2024-03-05-wire-japan-budget", "2025-11-03-econotimes-hegseth-south-korea", "page"]
    counted.clear()
    assert_same(sync.library_tables(folder, store_file), want)
    assert counted == []
    assert len(want[1]) > 0 and want[1].attrs["problems"]  # the comparison covers figures and problems


def test_the_store_keeps_the_schema_columns(articles_dir, store_file):
    """The store's tables are the schema's columns: no second list to keep in step."""
    sync.library_tables(articles_dir, store_file)
    with sqlite3.connect(store_file) as con:
        figure_cols = [r[1] for r in con.execute("PRAGMA table_info(figures)")]
        article_cols = [r[1] for r in con.execute("PRAGMA table_info(articles)")]
    assert figure_cols == ["name", "seq", *schema.FIGURE_COLUMN_NAMES]
    assert [c.name for c in schema.ARTICLE_COLUMNS if c.name not in ("path", "figures")] == article_cols[7:]


def test_changed_bytes_are_extracted_again_and_a_touch_is_not(articles_dir, store_file, counted):
    """An edit re-extracts that article only; a new mtime over the same bytes costs a read, not an extraction."""
    sync.library_tables(articles_dir, store_file)
    japan = articles_dir / "2024-03-05-wire-japan-budget.md"
    japan.write_text(japan.read_text(encoding="utf-8").replace("54,000", "55,500"), encoding="utf-8")
    counted.clear()
    _, figures = sync.library_tables(articles_dir, store_file)
    assert counted == ["2024-03-05-wire-japan-budget"]
    values = set(figures["value"].dropna())
    assert 55500 in values and 54000 not in values
    assert_same(sync.library_tables(articles_dir, store_file), fresh(articles_dir))

    seed = articles_dir / "2025-11-03-econotimes-hegseth-south-korea.txt"
    seed.write_bytes(seed.read_bytes())  # same bytes, new mtime
    counted.clear()
    assert_same(sync.library_tables(articles_dir, store_file), fresh(articles_dir))
    assert counted == []


def test_a_new_extractor_version_extracts_everything_again(articles_dir, store_file, counted, monkeypatch):
    """Rows stored by another version are not served: every article is extracted again, once."""
    sync.library_tables(articles_dir, store_file)
    monkeypatch.setattr(sync, "store_version", lambda: "rules-2+test")
    counted.clear()
    assert_same(sync.library_tables(articles_dir, store_file), fresh(articles_dir))
    assert len(counted) == 2
    counted.clear()
    sync.library_tables(articles_dir, store_file)
    assert counted == []
    assert {e.version for e in store_mod.FigureStore(store_file).entries().values()} == {"rules-2+test"}


def test_the_extractor_version_follows_rule_and_vocab_files(tmp_path, monkeypatch):
    """Any edit to a rule module or a vocab file gives another version, with no number bumped by hand."""
    files = version.rule_files()
    names = {p.name for p in files}
    assert {"engine.py", "personnel.py", "budgets.py", "hedges.csv", "countries.csv", "country_aliases.csv"} <= names
    copy = tmp_path / "extraction"
    shutil.copytree(version.PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    copies = sorted(p for p in copy.rglob("*") if p.is_file())
    before = version.files_digest(copies, tmp_path)
    vocab = copy / "vocab" / "hedges.csv"
    vocab.write_text(vocab.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert version.files_digest(copies, tmp_path) != before


def test_every_data_file_the_rules_read_is_in_the_version():
    """A module-level *_FILE path in the extraction package is hashed (the map points excepted: no figure
    depends on them)."""
    import importlib
    import pkgutil

    import dashboard.extraction as pkg

    hashed = {p.resolve() for p in version.rule_files()}
    missing = []
    for info in pkgutil.iter_modules(pkg.__path__):
        module = importlib.import_module(f"dashboard.extraction.{info.name}")
        for name, value in vars(module).items():
            if name.endswith("_FILE") and isinstance(value, Path) and name != "POINTS_FILE":
                if value.resolve() not in hashed:
                    missing.append(f"{info.name}.{name}")
    assert not missing


def test_a_removed_article_disappears(articles_dir, store_file):
    """A deleted file leaves the tables and the store."""
    sync.library_tables(articles_dir, store_file)
    (articles_dir / "2024-03-05-wire-japan-budget.md").unlink()
    articles, figures = sync.library_tables(articles_dir, store_file)
    assert articles["article_id"].tolist() == ["2025-11-03-econotimes-hegseth-south-korea"]
    assert set(figures["article_id"]) == {"2025-11-03-econotimes-hegseth-south-korea"}
    assert list(store_mod.FigureStore(store_file).entries()) == ["2025-11-03-econotimes-hegseth-south-korea.txt"]


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_corrupt_store_is_set_aside_and_rebuilt(articles_dir, store_file, damage):
    """A store that is not a database, or half of one, never stops the load: it is moved aside, rebuilt, and
    the problems say so once."""
    want = fresh(articles_dir)
    sync.library_tables(articles_dir, store_file)
    with sqlite3.connect(store_file) as con:  # fold the WAL in, so the damage hits the only copy
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = store_file.read_bytes()
    store_file.write_bytes(b"this is not a database " * 100 if damage == "garbage" else data[: len(data) // 2])
    snapshot.remove_snapshot(store_file.parent)  # else the snapshot answers and the store is not read
    articles, figures = sync.library_tables(articles_dir, store_file)
    pd.testing.assert_frame_equal(figures, want[1])
    pd.testing.assert_frame_equal(articles, want[0])
    note = figures.attrs["problems"][0]
    assert "could not be read" in note and "figures.sqlite.corrupt" in note and "rebuilt" in note
    assert figures.attrs["problems"][1:] == want[1].attrs["problems"]
    assert (store_file.parent / "figures.sqlite.corrupt").exists()
    assert_same(sync.library_tables(articles_dir, store_file), want)  # the rebuilt store serves the next load


def test_an_unusable_store_is_bypassed(articles_dir, tmp_path):
    """A store path that cannot be a file (a folder stands there): the figures are extracted without it."""
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    articles, figures = sync.library_tables(articles_dir, blocked)
    want = fresh(articles_dir)
    pd.testing.assert_frame_equal(figures, want[1])
    assert "could not be used" in figures.attrs["problems"][0]


def test_a_store_of_another_layout_is_emptied(articles_dir, store_file, counted, monkeypatch):
    """A schema change (another LAYOUT) empties the store instead of reading rows of the old shape."""
    sync.library_tables(articles_dir, store_file)
    monkeypatch.setattr(store_mod, "LAYOUT", "another-layout")
    monkeypatch.setattr(sync, "LAYOUT", "another-layout")  # the snapshot's key names the layout too
    counted.clear()
    assert_same(sync.library_tables(articles_dir, store_file), fresh(articles_dir))
    assert len(counted) == 2


def test_an_article_that_cannot_be_read_now_is_not_stored(articles_dir, store_file, monkeypatch):
    """A read error (permissions, a file vanishing) is reported and retried next time, never stored."""
    real = Path.read_bytes

    def failing(self):
        if self.name.startswith("2024-03-05"):
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", failing)
    articles, _ = sync.library_tables(articles_dir, store_file)
    assert "2024-03-05-wire-japan-budget.md: cannot read the file (Permission denied)" in articles.attrs["problems"]
    assert "2024-03-05-wire-japan-budget.md" not in store_mod.FigureStore(store_file).entries()
    monkeypatch.setattr(Path, "read_bytes", real)
    assert_same(sync.library_tables(articles_dir, store_file), fresh(articles_dir))


def test_the_rebuild_command_fills_the_store_and_hashes_every_file(articles_dir, monkeypatch, capsys, counted):
    """`python -m dashboard rebuild`: extracts what is missing, then only reads; --all extracts everything."""
    from dashboard import cli

    monkeypatch.setenv("DEFENSE_DATA_DIR", str(articles_dir.parent))
    assert cli.main(["rebuild"]) == 0
    assert "2 article(s) extracted, 0 unchanged after a read, 0 removed" in capsys.readouterr().out
    assert (articles_dir.parent / "store" / "figures.sqlite").is_file()
    counted.clear()
    assert cli.main(["rebuild"]) == 0
    assert "0 article(s) extracted, 2 unchanged after a read" in capsys.readouterr().out
    assert counted == []
    (articles_dir / "2024-03-05-wire-japan-budget.md").unlink()
    assert cli.main(["rebuild", "--all"]) == 0
    assert "1 article(s) extracted, 0 unchanged after a read, 1 removed" in capsys.readouterr().out


def test_a_snapshot_answers_an_unchanged_folder_without_the_store(articles_dir, store_file, monkeypatch):
    """The second load of an unchanged folder reads the Parquet snapshot, not SQLite, and gives the same tables."""
    want = fresh(messy(articles_dir))
    sync.library_tables(articles_dir, store_file)
    assert {p.name for p in store_file.parent.iterdir()} >= set(snapshot.NAMES)

    def no_store(self):
        raise AssertionError("the store was read")

    monkeypatch.setattr(store_mod.FigureStore, "load", no_store)
    assert_same(sync.library_tables(articles_dir, store_file), want)


def test_a_stale_or_damaged_snapshot_is_not_served(articles_dir, store_file, counted):
    """An edited file makes the snapshot stale; a snapshot that is not Parquet is a miss, not an error."""
    sync.library_tables(articles_dir, store_file)
    japan = articles_dir / "2024-03-05-wire-japan-budget.md"
    japan.write_text(japan.read_text(encoding="utf-8").replace("54,000", "55,500"), encoding="utf-8")
    assert_same(sync.library_tables(articles_dir, store_file), fresh(articles_dir))
    for name in snapshot.NAMES:
        (store_file.parent / name).write_bytes(b"ARROW1 not really")
    counted.clear()
    assert_same(sync.library_tables(articles_dir, store_file), fresh(articles_dir))
    assert counted == []  # the store answered


def test_pending_counts_what_a_load_would_extract(articles_dir, store_file, monkeypatch):
    """pending(): every file before the first load, none after it (the snapshot answers), all again under a
    new version; this is what sends a large re-extraction to the background in the app."""
    assert sync.pending(articles_dir, store_file) == 2
    sync.library_tables(articles_dir, store_file)
    assert sync.pending(articles_dir, store_file) == 0
    (articles_dir / "late.txt").write_text("Poland will keep 200,000 soldiers under arms.", encoding="utf-8")
    assert sync.pending(articles_dir, store_file) == 1
    monkeypatch.setattr(sync, "store_version", lambda: "rules-2+test")
    assert sync.pending(articles_dir, store_file) == 3


def test_stored_tables_show_the_stored_rows_whatever_their_version(articles_dir, store_file, counted, monkeypatch):
    """While a re-extraction runs, the app shows what is stored (an older version's rows), extracting nothing."""
    want = fresh(articles_dir)
    sync.library_tables(articles_dir, store_file)
    monkeypatch.setattr(sync, "store_version", lambda: "rules-2+test")
    counted.clear()
    _, figures = sync.stored_tables(articles_dir, store_file)
    pd.testing.assert_frame_equal(figures, want[1])
    assert counted == []


def test_a_store_whose_tables_lost_a_column_is_emptied_not_a_crash(articles_dir, store_file, counted):
    """A CLI audit dropped a column of the figures table by hand: `rebuild --all` stopped with a traceback ('table
    figures has 40 columns but 41 values'). The store's label said its layout was current; its columns are now
    checked too, and a store that does not have them is emptied and filled again."""
    sync.library_tables(articles_dir, store_file)
    with sqlite3.connect(store_file) as con:
        con.execute("ALTER TABLE figures DROP COLUMN citation")
    snapshot.remove_snapshot(store_file.parent)
    counted.clear()
    assert_same(sync.library_tables(articles_dir, store_file), fresh(articles_dir))
    assert len(counted) == 2  # everything extracted again into a store of the right shape


def test_rebuild_writes_the_snapshot_anew_and_keeps_every_store_set_aside(articles_dir, monkeypatch, capsys):
    """A CLI audit: after figure rows were deleted by hand, `rebuild --all` refilled the store but the app still
    started from the old snapshot (its key, of unchanged files, still matched), with 0 figures; and a second damaged
    store set aside replaced the first one kept for a look."""
    from dashboard import cli

    monkeypatch.setenv("DEFENSE_DATA_DIR", str(articles_dir.parent))
    store_file = articles_dir.parent / "store" / "figures.sqlite"
    assert cli.main(["rebuild"]) == 0
    want = fresh(articles_dir)
    with sqlite3.connect(store_file) as con:
        con.execute("DELETE FROM figures")
    sync.library_tables(articles_dir, store_file)  # (a load after the deletion: the snapshot still answers)
    assert cli.main(["rebuild", "--all"]) == 0
    assert len(sync.library_tables(articles_dir, store_file)[1]) == len(want[1])
    for _ in range(2):
        with sqlite3.connect(store_file) as con:  # fold the WAL in, so the damage hits the only copy
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store_file.write_bytes(b"this is not a database " * 100)
        assert cli.main(["rebuild"]) == 0
        assert "warning: figure store" in capsys.readouterr().err
    kept = {p.name for p in store_file.parent.glob("figures.sqlite.corrupt*")}
    assert {"figures.sqlite.corrupt", "figures.sqlite.corrupt-2"} <= kept  # (each with its -wal and -shm, if any)
