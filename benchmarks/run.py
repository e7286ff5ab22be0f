"""The benchmark suite: ``python -m benchmarks.run [--devset PATH] [--sizes N ...] [--quick]``.

Measures, in one run, on synthetic corpora (generated if missing, see benchmarks.generate):

1. extraction: the CLI as a whole process per corpus size (wall time, CPU time, peak RSS), and
   in-process on the same article texts as quantulum3 (the peer), as a throughput ratio; with
   ``--devset``, value-detection F1 for both on the labelled real passages;
2. table build: ``tables.load_figures`` and the app's cached loader ``ui.load_library`` (cold
   and warm) per size;
3. the app, server side (AppTest): the first run of each page and country-filter reruns;
4. the browser: time to the first chart of the Overview page against a one-chart Streamlit
   page started the same way (the framework's floor);
5. scale-out: the CLI with ``--workers 1`` and ``--workers 2``.

Results print as markdown tables and go to benchmarks/RESULTS.md with the machine and date.
Speed only: the synthetic corpora are not labelled; quality figures come from the devset.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import importlib.metadata
import io
import json
import os
import platform
import pstats
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import warnings
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from benchmarks.bytecode import NOTE, precompile
from benchmarks.generate import DEFAULT_OUT, ensure_corpus
from dashboard.evaluate import Score

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app" / "main.py"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGES = ["overview", "troops", "active", "budgets", "sources", "data"]  # the pages, in menu order
ONE_THREAD = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")}
FLOOR_APP = '''import plotly.express as px
import streamlit as st

st.plotly_chart(px.bar(x=["a", "b", "c"], y=[3, 1, 2]))
'''
# The targets are judged in benchmarks/targets.py, from the sections of RESULTS.md as written.


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


# ---------------------------------------------------------------------------
# Whole-process runs: wall, CPU and peak RSS of one child process
# ---------------------------------------------------------------------------


@dataclass
class ProcRun:
    wall: float = 0.0
    cpu: float = 0.0
    peak_mb: float = 0.0
    returncode: int = 0
    stderr: str = ""


# Runs the command from a small interpreter. Why: a child's ru_maxrss starts from the memory of
# whatever forked it (the kernel carries the pre-exec high-water mark over exec), so forking the
# CLI straight from this process, already holding the app's caches, would report our size, not its.
_MEASURE = """
import json, os, sys, time
out, cmd = sys.argv[1], sys.argv[2:]
t = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(cmd[0], cmd)
_, status, ru = os.wait4(pid, 0)
wall = time.perf_counter() - t
with open(out, "w") as fh:
    json.dump({"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "maxrss_kb": ru.ru_maxrss,
               "rc": os.waitstatus_to_exitcode(status)}, fh)
