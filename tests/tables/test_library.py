"""Adding articles to the library: atomic saves, round trips, safe ids, duplicates, fetching."""

from __future__ import annotations

import os
import re
import socket
from pathlib import Path

import pytest

from dashboard import paths
from dashboard.ingest import fetch
from dashboard.ingest.articles import ArticleError, read_article
from dashboard.tables import library
from dashboard.tables.frames import extract_article, figure_rows
from dashboard.tables.library import add_files, fetch_url, prepare, save
from tests.ingest.test_ingest_fetch import local_server  # noqa: F401 - the local HTTP server fixture

SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,90}\.(?:txt|md|html)$")
BODY = ("Menu\n\nThe U.S. keeps 28,500 troops stationed in South Korea, the ministry said on Monday.\n\n"
        "South Korea\u2019s \u201cactive\u201d forces number about 450,000 personnel.\n")


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of its own; the env points there too, so no default reaches the repo's data."""
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path / "data"))
    for var in ("DEFENSE_MAX_ARTICLE_BYTES", "DEFENSE_MAX_UPLOAD_FILES"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path / "data"


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder)) if folder.is_dir() else []


def test_data_dir_from_env_and_default(root, monkeypatch):
    """DEFENSE_DATA_DIR picks the data folder; without it the repo's data folder is used."""
    assert paths.data_dir() == root.resolve()
    assert library.articles_dir() == root.resolve() / "articles" and (root / "articles").is_dir()
    monkeypatch.delenv("DEFENSE_DATA_DIR")
    assert paths.data_dir() == Path(library.__file__).resolve().parents[2] / "data"


def test_prepare_writes_nothing(root):
    """prepare() only reads: not even the articles folder is created."""
    p = prepare(BODY.encode(), "korea.txt", root=root)
    assert p.filename == "korea.txt" and len(p.figures) >= 1 and p.duplicate_of is None
    assert not root.exists()


def test_save_is_atomic_and_leaves_no_temp_files(root):
    """One file appears, with its final name; no .tmp or hidden file is left next to it."""
    path = save(prepare(BODY.encode(), "korea.txt", root=root), data=root)
    assert listing(root / "articles") == ["korea.txt"] and path == root / "articles" / "korea.txt"
    assert oct(path.stat().st_mode & 0o777) == "0o644"


@pytest.mark.parametrize("broken", ["link", "fsync"])
def test_failed_write_leaves_nothing_behind(root, monkeypatch, broken):
    """A disk error during save is an ArticleError and the temp file is removed (no half files)."""
    prepared = prepare(BODY.encode(), "korea.txt", root=root)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(library.os, broken, fail)
    with pytest.raises(ArticleError, match="cannot write korea.txt .No space left"):
        save(prepared, data=root)
    assert listing(root / "articles") == []


def test_round_trip_keeps_metadata_and_figures(root):
    """Quotes, colons, '#' and newlines in metadata survive; the loader reads back the same article."""
    title = 'Seoul: "28,500" troops stay\n---\n# not a comment'
    p = prepare(BODY.encode(), "x.md", title=title, publisher="Econo: Times", published="2025-11-03",
                url="https://example.test/a?b=1#c", root=root)
    path = save(p, data=root)
    back = read_article(path)
    assert back.title == 'Seoul: "28,500" troops stay --- # not a comment' == p.article.title
    assert (back.publisher, back.published_iso, back.url) == ("Econo: Times", "2025-11-03", "https://example.test/a?b=1#c")
    assert back.text == p.article.text and back.article_id == p.article_id == path.stem
    assert figure_rows(back, extract_article(back)) == p.figures
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith(BODY.split("\n", 2)[2]) and "Menu\n\nThe U.S." in raw  # original body kept as given


