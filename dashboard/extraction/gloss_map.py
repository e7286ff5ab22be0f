"""A glossed text and its map back to the original, built piece by piece by a word gloss (``gloss``, ``gloss_cjk``)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Gloss:
    """The glossed text and, for each piece, where it starts in the gloss and in the original."""

    text: str
    gloss_starts: tuple[int, ...]
    original_starts: tuple[int, ...]
    kept: tuple[bool, ...]  # the piece is the original's own characters (offsets inside it carry over)
    original_length: int

    def _piece(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.gloss_starts, pos) - 1)

    def _to_original(self, pos: int, at_end: bool) -> int:
        k = self._piece(pos - 1 if at_end and pos > 0 else pos)
        piece_end = self.original_starts[k + 1] if k + 1 < len(self.original_starts) else self.original_length
        if self.kept[k]:
            return min(piece_end, self.original_starts[k] + pos - self.gloss_starts[k])
        return piece_end if at_end else self.original_starts[k]  # a rewritten word: the whole original word

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the glossed span [start, end)."""
        return self._to_original(start, False), self._to_original(end, True)


@dataclass
class GlossBuilder:
    """The pieces of a gloss as they are written: the original's own characters (``same``) or a word's English."""

    out: list[str] = field(default_factory=list)
    gloss_starts: list[int] = field(default_factory=list)
    original_starts: list[int] = field(default_factory=list)
    kept: list[bool] = field(default_factory=list)
    length: int = 0

    def emit(self, piece: str, original_start: int, same: bool) -> None:
        if piece:
            self.out.append(piece)
            self.gloss_starts.append(self.length)
            self.original_starts.append(original_start)
            self.kept.append(same)
            self.length += len(piece)

    def gloss(self, original_length: int) -> Gloss:
        return Gloss("".join(self.out), tuple(self.gloss_starts), tuple(self.original_starts), tuple(self.kept), original_length)
