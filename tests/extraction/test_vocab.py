"""The scanner's word lists are data files under dashboard/extraction/vocab/, each defined once and checked on load."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dashboard.extraction import lexicon
from dashboard.extraction.numbers import find_numbers, normalize

EXTRACTION = Path(lexicon.__file__).resolve().parent
LOADERS = [lexicon.currency_prefixes, lexicon.currency_words, lexicon.currency_codes_after, lexicon.number_words,
           lexicon.hedges]


@pytest.mark.parametrize("load", LOADERS, ids=lambda f: f.__name__)
def test_each_file_loads_without_duplicates(load):
    rows = load()
    assert rows, f"{load.__name__} read nothing"
    keys = [row[0] for row in rows]
    folded = load in (lexicon.currency_words, lexicon.hedges)  # matched case-insensitively
    if folded:
        keys = [k.lower() for k in keys]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_every_currency_code_is_iso_style():
    codes = ([p.code for p in lexicon.currency_prefixes()] + [c for _, c in lexicon.currency_words()]
             + [c for _, c in lexicon.currency_codes_after()])
    bad = sorted({c for c in codes if not re.fullmatch(r"[A-Z]{3}", c)})
    assert not bad


def test_every_hedge_qualifier_is_allowed():
    assert {q for _, q in lexicon.hedges()} == {"approx", "lower_bound", "upper_bound"}


@pytest.mark.parametrize("entries", [
    [p.prefix for p in lexicon.currency_prefixes()],
    [w for w, _ in lexicon.currency_words()],
    [h for h, _ in lexicon.hedges()],
    [w.word for w in lexicon.number_words()],
], ids=["prefixes", "words", "hedges", "number_words"])
def test_entries_survive_normalisation(entries):
    """The scanner reads normalised text: an entry that normalisation changes could never match."""
    assert [e for e in entries if normalize(e) != e] == []


def test_longer_entry_first_where_one_begins_another():
    """The tables compile into regex alternations tried in file order: "Rs." must be tried before "Rs"."""
    for entries in ([p.prefix for p in lexicon.currency_prefixes()],  # case-sensitive: "Sg$" and "SG$" are two
                    [w for w, _ in lexicon.currency_words()], [h for h, _ in lexicon.hedges()]):
        for i, a in enumerate(entries):
            assert not [b for b in entries[i + 1:] if b.startswith(a)], a


def test_hedge_phrases_is_the_file_in_order():
    phrases = lexicon.hedge_phrases()
    assert phrases == [h for h, _ in lexicon.hedges()]
    assert {"more than", "about", "up to", "~"} <= set(phrases)
    phrases.append("mutated")  # a fresh list: callers cannot change the table
    assert "mutated" not in lexicon.hedge_phrases()


def test_number_word_values():
    words = {w.word: (w.value, w.kind) for w in lexicon.number_words()}
    assert words["nineteen"] == (19, "unit") and words["ninety"] == (90, "ten")
    assert words["crore"] == (10_000_000, "scale") and words["bn"] == (1_000_000_000, "abbreviation")
    assert all(isinstance(w.value, int) for w in lexicon.number_words())


@pytest.mark.parametrize("text, currency, qualifier", [
    ("more than NT$ 400 billion", "TWD", "lower_bound"),
    ("up to 12 billion zlotys", "PLN", "upper_bound"),
    ("about 5 billion liras", "TRY", "approx"),
    ("913.9 billion TL", "TRY", ""),
    ("40 billion RMB", "CNY", ""),
    ("Rs. 5,000 crore", "INR", ""),
])
def test_the_scanner_reads_the_files(text, currency, qualifier):
    [m] = find_numbers(text)
    assert (m.currency, m.qualifier) == (currency, qualifier)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("load, text, lines", [
    (lexicon.currency_prefixes, "prefix,code,guarded,note\nUS$,USD,0,\nXX$,dollars,0,\nY$,YYY,2,\n", [3, 4]),
    (lexicon.currency_prefixes, "prefix,code,guarded,note\n$,USD,0,\nUS$,USD,0,\nUS$,USD,0,\n", [4]),
    (lexicon.currency_prefixes, "prefix,code,guarded,note\nRs,INR,0,\nRs.,INR,0,\n", [3]),
    (lexicon.currency_words, "word,code,note\nwon,KRW,\nYen,JPY,\nyuan,cn,\n", [3, 4]),
    (lexicon.currency_words, "word,code,note\npounds,GBP,\npounds sterling,GBP,\n", [3]),
    (lexicon.currency_codes_after, "code,currency,note\nTL,TRY,\ntry,TRY,\nRMB,CNYX,\n", [3, 4]),
    (lexicon.number_words, "word,value,kind,note\none,1,unit,\ntwenty,21,ten,\nlakh,lots,scale,\nk,1e3,metric,\n",
     [3, 4, 5]),
    (lexicon.hedges, "phrase,qualifier,note\nmore than,lower_bound,\nabout,roughly,\n,approx,\nAround,approx,\n",
     [3, 4, 5]),
    (lexicon.hedges, "phrase,qualifier,note\nover,lower_bound,\nabout,approx,extra,field\n", [3]),
])
def test_bad_rows_are_all_named(tmp_path, load, text, lines):
    """One ValueError names every bad line of the file, not just the first."""
    path = _write(tmp_path, "table.csv", text)
    with pytest.raises(ValueError) as err:
        load(path)
    named = sorted(int(n) for n in re.findall(r"table\.csv:(\d+):", str(err.value)))
    assert named == lines, str(err.value)


def test_missing_column_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="header lacks qualifier"):
        lexicon.hedges(_write(tmp_path, "hedges.csv", "phrase,note\nabout,\n"))


# A few entries of each table: a module that copied a table back into Python would hold them as strings.
REPRESENTATIVE = {"zloty", "złoty", "hryvnia", "rupiah", "NT$", "US$", "Rs.", "KSh", "upwards of", "in excess of",
                  "as many as", "no fewer than", "crore", "nineteen", "mln", "KZT", "RMB"}
# Currency words no other rule has reason to spell, even inside a longer pattern.
UNMISTAKABLE = ("zlot", "złot", "hryvni", "rupiah", "ringgit", "forint")


def _string_constants(source: str) -> list[str]:
    """The string literals of a module, docstrings left out (they may quote an entry as an example)."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_no_module_keeps_its_own_copy_of_the_tables():
    """The word lists live in vocab/ only: no module under dashboard/extraction spells their entries out."""
    found = []
    for path in sorted(EXTRACTION.rglob("*.py")):
        for const in _string_constants(path.read_text(encoding="utf-8")):
            if const in REPRESENTATIVE or any(word in const.lower() for word in UNMISTAKABLE):
                found.append(f"{path.relative_to(EXTRACTION)}: {const[:60]!r}")
    assert found == []


