"""An article's source link comes from the user or the fetched address; page metadata is checked or dropped."""

from __future__ import annotations

import re

import pytest

from dashboard.ingest.articles import ArticleError, parse_article, read_article, url_problem
from dashboard.tables.library import prepare, save

BODY = ("<p>Germany plans to raise its defence budget to 62.4 billion euros in 2025, officials said on Tuesday "
        "in a statement to lawmakers in Berlin.</p>")


def page(head: str) -> bytes:
    return f"<html><head><title>Budget news</title>{head}</head><body><article>{BODY}</article></body></html>".encode()


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_base_href_is_never_the_source(root):
    """<base href> only resolves relative links; it is not the page's address."""
    p = prepare(page('<base href="https://evil.example/">'), "page.html", root=root)
    assert p.front_matter["url"] == "" and p.article.url == ""


@pytest.mark.parametrize("canonical", [
    "javascript:alert(1)", "https://trusted.example@evil.example/", "https://user:pw@news.example/a",
    "data:text/html,<b>x</b>", "https://news.example/a\tb", "https://news.example:99999/", "/relative/path",
    "https://news.example\\@evil.example/", "https://news.exa\u202emple/", "ftp://news.example/a",
])
def test_bad_canonical_links_are_dropped_with_a_warning(root, canonical):
    """Same checks as a typed address: http(s), well formed, no credentials, no control characters."""
    html = page(f'<link rel="canonical" href="{canonical}">')
    p = prepare(html, "page.html", root=root)
    assert p.front_matter["url"] == "" and p.article.url == ""
    assert any("dropped" in w and "source url" in w for w in p.warnings), p.warnings
    assert read_article(save(p, data=root)).url == ""


def test_a_good_canonical_link_is_kept_but_the_typed_or_fetched_address_wins(root):
    html = page('<link rel="canonical" href="https://news.example/budget">')
    assert prepare(html, "page.html", root=root).front_matter["url"] == "https://news.example/budget"
    typed = prepare(html, "page.html", url="https://typed.example/story", root=root)
    assert typed.front_matter["url"] == "https://typed.example/story"


def test_front_matter_url_is_checked_the_same_way(root):
    text = b"---\ntitle: X\nurl: https://user:pw@evil.example/\n---\nTokyo approved a 7.9 trillion yen budget.\n"
    p = prepare(text, "a.md", root=root)
    assert p.front_matter["url"] == "" and any("user name or password" in w for w in p.warnings)
    assert parse_article(text, "a.md", ".md", "a").url == ""  # the loader drops it too


def test_loader_drops_a_hostile_page_url_in_a_file_put_in_the_folder(tmp_path):
    (tmp_path / "page.html").write_bytes(page('<link rel="canonical" href="https://a:b@evil.example/">'))
    a = read_article(tmp_path / "page.html")
    assert a.url == "" and any("dropped" in w for w in a.warnings)


def test_a_typed_address_with_credentials_is_refused(root):
    with pytest.raises(ArticleError, match="user name or password"):
        prepare(page(""), "page.html", url="https://user:pw@news.example/", root=root)


@pytest.mark.parametrize("url, ok", [
    ("https://news.example/a?b=1#c", True), ("http://[2001:db8::1]:8080/x", True), ("https://b\u00fccher.example/", True),
    ("https://news.example/\x00", False), ("https:///path", False), ("https://bad_host!.example/", False),
    ("https://[not-ipv6]/", False), ("mailto:a@b.example", False),
])
def test_url_problem(url, ok):
    assert (url_problem(url) is None) == ok


@pytest.mark.parametrize("internal", [
    "http://127.0.0.1/", "http://localhost:8501/review", "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.7/intranet", "http://[::1]/", "http://2130706433/", "http://0x7f.1/", "http://printer.localhost/",
])
def test_a_source_link_into_a_network_is_dropped_from_a_file_and_refused_when_typed(root, internal):
    """A user-level audit: an uploaded file whose header said 'url: http://127.0.0.1/' kept it as a clickable
    'source' link; a reader's click would reach their own machine or network. The fetcher already refused such
    addresses; a source link may not point there either."""
    problem = url_problem(internal, public=True)
    assert problem is not None and url_problem(internal.replace("127.0.0.1", "93.184.216.34"), public=True) != ""
    text = f"---\ntitle: Budget news\nurl: {internal}\n---\nGermany plans a budget of 62.4 billion euros in 2025.\n"
    p = prepare(text.encode(), "note.md", root=root)
    assert p.front_matter["url"] == "" and any(problem in w and "dropped" in w for w in p.warnings), p.warnings
    with pytest.raises(ArticleError, match=re.escape(problem)):
        prepare(b"Germany plans a budget of 62.4 billion euros in 2025.", "pasted.txt", root=root, url=internal,
                pasted=True)
    assert url_problem("https://93.184.216.34/news", public=True) is None  # a public address is fine


def test_a_stored_source_into_a_network_is_shown_as_text_not_a_link():
    """An article saved before source links were checked may still carry one: the page shows no link for it."""
    from dashboard.app.passages import safe_url

    assert safe_url("http://127.0.0.1:8080/admin") is None and safe_url("http://localhost/") is None
    assert safe_url("https://news.example/a(b)") == "https://news.example/a%28b%29"
