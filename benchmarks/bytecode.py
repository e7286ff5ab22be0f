"""Compile a checkout's modules to bytecode before timing whole processes.

An installed package has its ``.pyc`` files (pip compiles them; a first run from source writes them), and
quantulum3 in the virtualenv has its own. The sessions of this shared machine set PYTHONDONTWRITEBYTECODE=1,
so a checkout run from source never keeps any and every ``python -m dashboard`` recompiled ~60 modules
(~0.07 s of CPU, a tenth of a run on the 120 devset2 passages). Timing both sides compiled compares like
with like; the note each benchmark prints says so.
"""

from __future__ import annotations

import compileall
from pathlib import Path

NOTE = ("bytecode compiled beforehand (`compileall`), as an installed package has it; the sessions here set "
        "PYTHONDONTWRITEBYTECODE=1, so a run from source would recompile every module each time")


def precompile(repo: Path) -> bool:
    """Write the ``.pyc`` files of ``repo``'s dashboard package (and the benchmarks); True when all compiled."""
    ok = True
    for folder in ("dashboard", "benchmarks"):
        if (Path(repo) / folder).is_dir():
            ok = bool(compileall.compile_dir(str(Path(repo) / folder), quiet=1, force=False)) and ok
    return ok
