"""Restart to first chart with the figure store: ``python -m benchmarks.restart [--rounds 5] [--size 10000]``.

Each start is a new process on a data folder whose figure store is already filled
(``python -m dashboard rebuild``, untimed), and runs until the Overview's first chart exists:

- ``server``: a fresh Python process runs the app once with AppTest (the library load and every
  element of the Overview page, no browser); timed from process start to the end of that run;
- ``browser``: ``streamlit run`` is started and headless Chromium opens the page; timed from
  starting the server to the first visible Plotly chart.

Cases, interleaved round by round so drift in machine load hits all alike: one article (store
filled); one article with no store (extracted at start, as before the store); the large corpus
unchanged (the Parquet snapshot answers); the large corpus with one file edited since the last
start (the SQLite store answers, one article is extracted, a new snapshot is written). The target
(issue 11): the unchanged large corpus within 1.5x the one-article start. The section
"## Restart with the figure store" of benchmarks/RESULTS.md is replaced with the results.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.generate import DEFAULT_OUT, ensure_corpus
from benchmarks.run import APP, CHROMIUM, CHROMIUM_ARGS, RESULTS, ROOT, _start_server, _stop, log, machine
from benchmarks.sections import replace_section

SECTION = "## Restart with the figure store"
TARGET = 1.5
KEPT_STORE = ".restart-store"
LOADED = ("With the load above the cores, each start waits for the other processes: wall times here measure the "
          "machine as much as the app, and a ratio below 1 is that noise, not a faster large start.")
SERVER_CHILD = """
import sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=900)
at.run()
assert not at.exception, at.exception
assert at.get("plotly_chart"), "no chart on the Overview"
print("FIRST-CHART", flush=True)
"""


def data_folder(root: Path, corpus: Path, name: str) -> Path:
    """``root/name`` with a copy of the corpus's articles (a copy: the edited case changes a file)."""
    folder = root / name
    shutil.copytree(corpus / "articles", folder / "articles")
    return folder


def rebuild(data: Path) -> None:
    env = {**os.environ, "DEFENSE_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "dashboard", "rebuild"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def keep_store(store_file: Path, kept: Path) -> None:
    """Copy a filled store beside the corpus (corpora/ is not in git) for the next run to start from."""
    kept.mkdir(exist_ok=True)
    tmp = kept / "figures.sqlite.tmp"
    shutil.copy2(store_file, tmp)  # rebuild has returned: no writer, the log checkpointed on close
    tmp.replace(kept / "figures.sqlite")


def server_start(data: Path) -> float:
    """Seconds from starting a Python process to the end of the Overview's first run (AppTest)."""
    env = {**os.environ, "DEFENSE_DATA_DIR": str(data), "PYTHONPATH": str(ROOT), "STREAMLIT_LOGGER_LEVEL": "error"}
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", SERVER_CHILD, str(APP)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=1800)
    elapsed = time.perf_counter() - t
    if "FIRST-CHART" not in done.stdout:
        raise RuntimeError(f"the app did not draw a chart on {data}: {done.stderr[-800:]}")
    return elapsed


def browser_start(data: Path, profile: Path) -> float:
    """Seconds from starting ``streamlit run`` to the first visible chart in headless Chromium."""
    from playwright.sync_api import sync_playwright

    t = time.perf_counter()
    proc, url = _start_server(APP, data, data / "streamlit.log")
    try:
        with sync_playwright() as pw:
            ctx = pw.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, headless=True,
                                                        args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 1000})
            try:
                page = ctx.new_page()
                page.goto(url, wait_until="commit")
                page.wait_for_selector(".js-plotly-plot", state="visible", timeout=900_000)
                return time.perf_counter() - t
            finally:
                ctx.close()
    finally:
        _stop(proc)


def edit_one(data: Path, round_no: int) -> None:
    """Append a sentence to one article (another each round): the next start must extract it."""
    files = sorted((data / "articles").iterdir())
    path = files[(round_no * 7919) % len(files)]
    path.write_text(path.read_text(encoding="utf-8") + f"\nThe ministry added {round_no + 2} new briefings.\n",
                    encoding="utf-8")


