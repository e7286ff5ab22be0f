"""The app in headless Chromium (issue 11 points 4 and 5): ``python -m benchmarks.browser_speed [--size 1000]``.

- First chart: our Overview against a one-chart Streamlit page (the framework's floor), both
  started with ``streamlit run``; each load is a new page in a fresh browser profile (nothing
  cached, as a first visit), the two apps alternating after an untimed warm-up of each. Timed
  from ``page.goto`` to the first visible ``.js-plotly-plot``; with it, the requests and response
  bytes the page had finished by then, the browser's main-thread time (CDP TaskDuration,
  ScriptDuration) and the CPU time of all the browser's processes (from /proc: on a shared machine
  it moves far less than the wall time) at that moment. ``--against DIR`` adds another
  checkout's Overview to the same alternation (the code before a change).
- Filter change (``benchmarks.browser_filter``): on a chart page, the country filter is set to one
  country (typed into the multiselect, Enter); in-page listeners record the Enter key, the first
  chart's next drawing (the redraw) and the app's script state going back to ``notRunning`` (the
  page has settled), with the browser's CPU seconds over the change. ``--against DIR`` takes turns
  with that checkout's app, change by change. The table gives each page's medians over its changes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.browser_filter import filter_change  # noqa: F401 - benchmarks.run measures through this module
from benchmarks.browser_filter import table as filter_table
from benchmarks.run import APP, CHROMIUM, CHROMIUM_ARGS, FLOOR_APP, ROOT, _start_server, _stop

VIEWPORT = {"width": 1400, "height": 1000}


def _launch(pw, profile: Path):
    return pw.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, headless=True,
                                                 args=CHROMIUM_ARGS, viewport=VIEWPORT)


def browser_cpu(profile: Path) -> float:
    """CPU seconds (user + system) of the browser's processes so far: every process started with this profile.

    Unlike wall time it barely moves when other programs compete for the cores (the machine is shared), so a
    page's cost against the floor's reads from it even when the seconds are noise. NaN where /proc is missing.
    """
    # the browser keeps its arguments apart (NUL); its child processes rewrite theirs as one space-separated line
    flag = re.compile(re.escape(f"--user-data-dir={profile}".encode()) + rb"(?:\0| |$)")
    ticks, seen = 0, False
    for pid in (p for p in os.listdir("/proc") if p.isdigit()) if os.path.isdir("/proc") else ():
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                if not flag.search(fh.read()):
                    continue
            with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:  # a process that ended meanwhile
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
        seen = True
    return ticks / os.sysconf("SC_CLK_TCK") if seen else float("nan")


def first_chart_load(pw, url: str, profile: Path) -> dict:
    """One load in a fresh profile: seconds to the first visible chart, requests and bytes done by then,
    main-thread task and script seconds and the browser's CPU seconds (``browser_cpu``) at that moment, and the
    seconds the browser held the chart bundle's request in its queue (six connections per host) before sending it."""
    ctx = _launch(pw, profile)
    try:
        page = ctx.pages[0] if ctx.pages else ctx.new_page()
        cdp = ctx.new_cdp_session(page)
        cdp.send("Performance.enable")
        done: list[tuple[float, int]] = []
        page.on("requestfinished", lambda r: done.append((time.perf_counter(), _body_size(r))))
        bundle: list = []  # the chart's bundle: how long the browser held its request before sending it
        page.on("request", lambda r: bundle.append(r) if "/PlotlyChart." in r.url else None)
        cpu = browser_cpu(profile)
        t = time.perf_counter()
        page.goto(url, wait_until="commit")
        page.wait_for_selector(".js-plotly-plot", state="visible", timeout=180_000)
        seconds = time.perf_counter() - t
        cpu = browser_cpu(profile) - cpu
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        until = t + seconds
        before = [size for at, size in done if at <= until]
        queued = bundle[0].timing.get("requestStart", float("nan")) / 1000 if bundle else float("nan")
        return {"seconds": seconds, "requests": len(before), "bytes": sum(before), "cpu": cpu,
                "task": metrics.get("TaskDuration", float("nan")), "script": metrics.get("ScriptDuration", float("nan")),
                "queued": queued}
    finally:
        ctx.close()
        shutil.rmtree(profile, ignore_errors=True)


def _body_size(request) -> int:
    try:
        return int(request.sizes().get("responseBodySize", 0))
    except Exception:  # noqa: BLE001 - a request that went away has no size
        return 0


def first_chart(data: Path, loads: int, against: Path | None = None) -> dict:
    """Loads of our Overview and of the floor app (and, with ``against``, the Overview of that other checkout),
    alternating; per app the list of load dicts and medians."""
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="bench-first-chart-"))
    procs = []
    try:
        floor = tmp / "floor_app.py"
        floor.write_text(FLOOR_APP, encoding="utf-8")
        apps = {"ours": APP, "floor": floor}
        if against is not None:
            apps = {"against": Path(against).resolve() / APP.relative_to(ROOT), **apps}
        urls = {}
        for name, script in apps.items():
            proc, urls[name] = _start_server(script, data, tmp / f"{name}.log")
            procs.append(proc)
        runs: dict[str, list[dict]] = {name: [] for name in apps}
        with sync_playwright() as pw:
            for name, url in urls.items():  # untimed: each server's first session fills its cache
                first_chart_load(pw, url, tmp / f"warm-{name}")
            for i in range(loads):
                for name, url in urls.items():
                    runs[name].append(first_chart_load(pw, url, tmp / f"{name}-{i}"))
        out = {"runs": runs}
        for name, rs in runs.items():
            out[name] = {k: statistics.median(r[k] for r in rs) for k in rs[0]}
        out["ratio"] = out["ours"]["seconds"] / out["floor"]["seconds"]
        return out
    finally:
        for proc in procs:
            _stop(proc)
        shutil.rmtree(tmp, ignore_errors=True)


