"""Reading articles: front matter, cleaning, HTML, encodings and refusals."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from dashboard.ingest.articles import ArticleError, parse_article, read_article, read_folder


def test_seed_front_matter_and_debris(seed_path):
    """The seed's metadata is read and its page debris is gone from the clean text."""
    a = read_article(seed_path)
    assert a.publisher == "EconoTimes" and a.published.isoformat() == "2025-11-03"
    assert a.title.startswith("U.S. Defense Secretary Pete Hegseth Visits South Korea")
    for debris in ("Menu", "Search", "Welcome to EconoTimes", "Sign up for daily updates", "Market Data",
                   "Wikimedia Commons", "global economy"):
        assert debris not in a.text
    assert "28,500 U.S. troops" in a.text and a.text.startswith("U.S. Defense Secretary Pete Hegseth arrived")


def test_seed_file_keeps_the_users_body(seed_path):
    """The shipped file keeps the page debris the user gave: cleaning is the loader's job."""
    raw = seed_path.read_text(encoding="utf-8")
    assert "Menu\n\nSearch" in raw and "Welcome to EconoTimes" in raw


def test_html_body_and_metadata_without_front_matter():
    html = (b"<html><head><title>Budget news</title><meta property='article:published_time' content='2024-05-02'>"
            b"</head><body><nav>Home | World | Menu</nav><article><h1>Budget news</h1>"
            b"<p>Germany plans to raise its defence budget to 62.4 billion euros in 2025, officials said on Tuesday "
            b"in a statement to lawmakers in Berlin.</p><p>The plan still needs the approval of parliament.</p>"
            b"</article><footer>Sign up for our newsletter</footer><script>alert(1)</script></body></html>")
    a = parse_article(html, "page.html", ".html", "page")
    assert "62.4 billion euros" in a.text and "alert" not in a.text and "Sign up" not in a.text
    assert a.title == "Budget news"


def test_unicode_quotes_kept_in_clean_text():
    a = parse_article("Seoul\u2019s \u201cplan\u201d".encode(), "a.txt", ".txt", "a")
    assert a.text == "Seoul\u2019s \u201cplan\u201d"


@pytest.mark.parametrize("data, message", [
    (b"", "empty"), (b"   \n  ", "empty"), (gzip.compress(b"<html></html>"), "gzip"),
    (b"\x00\x01\x02binary\x00", "NUL"), (b"%PDF-1.7 stuff", "binary"),
    (b"\xff\xfe\x00\x00" + "\x01\x02\x03\x04".encode("utf-32-le") * 20, "looks binary"),
])
def test_refusals_have_clear_messages(data, message):
    with pytest.raises(ArticleError) as err:
        parse_article(data, "bad.txt", ".txt", "bad")
    assert message in str(err.value) and "bad.txt" in str(err.value)


def test_broken_front_matter_is_text_with_a_warning():
    """Invalid YAML front matter is not refused nor half-read: the file is text, and a warning says why."""
    a = parse_article(b"---\ntitle: [unclosed\n---\nBody", "bad.txt", ".txt", "bad")
    assert a.title == "" and "Body" in a.text and any("not valid YAML" in w for w in a.warnings)


def test_size_limit_is_checked_before_parsing():
    with pytest.raises(ArticleError, match="limit"):
        parse_article(b"x" * 101, "big.txt", ".txt", "big", limit=100)


def test_utf16_and_cp1252_are_decoded():
    a = parse_article("\ufeffThe U.S. has 28,500 troops.".encode("utf-16"), "u16.txt", ".txt", "u16")
    assert "28,500" in a.text
    b = parse_article("Caf\u00e9 \u201cquote\u201d".encode("cp1252"), "w.txt", ".txt", "w")
    assert b.text == "Caf\u00e9 \u201cquote\u201d" and b.warnings


def test_folder_reports_bad_files_and_keeps_good_ones(articles_dir: Path):
    (articles_dir / "broken.txt").write_bytes(b"")
    articles, problems = read_folder(articles_dir)
    assert len(articles) == 2 and len(problems) == 1 and "broken.txt" in problems[0]


def test_json_escaped_front_matter_reads_as_yaml_reads_it():
    # the fast path decodes \\uXXXX, \\\\ and \\" (what json.dumps writes) itself; every other escape goes to YAML
    import json
    import random

    from dashboard.ingest import frontmatter

    rng = random.Random(3)
    alphabet = ["a", "\u00e9", '"', "\\", " ", "\u2028", "\x01", "\t", "\U0001f600", "\u65e5", "/", "'", ":", "#", "\n"]
    fast = 0
    for _ in range(3000):
        block = f"publisher: {json.dumps(''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8))))}\ntitle: x"
        simple = frontmatter._simple_front_matter(block)
        if simple is not None:
            fast += 1
            assert simple == frontmatter._yaml_front_matter_problem(block), block
    assert fast > 1000  # (most of them take the fast path)
    assert frontmatter._simple_front_matter('publisher: "Caf\\u00e9 \\"Le Monde\\" \\\\ x"') == {
        "publisher": 'Caf\u00e9 "Le Monde" \\ x'}