def run(args: argparse.Namespace) -> dict:
    big = ensure_corpus(DEFAULT_OUT, args.size, args.seed)
    one = ensure_corpus(DEFAULT_OUT, 1, args.seed)
    root = Path(tempfile.mkdtemp(prefix="bench-restart-"))
    try:
        folders = {"one": data_folder(root, one, "one"), "one-nostore": data_folder(root, one, "one-nostore"),
                   "big": data_folder(root, big, "big"), "big-edited": data_folder(root, big, "big-edited")}
        kept = big / KEPT_STORE  # the filled store of an earlier run: the rebuild re-extracts only what differs
        for name, source in (("one", None), ("big", kept), ("big-edited", folders["big"] / "store")):
            log(f"filling the store of {name} (untimed)")
            t = time.perf_counter()
            if source and (source / "figures.sqlite").is_file():  # the same articles: a copy of a store, whose
                (folders[name] / "store").mkdir()  # entries the rebuild checks by their bytes and version
                shutil.copy2(source / "figures.sqlite", folders[name] / "store" / "figures.sqlite")
            rebuild(folders[name])
            if name == "big":
                keep_store(folders[name] / "store" / "figures.sqlite", kept)
            log(f"  {time.perf_counter() - t:.1f} s")
        for name in ("one", "big"):  # the first start writes the snapshot; later ones read it
            server_start(folders[name])
        times: dict[str, dict[str, list[float]]] = {m: {c: [] for c in folders} for m in args.modes}
        cases = list(folders)
        for r in range(args.rounds):  # the order turns each round: no case always follows the same one
            for mode in args.modes[r % len(args.modes):] + args.modes[:r % len(args.modes)]:
                for case in cases[r % len(cases):] + cases[:r % len(cases)]:
                    data = folders[case]
                    if case == "one-nostore":
                        shutil.rmtree(data / "store", ignore_errors=True)
                    if case == "big-edited":
                        edit_one(data, r)
                    if mode == "server":
                        elapsed = server_start(data)
                    else:
                        elapsed = browser_start(data, root / f"profile-{case}-{r}")
                    times[mode][case].append(elapsed)
                    log(f"round {r + 1} {mode} {case}: {elapsed:.2f} s")
        figures = _count_figures(folders["big"])
        return {"times": times, "size": args.size, "rounds": args.rounds, "figures": figures}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _count_figures(data: Path) -> int:
    from dashboard.tables.sync import library_tables

    return len(library_tables(data / "articles", data / "store" / "figures.sqlite")[1])


def render(out: dict, env: dict, started: datetime, load: tuple, end_load: tuple) -> str:
    size = f"{out['size']:,}"
    names = {"one": "1 article, store filled", "one-nostore": "1 article, no store (extracted at start)",
             "big": f"{size} articles unchanged (snapshot)", "big-edited": f"{size} articles, one edited (store)"}
    L = [SECTION, "",
         f"`python -m benchmarks.restart` on {started:%Y-%m-%d %H:%M} UTC: {env['cores']} cores, {env['cpu']}; load average at start "
         f"{load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}, at end {end_load[0]:.2f}, {end_load[1]:.2f}, {end_load[2]:.2f} "
         f"(a shared machine: other processes compete for the cores); code {env.get('commit', '')}. {out['rounds']} rounds, cases "
         f"interleaved (their order turns each round); each start is a new process on a data folder whose store was filled beforehand "
         f"(`python -m dashboard rebuild`). The {size}-article corpus holds {out['figures']:,} figures. Before "
         "the store, a restart at 10,000 articles re-extracted everything (~64 s to the first page, issue 11)."
         + (f" {LOADED}" if max(load[0], end_load[0]) > env["cores"] else ""), ""]
    for mode, title in (("server", "server side: new process to the end of the Overview's first run (AppTest)"),
                        ("browser", "browser: `streamlit run` started to the first visible chart (headless Chromium)")):
        if mode not in out["times"]:
            continue
        t = out["times"][mode]
        L += [f"**{title}**", "", "| case | median | each start |", "|---|---|---|"]
        for case, xs in t.items():
            L.append(f"| {names[case]} | {statistics.median(xs):.2f} s | {', '.join(f'{x:.2f}' for x in xs)} |")
        ratio = statistics.median(t["big"]) / statistics.median(t["one"])
        edited = statistics.median(t["big-edited"]) / statistics.median(t["one"])
        L += ["", f"{size} unchanged / 1 article: **{ratio:.2f}x** (target <= {TARGET}x: "
              f"{'met' if ratio <= TARGET else 'missed'}); {size} with one file edited / 1 article: {edited:.2f}x.", ""]
    return "\n".join(L)


def write_section(section: str, path: Path = RESULTS) -> None:
    """Replace (or append) this section of RESULTS.md, leaving the rest as it is."""
    replace_section(SECTION, section, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.restart", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--modes", nargs="+", choices=("server", "browser"), default=["server", "browser"])
    parser.add_argument("--no-write", action="store_true", help="print the section, leave RESULTS.md alone")
    args = parser.parse_args(argv)
    started, load = datetime.now(UTC), os.getloadavg()
    env = machine()
    out = run(args)
    section = render(out, env, started, load, os.getloadavg())
    print(section)
    if not args.no_write:
        write_section(section)
        from benchmarks.targets import refresh
        refresh()  # its rows read this section
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