"""


class Child:
    """A subprocess measured from a small intermediary: wall, CPU (with its workers) and peak RSS."""

    def __init__(self, cmd: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT):
        self.err = tempfile.TemporaryFile()
        fd, self.report = tempfile.mkstemp(prefix="bench-proc-", suffix=".json")
        os.close(fd)
        self.proc = subprocess.Popen([sys.executable, "-c", _MEASURE, self.report, *cmd], cwd=cwd,
                                     env={**os.environ, **ONE_THREAD, **(env or {})}, start_new_session=True,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.err)

    def finish(self) -> ProcRun:
        try:
            self.proc.wait()
        except BaseException:  # interrupted: stop the measured process and its workers too (its own group)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            Path(self.report).unlink(missing_ok=True)
            raise
        self.err.seek(0)
        stderr = self.err.read().decode("utf-8", "replace")[-600:]
        self.err.close()
        try:
            m = json.loads(Path(self.report).read_text())
        except (OSError, ValueError):
            m = {"wall": float("nan"), "cpu": float("nan"), "maxrss_kb": 0, "rc": self.proc.returncode or -1}
        finally:
            Path(self.report).unlink(missing_ok=True)
        return ProcRun(m["wall"], m["cpu"], m["maxrss_kb"] / 1024, m["rc"], stderr)


def cli_extract(articles: Path, out_csv: Path, workers: int = 1) -> Child:
    return Child([sys.executable, "-m", "dashboard", "extract", str(articles), "--output", str(out_csv), "--force",
                  "--workers", str(workers)])


# ---------------------------------------------------------------------------
# Extraction against quantulum3, and value-detection F1 on the devset
# ---------------------------------------------------------------------------


def compare_extractors(articles_dir: Path, n: int) -> dict:
    """Our extractor and quantulum3 on the same n clean article texts, one after the other, one thread."""
    from dashboard.extraction import ArticleInfo, extract_figures
    from dashboard.ingest.articles import read_folder

    articles = read_folder(articles_dir)[0][:n]
    mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    t = time.perf_counter()
    extract_figures(articles[0].text, ArticleInfo(articles[0].article_id, articles[0].published))
    ours_setup = time.perf_counter() - t
    t, c = time.perf_counter(), time.process_time()
    found = sum(len(extract_figures(a.text, ArticleInfo(a.article_id, a.published))) for a in articles)
    ours_wall, ours_cpu = time.perf_counter() - t, time.process_time() - c
    log(f"ours: {len(articles)} articles in {ours_wall:.1f} s; quantulum3 next")
    parser = _quantulum()
    t = time.perf_counter()
    parser.parse(articles[0].text)
    q_setup = time.perf_counter() - t
    t, c = time.perf_counter(), time.process_time()
    q_found = sum(len(parser.parse(a.text)) for a in articles)
    q_wall, q_cpu = time.perf_counter() - t, time.process_time() - c
    return {"articles": len(articles), "mb": mb, "ours_wall": ours_wall, "ours_cpu": ours_cpu, "ours_setup": ours_setup,
            "ours_found": found, "q_wall": q_wall, "q_cpu": q_cpu, "q_setup": q_setup, "q_found": q_found,
            "ratio": q_wall / ours_wall, "ratio_cpu": q_cpu / ours_cpu}


def _quantulum():
    warnings.filterwarnings("ignore", module="quantulum3")
    warnings.filterwarnings("ignore", message="Classifier dependencies not installed")
    from quantulum3 import parser

    return parser


def _score_values(predicted: list[float], required: list[float], optional: list[float], score: Score) -> None:
    """Greedy one-to-one matching of absolute values within 0.5%; optional golds neither count nor hurt."""
    def close(a: float, b: float) -> bool:
        return abs(abs(a) - abs(b)) <= 0.005 * abs(b) if b else a == 0

    req, opt = list(required), list(optional)
    for v in predicted:
        hit = next((i for i, g in enumerate(req) if close(v, g)), None)
        if hit is not None:
            req.pop(hit)
            score.tp += 1
            continue
        hit = next((i for i, g in enumerate(opt) if close(v, g)), None)
        if hit is not None:
            opt.pop(hit)
            continue
        score.fp += 1
    score.fn += len(req)


def devset_value_f1(devset: Path) -> dict:
    """Value-detection P/R/F1 of both extractors on the devset passages (rule in RESULTS.md)."""
    from dashboard.evaluate import SCORED_METRICS, load_devset
    from dashboard.extraction import ArticleInfo, extract_figures

    passages, gold = load_devset(devset)
    parser = _quantulum()
    ours, peer = Score(), Score()
    for p in passages:
        golds = [g for g in gold.get(p["id"], []) if g.metric in SCORED_METRICS]
        required = [g.value for g in golds if not g.optional]
        optional = [g.value for g in golds if g.optional]
        info = ArticleInfo(p["id"], _devset_date(p.get("date")))
        mine = [f.value for f in extract_figures(p["text"], info) if f.value is not None]
        theirs = [float(q.value) for q in parser.parse(p["text"])]
        _score_values(mine, required, optional, ours)
        _score_values(theirs, required, optional, peer)
    return {"passages": len(passages), "ours": ours, "quantulum3": peer,
            "gold": sum(1 for rows in gold.values() for g in rows if g.metric in SCORED_METRICS and not g.optional)}


def _devset_date(value: str | None) -> date | None:
    from dashboard.ingest.articles import parse_date

    return parse_date(value, partial=True)


def profile_extraction(articles_dir: Path, n: int = 100) -> dict:
    """cProfile of extract_figures on n articles: top own time, and project functions by cumulative time."""
    from dashboard.extraction import ArticleInfo, extract_figures
    from dashboard.ingest.articles import read_folder

    articles = read_folder(articles_dir)[0][:n]
    prof = cProfile.Profile()
    prof.enable()
    for a in articles:
        extract_figures(a.text, ArticleInfo(a.article_id, a.published))
    prof.disable()
    return _top(prof, project_cumulative=True)


def _top(prof: cProfile.Profile, k: int = 8, project_cumulative: bool = False) -> dict:
    """{"total": s, "own": [(function, s, share)], "cumulative": [(project function, s, share)]}."""
    stats = pstats.Stats(prof, stream=io.StringIO())
    total = stats.total_tt or 1.0
    rows = [(_where(fn[0], fn[2], fn[1]), st[2], st[3]) for fn, st in stats.stats.items()]
    own = sorted(rows, key=lambda r: -r[1])[:k]
    out = {"total": total, "own": [(name, t, t / total) for name, t, _ in own], "cumulative": []}
    if project_cumulative:
        mine = sorted((r for r in rows if r[0].startswith("dashboard/") and r[2] < 0.98 * total),
                      key=lambda r: -r[2])[:k]  # the entry point itself (~100%) says nothing
        out["cumulative"] = [(name, c, c / total) for name, _, c in mine]
    return out


def profile_warm_load(repeats: int = 3) -> dict:
    """cProfile of ui.load_library() with a warm cache (the cost every rerun pays before the page runs)."""
    from dashboard.app import ui

    prof = cProfile.Profile()
    prof.enable()
    for _ in range(repeats):
        ui.load_library()
    prof.disable()
    out = _top(prof)
    out["per_call"] = out["total"] / repeats
    return out


def _where(filename: str, func: str, line: int = 0) -> str:
    for marker in ("site-packages/", str(ROOT) + "/", f"lib/python{sys.version_info.major}.{sys.version_info.minor}/"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    if filename == "~":
        return func  # a builtin: "<method 'finditer' of 're.Pattern' objects>"
    return f"{filename}:{line} {func}" if line else f"{filename} {func}"


# ---------------------------------------------------------------------------
# The app, server side
# ---------------------------------------------------------------------------


class Sampler:
    """A tiny sampling profiler for the threads AppTest runs the script in (cProfile sees one thread)."""

    def __init__(self, interval: float = 0.002):
        self.interval = interval
        self.own: Counter[str] = Counter()
        self.inclusive: Counter[str] = Counter()
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        skip = {threading.main_thread().ident, threading.get_ident()}
        while not self._stop.wait(self.interval):
            for tid, frame in sys._current_frames().items():
                if tid in skip:
                    continue
                seen: set[str] = set()
                top = True
                while frame is not None:
                    code = frame.f_code
                    name = _where(code.co_filename, code.co_name, code.co_firstlineno)
                    if top:
                        self.own[name] += 1
                        top = False
                    if name not in seen:
                        self.inclusive[name] += 1
                        seen.add(name)
                    frame = frame.f_back
                self.samples += 1

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class AppResult:
    cold_first: float = float("nan")  # overview, first run after st.cache_data.clear()
    cold_load: float = float("nan")  # ui.load_library inside that run
    warm_load: float = float("nan")  # ui.load_library, second call
    first: dict[str, float] = field(default_factory=dict)  # page -> first run (warm cache)
    reruns: dict[str, list[float]] = field(default_factory=dict)  # page -> filter-change reruns (one country)
    reruns_most: dict[str, list[float]] = field(default_factory=dict)  # page -> changes to the most-figures country
    cpu: dict[str, list[float]] = field(default_factory=dict)  # page -> process CPU of the one-country reruns
    cpu_most: dict[str, list[float]] = field(default_factory=dict)
    most: str = ""  # the country with the most figures, and how many
    most_figures: int = 0
    errors: dict[str, str] = field(default_factory=dict)
    choices: list[list[str]] = field(default_factory=list)


def _page_error(at) -> str:
    return "; ".join(str(e.message)[:160] for e in at.exception)


def measure_app(data: Path, reruns: int) -> tuple[AppResult, object]:
    """AppTest timings for every page; returns the result and the AppTest (left on the slowest page)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from dashboard.app import state

    os.environ["DEFENSE_DATA_DIR"] = str(data)
    for db in data.glob("reviews.sqlite3*"):  # the Review page creates one; every size starts without
        db.unlink()
    st.cache_data.clear()  # only here: every later run sees a warm cache, as a live server's sessions do
    res = AppResult()
    calls: list[float] = []
    original = state.load_library

    def timed_load():
        t = time.perf_counter()
        try:
            return original()
        finally:
            calls.append(time.perf_counter() - t)

    state.load_library = timed_load  # main.py's ui.start_run() calls state.load_library(): time the cold load
    try:
        at = AppTest.from_file(str(APP), default_timeout=120)
        t = time.perf_counter()
        at.run(timeout=3600)
        res.cold_first = time.perf_counter() - t
    finally:
        state.load_library = original
    res.cold_load = calls[0] if calls else float("nan")
    if _page_error(at):
        res.errors["overview"] = _page_error(at)
    warm = []
    for _ in range(3):
        t = time.perf_counter()
        state.load_library()
        warm.append(time.perf_counter() - t)
    res.warm_load = median(warm)
    try:
        options = list(at.multiselect(key="country").options)
    except (KeyError, ValueError) as exc:
        res.errors["filters"] = f"no country filter: {exc}"
        options = []
    if options:
        from benchmarks.app_speed import most_figures_country

        res.most, res.most_figures = most_figures_country(state.load_library().figures)
        options = [o for o in options if o != res.most] or options
    step = max(1, len(options) // max(1, reruns))
    res.choices = [[options[(i * step) % len(options)]] for i in range(reruns)] if options else []
    views = [p for p in PAGES if (APP.parent / "views" / f"{p}.py").exists()]
    views += sorted(p.stem for p in (APP.parent / "views").glob("*.py") if p.stem not in PAGES)
    for page in views:
        at.switch_page(f"views/{page}.py")
        t = time.perf_counter()
        at.run()
        res.first[page] = time.perf_counter() - t
        for name in ("reruns", "reruns_most", "cpu", "cpu_most"):
            getattr(res, name)[page] = []
        for choice in res.choices:  # one country, then the most-figures one, in turn: both see the same load
            for one, value in ((True, choice), (False, [res.most])):
                t, c = time.perf_counter(), time.process_time()
                at.multiselect(key="country").set_value(value).run()
                (res.reruns if one else res.reruns_most)[page].append(time.perf_counter() - t)
                (res.cpu if one else res.cpu_most)[page].append(time.process_time() - c)
        if _page_error(at):
            res.errors[page] = _page_error(at)
        if res.choices:
            at.multiselect(key="country").set_value([])  # cleared with the next page's first run
    return res, at


def profile_rerun(at, res: AppResult, rounds: int = 1) -> tuple[str, list[tuple[str, float]], list[tuple[str, float]]]:
    """Sample the filter-change reruns of the slowest page: (page, top own-time, top project functions)."""
    if not res.choices:
        return "", [], []
    page = max(res.reruns, key=lambda p: median(res.reruns[p]))
    at.switch_page(f"views/{page}.py")
    at.run()
    with Sampler() as s:
        for _ in range(rounds):
            for choice in res.choices:
                at.multiselect(key="country").set_value(choice).run()
    n = s.samples or 1
    own = [(k, v / n) for k, v in s.own.most_common(8)]
    project = [(k, v / n) for k, v in s.inclusive.most_common() if k.startswith("dashboard/")][:8]
    return page, own, project


# ---------------------------------------------------------------------------
# The browser: time to first chart, ours against the framework's floor
# ---------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(script: Path, data: Path, log_path: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    with open(log_path, "ab") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "DEFENSE_DATA_DIR": str(data)},
                                stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:  # noqa: S310 - local server
                if r.read().strip() == b"ok":
                    return proc, url
        time.sleep(0.2)
    _stop(proc)
    raise RuntimeError(f"streamlit did not start for {script.name}: {log_path.read_text(errors='replace')[-400:]}")


def _stop(proc: subprocess.Popen) -> None:
    """Stop a server started above: its own process group, by id."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


def _chromium_version() -> str:
    try:
        done = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip().removeprefix("Chromium ").split(" ")[0]


def measure_browser(data: Path, loads: int, filter_data: Path | None = None) -> dict:
    """First chart of our Overview against the floor app (benchmarks.browser_speed.first_chart: a fresh
    profile per load, requests, bytes and main-thread time by then); with ``filter_data``, a country
    filter change on Troop strength and Active forces there (redraw and settle times)."""
    from benchmarks import browser_speed

    r = browser_speed.first_chart(data, loads)
    out = {"ours": r["ours"]["seconds"], "floor": r["floor"]["seconds"], "ratio": r["ratio"],
           "times": {k: [x["seconds"] for x in r["runs"][k]] for k in ("ours", "floor")},
           "detail": {k: r[k] for k in ("ours", "floor")}, "chromium": _chromium_version()}
    if filter_data is not None:
        from benchmarks.app_speed import most_figures_country
        from dashboard.app.cache import load_library

        os.environ["DEFENSE_DATA_DIR"] = str(filter_data)
        most, _ = most_figures_country(load_library().figures)
        out["filter"] = {page: browser_speed.filter_change(filter_data, page, ["France", most], rounds=2)
                         for page in ("troops", "active")}
        out["filter_size"] = filter_data
    return out


# ---------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------


@dataclass
class SizeResult:
    size: int
    file_mb: float
    cli: ProcRun
    load_figures: float
    load_figures_cpu: float
    figures: int
    app: AppResult | None = None


def machine() -> dict:
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_gb = 0.0
    with contextlib.suppress(OSError, ValueError, IndexError):
        mem_gb = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    versions = {}
    for pkg in ("pandas", "streamlit", "plotly", "quantulum3", "playwright", "numpy"):
        try:
            versions[pkg] = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            versions[pkg] = "not installed"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                                capture_output=True, text=True).stdout.strip())
    return {"cores": os.cpu_count(), "cpu": cpu, "mem_gb": mem_gb, "python": platform.python_version(),
            "platform": platform.platform(), "versions": versions, "commit": commit + (" + uncommitted changes" if dirty else ""),
            "load_start": os.getloadavg()}


def run(args: argparse.Namespace) -> dict:
    sizes = sorted(set(args.sizes or ([100, 1000] if args.quick else [100, 1000, 10000])))
    reruns = 3 if args.quick else 5
    loads = 3 if args.quick else 5
    started = time.perf_counter()
    out: dict = {"mode": "quick" if args.quick else "full", "sizes": sizes, "machine": machine(),
                 "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "reruns": reruns, "loads": loads}
    corpora = {}
    for n in sizes:
        log(f"corpus of {n:,} articles (seed {args.seed})")
        corpora[n] = ensure_corpus(args.out, n, args.seed)

    import streamlit.logger

    streamlit.logger.set_log_level("error")  # bare-mode cache warnings would drown the progress lines
    from dashboard.tables import frames as tables

    # Module-level one-offs (gazetteer, ECB rates) are loaded once here, not charged to the first size.
    tables.load_figures(corpora[sizes[0]] / "articles")

    results: list[SizeResult] = []
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        for n in sizes:
            articles = corpora[n] / "articles"
            file_mb = sum(p.stat().st_size for p in articles.iterdir()) / 1e6
            log(f"{n:,}: the CLI as a whole process, then load_figures in this one")
            cli = cli_extract(articles, tmp / f"cli-{n}.csv").finish()
            t, c = time.perf_counter(), time.process_time()
            figures = tables.load_figures(articles)
            lf, lf_cpu = time.perf_counter() - t, time.process_time() - c
            if cli.returncode:
                log(f"CLI exited {cli.returncode}: {cli.stderr}")
            results.append(SizeResult(n, file_mb, cli, lf, lf_cpu, len(figures)))
            del figures
            log(f"{n:,}: CLI {cli.wall:.1f} s, load_figures {lf:.1f} s; the app next (AppTest)")
            app, at = measure_app(corpora[n], reruns)
            results[-1].app = app
            if n == sizes[-1]:
                log(f"{n:,}: profiling the warm library load and sampling the slowest page's reruns")
                out["warm_profile"] = profile_warm_load()
                out["rerun_profile"] = profile_rerun(at, app)
            del at
        out["sizes_results"] = results
        import streamlit as st

        st.cache_data.clear()

        compare_n = min(args.compare or (30 if args.quick else 100), sizes[0])
        log(f"ours vs quantulum3 on {compare_n:,} articles")
        out["compare"] = compare_extractors(corpora[sizes[0]] / "articles", compare_n)
        out["extract_profile"] = profile_extraction(corpora[sizes[0]] / "articles")
        if args.devset:
            log(f"value-detection F1 on {args.devset}")
            out["f1"] = devset_value_f1(Path(args.devset))

        scale_n = 1000 if 1000 in sizes else sizes[-1]
        rounds = 2 if args.quick else 3
        log(f"scale-out on the {scale_n:,}-article corpus: --workers 1 and 2, alternating, {rounds} rounds")
        runs: dict[int, list[ProcRun]] = {1: [], 2: []}
        for _ in range(rounds):  # alternating, so a burst of outside load hits both alike
            for w in (1, 2):
                runs[w].append(cli_extract(corpora[scale_n] / "articles", tmp / f"w{w}.csv", w).finish())
        out["scale"] = {"corpus": scale_n, "runs": runs,
                        "speedup": median([r.wall for r in runs[1]]) / median([r.wall for r in runs[2]])}

        if args.no_browser:
            out["browser"] = None
        else:
            log(f"browser: {loads} loads each of our Overview and the one-chart floor app")
            try:
                out["browser"] = measure_browser(corpora[sizes[0]], loads, corpora.get(1000))
            except Exception as exc:  # noqa: BLE001 - a missing browser must not lose the other figures
                out["browser"] = {"error": f"{type(exc).__name__}: {exc}"}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out["machine"]["load_end"] = os.getloadavg()
    out["elapsed"] = time.perf_counter() - started
    return out


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def _s(x: float) -> str:
    if x != x:  # NaN
        return "n/a"
    return f"{x:.3f} s" if x < 1 else f"{x:.1f} s" if x < 100 else f"{x:.0f} s"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|",
            *("| " + " | ".join(r) + " |" for r in rows), ""]


def render(out: dict) -> str:
    m = out["machine"]
    v = m["versions"]
    L = [
        "# Benchmark results", "",
        f"Written by `python -m benchmarks.run` ({out['mode']} run, sizes {', '.join(f'{n:,}' for n in out['sizes'])}) "
        f"on {out['date']}; the run took {out['elapsed'] / 60:.1f} min.", "",
        "## Machine", "",
        f"- {m['cores']} cores, {m['cpu']}, {m['mem_gb']:.0f} GB RAM; {m['platform']}",
        f"- Python {m['python']}; pandas {v['pandas']}, streamlit {v['streamlit']}, plotly {v['plotly']}, "
        f"quantulum3 {v['quantulum3']}, playwright {v['playwright']}, numpy {v['numpy']}"
        + (f"; Chromium {out['browser']['chromium']}" if out.get("browser") and out["browser"].get("chromium") else ""),
        f"- code: commit {m['commit']}",
        f"- load average (1/5/15 min) at start {', '.join(f'{x:.2f}' for x in m['load_start'])}, at end "
        f"{', '.join(f'{x:.2f}' for x in m['load_end'])}. The machine is shared: where wall time is well above CPU "
        "time, other processes were competing for the cores.", "",
        "## Targets", "",
        "(Built from the sections below by `benchmarks.targets` once they are all written.)", "",
    ]
    rs = out["sizes_results"]
    L += ["## Extraction, whole process", "",
          "`python -m dashboard extract <corpus>/articles --output <tmp>.csv` timed end to end (interpreter start, "
          "imports, reading, extraction, table, CSV). One process, single-threaded (one core). Peak RSS is the "
          "child's `ru_maxrss` from `os.wait4` in a small interpreter that forks it (forking from the benchmark "
          "process itself would carry its own memory into the figure). Nothing else of the benchmark runs meanwhile; "
          f"{NOTE}.",
          "",
          *_table(["articles", "input MB", "wall", "CPU", "articles/s", "MB/s", "peak RSS", "exit"],
                  [[f"{r.size:,}", f"{r.file_mb:.1f}", _s(r.cli.wall), _s(r.cli.cpu), f"{r.size / r.cli.wall:,.0f}",
                    f"{r.file_mb / r.cli.wall:.2f}", f"{r.cli.peak_mb:,.0f} MB", str(r.cli.returncode)] for r in rs])]
    c = out["compare"]
    L += ["## Extraction in-process, against quantulum3", "",
          f"The clean texts of the first {c['articles']:,} corpus articles ({c['mb']:.2f} MB; the same articles open "
          "every corpus), given to `extract_figures` and then to `quantulum3.parser.parse`, one after the other on one "
          "thread. quantulum3 takes about half a second per article, so it runs on this sample, not on the 1,000 or "
          "10,000 corpora: per-article cost does not depend on corpus size, and our whole-corpus rates are in the "
          f"table above. One-off start-up is excluded and shown apart (ours {_s(c['ours_setup'])}, quantulum3 "
          f"{_s(c['q_setup'])}, loading its unit tables).", "",
          *_table(["extractor", "wall", "CPU", "articles/s", "MB/s", "items found"],
                  [["ours", _s(c["ours_wall"]), _s(c["ours_cpu"]), f"{c['articles'] / c['ours_wall']:,.1f}",
                    f"{c['mb'] / c['ours_wall']:.3f}", f"{c['ours_found']:,} figures"],
                   ["quantulum3", _s(c["q_wall"]), _s(c["q_cpu"]), f"{c['articles'] / c['q_wall']:,.1f}",
                    f"{c['mb'] / c['q_wall']:.3f}", f"{c['q_found']:,} quantities"]]),
          f"Throughput ratio (ours / quantulum3): **{c['ratio']:.1f}x** by wall time, {c['ratio_cpu']:.1f}x by CPU time.", ""]
    if out.get("f1"):
        f = out["f1"]
        L += ["## Value detection on the devset", "",
              f"{f['passages']} labelled real passages, {f['gold']} core gold figures. The rule, the same for both: "
              "each predicted number (ours: `Figure.value`; quantulum3: `Quantity.value`, every quantity it returns) "
              "is compared by absolute value with the passage's gold figures of the core metrics (any metric but "
              "`other`), matching when within 0.5%; each gold figure matches at most one prediction, greedily in "
              "text order. A prediction matching no gold figure is a false positive (years, dates, model numbers and "
              "`other` figures included); unmatched gold figures are misses. Dollar conversions in brackets are "
              "optional: matching one neither counts nor hurts. Country and metric are not checked here (only "
              "`python -m dashboard evaluate` does that), so this compares number finding on equal terms.", "",
              *_table(["extractor", "TP", "FP", "FN", "precision", "recall", "F1"],
                      [[name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"**{s.f1:.3f}**"]
                       for name, s in (("ours", f["ours"]), ("quantulum3", f["quantulum3"]))])]
    L += ["## Table build", "",
          "`tables.load_figures(folder)`: read, extract, tabulate (no cache of its own; module-level tables were "
          "loaded before the first size). `ui.load_library()` with `DEFENSE_DATA_DIR` on the corpus: cold is the "
          "call inside the app's first run right after `st.cache_data.clear()`; warm is the median of three "
          "later calls (cache hit: a stat of every file, hashing the key, unpickling the library).", "",
          *_table(["articles", "figures", "load_figures", "(CPU)", "load_library cold", "load_library warm"],
                  [[f"{r.size:,}", f"{r.figures:,}", _s(r.load_figures), _s(r.load_figures_cpu), _s(r.app.cold_load),
                    _s(r.app.warm_load)] for r in rs])]
    pages = list(rs[0].app.first)
    head = ["page"] + [h for r in rs for h in (f"{r.size:,}: first run", f"{r.size:,}: one country, median (CPU)",
                                              f"{r.size:,}: {r.app.most or '?'}, median (CPU)")]
    rows = [["cold start (Overview, empty cache)"] + [x for r in rs for x in (_s(r.app.cold_first), "", "")]]
    for p in pages:
        row = [p]
        for r in rs:
            row.append(_s(r.app.first.get(p, float("nan"))))
            for walls, cpus in ((r.app.reruns, r.app.cpu), (r.app.reruns_most, r.app.cpu_most)):
                times, cpu = walls.get(p) or [], cpus.get(p) or []
                row.append(f"{_s(median(times))} ({_s(median(cpu))})" if times else "n/a")
        rows.append(row)
    L += ["## The app, server side (AppTest)", "",
          "`AppTest.from_file('dashboard/app/main.py')` in this process. The cache is cleared once per size, before the "
          "first run (the Overview, cold); then each page is opened in the same session with no filter (first run, "
          f"warm cache) and the country filter is changed {out['reruns']} times to a different single country, each "
          "followed by a change to the country with the most figures (owned or hosted; "
          "`at.multiselect(key='country').set_value([...]).run()`). Medians of wall time, with the process CPU time "
          "in brackets (the machine is shared: wall time well above CPU time is other processes' load). Every page "
          "of the menu is timed.", "",
          *_table(head, rows)]
    errors = [f"- {r.size:,} articles, {p}: {e}" for r in rs for p, e in r.app.errors.items()]
    if errors:
        L += ["Errors seen while running the pages:", "", *errors, ""]
    b = out.get("browser")
    L += ["## The browser: time to first chart", ""]
    if b and "ratio" in b:
        L += [f"`streamlit run` (headless, usage stats off, a free port, `DEFENSE_DATA_DIR` on the {out['sizes'][0]:,}-article "
              "corpus, working directory the repository) for our app and for a one-file app with one `st.plotly_chart` "
              "of a three-bar chart. Headless Chromium (Playwright, Debian's chromium), a fresh profile for every load "
              "(nothing cached: a first visit); the time runs from `page.goto` to the first `.js-plotly-plot` being "
              "visible; requests and response bytes finished by then and the main-thread time (CDP TaskDuration) at "
              f"that moment (benchmarks.browser_speed). One untimed warm-up load per app, then {out['loads']} loads "
              "each, alternating.", "",
              *_table(["app", "median", "requests", "MB", "main thread", "loads"],
                      [[name, _s(b[key]), f"{b['detail'][key]['requests']:.0f}" if b.get("detail") else "",
                        f"{b['detail'][key]['bytes'] / 1e6:.2f}" if b.get("detail") else "",
                        _s(b["detail"][key]["task"]) if b.get("detail") else "",
                        ", ".join(_s(x) for x in b["times"][key])]
                       for name, key in (("ours (Overview)", "ours"), ("floor (one chart)", "floor"))]),
              f"Ratio: **{b['ratio']:.2f}x** the floor.", ""]
        if b.get("filter"):
            from benchmarks.browser_filter import table as filter_table

            L += ["Country filter change in the browser (1,000 articles; typed into the sidebar's multiselect, "
                  "Enter): seconds from Enter to the first chart's next drawing (redraw) and to the app's "
                  "script state going back to `notRunning` (settled); per page, the medians of its changes "
                  "(benchmarks.browser_filter).", "", *filter_table(b["filter"]), ""]
    else:
        L += [f"Not measured: {(b or {}).get('error', 'skipped (--no-browser)')}", ""]
    s = out["scale"]
    L += ["## Scale-out", "",
          f"`python -m dashboard extract <{s['corpus']:,} articles> --workers N`, whole process, one run at a time, "
          f"N = 1 and 2 alternating, {len(s['runs'][1])} rounds; medians, with every wall time.", "",
          *_table(["workers", "wall (median)", "CPU, all processes (median)", "peak RSS (largest process)", "wall, each run"],
                  [[str(w), _s(median([r.wall for r in rs])), _s(median([r.cpu for r in rs])),
                    f"{max(r.peak_mb for r in rs):,.0f} MB", ", ".join(_s(r.wall) for r in rs)]
                   for w, rs in s["runs"].items()]),
          f"Speed-up at 2 workers: **{s['speedup']:.2f}x** (the machine has {out['machine']['cores']} cores).", ""]
    ep = out["extract_profile"]
    L += ["## Where the time goes", "",
          f"Extraction: cProfile of `extract_figures` on the first 100 corpus articles ({_s(ep['total'])} under the "
          "profiler, which slows it down). Own time of the top functions, then the project's functions by "
          "cumulative time (shares of the profiled total):", "",
          *_table(["function (own time)", "seconds", "share"],
                  [[f"`{name}`", _s(t), f"{share:.0%}"] for name, t, share in ep["own"]]),
          *_table(["project function (cumulative)", "seconds", "share"],
                  [[f"`{name}`", _s(t), f"{share:.0%}"] for name, t, share in ep["cumulative"]])]
    wp = out.get("warm_profile")
    if wp:
        L += [f"Warm `ui.load_library()` at {out['sizes'][-1]:,} articles: {_s(wp['per_call'])} a call under cProfile "
              "(own time of the top functions over three calls):", "",
              *_table(["function (own time)", "seconds", "share"],
                      [[f"`{name}`", _s(t), f"{share:.0%}"] for name, t, share in wp["own"]])]
    page, own, project = out.get("rerun_profile") or ("", [], [])
    if page:
        L += [f"Filter-change reruns of the slowest page ({page}) at {out['sizes'][-1]:,} articles, sampled every 2 ms "
              "in the script thread (share of samples):", "",
              *_table(["innermost function (own time)", "share"], [[f"`{k}`", f"{v:.0%}"] for k, v in own]),
              *_table(["project function (inclusive)", "share"], [[f"`{k}`", f"{v:.0%}"] for k, v in project])]
    L += ["## Method notes", "",
          "- Corpora: `python -m benchmarks.generate --seed 7` (synthetic, about 600 words per article, every figure "
          "format the extractor supports plus its traps). They measure speed and scale only; the quality figures "
          "come from the labelled devset.",
          "- Wall time is what the targets judge; CPU time is shown so that competition from other processes on a "
          "shared machine can be told apart from the code's own cost.",
          "- `--quick` runs the 100 and 1,000 corpora with fewer repeats; a full run adds 10,000.", ""]
    return "\n".join(L)


def _adversarial_section(path: Path, title: str = "## Adversarial inputs") -> str:
    """A section of an existing RESULTS.md that another module writes (benchmarks.adversarial writes "## Adversarial
    inputs", benchmarks.comparisons "## World Bank comparisons",
    benchmarks.distributed "## Dask engine"), or ""."""
    if not path.is_file():
        return ""
    text = path.read_text(encoding="utf-8")
    start = text.find(f"\n{title}\n")
    if start < 0:
        return ""
    end = text.find("\n## ", start + 1)
    return text[start + 1:end + 1 if end >= 0 else len(text)].rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n")[0])
    parser.add_argument("--devset", type=Path, help="labelled devset folder (passages.jsonl, labels.jsonl)")
    parser.add_argument("--sizes", nargs="+", type=int, metavar="N", help="corpus sizes (default 100 1000 10000)")
    parser.add_argument("--quick", action="store_true", help="sizes 100 and 1000, fewer repeats")
    parser.add_argument("--compare", type=int, metavar="N",
                        help="articles given to both extractors for the quantulum3 ratio (default 100; 30 with --quick)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where corpora live")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurement")
    parser.add_argument("--results", type=Path, default=RESULTS, help="markdown file to write")
    args = parser.parse_args(argv)
    if args.devset and not (args.devset / "labels.jsonl").is_file():
        parser.error(f"{args.devset}: expected passages.jsonl and labels.jsonl there")
    os.chdir(ROOT)
    precompile(ROOT)  # (benchmarks.bytecode: timed processes run compiled, as an installed package does)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the clean-ups (servers, temp files) on kill
    os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")  # bare-mode cache warnings would drown the progress lines
    kept_adversarial = _adversarial_section(args.results)
    from benchmarks import reference_layers
    kept_layers = reference_layers.current_section(args.results)  # written by benchmarks.reference_layers: keep it
    kept_comparisons = _adversarial_section(args.results, "## World Bank comparisons")
    kept_dask = _adversarial_section(args.results, "## Dask engine")
    kept_real = _adversarial_section(args.results, "## Extraction on real passages")
    kept_restart = _adversarial_section(args.results, "## Restart with the figure store")
    from benchmarks import whole_process
    kept_whole = _adversarial_section(args.results, whole_process.TITLE)
    from benchmarks import app_speed, browser_speed
    kept_speed = {t: _adversarial_section(args.results, t) for t in (app_speed.SECTION, browser_speed.SECTION)}
    out = run(args)
    text = render(out)
    args.results.write_text(text + "\n", encoding="utf-8")
    if kept_adversarial:  # written by benchmarks.adversarial (make bench runs it after this): keep it
        from benchmarks.adversarial import write_section
        write_section(kept_adversarial, args.results)
    if kept_layers:
        reference_layers.write_section(kept_layers, args.results)
    if kept_comparisons:  # written by benchmarks.comparisons: keep it too
        from benchmarks.comparisons import write_section as write_comparisons
        write_comparisons(kept_comparisons, args.results)
    if kept_dask:  # written by benchmarks.distributed (make bench-dask): keep it
        from benchmarks.distributed import write_section as write_dask_section
        write_dask_section(kept_dask, args.results)
    if kept_real:  # written by benchmarks.real_passages (make bench runs it after this): keep it
        from benchmarks.real_passages import write_section as write_real_section
        write_real_section(kept_real, args.results)
    for title, section in kept_speed.items():  # written by benchmarks.app_speed and browser_speed: keep them
        if section:
            app_speed.write_section(title, section.split("\n", 1)[1], args.results)
    if kept_restart:  # written by benchmarks.restart (make bench runs it after this): keep it
        from benchmarks.restart import write_section as write_restart_section
        write_restart_section(kept_restart, args.results)
    if kept_whole:  # written by benchmarks.whole_process: keep it
        whole_process.write_section(kept_whole, args.results)
    from benchmarks.targets import refresh
    refresh(args.results)  # the Targets table, read from every section now in the file
    print(args.results.read_text(encoding="utf-8"))
    log(f"written to {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
