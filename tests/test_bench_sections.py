"""benchmarks/RESULTS.md is written by three scripts: each keeps the others' sections."""

from __future__ import annotations

from benchmarks import distributed as bench
from benchmarks.run import _adversarial_section

BASE = "# Benchmark results\n\n## Targets\n\nT\n\n## Adversarial inputs\n\nA\n"


def test_a_dask_rerun_replaces_its_own_subsection_and_keeps_the_rest(tmp_path):
    results = tmp_path / "RESULTS.md"
    results.write_text(BASE, encoding="utf-8")
    bench.write_section(bench.merge_subsection("### 1,000 articles, 1 round\n\nfirst\n", results), results)
    bench.write_section(bench.merge_subsection("### 1,000 articles, 3 rounds\n\nother\n", results), results)
    bench.write_section(bench.merge_subsection("### 1,000 articles, 1 round\n\nsecond\n", results), results)
    text = results.read_text(encoding="utf-8")
    assert text.startswith(BASE.rstrip("\n")) and text.count("## Dask engine") == 1
    assert "first" not in text and "second" in text and "other" in text
    assert text.index("3 rounds") < text.index("1 round\n")  # the replaced one moves to the end


def test_benchmarks_run_keeps_the_dask_section(tmp_path):
    results = tmp_path / "RESULTS.md"
    results.write_text(BASE + "\n" + bench.merge_subsection("### 10 articles, 1 round\n\nkept\n", results),
                       encoding="utf-8")
    section = _adversarial_section(results, "## Dask engine")
    assert section.startswith("## Dask engine\n") and "kept" in section and "## Adversarial" not in section


def test_the_real_passages_section_replaces_only_itself(tmp_path):
    from benchmarks import real_passages

    results = tmp_path / "RESULTS.md"
    results.write_text(BASE, encoding="utf-8")
    out = {"passages": 2, "chars": 3000, "ours_wall": 1.0, "ours_cpu": 0.5, "q_wall": 30.0, "q_cpu": 20.0, "q_items": 9,
           "figures": 4, "in_process": {"this checkout": {"cpu": 0.01, "texts": 10, "figures": 20}}}
    real_passages.write_section(real_passages.render(out, [tmp_path], 3), results)
    real_passages.write_section(real_passages.render({**out, "q_wall": 10.0}, [tmp_path], 3), results)
    text = results.read_text(encoding="utf-8")
    assert text.startswith(BASE.rstrip("\n")) and text.count("## Extraction on real passages") == 1
    assert "**10.0x** by wall time, 40.0x by CPU time (target >= 20x: missed)" in text
    assert _adversarial_section(results, "## Extraction on real passages").count("| ours |") == 1


def test_real_passages_are_read_from_every_passages_file(tmp_path):
    from benchmarks import real_passages

    for part in ("a", "b"):
        (tmp_path / part).mkdir()
        (tmp_path / part / "passages.jsonl").write_text('{"id": "x", "text": "28,500 troops"}\n\n', encoding="utf-8")
    passages = real_passages.load_passages([tmp_path])
    assert [p["text"] for p in passages] == ["28,500 troops"] * 2
    real_passages.write_articles(passages, tmp_path)
    assert (tmp_path / "0001.txt").read_text(encoding="utf-8") == "28,500 troops"


def test_the_store_import_subsection_joins_the_dask_section(tmp_path):
    """benchmarks.store_import writes its own subsection of "## Dask engine", which benchmarks.run keeps."""
    from benchmarks import store_import
    from benchmarks.run import ProcRun

    results = tmp_path / "RESULTS.md"
    results.write_text(BASE + "\n" + bench.merge_subsection("### 1,000 articles, 1 round\n\nengines\n", results),
                       encoding="utf-8")
    rounds = [{"round": r, "import": ProcRun(2.0, 1.5, 250.0), "rebuild": ProcRun(8.0, 6.0, 220.0), "same": True,
               "pending": 0, "import_load": (3.0, 3.1), "rebuild_load": (3.1, 3.2)} for r in range(3)]
    out = {"size": 1000, "extract": ProcRun(20.0, 12.0, 210.0), "extract_load": (3.0, 3.0), "run_mb": 2.2,
           "rounds": rounds}
    section = store_import.render(out, "2026-12-02 20:00 UTC", (3.0, 2.0, 1.0), (3.5, 2.5, 1.5))
    bench.write_section(bench.merge_subsection(section, results), results)
    kept = _adversarial_section(results, "## Dask engine")
    assert "engines" in kept and "### Dask run into the store, 1,000 articles, 3 rounds" in kept
    assert "the rebuild costs 4.0x the import's CPU and 4.0x its wall time" in kept and "together cost 13.5 s CPU" in kept
    assert kept.count("| yes | 0 |") == 3


def test_a_browser_run_with_skip_keeps_the_other_parts_table_and_says_whose_it_is():
    """benchmarks.browser_speed --skip filter --write must not erase the filter-change table benchmarks.targets reads."""
    from benchmarks.browser_speed import carried

    old = ("intro\n\n`python -m benchmarks.browser_speed` at commit abc1234 on 2026-12-02 19:44 UTC: 1,000 articles.\n\n"
           "| app | first chart (median) |\n|---|---|\n| ours | 3.66 s |\n\nRatio: **1.36x** the floor (target 1.1x).\n\n"
           "| page | country | redraw | settled |\n|---|---|---|---|\n| troops | Germany | 0.35 s | 0.85 s |\n\nafter\n")
    kept = carried(old, "filter")
    assert kept[0] == ("Filter changes: not measured in this run (--skip); as measured before "
                       "(commit abc1234, 2026-12-02 19:44 UTC):")
    assert kept[2:5] == ["| page | country | redraw | settled |", "|---|---|---|---|", "| troops | Germany | 0.35 s | 0.85 s |"]
    assert "after" not in kept and "| ours | 3.66 s |" not in kept
    first = carried(old, "first")
    assert "Ratio: **1.36x** the floor (target 1.1x)." in first and "| troops | Germany | 0.35 s | 0.85 s |" not in first
    again = carried("`python -m benchmarks.browser_speed` at commit fff0000 on 2026-12-03 10:00 UTC: x\n\n"
                    + "\n".join(kept), "filter")
    assert again[0].endswith("(commit abc1234, 2026-12-02 19:44 UTC):")  # a carried table keeps its own run
    assert carried("no tables here", "filter") == []
