"""Extraction speed on real passages: ``python -m benchmarks.real_passages [--devset DIR ...] [--against REPO]``.

Two measurements on the labelled real passages (every ``passages.jsonl`` under the given folders; by default
``../shared/devset2`` when it is there, so the project runs without it):

1. whole process against quantulum3 (issue 11, point 2): the passages are written as article files (front
   matter with publisher and date, then the text), ``python -m dashboard extract FOLDER --output CSV`` runs as
   one process, and one process that imports quantulum3 and parses the same texts; wall and CPU time of each
   (interpreter start, imports and unit tables included), best of ``--rounds`` for ours, one for quantulum3;
2. in-process articles/s of ``extract_figures`` on the same passages (x5), this checkout and, with
   ``--against``, another checkout (an older commit), each in its own interpreter, interleaved, best CPU time
   of ``--rounds`` (the machine is shared: CPU time, best of several, is the least disturbed figure).

The table goes to benchmarks/RESULTS.md under "## Extraction on real passages" (that section only).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.bytecode import NOTE, precompile
from benchmarks.sections import replace_section

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
TITLE = "## Extraction on real passages"
DEFAULT_DEVSET = ROOT.parent / "shared" / "devset2"
RATIO_TARGET = 20.0
QUANTULUM = """import sys, pathlib, warnings
warnings.filterwarnings("ignore")
from quantulum3 import parser
n = sum(len(parser.parse(p.read_text(encoding="utf-8"))) for p in sorted(pathlib.Path(sys.argv[1]).glob("*.body")))
print(n)
"""
IN_PROCESS = """import json, sys, time
sys.path.insert(0, sys.argv[1])
try:
    from dashboard.extraction import ArticleInfo, extract_figures
except ImportError:  # commits before the extraction package
    from dashboard.extract import ArticleInfo, extract_figures
