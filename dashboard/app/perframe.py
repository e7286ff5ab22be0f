"""Values derived from one library frame, computed once per frame instead of once per rerun.

The library's frames are shared and never modified (``cache.load_library``), so what a rerun
derives from a whole frame (the sidebar's choices, the counts line) is the same until the library
changes, which gives new frames. ``per_frame(fn)`` keeps ``fn(frame)`` beside a weak reference to
the frame: a new frame is a miss, and a frame that is gone frees its entry.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

import pandas as pd

T = TypeVar("T")
KEEP = 8  # entries per function: the current library and a few left by sessions on an older one


def per_frame(fn: Callable[[pd.DataFrame], T]) -> Callable[[pd.DataFrame], T]:
    """``fn`` memoised on the identity of its frame argument (the frame must not be modified in place)."""
    seen: dict[int, tuple[weakref.ref, T]] = {}
    lock = threading.Lock()

    def wrapper(frame: pd.DataFrame) -> T:
        hit = seen.get(id(frame))
        if hit is not None and hit[0]() is frame:
            return hit[1]
        value = fn(frame)
        with lock:
            for key in [k for k, (ref, _) in seen.items() if ref() is None]:
                del seen[key]
            while len(seen) >= KEEP:
                del seen[next(iter(seen))]
            seen[id(frame)] = (weakref.ref(frame), value)
        return value

    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    return wrapper
