"""One rule for `extract` and `add`: file types, UTF-32, broken front matter, text that quotes markup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.ingest.articles import ArticleError, article_suffix, parse_article, read_article
from dashboard.tables.library import prepare, save

pytestmark = pytest.mark.slow  # runs the CLI and the app on every rule

REPO = Path(__file__).resolve().parents[2]
SENTENCE = "The U.S. keeps 28,500 troops stationed in South Korea, the ministry said on Monday.\n"
HACK = ("Hackers planted <script>alert(document.cookie)</script> and an <iframe src=x> on the ministry's site, "
        "officials said. " + SENTENCE)


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("DEFENSE_")}
    environ.update(DEFENSE_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=tmp_path, env=environ,
                          capture_output=True, text=True, timeout=120)


CASES = {  # each text its own, so no case is a duplicate of another
    "...txt": ("Dots only. " + SENTENCE).encode(),
    "..txt": ("Two dots. " + SENTENCE).encode(),
    "utf32.txt": ("UTF-32 LE. " + SENTENCE).encode("utf-32"),
    "utf32be.txt": b"\x00\x00\xfe\xff" + ("UTF-32 BE. " + SENTENCE).encode("utf-32-be"),
    "hack.txt": HACK.encode(),
    "hack.md": ("# Hack\n\n" + HACK).encode(),
    "doctype.txt": b"<!DOCTYPE html> is how a page starts; " + SENTENCE.encode(),
    "entity.txt": b'XXE attacks declare <!ENTITY xxe SYSTEM "file:///etc/passwd">. ' + SENTENCE.encode(),
}


def test_extract_and_add_give_the_same_outcome(tmp_path):
    """Every case: extract finds the 28,500 figure, and add saves the article with the same clean text."""
    src = tmp_path / "src"
    src.mkdir()
    for name, data in CASES.items():
        (src / name).write_bytes(data)
    for name in CASES:
        ex = run(tmp_path, "extract", f"src/{name}")
        add = run(tmp_path, "add", f"src/{name}")
        assert ex.returncode == 0 and "28500" in ex.stdout, (name, ex.stderr)
        assert add.returncode == 0 and add.stdout.startswith("saved as "), (name, add.stderr)
        saved = Path(add.stdout.split("saved as ", 1)[1].rsplit(" with ", 1)[0])
        assert read_article(saved).text == read_article(src / name).text, name


def test_one_suffix_rule():
    assert [article_suffix(n) for n in ("...txt", "..txt", ".md", "a.HTML", "x.txt.", "noext")] == [
        ".txt", ".txt", ".md", ".html", ".txt", ""]


def test_utf32_is_read_as_text_with_a_note():
    a = parse_article(SENTENCE.encode("utf-32"), "u.txt", ".txt", "u")
    assert a.text == SENTENCE.strip() and "read as UTF-32" in a.warnings


def test_text_that_quotes_markup_is_stored_and_read_as_text(tmp_path, monkeypatch):
    """Only .html is parsed as HTML: a .txt about a hack keeps its '<script>' as words."""
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path / "data"))
    for name in ("hack.txt", "hack.md"):
        p = prepare(HACK.encode() if name.endswith("txt") else b"# " + HACK.encode(), name)
        path = save(p)
        assert "<script>alert(document.cookie)</script>" in read_article(path).text
    page = parse_article(b"<html><body><p>" + SENTENCE.encode() + b"</p></body></html>", "p.txt", ".txt", "p")
    assert page.text.startswith("<html>")  # a .txt holding a page is that text, not a parsed page


BROKEN = {
    "unterminated": ("---\ntitle: Seoul budget\npublished: 2024-03-05\n\n" + SENTENCE, "never closed"),
    "python-tag": ('---\ntitle: !!python/object/apply:os.system ["echo x"]\npublished: 2024-03-05\n---\n' + SENTENCE,
                   "uses YAML tags"),
    "alias-bomb": ("---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                   "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: *c\n---\n" + SENTENCE, "uses YAML anchors"),
    "invalid-yaml": ("---\ntitle: [unclosed\npublisher: x\n---\n" + SENTENCE, "is not valid YAML"),
    "not-a-mapping": ("---\n- a\n- b\n---\n" + SENTENCE, "is not 'key: value' lines"),
    "title-as-list": ("---\ntitle:\n  - a\n  - b\npublished: 2024-03-05\n---\n" + SENTENCE, "as a list or mapping"),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_front_matter_is_plain_text_with_a_warning(case, tmp_path, monkeypatch):
    """Never half-read: no metadata at all from a broken block, the whole file is the text, and a warning
    says why, both for the loader (extract) and for add."""
    text, reason = BROKEN[case]
    a = parse_article(text.encode(), "b.md", ".md", "b")
    assert (a.title, a.publisher, a.published, a.url) == ("", "", None, "")
    assert any(reason in w and "kept as part of the article text" in w for w in a.warnings), a.warnings
    assert "28,500 troops" in a.text
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path / "data"))
    p = prepare(text.encode(), "b.md")
    assert p.front_matter == {"title": "", "publisher": "", "published": "", "url": ""}
    assert any(reason in w for w in p.warnings)
    assert read_article(save(p)).text == p.article.text


def test_broken_front_matter_warning_is_shown_by_both_commands(tmp_path):
    (tmp_path / "b.md").write_text(BROKEN["python-tag"][0], encoding="utf-8")
    ex = run(tmp_path, "extract", "b.md")
    add = run(tmp_path, "add", "b.md")
    assert ex.returncode == 0 and "b: warning: the front matter between the '---' lines uses YAML tags" in ex.stderr
    assert add.returncode == 0 and "b.md: warning: the front matter between the '---' lines uses YAML tags" in add.stderr


def test_good_front_matter_is_still_read():
    a = parse_article(("---\ntitle: 'Seoul: budget'\npublished: 2024-03-05\n---\n" + SENTENCE).encode(), "g.md",
                      ".md", "g")
    assert a.title == "Seoul: budget" and a.published.isoformat() == "2024-03-05" and not a.warnings


def test_utf32_that_is_not_utf32_is_refused():
    with pytest.raises(ArticleError, match="starts like UTF-32 but is not valid UTF-32"):
        parse_article(b"\xff\xfe\x00\x00" + b"\x00\x00\x11\x00", "bad.txt", ".txt", "bad")
