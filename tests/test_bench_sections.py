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
