"""The Targets table of benchmarks/RESULTS.md is read from the other sections: change a section's number
and its row changes; take a section away and its target is missed, not met."""

from __future__ import annotations

import re

from benchmarks import restart, targets
from benchmarks.run import _adversarial_section

DOC = """# Benchmark results

Written by `python -m benchmarks.run` (full run) on 2026-11-28 22:15 UTC; the run took 6.4 min.

## Machine

- 2 cores

## Targets

(old)

## Extraction, whole process

| articles | input MB | wall | CPU | articles/s | MB/s | peak RSS | exit |
|---|---|---|---|---|---|---|---|
| 1,000 | 4.1 | 9.5 s | 9.4 s | 106 | 0.44 | 277 MB | 0 |
| 10,000 | 41.2 | {tenk} | 69.1 s | 144 | 0.60 | 983 MB | 0 |

## The app, server side (AppTest)

| page | 10,000: first run | 10,000: rerun median (max) |
|---|---|---|
| cold start (Overview, empty cache) | 64.2 s |  |
| overview | 0.706 s | 0.150 s (0.160 s) |
| budgets | 0.905 s | {budgets} (0.559 s) |

## The browser: time to first chart

Ratio: **{ratio}x** the floor.

## Extraction on real passages

`python -m benchmarks.real_passages` (2026-12-03 10:00 UTC, commit abc).

Ratio: **{real}x** by wall time, 25.0x by CPU time (target >= 20x: met).

## Restart with the figure store

`python -m benchmarks.restart` on 2026-12-04 09:30 UTC: 2 cores.

**server side: new process to the end of the Overview's first run (AppTest)**

| case | median | each start |
|---|---|---|
| 1 article, store filled | 2.00 s | 2.00 |

10,000 unchanged / 1 article: **{server}x** (target <= 1.5x: met).

**browser: `streamlit run` started to the first visible chart (headless Chromium)**

10,000 unchanged / 1 article: **{browser}x** (target <= 1.5x: met).

## Dask engine

### 1,000 articles, 1 round

2026-12-02 15:26 UTC; 2 cores.

| articles | engine | same |
|---|---|---|
| 1,000 | local, 1 process | yes |
| 1,000 | dask, 2 workers | {same} |
"""
GOOD = {"tenk": "18.0 s", "budgets": "0.250 s", "ratio": "1.05", "real": "30.0", "server": "1.20",
        "browser": "1.40", "same": "yes"}


def table(**changes) -> dict[str, list[str]]:
    """{target key: [target, measured, section, date, status]} for DOC with ``changes``."""
    rows = targets.rows(DOC.format(**{**GOOD, **changes}))
    return {t.key: row for t, row in zip(targets.TARGETS, rows, strict=True)}


def test_each_row_is_read_from_its_section_with_its_date():
    got = table()
    assert got["extract-10k"][1:] == ["18.0 s (CLI, whole process; CPU 69.1 s)", "Extraction, whole process",
                                      "2026-11-28 22:15 UTC", "MET"]
    assert got["filter-one"][1].startswith("slowest page budgets: 0.250 s") and got["filter-one"][4] == "MET"
    assert got["first-chart"][4] == "MET" and got["first-chart"][3] == "2026-11-28 22:15 UTC"
    assert got["quantulum-real"][3:] == ["2026-12-03 10:00 UTC", "MET"]
    assert got["restart-server"][1].startswith("1.20x") and got["restart-server"][3:] == ["2026-12-04 09:30 UTC", "MET"]
    assert got["restart-browser"][1].startswith("1.40x") and got["restart-browser"][4] == "MET"
    assert got["dask-same"][1:] == ["2 of 2 runs wrote the local engine's rows", "Dask engine", "2026-12-02 15:26 UTC",
                                    "MET"]


def test_a_number_past_its_target_is_missed():
    got = table(tenk="20.0 s", budgets="0.300 s", ratio="1.11", real="19.9", server="1.51", browser="1.60", same="no")
    for key in ("extract-10k", "filter-one", "first-chart", "quantulum-real", "restart-server", "restart-browser",
                "dask-same"):
        assert got[key][4] == "MISSED", key
    assert got["restart-browser"][1].startswith("1.60x") and got["restart-server"][1].startswith("1.51x")


