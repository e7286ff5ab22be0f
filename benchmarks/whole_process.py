"""Extraction as a whole process, this checkout against another: ``python -m benchmarks.whole_process
[--size 10000] [--against DIR] [--rounds 3]``.

Issue 11 point 2 asks for 10,000 synthetic articles extracted and tabled in under 20 s on one core. This runs
``python -m dashboard extract <corpus>/articles --output <tmp>.csv`` (interpreter start, imports, reading,
extraction, the table and the CSV: everything) on the synthetic corpus of ``--size`` articles (generated if
missing, ``benchmarks.generate``), ``--rounds`` times, and with ``--against`` the same command in another
checkout (an older commit, say) in the same rounds, one after the other, so a burst of load from the other
processes of a shared machine hits both alike. Each run is measured from a small intermediary
(``benchmarks.run.Child``): wall time, CPU time and peak RSS. The CSVs of the two checkouts are compared byte
for byte (a speed change must not change the output).

The section "## Extraction speed, whole process (issue 11 point 2)" of benchmarks/RESULTS.md gets the table;
``benchmarks.targets`` judges the 10,000-article target by the newer of this section and benchmarks.run's.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.bytecode import NOTE, precompile
from benchmarks.generate import DEFAULT_OUT, ensure_corpus
from benchmarks.run import Child, ProcRun
from benchmarks.sections import replace_section

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
TITLE = "## Extraction speed, whole process (issue 11 point 2)"
TARGET_S = 20.0


def commit(repo: Path) -> str:
    try:
        return subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def run_once(repo: Path, articles: Path, out_csv: Path) -> ProcRun:
    return Child([sys.executable, "-m", "dashboard", "extract", str(articles), "--output", str(out_csv), "--force"],
                 cwd=repo).finish()


def measure(size: int, rounds: int, against: Path | None, out: Path, seed: int, label: str = "against") -> dict:
    articles = ensure_corpus(out, size, seed) / "articles"
    repos = {"this checkout": ROOT} | ({label: against} if against else {})
    for repo in repos.values():
        precompile(repo)
    runs: dict[str, list[ProcRun]] = {name: [] for name in repos}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(rounds):
            for name, repo in repos.items():
                run = run_once(repo, articles, Path(tmp) / f"{name}.csv")
                if run.returncode != 0:
                    raise SystemExit(f"{name}: exit {run.returncode}\n{run.stderr}")
                runs[name].append(run)
        same = filecmp.cmp(Path(tmp) / "this checkout.csv", Path(tmp) / f"{label}.csv", shallow=False) if against \
            else None
    mb = sum(p.stat().st_size for p in articles.iterdir()) / 1e6
    return {"size": size, "mb": mb, "rounds": rounds, "runs": runs, "same": same,
            "commits": {name: commit(repo) for name, repo in repos.items()}}


def render(out: dict) -> str:
    load = os.getloadavg()
    lines = [TITLE, "",
             f"`python -m benchmarks.whole_process --size {out['size']}` ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
             f"{platform.machine()}, {os.cpu_count()} CPUs, load average at the end {load[0]:.1f} / {load[1]:.1f} / "
             f"{load[2]:.1f}: the machine is shared, so CPU time is the steadier figure). `python -m dashboard "
             f"extract` on {out['size']:,} synthetic articles ({out['mb']:.1f} MB) to CSV, whole process, "
             f"{out['rounds']} rounds, the checkouts interleaved; median and best of each; {NOTE}.", "",
             "| code | commit | wall (median) | CPU (median) | CPU (best) | articles/s (CPU, best) | peak RSS |",
             "|---|---|---|---|---|---|---|"]
    for name, runs in out["runs"].items():
        cpu = [r.cpu for r in runs]
        lines.append(f"| {name} | {out['commits'][name]} | {statistics.median(r.wall for r in runs):.1f} s | "
                     f"{statistics.median(cpu):.1f} s | {min(cpu):.1f} s | {out['size'] / min(cpu):,.0f} | "
                     f"{max(r.peak_mb for r in runs):,.0f} MB |")
    if out["same"] is not None:
        lines += ["", f"Same CSV from both checkouts: {'yes' if out['same'] else 'NO'}."]
    if out["size"] == 10_000:
        wall = statistics.median(r.wall for r in out["runs"]["this checkout"])
        lines += ["", f"Target (< {TARGET_S:.0f} s at 10,000 articles, whole process): "
                      f"{'met' if wall < TARGET_S else 'missed'} at {wall:.1f} s wall."]
    return "\n".join(lines) + "\n"


def write_section(section: str, path: Path = RESULTS) -> None:
    """Replace (or append) this module's section of RESULTS.md, leaving the rest as it is."""
    replace_section(TITLE, section, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.whole_process", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout, timed in the same rounds")
    parser.add_argument("--label", default="against", help="what the other checkout is, for the table")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where corpora live")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="print the section, leave RESULTS.md alone")
    args = parser.parse_args(argv)
    section = render(measure(args.size, args.rounds, args.against, args.out, args.seed, args.label))
    print(section)
    if not args.no_write:
        write_section(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
