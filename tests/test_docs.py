"""The docs stay true to the schema: every metric and column is documented in data/README.md."""

from __future__ import annotations

from pathlib import Path

from dashboard import schema

DATA_README = Path(__file__).resolve().parent.parent / "data" / "README.md"


def test_every_metric_is_documented():
    text = DATA_README.read_text(encoding="utf-8")
    missing = [m for m in schema.METRICS if f"`{m}`" not in text]
    assert not missing, f"metrics missing from data/README.md: {missing}"


def test_every_column_is_documented():
    text = DATA_README.read_text(encoding="utf-8")
    missing = [c.name for c in schema.FIGURE_COLUMNS if f"`{c.name}`" not in text]
    assert not missing, f"columns missing from data/README.md: {missing}"