def test_a_target_without_a_section_is_missed_not_met():
    got = table()
    for key in ("filter-most", "browser-settle", "browser-redraw"):
        assert got[key][1:] == ["not measured", "-", "-", "MISSED (not measured)"], key
    text = DOC.format(**GOOD).replace("## Restart with the figure store", "## Something else")
    rows = dict(zip([t.key for t in targets.TARGETS], targets.rows(text), strict=True))
    assert rows["restart-browser"][4] == "MISSED (not measured)"


def test_a_section_may_state_a_target_outright_and_tables_are_found_by_their_columns():
    extra = ("\n## Filter changes\n\n2026-12-05 08:00 UTC.\n\n| page | one country: wall | CPU | Iran (9,000 figures): wall |"
             "\n|---|---|---|---|\n| troops | 0.210 s | 0.2 s | 0.350 s |\n| budgets | 0.190 s | 0.2 s | 0.280 s |\n\n"
             "Target `browser-settle`: 0.31 s after the redraw (met)\n")
    rows = dict(zip([t.key for t in targets.TARGETS], targets.rows(DOC.format(**GOOD) + extra), strict=True))
    assert rows["filter-one"][1].startswith("slowest page troops: 0.210 s") and rows["filter-one"][2] == "Filter changes"
    assert rows["filter-most"][1].startswith("slowest page troops: 0.350 s") and rows["filter-most"][4] == "MISSED"
    assert rows["filter-most"][3] == "2026-12-05 08:00 UTC"
    assert rows["browser-settle"][1:] == ["0.31 s after the redraw", "Filter changes", "2026-12-05 08:00 UTC", "MET"]


def test_the_redraw_targets_read_each_page_s_median_and_not_the_code_before():
    """benchmarks.browser_speed writes one row per page (medians over its changes) and, with --against, a row of
    the code before the change: the targets judge the slowest page of ours."""
    from benchmarks.browser_filter import table as filter_table

    def change(app: str, redraw: float, settled: float) -> dict:
        return {"app": app, "country": "France", "redraw": redraw, "settled": settled, "cpu": 0.5}

    by_page = {"troops": [change("ours", 0.30, 0.60), change("against", 0.90, 1.90), change("ours", 0.38, 0.70),
                          change("ours", 0.95, 1.20)],
               "budgets": [change("ours", 0.36, 0.80), change("ours", 0.34, 0.70), change("against", 1.00, 2.00)]}
    lines = filter_table(by_page, "abc1234")
    assert lines[2].startswith("| troops | 3 | 0.38 s | 0.30-0.95 s | 0.70 s | 0.30 s | 0.50 s |"), lines[2]
    assert lines[3].startswith("| troops, before (abc1234) | 1 | 0.90 s |"), lines[3]
    section = "\n## The browser: filter changes\n\n2026-12-05 08:00 UTC.\n\n" + "\n".join(lines) + "\n"
    rows = dict(zip([t.key for t in targets.TARGETS], targets.rows(DOC.format(**GOOD) + section), strict=True))
    assert rows["browser-redraw"][1].startswith("slowest page troops: 0.380 s") and rows["browser-redraw"][4] == "MET"
    assert rows["browser-settle"][1].startswith("slowest page budgets: 0.400 s")
    assert rows["browser-settle"][4] == "MET"


def test_refresh_replaces_only_the_targets_section(tmp_path):
    path = tmp_path / "RESULTS.md"
    path.write_text(DOC.format(**GOOD), encoding="utf-8")
    targets.refresh(path)
    targets.refresh(path)
    text = path.read_text(encoding="utf-8")
    assert text.count("## Targets") == 1 and "(old)" not in text
    assert text.index("## Machine") < text.index("## Targets") < text.index("## Extraction, whole process")
    assert "| MISSED (not measured) |" in text and text.count("| MET |") == 8
    assert text.replace(_adversarial_section(path, "## Targets"), "") == \
        DOC.format(**GOOD).replace(_adversarial_section_text(DOC.format(**GOOD)), "")


def _adversarial_section_text(doc: str) -> str:
    start = doc.index("## Targets")
    return doc[start:doc.index("## Extraction, whole process")].rstrip("\n") + "\n"


