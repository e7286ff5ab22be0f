"""AppTest: the sidebar's minimum-confidence box, bound to ``?confidence=``; every data page and the downloads
follow it, the Review page does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

pytestmark = pytest.mark.slow  # drives the Streamlit app (AppTest)

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app" / "main.py")


def page(name: str, **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(f"views/{name}")
    return at.run()


def confidences(at: AppTest) -> list[float]:
    return sorted(float(c) for c in at.dataframe[0].value["confidence"])


def captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


def test_the_box_starts_on_any_and_shows_every_figure(scored_library):
    at = page("data.py")
    assert not at.exception, at.exception
    box = at.selectbox(key="confidence")
    assert box.value == 0.0 and box.options == ["Any", "0.6 and above (hides low)", "0.7 and above",
                                                 "0.8 and above", "0.9 and above"]
    assert confidences(at) == [0.45, 0.5, 0.9, 0.9]
    assert "of the extractor's figures were right" in captions(at)


def test_choosing_a_minimum_hides_the_less_sure_figures_and_writes_the_url(scored_library):
    at = page("data.py")
    at.selectbox(key="confidence").set_value(0.6).run()
    assert not at.exception, at.exception
    assert confidences(at) == [0.9, 0.9]
    assert at.query_params["confidence"] == "0.6"  # (AppTest gives a single value as it is)
    assert "figures at 0.6 or above were right" in captions(at)
    at.selectbox(key="confidence").set_value(0.0).run()  # back to every figure ("Any"): the parameter goes
    assert "confidence" not in at.query_params and len(confidences(at)) == 4


def test_a_link_sets_the_minimum_and_a_bad_value_means_any(scored_library):
    at = page("data.py", confidence="0.9")
    assert at.selectbox(key="confidence").value == 0.9 and confidences(at) == [0.9, 0.9]
    for bad in ("abc", "0.75", "<script>"):
        other = page("data.py", confidence=bad)
        assert not other.exception, other.exception
        assert other.selectbox(key="confidence").value == 0.0 and len(confidences(other)) == 4


def test_the_charts_follow_the_minimum_and_nothing_left_says_what_to_change(scored_library):
    troops = page("troops.py", confidence="0.6")
    assert not troops.exception, troops.exception
    shown = "\n".join(m.value for m in troops.markdown)
    assert "28,500" not in shown  # b-second's troops (0.45) are gone from the cards
    budgets = page("budgets.py", confidence="0.6")  # c-third's budget (0.5) was the only one
    warning = "\n".join(w.value for w in budgets.warning).replace("\\", "")
    assert "confidence 0.6 and above" in warning


def test_the_download_follows_the_minimum_and_says_so_in_its_name(scored_library):
    from tests.app.test_app import _download

    at = page("data.py", confidence="0.9")
    download = _download(at.get("download_button")[0])
    assert download.filename == "defense-figures_confidence-0.9-up.csv"
    assert download.content.decode("utf-8").count("\n") == 3  # the header and the two figures at 0.9


def test_review_lists_every_figure_whatever_the_minimum(scored_library):
    at = page("review.py", confidence="0.9")
    assert not at.exception, at.exception
    assert len(at.dataframe[0].value) == 4  # the low ones too: reviewing them is the point
    assert "does not apply here" in captions(at)


def test_the_overview_says_how_many_figures_are_likely_wrong(scored_library):
    """One minus each unreviewed figure's confidence, summed: 0.1 + 0.55 + 0.1 + 0.5; under a minimum of 0.6,
    the two at 0.9."""
    def line(at: AppTest) -> str:
        return next(m.value for m in at.markdown if "likely wrong" in m.value)

    assert "about **1.2** of the 4 figures with a number to review likely wrong" in line(page("overview.py"))
    assert "about **0.2** of the 2 figures with a number to review likely wrong" in line(page("overview.py", confidence="0.6"))
    data = page("data.py")
    assert any("about 1.2 of the 4 figures with a number to review likely wrong" in c.value for c in data.caption)
