"""Hostile inputs through both ways into the library: the API the UI calls and ``python -m dashboard add``.

Every case is run through ``prepare`` + ``save``; the CLI runs the same corpus in a few batched
calls (one subprocess each). A refusal must give a clear message, no traceback, and leave the
data folder exactly as it was (no file, no temp file). An accepted file must land as one new
file with a generated safe name inside the articles folder.
"""

from __future__ import annotations

import gzip
import os
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from dashboard.ingest.articles import ArticleError, read_article
from dashboard.tables.library import display_name, fetch_url, prepare, save

pytestmark = pytest.mark.slow  # runs the CLI and the app on hostile corpora

REPO = Path(__file__).resolve().parents[2]
SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,90}\.(?:txt|md|html)$")
ACTIVE = re.compile(r"<\s*(?:script|iframe|object|embed|svg)|javascript:|onerror|onload|alert\(", re.IGNORECASE)
MARKER = Path("/tmp") / f"defense-yaml-executed-{os.getpid()}"


def sentence(label: str) -> str:
    """A real article sentence, made unique per case so accepted cases are not duplicates."""
    return f"{label}: the U.S. keeps 28,500 troops stationed in South Korea, the ministry said on Monday.\n"


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + ("" if i == 1 else str(i - 1)) + ";") * 10}">\n' for i in range(1, 10))
    + ']>\n<html><body><p>&lol9; ' + sentence("laughs") + "</p></body></html>\n"
)
XXE = ('<?xml version="1.0"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
       "<html><body><p>&xxe; " + sentence("xxe") + "</p></body></html>\n")
HOSTILE_HTML = (
    "<html><head><title>Hostile page test</title><script>alert('head')</script><style>p{}</style></head><body>"
    "<nav>Home | World</nav><article><h1>Hostile page test</h1><p>Germany plans to raise its defence budget to "
    "62.4 billion euros in 2025, officials said on Tuesday in a statement to lawmakers in Berlin.</p>"
    '<img src="x" onerror="alert(1)"><p>The plan <a href="javascript:alert(2)">still needs</a> the approval of '
    'parliament, the ministry said in its statement on Tuesday.</p><iframe src="https://evil.example/"></iframe>'
    '<svg onload="alert(3)"></svg><object data="x.swf"></object><script>document.write("<p>injected</p>")</script>'
    "</article></body></html>"
)
YAML_TAGS = (
    "---\n"
    f'title: !!python/object/apply:os.system ["touch {MARKER}"]\n'
    f'publisher: !!python/object/new:os.system ["touch {MARKER}"]\n'
    "published: 2024-03-05\n---\n" + sentence("yaml tags")
)


@dataclass(frozen=True)
class Case:
    id: str
    name: str  # the name the upload claims
    data: bytes
    refusal: str | None = None  # a phrase of the expected message; None when the file is accepted
    on_disk: bool = True  # False when no file system can hold this name (NUL, 300 characters)
    quotes_markup: bool = False  # a .txt/.md whose text quotes markup: stored and shown as text, escaped on screen


