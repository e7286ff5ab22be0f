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


def test_every_stage_is_documented():
    text = DATA_README.read_text(encoding="utf-8")
    missing = [s for s in schema.STAGES if s and f"`{s}`" not in text]
    assert not missing, f"stages missing from data/README.md: {missing}"


def test_low_confidence_threshold_is_the_extractors():
    """The schema's threshold (used by charts, cards and the Review page) is the extractor's LOW."""
    from dashboard.extraction.confidence import LOW

    assert schema.LOW_CONFIDENCE == LOW
    described = next(c.description for c in schema.FIGURE_COLUMNS if c.name == "confidence")
    assert f"below {LOW:g}" in described


def test_the_data_dictionary_is_generated_from_the_schema():
    """data/README.md's Metrics and Figures table sections are exactly what the declarations give
    (regenerate with ``python -m dashboard.schema --write``)."""
    text = DATA_README.read_text(encoding="utf-8")
    block = text[text.index(schema.DICTIONARY_BEGIN) + len(schema.DICTIONARY_BEGIN):text.index(schema.DICTIONARY_END)]
    assert block.strip() == schema.data_dictionary().strip()
