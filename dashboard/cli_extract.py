"""``python -m dashboard extract``: article files in, the tidy figures table out, on one of three engines.

In: paths (files, folders, ``-`` for stdin) and the command's options. Out: CSV, JSON Lines or a
Parquet folder of figures (with each file's hash, so the figure store can adopt it), and per-file
problems on stderr. The engines: one process, a local process pool (``--workers``), or Dask
(:mod:`dashboard.tables.distributed`), which ships :func:`extract_many` by reference, so every engine
reads files and words problems the same way: each file becomes the figure store's ``Record``
(``tables.file_records.file_record``).
The other commands live in :mod:`dashboard.cli`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from dashboard.ingest.articles import SUFFIXES, Article, ArticleError, article_files, parse_article, read_article

if TYPE_CHECKING:  # the tables (and pandas) load only when a command needs them
    from dashboard.tables.file_records import Record
from dashboard.paths import create_exclusively, write_atomically

# What the default run (CSV, local engine) needs is imported where it is used: rows, comparisons and the CSV
# text, all without pandas (~0.4 s to import, more than extracting a hundred articles). JSON Lines, Parquet,
# Dask and any rows the plain CSV writer leaves to the frames route import the frames.


def expand(paths: list[str]) -> tuple[list[str], list[str]]:
    """Files to read (``-`` kept as is) and problems for paths that do not exist."""
    files: list[str] = []
    problems: list[str] = []
    for p in paths:
        if p == "-":
            files.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = article_files(path)
            if not found:
                nested = sum(1 for sub in path.iterdir() if sub.is_dir() and article_files(sub))
                problems.append(f"{p}: no article files ({', '.join(SUFFIXES)}) in this folder"
                                + (f" (subfolders are not read: give the {nested} that hold articles as paths)" if nested else ""))
            files.extend(str(f) for f in found)
            listed = set(found)
            other = [f for f in path.iterdir() if f.is_file() and not f.name.startswith((".", "~")) and f not in listed]
            if other and found:  # (a folder's .pdf or .csv files were skipped without a word: a CLI audit)
                problems.append(f"{p}: note: {len(other)} file(s) not of an article type skipped "
                                f"({', '.join(sorted({f.suffix or '(none)' for f in other})[:5])})")
        elif path.exists():
            files.append(str(path))
        else:
            problems.append(f"{p}: no such file or folder")
    return _distinct(files, problems), problems


def _distinct(files: list[str], problems: list[str]) -> list[str]:
    """Each file once (a file named twice, or inside a folder also given, is read once); two files with one name
    (the article id) in different folders are both read, with a note that their figure ids coincide."""
    seen: dict[Path, str] = {}
    stems: dict[str, str] = {}
    out = []
    for f in files:
        if f == "-":
            if "-" in out:  # (stdin holds one article: a second '-' would read it empty)
                problems.append("-: note: stdin named twice; read once")
            else:
                out.append(f)
            continue
        real = Path(f).resolve()
        if real in seen:
            continue
        seen[real] = f
        other = stems.setdefault(Path(f).stem, f)
        if other != f:
            problems.append(f"{f}: note: has the article id of {other} ('{Path(f).stem}'): their figure ids coincide; "
                            "rename one to tell their rows apart")
        out.append(f)
    return out


def read_one(path: str) -> Article:
    """One article from a file, or from stdin for ``-`` (HTML when its first bytes say so, else text)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        head = data[:200].lstrip().lower()
        suffix = ".html" if head.startswith((b"<!doctype html", b"<html")) else ".txt"
        return parse_article(data, "<stdin>", suffix, "stdin")
    return read_article(Path(path))


def extract_record(path: str) -> Record:
    """One file's Record (rows, problem, warnings, the hash of its bytes), ``-`` read from stdin; never raises,
    so one article cannot stop a batch."""
    from dashboard.tables.file_records import file_record

    return _stdin_record() if path == "-" else file_record(path)


def _stdin_record() -> Record:
    from dashboard.tables.file_records import Entry, Record, article_meta, store_version
    from dashboard.tables.rows import article_rows, describe

    entry = Entry("<stdin>", "", store_version(), 0, 0)
    try:
        article = read_one("-")
    except ArticleError as exc:
        return Record(entry, None, str(exc))
    except Exception as exc:  # noqa: BLE001 - a parser bug is this file's problem, not the batch's
        return Record(entry, None, f"<stdin>: could not read this file ({describe(exc)})")
    rows, problem = article_rows(article)
    return Record(entry, article_meta(article), problem or "", rows, list(article.warnings))


def extract_one(path: str) -> tuple[list[dict], str | None]:
    """(figure rows, problem line) for one file; never raises."""
    from dashboard.tables.file_records import reported

    record = extract_record(path)
    return record.rows, reported(record)


def shown(path: str) -> str:
    """How a problem names the file: its name, or ``<stdin>``."""
    return "<stdin>" if path == "-" else Path(path).name


def extract_many(paths: list[str]) -> list[Record]:
    """The task of every engine: one chunk of files, each file's Record in order."""
    return [extract_record(p) for p in paths]


def ProcessPoolExecutor(max_workers: int):  # named as the class it stands for (tests replace it)
    """concurrent.futures' process pool (its import, with multiprocessing's, costs ~20 ms that one-process runs
    do not need)."""
    from concurrent.futures import ProcessPoolExecutor as pool

    return pool(max_workers=max_workers)


