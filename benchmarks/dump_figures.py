"""Every figure and trace decision of many texts, as plain lines: ``python -m benchmarks.dump_figures [--synthetic DIR] [--out FILE]``.

The guard for speed work: a change that is meant to leave the output alone is checked by dumping before and
after it and comparing the two files byte for byte (``cmp``). The texts: every ``passages.jsonl`` found in
the repository's tuned sets (tests/tuned), beside it (``../shared/devset2``, ``../devset*``) when those folders
are there, the articles of data/articles, the adversarial inputs at 3 KB, and, with ``--synthetic``, a folder
of generated articles (``python -m benchmarks.generate``). Each text gives one header line, then one line per
figure (every field) and one per trace decision (number, kind, value, why).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def passage_files() -> list[Path]:
    found = sorted((ROOT / "tests" / "tuned").rglob("passages.jsonl"))
    found += sorted((ROOT.parent / "shared" / "devset2").rglob("passages.jsonl"))
    for folder in sorted(ROOT.parent.glob("devset*")):
        # a set kept sealed until its one scoring: never run the extractor on it here (each set's own folder
        # holds its NOTES.md, and a folder of sets such as ../devsets holds many)
        found += [p for p in sorted(folder.rglob("passages.jsonl")) if not _sealed(p.parent)]
    return found


def _sealed(folder: Path) -> bool:
    """True when the folder's NOTES.md says the set is sealed ("... SEALED until it has been scored once")."""
    notes = folder / "NOTES.md"
    try:
        head = notes.read_text(encoding="utf-8")[:300]
    except OSError:
        return False
    return "SEALED" in head


def texts(synthetic: Path | None) -> list[tuple[str, str, object]]:
    """(name, text, ArticleInfo) of every text the dump covers, in a fixed order."""
    from benchmarks.adversarial import INPUTS
    from dashboard.extraction import ArticleInfo
    from dashboard.ingest.articles import article_files, read_article

    out: list[tuple[str, str, object]] = []
    for path in passage_files():
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                p = json.loads(line)
                out.append((f"{path.parent.name}/{i}", p["text"], ArticleInfo(str(p.get("id", i)), title=p.get("title", ""),
                                                                          publisher=p.get("publisher", ""))))
    articles = list(article_files(ROOT / "data" / "articles"))
    if synthetic:
        articles += list(article_files(synthetic))
    for path in articles:
        a = read_article(Path(path))
        out.append((Path(path).name, a.text, ArticleInfo(a.article_id, a.published, a.title, a.publisher)))
    for name, make in INPUTS.items():
        out.append((f"adversarial/{name}", make(3000), ArticleInfo(name)))
    return out


def dump(synthetic: Path | None, out) -> int:
    from dashboard.extraction import extract_figures

    names = [f.name for f in fields(__import__("dashboard.extraction.record", fromlist=["Figure"]).Figure)]
    total = 0
    for name, text, info in texts(synthetic):
        trace: list = []
        figures = extract_figures(text, info, trace=trace)
        total += len(figures)
        out.write(f"== {name} {len(figures)} figures {len(trace)} numerals\n")
        for f in figures:
            out.write("F " + "\t".join(str(getattr(f, n)) for n in names) + "\n")
        for d in trace:
            out.write(f"T {d.number} {d.why}\n")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dump_figures", description=__doc__.split("\n")[0])
    parser.add_argument("--synthetic", type=Path, help="a folder of generated articles to include")
    parser.add_argument("--out", type=Path, help="write here instead of stdout")
    args = parser.parse_args(argv)
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            total = dump(args.synthetic, fh)
    else:
        total = dump(args.synthetic, sys.stdout)
    print(f"{total} figures", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
