"""Stepping through spans of the pane's text: find-in-episode matches and search hits alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from podreader.ui.transcript.findbar import FindBar
from podreader.ui.transcript.highlights import Layer
from podreader.ui.transcript.passages import Span, find_spans, terms_pattern
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


class Finder:
    """Find in episode: the find bar's query marked in every cell, Enter and Shift+Enter
    stepping through the matches from the one at or below the top of the view."""

    def __init__(self, view: RowView, bar: FindBar, texts: Callable[[], list[str]]) -> None:
        self.view, self.bar, self.texts = view, bar, texts
        self.matches = Cycle(view)
        bar.queryChanged.connect(self.run)
        bar.nextRequested.connect(lambda: self.show(self.matches.step(1)))
        bar.previousRequested.connect(lambda: self.show(self.matches.step(-1)))
        bar.closed.connect(self.close)

    def open(self) -> None:
        self.bar.open()
        self.run(self.bar.query())

    def refresh(self) -> None:
        """Find again after the text changed (folds, mode, track), if the bar is open."""
        if self.bar.isVisible():
            self.run(self.bar.query())

    def run(self, query: str) -> None:
        pattern = terms_pattern([query])
        self.matches.reset(find_spans(self.texts(), pattern) if pattern else [])
        self.view.set_layer(Layer.MATCH, self.matches.spans)
        self.matches.index = self.matches.first_from_row(self.view.top_row())
        self.show(self.matches.current())

    def show(self, current: Span | None) -> None:
        self.view.set_layer(Layer.CURRENT, [current] if current else [])
        if current:
            self.view.ensure_span_visible(current)
        self.bar.set_count(self.matches.index + 1, len(self.matches.spans))

    def close(self) -> None:
        self.matches.reset([])
        self.view.set_layer(Layer.MATCH, [])
        self.view.set_layer(Layer.CURRENT, [])
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)


class Hits(Cycle):
    """The search's terms in the text: shown one at a time, centred and marked solid, with
    ``reveal(row)`` lighting the row's pair in both languages."""

    def __init__(self, view: RowView, reveal: Callable[[int], None]) -> None:
        super().__init__(view)
        self.reveal = reveal

    def show_from(self, paragraph: int) -> bool:
        """Show the first hit in a reading paragraph or after it; False when there is none."""
        rows = self.view.rows()
        first = next((r.number for r in rows if r.paragraph >= paragraph), len(rows))
        self.index = self.first_from_row(first)
        self.show(self.current())
        return self.current() is not None

    def show(self, span: Span | None) -> None:
        if span is None:
            return
        self.view.set_layer(Layer.CURRENT, [span])
        self.view.ensure_span_visible(span, centre=True)
        self.reveal(self.view.placed()[span[0]].row)
