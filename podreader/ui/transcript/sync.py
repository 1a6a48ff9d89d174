"""Side-by-side scrolling: whichever column the reader scrolls, the other keeps aligned text level.

The alignment groups give a piecewise-linear map between the two columns' heights: group tops
correspond, group bottoms correspond, and positions in between move proportionally. Across a
gap (a sponsor read with no counterpart) the other column simply waits. Each scroll costs a few
block lookups, never a relayout.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QObject

from podreader.ui.transcript.column import TextColumn
from podreader.ui.transcript.passages import Group


def level(y: float, source: tuple[float, float], target: tuple[float, float]) -> float:
    """Map ``y`` from the source interval onto the target interval, clamped to it."""
    start, end = source
    share = (y - start) / (end - start) if end > start else 0.0
    share = min(max(share, 0.0), 1.0)
    return target[0] + share * (target[1] - target[0])


class ScrollSync(QObject):
    """Keeps two columns level along their alignment groups while either one scrolls."""

    def __init__(self, left: TextColumn, right: TextColumn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = (left, right)
        self._groups: list[Group] | None = None
        self._starts: tuple[list[int], list[int]] = ([], [])
        self._busy = False
        left.verticalScrollBar().valueChanged.connect(lambda _value: self.follow(left))
        right.verticalScrollBar().valueChanged.connect(lambda _value: self.follow(right))

    def set_groups(self, groups: list[Group] | None) -> None:
        """Turn syncing on along ``groups`` (left = reading positions), or off with None."""
        self._groups = groups
        groups = groups or []
        self._starts = ([g.left.start for g in groups], [g.right.start for g in groups])

    def follow(self, source: TextColumn) -> None:
        """Scroll the other column to match ``source``."""
        if self._busy or self._groups is None or not source.passages():
            return
        side = 0 if source is self._columns[0] else 1
        target = self._columns[1 - side]
        if not target.passages():
            return
        groups = self._groups
        y = source.view_top()
        top = source.top_block()
        k = bisect_right(self._starts[side], top) - 1
        if k >= 0 and top < _run(groups[k], side).stop:
            source_span = _run_span(source, groups[k], side)
            target_span = _run_span(target, groups[k], 1 - side)
        else:
            # Between groups: from the end of the previous one to the start of the next one.
            source_span = (
                _edge(source, groups, k, side, start=False),
                _edge(source, groups, k + 1, side, start=True),
            )
            target_span = (
                _edge(target, groups, k, 1 - side, start=False),
                _edge(target, groups, k + 1, 1 - side, start=True),
            )
        self._busy = True
        try:
            target.set_view_top(level(y, source_span, target_span))
        finally:
            self._busy = False


def _run(group: Group, side: int) -> range:
    return group.left if side == 0 else group.right


def _run_span(column: TextColumn, group: Group, side: int) -> tuple[float, float]:
    run = _run(group, side)
    return column.block_span(run.start)[0], column.block_span(run.stop - 1)[1]


def _edge(column: TextColumn, groups: list[Group], k: int, side: int, *, start: bool) -> float:
    """Top of group ``k`` (start) or its bottom; the document's ends beyond the groups."""
    if k < 0:
        return column.content_top()
    if k >= len(groups):
        return column.content_bottom()
    span = _run_span(column, groups[k], side)
    return span[0] if start else span[1]
