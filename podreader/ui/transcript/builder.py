"""Filling a text document with the reading view's rows, in each of the pane's modes.

Side by side, each paragraph becomes two-column tables of at most :data:`TABLE_ROWS` rows (see
:mod:`podreader.ui.transcript.view` for why); interleaved puts each row's cells one under the
other; single-language modes run a paragraph's cells together as one block. Every cell's place
in the document is noted as a :class:`Placed`, which is how highlights and selections find it.

Text goes in with :meth:`QTextCursor.insertText` only, so markup in a transcript stays literal
text: nothing is parsed, no image is loaded, no link exists to follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)

from podreader.ui.transcript.looks import Look
from podreader.ui.transcript.passages import Cue, ReadingRow, clock, is_cjk

# Characters that QTextCursor.insertText would turn into block or frame boundaries. Each maps
# to one character, so offsets in a cell stay offsets in its text.
_BOUNDARIES = str.maketrans(
    {
        "\n": "\u2028",
        "\r": "\u2028",
        "\u2029": "\u2028",
        "\ufdd0": "\ufffd",  # QTextBeginningOfFrame
        "\ufdd1": "\ufffd",  # QTextEndOfFrame
    }
)

_BREAKING = re.compile("[\n\r\u2029\ufdd0\ufdd1]")

#: Room around the text, in pixels, so it does not touch the pane's edges.
MARGIN = 12

#: Rows per table side by side: Qt lays a table out whole, so scrolling onto a long paragraph
#: would lay all of it out in one frame; tables of a few rows keep each frame's share small.
TABLE_ROWS = 6

#: Line height in percent: roomy enough for CJK text, which sits taller than Latin.
LINE_HEIGHT = 135


@dataclass(frozen=True, slots=True)
class Placed:
    """Where a row's cell sits in the document: its text runs from ``start`` to ``end``."""

    row: int
    side: int  # 0: transcript, 1: the other track
    start: int
    end: int
    folded: bool = False  # the placeholder line of folded sponsor rows


@dataclass(frozen=True, slots=True)
class Note:
    """A quiet line above a row, outside every cell: a speaker and time, or the sponsor label
    (``sponsor``), whose click folds the read again. It runs from ``start`` to ``end``."""

    row: int
    start: int
    end: int
    sponsor: bool


def note_at(notes: list[Note], position: int) -> Note | None:
    """The note holding a document position, if any."""
    return next((n for n in notes if n.start <= position <= n.end), None)


def cue_side(row: ReadingRow, mode: str) -> int | None:
    """Which side's cue heads ``row`` in ``mode``: the transcript's, unless only the other
    side shows (or the transcript side is empty beside it)."""
    if mode == "other":
        return 1 if row.cues[1] else None
    if row.cues[0]:
        return 0
    both = mode in ("side", "interleaved")
    return 1 if both and row.cues[1] and not row.transcript.text else None


