"""One section of benchmarks/RESULTS.md replaced in place: each benchmark module owns the section headed by its
title and leaves every other section as it is."""

from __future__ import annotations

import re
from pathlib import Path


def replace_section(title: str, section: str, path: Path) -> None:
    """Replace the section of ``path`` headed ``title`` (up to the next "## " heading) with ``section``, or append
    it when there is none; a missing file starts as "# Benchmark results"."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    body = section.rstrip("\n") + "\n"
    pattern = re.compile(rf"^{re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: body + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + body
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
