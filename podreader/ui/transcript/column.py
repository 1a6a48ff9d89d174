"""One column of passages: a read-only text view with one text block per passage.

Passages go in with :meth:`QTextCursor.insertText` only, so markup in a transcript stays
literal text: nothing is parsed, no image is loaded, no link exists to follow. Block number
``i`` always shows ``passages()[i]``, which keeps every lookup a list index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QMenu, QTextEdit, QWidget

from podreader.ui.transcript.fonts import DEFAULT_POINT_SIZE, font_families
from podreader.ui.transcript.highlights import Layer, layer_format
from podreader.ui.transcript.passages import Passage, Span

# Characters that QTextCursor.insertText would turn into block or frame boundaries. Each maps
# to one character, so offsets in a block stay offsets in the paragraph text.
_BOUNDARIES = str.maketrans(
    {
        "\n": "\u2028",
        "\r": "\u2028",
        "\u2029": "\u2028",
        "\ufdd0": "\ufffd",  # QTextBeginningOfFrame
        "\ufdd1": "\ufffd",  # QTextEndOfFrame
    }
)

#: Room around the text, in pixels, so it does not touch the column edges.
_MARGIN = 12

#: Line height in percent: roomy enough for CJK text, which sits taller than Latin.
_LINE_HEIGHT = 135


class TextColumn(QTextEdit):
    """A column of passages.

    Signals: ``passageHovered(block)`` when the mouse moves onto another passage (-1: none);
    ``passageClicked(block)`` on a click that selected nothing; ``zoomRequested(steps)`` on
    Ctrl+wheel, which a read-only QTextEdit would otherwise apply to this column alone.

    Folded blocks (:meth:`set_folded`) keep their block number: the first of each run shows a
    placeholder line instead of its text, the others are hidden, and highlights skip them.
    """

    passageHovered = Signal(int)
    passageClicked = Signal(int)
    zoomRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setAcceptDrops(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self._passages: list[Passage] = []
        self._blocks: dict[tuple[str, int], int] = {}
        self._primary = ""
        self._serif = True
        self._layers: dict[Layer, list[Span]] = {}
        self._colours: dict[Layer, Sequence[str | None]] = {}
        self._folded: set[int] = set()
        self._placeholders: set[int] = set()  # folded blocks showing the placeholder line
        self._context_actions: list[QAction] = []
        self._hovered = -1
        self._pressed_at: QPoint | None = None
        self.set_font_size(DEFAULT_POINT_SIZE)

    # -- content -------------------------------------------------------------------------------

    def passages(self) -> list[Passage]:
        return self._passages

    def block_of(self, track: str, paragraph: int) -> int | None:
        return self._blocks.get((track, paragraph))

    def set_passages(self, passages: list[Passage], primary_track: str) -> None:
        """Show ``passages``; those not of ``primary_track`` are indented (interleaved view)."""
        self._passages = passages
        self._primary = primary_track
        self._blocks = {(p.track, p.paragraph): i for i, p in enumerate(passages)}
        self._layers.clear()
        self._colours.clear()
        self._folded, self._placeholders = set(), set()
        self._hovered = -1
        # Filled while detached, a document is laid out lazily once shown: the first screen
        # first, the rest in the background, instead of all of it before anything paints.
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(self.font())
        document.setDocumentMargin(_MARGIN)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for i, passage in enumerate(passages):
            if i:
                cursor.insertBlock(self._block_format(passage), self._char_format(passage))
            else:
                cursor.setBlockFormat(self._block_format(passage))
                cursor.setBlockCharFormat(self._char_format(passage))
            cursor.insertText(passage.text.translate(_BOUNDARIES), self._char_format(passage))
        cursor.endEditBlock()
        previous = self.document()
        ours = previous.parent() is self  # the first one belongs to Qt, which deletes it itself
        self.setDocument(document)
        if ours:
            previous.deleteLater()
        self._apply_layers()

    def set_serif(self, serif: bool) -> None:
        """Switch faces in place: same text, so the selection and position survive."""
        self._serif = serif
        self._reformat(lambda cursor, passage: cursor.mergeCharFormat(self._char_format(passage)))

    def set_font_size(self, points: int) -> None:
        anchor = self.anchor()
        font = QFont(self.font())
        font.setPointSize(points)
        self.setFont(font)
        self._reformat(lambda cursor, passage: cursor.mergeBlockFormat(self._block_format(passage)))
        self.restore(anchor)

    def _reformat(self, change: Callable[[QTextCursor, Passage], None]) -> None:
        if not self._passages:
            return
        anchor = self.anchor()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        block = self.document().firstBlock()
        for passage in self._passages:
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            change(cursor, passage)
            block = block.next()
        cursor.endEditBlock()
        self.restore(anchor)

    def _char_format(self, passage: Passage) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontFamilies(list(font_families(passage.language, self._serif)))
        return fmt

    def _block_format(self, passage: Passage) -> QTextBlockFormat:
        em = QFontMetricsF(self.font()).height()
        fmt = QTextBlockFormat()
        fmt.setLineHeight(_LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(round(em * 0.8))
        fmt.setLeftMargin(round(em * 1.5) if passage.track != self._primary else 0)
        return fmt

    def set_folded(self, folded: set[int], placeholder: str) -> None:
        """Fold the given blocks and unfold all others; each run of consecutive folded blocks
        shows as one line of ``placeholder`` text (its real text comes back when unfolded)."""
        placeholders = {n for n in folded if n - 1 not in folded}
        swap = sorted(placeholders ^ self._placeholders)
        document = self.document()
        shown = {n for n in range(len(self._passages)) if n not in folded or n in placeholders}
        toggle = [
            n
            for n in (folded ^ self._folded) | (placeholders ^ self._placeholders)
            if document.findBlockByNumber(n).isVisible() != (n in shown)
        ]
        if not swap and not toggle:
            return  # nothing changes: spare the relayout
        anchor = self.anchor()
        if swap:
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            for number in swap:
                block = document.findBlockByNumber(number)
                passage = self._passages[number]
                cursor.setPosition(block.position())
                cursor.setPosition(
                    block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
                )
                if number in placeholders:
                    fmt = self._char_format(passage)
                    fmt.setFontItalic(True)
                    cursor.insertText(placeholder, fmt)
                else:
                    cursor.insertText(
                        passage.text.translate(_BOUNDARIES), self._char_format(passage)
                    )
            cursor.endEditBlock()
        if toggle:
            for number in toggle:
                document.findBlockByNumber(number).setVisible(number in shown)
            first = document.findBlockByNumber(min(toggle))
            last = document.findBlockByNumber(max(toggle))
            end = last.position() + last.length()
            document.markContentsDirty(first.position(), end - first.position())
        self._folded, self._placeholders = set(folded), placeholders
        self.restore(anchor)
        self._apply_layers()

    def is_hidden(self, block: int) -> bool:
        """Whether a block's text is folded away (hidden, or shown as the placeholder)."""
        return block in self._folded

    def folded_run(self, block: int) -> list[int]:
        """The run of folded blocks that ``block`` belongs to (empty if it is not folded)."""
        if block not in self._folded:
            return []
        first = block
        while first - 1 in self._folded:
            first -= 1
        last = block
        while last + 1 in self._folded:
            last += 1
        return list(range(first, last + 1))

    # -- geometry ------------------------------------------------------------------------------

    def block_span(self, number: int) -> tuple[float, float]:
        """Top and bottom of a block in document coordinates; a hidden block is empty."""
        document = self.document()
        layout = document.documentLayout()
        block = document.findBlockByNumber(number)
        while block.isValid() and not block.isVisible():
            block = block.next()
        if not block.isValid():
            end = self.content_bottom()
            return end, end
        rect = layout.blockBoundingRect(block)
        if block.blockNumber() != number:
            return rect.top(), rect.top()
        return rect.top(), rect.bottom()

    def content_top(self) -> float:
        return self.document().documentMargin()

    def content_bottom(self) -> float:
        document = self.document()
        return document.documentLayout().documentSize().height() - document.documentMargin()

    def block_at(self, y: float) -> int:
        """The block at document height ``y`` (the last one below the text, -1 when empty).

        Qt's hit test only lays the document out down to ``y``; the nudges settle which of two
        neighbours owns the gap between them.
        """
        count = len(self._passages)
        if not count:
            return -1
        document = self.document()
        hit = document.documentLayout().hitTest(
            QPointF(self.content_top(), y), Qt.HitTestAccuracy.FuzzyHit
        )
        number = document.findBlock(max(hit, 0)).blockNumber()
        while number + 1 < count and self.block_span(number)[1] <= y:
            number += 1
        while number > 0 and self.block_span(number - 1)[1] > y:
            number -= 1
        return number

    def view_top(self) -> float:
        """Document height at the top of the viewport: where a block scrolled to the top begins."""
        return self.verticalScrollBar().value() + self.content_top()

    def set_view_top(self, y: float) -> None:
        self.verticalScrollBar().setValue(round(y - self.content_top()))

    def top_block(self) -> int:
        return self.block_at(self.view_top())

    def scroll_to_block(self, number: int) -> None:
        self.set_view_top(self.block_span(number)[0])

    def anchor(self) -> tuple[int, float]:
        """Where the reader is: top block and the share of it scrolled past."""
        if not self._passages:
            return -1, 0.0
        number = self.top_block()
        top, bottom = self.block_span(number)
        share = (self.view_top() - top) / (bottom - top) if bottom > top else 0.0
        return number, min(max(share, 0.0), 1.0)

    def restore(self, anchor: tuple[int, float]) -> None:
        number, share = anchor
        if 0 <= number < len(self._passages):
            top, bottom = self.block_span(number)
            self.set_view_top(top + share * (bottom - top))

    def ensure_span_visible(self, span: Span) -> None:
        """Scroll so a span sits in the middle third of the viewport, unless it already shows."""
        block = self.document().findBlockByNumber(span[0])
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + span[1])
        rect = self.cursorRect(cursor)
        height = self.viewport().height()
        if rect.top() < 0 or rect.bottom() > height:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)

    # -- highlights ----------------------------------------------------------------------------

    def set_layer(
        self, layer: Layer, spans: list[Span], colours: Sequence[str | None] | None = None
    ) -> None:
        """Highlight ``spans``; ``colours`` (one per span, None: the layer's own) tint marks."""
        self._layers[layer] = spans
        self._colours[layer] = colours or ()
        self._apply_layers()
        if layer is Layer.FOCUS:
            self.viewport().update()

    def layer(self, layer: Layer) -> list[Span]:
        return self._layers.get(layer, [])

    def whole_blocks(self, numbers: list[int]) -> list[Span]:
        return [(n, 0, len(self._passages[n].text)) for n in numbers]

    def _apply_layers(self) -> None:
        """Character highlights as extra selections; FOCUS is painted by :meth:`paintEvent`."""
        document = self.document()
        palette = self.palette()
        selections = []
        for layer in sorted(self._layers):
            if layer is Layer.FOCUS:
                continue
            colours = self._colours.get(layer, ())
            formats: dict[str | None, QTextCharFormat] = {}
            for i, (number, start, end) in enumerate(self._layers[layer]):
                block = document.findBlockByNumber(number)
                if not block.isValid() or not block.isVisible():
                    continue
                if number in self._folded and layer is not Layer.SPONSOR:
                    continue  # the placeholder's offsets are not the passage's
                colour = colours[i] if i < len(colours) else None
                if colour not in formats:
                    formats[colour] = layer_format(layer, palette, colour)
                limit = block.length() - 1
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + min(start, limit))
                cursor.setPosition(
                    block.position() + min(end, limit), QTextCursor.MoveMode.KeepAnchor
                )
                selection.cursor = cursor
                selection.format = formats[colour]
                selections.append(selection)
        self.setExtraSelections(selections)

    def _focus_rects(self) -> list[QRectF]:
        """Document-space bands behind the focused passages, the full width of the column: a
        block's lines with no gaps between them, running on through the margin below when the
        next block is focused too, so that a focused group reads as one band."""
        numbers = sorted({n for n, _, _ in self.layer(Layer.FOCUS)})
        chosen = set(numbers)
        document = self.document()
        layout = document.documentLayout()
        width = max(self.viewport().width(), document.size().width())
        rects = []
        for number in numbers:
            block = document.findBlockByNumber(number)
            if not block.isValid() or not block.isVisible():
                continue
            rect = layout.blockBoundingRect(block)
            bottom = rect.bottom()
            following = block.next()
            if number + 1 in chosen and following.isValid() and following.isVisible():
                bottom = layout.blockBoundingRect(following).top()
            rects.append(QRectF(0, rect.top(), width, bottom - rect.top()))
        return rects

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_layers()

    def paintEvent(self, event: QPaintEvent) -> None:
        rects = self._focus_rects()
        if rects:
            tint: QColor = layer_format(Layer.FOCUS, self.palette()).background().color()
            painter = QPainter(self.viewport())
            painter.translate(
                -self.horizontalScrollBar().value(), -self.verticalScrollBar().value()
            )
            for rect in rects:
                painter.fillRect(rect, tint)
            painter.end()
        super().paintEvent(event)

    # -- context menu --------------------------------------------------------------------------

    def set_context_actions(self, actions: list[QAction]) -> None:
        """Actions added below Copy and Select All in the column's context menu."""
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
        # Rewrapping moves every line; keep the passage the reader is in at the top.
        anchor = self.anchor()
        super().resizeEvent(event)
        self.restore(anchor)

    def _block_under(self, point: QPoint) -> int:
        y = point.y() + self.verticalScrollBar().value()
        number = self.block_at(y)
        if number < 0:
            return -1
        top, bottom = self.block_span(number)
        return number if top <= y < bottom else -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        number = self._block_under(event.position().toPoint())
        if number != self._hovered:
            self._hovered = number
            self.passageHovered.emit(number)

    def viewportEvent(self, event: QEvent) -> bool:
        # The mouse leaves the viewport, not the scroll area, when it goes onto the scroll bar.
        if event.type() == QEvent.Type.Leave and self._hovered != -1:
            self._hovered = -1
            self.passageHovered.emit(-1)
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
            self.passageClicked.emit(self._block_under(point))