def test_html_round_trip_keeps_the_html_and_loses_the_scripts(root):
    """An HTML page is stored as HTML (the loader re-extracts it); its clean text has no markup."""
    html = ("<html><head><title>Budget news</title><script>alert(1)</script></head><body><article>"
            "<p>Germany plans to raise its defence budget to 62.4 billion euros in 2025, officials said on "
            "Tuesday in a statement to lawmakers in Berlin.</p><img src=x onerror=alert(2)>"
            "<p>The plan <a href='javascript:alert(3)'>still needs</a> the approval of parliament.</p>"
            "</article></body></html>")
    path = save(prepare(html.encode(), "page.htm", root=root), data=root)
    assert path.suffix == ".html" and path.stem.endswith("budget-news")
    back = read_article(path)
    assert "62.4 billion euros" in back.text and back.title == "Budget news"
    assert not re.search(r"<script|alert|javascript:|onerror", back.text, re.IGNORECASE)


@pytest.mark.parametrize("name", [
    "../../x.txt", "..\\..\\x.txt", "/etc/passwd.txt", "a\x00b.txt", "a" * 300 + ".txt", "photo\u202egpj.txt",
    "CON.txt", "nul.md", ".hidden.txt", "...txt.txt", "caf\u00e9 d\u00e9j\u00e0.txt", "\u6f22\u5b57.txt", "-rf.txt",
])
def test_ids_are_safe(root, name):
    """Hostile upload names give an ASCII slug inside the articles folder; the name is display text only."""
    p = prepare(BODY.encode(), name, root=root)
    assert SAFE_NAME.match(p.filename) and len(p.article_id) <= 80, p.filename
    assert p.article_id not in {"con", "nul", "aux", "prn"}
    path = save(p, data=root)
    assert path.parent == root / "articles" and listing(root / "articles") == [p.filename]
    assert "\x00" not in p.display_name and "\u202e" not in p.display_name


def test_id_from_metadata_and_numeric_suffix_on_clash(root):
    """Ids read YYYY-MM-DD-publisher-title; a clash (any suffix) adds -2, -3."""
    meta = {"title": "Japan's record budget", "publisher": "Test Wire", "published": "2024-03-05"}
    first = save(prepare(b"Tokyo approved a 7.9 trillion yen budget.", "a.txt", **meta, root=root), data=root)
    assert first.name == "2024-03-05-test-wire-japans-record-budget.txt"
    second = save(prepare(b"Another text entirely, about 54,000 troops.", "b.md", **meta, root=root), data=root)
    assert second.name == "2024-03-05-test-wire-japans-record-budget-2.md"
    (root / "articles" / "korea.html").write_text("<html></html>")  # the same id with another suffix
    assert prepare(BODY.encode(), "korea.txt", root=root).article_id == "korea-2"


def test_duplicates_detected_after_whitespace_quote_and_case_changes(root):
    """Same text with other quotes, spaces, line ends and case -> already in the library."""
    saved = save(prepare(BODY.encode(), "korea.txt", root=root), data=root)
    variant = (BODY.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').replace(" ", "  ")
               .replace("\n", "\r\n").upper())
    p = prepare(variant.encode(), "copy.txt", root=root)
    assert p.duplicate_of == saved.stem
    with pytest.raises(ArticleError, match=f"already in the library as {saved.stem}"):
        save(p, data=root)
    assert listing(root / "articles") == ["korea.txt"]


def test_duplicate_index_follows_file_changes(root):
    """The hash index is cached by mtime and size: an edited file is re-read, a removed one forgotten."""
    path = save(prepare(BODY.encode(), "korea.txt", root=root), data=root)
    assert prepare(BODY.encode(), "again.txt", root=root).duplicate_of == "korea"
    path.write_text("Something else entirely: 3,000 troops in Poland.", encoding="utf-8")
    assert prepare(BODY.encode(), "again.txt", root=root).duplicate_of is None
    path.unlink()
    assert prepare(b"Something else entirely: 3,000 troops in Poland.", "p.txt", root=root).duplicate_of is None


