"""Cleaning: plain text without the page's debris (menus, sign-up boxes, captions), and an HTML page reduced
to its article body with its own title, date and address."""

from __future__ import annotations

import re

from dashboard.ingest.errors import ArticleError

# ---------------------------------------------------------------------------
# Cleaning
# ---------------------------------------------------------------------------

_DEBRIS_LINE_RE = re.compile(
    r"^\s*(?:[|\u2022*·>\-]\s*)*(?:menu|search|close|home|share|subscribe|sign\s+in|log\s*in|login|"
    r"register|advertisement|advertising|politics|business|world|markets?|market\s+data|economy|"
    r"sections?|skip\s+to\s+(?:main\s+)?content|next|previous|back\s+to\s+top|print|email|tweet|"
    r"facebook|twitter|linkedin|whatsapp|comments?|related|more|trending|latest|top\s+stories)"
    r"(?:\s*[|\u2022·]\s*\w+)*\s*[|:]?\s*$",
    re.IGNORECASE,
)
# A debris paragraph opens on a sign-up line, or holds a newsletter box or a photo credit anywhere. The two
# halves are two patterns: the opening is tried once (match), and the search for the rest starts only where
# its first letter stands (the lookahead, read with the same case folding), not with every alternative at
# every position of the paragraph. Together they answer exactly as the one pattern did.
_DEBRIS_OPENING_RE = re.compile(
    r"\s*(?:welcome\s+to\b|sign\s+up\b|subscribe\b|follow\s+us\b|share\s+this\b|read\s+more\b|"
    r"related\s*:|click\s+here\b|copyright\b|\u00a9|all\s+rights\s+reserved|get\s+the\s+latest\b|"
    r"join\s+our\b|download\s+our\s+app)",
    re.IGNORECASE,
)
_DEBRIS_INSIDE_RE = re.compile(
    r"(?=[ndvpis])(?:newsletter|daily\s+updates|via\s+wikimedia\s+commons|"
    r"(?:photo|image|source)\s*:.{0,120}\b(?:public\s+domain|getty|reuters|ap\s+photo|afp|cc[\s-]by|shutterstock))",
    re.IGNORECASE,
)


# Every match of _DEBRIS_INSIDE_RE holds one of these words. In ASCII text, where case folding is plain
# A-Z/a-z, a paragraph whose lower-cased copy holds none of them cannot match, and the search (which tries its
# alternatives at nearly every letter) is skipped: the same answers at a fraction of the cost on article text.
_INSIDE_WORDS = ("newsletter", "daily", "wikimedia", "photo", "image", "source")


def is_debris_paragraph(paragraph: str) -> bool:
    """A sign-up box, a newsletter line or a photo credit rather than the article's own text."""
    if _DEBRIS_OPENING_RE.match(paragraph):
        return True
    if paragraph.isascii():
        low = paragraph.lower()
        if not any(word in low for word in _INSIDE_WORDS):
            return False
    return bool(_DEBRIS_INSIDE_RE.search(paragraph))


_PUNCT_ONLY_RE = re.compile(r"^[\s|\u2022·*\-_=~.:]*$")


def clean_plain_text(body: str, title: str = "") -> str:
    """Drop navigation debris, newsletter boxes and captions; keep the article's paragraphs.

    Paragraphs are blocks separated by blank lines. The characters kept are exactly the
    article's: no quote or space is changed here (matching normalises a copy).
    """
    kept: list[str] = []
    for block in re.split(r"\n[ \t]*\n", body):
        lines = [ln for ln in block.split("\n") if not _DEBRIS_LINE_RE.match(ln) and not _PUNCT_ONLY_RE.match(ln)]
        paragraph = "\n".join(ln.rstrip() for ln in lines).strip()
        if not paragraph or is_debris_paragraph(paragraph):
            continue
        if title and paragraph.strip().lower() == title.strip().lower():
            continue  # the headline repeated above the body
        kept.append(paragraph)
    return "\n\n".join(kept)


# Elements of trafilatura's output tree that stand on their own: each becomes a paragraph.
_BLOCK_TAGS = {"head", "p", "quote", "item", "list", "code", "table", "row", "cell", "graphic", "div", "section",
               "main", "body", "article", "doc", "comments"}


