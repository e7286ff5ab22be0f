"""The compiled programs kept in __pycache__ are the ones re builds: every entry of the file, compiled again by
re's own compiler, is the same program; a pattern built from the file matches as re.compile's does; a broken
file is ignored."""

from __future__ import annotations

import json
import re
from array import array
from pathlib import Path

import dashboard.extraction  # noqa: F401 (imports the rules, so this run's programs are in recache._used)
from dashboard.extraction import recache

TUNED = Path(__file__).resolve().parents[1] / "tuned"


def _fresh(pattern: str, flags: int) -> tuple:
    p = re._parser.parse(pattern, flags)
    code = re._compiler._code(p, flags)
    index = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        index[i] = name
    return (flags | int(p.state.flags), array("I", code).tobytes(), p.state.groups - 1, dict(p.state.groupdict), tuple(index))


def test_every_kept_program_is_the_one_re_builds():
    programs = {k: v for k, v in recache._used.items() if len(k) == 2}
    assert len(programs) > 300  # the rules' patterns went through the cache
    for (pattern, flags), entry in programs.items():
        assert entry == _fresh(pattern, flags), pattern[:80]


def test_a_pattern_from_the_file_matches_as_written():
    text = "\n\n".join(json.loads(line)["text"] for path in sorted(TUNED.glob("set*/passages.jsonl"))
                       for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    for pattern, flags in [k for k in recache._used if len(k) == 2][:120]:
        kept, built = recache.compile_pattern(pattern, flags), re.compile(pattern, flags)
        assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (built.pattern, built.flags, built.groups,
                                                                            built.groupindex)
        assert [(m.span(), m.groups()) for m in kept.finditer(text)] == [(m.span(), m.groups()) for m in built.finditer(text)]


def test_a_broken_file_is_ignored(tmp_path, monkeypatch):
    broken = tmp_path / "regex.marshal"
    broken.write_bytes(b"\x00not marshal at all")
    monkeypatch.setattr(recache, "CACHE", broken)
    monkeypatch.setattr(recache, "_loaded", None)
    monkeypatch.setattr(recache, "_used", {})
    with recache.compiling():
        pattern = recache.compile_pattern(r"(?P<n>\d+)\s+troops", re.I)
    assert pattern.search("about 28,500 Troops").group("n") == "500"
    assert recache._entries() == {}


def test_every_kept_trie_is_the_one_the_word_list_builds():
    from dashboard.extraction import patterns
    from dashboard.extraction.countries import gazetteer

    g = gazetteer()  # (its three tries are long lists: kept under the digest of their words)
    lists = [(list(g._exact), False), (list(g._folded), True), ([*g._exact, *g._folded], False)]
    kept = {k: v for k, v in recache._used.items() if len(k) == 3 and k[2] == "trie"}
    assert kept
    for words, fold in lists:
        assert patterns.trie_alternation(words, fold) == patterns._trie_of(words, fold)
    for (digest, fold, _), text in kept.items():
        assert isinstance(text, str) and text and fold in (0, 1)
