"""The CLI: files, folders, stdin, formats, bad files, exit codes, no tracebacks."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each test runs the CLI in its own process

REPO = Path(__file__).resolve().parent.parent
REQUIRED = ("article_id, figure_id, country_iso3, country, metric, value, unit, currency, year, host_iso3, stage, "
            "qualifier, low, high, direction, quote, passage, start, end, title, publisher, published, url, method")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=REPO, input=stdin,
                          capture_output=True, timeout=120)


def test_extract_folder_csv_has_required_columns(articles_dir):
    out = run("extract", str(articles_dir))
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout.decode())))
    assert set(REQUIRED.split(", ")) <= set(rows[0])
    assert {(r["country_iso3"], r["metric"], r["value"]) for r in rows} >= {
        ("USA", "troops_deployed", "28500"), ("KOR", "active_personnel", "450000"), ("JPN", "defense_budget", "7900000000000"),
        ("USA", "troops_deployed", "54000")}


def test_extract_file_jsonl(seed_path):
    out = run("extract", str(seed_path), "--format", "jsonl")
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert out.returncode == 0 and len(rows) == 3 and rows[0]["quote"] == "28,500"


def test_extract_stdin():
    out = run("extract", "-", stdin=b"The U.S. keeps 28,500 troops stationed in South Korea.")
    rows = list(csv.DictReader(io.StringIO(out.stdout.decode())))
    assert out.returncode == 0 and rows[0]["host_iso3"] == "KOR" and rows[0]["article_id"] == "stdin"


def test_bad_files_are_named_others_still_come_out(articles_dir, tmp_path):
    (articles_dir / "empty.txt").write_bytes(b"")
    (articles_dir / "zipped.html").write_bytes(b"\x1f\x8b\x08\x00junk")
    out = run("extract", str(articles_dir), str(tmp_path / "missing.txt"))
    err = out.stderr.decode()
    assert out.returncode == 1
    assert "empty.txt" in err and "zipped.html" in err and "missing.txt" in err and "Traceback" not in err
    assert "28,500" in out.stdout.decode()


def test_output_file_is_written(articles_dir, tmp_path):
    target = tmp_path / "out.csv"
    out = run("extract", str(articles_dir), "--output", str(target))
    assert out.returncode == 0 and target.read_text().startswith("article_id,")


def test_workers_give_the_same_table(articles_dir):
    one = run("extract", str(articles_dir)).stdout
    two = run("extract", str(articles_dir), "--workers", "2").stdout
    assert one == two


def test_evaluate_needs_a_devset_folder(tmp_path):
    out = run("evaluate", str(tmp_path))
    assert out.returncode == 2 and b"passages.jsonl" in out.stderr and b"Traceback" not in out.stderr


def test_an_existing_output_is_replaced_only_with_force_and_an_article_never(articles_dir, tmp_path):
    """A CLI audit: --output silently replaced a CSV the user had kept, and one of the articles being read."""
    kept = tmp_path / "kept.csv"
    kept.write_text("mine\n")
    out = run("extract", str(articles_dir), "--output", str(kept))
    assert out.returncode == 2 and b"already exists; give --force" in out.stderr and kept.read_text() == "mine\n"
    assert run("extract", str(articles_dir), "--output", str(kept), "--force").returncode == 0
    assert kept.read_text().startswith("article_id,")
    article = next(articles_dir.glob("*.txt"))
    before = article.read_bytes()
    out = run("extract", str(articles_dir), "--output", str(article), "--force")
    assert out.returncode == 2 and b"is one of the articles being read" in out.stderr and article.read_bytes() == before
    out = run("extract", str(articles_dir), "--output", str(tmp_path))
    assert out.returncode == 2 and b"is a folder" in out.stderr and b"Traceback" not in out.stderr


def test_a_file_named_twice_is_read_once_and_a_shared_article_id_is_noted(articles_dir, tmp_path):
    one = run("extract", str(articles_dir))
    article = next(articles_dir.glob("*.txt"))
    twice = run("extract", str(articles_dir), str(article))
    assert twice.returncode == 0 and twice.stdout == one.stdout  # (the figure ids would have repeated)
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / article.name).write_bytes(article.read_bytes())
    both = run("extract", str(article), str(other / article.name))
    assert both.returncode == 0 and b"warning:" in both.stderr and b"figure ids coincide" in both.stderr


def test_bad_worker_counts_and_nested_folders_are_explained(articles_dir, tmp_path):
    for bad in (["--workers", "0"], ["--workers", "-3"], ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1",
                                                           "--workers", "2"]):
        out = run("extract", str(articles_dir), *bad)
        assert out.returncode == 2 and b"--workers" in out.stderr and out.stdout == b"", bad
    nested = tmp_path / "outer"
    (nested / "inner").mkdir(parents=True)
    (nested / "inner" / "a.txt").write_text("The U.S. keeps 28,500 troops in South Korea.")
    out = run("extract", str(nested))
    assert out.returncode == 1 and b"subfolders are not read" in out.stderr


def test_explain_says_how_a_file_was_read(tmp_path):
    """A CLI audit: extract and add warned that a file was not UTF-8 (read as Windows-1252); explain said nothing."""
    path = tmp_path / "legacy.txt"
    path.write_bytes("Poland has 200,000 active troops, the minist\xe8re said in 2025.".encode("cp1252"))
    out = run("explain", str(path))
    assert out.returncode == 0 and b"warning: not valid UTF-8; read as Windows-1252" in out.stderr


def test_nothing_readable_prints_no_table(tmp_path):
    """A CLI audit: 'extract nope.txt' printed a CSV header, so a redirect left a header-only file behind an error."""
    out = run("extract", str(tmp_path / "nope.txt"))
    assert out.returncode == 1 and out.stdout == b"" and b"no such file or folder" in out.stderr
    (tmp_path / "empty").mkdir()
    target = tmp_path / "out.csv"
    out = run("extract", str(tmp_path / "empty"), "--output", str(target))
    assert out.returncode == 1 and not target.exists()
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\nnot an article")  # a file, but no article in it
    out = run("extract", str(tmp_path / "image.txt"), "--output", str(target))
    assert out.returncode == 1 and not target.exists() and b"binary file" in out.stderr


def test_an_output_that_appears_while_extracting_is_not_replaced(articles_dir, tmp_path, monkeypatch, capsys):
    """A CLI audit: two runs started together both said 'written to race.csv', and the second replaced the first's
    table (the check came before extracting, the write replaced whatever was there). Without --force the name is
    taken at the moment of writing, and a file that appeared meanwhile is kept."""
    from dashboard import cli, cli_extract

    target = tmp_path / "race.csv"
    real_table = cli_extract.table

    def table_then_rival(*args, **kwargs):
        target.write_text("the other run's table\n")  # another process writes its table meanwhile
        return real_table(*args, **kwargs)

    monkeypatch.setattr(cli_extract, "table", table_then_rival)
    assert cli.main(["extract", str(articles_dir), "--output", str(target)]) == 1
    assert target.read_text() == "the other run's table\n"
    assert "appeared while extracting" in capsys.readouterr().err


def test_evaluate_names_the_line_of_a_malformed_set_and_says_when_there_is_nothing_to_score(tmp_path):
    """A CLI audit: a malformed passages.jsonl and a label without 'metric' gave tracebacks, and empty files scored
    1.000 / 1.000."""
    (tmp_path / "passages.jsonl").write_text('{"id": "p1", "text": "x"\n')
    (tmp_path / "labels.jsonl").write_text("")
    out = run("evaluate", str(tmp_path))
    assert out.returncode == 2 and b"passages.jsonl:1: not a JSON line" in out.stderr and b"Traceback" not in out.stderr
    (tmp_path / "passages.jsonl").write_text('{"id": "p1", "text": "The U.S. has 28,500 troops in Korea."}\n')
    (tmp_path / "labels.jsonl").write_text('{"passage_id": "p1", "country_iso3": "USA", "value": 28500}\n')
    out = run("evaluate", str(tmp_path))
    assert out.returncode == 2 and b"labels.jsonl:1: a label needs 'metric'" in out.stderr
    (tmp_path / "passages.jsonl").write_text('{"id": "p1", "text": "Nothing here."}\n')
    (tmp_path / "labels.jsonl").write_text("")
    out = run("evaluate", str(tmp_path))
    assert out.returncode == 0 and b"nothing to score" in out.stdout


def test_stdin_named_twice_is_read_once_and_skipped_files_are_noted(articles_dir):
    """A CLI audit: 'extract - -' read stdin twice and failed on the empty second read; a folder's .pdf and .csv
    files were skipped without a word."""
    out = run("extract", "-", "-", stdin=b"The U.S. keeps 28,500 troops stationed in South Korea.")
    assert out.returncode == 0 and out.stdout.decode().count("\n") == 2 and b"stdin named twice" in out.stderr
    (articles_dir / "report.pdf").write_bytes(b"%PDF-1.4")
    out = run("extract", str(articles_dir))
    assert out.returncode == 0 and b"1 file(s) not of an article type skipped (.pdf)" in out.stderr