def extract_parallel(files: list[str], workers: int) -> list[Record]:
    """extract_many over chunks of files in worker processes, in order.

    A chunk whose worker fails as a whole (a process killed, a result that cannot be sent back)
    costs that chunk's files only: each is reported as failed and the other chunks' rows stay.
    """
    from dashboard.tables.file_records import failed_record

    size = max(1, len(files) // (workers * 8))
    chunks = [files[i:i + size] for i in range(0, len(files), size)]
    results: list[Record] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(extract_many, chunk) for chunk in chunks]
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                results.extend(future.result())
            except Exception as exc:  # noqa: BLE001 - BrokenProcessPool and the like: report, keep the rest
                results.extend(failed_record(path, exc) for path in chunk)
    return results


def table(rows: list[dict], fmt: str) -> tuple[object, str | Callable[[TextIO], None] | None, int, str | None]:
    """(figures frame or None, CSV or JSON Lines text or None, figure count, problem) of extracted rows: CSV
    from the rows themselves when they allow it (no pandas), anything else through the frames. The CSV made
    from the rows comes as a function that writes it to a text file, so it is never held whole in memory."""
    if fmt == "csv":
        from dashboard.tables.csv_cells import write_csv
        from dashboard.tables.figures_csv import figures_csv_cells

        made = figures_csv_cells(rows)
        if made is not None:
            names, cells, problem = made
            return None, lambda fh: write_csv(fh, names, cells), len(rows), problem
    from dashboard.tables.export import to_csv_text, to_jsonl_text
    from dashboard.tables.frames import compared, figures_frame

    df, problem = compared(figures_frame(rows))
    text = None if fmt == "parquet" else to_csv_text(df) if fmt == "csv" else to_jsonl_text(df)
    return df, text, len(df), problem


def output_refused(output: Path, files: list[str], force: bool) -> str | None:
    """Why ``--output`` may not be written, or None: an input article is never replaced, not even with --force;
    an existing file only with --force (an audit's run replaced a CSV it had kept, and one of its articles,
    without a word); a folder never (Parquet aside, which writes a folder of parts)."""
    target = output.resolve()
    if any(f != "-" and Path(f).resolve() == target for f in files):
        return f"{output}: is one of the articles being read; write the table somewhere else"
    if output.is_dir():
        return f"{output}: is a folder; give a file name (a folder is for --format parquet)"
    if output.exists() and not force:
        return f"{output}: already exists; give --force to replace it"
    return None


def cmd_extract(args: argparse.Namespace) -> int:
    from dashboard.tables.file_records import reported

    files, problems = expand(args.paths)
    failed = any(": note: " not in p for p in problems)
    records: list[Record] = []
    file_problems: list[str | None] = []
    parts: list[tuple[int, int]] = []
    workers = args.workers or 1
    output = Path(args.output) if args.output else None
    refusals: tuple[type[Exception], ...] = ()
    if args.format == "parquet" or args.engine == "dask" or args.scheduler:
        from dashboard.tables import distributed, parquet

        refusals = (distributed.ClusterError, parquet.ParquetFolderError)
    if args.workers is not None and args.workers < 1 or args.workers and args.scheduler:
        print("error: --workers takes a whole number of 1 or more, and not with --scheduler (the cluster has its own)",
              file=sys.stderr)
        return 2
    if output is not None and args.format != "parquet":
        refused = output_refused(output, files, args.force)
        if refused:
            print(f"error: {refused}", file=sys.stderr)
            return 2
    try:
        if args.format == "parquet":
            if output is None:
                raise parquet.ParquetFolderError("--format parquet writes a folder of parts: give --output FOLDER")
            parquet.prepare_folder(output)
        if args.scheduler and args.engine != "dask":
            raise distributed.ClusterError("--scheduler is for --engine dask")
        if args.engine == "dask":
            if "-" in files:
                raise distributed.ClusterError("- (stdin) is read by the local engine only; save the article to a file")
            if args.format == "parquet":
                parts, file_problems = distributed.extract_to_parquet(extract_many, files, output, args.scheduler,
                                                                      args.workers)
            else:
                records = distributed.extract(extract_many, files, args.scheduler, args.workers)
        elif workers > 1 and len(files) > 1 and "-" not in files:
            records = extract_parallel(files, workers)
        else:
            records = extract_many(files)
    except refusals as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for problem in file_problems or [reported(rec) for rec in records]:
        if problem:
            problems.append(problem)
            failed = failed or ": note: " not in problem
    df, text, count, problem = table([row for rec in records for row in rec.rows], args.format)
    if problem:
        problems.append(problem)
    # nothing read at all (no file, or none readable as an article): no table, not an empty one (a redirect kept a
    # header-only file behind the error)
    nothing_read = failed and not parts and all(rec.article is None for rec in records)
    try:
        if nothing_read:
            pass
        elif args.format == "parquet":
            if args.engine != "dask":
                from dashboard.tables.run_records import run_articles_frame

                parts = [parquet.write_part(output, 0, df, run_articles_frame(files, records))]
            parquet.write_manifest(output, parts, problems, args.paths)
        elif output:
            # without --force the name is taken at the moment of writing (a link never replaces): two runs started
            # together had both said "written" while the second replaced the first's table
            (write_atomically if args.force else create_exclusively)(output, text if callable(text) else text.encode("utf-8"))
        elif callable(text):
            text(sys.stdout)
        else:
            sys.stdout.write(text)
    except FileExistsError:
        problems.append(f"{args.output}: appeared while extracting (another run?); not replaced: give --force to")
        failed = True
    except OSError as exc:
        problems.append(f"{args.output}: cannot write ({exc.strerror or exc})")
        failed = True
    for problem in problems:
        print(f"error: {problem}" if ": note: " not in problem else problem.replace(": note: ", ": warning: "),
              file=sys.stderr)
    if args.output and not failed:
        print(f"{sum(rows for rows, _ in parts) if parts else count} figures from {len(files)} file(s) written to "
              f"{args.output}", file=sys.stderr)
    return 1 if failed else 0
