"""A Parquet extraction run adopted by the figure store (``python -m dashboard store import``): what is taken
without extraction, what is left and said, and bad runs and stores refused with nothing lost.

The Dask engine's part of the story (a LocalCluster of two worker processes, then the app) is in
tests/app/test_store_import_app.py; here runs come from the local engine or are made by hand.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.generate import make_article
from dashboard import cli, schema
from dashboard.tables import file_records, parquet, store_import, sync
from dashboard.tables.frames import figures_frame
from dashboard.tables.run_records import RUN_ARTICLE_COLUMNS, typed_articles
from dashboard.tables.store import FigureStore

from .test_store import fresh


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """Ids of the articles extracted (every extraction of a load goes through file_records.article_rows)."""
    seen: list[str] = []
    real = file_records.article_rows
    monkeypatch.setattr(file_records, "article_rows", lambda article: (seen.append(article.article_id), real(article))[1])
    return seen


@pytest.fixture
def data(tmp_path: Path, articles_dir: Path) -> Path:
    """A data folder: the two fixture articles, three synthetic ones, an empty file and a binary one."""
    for i in range(3):
        name, text = make_article(11, i)
        (articles_dir / name).write_text(text, encoding="utf-8")
    (articles_dir / "zz-empty.txt").write_bytes(b"")
    (articles_dir / "zz-binary.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 20)
    return articles_dir.parent


def extract_run(data: Path, out: Path) -> Path:
    """The local engine's Parquet run of ``data``'s articles (rc 1: the empty and binary files)."""
    assert cli.main(["extract", str(data / "articles"), "--format", "parquet", "--output", str(out)]) == 1
    return out


def store_of(data: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """What the store of ``data`` holds: its frames in a fixed order, and (hash, version, size) per name."""
    store = FigureStore(data / "store" / "figures.sqlite")
    articles, figures = store.load()
    keys = {n: (e.bytes_hash, e.version, e.size) for n, e in store.entries().items()}
    return (articles.sort_values("name", ignore_index=True),
            figures.sort_values(["name", "seq"], ignore_index=True), keys)


def import_cli(run: Path, data: Path, capsys) -> tuple[int, str, str]:
    capsys.readouterr()  # what came before (the run's own messages)
    code = cli.main(["store", "import", str(run), "--data", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_imported_run_is_the_store_a_rebuild_makes_and_nothing_is_extracted(data, tmp_path, counted, capsys):
    """Every file's rows, metadata, problem, hash and version as `rebuild` stores them; the next load extracts
    nothing and gives the tables a fresh extraction gives."""
    run = extract_run(data, tmp_path / "run")
    twin = tmp_path / "twin"
    shutil.copytree(data / "articles", twin / "articles")
    counted.clear()
    code, out, err = import_cli(run, data, capsys)
    assert (code, err) == (0, "") and "7 article(s) imported without extraction, 0 already stored, 0 left" in out
    assert counted == []  # the store took the run's rows
    sync.rebuild(twin / "articles", twin / "store" / "figures.sqlite")
    got, want = store_of(data), store_of(twin)
    pd.testing.assert_frame_equal(got[0], want[0])
    pd.testing.assert_frame_equal(got[1], want[1])
    assert got[2] == want[2] and len(got[1]) > 20
    assert "zz-binary.txt" in got[2] and got[0].set_index("name").loc["zz-empty.txt", "readable"] == 0
    assert list((data / "store").glob("library-*.arrow"))  # every file stored: the snapshot for the next start
    for snapshot_file in (data / "store").glob("library-*.arrow"):
        snapshot_file.unlink()  # the store itself must answer too
    counted.clear()
    tables = sync.library_tables(data / "articles", data / "store" / "figures.sqlite")
    assert counted == []
    for g, w in zip(tables, fresh(data / "articles"), strict=True):
        pd.testing.assert_frame_equal(g, w)
        assert g.attrs["problems"] == w.attrs["problems"]


def test_a_second_import_writes_nothing(data, tmp_path, capsys, monkeypatch):
    run = extract_run(data, tmp_path / "run")
    assert import_cli(run, data, capsys)[0] == 0
    before = store_of(data)
    written: list[str] = []
    real_put = FigureStore.put
    monkeypatch.setattr(FigureStore, "put", lambda self, recs: (written.extend(r.entry.name for r in recs),
                                                                 real_put(self, recs))[1])
    code, out, _ = import_cli(run, data, capsys)
    assert code == 0 and "0 article(s) imported without extraction, 7 already stored" in out and written == []
    after = store_of(data)
    pd.testing.assert_frame_equal(after[0], before[0])
    pd.testing.assert_frame_equal(after[1], before[1])
    assert after[2] == before[2]


def test_changed_missing_and_unread_articles_are_left_for_rebuild_and_said(data, tmp_path, counted, capsys):
    """A file edited since the run, one deleted, one not in the run, and one the run could not extract (its
    task lost): each reported by name and reason; the rest is stored; the next load extracts only those."""
    run = extract_run(data, tmp_path / "run")
    names = sorted(p.name for p in (data / "articles").iterdir())
    edited, deleted = names[0], names[1]
    with (data / "articles" / edited).open("a", encoding="utf-8") as fh:
        fh.write("\nA late line about 3,000 troops.\n")
    (data / "articles" / deleted).unlink()
    (data / "articles" / "new-article.txt").write_text("Norway will add 1,200 soldiers in 2026.\n", encoding="utf-8")
    lost = _lose_task(run, names[2])  # as a Dask worker that died would leave it
    code, out, err = import_cli(run, data, capsys)
    assert code == 1
    assert "4 article(s) imported without extraction, 0 already stored, 3 left for `python -m dashboard rebuild`" in out
    assert "1 article file(s) in the folder are not in this run" in out
    lines = err.splitlines()
    assert f"warning: {edited}: changed since the run (the file's bytes no longer hash to the run's sha256); " \
           "left for rebuild" in lines
    assert f"warning: {deleted}: not in the articles folder; left for rebuild" in lines
    assert f"warning: {names[2]}: not extracted by the run ({lost}); left for rebuild" in lines
    assert len(lines) == 3
    assert sorted(FigureStore(data / "store" / "figures.sqlite").entries()) == sorted(set(names) - {edited, deleted,
                                                                                                     names[2]})
    assert not list((data / "store").glob("library-*.arrow"))  # not complete: no snapshot
    counted.clear()
    sync.library_tables(data / "articles", data / "store" / "figures.sqlite")
    assert sorted(counted) == sorted(Path(n).stem for n in (edited, names[2], "new-article.txt"))


def _lose_task(run: Path, name: str) -> str:
    """Rewrite ``name``'s row in the run's articles table as a lost task writes it (no bytes read, a problem)."""
    path = run / parquet.articles_name(0)
    articles = pd.read_parquet(path)
    figures = pd.read_parquet(run / parquet.part_name(0))
    at = articles.index[articles["name"] == name][0]
    start = int(articles["figures"].iloc[:at].sum())
    figures = figures.drop(index=range(start, start + int(articles.at[at, "figures"]))).reset_index(drop=True)
    problem = f"{name}: extraction failed (KilledWorker: lost)"
    articles.loc[at, ["sha256", "problem", "figures", "readable"]] = ["", problem, 0, False]
    parquet.write_part(run, 0, figures, articles)
    manifest = json.loads((run / parquet.MANIFEST).read_text())
    manifest["parts"][0]["rows"] = len(figures)
    (run / parquet.MANIFEST).write_text(json.dumps(manifest))
    return problem


def test_another_extractor_version_is_never_adopted(data, tmp_path, counted, capsys, monkeypatch):
    run = extract_run(data, tmp_path / "run")
    monkeypatch.setattr(store_import, "store_version", lambda: "rules-next+test")
    code, out, err = import_cli(run, data, capsys)
    assert code == 1 and "0 article(s) imported without extraction, 0 already stored, 7 left" in out
    assert err.count("extracted by another version of the extractor or its pipeline (run: ") == 7
    assert FigureStore(data / "store" / "figures.sqlite").entries() == {}


def _torn(run: Path) -> None:
    part = run / parquet.articles_name(0)
    part.write_bytes(part.read_bytes()[: part.stat().st_size // 2])


def _foreign(run: Path) -> None:
    (run / parquet.MANIFEST).write_text(json.dumps({"format": "delta-lake/3", "parts": []}))


def _older(run: Path) -> None:
    manifest = json.loads((run / parquet.MANIFEST).read_text())
    manifest["format"] = parquet.FORMATS[0]
    (run / parquet.MANIFEST).write_text(json.dumps(manifest))


def _missing_part(run: Path) -> None:
    (run / parquet.part_name(0)).unlink()


def _unaligned(run: Path) -> None:
    """Two files' figure counts swapped: the rows no longer belong to the files the table says."""
    path = run / parquet.articles_name(0)
    articles = pd.read_parquet(path)
    counts = articles["figures"].to_numpy().copy()
    i = next(i for i in range(len(counts) - 1) if counts[i] != counts[i + 1])
    counts[[i, i + 1]] = counts[[i + 1, i]]
    articles["figures"] = pd.array(counts, dtype="Int64")
    articles.to_parquet(path, index=False)


