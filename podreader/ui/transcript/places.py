"""Places in the pane's text and in the episode: selections, bookmarks, row tops, the reading place.

Bookmarks, search hits and selections speak of paragraphs (a reading paragraph or a page
paragraph of another track, and offsets in its text); the pane shows cells of rows. These
functions translate between the two through the cells' pieces.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from podreader.model import READING_TRACK as TRANSCRIPT
from podreader.model import Mark
from podreader.ui.transcript.passages import RowIndex, Span, is_cjk, snap_to_words
from podreader.ui.transcript.view import RowView


@dataclass(frozen=True, slots=True)
class PassageSelection:
    """Selected text within one paragraph, as a bookmark needs it."""

    track: str  # "transcript" (reading paragraphs) or a Track.key
    paragraph: int
    start: int  # character offsets within the paragraph's text
    end: int
    text: str


def selection_ends(cursor: QTextCursor) -> tuple[int, int]:
    """Document positions where a selection starts and ends, for a selection of table cells
    too (whose own ends Qt reports as cell boundaries)."""
    table = cursor.currentTable()
    cells: tuple[int, int, int, int] = cursor.selectedTableCells()  # type: ignore[assignment]
    first_row, rows, first_column, columns = cells  # PySide6 returns the C++ out-parameters
    if table is None or rows <= 0 or columns <= 0:
        return cursor.selectionStart(), cursor.selectionEnd()
    first = table.cellAt(first_row, first_column)
    last = table.cellAt(first_row + rows - 1, first_column)
    return first.firstPosition(), last.lastPosition()


def selected_passage(view: RowView, index: RowIndex) -> PassageSelection | None:
    """The selected text, cut to the first paragraph it touches, or None.

    Side by side, a selection over two rows is Qt's selection of whole table cells: the
    sentences of those rows in the column it started in.
    """
    cursor = view.textCursor()
    if not cursor.hasSelection():
        return None
    start, end = selection_ends(cursor)
    placed = view.placed()
    k = view.placed_at(start)
    if k < 0 or start >= placed[k].end:
        k += 1  # the selection begins between two cells
        start = placed[k].start if k < len(placed) else end
    if k >= len(placed) or placed[k].folded or start >= end:
        return None  # nothing, or a folded sponsor read's placeholder
    cell = view.rows()[placed[k].row].cell(placed[k].side)
    found = cell.place(start - placed[k].start)
    if found is None:
        return None
    paragraph, offset = found
    text = index.texts(cell.track)[paragraph]
    stop = len(text)  # unless the selection ends within this paragraph
    last = view.placed_at(end)
    if 0 <= last < len(placed) and not placed[last].folded:
        other = view.rows()[placed[last].row].cell(placed[last].side)
        place = other.place(min(end, placed[last].end) - placed[last].start)
        if other.track == cell.track and place and place[0] == paragraph:
            stop = place[1]
    if not is_cjk(cell.language):
        offset, stop = snap_to_words(text, offset, stop)
    if stop <= offset:
        return None
    return PassageSelection(cell.track, paragraph, offset, stop, text[offset:stop])


def cell_spans(
    view: RowView, index: RowIndex, track: str, paragraph: int, start: int, end: int
) -> list[Span]:
    """Where a paragraph range shows: one span per cell it reaches into."""
    side = 0 if track == TRANSCRIPT else 1
    if side and track != index.other_key:
        return []
    first = index.row_of(track, paragraph, start)
    last = index.row_of(track, paragraph, max(end - 1, start))
    if first is None or last is None:
        return []
    spans = []
    for row in range(first, last + 1):
        number = view.cell_number(row, side)
        clipped = index.rows[row].cell(side).clip(paragraph, start, end)
        if number is not None and clipped:
            spans.append((number, *clipped))
    return spans


def mark_spans(
    view: RowView, index: RowIndex, marks: Sequence[Mark]
) -> tuple[list[Span], list[str | None]]:
    """Where bookmarked ranges show, one span per cell, each with its mark's colour (None for
    the default bookmark colour)."""
    spans: list[Span] = []
    colours: list[str | None] = []
    for mark in marks:
        found = cell_spans(view, index, mark[0], mark[1], mark[2], mark[3])
        spans += found
        colours += [mark[4] if len(mark) == 5 else None] * len(found)
    return spans, colours


def select_spans(view: RowView, spans: list[Span]) -> None:
    """Select from the start of the first span to the end of the last, and show it."""
    placed = view.placed()
    cursor = QTextCursor(view.document())
    cursor.setPosition(placed[spans[0][0]].start + spans[0][1])
    cursor.setPosition(placed[spans[-1][0]].start + spans[-1][2], QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()


def cell_texts(view: RowView) -> list[str]:
    """Each placed cell's text as it shows (empty for a folded sponsor read), to find in."""
    rows = view.rows()
    return ["" if p.folded else rows[p.row].cell(p.side).text for p in view.placed()]


def first_shown(view: RowView, row: int) -> int | None:
    """The first row from ``row`` on that shows in the view's mode (None past the end)."""
    rows = view.rows()
    while row < len(rows) and not any(
        view.cell_number(view.shown_as(row), side) is not None for side in (0, 1)
    ):
        row += 1
    return row if row < len(rows) else None


def paragraph_read(view: RowView, target: int | None) -> tuple[int, int | None]:
    """The reading paragraph being read in a view that shows rows, and ``target`` (the one
    last scrolled to) kept while the view stays scrolled to its end, else None."""
    current = view.rows()[max(view.top_row(), 0)].paragraph
    bar = view.verticalScrollBar()
    if bar.value() < bar.maximum():
        return current, None
    if target is not None and target > current:
        # Scrolled as far as it goes and the paragraph asked for shows below the top:
        # near the end of an episode, that is the one being read.
        return target, target
    return current, target


def visible_rows(view: RowView, window: QWidget) -> list[dict[str, int | None]]:
    """The rows that show in ``view``'s viewport, with the top of each cell's text in
    ``window`` pixels (None for a side that is empty or not shown): what ``--screenshot``
    records."""
    viewport = view.viewport()
    viewport_top = viewport.mapTo(window, QPoint(0, 0)).y()
    origin = viewport_top - view.verticalScrollBar().value()
    height = viewport.height()
    out: list[dict[str, int | None]] = []
    tops: dict[int, dict[str, int | None]] = {}
    for number, placed in enumerate(view.placed()):
        top = round(view.cell_top(number)) + origin
        if placed.row not in tops:
            if not 0 <= top - viewport_top < height:
                continue
            tops[placed.row] = {
                "row": placed.row,
                "transcript_top": None,
                "counterpart_top": None,
            }
            out.append(tops[placed.row])
        side = "counterpart_top" if placed.side else "transcript_top"
        if placed.end > placed.start:
            tops[placed.row][side] = top
    return out
