"""Untrusted text reaches markdown literally: no Streamlit shortcodes (icons, emoji, colours, the logo) and
no hidden bidi reordering (issue "Exact numbers, safe inputs, honest screens", item 8)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import charts
from dashboard.app import ui

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app" / "main.py")

# What Streamlit 1.67's markdown renderer (StreamlitMarkdown.js) replaces. ``SOURCE_*`` run on the markdown
# source before parsing; ``TEXT_*`` run on text nodes, i.e. after backslash escapes are read.
SOURCE_EMOJI_GATE = re.compile(r":(?!material/|streamlit:)[\w+-][\w_+-]*:")  # loads remark-emoji
TEXT_PATTERNS = [re.compile(r":material_(\w+):"), re.compile(r":streamlit:"),
                 re.compile(r":\+1:|:-1:|:[\w-]+:")]  # Material icons, the logo, emoji shortcodes
DIRECTIVE = re.compile(r"(?<!\\):[a-z][a-z0-9-]*\[")  # :red[...], :material/...: after the source rewrite
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
HOSTILE = [":material/home:", ":material_home:", ":red[text]", ":smile:", ":streamlit:", ":+1:",
           "a :blue-background[b]: c", ":orange-badge[x]", "x:material/star:y"]


def text_nodes(markdown: str) -> str:
    """What CommonMark leaves of escaped text: a backslash before punctuation drops out."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


@pytest.mark.parametrize("raw", HOSTILE)
def test_shortcodes_are_escaped_for_streamlit_markdown(raw):
    out = ui.md_escape(raw)
    source = out.replace(":material/", ":material_")  # Streamlit's own rewrite of the source
    assert not SOURCE_EMOJI_GATE.search(out) and not DIRECTIVE.search(source)
    for pattern in TEXT_PATTERNS:
        assert not pattern.search(text_nodes(source)), (raw, pattern.pattern)
    assert text_nodes(out).replace("\u2060", "") == raw  # reads the same


@pytest.mark.parametrize("ch", list(BIDI) + ["\x07", "\x1b", "\x7f", "\x9b"])
def test_bidi_and_control_characters_become_visible_escapes(ch):
    name = f"invoice{ch}txt.exe"
    for out in (ui.md_escape(name), ui.visible_controls(name), charts.esc(name)):
        assert ch not in out
    assert f"\\u{ord(ch):04x}" in text_nodes(ui.md_escape(name))
    assert ui.visible_controls(name) == f"invoice\\u{ord(ch):04x}txt.exe"
    assert ui.visible_controls("tab\tand\nlines") == "tab\tand\nlines"  # whitespace is not a control here



@pytest.fixture
def hostile_library(tmp_path, seed_path, monkeypatch) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(seed_path, folder / seed_path.name)
    (folder / "2024-03-05-wire-shortcodes.md").write_text(
        "---\ntitle: ':streamlit: :material_home: :red[Red] title'\npublisher: 'Wire \u202eevil'\n"
        "published: 2024-03-05\nurl: https://example.test/x\n---\n"
        "About 54,000 U.S. troops :smile: are stationed in Japan :material/home: officials said :streamlit:.\n",
        encoding="utf-8")
    (folder / "empty\u202etxt.md").write_bytes(b"")  # refused: its name shows in the problems list
    monkeypatch.setenv("DEFENSE_DATA_DIR", str(tmp_path))
    return tmp_path


def _all_text(at: AppTest) -> list[str]:
    return ([m.value for m in at.markdown] + [c.value for c in at.caption] + [t.value for t in at.text]
            + [e.value for e in at.error] + [w.value for w in at.warning])


@pytest.mark.parametrize("page", ["overview.py", "overview.py?open", "troops.py", "sources.py"])
def test_pages_show_shortcodes_and_bidi_names_literally(hostile_library, page):
    at = AppTest.from_file(APP, default_timeout=60)
    opened = page.endswith("?open")
    if opened:  # the Overview with its passage cards and its full table drawn
        page = "overview.py"
        at.query_params.update(passages="true", table="true")
    if page != "overview.py":
        at.switch_page(f"views/{page}")
    at.run()
    if page == "sources.py":
        at.selectbox(key="article").set_value("2024-03-05-wire-shortcodes").run()
    assert not at.exception, at.exception
    shown = _all_text(at)
    joined = "\n".join(shown)
    assert "\u202e" not in joined and "\\u202e" in text_nodes(joined)  # the refused file's name, made visible
    markdown = [m.value for m in at.markdown] + [c.value for c in at.caption]
    assert any("material" in text_nodes(m) for m in markdown)  # the hostile article is on this page
    for m in markdown:
        source = m.replace(":material/", ":material_")
        assert not SOURCE_EMOJI_GATE.search(m), m
        for pattern in TEXT_PATTERNS:
            assert not pattern.search(text_nodes(source)), (pattern.pattern, m)
    tables = [df.value for df in at.dataframe]
    assert not opened or (tables and at.code), "the expanders' cards and table are drawn"
    for table in tables:
        for column in table.columns:
            if table[column].dtype == object or str(table[column].dtype) == "string":
                assert not table[column].astype(str).str.contains("\u202e").any(), column
