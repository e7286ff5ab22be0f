"""Where state lives: the data folder (env DEFENSE_DATA_DIR, default the repo's data/)."""

from __future__ import annotations

import os
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
