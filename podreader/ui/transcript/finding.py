"""Stepping through spans of the pane's text: find-in-episode matches and search hits alike."""

from __future__ import annotations

from podreader.ui.transcript.passages import Span
from podreader.ui.transcript.view import RowView


class Cycle:
    """Spans in a view's text and the one being shown; stepping goes round the ends."""

    def __init__(self, view: RowView) -> None:
        self.view = view
        self.spans: list[Span] = []
        self.index = -1

    def reset(self, spans: list[Span], index: int = -1) -> None:
        self.spans, self.index = spans, index

    def first_from_row(self, row: int) -> int:
        """Index of the first span in ``row`` or below (the first span if none; -1: none)."""
        placed = self.view.placed()
        return next(
            (i for i, span in enumerate(self.spans) if placed[span[0]].row >= row),
            0 if self.spans else -1,
        )

    def step(self, step: int) -> Span | None:
        if self.spans:
            self.index = (self.index + step) % len(self.spans) if self.index >= 0 else 0
        return self.current()

    def current(self) -> Span | None:
        return self.spans[self.index] if 0 <= self.index < len(self.spans) else None

    def place(self) -> tuple[str, int, int, int] | None:
        """The current span as (track, paragraph id, start, end)."""
        span = self.current()
        if span is None:
            return None
        number, start, end = span
        placed = self.view.placed()[number]
        cell = self.view.rows()[placed.row].cell(placed.side)
        first, last = cell.place(start), cell.place(end)
        assert first is not None and last is not None
        return cell.track, first[0], first[1], last[1]