def test_batch_results_uploads_and_duplicates_within_a_batch(root):
    """add_files takes (name, bytes) pairs and upload objects; a repeat inside the batch is refused."""

    class Upload:  # what Streamlit's file_uploader hands over
        name, size = "upload.txt", len(BODY)

        def getvalue(self) -> bytes:
            return BODY.encode()

    results = add_files([("a.txt", b"Poland keeps 3,000 troops on alert."), Upload(), ("b.txt", b""),
                         ("copy.txt", BODY.encode())], data=root)
    assert [r.ok for r in results] == [True, True, False, False]
    assert results[1].path == root / "articles" / "upload.txt" and results[1].figures >= 1
    assert "empty" in results[2].error and "already in the library as upload" in results[3].error
    assert listing(root / "articles") == ["a.txt", "upload.txt"]


def test_batch_cap_and_metadata_for_one_item_only(root, monkeypatch):
    """Over the cap: one message, nothing written. Metadata with several items is refused up front."""
    monkeypatch.setenv("DEFENSE_MAX_UPLOAD_FILES", "3")
    with pytest.raises(ArticleError, match="4 files in one batch is over the limit of 3; nothing was added"):
        add_files([(f"{i}.txt", f"text {i}".encode()) for i in range(4)], data=root)
    with pytest.raises(ArticleError, match="describe one article"):
        add_files([("a.txt", b"one"), ("b.txt", b"two")], title="Shared", data=root)
    assert listing(root) == []


def test_metadata_overrides_are_validated(root):
    """A bad date or a non-http url given by the user is refused; a bad url in a file is dropped."""
    with pytest.raises(ArticleError, match="is not a date"):
        prepare(BODY.encode(), "a.txt", published="last Tuesday", root=root)
    with pytest.raises(ArticleError, match="not an http"):
        prepare(BODY.encode(), "a.txt", url="javascript:alert(1)", root=root)
    p = prepare(b"---\nurl: javascript:alert(1)\n---\n" + BODY.encode(), "a.txt", root=root)
    assert p.front_matter["url"] == "" and any("dropped" in w for w in p.warnings)


def test_cp1252_is_stored_as_utf8(root):
    """Windows-1252 text is read with a warning and stored as UTF-8 with the same characters."""
    p = prepare(b"Seoul\x92s \x93plan\x94 costs \x80 2 billion for 28,500 troops.", "w.txt", root=root)
    assert any("Windows-1252" in w for w in p.warnings)
    path = save(p, data=root)
    assert "Seoul\u2019s \u201cplan\u201d costs \u20ac 2 billion" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("url, message", [
    ("javascript:alert(1)", "not javascript:"), ("file:///etc/passwd", "not file:"),
    ("data:text/html,<script>alert(1)</script>", "not data:"), ("ftp://example.test/a.txt", "not ftp:"),
    ("/etc/passwd", "only http and https"), ("http://", "not a valid web address"),
    ("http://exa mple.test/", "not a valid web address"), ("http://nonexistent.invalid/", "could not be resolved"),
])
def test_fetch_refusals_never_touch_the_network(url, message, monkeypatch):
    """Refused schemes and .invalid hosts fail before any name is resolved or socket opened."""
    monkeypatch.setattr(fetch.socket, "create_connection", lambda *a, **k: pytest.fail("the network was reached"))
    with pytest.raises(ArticleError, match=re.escape(message)) as err:
        fetch_url(url, resolver=lambda host, port: pytest.fail("a resolver was asked"))
    assert str(err.value).startswith("could not fetch ")


@pytest.mark.parametrize("reason, message", [
    (socket.gaierror(-3, "Temporary failure in name resolution"), "no network, or the host name"),
    (TimeoutError("timed out"), "no answer within 10 s"),
    (ConnectionRefusedError(111, "Connection refused"), "connection was refused"),
])
def test_fetch_network_errors_become_messages(reason, message, monkeypatch):
    """Offline, slow and refusing hosts are clear messages (resolver and sockets faked: no network)."""

    def fail(*args, **kwargs):
        raise reason

    monkeypatch.setattr(fetch.socket, "create_connection", fail)
    public = (lambda host, port: ["93.184.216.34"]) if not isinstance(reason, socket.gaierror) else fail
    with pytest.raises(fetch.FetchError, match=message) as err:
        fetch_url("https://example.test/story.html", resolver=public)
    assert err.value.offline