texts = json.load(open(sys.argv[2], encoding="utf-8")) * 5
extract_figures("warm up: 28,500 troops in South Korea.", ArticleInfo("w"))
t = time.process_time()
n = sum(len(extract_figures(x, ArticleInfo(str(i)))) for i, x in enumerate(texts))
print(json.dumps({"cpu": time.process_time() - t, "texts": len(texts), "figures": n}))
"""


def load_passages(folders: list[Path]) -> list[dict]:
    out = []
    for folder in folders:
        for path in sorted(folder.rglob("passages.jsonl")):
            out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def write_articles(passages: list[dict], folder: Path) -> None:
    for i, p in enumerate(passages):
        meta = [f"{k}: {json.dumps(str(p[k]))}" for k in ("publisher",) if p.get(k)]
        if p.get("date"):
            meta.append(f"published: {json.dumps(str(p['date']))}")
        head = "---\n" + "\n".join(meta) + "\n---\n" if meta else ""
        (folder / f"{i:04d}.txt").write_text(head + p["text"], encoding="utf-8")
        (folder / f"{i:04d}.body").write_text(p["text"], encoding="utf-8")


def timed(cmd: list[str], cwd: Path) -> tuple[float, float, str]:
    """(wall, CPU of the child, its stdout) of one process run to the end."""
    before = os.times()
    t = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=True,
                          env={**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
    wall = time.perf_counter() - t
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system), done.stdout


def measure(passages: list[dict], rounds: int, against: Path | None) -> dict:
    out: dict = {"passages": len(passages), "chars": sum(len(p["text"]) for p in passages)}
    for repo in (ROOT, against):
        if repo is not None:
            precompile(repo)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_articles(passages, folder)
        ours = [timed([sys.executable, "-m", "dashboard", "extract", str(folder), "--output", str(Path(tmp) / "f.csv"), "--force"], ROOT)
                for _ in range(rounds)]
        out["ours_wall"], out["ours_cpu"] = min(w for w, _, _ in ours), min(c for _, c, _ in ours)
        wall, cpu, stdout = timed([sys.executable, "-c", QUANTULUM, str(folder)], ROOT)
        out["q_wall"], out["q_cpu"], out["q_items"] = wall, cpu, int(stdout.strip() or 0)
        texts = Path(tmp) / "texts.json"
        texts.write_text(json.dumps([p["text"] for p in passages]), encoding="utf-8")
        repos = {"this checkout": ROOT} | ({f"{against.name} ({_commit(against)})": against} if against else {})
        best: dict[str, dict] = {}
        for _ in range(rounds):  # interleaved: a burst of load from another process hits both alike
            for name, repo in repos.items():
                run = json.loads(timed([sys.executable, "-c", IN_PROCESS, str(repo), str(texts)], repo)[2])
                if name not in best or run["cpu"] < best[name]["cpu"]:
                    best[name] = run
        out["in_process"] = best
    out["figures"] = best["this checkout"]["figures"] // 5
    return out


def _commit(repo: Path) -> str:
    try:
        return subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def render(out: dict, folders: list[Path], rounds: int) -> str:
    ratio_wall, ratio_cpu = out["q_wall"] / out["ours_wall"], out["q_cpu"] / out["ours_cpu"]
    load = os.getloadavg()
    lines = [TITLE, "",
             f"`python -m benchmarks.real_passages` ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {_commit(ROOT)}, "
             f"{platform.machine()}, {os.cpu_count()} CPUs, load average at the end {load[0]:.1f} / {load[1]:.1f} / "
             f"{load[2]:.1f}: the machine is shared, so CPU time is the steadier figure). {out['passages']} real "
             f"passages ({out['chars'] / 1e3:,.0f} K characters) from {', '.join(f.name for f in folders)}.", "",
             "Whole process, one article file per passage (ours: `python -m dashboard extract`, best of "
             f"{rounds}; quantulum3: one interpreter parsing the same texts, once; {NOTE}):", "",
             "| extractor | wall | CPU | passages/s (CPU) | found |", "|---|---|---|---|---|",
             f"| ours | {out['ours_wall']:.2f} s | {out['ours_cpu']:.2f} s | {out['passages'] / out['ours_cpu']:,.0f} | "
             f"{out['figures']:,} figures |",
             f"| quantulum3 | {out['q_wall']:.1f} s | {out['q_cpu']:.1f} s | {out['passages'] / out['q_cpu']:,.1f} | "
             f"{out['q_items']:,} quantities |", "",
             f"Ratio: **{ratio_wall:.1f}x** by wall time, {ratio_cpu:.1f}x by CPU time (target >= {RATIO_TARGET:.0f}x: "
             f"{'met' if min(ratio_wall, ratio_cpu) >= RATIO_TARGET else 'missed'}).", "",
             f"In-process `extract_figures` on the passages x5 (best CPU time of {rounds} interleaved rounds):", "",
             "| code | CPU | passages/s | figures |", "|---|---|---|---|"]
    for name, run in out["in_process"].items():
        lines.append(f"| {name} | {run['cpu']:.2f} s | {run['texts'] / run['cpu']:,.0f} | {run['figures'] // 5:,} |")
    return "\n".join(lines) + "\n"


def write_section(section: str, path: Path = RESULTS) -> None:
    """Replace (or append) this module's section of RESULTS.md, leaving the rest as it is."""
    replace_section(TITLE, section, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.real_passages", description=__doc__.split("\n")[0])
    parser.add_argument("--devset", type=Path, nargs="+", help=f"folders of passages.jsonl (default {DEFAULT_DEVSET})")
    parser.add_argument("--against", type=Path, help="another checkout to time in-process on the same passages")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print the section, leave RESULTS.md alone")
    args = parser.parse_args(argv)
    folders = args.devset or ([DEFAULT_DEVSET] if DEFAULT_DEVSET.is_dir() else [])
    passages = load_passages(folders)
    if not passages:
        print("no real passages found (give --devset DIR): nothing measured", file=sys.stderr)
        return 0
    section = render(measure(passages, args.rounds, args.against), folders, args.rounds)
    print(section)
    if not args.no_write:
        write_section(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
