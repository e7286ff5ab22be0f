"""``python -m dashboard extract``: article files in, the tidy figures table out, on one of three engines.

In: paths (files, folders, ``-`` for stdin) and the command's options. Out: CSV, JSON Lines or a
Parquet folder of figures, and per-file problems on stderr. The engines: one process, a local
process pool (``--workers``), or Dask (:mod:`dashboard.tables.distributed`), which ships
:func:`extract_many` by reference, so every engine reads files and words problems the same way.
The other commands live in :mod:`dashboard.cli`.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from dashboard.ingest.articles import SUFFIXES, Article, ArticleError, article_files, parse_article, read_article
from dashboard.paths import write_atomically
from dashboard.tables.export import to_csv_text, to_jsonl_text


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
                problems.append(f"{p}: no article files ({', '.join(SUFFIXES)}) in this folder")
            files.extend(str(f) for f in found)
        elif path.exists():
            files.append(str(path))
        else:
            problems.append(f"{p}: no such file or folder")
    return files, problems


def read_one(path: str) -> Article:
    """One article from a file, or from stdin for ``-`` (HTML when its first bytes say so, else text)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        head = data[:200].lstrip().lower()
        suffix = ".html" if head.startswith((b"<!doctype html", b"<html")) else ".txt"
        return parse_article(data, "<stdin>", suffix, "stdin")
    return read_article(Path(path))


def extract_one(path: str) -> tuple[list[dict], str | None]:
    """(figure rows, problem) for one file; never raises, so one article cannot stop a batch."""
    from dashboard.tables.frames import article_rows, describe

    try:
        article = read_one(path)
    except ArticleError as exc:
        return [], str(exc)
    except Exception as exc:  # noqa: BLE001 - a parser bug is this file's problem, not the batch's
        return [], f"{shown(path)}: could not read this file ({describe(exc)})"
    rows, problem = article_rows(article)
    if problem:
        return rows, problem
    warnings = "; ".join(article.warnings)
    return rows, (f"{article.article_id}: note: {warnings}" if warnings else None)


def shown(path: str) -> str:
    """How a problem names the file: its name, or ``<stdin>``."""
    return "<stdin>" if path == "-" else Path(path).name


def extract_many(paths: list[str]) -> list[tuple[list[dict], str | None]]:
    """Worker task with --workers: one chunk of files, in order."""
    return [extract_one(p) for p in paths]


def extract_parallel(files: list[str], workers: int) -> list[tuple[list[dict], str | None]]:
    """extract_one over files in worker processes, in order.

    A chunk whose worker fails as a whole (a process killed, a result that cannot be sent back)
    costs that chunk's files only: each is reported as failed and the other chunks' rows stay.
    """
    from dashboard.tables.frames import extraction_failure

    size = max(1, len(files) // (workers * 8))
    chunks = [files[i:i + size] for i in range(0, len(files), size)]
    results: list[tuple[list[dict], str | None]] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(extract_many, chunk) for chunk in chunks]
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                results.extend(future.result())
            except Exception as exc:  # noqa: BLE001 - BrokenProcessPool and the like: report, keep the rest
                results.extend(([], f"{shown(path)}: {extraction_failure(exc)}") for path in chunk)
    return results


def cmd_extract(args: argparse.Namespace) -> int:
    from dashboard.tables import distributed, parquet
    from dashboard.tables.distributed import ClusterError
    from dashboard.tables.frames import compared, figures_frame

    files, problems = expand(args.paths)
    failed = bool(problems)
    rows: list[dict] = []
    part_rows: list[int] = []
    workers = args.workers or 1
    try:
        if args.format == "parquet":
            if not args.output:
                raise parquet.ParquetFolderError("--format parquet writes a folder of parts: give --output FOLDER")
            parquet.prepare_folder(Path(args.output))
        if args.scheduler and args.engine != "dask":
            raise ClusterError("--scheduler is for --engine dask")
        if args.engine == "dask":
            if "-" in files:
                raise ClusterError("- (stdin) is read by the local engine only; save the article to a file")
            parts = Path(args.output) if args.format == "parquet" else None
            results, part_rows = distributed.extract(extract_many, files, args.scheduler, args.workers, parts)
        elif workers > 1 and len(files) > 1 and "-" not in files:
            results = extract_parallel(files, workers)
        else:
            results = [extract_one(f) for f in files]
    except (ClusterError, parquet.ParquetFolderError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for file_rows, problem in results:
        rows.extend(file_rows)
        if problem:
            problems.append(problem)
            failed = failed or ": note: " not in problem
    df, problem = compared(figures_frame(rows))
    if problem:
        problems.append(problem)
    try:
        if args.format == "parquet":
            if args.engine != "dask":
                part_rows = [parquet.write_part(Path(args.output), 0, df)]
            parquet.write_manifest(Path(args.output), part_rows, len(files), problems)
        elif args.output:
            text = to_csv_text(df) if args.format == "csv" else to_jsonl_text(df)
            write_atomically(Path(args.output), text.encode("utf-8"))
        else:
            sys.stdout.write(to_csv_text(df) if args.format == "csv" else to_jsonl_text(df))
    except OSError as exc:
        problems.append(f"{args.output}: cannot write ({exc.strerror or exc})")
        failed = True
    for problem in problems:
        print(f"error: {problem}" if ": note: " not in problem else problem.replace(": note: ", ": warning: "),
              file=sys.stderr)
    if args.output and not failed:
        print(f"{sum(part_rows) if part_rows else len(df)} figures from {len(files)} file(s) written to {args.output}",
              file=sys.stderr)
    return 1 if failed else 0
