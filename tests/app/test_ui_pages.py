"""Sources shows a long article in pages, one markdown block each, highlights whole and in place
(issue "Exact numbers, safe inputs, honest screens", item 7: a 5 MB article made 29,000 elements)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.app import ui

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app" / "main.py")
FILLER = "The ministry published its annual review of procurement and training on Monday. "
FIGURE = "About 54,000 U.S. troops are stationed in Japan, officials said."


def unescape(markdown: str) -> str:
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown).replace("\u2060", "")


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("paragraph_break", ["\n\n", " "])  # many paragraphs, or one 300,000-character one
def test_pages_cover_the_text_and_never_cut_a_quote(paragraph_break):
    text = paragraph_break.join(FILLER * 3 for _ in range(1200))
    spans = []
    for at in range(9_990, len(text), 20_000):  # quotes right where a naive cut would fall
        spans.append((at, at + 30))
    pages = ui.text_pages(text, spans, size=20_000)
    assert pages[0][0] == 0 and pages[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pages, pages[1:], strict=False))
    assert all(0 < e - s <= 20_000 for s, e in pages)
    assert len(pages) <= len(text) // 10_000 + 1
    for s, e in spans:
        assert any(a <= s and e <= b for a, b in pages), (s, e)


def test_a_page_highlights_its_figures_at_their_offsets():
    text = "\n\n".join([FILLER * 300, FIGURE, FILLER * 300, FIGURE])
    second = text.rindex("54,000")
    figures = pd.DataFrame({"start": [text.index("54,000"), second], "end": [text.index("54,000") + 6, second + 6]})
    pages = ui.text_pages(text, list(zip(figures["start"], figures["end"], strict=True)), size=30_000)
    assert len(pages) == 2
    shown = [ui.highlight_page(text, figures, s, e) for s, e in pages]
    assert all(p.count(":orange-background[**54\\,000**]") == 1 for p in shown)
    assert words(unescape(re.sub(r":orange-background\[\*\*(.*?)\*\*\]", r"\1", "\n\n".join(shown)))) == words(text)



@pytest.fixture
def long_article(tmp_path, monkeypatch) -> str:
    """A 2 MB article: 25,000 short paragraphs, a figure near the start and one near the end."""
    folder = tmp_path / "articles"
    folder.mkdir()
    paragraphs = [FILLER] * 25_000
    paragraphs[5] = FIGURE
    paragraphs[-5] = FIGURE.replace("54,000", "55,000")
    body = "\n\n".join(paragraphs)
    assert len(body.encode()) > 2_000_000
    (folder / "2024-03-05-wire-long.md").write_text(
        "---\ntitle: Long\npublisher: Test Wire\npublished: 2024-03-05\nurl: https://example.test/long\n---\n" + body,
        encoding="utf-8")
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    return "2024-03-05-wire-long"


def test_a_2mb_article_renders_as_a_bounded_number_of_elements(long_article):
    at = AppTest.from_file(APP, default_timeout=300)
    at.switch_page("views/sources.py")
    at.run()
    assert not at.exception, at.exception
    assert at.selectbox(key="article").value == long_article
    assert len(at.markdown) + len(at.text) < 40, (len(at.markdown), len(at.text))
    body = [m.value for m in at.markdown if FILLER.split()[1] in unescape(m.value)]
    assert len(body) == 1 and len(body[0]) < 2 * ui.PAGE_CHARS  # one page, not the whole text
    assert ":orange-background[**54\\,000**]" in body[0]
    pager = at.selectbox(key=f"page-{long_article}")
    last = len(pager.options) - 1
    assert last >= 2_000_000 // ui.PAGE_CHARS - 1 and "1 figure(s)" in pager.options[last]
    pager.set_value(last).run()
    body = [m.value for m in at.markdown if FILLER.split()[1] in unescape(m.value)]
    assert len(body) == 1 and ":orange-background[**55\\,000**]" in body[0] and "54\\,000" not in body[0]
    assert len(at.markdown) + len(at.text) < 40


def test_a_cards_highlighted_quote_keeps_the_spaces_around_it():
    """A user-level audit: copying a passage card's sentence gave 'of the28,500U.S.': the escaping trimmed the
    spaces on either side of the highlighted quote."""
    from dashboard.app.passages import highlighted

    shown = highlighted("of the 28,500 U.S. troops", "28,500")
    plain = re.sub(r":orange-background\[\*\*(.*?)\*\*\]", r"\1", shown).replace("\\", "")
    assert plain == "of the 28,500 U.S. troops"
    assert highlighted("28,500 troops", "28,500").startswith(":orange-background")  # no space made up at the start


def test_a_cards_highlight_marks_the_quote_where_it_stands_alone_not_inside_another_number():
    """A browser audit: Slovakia's '2%' was highlighted inside Poland's '(2.42%)' on the card."""
    from dashboard.app.passages import highlighted

    shown = highlighted("Poland (2.42%), Slovakia (2%) and the UK (2.12%)", "2%")
    assert "(2.42%)" in shown.replace("\\", "") and "Slovakia (:orange-background[**2%**])" in shown.replace("\\", "")
    assert ":orange-background[**28\\,500**]" in highlighted("the 28,500 U.S. troops", "28,500")