CASES = [
    # refused: nothing usable, or not text
    Case("empty", "empty.txt", b"", "the file is empty"),
    Case("whitespace", "blank.txt", b"  \n\t\r\n   \n", "the file is empty"),
    Case("6mb-default-limit", "huge.txt", b"28,500 troops. " * 420_000, "over the 5,242,880-byte limit"),
    Case("png-as-txt", "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    Case("zip-as-txt", "archive.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200), "binary"),
    Case("pdf-as-txt", "paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n", "binary"),
    Case("random-bytes-nul", "noise.txt", b"\x00\x13" + random.Random(7).randbytes(4096), "binary"),
    Case("gzip-as-html", "page.html", gzip.compress(HOSTILE_HTML.encode()), "gzip-compressed"),
    Case("invalid-utf8", "broken.txt", b"Troops \x81\x8d\x8f\x90\x9d in Korea: 28,500.", "not valid UTF-8"),
    Case("utf16-without-bom", "utf16.txt", sentence("no bom").encode("utf-16-le"), "binary"),
    Case("control-characters", "controls.txt", b"Troops in Korea " + b"\x01\x02\x03\x04" * 60, "looks binary"),
    # refused: markup that attacks parsers or browsers
    Case("billion-laughs-html", "laughs.html", BILLION_LAUGHS.encode(), "declares XML entities"),
    Case("billion-laughs-xml", "laughs.xml", BILLION_LAUGHS.encode(), "unsupported file type .xml"),
    Case("xxe-html", "xxe.html", XXE.encode(), "declares XML entities"),
    Case("xxe-utf16-html", "xxe16.html", XXE.encode("utf-16"), "declares XML entities"),
    Case("nesting-10000-html", "deep.html", ("<html><body>" + "<div>" * 10_000 + sentence("deep")).encode(),
         "nested 10,000 levels deep"),
    Case("html-with-only-scripts", "scripts.html", b"<html><body><script>alert(1)</script></body></html>",
         "no article text"),
    # refused: file types
    Case("exe", "setup.exe", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(100), "unsupported file type .exe"),
    Case("docx", "report.docx", b"PK\x03\x04" + bytes(100), "unsupported file type .docx"),
    Case("rtl-override-exe", "invoice\u202etxt.exe", sentence("rtl exe").encode(), "unsupported file type .exe"),
    Case("no-suffix", "README", sentence("readme").encode(), "unsupported file type (none)"),
    Case("nul-hides-exe", "story.txt\x00.exe", sentence("nul exe").encode(), "unsupported file type .exe",
         on_disk=False),
    # accepted: .txt and .md are text, whatever markup they quote (only .html meets a parser)
    Case("billion-laughs-txt", "laughs.txt", BILLION_LAUGHS.encode(), quotes_markup=True),
    Case("xxe-txt", "xxe.txt", XXE.encode(), quotes_markup=True),
    Case("nesting-10000-txt", "deep.txt", ("<div>" * 10_000 + sentence("deep txt")).encode(), quotes_markup=True),
    Case("script-in-plain-text", "snippet.txt", (sentence("script") + "<script>alert(1)</script>\n").encode(),
         quotes_markup=True),
    # accepted with a warning: broken front matter is read as part of the text, never half-read
    Case("invalid-yaml", "bad-yaml.md", ("---\ntitle: [unclosed\npublisher: x\n---\n" + sentence("yaml")).encode()),
    # accepted: encodings
    Case("utf16-with-bom", "utf16-bom.txt", sentence("utf-16 bom").encode("utf-16")),
    Case("cp1252", "windows.txt", b"Seoul\x92s \x93plan\x94 costs \x80 2 billion; " + sentence("cp1252").encode()),
    Case("crlf", "crlf.txt", sentence("crlf").replace("\n", "\r\n").encode() * 2),
    # accepted: executable markup is dropped from the clean text
    Case("html-scripts-handlers-iframes", "hostile.html", HOSTILE_HTML.encode()),
    # accepted: hostile names are stored under generated names
    Case("dot-dot-slash", "../../x.txt", sentence("dotdot").encode()),
    Case("windows-path", "C:\\Users\\x\\..\\..\\evil.txt", sentence("windows").encode(), on_disk=False),
    Case("nul-in-name", "evil\x00name.txt", sentence("nul name").encode(), on_disk=False),
    Case("300-characters", "a" * 300 + ".txt", sentence("long").encode(), on_disk=False),
    Case("240-characters", "b" * 240 + ".txt", sentence("long on disk").encode()),
    Case("rtl-override-gpj", "photo\u202egpj.txt", sentence("rtl").encode()),
    Case("windows-device-name", "CON.txt", sentence("con").encode()),
    Case("leading-dot", ".hidden.txt", sentence("hidden").encode()),
    # accepted: YAML tags are not executed (BaseLoader), only dropped
    Case("yaml-python-tags", "tags.md", YAML_TAGS.encode()),
]
REFUSED = [c for c in CASES if c.refusal]
ACCEPTED = [c for c in CASES if not c.refusal]


def snapshot(folder: Path) -> list[str]:
    """Every file and folder under ``folder``, hidden ones included (temp files would show)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder holding one article already, so refusals are checked against a real library."""
    for var in ("DEFENSE_MAX_ARTICLE_BYTES", "DEFENSE_MAX_UPLOAD_FILES"):
        monkeypatch.delenv(var, raising=False)
    data = tmp_path / "data"
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(data))
    (data / "articles").mkdir(parents=True)
    (data / "articles" / "existing.txt").write_text(sentence("existing"), encoding="utf-8")
    return data


def test_corpus_is_big_enough():
    """The brief asks for at least 30 hostile cases."""
    assert len(CASES) >= 30 and len({c.id for c in CASES}) == len(CASES)


# ---------------------------------------------------------------------------
# The library API (what the upload page calls)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", REFUSED, ids=[c.id for c in REFUSED])
def test_api_refuses_with_a_clear_message(root, case):
    """prepare() raises ArticleError naming the file and the reason; nothing is written."""
    before = snapshot(root)
    with pytest.raises(ArticleError) as err:
        save(prepare(case.data, case.name), data=root)
    message = str(err.value)
    assert case.refusal in message and "Traceback" not in message
    assert message.startswith(display_name(case.name)) and "\x00" not in message and "\u202e" not in message
    assert snapshot(root) == before


