"""The outline beside the transcript: chapters with their points, then People and Key Insights.

Chapters from a page have no titles, so a row shows the chapter's title when it has one, else
the head of its summary cut at a word (or, in Chinese, at a character) boundary.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from podreader.model import Chapter, Episode
from podreader.ui import icons
from podreader.ui.plain_text import tooltip

Index = QModelIndex | QPersistentModelIndex
TITLE_CHARS = 60
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s")


class Role(IntEnum):
    PARAGRAPH = Qt.ItemDataRole.UserRole + 1  # reading paragraph to jump to, or None
    KIND = Qt.ItemDataRole.UserRole + 2  # "chapter", "point", "people", "person", ...


def short_title(chapter: Chapter, limit: int = TITLE_CHARS) -> str:
    """The chapter's title, or the first sentence of its summary, cut to ``limit`` characters."""
    if chapter.title:
        return chapter.title
    text = " ".join(chapter.summary.split())
    head = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(head) <= limit:
        return head
    cut = head[:limit]
    if " " in cut and head[limit] != " ":
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—-") + "…"


@dataclass(eq=False)
class _Node:
    text: str
    kind: str
    paragraph: int | None = None
    tooltip: str | None = None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def add(self, child: _Node) -> _Node:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def _outline(episode: Episode | None) -> _Node:
    root = _Node("", "root")
    if episode is None:
        return root
    for chapter in episode.chapters:
        node = root.add(_Node(short_title(chapter), "chapter", chapter.paragraph, chapter.summary))
        for point in chapter.points:
            node.add(_Node(point, "point", chapter.paragraph, point))
    if episode.people:
        people = root.add(_Node(QCoreApplication.translate("ChapterModel", "People"), "people"))
        for person in episode.people:
            people.add(_Node(person.name, "person", None, person.description))
    if episode.insights:
        insights = root.add(
            _Node(QCoreApplication.translate("ChapterModel", "Key Insights"), "insights")
        )
        for insight in episode.insights:
            insights.add(_Node(insight.question, "insight", insight.paragraph, insight.answer))
    return root


_ICONS = {
    "chapter": "chapter",
    "people": "people",
    "person": "person",
    "insights": "insights",
    "insight": "insight",
}


class ChapterModel(QAbstractItemModel):
    """Tree of one episode's outline; :meth:`set_current_paragraph` marks the chapter being read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _outline(None)
        self._starts: list[int] = []  # start paragraph of each chapter row, for bisect
        self._rows: list[int] = []  # chapter row for each entry of _starts
        self._current: int | None = None

    def set_episode(self, episode: Episode | None) -> None:
        self.beginResetModel()
        self._root = _outline(episode)
        placed = [
            (node.paragraph, row)
            for row, node in enumerate(self._root.children)
            if node.kind == "chapter" and node.paragraph is not None
        ]
        placed.sort()
        self._starts = [p for p, _ in placed]
        self._rows = [r for _, r in placed]
        self._current = None
        self.endResetModel()

    def chapter_row_at(self, paragraph: int) -> int | None:
        """The chapter being read when ``paragraph`` is at the top of the view."""
        i = bisect_right(self._starts, paragraph) - 1
        return self._rows[i] if i >= 0 else None

    def current_chapter(self) -> QModelIndex:
        return QModelIndex() if self._current is None else self.index(self._current, 0)

    def set_current_paragraph(self, paragraph: int) -> QModelIndex:
        """Mark the chapter that holds ``paragraph``; returns its index (invalid if none)."""
        row = self.chapter_row_at(paragraph)
        if row != self._current:
            old, self._current = self._current, row
            for changed in (old, row):
                if changed is not None:
                    index = self.index(changed, 0)
                    self.dataChanged.emit(index, index)
        return self.current_chapter()

    def chapter_starts(self) -> list[int]:
        return list(self._starts)

    # -- QAbstractItemModel ---------------------------------------------------------------

    def _node(self, index: Index) -> _Node:
        node = index.internalPointer() if index.isValid() else self._root
        assert isinstance(node, _Node)
        return node

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, 0, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(node.tooltip) if node.tooltip else None
        if role == Role.PARAGRAPH:
            return node.paragraph
        if role == Role.KIND:
            return node.kind
        current = node.kind == "chapter" and index.row() == self._current
        if role == Qt.ItemDataRole.DecorationRole:
            purpose = "current_chapter" if current else _ICONS.get(node.kind)
            return icons.icon(purpose) if purpose else None
        if role == Qt.ItemDataRole.FontRole and (current or node.kind in ("people", "insights")):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._node(index).children:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags
