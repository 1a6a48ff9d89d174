"""Where text sits in a laid-out document: the top of a position's line, the box of a range.

The view asks this of its cells. Qt's document layout knows blocks; a cell is a block side by
side and interleaved, but a stretch of a shared block in single-language modes, so a cell's
box is measured from its lines there.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextDocument


def line_top(document: QTextDocument, position: int, *, bottom: bool = False) -> float:
    """Document height of the top (or ``bottom``) of the line holding ``position``."""
    block = document.findBlock(position)
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    line = layout.lineForTextPosition(position - block.position()) if layout else None
    if line is None or not line.isValid():
        return rect.bottom() if bottom else rect.top()
    y = rect.top() + line.y()  # the rectangle is where the layout sits in the document
    return y + line.height() if bottom else y


def text_box(document: QTextDocument, start: int, end: int, *, own_blocks: bool) -> QRectF:
    """The lines from ``start`` to ``end`` cover, as wide as their blocks; whole blocks when
    the text has ``own_blocks``."""
    layout = document.documentLayout()
    first = document.findBlock(start)
    last = document.findBlock(end)
    rect = layout.blockBoundingRect(first).united(layout.blockBoundingRect(last))
    if own_blocks:
        return rect
    # Cells that share a block: from the line of the start to the line of the end.
    top = line_top(document, start)
    bottom = line_top(document, end, bottom=True)
    return QRectF(rect.left(), top, rect.width(), bottom - top)