@pytest.mark.parametrize("case", ACCEPTED, ids=[c.id for c in ACCEPTED])
def test_api_accepts_into_one_safe_new_file(root, case):
    """One new file, generated name, inside the articles folder; its clean text has no active markup."""
    before = set(snapshot(root / "articles"))
    prepared = prepare(case.data, case.name)
    path = save(prepared)
    assert set(snapshot(root / "articles")) - before == {path.name} and len(before) + 1 == len(snapshot(root / "articles"))
    assert path.parent == root / "articles" and SAFE_NAME.match(path.name), path.name
    back = read_article(path)
    assert back.text == prepared.article.text and (case.quotes_markup or not ACTIVE.search(back.text))
    assert len(prepared.figures) >= 1


def test_api_html_keeps_the_article_text(root):
    """The hostile page's paragraphs survive; its scripts, handlers and iframes do not."""
    prepared = prepare(HOSTILE_HTML.encode(), "hostile.html")
    assert "62.4 billion euros" in prepared.article.text and "still needs the approval" in prepared.article.text
    assert not ACTIVE.search(prepared.article.text) and "injected" not in prepared.article.text


def test_api_yaml_tags_are_not_executed(root):
    """!!python/object tags in front matter construct nothing and run nothing; the block is not half-read
    (no date taken from it either) and a warning says so."""
    prepared = prepare(YAML_TAGS.encode(), "tags.md")
    assert not MARKER.exists()
    assert prepared.front_matter == {"title": "", "publisher": "", "published": "", "url": ""}
    assert any("uses YAML tags" in w for w in prepared.warnings)


def test_api_text_quoting_markup_is_kept_verbatim(root):
    """A .txt about a hack keeps the markup it quotes as words (screens escape it)."""
    prepared = prepare((sentence("quote") + "<script>alert(1)</script>\n").encode(), "hack.txt")
    assert "<script>alert(1)</script>" in read_article(save(prepared)).text


def test_api_small_size_limit_from_env(root, monkeypatch):
    """DEFENSE_MAX_ARTICLE_BYTES is checked before anything is decoded."""
    monkeypatch.setenv("DEFENSE_MAX_ARTICLE_BYTES", "100")
    before = snapshot(root)
    with pytest.raises(ArticleError, match="200 bytes is over the 100-byte limit"):
        prepare(b"\x00" * 200, "big.txt")  # NUL bytes: the size message wins, so decoding never ran
    assert snapshot(root) == before


def test_api_same_article_twice(root):
    """The second copy (other spacing and quotes) is refused: already in the library as <id>."""
    first = save(prepare("Seoul\u2019s plan: 28,500 troops stay.\n".encode(), "one.txt"))
    before = snapshot(root)
    again = prepare(b"Seoul's   plan:\n28,500 troops stay.", "two.txt")
    assert again.duplicate_of == first.stem
    with pytest.raises(ArticleError, match=f"two.txt: already in the library as {first.stem}"):
        save(again)
    assert snapshot(root) == before


@pytest.mark.parametrize("url, message", [
    ("javascript:alert(1)", "only http and https addresses can be fetched (not javascript:)"),
    ("file:///etc/passwd", "(not file:)"),
    ("http://nonexistent.invalid/", "could not be resolved"),
])
def test_api_fetch_refusals(url, message):
    """Non-web schemes and an unresolvable host are messages, not tracebacks (and no network is used)."""
    with pytest.raises(ArticleError, match=re.escape(message)):
        fetch_url(url)


# ---------------------------------------------------------------------------
# The CLI (a handful of subprocesses, each running a batch of the corpus)
# ---------------------------------------------------------------------------


def cli(cwd: Path, data: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("DEFENSE_")}
    environ.update(DEFENSE_DATA_DIR=str(data), PYTHONPATH=str(REPO), **env)
    return subprocess.run([sys.executable, "-m", "dashboard", "add", *args], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=120)


def write_cases(base: Path, cases: list[Case]) -> dict[str, Case]:
    """Each case's bytes at ``src/<case id>/<its name>``; returns {relative path: case}."""
    paths = {}
    for case in cases:
        folder = base / "src" / case.id
        folder.mkdir(parents=True)
        name = Path(case.name).name  # "../../x.txt" -> written as x.txt, given as src/id/sub/../x.txt below
        (folder / name).write_bytes(case.data)
        given = f"src/{case.id}/{name}"
        if ".." in case.name:
            (folder / "sub").mkdir()
            given = f"src/{case.id}/sub/../{name}"
        paths[given] = case
    return paths


def test_cli_refusals_in_one_batch(tmp_path, root):
    """Every refused file gets its own 'error: <name>: <reason>' line; exit 1; nothing written."""
    paths = write_cases(tmp_path, [c for c in REFUSED if c.on_disk])
    before = snapshot(root)
    out = cli(tmp_path, root, *paths)
    assert out.returncode == 1 and "Traceback" not in out.stderr and out.stdout == ""
    lines = out.stderr.splitlines()
    for given, case in paths.items():
        assert any(line.startswith(f"error: {display_name(given)}: ") and case.refusal in line for line in lines), case.id
    assert snapshot(root) == before


