"""The layout keeps its shape: docs/architecture.md lists every stage package, and imports only
point down the stream (ingest -> extraction -> tables -> charts -> app)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "dashboard"
STAGES = ("ingest", "extraction", "tables", "charts", "app")
SHARED = {"schema", "paths", "rates"}  # read by every stage
ENTRY = {"cli", "cli_extract", "__main__", "evaluate", "calibrate"}  # entry points and quality tools may import anything


def stage_packages() -> list[str]:
    return sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists())


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dashboard"):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("dashboard"))
    return found


def stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else None


def test_every_stage_package_is_documented_and_no_other():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`dashboard\.(\w+)`", doc))
    assert set(stage_packages()) == set(STAGES), stage_packages()
    assert documented == set(STAGES), documented


def test_every_top_level_module_is_shared_or_an_entry_point():
    top = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert top <= SHARED | ENTRY, top - SHARED - ENTRY


def test_imports_point_down_the_stream():
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        here = rel.parts[0] if len(rel.parts) > 1 else None
        if here is None:
            continue  # shared modules and entry points
        rank = STAGES.index(here)
        for module in imported_modules(path):
            target = stage_of(module)
            if target is not None and STAGES.index(target) > rank:
                wrong.append(f"{rel} imports {module} (a later stage)")
    assert not wrong, "\n".join(sorted(set(wrong)))


def test_shared_modules_import_no_stage():
    for name in SHARED:
        stages = {stage_of(m) for m in imported_modules(PACKAGE / f"{name}.py")} - {None}
        assert not stages, f"{name}.py imports {stages}"


def test_the_import_scan_sees_imports(tmp_path):
    """The check above can fail: a module of an early stage importing a later one is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("from dashboard.app import ui\nfrom dashboard.tables.frames import load_figures\n")
    assert {stage_of(m) for m in imported_modules(bad)} - {None} == {"app", "tables"}
    assert {stage_of(m) for m in imported_modules(PACKAGE / "app" / "ui.py")} >= {"tables", "charts"}


# ---------------------------------------------------------------------------
# Module size (issue 10, point 1: no module over ~300 lines)
# ---------------------------------------------------------------------------

MAX_LINES = 300
# Modules allowed over the limit for now, each with why. The list only shrinks: split a module by
# responsibility and take its line out; a module that is not here fails as soon as it grows past the limit.
OVER_LIMIT = {
}


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def modules_over(limit: int, root: Path = PACKAGE) -> dict[str, int]:
    """Every Python module under ``root`` longer than ``limit`` lines, by path relative to ``root``."""
    return {path.relative_to(root).as_posix(): n for path in sorted(root.rglob("*.py"))
            if (n := line_count(path)) > limit}


def test_no_module_grows_past_the_limit_unnoticed():
    """A module over 300 lines fails unless the allow-list names it with a reason (split by responsibility)."""
    over = modules_over(MAX_LINES)
    new = {name: n for name, n in over.items() if name not in OVER_LIMIT}
    assert not new, "over {} lines, split by responsibility (or add to OVER_LIMIT with why):\n{}".format(
        MAX_LINES, "\n".join(f"  dashboard/{name}: {n} lines" for name, n in sorted(new.items(), key=lambda i: -i[1])))


def test_the_allow_list_names_real_modules():
    """A renamed or deleted module leaves no stale line behind in OVER_LIMIT."""
    missing = [name for name in OVER_LIMIT if not (PACKAGE / name).is_file()]
    assert not missing, missing


def test_the_size_check_sees_long_modules(tmp_path):
    """The check above can fail: a module one line over the limit is reported, one at the limit is not."""
    (tmp_path / "stage").mkdir()
    (tmp_path / "stage" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1))
    (tmp_path / "short.py").write_text("x = 1\n" * MAX_LINES)
    assert modules_over(MAX_LINES, tmp_path) == {"stage/long.py": MAX_LINES + 1}


def test_no_source_file_holds_a_control_character():
    """A "\\b" written into a non-raw string becomes a backspace: a pattern that silently never matches."""
    root = PACKAGE.parent
    bad = [f"{p.relative_to(root)}:{n}" for folder in ("dashboard", "tests", "benchmarks") for p in sorted((root / folder).rglob("*.py"))
           for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
           if any(ord(c) < 32 and c != "\t" for c in line)]
    assert not bad, bad