def test_the_copy_check_would_see_a_copy():
    source = 'X = [("zloty", "PLN")]\nY = r"(?:dollars|forints)"\ndef f():\n    """About "NT$"."""\n'
    assert sorted(_string_constants(source)) == ["(?:dollars|forints)", "PLN", "zloty"]


def test_the_rules_hedge_pattern_is_built_from_the_data_files():
    """Issue 8, point 2: the rules' hedge list is read from hedges.csv and fillers.csv, not typed twice."""
    import re

    from dashboard.extraction import lexicon, vocab

    for phrase in [*lexicon.hedge_phrases(), *lexicon.fillers()]:
        assert re.fullmatch(vocab.HEDGE, phrase + " ", re.IGNORECASE) or re.fullmatch(vocab.HEDGE, phrase, re.IGNORECASE), phrase
    assert "a record" in lexicon.fillers() and "more than" in lexicon.hedge_phrases()
    source = (Path(vocab.__file__)).read_text(encoding="utf-8")
    assert "more than|over" not in source and "upwards of" not in source


def test_personnel_nouns_are_data(tmp_path):
    """The nouns that make a number a head count are read from vocab/ (one list each side of the figure)."""
    from dashboard.extraction.lexicon import PERSON_NOUNS_AFTER_FILE, PERSON_NOUNS_BEFORE_FILE, person_nouns

    assert "peacekeepers" in person_nouns(PERSON_NOUNS_AFTER_FILE) and "manpower" in person_nouns(PERSON_NOUNS_BEFORE_FILE)
    bad = tmp_path / "nouns.csv"
    bad.write_text("phrase,note\nTroops,\ntroops,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="must be lower case"):
        person_nouns(bad)