def test_cli_accepts_in_one_batch(tmp_path, root):
    """Accepted files are saved under generated names in the articles folder, one line each."""
    paths = write_cases(tmp_path, [c for c in ACCEPTED if c.on_disk])
    before = set(snapshot(root / "articles"))
    out = cli(tmp_path, root, *paths)
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    saved = re.findall(r"^saved as (.+) with (\d+) figures?$", out.stdout, re.MULTILINE)
    assert len(saved) == len(paths) and all(int(n) >= 1 for _, n in saved)
    new = set(snapshot(root / "articles")) - before
    assert new == {Path(p).name for p, _ in saved} and all(SAFE_NAME.match(n) for n in new)
    assert all(Path(p).parent == root / "articles" for p, _ in saved)
    assert "article-con.txt" in new and "hidden.txt" in new and "x.txt" in new and "photo-gpj.txt" in new
    assert "warning: not valid UTF-8; read as Windows-1252" in out.stderr and not MARKER.exists()
    # Only the .txt that quotes a script keeps it (as words); every page's scripts are gone.
    assert {n for n in new if ACTIVE.search(read_article(root / "articles" / n).text)} == {"snippet.txt"}


def test_cli_same_article_twice(tmp_path, root):
    """The second copy in a batch is refused with the id it duplicates."""
    (tmp_path / "one.txt").write_text(sentence("twice"), encoding="utf-8")
    (tmp_path / "two.txt").write_text(sentence("twice").upper().replace(" ", "  "), encoding="utf-8")
    out = cli(tmp_path, root, "one.txt", "two.txt")
    assert out.returncode == 1 and "error: two.txt: already in the library as one" in out.stderr
    assert "Traceback" not in out.stderr and snapshot(root / "articles") == ["existing.txt", "one.txt"]


def test_cli_500_files_is_one_message_and_nothing_written(tmp_path, root):
    """A batch over DEFENSE_MAX_UPLOAD_FILES (default 200) is refused whole, with one message."""
    for i in range(500):
        (tmp_path / f"{i:03}.txt").write_text(sentence(f"file {i}"), encoding="utf-8")
    before = snapshot(root)
    out = cli(tmp_path, root, *sorted(p.name for p in tmp_path.glob("*.txt")))
    assert out.returncode == 1 and out.stdout == "" and "Traceback" not in out.stderr
    assert out.stderr.strip() == ("error: 500 files in one batch is over the limit of 200; nothing was added. "
                                  "Add them in batches of 200 or fewer")
    assert snapshot(root) == before


def test_cli_small_size_limit_and_web_refusals(tmp_path, root):
    """A small DEFENSE_MAX_ARTICLE_BYTES, non-web schemes and an unresolvable host: all clear errors."""
    (tmp_path / "big.txt").write_text(sentence("big") * 10, encoding="utf-8")
    size = (tmp_path / "big.txt").stat().st_size
    before = snapshot(root)
    out = cli(tmp_path, root, "big.txt", "javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>",
              "http://nonexistent.invalid/", DEFENSE_MAX_ARTICLE_BYTES="100")
    err = out.stderr
    assert out.returncode == 1 and "Traceback" not in err and out.stdout == ""
    assert f"error: big.txt: {size:,} bytes is over the 100-byte limit" in err
    assert "error: could not fetch javascript:alert(1): only http and https" in err
    assert "error: could not fetch file:///etc/passwd: only http and https addresses can be fetched (not file:)" in err
    assert "(not data:)" in err and "error: could not fetch http://nonexistent.invalid/: " in err
    assert snapshot(root) == before


def test_cli_metadata_for_one_item(tmp_path, root):
    """--title/--publisher/--published/--url name and describe a single item; with two they are refused."""
    (tmp_path / "a.txt").write_text(sentence("metadata"), encoding="utf-8")
    out = cli(tmp_path, root, "a.txt", "--title", 'Seoul: "troops" stay', "--publisher", "Test Wire",
              "--published", "2024-03-05", "--url", "https://example.test/a")
    path = root / "articles" / "2024-03-05-test-wire-seoul-troops-stay.txt"
    assert out.returncode == 0 and out.stdout.startswith(f"saved as {path} with 1 figure"), out.stderr
    back = read_article(path)
    assert (back.title, back.publisher, back.published_iso, back.url) == (
        'Seoul: "troops" stay', "Test Wire", "2024-03-05", "https://example.test/a")
    (tmp_path / "b.txt").write_text(sentence("other"), encoding="utf-8")
    before = snapshot(root)
    out = cli(tmp_path, root, "a.txt", "b.txt", "--title", "Shared")
    assert out.returncode == 2 and "describe one article" in out.stderr and snapshot(root) == before
