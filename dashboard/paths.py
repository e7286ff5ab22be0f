"""Where state lives: the data folder (env DEFENSE_DATA_DIR, default the repo's data/)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

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


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once: temp file in the same folder, write, fsync,
    os.replace, fsync the folder. Readers see the old file or the new one, never half of it."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o644)  # mkstemp makes 0600; the app may run as another user
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


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
