"""Clean text from HTML keeps the page's blocks: a headline never runs into the dateline below it."""

from __future__ import annotations

from dashboard.extraction.numbers import normalize
from dashboard.extraction.text import split_sentences
from dashboard.ingest.articles import parse_article

# The page's title differs from its headline, so the headline is not dropped as a repeated title.
HTML = (b'<html><head><title>Budget news</title><meta property="og:title" content="Budget news"></head><body><article>'

        b"<h1>Germany raises defence budget</h1>"
        b"<p>BERLIN (Reuters) - Germany plans to raise its defence budget to 62.4 billion euros in 2025, officials "
        b"said on Tuesday.</p>"
        b"<p>The plan needs parliament<br>and the states.</p>"
        b"<ul><li>Tanks: 2.1 billion euros</li><li>Ships: 1.4 billion euros</li></ul>"
        b"<h2>What comes next</h2><p>A vote is due in <b>March</b>, the ministry said.</p>"
        b"</article></body></html>")


def test_blocks_become_paragraphs_and_br_a_line_break():
    a = parse_article(HTML, "page.html", ".html", "page")
    assert a.title == "Budget news"
    paragraphs = a.text.split("\n\n")
    assert paragraphs[0] == "Germany raises defence budget"
    assert paragraphs[1].startswith("BERLIN (Reuters) - Germany plans")
    assert "The plan needs parliament\nand the states." in paragraphs
    assert "- Tanks: 2.1 billion euros" in paragraphs and "- Ships: 1.4 billion euros" in paragraphs
    assert "What comes next" in paragraphs and "A vote is due in March, the ministry said." in paragraphs


def test_the_sentence_splitter_sees_the_headline_and_the_dateline_apart():
    a = parse_article(HTML, "page.html", ".html", "page")
    norm = normalize(a.text)
    sentences = [norm[s.start:s.end] for s in split_sentences(norm)]
    assert sentences[0] == "Germany raises defence budget"
    assert sentences[1].startswith("BERLIN (Reuters)") and "Germany raises" not in sentences[1]


def test_a_page_is_dated_by_what_it_declares_or_writes_out_never_by_a_bare_year():
    """A browser audit uploaded a page with no date: the wider date search read 'in 2024' in its body as
    2024-01-01, and that day went into the file name, the citation and the CSV."""
    from dashboard.ingest.cleaning import clean_html

    body = ("<p>Spain has 650 troops deployed in Latvia in 2024, the defence ministry said on Monday, and more "
            "will follow next year as the battle group grows.</p>")
    page = "<html><head><title>Troops</title>{head}</head><body>{top}" + body + "</body></html>"
    assert "published" not in clean_html(page.format(head="", top=""), "a.html")[1]
    declared = '<meta property="article:published_time" content="2023-05-12T10:00:00Z">'
    assert clean_html(page.format(head=declared, top=""), "b.html")[1]["published"].startswith("2023-05-12")
    written = clean_html(page.format(head="", top="<p>Published: 12 May 2023</p>"), "c.html")[1]
    assert written["published"].startswith("2023-05-12")