def _tree_text(body: object) -> str:
    """The text of trafilatura's XML body with its block structure: one paragraph (blank line) per
    heading, paragraph, quote and list item, and a line break for each ``<br>``."""
    out: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            out.append("\n\n")
        if tag == "lb":
            out.append("\n")
        elif tag == "item":
            out.append("- ")
        if tag and el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        if block:
            out.append("\n\n")
        if el.tail:
            out.append(el.tail)

    walk(body)
    paragraphs = []
    for block in re.split(r"\n[ \t\r\f\v]*\n", "".join(out)):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        text = "\n".join(line for line in lines if line and line != "-")
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _page_url(tree: object) -> str:
    """The address a page claims for itself: its canonical link, else its og:url.

    ``<base href>`` is not a claim about the page (it only resolves relative links), so unlike
    trafilatura's own guess it never counts.
    """
    for xpath, attr in (('.//head//link[@rel="canonical"]', "href"), ('.//head//meta[@property="og:url"]', "content")):
        element = tree.find(xpath)
        value = element.get(attr) if element is not None else None
        if value and value.strip():
            value = value.strip()
            return f"https:{value}" if value.startswith("//") else value
    return ""


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def _stated_in(iso: str, text: str) -> bool:
    """Whether the text writes out the day ``iso`` names (with its day and month, not only its year): a date found
    by searching the text is kept only then. An audit's page with no date but "in 2024" in its body was published,
    by that search, on 2024-01-01, and the day went into its file name and citation.

    >>> _stated_in("2023-05-12", "Published: 12 May 2023"), _stated_in("2024-01-01", "troops in Latvia in 2024")
    (True, False)
    """
    try:
        year, month, day = (int(x) for x in iso[:10].split("-"))
    except ValueError:
        return False
    name = _MONTHS[month - 1][:3] if 1 <= month <= 12 else "?"
    low = text.lower()
    patterns = (rf"\b0?{day}(?:st|nd|rd|th)?\.?\s+{name}[a-z]*\.?,?\s+{year}\b", rf"\b{name}[a-z]*\.?\s+0?{day}(?:st|nd|rd|th)?,?\s+{year}\b",
                rf"\b{year}-0?{month}-0?{day}\b", rf"\b0?{day}[./]0?{month}[./]{year}\b", rf"\b0?{month}/0?{day}/{year}\b")
    return any(re.search(p, low) for p in patterns)


def clean_html(html: str, name: str) -> tuple[str, dict[str, str]]:
    """Article body and metadata of an HTML page, through trafilatura (no scripts run).

    The body keeps the page's blocks: headings, paragraphs and list items are separated by blank
    lines, ``<br>`` by a line break, so a headline never runs into the dateline below it.
    """
    import trafilatura  # imported here: a second or so at start-up that plain-text users never pay
    from trafilatura.utils import load_html

    if len(html) > 200 and html.count("<") > len(html) // 3:
        raise ArticleError(f"{name}: the HTML is mostly tags; no article text found")
    try:
        document = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                               favor_precision=True, deduplicate=False)
        body = _tree_text(document.body) if document is not None and document.body is not None else ""
        meta = trafilatura.extract_metadata(html, extensive=False)  # dates the page declares (meta, JSON-LD, URL, <time>)
        if meta is not None and not meta.date:
            guess = trafilatura.extract_metadata(html).date  # the wider search also reads dates in the text...
            meta.date = guess if guess and _stated_in(guess, html) else None  # ...and makes 2024-01-01 of "in 2024"
        tree = load_html(html)
        page_url = _page_url(tree) if tree is not None else ""
    except (ValueError, RecursionError, MemoryError) as exc:
        raise ArticleError(f"{name}: could not parse the HTML ({type(exc).__name__})") from None
    found: dict[str, str] = {}
    if meta is not None:
        for key, attr in (("title", "title"), ("published", "date"), ("publisher", "sitename")):
            value = getattr(meta, attr, None)
            if value:
                found[key] = str(value)
    if page_url:
        found["url"] = page_url
    if not body or not body.strip():
        raise ArticleError(f"{name}: no article text found in the HTML page")
    return body, found
