"""A country filter change in headless Chromium (issue 11 points 4 and 5), for benchmarks.browser_speed.

On a chart page the country filter is set to one country (typed into the sidebar's multiselect, Enter);
in-page listeners record the Enter key, the first chart's next drawing (a new chart element with its
SVG, or the same one's ``plotly_afterplot``: the redraw) and the app's ``data-test-script-state`` going
back to ``notRunning`` (the rerun has ended: the page has settled). With it, the CPU seconds of every
browser process from just before Enter until the page settled (``browser_speed.browser_cpu``): on the
shared machine it moves far less than the wall times.

``against`` adds another checkout's app to the same browser: the two apps take turns change by change
(same page, same country), so both see the same load.
"""

from __future__ import annotations

import math
import shutil
import statistics
import tempfile
from pathlib import Path

from benchmarks.run import APP, ROOT, _start_server, _stop, log

LISTEN = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const b = window.__bench = {enter: null, plots: [], idle: []};
  document.addEventListener('keydown', e => { if (e.key === 'Enter') b.enter = performance.now(); }, true);
  new MutationObserver(() => {
    if (app.getAttribute('data-test-script-state') === 'notRunning') b.idle.push(performance.now());
  }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
  // A new spec is a new chart element (Streamlit keys it by the spec): watch for a drawn chart that is not this one.
  const old = document.querySelector('.js-plotly-plot');
  const poll = () => {
    const gd = document.querySelector('.js-plotly-plot');
    if (b.enter !== null && gd && (gd !== old || gd.__benchDrawn) && gd.querySelector('.main-svg')) {
      b.plots.push(performance.now());
      return;
    }
    requestAnimationFrame(poll);
  };
  old.on('plotly_afterplot', () => { old.__benchDrawn = true; });
  requestAnimationFrame(poll);
}"""
SETTLED = "() => window.__bench.plots.length > 0 && window.__bench.idle.some(t => t > window.__bench.enter)"


def idle(page) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-connection-state="CONNECTED"]'
                           '[data-test-script-state="notRunning"]', timeout=180_000)


def _one_change(page, url: str, country: str, profile: Path) -> dict:
    from benchmarks.browser_speed import browser_cpu

    page.goto(url, wait_until="commit")
    idle(page)
    page.wait_for_selector(".js-plotly-plot", state="visible", timeout=180_000)
    page.wait_for_timeout(300)  # the page's own late work (fonts, resize) is not the change's
    page.evaluate(LISTEN)
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    box.locator("input").click()
    page.keyboard.type(country)
    cpu = browser_cpu(profile)
    page.keyboard.press("Enter")
    page.wait_for_function(SETTLED, timeout=60_000)
    cpu = browser_cpu(profile) - cpu
    page.wait_for_timeout(300)
    b = page.evaluate("window.__bench")
    redraw = min((t for t in b["plots"] if t > b["enter"]), default=float("nan"))
    settled = max(t for t in b["idle"] if t > b["enter"])
    return {"country": country, "redraw": (redraw - b["enter"]) / 1000, "settled": (settled - b["enter"]) / 1000,
            "cpu": cpu}


def filter_change(data: Path, page_path: str, countries: list[str], rounds: int = 3,
                  against: Path | None = None) -> list[dict]:
    """Per change: {"app": "ours" or "against", "country", "redraw", "settled" (seconds after Enter), "cpu"}. The
    first round's first country of each app is untimed (the server's caches for this page fill); a change that
    does not settle within a minute is logged and left out."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    from benchmarks.browser_speed import _launch

    tmp = Path(tempfile.mkdtemp(prefix="bench-filter-"))
    apps = {"ours": APP} if against is None else {"ours": APP, "against": Path(against).resolve() / APP.relative_to(ROOT)}
    procs, urls, out = [], {}, []
    try:
        for name, script in apps.items():
            proc, urls[name] = _start_server(script, data, tmp / f"{name}.log")
            procs.append(proc)
        with sync_playwright() as pw:
            ctx = _launch(pw, tmp / "profile")
            try:
                page = ctx.pages[0] if ctx.pages else ctx.new_page()
                for i in range(rounds):
                    for country in countries:
                        for name, url in urls.items():
                            try:
                                x = _one_change(page, f"{url}/{page_path}", country, tmp / "profile")
                            except PlaywrightError as exc:  # a change that never settled: say so, go on
                                log(f"{page_path} {name} {country}: no measurement ({str(exc).splitlines()[0]})")
                                continue
                            if i == 0 and country == countries[0]:
                                continue  # untimed
                            out.append({"app": name, **x})
                            log(f"{page_path} {name} {country}: redraw {x['redraw']:.2f} s, settled {x['settled']:.2f} s,"
                                f" browser CPU {x['cpu']:.2f} s")
            finally:
                ctx.close()
    finally:
        for proc in procs:
            _stop(proc)
        shutil.rmtree(tmp, ignore_errors=True)
    return out


HEADER = ["| page | changes | redraw (median) | redraw (min-max) | settled (median) | settled after redraw (median) "
          "| browser CPU per change (median) |", "|---|---|---|---|---|---|---|"]


def _median(xs: list[float]) -> float:
    xs = [x for x in xs if not math.isnan(x)]
    return statistics.median(xs) if xs else float("nan")


def table(by_page: dict[str, list[dict]], before: str = "") -> list[str]:
    """Per page (and per app, the other checkout's rows named "<page>, before (<before>)"): medians over its
    changes, and the range of the redraw times."""
    lines = list(HEADER)
    for page, changes in by_page.items():
        for app in ("ours", "against"):
            xs = [x for x in changes if x.get("app", "ours") == app]
            if not xs:
                continue
            redraws = [x["redraw"] for x in xs if not math.isnan(x["redraw"])]
            spread = f"{min(redraws):.2f}-{max(redraws):.2f} s" if redraws else "-"
            name = page if app == "ours" else f"{page}, before ({before})"
            lines.append(f"| {name} | {len(xs)} | {_median(redraws):.2f} s | {spread} | "
                         f"{_median([x['settled'] for x in xs]):.2f} s | "
                         f"{_median([x['settled'] - x['redraw'] for x in xs]):.2f} s | "
                         f"{_median([x.get('cpu', float('nan')) for x in xs]):.2f} s |")
    return lines
