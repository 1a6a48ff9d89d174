"""Practice mode's covers: the hidden language blanked out, a pale bar standing in for each line.

A bar per line, as long as the line, keeps the shape of the text (how much there is to say)
without its words, so a learner can try the rendering first and point at the row to check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QTextDocument

from podreader.ui.transcript.builder import Placed

if TYPE_CHECKING:
    from podreader.ui.transcript.view import RowView


def paint_covers(view: RowView, painter: QPainter, visible: QRectF) -> None:
    """Cover the hidden side's cells in ``visible`` (document coordinates) except in the
    banded rows; ``painter`` paints in document coordinates."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colours = view.colours()
    first = view.placed_at(view.position_at(visible.top()))
    shown = set(view.bands())
    side = view.hidden_side()
    for placed in view.placed()[max(first - 2, 0) :]:
        if placed.side != side or placed.row in shown or placed.end <= placed.start:
            continue
        number = view.cell_number(placed.row, placed.side)
        assert number is not None
        box = view.cell_box(number)
        if box.top() > visible.bottom():
            break
        if view.mode() == "side":  # full-width punctuation may hang past the cell's edge
            box.setRight(visible.right())
        painter.fillRect(box, colours.base)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.practice)
        for line in line_boxes(view.document(), placed):
            painter.drawRoundedRect(line, line.height() / 2, line.height() / 2)


def line_boxes(document: QTextDocument, placed: Placed) -> list[QRectF]:
    """A bar for each line of a cell: as long as the line's text, under half its height."""
    boxes = []
    block = document.findBlock(placed.start)
    while block.isValid() and block.position() <= placed.end:
        rect = document.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            height = line.height() * 0.45
            top = rect.top() + line.y() + (line.height() - height) / 2
            left = rect.left() + line.x()
            boxes.append(QRectF(left, top, max(line.naturalTextWidth(), height), height))
        block = block.next()
    return boxes
