"""Where state lives: the data folder (env DEFENSE_DATA_DIR, default the repo's data/)."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; create_exclusively alone still never overwrites
    fcntl = None  # type: ignore[assignment]

REPO_DATA = Path(__file__).resolve().parent.parent / "data"
DATA_ENV = "DEFENSE_DATA_DIR"


def data_dir() -> Path:
    """The data folder: DEFENSE_DATA_DIR when set, else the repository's data/."""
    raw = os.environ.get(DATA_ENV, "").strip()
    return Path(raw).expanduser().resolve() if raw else REPO_DATA


def articles_dir(data: Path | None = None) -> Path:
    return (data or data_dir()) / "articles"


def reviews_path(data: Path | None = None) -> Path:
    return (data or data_dir()) / "reviews.sqlite3"


def store_path(data: Path | None = None) -> Path:
    """The figure store (``dashboard.tables.store``): every article's figures under its bytes' hash."""
    return (data or data_dir()) / "store" / "figures.sqlite"


def _fsynced_temp(path: Path, data: bytes | Callable[[TextIO], None]) -> str:
    """A temp file beside ``path`` holding ``data`` (or what ``data(fh)`` writes to it as UTF-8 text, newlines
    as written), written, fsynced and 0644; its name."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if callable(data):
                text = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=False)
                data(text)
                text.flush()
                text.detach()
            else:
                fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o644)  # mkstemp makes 0600; the app may run as another user
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def write_atomically(path: Path, data: bytes | Callable[[TextIO], None]) -> None:
    """Replace ``path`` with ``data`` all at once: temp file in the same folder, write, fsync,
    os.replace, fsync the folder. Readers see the old file or the new one, never half of it.
    ``data`` may be a function that writes the file as text (UTF-8, no newline translation): a large
    file is then never held whole in memory, as str and again as bytes."""
    path = Path(path)
    tmp = _fsynced_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def create_exclusively(path: Path, data: bytes | Callable[[TextIO], None]) -> None:
    """Create ``path`` holding ``data`` (bytes, or a function writing text, as for :func:`write_atomically`); raise
    FileExistsError if anything already has that name.

    Never replaces a file: the data goes to a temp file in the same folder (written, fsynced,
    0644) which is then hard-linked to the final name (``link`` fails when the name exists, at
    the moment it is taken, so two processes cannot both win) and the temp name removed; the
    folder is fsynced. Readers see no file or the whole file. Where hard links are not
    supported, the final name is created with O_CREAT|O_EXCL and written in place.
    """
    path = Path(path)
    tmp = _fsynced_temp(path, data)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            _create_in_place(path, data if isinstance(data, bytes) else Path(tmp).read_bytes())
    finally:
        Path(tmp).unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _create_in_place(path: Path, data: bytes) -> None:
    """O_CREAT|O_EXCL fallback for file systems without hard links; removed again if writing fails."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on a folder (flock on the folder itself: no lock file is left).

    Serialises "is this name or text already taken? then take it" between processes. Where
    folders cannot be locked (Windows, some network file systems) it does nothing, and
    :func:`create_exclusively` still refuses to replace a file.
    """
    fd = None
    if fcntl is not None:
        try:
            fd = os.open(folder, os.O_RDONLY)
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            if fd is not None:
                os.close(fd)
            fd = None
    try:
        yield
    finally:
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable; not every platform can open a folder, and that is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
