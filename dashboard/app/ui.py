"""The Streamlit shell shared by every page: cached loading, sidebar filters, passages, downloads.

Pages stay thin (widgets -> filter -> figure -> passages); everything they need twice is here.
Caching sits only at the loaders and is keyed by the files' names, sizes and mtimes, so a new or
edited article (or a new review decision) is seen on the next rerun of any session.
"""

from __future__ import annotations

import hashlib
import os
import re
import urllib.parse
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import charts, schema
from dashboard.app.mapconfig import plotly_config
from dashboard.extraction.countries import gazetteer
from dashboard.ingest.articles import SUFFIXES, Article, ArticleError, read_article
from dashboard.paths import articles_dir, data_dir, reviews_path
from dashboard.tables.export import to_csv_bytes
from dashboard.tables.filters import Filters, apply_filters, download_name
from dashboard.tables.frames import article_rows, assemble

# ---------------------------------------------------------------------------
# Loading (the only cached layer)
# ---------------------------------------------------------------------------


@dataclass
class Library:
    articles: pd.DataFrame
    figures: pd.DataFrame
    problems: list[str] = field(default_factory=list)
    orphans: list = field(default_factory=list)


def _fingerprint(folder: Path) -> tuple:
    """(name, size, mtime) of every article file: changes when any file is added, edited or removed."""
    if not folder.is_dir():
        return ()
    entries = []
    with os.scandir(folder) as it:
        for e in it:
            if e.name.lower().endswith(SUFFIXES) and not e.name.startswith((".", "~")) and e.is_file():
                stat = e.stat()
                entries.append((e.name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(entries))


def _file_fingerprint(path: Path) -> tuple:
    try:
        stat = path.stat()
        wal = path.with_name(path.name + "-wal")
        wal_stat = wal.stat() if wal.exists() else None
        return (stat.st_size, stat.st_mtime_ns, wal_stat.st_size if wal_stat else 0,
                wal_stat.st_mtime_ns if wal_stat else 0)
    except OSError:
        return ()


@st.cache_data(max_entries=20000, show_spinner=False)
def _read_one(path: str, size: int, mtime_ns: int) -> tuple[Article | None, list[dict], str]:
    """(article, figure rows, problem) for one file; keyed by its size and mtime."""
    try:
        article = read_article(Path(path))
    except ArticleError as exc:
        return None, [], str(exc)
    rows, problem = article_rows(article)  # an extraction error costs this article only, with its name
    return article, rows, problem or ""


@st.cache_resource(max_entries=4, show_spinner="Reading the article library\u2026")
def _load_articles(folder: str, digest: str) -> Library:
    """The extracted library for one state of the article files (``digest`` names it; see load_library).

    A shared resource, not a copy per rerun (unpickling a 100,000-row table on every filter change
    cost seconds): callers must not modify it, and nothing does: filters, reviews and charts all
    return new frames. Review decisions are applied on top (_with_reviews), so a decision does not
    re-read the articles.
    """
    articles, rows, problems = [], [], []
    for name, size, mtime in _fingerprint(Path(folder)):
        article, file_rows, problem = _read_one(str(Path(folder) / name), size, mtime)
        if problem:
            problems.append(problem)
        if article is None:
            continue
        articles.append(article)
        rows.extend(file_rows)
    table, figures = assemble(articles, rows, problems)
    return Library(table, figures, figures.attrs["problems"], [])


@st.cache_resource(max_entries=4, show_spinner=False)
def _with_reviews(folder: str, digest: str, reviews: str, reviews_fp: tuple) -> Library:
    """The library with the latest review decisions applied (shared, read-only, like _load_articles)."""
    base = _load_articles(folder, digest)
    if not reviews_fp:
        return base
    try:
        from dashboard.tables.reviews import ReviewStore, apply_decisions

        latest = ReviewStore(Path(reviews)).latest()
        if not latest:
            return base
        figures, orphans = apply_decisions(base.figures, latest)
    except Exception as exc:  # noqa: BLE001 - a broken review db must not hide the figures
        return Library(base.articles, base.figures,
                       [*base.problems, f"review decisions could not be read ({type(exc).__name__}: {exc})"], [])
    return Library(base.articles, figures, base.problems, orphans)


def article_text(library: Library, article_id: str) -> str:
    """One article's clean text, read through the per-file cache (the library does not carry texts,
    so a rerun does not copy every article's text out of the cache)."""
    rows = library.articles[library.articles["article_id"] == article_id]
    if rows.empty:
        return ""
    path = Path(rows.iloc[0]["path"])
    try:
        stat = path.stat()
    except OSError:
        return ""
    article = _read_one(str(path), stat.st_size, stat.st_mtime_ns)[0]
    return article.text if article else ""


def load_library() -> Library:
    """The whole library, from cache when no file changed since the last load."""
    folder = articles_dir()
    reviews = reviews_path()
    # The cache key is a digest of every file's name, size and mtime: Streamlit hashing a tuple of
    # 10,000 entries itself took a large share of each rerun.
    digest = hashlib.blake2b(repr(_fingerprint(folder)).encode(), digest_size=16).hexdigest()
    return _with_reviews(str(folder), digest, str(reviews), _file_fingerprint(reviews))


# ---------------------------------------------------------------------------
# Sidebar filters, bound to the URL
# ---------------------------------------------------------------------------

COUNTRY_KEY, METRIC_KEY, YEARS_KEY, PUBLISHER_KEY, REJECTED_KEY = "country", "metric", "years", "publisher", "rejected"


def _url_bound(key: str, decode, encode) -> Callable[[], None]:
    """Keep widget ``key`` and the URL's ``key`` values in step; return the widget's on_change.

    ``bind="query-params"`` replaces the browser's history entry, so Back left the app after a
    filter change. Here the URL is read on every run (a link, Back or Forward sets the widget), and
    a change the user makes is written through st.query_params, which adds a history entry.
    ``decode`` maps the URL's list of strings to a widget value (or None: leave the widget as it is);
    ``encode`` maps a widget value to that list ([] removes the key).
    """
    raw = st.query_params.get_all(key)
    seen_key = f"_url_{key}"
    if raw != st.session_state.get(seen_key):  # the URL changed under us: a link, Back or Forward
        value = decode(raw)
        if value is not None:
            st.session_state[key] = value
        st.session_state[seen_key] = raw

    def to_url() -> None:
        values = encode(st.session_state[key])
        if values:
            st.query_params[key] = values
        elif key in st.query_params:
            del st.query_params[key]
        st.session_state[seen_key] = [str(v) for v in values]

    return to_url


def sidebar_filters(figures: pd.DataFrame) -> Filters:
    """Countries, metric, years, publisher: in the sidebar of every page and in the URL (with history)."""
    sb = st.sidebar
    sb.header("Filters")
    gaz = gazetteer()
    # unique() first: iterating a 100,000-row Arrow string column in Python takes seconds
    codes = set(figures["country_iso3"].unique()) | {h for h in figures["host_iso3"].unique() if h}
    by_name = {gaz.name(c): c for c in codes if c}
    sync = _url_bound(COUNTRY_KEY, lambda raw: [n for n in raw if n in by_name], list)
    picked_names = sb.multiselect("Countries", sorted(by_name), key=COUNTRY_KEY, on_change=sync,
                                  placeholder="All countries",
                                  help="A country matches the figures it owns and the troops it hosts.")
    chosen = [by_name[n] for n in picked_names if n in by_name]
    present = set(figures["metric"].unique())
    metrics = [m for m in schema.METRICS if m in present]
    by_label = {schema.METRICS[m].label: m for m in metrics}
    sync = _url_bound(METRIC_KEY, lambda raw: [by_label[v] for v in raw if v in by_label],
                      lambda ms: [schema.METRICS[m].label for m in ms])
    chosen_metrics = sb.multiselect("Metric", metrics, key=METRIC_KEY, on_change=sync,
                                    format_func=lambda m: schema.METRICS[m].label, placeholder="All metrics")
    years = figures["year"].dropna().astype(int)
    year_range = None
    if len(years) and years.min() < years.max():
        lo, hi = int(years.min()), int(years.max())

        def span(raw: list[str]) -> tuple[int, int]:
            try:
                a, b = sorted(int(v) for v in raw[:2]) if len(raw) >= 2 else (lo, hi)
            except ValueError:
                a, b = lo, hi
            return max(lo, min(a, hi)), max(lo, min(b, hi))

        sync = _url_bound(YEARS_KEY, span, lambda v: [] if tuple(v) == (lo, hi) else [str(v[0]), str(v[1])])
        if YEARS_KEY not in st.session_state:
            st.session_state[YEARS_KEY] = (lo, hi)
        picked = sb.slider("Years", lo, hi, key=YEARS_KEY, on_change=sync)
        if tuple(picked) != (lo, hi):
            year_range = (int(picked[0]), int(picked[1]))
    elif len(years):
        sb.caption(f"All figures refer to {int(years.min())}.")
    publishers = sorted(p for p in figures["publisher"].unique() if p)
    chosen_publishers: list[str] = []
    if publishers:
        sync = _url_bound(PUBLISHER_KEY, lambda raw: [p for p in raw if p in publishers], list)
        chosen_publishers = sb.multiselect("Publisher", publishers, key=PUBLISHER_KEY, on_change=sync,
                                           format_func=visible_controls, placeholder="All publishers")
    sync = _url_bound(REJECTED_KEY, lambda raw: bool(raw) and raw[-1].lower() in ("true", "1", "yes"),
                      lambda on: ["true"] if on else [])
    rejected = sb.checkbox("Show rejected figures", key=REJECTED_KEY, on_change=sync,
                           help="Figures a reviewer rejected are hidden unless you ask for them.")
    return Filters(tuple(chosen), tuple(chosen_metrics), year_range, tuple(chosen_publishers), bool(rejected))


def url_choice(label: str, options: list[str], key: str, **kwargs) -> str | None:
    """A select box whose choice is in the URL as the option itself (``?article=<id>``), not its label.

    ``bind="query-params"`` would put the formatted label in the URL, so a link by id picks nothing
    (and shows the first option). Here a link (or Back / Forward) that names an option selects it,
    an unknown value leaves the first option, and a choice the user makes is written to the URL
    through st.query_params, which adds a browser history entry.
    """
    wanted = st.query_params.get(key)
    seen_key = f"_url_{key}"
    if wanted != st.session_state.get(seen_key, "\0"):  # the URL changed under us: a link, Back or Forward
        st.session_state[key] = wanted if wanted in options else (options[0] if options else None)
        st.session_state[seen_key] = wanted
    if wanted is not None and wanted not in options:
        st.caption(f"No {md_escape(key)} {md_escape(wanted)} in the library; showing the first one.")

    def to_url() -> None:
        st.query_params[key] = st.session_state[key]
        st.session_state[seen_key] = st.session_state[key]

    return st.selectbox(label, options, key=key, on_change=to_url, **kwargs)


def visible_table(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """A copy of ``df`` with control and bidi characters in these (untrusted) text columns made visible."""
    return df.assign(**{c: df[c].map(visible_controls, na_action="ignore") for c in columns if c in df.columns})


def filtered(library: Library, f: Filters) -> pd.DataFrame:
    return apply_filters(library.figures, f)


# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------


def empty_library_message() -> None:
    folder = articles_dir()
    st.info(
        f"The library is empty: there are no article files in `{md_escape(str(folder))}`.\n\n"
        "Add articles on the **Add articles** page (paste text, upload .txt/.md/.html files, or give a URL), "
        "or put files in that folder and reload. "
        "From a terminal: `python -m dashboard add story.html`."
    )


# The chart page that draws each metric (the Data and Review pages list them all): a no-match message
# on one page says where the current filter does have figures.
PAGE_METRICS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "troops": ("Troop strength", "troop deployments", schema.metrics_where(page="troops")),
    "active": ("Active forces", "active or reserve personnel figures", schema.metrics_where(page="active")),
    "budgets": ("Budget trends", "budget figures", schema.metrics_where(page="budgets")),
}


def _current_page() -> str:
    """The running page's URL path ('troops'), '' when Streamlit does not say."""
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
        info = ctx.pages_manager.get_pages().get(ctx.page_script_hash, {}) if ctx else {}
        return str(info.get("url_pathname", "") or "")
    except Exception:  # noqa: BLE001 - an internal API: without it the message is just less specific
        return ""


def filter_scope(f: Filters) -> str:
    """What the filters ask for, in words: 'Japan, 2024-2026'; 'the library' when nothing is filtered."""
    gaz = gazetteer()
    bits = [", ".join(gaz.name(c) for c in f.countries)] if f.countries else []
    if f.metrics:
        bits.append(", ".join(schema.METRICS[m].label if m in schema.METRICS else m for m in f.metrics))
    if f.years:
        bits.append(str(f.years[0]) if f.years[0] == f.years[1] else f"{f.years[0]}\u2013{f.years[1]}")
    if f.publishers:
        bits.append(", ".join(f.publishers))
    return " \u00b7 ".join(bits) or "the library"


def figures_elsewhere(view: pd.DataFrame, skip: str = "") -> str:
    """'1 defense budget figure on Budget trends; 1 troops deployed abroad figure on Troop strength'."""
    counts = view["metric"].value_counts()
    parts = []
    for page, (title, _, metrics) in PAGE_METRICS.items():
        here = [count_text(int(counts[m]), f"{schema.METRICS[m].label.lower()} figure")
                for m in metrics if m in counts.index and page != skip]
        if here:
            parts.append(f"{' and '.join(here)} on {title}")
    return "; ".join(parts)


def no_match_message(f: Filters) -> str:
    """Say that nothing matches, and where the current filter does have figures (page by page).

    Returns "" (not None) so a page's ``message(f) if ... else ...`` expression statement, which
    Streamlit's magic hands to st.write, adds nothing visible.
    """
    library = shared().library
    view = filtered(library, f)
    page = _current_page()
    scope = filter_scope(f)
    if page in PAGE_METRICS and not view.empty:
        elsewhere = figures_elsewhere(view, skip=page)
        text = f"No {PAGE_METRICS[page][1]} for {scope}." + (f" {scope[0].upper()}{scope[1:]} has {elsewhere}."
                                                                 if elsewhere else "")
        st.warning(md_escape(text) + ("" if not f.active else " Pick other filters in the sidebar to see more here."))
        return ""
    text = f"No figures match these filters ({scope})."
    everything = filtered(library, Filters(include_rejected=f.include_rejected))
    hidden = int((library.figures["status"] == "rejected").sum()) if not f.include_rejected else 0
    st.warning(md_escape(text) + " Widen the year range, pick other countries or metrics, or clear the filters in "
               "the sidebar." + (f" The library has {md_escape(figures_elsewhere(everything))}."
                                 if not everything.empty else "")
               + (f" {count_text(hidden, 'rejected figure')} hidden." if hidden else ""))
    return ""


def library_counts(library: Library) -> str:
    """'1 article · 3 figures · 2 to review · 1 rejected' for the sidebar."""
    figures = library.figures
    text = f"{count_text(len(library.articles), 'article')} \u00b7 {count_text(len(figures), 'figure')}"
    if len(figures) and "status" in figures.columns:
        to_review, rejected = int((figures["status"] == "extracted").sum()), int((figures["status"] == "rejected").sum())
        text += f" \u00b7 {to_review:,} to review" + (f" \u00b7 {rejected:,} rejected" if rejected else "")
    return text


def refresh_sidebar_counts() -> None:
    """Redraw the sidebar counts from the files now: a page that just wrote a decision calls this, so the
    sidebar shows the new state in the same run (it was drawn before the page ran)."""
    slot = shared().counts_slot
    if slot is not None:
        slot.caption(library_counts(load_library()))


def count_text(n: int, word: str, plural: str | None = None) -> str:
    """'1 figure', '2 figures', '1,200 figures': a count with its noun agreeing.

    >>> count_text(1, "article"), count_text(2, "article"), count_text(1200, "figure"), count_text(3, "entry", "entries")
    ('1 article', '2 articles', '1,200 figures', '3 entries')
    """
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


# ---------------------------------------------------------------------------
# Tables of figures: what a reader looks for first, ids last
# ---------------------------------------------------------------------------

LEAD_COLUMNS = ("country", "metric", "value", "year", "quote")
ID_COLUMNS = ("article_id", "figure_id")


def plain_number(value: float) -> str:
    """A number with thousands separators and never in exponent notation (12 significant digits).

    >>> plain_number(28500), plain_number(6.63e13), plain_number(8.25), plain_number(-1.5e-3)
    ('28,500', '66,300,000,000,000', '8.25', '-0.0015')
    """
    return f"{Decimal(f'{float(value):.12g}'):,f}"


def value_text(value: object, unit: str = "", metric: str = "", direction: str = "") -> str:
    """A figure as a reader says it: '28,500 persons', '66,300,000,000,000 KRW', '8.2%', 'claimed increase'."""
    if metric in schema.METRICS and schema.METRICS[metric].qualitative:
        return f"claimed {direction}".strip()
    if value is None or pd.isna(value):
        return ""
    number = plain_number(float(value))
    return f"{number}%" if unit == "percent" else f"{number} {unit or ''}".strip()


def figure_table(df: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """A display copy of a figures table: country, metric, value (with its unit), year, quote first, then
    ``columns`` (default: every other column in the table's order), article and figure ids last.

    ``value`` and ``original_value`` become text with thousands separators (money values run to
    10^13, which a number column would show in exponent notation); downloads keep the numbers.
    """
    units = df["unit"] if "unit" in df.columns else pd.Series("", index=df.index)
    metrics = df["metric"] if "metric" in df.columns else pd.Series("", index=df.index)
    directions = df["direction"] if "direction" in df.columns else pd.Series("", index=df.index)
    out = df.copy()
    if "host_iso3" in out.columns:  # a name beside the owner's name, not a code ('Europe (region)' for a region)
        gaz = gazetteer()
        names = {c: gaz.name(c) for c in out["host_iso3"].dropna().unique() if c}
        out.insert(out.columns.get_loc("host_iso3"), "host", out["host_iso3"].map(lambda c: names.get(c, "")))
        columns = None if columns is None else [("host" if c == "host_iso3" else c) for c in columns]
    for col in ("value", "original_value"):
        if col in out.columns:
            out[col] = [value_text(v, u, m if col == "value" else "", d)
                        for v, u, m, d in zip(df[col], units, metrics, directions, strict=True)]
    rest = [c for c in (columns if columns is not None else list(out.columns))
            if c in out.columns and c not in LEAD_COLUMNS and c not in ID_COLUMNS]
    if "host" in out.columns and columns is None:
        rest = ["host", *[c for c in rest if c != "host"]]
    order = [c for c in LEAD_COLUMNS if c in out.columns] + rest + [c for c in ID_COLUMNS if c in out.columns
                                                                     and (columns is None or c in columns)]
    return out[order]


def show_problems(library: Library) -> None:
    if library.problems:
        with st.expander(f"{count_text(len(library.problems), 'problem')} while reading the library"):
            for p in library.problems:
                st.text(visible_controls(p))  # a file name's bidi override must not reorder the line
    if library.orphans:
        with st.expander(f"{count_text(len(library.orphans), 'review decision')} no longer "
                         f"{'matches' if len(library.orphans) == 1 else 'match'} a figure"):
            st.caption("The article was edited or removed since the decision. The decisions are kept.")
            for d in library.orphans:
                st.text(f"{d.figure_id}: {d.decision} (quote: {d.quote!r})")


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
    return urllib.parse.quote(url, safe=":/?#@!$&'*+,;=%-._~").replace("(", "%28").replace(")", "%29")


def highlighted(passage: str, quote: str) -> str:
    """The passage, escaped, with the quote highlighted where it stands."""
    passage = " ".join(str(passage).split())
    quote = " ".join(str(quote).split())
    at = passage.find(quote) if quote else -1
    if at < 0:
        return md_escape(passage)
    before, after = passage[:at], passage[at + len(quote):]
    return f"{md_escape(before)}:orange-background[**{md_escape(quote)}**]{md_escape(after)}"


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
    host = r["host_iso3"] or ("several hosts" if declared is not None and declared.needs_host else "")
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
        if r["status"] == "corrected" and pd.notna(r.get("original_value")):
            label += f" (was {charts.fmt_value(r['original_value'], r['unit'])})"
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


def passage_card(r: pd.Series) -> None:
    """One figure: summary (with its confidence), the passage with the quote highlighted, the source."""
    st.markdown(figure_summary(r))
    if charts.is_low(r.get("confidence", pd.NA)):
        st.caption(f":orange[**{md_escape(LOW_CONFIDENCE_CAPTION)}**]")
    st.markdown(highlighted(r["passage"], r["quote"]))
    st.caption(source_line(r))


def source_line(r: pd.Series) -> str:
    bits = [md_escape(r["title"] or r["article_id"])]
    bits += [md_escape(x) for x in (r["publisher"], r["published"]) if x]
    url = safe_url(r["url"])
    if url:
        bits.append(f"[source]({url})")
    return " \u00b7 ".join(bits)


def render_passages(df: pd.DataFrame, selected: list[str] | None = None, *, limit: int = 30,
                    heading: str = "Source passages") -> None:
    """The passages behind what a chart plots: quote highlighted in its sentence, with its source."""
    rows = df
    if selected:
        countries = [t[len(charts.COUNTRY_TOKEN):] for t in selected if t.startswith(charts.COUNTRY_TOKEN)]
        rows = df[df["figure_id"].isin(selected) | df["country_iso3"].isin(countries)]
    st.subheader(heading)
    if selected:
        st.caption(f"Showing the {count_text(len(rows), 'figure')} behind the point you clicked. Click elsewhere on "
                   "the chart (or double-click) to show all.")
    if rows.empty:
        st.caption("No passages to show.")
        return
    rows = rows.sort_values(["country", "metric", "year"], na_position="last")
    for _, r in rows.head(limit).iterrows():
        with st.container(border=True):
            passage_card(r)
    if len(rows) > limit:
        st.caption(f"{len(rows) - limit} more; narrow the filters or download the CSV to see them all.")


def show_chart(fig, key: str) -> list[str]:
    """Draw a chart (offline map assets, PNG export) and return the figure ids of clicked points."""
    event = st.plotly_chart(fig, key=key, on_select="rerun", selection_mode="points", config=plotly_config(),
                            width="stretch")
    return charts.selected_ids(event)


# ---------------------------------------------------------------------------
# Downloads
# ---------------------------------------------------------------------------


EAGER_DOWNLOAD_ROWS = 2000


def _csv(df: pd.DataFrame):
    """CSV bytes for a download button: built now for small tables, on click for large ones.

    A download button's data is sent to the browser on every rerun; for thousands of rows that
    would dominate a filter change, so large tables are handed over as a callable instead.
    """
    if len(df) <= EAGER_DOWNLOAD_ROWS:
        return to_csv_bytes(df)
    return lambda: to_csv_bytes(df)


def downloads(view: pd.DataFrame, whole: pd.DataFrame, f: Filters, key: str) -> None:
    """Two CSV downloads: the figures behind this view, and the whole table."""
    left, right = st.columns(2)
    left.download_button(
        f"Download these figures ({count_text(len(view), 'figure')}, CSV)",
        _csv(view), file_name=download_name(f),
        mime="text/csv", key=f"{key}-view", disabled=view.empty,
        help="Every row carries its quote, passage, article title, publisher, date and link.",
    )
    right.download_button(
        f"Download the whole table ({count_text(len(whole), 'figure')})", _csv(whole), file_name=download_name(f, whole=True),
        mime="text/csv", key=f"{key}-all", disabled=whole.empty,
    )


@dataclass(frozen=True)
class Shared:
    """What every page works from in one run: the library and the sidebar's filters."""

    library: Library
    filters: Filters
    counts_slot: object | None = None  # the sidebar's counts line, redrawn after a page writes a decision


# Set by start_run() in the main script and read by shared() in the page it then runs: both happen in the
# same script run, on the same thread, so a context variable carries the value with no session keys.
_SHARED: ContextVar[Shared | None] = ContextVar("dashboard_shared", default=None)


def start_run() -> Shared:
    """The main script's one call before a page runs: load the library, draw the sidebar filters (bound to the
    URL) and the counts line. Every page then gets the same objects from ``shared()``."""
    library = load_library()
    filters = sidebar_filters(library.figures)
    slot = st.sidebar.empty()
    slot.caption(library_counts(library))
    value = Shared(library, filters, slot)
    _SHARED.set(value)
    return value


def shared() -> Shared:
    """The library and filters of this run (see ``start_run``); a page run on its own gets the library
    and no filters."""
    value = _SHARED.get()
    return value if value is not None else Shared(load_library(), Filters())


def page_data(title: str, caption: str) -> tuple[Library, Filters, pd.DataFrame] | None:
    """Common start of a data page: title, the library, the filters; None when there is nothing to show."""
    st.title(title)
    st.caption(caption)
    library, f = shared().library, shared().filters
    show_problems(library)
    if library.figures.empty:
        empty_library_message()
        return None
    view = filtered(library, f)
    return library, f, view


__all__ = ["Library", "Shared", "load_library", "start_run", "shared", "sidebar_filters", "render_passages",
           "show_chart", "downloads", "md_escape", "safe_url", "highlighted", "page_data", "data_dir"]
