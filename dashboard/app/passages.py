"""Passages: article text shown literally, the quote highlighted, a card per figure with its source."""

from __future__ import annotations

import re
import urllib.parse
from contextlib import nullcontext

import pandas as pd
import streamlit as st

from dashboard import charts, schema
from dashboard.extraction.countries import gazetteer
from dashboard.ingest.urls import url_problem
from dashboard.tables import reference
from dashboard.tables.comparisons import comparison_text

# ---------------------------------------------------------------------------
# Passages: untrusted text shown literally
# ---------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:=^&\"'@%;/?,])")


_AUTOLINK_RE = re.compile(r"(?i)(?<=[a-z])(?=://)|(?<=www)(?=\.)|(?=@)")
_WORD_JOINER = "\u2060"


visible_controls = charts.visible_controls  # control and bidi characters as visible "\u202e" escapes


def md_escape(text: str) -> str:
    """Escape text for st.markdown so it shows literally: no HTML, links, LaTeX, colours, emphasis,
    icons or emoji, and no hidden reordering.

    Every ASCII punctuation character gets a backslash (CommonMark treats the pair as the plain
    character), and line breaks become spaces. Markdown also turns bare addresses (http://...,
    www...., name@host) into links whatever the escapes, so an invisible word joiner breaks those
    patterns; the text reads the same. Streamlit replaces ``:streamlit:``, ``:material_home:`` and
    emoji shortcodes (``:smile:``) in the text *after* the escapes are read, so a word joiner also
    follows every colon. Control and bidi characters (a right-to-left override in a file name)
    show as visible escapes.

    >>> print(md_escape("$5 <b>x</b> :red[y]").replace("\u2060", "+"))
    \\$5 \\<b\\>x\\<\\/b\\> \\:+red\\[y\\]
    >>> "\u2060" in md_escape("see http://x.test and www.x.test or a@x.test")
    True
    >>> print(md_escape("photo\u202egpj.txt"))
    photo\\\\u202egpj\\.txt
    """
    text = _AUTOLINK_RE.sub(_WORD_JOINER, " ".join(visible_controls(str(text)).split()))
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\\:", "\\:" + _WORD_JOINER)


def safe_url(url: str) -> str | None:
    """An http(s) URL made safe for a markdown link target, or None for anything else."""
    url = (url or "").strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        return None
    if "not a public page" in (url_problem(url, public=True) or ""):
        return None  # a link into the reader's own machine or network (an article saved before sources were checked)
    return urllib.parse.quote(url, safe=":/?#@!$&'*+,;=%-._~").replace("(", "%28").replace(")", "%29")


def highlighted(passage: str, quote: str) -> str:
    """The passage, escaped, with the quote highlighted where it stands."""
    passage = " ".join(str(passage).split())
    quote = " ".join(str(quote).split())
    at = _standalone(passage, quote) if quote else -1
    if at < 0:
        return md_escape(passage)
    before, after = passage[:at], passage[at + len(quote):]
    # the spaces around the quote are kept (escaping trims them): copied text read "of the28,500U.S."
    return (md_escape(before) + (" " if before.endswith(" ") else "") + f":orange-background[**{md_escape(quote)}**]"
            + (" " if after.startswith(" ") else "") + md_escape(after))


def _standalone(passage: str, quote: str) -> int:
    """Where the quote stands in the passage as a number of its own: not the "2%" inside "(2.42%)" (an audit saw
    Slovakia's 2% highlighted in Poland's figure); the first occurrence when none stands alone, -1 when none.

    >>> _standalone("Poland (2.42%), Slovakia (2%)", "2%")
    26
    """
    at = first = passage.find(quote)
    while at >= 0:
        before, after = passage[at - 1:at], passage[at + len(quote):at + len(quote) + 1]
        if not (before.isalnum() or before in ".,") and not (after.isdigit() or quote[-1:].isdigit() and after.isalnum()):
            return at
        at = passage.find(quote, at + 1)
    return first


def highlight_text(text: str, figures: pd.DataFrame) -> list[str]:
    """An article's clean text as escaped markdown paragraphs, each figure's quote highlighted at its offsets."""
    spans = sorted((int(s), int(e)) for s, e in zip(figures["start"], figures["end"], strict=True))
    out: list[str] = []
    pos = 0
    for para in text.split("\n\n"):
        start, end = pos, pos + len(para)
        pos = end + 2
        pieces, cursor = [], start
        for s, e in spans:
            if s < cursor or s >= end or e > end:
                continue
            pieces.append(md_escape(text[cursor:s]) + (" " if text[cursor:s].endswith((" ", "\n")) else ""))
            pieces.append(f":orange-background[**{md_escape(text[s:e])}**]")
            cursor = e
        tail = text[cursor:end]
        pieces.append((" " if tail.startswith((" ", "\n")) else "") + md_escape(tail))
        out.append("".join(pieces))
    return [p for p in out if p.strip()]