def test_fetch_refuses_redirects_to_other_schemes(local_server):  # noqa: F811 - the fixture imported above
    """A redirect to file: is refused; the redirect is never followed."""
    start = local_server.url("/to-file")
    with pytest.raises(ArticleError, match="redirects to file:///etc/passwd, which is not an http"):
        fetch_url(start, allow_private=lambda hop: hop == start)
    assert local_server.paths == ["/to-file"]


def test_same_page_uploaded_again_is_a_duplicate_not_empty(root):
    """Regression: trafilatura's cross-call deduplication made the 4th read of a page "no article text",
    so a re-uploaded HTML page was refused as empty instead of recognised as a duplicate."""
    html = ("<html><head><title>Repeat page</title></head><body><article><p>Poland will spend 4.7% of GDP on "
            "defence in 2025, the defence ministry in Warsaw said on Friday in a statement.</p></article></body></html>")
    saved = save(prepare(html.encode(), "page.html", root=root), data=root)
    for _ in range(3):
        assert prepare(html.encode(), "again.html", root=root).duplicate_of == saved.stem


def test_loader_reads_the_same_page_many_times(tmp_path):
    """Regression: trafilatura's cross-document deduplication made the 4th read of a page come back empty."""
    page = tmp_path / "page.html"
    page.write_text("<html><body><article><p>Poland will spend 4.7% of GDP on defence in 2025, the defence "
                    "ministry in Warsaw said on Friday in a statement.</p></article></body></html>")
    for _ in range(4):
        assert "4.7% of GDP" in read_article(page).text


def test_a_paste_that_starts_like_a_header_is_text_not_metadata(root):
    """A user-level audit: pasted text opening with '---', 'title:', 'published: 1999-01-01' and a javascript: url
    silently became the article's title, date and (dropped) link. A paste is all text: the header stays in the body,
    and the form's fields are the only metadata."""
    paste = ("---\ntitle: Not my title\npublisher: Someone\npublished: 1999-01-01\nurl: javascript:alert(1)\n---\n"
             "Germany has 181,174 active soldiers, the ministry said.")
    p = prepare(paste.encode(), "pasted.txt", root=root, pasted=True, publisher="Wire")
    assert p.front_matter["published"] == "" and p.front_matter["url"] == "" and p.front_matter["publisher"] == "Wire"
    assert p.front_matter["title"] != "Not my title" and "title: Not my title" in p.article.text
    assert not any("url" in w for w in p.warnings)
    as_file = prepare(paste.encode(), "notes.txt", root=root)  # a file's own header is still its header
    assert as_file.front_matter["title"] == "Not my title" and as_file.front_matter["published"] == "1999-01-01"


def test_an_uploads_default_date_and_publisher_fill_in_only_what_the_file_does_not_state(tmp_path):
    """A browser audit: an uploaded page with no date gave its figures no year, and the upload tab had no date field."""
    from dashboard.tables.prepare import prepare

    undated = b"<html><body><p>Poland will spend 4.1% of its GDP on defence this year, the ministry said.</p></body></html>"
    got = prepare(undated, "page.html", root=tmp_path, default_publisher="Wire", default_published="2025-03-01")
    assert (got.article.published_iso, got.article.publisher) == ("2025-03-01", "Wire")
    assert [f["year"] for f in got.figures if f["metric"] == "defense_share_gdp_pct"] == [2025]
    dated = b"---\ntitle: t\npublisher: Own Paper\npublished: 2024-06-01\n---\nPoland spends 4.1% of its GDP on defence."
    got = prepare(dated, "a.md", root=tmp_path, default_publisher="Wire", default_published="2025-03-01")
    assert (got.article.published_iso, got.article.publisher) == ("2024-06-01", "Own Paper")  # the file's own win