SECTION = "## The browser: first chart and filter changes (issue 11 points 4 and 5)"
# each part's table header (the filter table's older per-change form too, in a section written before)
PARTS = {"first": ("| app | first chart",), "filter": ("| page | changes | redraw", "| page | country | redraw")}
HEAD = re.compile(r"as measured before \((commit \w+, [^)]+)\)|"
                  r"`python -m benchmarks\.browser_speed[^`]*` at commit (\w+) on ([\d-]+ [\d:]+ UTC)")


def carried(old: str, part: str) -> list[str]:
    """A skipped part's table from the section as it stands (``old``), with a line naming the run that measured it
    (and, for the first chart, its Ratio line): a run with ``--skip`` leaves the other part's numbers in place,
    where benchmarks.targets reads them. [] when ``old`` has no such table."""
    lines = old.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(PARTS[part])), None)
    if start is None:
        return []
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    table = lines[start:end]
    if part == "first":
        table += ["", *[line for line in lines[end:] if line.startswith("Ratio:")][:1]]
    runs = [m.group(1) or f"commit {m.group(2)}, {m.group(3)}" for m in HEAD.finditer("\n".join(lines[:start]))]
    where = runs[-1] if runs else "an earlier run"  # the nearest run line above: a carried table keeps its own
    what = "First chart" if part == "first" else "Filter changes"
    return [f"{what}: not measured in this run (--skip); as measured before ({where}):", "", *table, ""]


def _commit_of(checkout: Path | None) -> str:
    if checkout is None:
        return ""
    done = subprocess.run(["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() or str(checkout)


def main(argv: list[str] | None = None) -> int:
    from benchmarks.app_speed import commit, most_figures_country, ready_corpus, stamp, write_section

    parser = argparse.ArgumentParser(prog="python -m benchmarks.browser_speed", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--skip", choices=["first", "filter"], nargs="*", default=[])
    parser.add_argument("--pages", nargs="*", default=["troops", "active", "budgets"])
    parser.add_argument("--write", action="store_true", help=f"replace the section {SECTION!r} of RESULTS.md")
    parser.add_argument("--note", default="", help="a paragraph for the section (e.g. the numbers before a change)")
    parser.add_argument("--rounds", type=int, default=3, help="filter changes per page and country (the first "
                                                              "country's first is untimed)")
    parser.add_argument("--against", type=Path, help="another checkout whose app joins the same runs: its Overview "
                                                     "in the first-chart loads, its pages in the filter changes "
                                                     "(e.g. a worktree of the commit before a change)")
    args = parser.parse_args(argv)
    data = ready_corpus(args.size)
    load = os.getloadavg()
    lines = []
    if "first" not in args.skip:
        r = first_chart(data, args.loads, args.against)
        lines += ["| app | first chart (median) | requests | MB | main thread (script) | browser CPU | chart bundle queued "
                  "| loads |", "|---|---|---|---|---|---|---|---|"]
        names = {"against": f"before ({_commit_of(args.against)})", "ours": "ours", "floor": "floor"}
        for name in (n for n in names if n in r):
            m = r[name]
            each = ", ".join(f"{x['seconds']:.2f}" for x in r["runs"][name])
            lines.append(f"| {names[name]} | {m['seconds']:.2f} s | {m['requests']:.0f} | {m['bytes'] / 1e6:.2f} | "
                         f"{m['task']:.2f} s ({m['script']:.2f} s) | {m['cpu']:.2f} s | {m['queued']:.2f} s | {each} |")
        floor = r["floor"]
        lines += ["", f"Ratio: **{r['ratio']:.2f}x** the floor (target 1.1x); by the browser's CPU until the chart, "
                      f"{r['ours']['cpu'] / floor['cpu']:.2f}x."]
        if "against" in r:
            lines.append(f"Before, same run: {r['against']['seconds'] / floor['seconds']:.2f}x the floor by wall time, "
                         f"{r['against']['cpu'] / floor['cpu']:.2f}x by the browser's CPU.")
        lines.append("")
    if "filter" not in args.skip:
        os.environ["DEFENSE_DATA_DIR"] = str(data)
        from dashboard.app.cache import load_library

        most, _ = most_figures_country(load_library().figures)
        changes = {page: filter_change(data, page, ["France", most], args.rounds, args.against) for page in args.pages}
        lines += filter_table(changes, _commit_of(args.against))
        lines += ["", f"Countries: France and {most} (the most figures), in turn; {args.rounds} rounds, the first "
                      "change untimed" + (", the two apps taking turns change by change." if args.against else ".")]
    if args.write:  # a skipped part keeps its last measurement
        from benchmarks.run import RESULTS

        text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
        old = text.split(SECTION, 1)[1].split("\n## ", 1)[0] if SECTION in text else ""
        for part in ("first", "filter"):
            if part in args.skip:
                lines = (carried(old, part) + lines) if part == "first" else (lines + carried(old, part))
    head = (f"`python -m benchmarks.browser_speed` at commit {commit()} on {stamp()}: {args.size:,} articles, {args.loads} loads per "
            f"app; load average {load[0]:.2f} at start, {os.getloadavg()[0]:.2f} at end ({os.cpu_count()} cores, shared).")
    print(head)
    print("\n".join(lines))
    if args.write:
        write_section(SECTION, "\n\n".join(x for x in (__doc__.split("\n\n", 1)[1].strip(), head, args.note) if x)
                      + "\n\n" + "\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