class Builder:
    """Fills a document with rows in one of the modes, noting where each cell lands."""

    def __init__(self, look: Look, document: QTextDocument) -> None:
        self.look = look
        self.cursor = QTextCursor(document)
        self.placed: list[Placed] = []
        self.notes: list[Note] = []
        #: Row -> document position where what stands above it (heading, notes) begins.
        self.heads: dict[int, int] = {}
        self.shown_as: dict[int, int] = {}
        self.speaker: str | None = None  # the last speaker named
        self.head: int | None = None  # where the current row's heading or first note starts
        self.follows_head = False  # the next block sits right under a heading or note
        self.mode = "side"
        self.started = False  # has a block been written (the document's first is already there)
        self.formats: dict[tuple[str, bool], QTextCharFormat] = {}
        em = look.em()
        self.gap = round(em * 0.8)  # paragraph spacing
        self.row_gap = round(em * 0.45)

    def build(
        self,
        rows: list[ReadingRow],
        mode: str,
        folded: set[int],
        headings: dict[int, str] | None = None,
        labels: dict[int, str] | None = None,
    ) -> None:
        """Write ``rows``; ``headings`` (row number -> text) put a chapter's heading above the
        row where it starts, ``labels`` (row -> text) a sponsor label above an unfolded read;
        rows that start a timed or voiced paragraph get their speaker and time above them."""
        headings = headings or {}
        labels = labels or {}
        shown: list[ReadingRow] = []
        for row in rows:
            if row.number in folded and row.number - 1 in folded:
                self.shown_as[row.number] = self.shown_as.get(row.number - 1, row.number - 1)
            else:
                shown.append(row)
        paragraphs: list[list[ReadingRow]] = []
        for row in shown:
            if (
                not paragraphs
                or row.new_paragraph
                or row.number in folded
                or paragraphs[-1][-1].number in folded
                or row.number in headings
                or row.number in labels
                or any(row.cues)
            ):
                paragraphs.append([])
            paragraphs[-1].append(row)
        self.mode = mode
        cursor = self.cursor
        cursor.beginEditBlock()
        for paragraph in paragraphs:
            first = paragraph[0]
            heading = headings.get(first.number)
            if heading:
                self._heading(heading)
            if first.number in labels:
                self._note(first, labels[first.number], sponsor=True)
            side = None if first.number in folded else cue_side(first, mode)
            cue = first.cues[side] if side is not None else None
            if cue is not None:
                self._cue(first, cue, side or 0, after_heading=bool(heading))
            if self.head is not None:
                self.heads[first.number] = self.head
                self.follows_head = mode != "side"  # a table has no top margin to drop
                self.head = None
            if mode == "side":
                for start in range(0, len(paragraph), TABLE_ROWS):
                    last = start + TABLE_ROWS >= len(paragraph)
                    self._table(paragraph[start : start + TABLE_ROWS], folded, last)
            elif mode == "interleaved":
                self._stacked(paragraph, folded)
            else:
                self._run(paragraph, folded, 1 if mode == "other" else 0)
        cursor.endEditBlock()

    def _heading(self, text: str) -> None:
        """A chapter's heading, in the text where the chapter starts, across both columns."""
        self._block(top=self.gap)
        self.head = self.cursor.block().position()
        fmt = self.look.char_format(self.look.heading_language, heading=True)
        self.cursor.insertText(text.translate(_BOUNDARIES), fmt)
        block = self.cursor.blockFormat()
        block.setBottomMargin(self.gap // 2)
        self.cursor.setBlockFormat(block)

    def _cue(self, row: ReadingRow, cue: Cue, side: int, *, after_heading: bool) -> None:
        """Speaker (when it changes, or under a chapter heading) and time, quiet and small."""
        parts = []
        if cue.speaker and (cue.speaker != self.speaker or after_heading):
            parts.append(cue.speaker)
        if cue.start is not None:
            parts.append(clock(cue.start))
        if cue.speaker:
            self.speaker = cue.speaker
        if parts:
            indented = side == 1 and self.mode == "interleaved"  # over the indented rendering
            self._note(row, "  ·  ".join(parts), indent=self.gap * 1.5 if indented else 0.0)

    def _note(
        self, row: ReadingRow, text: str, *, sponsor: bool = False, indent: float = 0.0
    ) -> None:
        """A line above ``row`` outside its cells, so selections, bookmarks and search hits,
        which count characters in cells, never take it in."""
        # Under a heading or note, or under a table (which keeps its own gap below): no gap.
        close = self.head is not None or self.mode == "side"
        self._block(top=0 if close else self.gap, indent=indent)
        start = self.cursor.position()
        if self.head is None:
            self.head = self.cursor.block().position()
        fmt = self.look.char_format(self.look.heading_language, note=True)
        self.cursor.insertText(text.translate(_BOUNDARIES), fmt)
        block = self.cursor.blockFormat()
        block.setBottomMargin(self.row_gap // 2)
        block.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.cursor.setBlockFormat(block)
        self.notes.append(Note(row.number, start, self.cursor.position(), sponsor))

    def _block(self, *, top: int = 0, indent: float = 0.0) -> None:
        fmt = QTextBlockFormat()
        fmt.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setTopMargin(top if self.started and not self.follows_head else 0)
        self.follows_head = False
        fmt.setLeftMargin(indent)
        if self.started and self.cursor.block().length() > 1:
            self.cursor.insertBlock(fmt)
        else:  # the document's first block, or the empty one Qt leaves after a table
            self.cursor.setBlockFormat(fmt)
            self.started = True

    def _text(
        self, row: ReadingRow, side: int, folded: set[int]
    ) -> tuple[str, QTextCharFormat, bool]:
        if row.number in folded:
            if side:
                return "", self._format(row.transcript.language, True), True
            italic = self.look.char_format(row.transcript.language, italic=True, sponsor=True)
            return self.look.placeholder, italic, True
        cell = row.cell(side)
        text = cell.text
        if _BREAKING.search(text):
            text = text.translate(_BOUNDARIES)
        return text, self._format(cell.language, row.sponsor), False

    def _format(self, language: str, sponsor: bool) -> QTextCharFormat:
        fmt = self.formats.get((language, sponsor))
        if fmt is None:
            fmt = self.formats[language, sponsor] = self.look.char_format(language, sponsor=sponsor)
        return fmt

    def _insert(
        self, row: ReadingRow, side: int, folded: set[int], cursor: QTextCursor | None = None
    ) -> None:
        cursor = cursor or self.cursor
        text, fmt, is_folded = self._text(row, side, folded)
        start = cursor.position()
        cursor.insertText(text, fmt)
        self.placed.append(Placed(row.number, side, start, cursor.position(), is_folded))

    def _table(self, paragraph: list[ReadingRow], folded: set[int], last: bool) -> None:
        if not self.started:
            self._block()
        fmt = QTextTableFormat()
        half = QTextLength(QTextLength.Type.PercentageLength, 50)
        fmt.setColumnWidthConstraints([half, half])
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setBorder(0)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(0)
        fmt.setBottomMargin(self.gap if last else 0)
        table = self.cursor.insertTable(len(paragraph), 2, fmt)
        block = QTextBlockFormat()
        block.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(self.row_gap)
        for r, row in enumerate(paragraph):
            for side in (0, 1):
                block.setLeftMargin(self.gap if side else 0)
                block.setRightMargin(0 if side else self.gap)
                # A cursor of the cell's own: moving one cursor into each cell costs ten
                # times as much (Qt adjusts it for the table each time).
                cursor = table.cellAt(r, side).firstCursorPosition()
                cursor.setBlockFormat(block)
                self._insert(row, side, folded, cursor)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def _stacked(self, paragraph: list[ReadingRow], folded: set[int]) -> None:
        for k, row in enumerate(paragraph):
            sides = [0] if row.number in folded else [s for s in (0, 1) if row.cell(s).text]
            for n, side in enumerate(sides):
                top = self.gap if k == 0 and n == 0 else (self.row_gap if n == 0 else 0)
                self._block(top=top, indent=self.gap * 1.5 if side else 0)
                self._insert(row, side, folded)

    def _run(self, paragraph: list[ReadingRow], folded: set[int], side: int) -> None:
        cells = [
            r
            for r in paragraph
            if (r.number in folded and side == 0) or (r.number not in folded and r.cell(side).text)
        ]
        if not cells:
            return
        self._block(top=self.gap)
        joiner = "" if is_cjk(cells[0].cell(side).language) else " "
        for k, row in enumerate(cells):
            if k:
                self.cursor.insertText(joiner)
            self._insert(row, 0 if row.number in folded else side, folded)