def test_the_restart_section_is_kept_and_replaces_only_itself(tmp_path):
    path = tmp_path / "RESULTS.md"
    path.write_text(DOC.format(**GOOD), encoding="utf-8")
    out = {"times": {"server": {"one": [2.0, 2.2], "one-nostore": [3.0, 3.1], "big": [4.0, 4.4], "big-edited": [9.0, 9.5]}},
           "size": 10000, "rounds": 2, "figures": 145000}
    env = {"cores": 2, "cpu": "x86", "commit": "abc1234"}
    from datetime import UTC, datetime
    section = restart.render(out, env, datetime(2026, 12, 6, 7, 0, tzinfo=UTC), (1.0, 1.0, 1.0), (2.0, 2.0, 2.0))
    restart.write_section(section, path)
    kept = _adversarial_section(path, "## Restart with the figure store")
    assert kept == section.rstrip("\n") + "\n" and "code abc1234. 2 rounds" in kept
    rows = dict(zip([t.key for t in targets.TARGETS], targets.rows(path.read_text(encoding="utf-8")), strict=True))
    assert rows["restart-server"][1].startswith("2.00x") and rows["restart-server"][3:] == ["2026-12-06 07:00 UTC", "MISSED"]
    assert rows["restart-browser"][4] == "MISSED (not measured)"  # this run had no browser mode


def test_the_newer_whole_process_section_judges_the_10k_target(tmp_path):
    """benchmarks.whole_process's 10,000-article section wins over benchmarks.run's row when it is newer, loses when
    older, and a rerun of benchmarks.run keeps it."""
    from benchmarks import whole_process
    from benchmarks.run import ProcRun

    runs = {"this checkout": [ProcRun(50.0, 49.0, 900.0), ProcRun(52.0, 50.0, 910.0), ProcRun(51.0, 49.5, 905.0)],
            "against": [ProcRun(70.0, 69.0, 990.0)]}
    out = {"size": 10_000, "mb": 41.2, "rounds": 3, "runs": runs, "same": True, "commits": {"this checkout": "b",
                                                                                           "against": "a"}}
    section = whole_process.render(out)
    assert "| this checkout | b | 51.0 s | 49.5 s | 49.0 s | 204 | 910 MB |" in section
    assert "Same CSV from both checkouts: yes." in section and "missed at 51.0 s wall" in section
    newer = DOC.format(**GOOD) + "\n" + re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", "2026-12-09 10:00 UTC", section, count=1)
    rows = dict(zip([t.key for t in targets.TARGETS], targets.rows(newer), strict=True))
    assert rows["extract-10k"][1:] == ["51.0 s (CLI, whole process, median; CPU 49.5 s)",
                                       whole_process.TITLE.removeprefix("## "), "2026-12-09 10:00 UTC", "MISSED"]
    assert rows["peak-memory"][1:] == ["910 MB", whole_process.TITLE.removeprefix("## "), "2026-12-09 10:00 UTC", "MET"]
    got = rows["extract-10k"]
    older = newer.replace("2026-12-09 10:00", "2026-11-01 10:00")
    got = dict(zip([t.key for t in targets.TARGETS], targets.rows(older), strict=True))["extract-10k"]
    assert got[2:] == ["Extraction, whole process", "2026-11-28 22:15 UTC", "MET"]
    path = tmp_path / "RESULTS.md"
    path.write_text(newer, encoding="utf-8")
    kept = _adversarial_section(path, whole_process.TITLE)
    assert kept.startswith(whole_process.TITLE) and "## The app" not in kept


def test_a_first_chart_table_carried_by_a_skip_run_keeps_the_date_it_was_measured():
    """`browser_speed --skip first` re-measures filter changes and carries the first-chart table: the target's date is
    the run that measured the first chart, not the run that carried it."""
    section = ("\n## The browser: first chart and filter changes\n\n`python -m benchmarks.browser_speed` at commit "
               "def5678 on 2026-12-05 14:07 UTC: 1,000 articles.\n\nFirst chart: not measured in this run (--skip); as "
               "measured before (commit abc1234, 2026-12-03 04:55 UTC):\n\n| app | first chart (median) |\n|---|---|\n"
               "| ours | 3.90 s |\n| floor | 3.71 s |\n\nRatio: **1.05x** the floor (target 1.1x).\n")
    doc = DOC.replace("## The browser: time to first chart\n\nRatio: **{ratio}x** the floor.\n\n", "")
    rows = dict(zip([t.key for t in targets.TARGETS], targets.rows(doc.format(**GOOD) + section), strict=True))
    assert rows["first-chart"][3] == "2026-12-03 04:55 UTC" and rows["first-chart"][4] == "MET"
