"""The rows of the reading view in one read-only text document, in any of the pane's modes.

Side by side, each paragraph is a two-column :class:`QTextTable` and each row of the reading
view is a row of that table: Qt lays both cells of a table row out from the same top, so the
two languages are level by construction, at every width, font and size, and one scroll bar
moves both. Tables of a few rows (a long paragraph takes several, without spacing between
them) rather than one for the whole episode because Qt lays a table out whole: a single table
of 1,500 rows took 1.25 s to show, small tables let the document lay out lazily (the first
screen first) and keep the layout done while scrolling to what comes into view.
The other modes use the same rows: interleaved puts each row's cells one under the other,
single-language modes run a paragraph's cells together as one block.

The document itself is written by :mod:`podreader.ui.transcript.builder`.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QMenu, QTextEdit, QWidget

from podreader.ui.transcript.builder import MARGIN, Builder, Note, Placed, note_at
from podreader.ui.transcript.covers import paint_covers
from podreader.ui.transcript.fonts import DEFAULT_POINT_SIZE
from podreader.ui.transcript.highlights import Layer, Palette, extra_selections
from podreader.ui.transcript.lines import line_top, text_box
from podreader.ui.transcript.looks import Look
from podreader.ui.transcript.measure import centre, text_measure
from podreader.ui.transcript.passages import ReadingRow, Span


class RowView(QTextEdit):
    """The reading view's rows as one scrolling text.

    Signals: ``rowHovered(row)`` when the mouse moves onto another row (-1: none);
    ``rowClicked(row)`` on a click that selected nothing; ``labelClicked(row)`` on a click on
    the sponsor label above ``row``; ``zoomRequested(steps)`` on Ctrl+wheel.
    Highlights are layers of :data:`Span` over the placed cells (see :meth:`placed`).
    """

    rowHovered = Signal(int)
    rowClicked = Signal(int)
    zoomRequested = Signal(int)
    labelClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setAcceptDrops(False)
        self.setUndoRedoEnabled(False)
        # Selectable by mouse only: keyboard selection would show a blinking text cursor in a
        # text nobody can edit.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The text always wraps to the width; a column's unbreakable word must not add a
        # horizontal scroll bar to the whole episode.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        self._rows: list[ReadingRow] = []
        self._mode = "side"
        self._folded: set[int] = set()
        self._placeholder = ""
        self._headings: dict[int, str] = {}
        self._labels: dict[int, str] = {}
        self._notes: list[Note] = []
        self._heads: dict[int, int] = {}
        self._serif = True
        self._placed: list[Placed] = []
        self._starts: list[int] = []
        self._cells: dict[tuple[int, int], int] = {}
        self._shown_rows: list[int] = []
        self._shown_as: dict[int, int] = {}
        self._layers: dict[Layer, list[Span]] = {}
        self._colours: dict[Layer, Sequence[str | None]] = {}
        self._bands: list[int] = []  # rows painted as focused
        self._hidden_side: int | None = None  # practice mode: the side covered up
        self._context_actions: list[QAction] = []
        self._hovered = -1
        self._pressed_at: QPoint | None = None
        self._colours_now = Palette.of(self.palette())
        self._measure = 0.0  # widest the text runs (0: the whole width)
        self._room = float(MARGIN)  # left and right of the text
        self.set_font_size(DEFAULT_POINT_SIZE)

    # -- content -------------------------------------------------------------------------------

    def rows(self) -> list[ReadingRow]:
        return self._rows

    def mode(self) -> str:
        return self._mode

    def placed(self) -> list[Placed]:
        """Every cell shown, in document order; layers count cells by their place here."""
        return self._placed

    def cell_number(self, row: int, side: int) -> int | None:
        """Place of a row's cell in :meth:`placed` (None when not shown, e.g. folded away)."""
        return self._cells.get((row, side))

    def shown_as(self, row: int) -> int:
        """The row shown in place of ``row``: itself, or the first row of its folded run."""
        return self._shown_as.get(row, row)

    def placeholder(self) -> str:
        return self._placeholder

    def notes(self) -> list[Note]:
        """The quiet lines above rows (speakers and times, sponsor labels), in document order."""
        return self._notes

    def is_folded(self, row: int) -> bool:
        return row in self._folded

    def set_rows(
        self,
        rows: list[ReadingRow],
        mode: str,
        folded: set[int],
        placeholder: str,
        headings: dict[int, str] | None = None,
        labels: dict[int, str] | None = None,
    ) -> None:
        """Show ``rows`` in ``mode``; ``folded`` rows show as one placeholder line per run;
        ``headings`` (row -> text) head the rows where chapters start, ``labels`` (row -> text)
        the unfolded sponsor reads."""
        self._headings = dict(headings or {})
        self._labels = dict(labels or {})
        self._rows, self._mode = rows, mode
        self._folded, self._placeholder = set(folded), placeholder
        self._layers.clear()  # their cell numbers are the old document's
        self._colours.clear()
        self._rebuild()

    def _rebuild(self, anchor: tuple[int, float] | None = None) -> None:
        if anchor is None and self._placed:
            anchor = self.anchor()
        self._hovered = -1
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(self.font())
        document.setDocumentMargin(MARGIN)
        language = self._rows[0].transcript.language if self._rows else "en"
        look = Look(self.font(), self._serif, self._colours_now, self._placeholder, language)
        builder = Builder(look, document)
        builder.build(self._rows, self._mode, self._folded, self._headings, self._labels)
        self._placed, self._shown_as = builder.placed, builder.shown_as
        self._notes, self._heads = builder.notes, builder.heads
        self._starts = [p.start for p in self._placed]
        self._cells = {(p.row, p.side): k for k, p in enumerate(self._placed)}
        self._shown_rows = sorted({p.row for p in self._placed})
        previous = self.document()
        ours = previous.parent() is self  # the first one belongs to Qt, which deletes it itself
        self._measure = text_measure(
            self._rows, self._mode, self.font(), self._serif, round(self.em() * 0.8) * 1.5
        )
        self._room = centre(document, self.viewport().width(), self._measure, -1.0)
        self.setDocument(document)
        if ours:
            previous.deleteLater()
        self._apply_layers()
        if anchor is not None:
            self.restore(anchor)

    def set_serif(self, serif: bool) -> None:
        self._serif = serif
        if self._rows:
            self._rebuild()

    def set_font_size(self, points: int) -> None:
        anchor = self.anchor() if self._placed else None  # before the old text grows
        font = QFont(self.font())
        font.setPointSize(points)
        self.setFont(font)
        if self._rows:
            self._rebuild(anchor)

    def em(self) -> float:
        return QFontMetricsF(self.font()).height()

    # -- geometry ------------------------------------------------------------------------------

    def placed_at(self, position: int) -> int:
        """The cell holding a document position (-1 before the first)."""
        return bisect_right(self._starts, position) - 1

    def cell_top(self, number: int) -> float:
        """Document height where a cell's text starts (the top of its first line)."""
        return line_top(self.document(), self._placed[number].start)

    def cell_box(self, number: int) -> QRectF:
        """The lines a cell's text covers, in document coordinates, as wide as its column."""
        placed = self._placed[number]
        own_blocks = self._mode in ("side", "interleaved")
        return text_box(self.document(), placed.start, placed.end, own_blocks=own_blocks)

    def row_band(self, row: int) -> QRectF | None:
        """Document rectangle of a row, both cells, the full width of the text."""
        boxes = [
            self.cell_box(k) for side in (0, 1) if (k := self.cell_number(row, side)) is not None
        ]
        if not boxes:
            return None
        band = boxes[0]
        for box in boxes[1:]:
            band = band.united(box)
        width = max(self.viewport().width(), self.document().textWidth())  # size() lays out all
        return QRectF(0, band.top(), width, band.height())

    def row_at(self, y: float) -> int:
        """The row at document height ``y`` (-1 when empty).

        Qt's hit test only lays the document out down to ``y``; the nudges settle which of two
        neighbours owns the gap between them.
        """
        if not self._placed:
            return -1
        shown = self._shown_rows
        k = bisect_right(shown, self._placed[max(self.placed_at(self.position_at(y)), 0)].row) - 1
        while k + 1 < len(shown) and self._band_bottom(shown[k]) <= y:
            k += 1
        while k > 0 and self._band_bottom(shown[k - 1]) > y:
            k -= 1
        return shown[max(k, 0)]

    def _band_bottom(self, row: int) -> float:
        band = self.row_band(row)
        return band.bottom() if band is not None else -1.0

    def top_row(self) -> int:
        return self.row_at(self.verticalScrollBar().value() + MARGIN)

    def scroll_to_row(self, row: int) -> None:
        """Bring a row to the top, with the chapter heading above it if it has one."""
        row = self.shown_as(row)
        band = self.row_band(row)
        if band is None:
            return
        top = band.top()
        if row in self._heads:  # what stands above it: a chapter heading, a speaker and time
            head = self.document().findBlock(self._heads[row])
            top = self.document().documentLayout().blockBoundingRect(head).top()
        # Rounded up: the row's first pixel line at the top belongs to it, not its neighbour.
        self.verticalScrollBar().setValue(math.ceil(top - MARGIN))

    def anchor(self) -> tuple[int, float]:
        """Where the reader is: top row and the share of it scrolled past."""
        row = self.top_row()
        band = self.row_band(row) if row >= 0 else None
        if band is None:
            return -1, 0.0
        y = self.verticalScrollBar().value() + MARGIN
        share = (y - band.top()) / band.height() if band.height() > 0 else 0.0
        return row, min(max(share, 0.0), 1.0)

    def restore(self, anchor: tuple[int, float]) -> None:
        row, share = anchor
        band = self.row_band(self.shown_as(row)) if row >= 0 else None
        if band is not None and share <= 0:
            self.scroll_to_row(row)  # its heading too, if it has one
        elif band is not None:
            self.verticalScrollBar().setValue(round(band.top() + share * band.height() - MARGIN))

    def ensure_span_visible(self, span: Span, *, centre: bool = False) -> None:
        """Scroll so a span sits in the middle of the viewport, unless it shows already (or
        always, with ``centre``)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._placed[span[0]].start + span[1])
        rect = self.cursorRect(cursor)
        height = self.viewport().height()
        if centre or rect.top() < height // 6 or rect.bottom() > height * 5 // 6:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.center().y() - height // 2)

    # -- highlights ----------------------------------------------------------------------------

    def set_layer(
        self, layer: Layer, spans: list[Span], colours: Sequence[str | None] | None = None
    ) -> None:
        """Highlight ``spans``; ``colours`` (one per span, None: the layer's own) tint marks."""
        self._layers[layer] = spans
        self._colours[layer] = colours or ()
        self._apply_layers()

    def layer(self, layer: Layer) -> list[Span]:
        return self._layers.get(layer, [])

    def set_bands(self, rows: list[int]) -> None:
        """Rows painted as one band behind both cells (the hovered or clicked pair)."""
        self._bands = [self.shown_as(r) for r in rows]
        self.viewport().update()

    def bands(self) -> list[int]:
        return self._bands

    def set_hidden_side(self, side: int | None) -> None:
        """Practice mode: cover one side's cells except in the banded rows (None: cover none)."""
        self._hidden_side = side
        self.viewport().update()

    def hidden_side(self) -> int | None:
        return self._hidden_side

    def apply_theme(self) -> None:
        """Take every colour from the current palette again and repaint."""
        colours = Palette.of(self.palette())
        dimmed = (colours.sponsor_text, colours.note_text) != (
            self._colours_now.sponsor_text,
            self._colours_now.note_text,
        )
        self._colours_now = colours
        if dimmed and self._rows:
            self._rebuild()  # sponsor reads are written in their colour
        else:
            self._apply_layers()
        self.viewport().update()

    def colours(self) -> Palette:
        return self._colours_now

    def _apply_layers(self) -> None:
        self.setExtraSelections(
            extra_selections(
                self.document(), self._placed, self._layers, self._colours, self._colours_now
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_theme()

    def paintEvent(self, event: QPaintEvent) -> None:
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        visible = QRectF(self.viewport().rect()).translated(-offset)
        bands = [b for b in map(self.row_band, self._bands) if b is not None]
        if bands:
            painter = QPainter(self.viewport())
            painter.translate(offset)
            for band in bands:
                painter.fillRect(band, self._colours_now.row_pair)
            painter.end()
        super().paintEvent(event)
        if self._hidden_side is not None:
            painter = QPainter(self.viewport())
            painter.translate(offset)
            paint_covers(self, painter, visible)
            painter.end()

    def position_at(self, y: float) -> int:
        """The document position nearest the left edge of the text at height ``y``."""
        hit = (
            self.document()
            .documentLayout()
            .hitTest(QPointF(self._room + 4, y), Qt.HitTestAccuracy.FuzzyHit)
        )
        return max(hit, 0)

    # -- context menu --------------------------------------------------------------------------

    def set_context_actions(self, actions: list[QAction]) -> None:
        """Actions added below Copy and Select All in the context menu."""
        self._context_actions = list(actions)

    def context_menu(self, point: QPoint) -> QMenu:
        menu = self.createStandardContextMenu(point)
        if self._context_actions:
            menu.addSeparator()
            menu.addActions(self._context_actions)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- events --------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Rewrapping moves every line; keep the row the reader is in at the top.
        anchor = self.anchor()
        super().resizeEvent(event)
        self._room = centre(self.document(), self.viewport().width(), self._measure, self._room)
        self.restore(anchor)

    def row_under(self, point: QPoint) -> int:
        """The row under a viewport point (-1 off the text)."""
        y = point.y() + self.verticalScrollBar().value()
        row = self.row_at(y)
        band = self.row_band(row) if row >= 0 else None
        return row if band is not None and band.top() <= y < band.bottom() else -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        row = self.row_under(event.position().toPoint())
        if row != self._hovered:
            self._hovered = row
            self.rowHovered.emit(row)

    def viewportEvent(self, event: QEvent) -> bool:
        # The mouse leaves the viewport, not the scroll area, when it goes onto the scroll bar.
        if event.type() == QEvent.Type.Leave and self._hovered != -1:
            self._hovered = -1
            self.rowHovered.emit(-1)
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() // 120
            if steps:
                self.zoomRequested.emit(steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._pressed_at = event.position().toPoint()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        point = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and pressed is not None
            and (point - pressed).manhattanLength() < QApplication.startDragDistance()
        ):
            note = note_at(self._notes, self.cursorForPosition(point).position())
            if note is not None and note.sponsor:
                self.labelClicked.emit(note.row)
            else:
                self.rowClicked.emit(self.row_under(point))