def _retyped(run: Path) -> None:
    path = run / parquet.articles_name(0)
    articles = pd.read_parquet(path)
    articles["size"] = articles["size"].astype("string")
    articles.to_parquet(path, index=False)


@pytest.mark.parametrize(("damage", "said"), [
    (None, "not a folder"),
    (lambda run: (run / parquet.MANIFEST).unlink(), "not a finished extraction run"),
    (_foreign, "not a defense-figures-parquet/2 manifest (format 'delta-lake/3')"),
    (_older, "written before runs kept each article's hash"),
    (_torn, "unreadable part"),
    (_missing_part, "unreadable part"),
    (_unaligned, "figure counts do not line up"),
    (_retyped, "column types differ from the schema (size is string, not Int64)"),
])
def test_a_bad_run_is_refused_and_the_store_is_untouched(data, tmp_path, capsys, damage, said):
    run = extract_run(data, tmp_path / "run")
    sync.rebuild(data / "articles", data / "store" / "figures.sqlite")
    before = store_of(data)
    if damage is None:
        run = data / "articles" / "zz-empty.txt"
    else:
        damage(run)
    code, out, err = import_cli(run, data, capsys)
    assert code == 2 and out == "" and err.startswith("error: ") and len(err.splitlines()) == 1, err
    assert said in err and "Traceback" not in err
    after = store_of(data)
    pd.testing.assert_frame_equal(after[1], before[1])
    assert after[2] == before[2]


