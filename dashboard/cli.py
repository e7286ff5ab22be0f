"""Command line: ``python -m dashboard extract|evaluate|explain|add|rebuild|store|reference ...``.

In: the arguments; out: the exit code, results on stdout, problems on stderr. ``extract`` and its
engines are in :mod:`dashboard.cli_extract`; the parser and the other commands are here.

Bad input is reported on stderr by file name, the other files still come out, and the exit
code is non-zero when anything failed. No tracebacks for bad input.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dashboard.cli_extract import cmd_extract, expand, read_one
from dashboard.ingest.articles import ArticleError


def cmd_evaluate(args: argparse.Namespace) -> int:
    from dashboard.evaluate import DevsetError, evaluate, format_report

    folder = Path(args.devset)
    if not (folder / "passages.jsonl").is_file() or not (folder / "labels.jsonl").is_file():
        print(f"error: {folder}: expected passages.jsonl and labels.jsonl in this folder", file=sys.stderr)
        return 2
    try:
        print(format_report(evaluate(folder)))
    except DevsetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    """Every numeral of one article: the figure it became and the rule, or the evidence against it."""
    from dashboard.extraction.trace import format_trace
    from dashboard.tables.rows import extract_article

    try:
        article = read_one(args.path)
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {args.path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for warning in article.warnings:  # as extract and add say them ("not valid UTF-8; read as Windows-1252")
        print(f"{args.path}: warning: {warning}", file=sys.stderr)
    trace: list = []
    extract_article(article, trace)
    kept = sum(d.figure is not None for d in trace)
    print(f"{article.article_id}: {len(trace)} numerals, {kept} figures")
    if trace:
        print(format_trace(article.text, trace))
    return 0


def _stdin_item() -> tuple[str, bytes]:
    """``-`` for add: one article from stdin, named by a sniff of its first bytes."""
    from dashboard.ingest.articles import max_bytes

    data = sys.stdin.buffer.read(max_bytes() + 1)
    head = data[:200].lstrip().lower()
    return ("stdin.html" if head.startswith((b"<!doctype html", b"<html")) else "stdin.txt"), data


def cmd_add(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from dashboard.tables.library import AddResult, add_files, looks_like_url

    meta = {key: getattr(args, key) or "" for key in ("title", "publisher", "published", "url")}
    items: list = []
    problems: list[str] = []
    for item in args.items:
        if looks_like_url(item) and not os.path.lexists(item):
            items.append(item)  # fetched (http/https only) by the library, which refuses the rest clearly
            continue
        files, missing = expand([item])
        problems.extend(missing)
        items.extend(_stdin_item() if f == "-" else f for f in files)
    if any(meta.values()) and len(items) + len(problems) > 1:
        print("error: --title, --publisher, --published and --url describe one article; give a single FILE or URL "
              "(several files use their own front matter)", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)

    # disable=None: the bar shows on a terminal only, so logs and pipes get the result lines alone.
    quiet = True if len(items) <= 1 else None
    with tqdm(total=len(items), file=sys.stderr, unit="article", disable=quiet, leave=False) as bar:
        def report(result: AddResult) -> None:
            bar.update(1)
            if result.ok:
                n = result.figures
                tqdm.write(f"saved as {result.path} with {n} figure{'' if n == 1 else 's'}", file=sys.stdout)
            else:
                tqdm.write(f"error: {result.error}", file=sys.stderr)
                if result.offline:
                    tqdm.write("hint: without internet access, save the page as .html in your browser and add that "
                               "file instead", file=sys.stderr)
            if result.extraction_error:
                tqdm.write(f"error: {result.name}: {result.extraction_error}; saved without figures", file=sys.stderr)
            for warning in result.warnings:
                if not (result.extraction_error and result.extraction_error in warning):  # said once, as the error
                    tqdm.write(f"{result.name}: warning: {warning}", file=sys.stderr)

        try:
            results = add_files(items, progress=report, **meta)
        except ArticleError as exc:  # the whole batch refused (too many files): nothing was written
            tqdm.write(f"error: {exc}", file=sys.stderr)
            return 1
    return 1 if problems or not all(r.ok and not r.extraction_error for r in results) else 0


def cmd_rebuild(args: argparse.Namespace) -> int:
    """Bring the figure store up to date with the articles folder, with a progress bar."""
    from tqdm import tqdm

    from dashboard.paths import articles_dir, store_path
    from dashboard.tables.sync import rebuild

    with tqdm(file=sys.stderr, unit="article", disable=None, leave=False) as bar:
        result = rebuild(articles_dir(), store_path(), everything=args.all,
                         progress=lambda done, total: (setattr(bar, "total", total), bar.update(done - bar.n)))
    for note in result.notes:  # (a store set aside and rebuilt: recovered, so a warning, and exit 0)
        print(f"warning: {note}", file=sys.stderr)
    for problem in [r.problem for r in result.unstored]:
        print(f"error: {problem}", file=sys.stderr)
    print(f"{store_path()}: {result.extracted} article(s) extracted, {result.verified} unchanged after a read, "
          f"{result.removed} removed")
    return 1 if result.unstored else 0


def cmd_store_import(args: argparse.Namespace) -> int:
    """Adopt a Parquet extraction run into the figure store of a data folder, extracting nothing."""
    from tqdm import tqdm

    from dashboard.paths import data_dir
    from dashboard.tables.parquet import ParquetFolderError
    from dashboard.tables.store_import import StoreImportError, describe_report, import_run

    data = Path(args.data).expanduser().resolve() if args.data else data_dir()
    with tqdm(file=sys.stderr, unit="article", disable=None, leave=False) as bar:
        try:
            report = import_run(Path(args.run), data, progress=lambda done, total: (
                setattr(bar, "total", total), bar.update(done - bar.n)))
        except (ParquetFolderError, StoreImportError) as exc:
            tqdm.write(f"error: {exc}", file=sys.stderr)
            return 2
    summary, warnings = describe_report(report)
    for line in warnings:
        print(line, file=sys.stderr)
    print("\n".join(summary))
    return 1 if report.left_count else 0


def cmd_reference_refresh(args: argparse.Namespace) -> int:
    from dashboard.tables.reference_refresh import RefreshError, refresh

    try:
        result = refresh(args.url_base)
    except RefreshError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(result.summary())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard",
                                     description="Defense figures from news articles, with their source sentences.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the tidy figures table of article files or folders")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders; - reads one article from stdin")
    ex.add_argument("--format", choices=("csv", "jsonl", "parquet"), default="csv",
                    help="parquet: a folder of parts (one per chunk of files) and a manifest; needs --output")
    ex.add_argument("--output", metavar="FILE", help="write here (atomically) instead of stdout; an existing file "
                    "only with --force, never an input article (--format parquet: a new or empty folder)")
    ex.add_argument("--force", action="store_true", help="replace an existing --output file")
    ex.add_argument("--workers", type=int, metavar="N", help="extract with N processes (dask: N local workers, "
                    "default one per CPU)")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="dask: extract on dask.distributed (a local cluster unless --scheduler is given)")
    ex.add_argument("--scheduler", metavar="ADDR", help="with --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786")
    ex.set_defaults(func=cmd_extract)
    ev = sub.add_parser("evaluate", help="score the extractor on a labelled devset folder")
    ev.add_argument("devset", metavar="FOLDER")
    ev.set_defaults(func=cmd_evaluate)
    xp = sub.add_parser("explain", help="for every numeral of an article: the figure it became and why, or why not")
    xp.add_argument("path", metavar="FILE", help="an article file; - reads one article from stdin")
    xp.set_defaults(func=cmd_explain)
    add = sub.add_parser("add", help="add article files, folders or web pages (http/https) to the library",
                         description="Check each item, store it under a generated name in <data>/articles "
                                     "(DEFENSE_DATA_DIR, default: the data folder next to the dashboard package) "
                                     "and print where it went.")
    add.add_argument("items", nargs="+", metavar="FILE|URL", help="article files (.txt .md .html), folders, "
                     "http(s) addresses; - reads one article from stdin")
    add.add_argument("--title", help="the article's title (one item only)")
    add.add_argument("--publisher", help="who published it (one item only)")
    add.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (one item only)")
    add.add_argument("--url", help="where it was published (one item only)")
    add.set_defaults(func=cmd_add)
    rb = sub.add_parser("rebuild", help="extract new, changed and outdated articles into <data>/store/figures.sqlite")
    rb.add_argument("--all", action="store_true", help="extract every article again, stored or not")
    rb.set_defaults(func=cmd_rebuild)
    st = sub.add_parser("store", help="the figure store of the data folder")
    imp = st.add_subparsers(dest="action", required=True).add_parser(
        "import", help="adopt a Parquet extraction run (extract --format parquet) without extracting again",
        description="Store every article of the run whose file in <data>/articles still has the bytes the run "
                    "read (sha256) and whose rows this code makes the same way (the store's version); report the "
                    "rest, which the next start or `rebuild` extracts. Exit code 1 when some were left, 2 when "
                    "the run or the store cannot be used (then nothing was imported).")
    imp.add_argument("run", metavar="PARQUET_DIR", help="the folder written by extract --format parquet --output")
    imp.add_argument("--data", metavar="DIR", help="the data folder (default: DEFENSE_DATA_DIR, else the repository's "
                     "data/)")
    imp.set_defaults(func=cmd_store_import)
    ref = sub.add_parser("reference", help="the World Bank reference series that ship in data/reference")
    refresh = ref.add_subparsers(dest="action", required=True).add_parser(
        "refresh", help="download the newest World Bank releases and rebuild the reference tables",
        description="Fetch the World Bank's CSV zips of the three indicators, rebuild the tables with "
                    "data/reference/build_reference.py and replace them only when that succeeded; offline, "
                    "the tables are kept.")
    refresh.add_argument("--url-base", metavar="URL", help="fetch from this server instead of "
                         "https://api.worldbank.org (for tests and mirrors; only this host may be a local address)")
    refresh.set_defaults(func=cmd_reference_refresh)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
