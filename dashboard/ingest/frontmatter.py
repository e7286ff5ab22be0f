"""Front matter and dates: what an article file says about itself before its text starts.

In: decoded text that may open with a YAML block between ``---`` lines; date strings.
Out: the metadata (title, publisher, published, url as strings), the body that follows, and a
warning whenever a block was not read; ``datetime.date`` values from ISO dates (the one parser).
Only plain ``key: value`` YAML is read: no tags, anchors or aliases, no half-read blocks.
"""

from __future__ import annotations

import re
from datetime import date

_FRONT_RE = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
META_KEYS = ("title", "publisher", "published", "url")


_OPENING_RE = re.compile(r"\A---[ \t]*(?:\n|\Z)")


def read_front_matter(text: str, name: str) -> tuple[dict[str, str], str, list[str]]:
    """(metadata, body, warnings) of a text that may open with YAML front matter.

    Only plain ``key: value`` front matter is read. A block that is not, because it is never
    closed, is not valid YAML, uses YAML tags (``!!python/object``), anchors or aliases (the
    "billion laughs" of YAML), is not a mapping, or gives title, publisher, published or url as
    a list or mapping, is not half-read: none of it becomes metadata, the whole file is the
    article's text, and a warning says why. Metadata values are strings; unknown keys are ignored.
    """
    m = _FRONT_RE.match(text)
    if not m:
        if _OPENING_RE.match(text):
            return {}, text, ["the file opens with a '---' line but the front matter is never closed by another "
                              "'---' line; no title, publisher, date or url was read from it, and it is kept as "
                              "part of the article text"]
        return {}, text, []
    simple = _simple_front_matter(m.group(1))
    if simple is not None:
        return simple, text[m.end():], []
    problem = _yaml_front_matter_problem(m.group(1))
    if isinstance(problem, dict):
        return problem, text[m.end():], []
    return {}, text, [f"the front matter between the '---' lines {problem}; no title, publisher, date or url was "
                      "read from it, and it is kept as part of the article text"]


def _yaml_front_matter_problem(block: str) -> dict[str, str] | str:
    """The metadata of a front matter block, or why it is not plain ``key: value`` YAML (yaml is imported here:
    most files take the plain-lines path, and a run that never needs the parser skips its ~15 ms import)."""
    import yaml

    try:
        for token in yaml.scan(block, Loader=yaml.BaseLoader):
            if isinstance(token, (yaml.TagToken, yaml.AnchorToken, yaml.AliasToken)):
                kind = {yaml.TagToken: "tags", yaml.AnchorToken: "anchors", yaml.AliasToken: "aliases"}[type(token)]
                return f"uses YAML {kind} (line {token.start_mark.line + 2}), which are not read"
        # BaseLoader: every scalar is a string; no tags, no object construction.
        meta = yaml.load(block, Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader is safe
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        return "is not valid YAML" + (f" (line {line + 2})" if line is not None else "")
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        return "is not 'key: value' lines"
    odd = [k for k in META_KEYS if k in meta and not isinstance(meta[k], str)]
    if odd:
        return f"gives {', '.join(odd)} as a list or mapping, not a single value"
    return {k: str(meta[k]).strip() for k in META_KEYS if k in meta}


def split_front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    """(metadata, body): :func:`read_front_matter` without its warnings."""
    meta, body, _ = read_front_matter(text, name)
    return meta, body


_SIMPLE_LINE_RE = re.compile(r"([A-Za-z_]+):[ \t]*(.*?)[ \t]*")


# A double-quoted value whose only escapes are \\, \" and \uXXXX outside the surrogates (what json.dumps writes for
# a name with accents): YAML reads these escapes as JSON does. Any other escape goes to the YAML parser.
_JSON_QUOTED_RE = re.compile(r'"((?:[^"\\]|\\["\\]|\\u(?![dD][89abAB])[0-9a-fA-F]{4})*)"')
_ESCAPE_RE = re.compile(r'\\(?:u([0-9a-fA-F]{4})|(.))')


def _unescape(m: re.Match[str]) -> str:
    return chr(int(m.group(1), 16)) if m.group(1) else m.group(2)


def _simple_front_matter(block: str) -> dict[str, str] | None:
    """Fast path for the common case: plain ``key: value`` lines (unquoted, or quoted without escapes).

    Returns None whenever a line needs a real YAML parser (escapes, block scalars, lists...), so
    the result is always what yaml's BaseLoader would give.
    """
    out: dict[str, str] = {}
    for line in block.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _SIMPLE_LINE_RE.fullmatch(line)
        if not m:
            return None
        key, value = m.groups()
        if value[:1] == '"' and value.endswith('"') and len(value) > 1 and "\\" not in value and '"' not in value[1:-1]:
            value = value[1:-1]
        elif value[:1] == '"' and value.isascii() and value.isprintable() and (escaped := _JSON_QUOTED_RE.fullmatch(value)):
            value = _ESCAPE_RE.sub(_unescape, escaped.group(1))  # "\u00e9", "\\", "\"": written by json.dumps
        elif value[:1] == "'" and value.endswith("'") and len(value) > 1 and "'" not in value[1:-1]:
            value = value[1:-1]
        elif value[:1] in "\"'[{&*!|>%@`" or ": " in value or " #" in value or value.endswith(":"):
            return None
        if key in out:
            return None
        out[key] = value
    return {k: out[k].strip() for k in META_KEYS if k in out}


def parse_date(value: str | None, partial: bool = False) -> date | None:
    """An ISO date (or its first 10 characters); None when empty or malformed. The one date parser.

    ``partial`` also reads "2018-03" and "2018" as the first day of that month or year (labelled sets date
    some passages only so far; good enough for year arithmetic, not for showing as a date).

    >>> parse_date("2025-11-03"), parse_date("2018-03"), parse_date("2018-03", partial=True), parse_date("x")
    (datetime.date(2025, 11, 3), None, datetime.date(2018, 3, 1), None)
    """
    value = (value or "").strip()[:10]
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    if partial and re.fullmatch(r"\d{4}(?:-\d{1,2})?", value):
        year, _, month = value.partition("-")
        try:
            return date(int(year), int(month or 1), 1)
        except ValueError:
            return None
    return None