def test_an_unreadable_store_is_left_as_it_is(data, tmp_path, capsys):
    """Import never sets a store aside or rebuilds it: that is rebuild's call; it says so and stops."""
    run = extract_run(data, tmp_path / "run")
    store_file = data / "store" / "figures.sqlite"
    store_file.parent.mkdir()
    store_file.write_bytes(b"not a database, but someone's bytes" * 100)
    code, out, err = import_cli(run, data, capsys)
    assert code == 2 and "the figure store cannot be read" in err and "python -m dashboard rebuild" in err
    assert store_file.read_bytes() == b"not a database, but someone's bytes" * 100
    assert sorted(p.name for p in store_file.parent.iterdir()) == ["figures.sqlite"]


def test_a_data_folder_without_articles_is_refused(tmp_path, data, capsys):
    run = extract_run(data, tmp_path / "run")
    code, _, err = import_cli(run, tmp_path / "elsewhere", capsys)
    assert code == 2 and "no articles folder" in err and not (tmp_path / "elsewhere").exists()


def _hand_row(article: str, value: float, quote: str, **extra) -> dict:
    return {**schema.blank_figure(), "article_id": article, "figure_id": f"{article}:{value}", "country_iso3": "KOR",
            "country": "South Korea", "metric": "active_personnel", "value": value, "unit": "persons", "year": 2025,
            "quote": quote, "start": 3, "end": 9, "confidence": 0.9, "status": "extracted",
            "reference_series": "MS.MIL.TOTL.P1", "reference_note": "filled by the run", **extra}


def test_a_hand_made_run_is_stored_row_for_row(tmp_path, capsys):
    """The import logic alone, on a tiny folder written by hand in the documented layout: files matched by name
    and sha256, rows stored in order without their World Bank comparisons (each load adds them anew),
    metadata and problems as the table says, a file of another sha left."""
    data = tmp_path / "data"
    (data / "articles").mkdir(parents=True)
    texts = {"a.txt": b"Seoul keeps 450,000 troops.", "b.txt": b"", "c.txt": b"edited since"}
    for name, body in texts.items():
        (data / "articles" / name).write_bytes(body)
    figures = figures_frame([_hand_row("a", 450000.0, "450,000"), _hand_row("a", 28500.0, "=28,500", host_iso3="USA")])
    version = sync.store_version()
    rows = [("a.txt", hashlib.sha256(texts["a.txt"]).hexdigest(), True, "", 2),
            ("b.txt", hashlib.sha256(b"").hexdigest(), False, "b.txt: the file is empty", 0),
            ("c.txt", hashlib.sha256(b"the run's bytes").hexdigest(), True, "", 0)]
    articles = typed_articles(pd.DataFrame([{
        "name": n, "path": f"/archive/{n}", "sha256": sha, "size": 1, "mtime_ns": 1, "version": version,
        "readable": ok, "problem": problem, "article_id": Path(n).stem if ok else "", "title": "T", "publisher": "P",
        "published": "2025-01-02", "url": "", "chars": 27, "figures": count} for n, sha, ok, problem, count in rows],
        columns=RUN_ARTICLE_COLUMNS))
    run = parquet.prepare_folder(tmp_path / "run")
    parquet.write_manifest(run, [parquet.write_part(run, 0, figures, articles)], [], ["/archive"])
    code, out, err = import_cli(run, data, capsys)
    assert code == 1 and "2 article(s) imported without extraction" in out
    assert err.splitlines() == ["warning: c.txt: changed since the run (the file's bytes no longer hash to the run's "
                                "sha256); left for rebuild"]
    stored_articles, stored_figures, keys = store_of(data)
    assert keys == {"a.txt": (rows[0][1], version, len(texts["a.txt"])), "b.txt": (rows[1][1], version, 0)}
    assert stored_articles[["name", "readable", "problem", "title", "chars"]].values.tolist()[0] == ["a.txt", 1, "", "T", 27]
    assert stored_articles[["name", "readable", "problem"]].values.tolist()[1] == ["b.txt", 0, "b.txt: the file is empty"]
    assert stored_articles.loc[1, ["title", "chars"]].isna().all()  # no article in an empty file
    assert stored_figures["value"].tolist() == [450000.0, 28500.0] and stored_figures["seq"].tolist() == [0, 1]
    assert stored_figures["quote"].tolist() == ["450,000", "=28,500"] and stored_figures["host_iso3"].tolist()[1] == "USA"
    assert set(stored_figures["reference_series"]) == {""} and set(stored_figures["reference_note"]) == {""}
