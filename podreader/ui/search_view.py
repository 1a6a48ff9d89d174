"""The results list's look: snippets wrapped to the list's width, with the matching words marked.

Snippets are led in by a few words (see :mod:`podreader.search.snippets`) and wrap instead of
being cut at the edge, so the match shows however narrow the panel is. The marks take the
transcript's search-term look from the palette at paint time, so a theme switch recolours them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from podreader.ui.search_model import MARKS_ROLE, MORE_ROLE
from podreader.ui.transcript.highlights import Layer, layer_format

Index = QModelIndex | QPersistentModelIndex

_MARGIN = 3  # around a snippet, so that wrapped rows do not touch


class SnippetDelegate(QStyledItemDelegate):
    """Hit rows as wrapped text with the matches marked; "more" rows as a link; the rest as is."""

    def snippet_document(
        self, option: QStyleOptionViewItem, index: Index, width: int
    ) -> QTextDocument:
        """The hit row's text laid out at ``width`` pixels, with the matches marked."""
        document = QTextDocument()
        document.setDocumentMargin(_MARGIN)
        document.setDefaultFont(option.font)
        document.setPlainText(str(index.data()))
        mark = layer_format(Layer.TERM, option.palette)
        mark.setFontWeight(QFont.Weight.Bold)
        cursor = QTextCursor(document)
        for start, end in index.data(MARKS_ROLE):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(mark)
        document.setTextWidth(max(width, 1))
        return document

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.data(MORE_ROLE) is not None:
            option.font.setItalic(True)
            link = option.palette.color(QPalette.ColorRole.Link)
            option.palette.setColor(QPalette.ColorRole.Text, link)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if index.data(MARKS_ROLE) is None:
            return super().sizeHint(option, index)
        document = self.snippet_document(option, index, _row_width(option, index))
        return QSize(math.ceil(document.idealWidth()), math.ceil(document.size().height()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(MARKS_ROLE) is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget: QWidget | None = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect = item.rect
        document = self.snippet_document(item, index, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()


def _row_width(option: QStyleOptionViewItem, index: Index) -> int:
    """The width a row of ``index`` gets in its tree: the viewport less the indentation."""
    view = option.widget
    if not isinstance(view, QTreeView):
        return option.rect.width()
    depth = 0
    parent = index.parent()
    while parent.isValid():
        depth += 1
        parent = parent.parent()
    depth += view.rootIsDecorated()
    return view.viewport().width() - depth * view.indentation()


class ResultsView(QTreeView):
    """A tree of results whose rows grow to hold their wrapped snippets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(SnippetDelegate(self))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # wrapped rows change height with the width
