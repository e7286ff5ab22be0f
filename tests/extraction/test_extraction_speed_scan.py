"""The speed passes of the scan branch find exactly what the slower code they replace found: each fast path is
compared with a plain reading of its rule (kept here) on the tuned real passages, their upper- and lower-cased
copies, and random texts built from the words the rule looks for; the records' quick __init__ makes what the
dataclass's own would."""

from __future__ import annotations

import dataclasses
import inspect
import json
import random
import re
from pathlib import Path

import pytest

from dashboard.extraction import deployment_lists as dl
from dashboard.extraction import elliptical
from dashboard.extraction.context import SCAN_LIMIT
from dashboard.extraction.countries import CountryMention
from dashboard.extraction.numbers import normalize
from dashboard.extraction.quick_init import quick_init
from dashboard.extraction.record import Figure, NumberMention
from dashboard.extraction.text import Sentence, YearExpression

TUNED = Path(__file__).resolve().parents[1] / "tuned"
HINT_WORDS = ["troops", "Forces", "service members", "service\nmembers", "service  members", "contributing", "Deployments",
              "personnel", "contingents", "abroad", "stationed", "deployed", "France", "Japan", "\u2014", ":", "1,200", "\n",
              "\n\n", " ", "x" * 150, "\r", "\u2028", "military deployments", "Breakdown of the troops",
              "TROOPS", "\u017fervice members", "Contingent\u017f", "\u212aorea", "\u0130"]  # (letters re folds to ASCII ones)


def _texts() -> list[str]:
    out = []
    for path in sorted(TUNED.glob("set*/passages.jsonl")):
        out += [normalize(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out += [t.upper() for t in out] + [t.lower() for t in out]
    rng = random.Random(5)
    out += ["".join(rng.choice(HINT_WORDS) + rng.choice(["", " ", "\n", ": "]) for _ in range(rng.randrange(1, 30)))
            for _ in range(3000)]
    # a line of about the longest length still read (320 characters), each side of it
    out += [f"Intro.\nTroops stationed abroad: {'w' * n} 12\nJapan: 1,200\nFrance: 900\n" for n in range(285, 300)]
    return out


_PLAIN_HINT_RE = re.compile(r"deployments|contingents|troops|forces|personnel|service\s*members|contribut", re.I)


def _headings_by_line(norm: str) -> list[tuple]:
    """The rule as first written: split the text into lines, search each short one for a hint."""
    out, pos = [], 0
    for line in norm.split("\n"):
        if len(line) <= 320 and _PLAIN_HINT_RE.search(line):
            heading = dl.HEADING_RE.match(norm, pos)
            if heading:
                out.append(heading.span())
        pos += len(line) + 1
    return out


def test_deployment_list_headings_are_the_ones_each_line_gives() -> None:
    texts = _texts()
    assert sum(bool(_headings_by_line(t)) for t in texts) > 50  # (headings are found: the comparison is not empty)
    for text in texts:
        assert [h.span() for h in dl._headings(text)] == _headings_by_line(text), text[:80]


def _twin(cls: type) -> type:
    """The same frozen dataclass with the init dataclasses generates."""
    return dataclasses.make_dataclass(cls.__name__, [(f.name, f.type, f) for f in dataclasses.fields(cls)], frozen=True)


@pytest.mark.parametrize("cls", [NumberMention, CountryMention, Sentence, YearExpression], ids=lambda c: c.__name__)
def test_quick_init_makes_what_the_dataclass_init_makes(cls: type) -> None:
    twin = _twin(cls)
    assert cls.__init__ is not twin.__init__ and "_d_" not in repr(inspect.signature(twin.__init__))
    assert [(p.name, p.default) for p in inspect.signature(cls.__init__).parameters.values()] == \
        [(p.name, p.default) for p in inspect.signature(twin.__init__).parameters.values()]
    required = [f.name for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]
    values = {name: i + 7 for i, name in enumerate(required)}
    for extra in [{}, {f.name: f"x{f.name}" for f in dataclasses.fields(cls) if f.name not in values}]:
        made, expected = cls(**values, **extra), twin(**values, **extra)
        assert list(made.__dict__.items()) == list(expected.__dict__.items())
        assert dataclasses.astuple(made) == dataclasses.astuple(expected)
        assert made == cls(**values, **extra) and hash(made) == hash(cls(**values, **extra))
        assert dataclasses.replace(made, **{required[0]: 1}).__dict__ == {**made.__dict__, required[0]: 1}
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(made, required[0], 0)
    positional = cls(*values.values())
    assert positional == cls(**values)
    with pytest.raises(TypeError):
        cls(*values.values(), unknown=1)


def test_quick_init_refuses_a_class_it_cannot_serve() -> None:
    @dataclasses.dataclass
    class Plain:
        a: int

    @dataclasses.dataclass(frozen=True)
    class Hooked:
        a: int

        def __post_init__(self) -> None:
            pass

    for cls in (Plain, Hooked):
        with pytest.raises(TypeError):
            quick_init(cls)


class _CountingList(list):
    """A list that counts the items its iterators hand out (forward, as a copy reads it, or reversed)."""

    handed = 0

    def __iter__(self):
        for item in super().__iter__():
            self.handed += 1
            yield item

    def __reversed__(self):
        for item in super().__reversed__():
            self.handed += 1
            yield item


def test_an_elliptical_comparison_reads_at_most_the_nearest_figures() -> None:
    # a "sentence" of thousands of figures with no anchor for a money amount (gdp-shares-no-stop of the adversarial
    # inputs): each amount used to copy and read every figure before it, quadratic in the sentence's length
    share = Figure("a", "USA", "defense_share_gdp_pct", 2.0, "percent", "2%", "", 0, 2, "share:x (sentence)")
    figures, previous = _CountingList([share] * 5000), _CountingList([share] * 5000)
    money = NumberMention(10**6, 10**6 + 3, 3e10, "money", currency="USD")
    assert elliptical.elliptical_country(None, 0, money, figures, previous) is None
    assert figures.handed + previous.handed <= SCAN_LIMIT