PAGE_CHARS = 20_000  # one markdown element per page: a 5 MB article is 250 pages, not 29,000 elements


def text_pages(text: str, spans: list[tuple[int, int]], size: int = PAGE_CHARS) -> list[tuple[int, int]]:
    """(start, end) offsets cutting ``text`` into pages of at most about ``size`` characters.

    A page ends at a paragraph break when there is one in its second half, else at a space, and
    never inside a figure's quote (``spans``), so every highlight stays whole on one page. The
    pages cover the text exactly: each starts where the one before ends.
    """
    spans = sorted(spans)
    pages, start, n = [], 0, len(text)
    while n - start > size:
        limit = start + size
        cut = text.rfind("\n\n", start + size // 2, limit)
        if cut < 0:
            cut = max(text.rfind(" ", start + size // 2, limit), text.rfind("\n", start + size // 2, limit))
        if cut <= start:
            cut = limit
        for s, e in spans:  # a cut inside a quote moves before it (or after it, if it starts the page)
            if s < cut < e:
                cut = s if s > start else e
        pages.append((start, cut))
        start = cut
    pages.append((start, n))
    return pages


def highlight_page(text: str, figures: pd.DataFrame, start: int = 0, end: int | None = None) -> str:
    """One page of an article (``text[start:end]``) as a single escaped markdown block, paragraphs
    apart, each figure's quote highlighted at its offsets."""
    end = len(text) if end is None else end
    inside = figures[(figures["start"] >= start) & (figures["end"] <= end)]
    shifted = pd.DataFrame({"start": inside["start"].astype(int) - start, "end": inside["end"].astype(int) - start})
    return "\n\n".join(highlight_text(text[start:end], shifted))


def figure_summary(r: pd.Series) -> str:
    metric = schema.METRICS.get(r["metric"])
    declared = schema.METRICS.get(r["metric"])
    host = gazetteer().name(r["host_iso3"]) if r["host_iso3"] else (  # ("United States \u2192 South Korea", as the
        "several hosts" if declared is not None and declared.needs_host else "")  # latest-figures list names it)
    who = r["country"] + (f" \u2192 {host}" if host else "")
    if declared is not None and declared.qualitative:
        value = f"claimed {r['direction']}"
    else:
        unit = r["unit"] if r["unit"] else ""
        value = charts.fmt_value(r["value"], unit)
    year = "" if pd.isna(r["year"]) else f" ({int(r['year'])})"
    bits = [f"**{md_escape(who)}**", md_escape(metric.label if metric else r["metric"]), f"**{md_escape(value)}**{year}"]
    if r["qualifier"]:
        bits.append(md_escape(r["qualifier"].replace("_", " ")))
    if r["stage"]:
        bits.append(md_escape(charts.PLANNED_LABEL if r["stage"] == schema.PLANNED else r["stage"]))
    bits.append(confidence_badge(r))
    if r.get("status", "extracted") != "extracted":
        label = r["status"]
        was = r.get("original_value")
        if r["status"] == "corrected" and pd.notna(was) and not (pd.notna(r["value"]) and float(was) == float(r["value"])):
            label += f" (was {charts.fmt_value(was, r['unit'])})"
        elif r["status"] == "corrected" and isinstance(r.get("review_changes"), str) and r.get("review_changes"):
            label += f" ({r['review_changes']})"  # a correction of the year, owner or stage only: say which
        bits.append(f":violet-badge[{md_escape(label)}]")
    return " \u00b7 ".join(bits)


def confidence_badge(r: pd.Series) -> str:
    """'confidence 0.85', an orange badge for a low one, and the extractor's score beside a reviewed 1."""
    confidence = r.get("confidence", pd.NA)
    text = charts.confidence_note(confidence)
    original = r.get("original_confidence", pd.NA)
    if not pd.isna(original) and original != confidence:
        text += f" (reviewed; extractor {round(float(original), 2):g})"
    return f":orange-badge[{md_escape(text)}]" if charts.is_low(confidence) else md_escape(text)


LOW_CONFIDENCE_CAPTION = ("Low confidence — check the passage: the extractor is unsure this figure (or whose "
                          "it is) is right.")


def passage_card(r: pd.Series, *, credit: bool = True, cite_folded: bool = False, how_read: str = "") -> None:
    """One figure: summary (with its confidence), the passage with the quote highlighted, the source, the
    World Bank value beside it where there is one, and a citation to copy.

    ``credit``: show the World Bank attribution under a comparison (a list of cards shows it once instead).
    ``cite_folded``: the citation box in a "Cite" popover, which the browser draws (and loads the code
    box's 1.6 MB highlighter for) only when opened: the Overview's cards, drawn with its first chart.
    ``how_read``: a line under the passage on how the figure was read (the Review page's card).
    """
    st.markdown(figure_summary(r))
    if charts.is_low(r.get("confidence", pd.NA)):
        st.caption(f":orange[**{md_escape(LOW_CONFIDENCE_CAPTION)}**]")
    st.markdown(highlighted(r["passage"], r["quote"]))
    if how_read:
        st.caption(md_escape(how_read))
    st.caption(source_line(r))
    if show_reference(r) and credit:
        st.caption(md_escape(reference_attribution()))
    cited = r.get("citation", "")
    if isinstance(cited, str) and cited:
        with st.popover("Cite", icon=":material/format_quote:") if cite_folded else nullcontext():
            st.code(visible_controls(cited), language=None, wrap_lines=True)


def show_reference(r: pd.Series) -> bool:
    """The figure beside its World Bank value ('World Bank 2024: 2.6% of GDP; this article: 2.8% (+8%)'), a
    difference beyond the threshold in orange with its likely reasons, or why there is no value. True when a
    reference value was shown (so its attribution is due)."""
    text = comparison_text(r)
    note = r.get("reference_note", "")
    note = note if isinstance(note, str) else ""
    if text:
        st.caption(md_escape(text) + (f" · :orange[**{md_escape(note)}**]" if note else ""))
    elif note:
        st.caption(md_escape(note))
    return bool(text)


def reference_attribution() -> str:
    """The World Bank attribution (CC BY 4.0 asks for it wherever its figures appear); a short credit if the
    tables cannot be read."""
    try:
        return reference.attribution()
    except reference.ReferenceDataError:
        return "Source: World Bank, World Development Indicators (SIPRI, IISS); CC BY 4.0."


def source_line(r: pd.Series) -> str:
    bits = [md_escape(r["title"] or r["article_id"])]
    bits += [md_escape(x) for x in (r["publisher"], r["published"]) if x]
    url = safe_url(r["url"])
    if url:
        bits.append(f"[source]({url})")
    return " \u00b7 ".join(bits)


SHOWN, SHOWN_CLICKED = 10, 30  # cards under a chart by default, and behind a click on it


def render_passages(df: pd.DataFrame, selected: list[str] | None = None, *, limit: int | None = None,
                    heading: str = "Source passages", cite_folded: bool = False, skip: int = 0) -> None:
    """The passages behind what a chart plots: quote highlighted in its sentence, with its source (``cite_folded``:
    see ``passage_card``).

    ``limit`` cards at most: by default SHOWN, or SHOWN_CLICKED for the points a click picked; ``skip`` leaves out
    the first ones (shown elsewhere). Each card is five or six elements the browser lays out again on every
    filter change, in the same burst as the page's first chart (benchmarks/RESULTS.md, the browser section).
    """
    if limit is None:
        limit = SHOWN_CLICKED if selected else SHOWN
    rows = df
    if selected:
        countries = [t[len(charts.COUNTRY_TOKEN):] for t in selected if t.startswith(charts.COUNTRY_TOKEN)]
        rows = df[df["figure_id"].isin(selected) | df["country_iso3"].isin(countries)]
    if heading:  # "" inside a container that already says what it holds
        st.subheader(heading)
    if selected:
        st.caption(f"Showing the {count_text(len(rows), 'figure')} behind the point you clicked. Click elsewhere on "
                   "the chart (or double-click) to show all.")
    if rows.empty:
        st.caption("No passages to show.")
        return
    # The order from the three key columns only, then the shown rows taken whole (sorting every column of a
    # 145,000-row view to show 30 of them was most of the Overview's first run at 10,000 articles).
    keys = rows[["country", "metric", "year"]].reset_index(drop=True)  # positions: the index may repeat a label
    shown = rows.iloc[keys.sort_values(["country", "metric", "year"], na_position="last").index[skip:limit]]
    for _, r in shown.iterrows():
        with st.container(border=True):
            passage_card(r, credit=False, cite_folded=cite_folded)
    if "reference_value" in shown.columns and shown["reference_value"].notna().any():
        st.caption(md_escape(reference_attribution()))
    if len(rows) > limit and (skip or limit >= SHOWN):  # a short first list has the rest in an expander below it
        st.caption(f"{len(rows) - limit} more; narrow the filters or download the CSV to see them all.")

def count_text(n: int, word: str, plural: str | None = None) -> str:
    """'1 figure', '2 figures', '1,200 figures': a count with its noun agreeing.

    >>> count_text(1, "article"), count_text(2, "article"), count_text(1200, "figure"), count_text(3, "entry", "entries")
    ('1 article', '2 articles', '1,200 figures', '3 entries')
    """
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"
