"""The extraction patterns' compiled programs, kept between runs like the ``.pyc`` files beside them.

Importing the rules compiles ~460 regular expressions and gates most of them (patterns.gated): re parses
and compiles each in pure Python, ~0.6 s of CPU at every start, as long as extracting a hundred articles.
While the package imports, :func:`compiling` answers ``re.compile`` from
``__pycache__/regex-<python>-<sre magic>.marshal``: for each pattern text and flags, the program re's own
compiler produced for them (the arguments it hands to ``_sre.compile``) and the gate ``gated`` read off it.
A pattern not in the file is compiled by re as usual and the file is rewritten (atomically) at the end, with
the patterns of this run only. The same text and flags under the same Python give the same program, so a
pattern from the file is the pattern re.compile would have built; a file that cannot be read or written is
ignored (everything is compiled as before).
"""

from __future__ import annotations

import _sre
import marshal
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from re import _compiler, _parser

CACHE = Path(__file__).resolve().parent / "__pycache__" / (
    f"regex-{sys.implementation.cache_tag}-{sys.version_info.micro}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal")
_GATE = "gate"

_loaded: dict | None = None  # (text, flags) or (text, flags, "gate") -> entry, as read from the file
_used: dict = {}  # the entries of this run
_missed = False


def _entries() -> dict:
    global _loaded
    if _loaded is None:
        try:
            _loaded = marshal.loads(CACHE.read_bytes())  # noqa: S302 - our own file in __pycache__, trusted as the .pyc files beside it
            if not isinstance(_loaded, dict):
                _loaded = {}
        except (OSError, ValueError, EOFError, TypeError):
            _loaded = {}
    return _loaded


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, its program read from the file when it is there."""
    global _missed
    key = (pattern, int(flags))
    entry = _entries().get(key)
    if entry is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = entry
            compiled = _sre.compile(pattern, final_flags, array("I", code).tolist(), groups, groupindex, indexgroup)
            _used[key] = entry
            return compiled
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (int(flags) | int(p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup))
    _used[key] = (*entry[:1], array("I", code).tobytes(), *entry[2:])  # the program as 32-bit words (sre's code size)
    _missed = True
    return _sre.compile(pattern, *entry)


def gate(pattern: str, flags: int, read: Callable[[], str | None]) -> str | None:
    """The gate ``read()`` finds for a pattern (None: no gate), read from the file when it is there."""
    return kept((pattern, int(flags), _GATE), read)


def kept(key: tuple, make: Callable[[], str | None]) -> str | None:
    """``make()``, a pure function of ``key`` (a tuple of three or more, never a pattern's (text, flags)), read
    from the file when it is there: the gates, and the trie alternations built from long word lists."""
    global _missed
    entries = _entries()
    if key in entries:
        _used[key] = entries[key]
        return entries[key]
    _used[key] = found = make()
    _missed = True
    return found


@contextmanager
def compiling() -> Iterator[None]:
    """While the block runs, ``re.compile`` of a str pattern goes through the file; the file is saved after."""
    global _missed
    if array("I").itemsize != _sre.CODESIZE:  # the file keeps programs as 32-bit words
        yield
        return
    original = re.compile

    def cached(pattern, flags=0):
        # the package's own patterns only: a module it imports (tokenize...) may build its patterns differently per run
        if (isinstance(pattern, str) and not int(flags) & re.DEBUG
                and sys._getframe(1).f_globals.get("__name__", "").startswith("dashboard.")):
            return compile_pattern(pattern, flags)
        return original(pattern, flags)

    re.compile = cached
    try:
        yield
    finally:
        re.compile = original
    if _missed:
        _missed = False
        try:
            from dashboard.paths import write_atomically

            CACHE.parent.mkdir(exist_ok=True)
            write_atomically(CACHE, marshal.dumps(_used))
        except (OSError, ValueError):
            pass  # a read-only install compiles at every start, as before
