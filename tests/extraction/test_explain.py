"""`explain`: every numeral of an article, the figure it became and the rule, or why it is no figure."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dashboard.extraction import ArticleInfo, extract_figures
from dashboard.extraction.trace import format_trace

pytestmark = pytest.mark.slow  # runs the CLI in its own process

TEXT = ("The U.S. keeps 28,500 troops stationed in South Korea. Officials said 11,900 troops will be withdrawn "
        "from Germany in 2020. About 40 people attended the briefing. Inflation rose 3.1 percent.")


def _trace(text: str) -> list:
    trace: list = []
    extract_figures(text, ArticleInfo("a"), trace=trace)
    return trace


def test_every_numeral_has_one_decision_in_text_order():
    """Four numerals and a year: five decisions, in the order they stand."""
    trace = _trace(TEXT)
    quotes = [TEXT[d.number.start:d.number.end] for d in trace]
    assert quotes == ["28,500", "11,900", "2020", "40", "3.1 percent"]


def test_a_kept_figure_names_its_rule():
    """The deployment is kept, with the rule that accepted it."""
    first = _trace(TEXT)[0]
    assert first.figure is not None and first.figure.metric == "troops_deployed"
    assert first.why.startswith("personnel:")


def test_rejected_numerals_say_what_evidence_rejected_them():
    """A withdrawal, a year, a head count of people and an inflation rate each carry their reason."""
    by_quote = {TEXT[d.number.start:d.number.end]: d for d in _trace(TEXT)}
    assert by_quote["11,900"].figure is None and "change of troop levels" in by_quote["11,900"].why
    assert "year" in by_quote["2020"].why
    assert by_quote["40"].figure is None and "personnel noun" in by_quote["40"].why
    assert by_quote["3.1 percent"].figure is None and "inflation" in by_quote["3.1 percent"].why


def test_trace_does_not_change_the_figures():
    """Asking for the trace returns the same figures as not asking."""
    plain = extract_figures(TEXT, ArticleInfo("a"))
    traced = extract_figures(TEXT, ArticleInfo("a"), trace=[])
    assert [(f.metric, f.value, f.start) for f in plain] == [(f.metric, f.value, f.start) for f in traced]


def test_format_prints_plain_numbers_never_reprs():
    """A budget prints as 66,300,000,000,000, not 6.63e+13 or np.float64(...)."""
    text = "South Korea's 2026 defense budget of 66.3 trillion won was approved."
    out = format_trace(text, _trace(text))
    assert "66,300,000,000,000" in out and "e+" not in out and "np." not in out


def test_cli_explain_reads_stdin_and_reports_counts():
    """`python -m dashboard explain -` prints one line per numeral after a count line."""
    done = subprocess.run([sys.executable, "-m", "dashboard", "explain", "-"], input=TEXT.encode(),
                          capture_output=True, timeout=120)
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr
    assert out.splitlines()[0] == "stdin: 5 numerals, 1 figures"
    assert "no figure: a change of troop levels" in out


def test_cli_explain_missing_file_is_a_message_not_a_traceback(tmp_path):
    """A missing file gives exit code 2 and one line naming it."""
    done = subprocess.run([sys.executable, "-m", "dashboard", "explain", str(tmp_path / "nope.txt")],
                          capture_output=True, timeout=120)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr and b"nope.txt" in done.stderr
