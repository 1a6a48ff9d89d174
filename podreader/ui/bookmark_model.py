"""Bookmarks as a Qt table model, and the proxy that filters them by episode, tag and words.

The library is the source of truth: the model holds a snapshot of :meth:`BookmarkStore.all`
and is reloaded after every change, which keeps its order the library's order (episode, then
place in the text). A reader keeps hundreds, not millions, of bookmarks, so one query suffices.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette

from podreader.model import Bookmark
from podreader.ui.plain_text import tooltip

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    QUOTE = 0
    NOTE = 1
    TAGS = 2
    EPISODE = 3
    SAVED = 4


HEADERS = {
    Column.QUOTE: "Quote",
    Column.NOTE: "Note",
    Column.TAGS: "Tags",
    Column.EPISODE: "Episode",
    Column.SAVED: "Saved",
}

#: Role of the :class:`Bookmark` itself, on every column.
BOOKMARK_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role of the value a column sorts by (ISO time for "Saved", case-folded text elsewhere).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_DETACHED_TIP = "This passage is no longer in the episode's text; the quote is as last seen."


def _one_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _display(bookmark: Bookmark, column: Column) -> str:
    if column is Column.QUOTE:
        return _one_line(bookmark.quote)
    if column is Column.NOTE:
        return _one_line(bookmark.note)
    if column is Column.TAGS:
        return " ".join(f"#{t}" for t in bookmark.tags)
    if column is Column.EPISODE:
        return bookmark.episode_title or bookmark.episode_id
    return bookmark.created.astimezone().strftime("%Y-%m-%d")


def _tooltip(bookmark: Bookmark) -> str:
    parts = [bookmark.quote.strip()]
    if bookmark.counterpart.strip():
        parts.append(bookmark.counterpart.strip())
    if bookmark.note.strip():
        parts.append(bookmark.note.strip())
    if bookmark.detached:
        parts.append(_DETACHED_TIP)
    parts.append(f"{bookmark.episode_title} — {bookmark.podcast}".strip(" —"))
    return tooltip("\n\n".join(_one_line(p, 400) for p in parts))


class BookmarkModel(QAbstractTableModel):
    """One row per bookmark; detached bookmarks are shown in italics and dimmed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Bookmark] = []

    def set_bookmarks(self, bookmarks: Sequence[Bookmark]) -> None:
        self.beginResetModel()
        self._rows = list(bookmarks)
        self.endResetModel()

    def bookmark(self, row: int) -> Bookmark:
        return self._rows[row]

    def row_of(self, bookmark_id: str) -> int | None:
        return next((i for i, b in enumerate(self._rows) if b.id == bookmark_id), None)

    def tags(self) -> list[str]:
        return sorted({t for b in self._rows for t in b.tags}, key=str.casefold)

    def episodes(self) -> list[tuple[str, str]]:
        """(episode id, title) of the episodes that have bookmarks, in the model's order."""
        seen: dict[str, str] = {}
        for b in self._rows:
            seen.setdefault(b.episode_id, b.episode_title or b.episode_id)
        return list(seen.items())

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return self.tr(HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        bookmark = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(bookmark, column)
        if role == BOOKMARK_ROLE:
            return bookmark
        if role == SORT_ROLE:
            if column is Column.SAVED:
                return bookmark.created.isoformat()
            return _display(bookmark, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(bookmark)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.QUOTE:
            return QColor(bookmark.color)
        if role == Qt.ItemDataRole.FontRole and bookmark.detached:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and bookmark.detached:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


class BookmarkFilterProxy(QSortFilterProxyModel):
    """Keeps bookmarks of one episode (or all), with one tag (or any), containing every word.

    Words are looked for in the quote, its counterpart, the note, the tags and the episode.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._episode: str | None = None
        self._tag: str | None = None
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_episode(self, episode_id: str | None) -> None:
        self._change(lambda: setattr(self, "_episode", episode_id))

    def set_tag(self, tag: str | None) -> None:
        self._change(lambda: setattr(self, "_tag", tag.lstrip("#") if tag else None))

    def set_text(self, text: str) -> None:
        self._change(lambda: setattr(self, "_words", text.casefold().split()))

    def episode(self) -> str | None:
        return self._episode

    def _change(self, apply: Any) -> None:
        self.beginFilterChange()  # Qt 6.10+; invalidateRowsFilter() is deprecated there
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        bookmark = self.sourceModel().index(source_row, 0, source_parent).data(BOOKMARK_ROLE)
        if not isinstance(bookmark, Bookmark):
            return False
        if self._episode is not None and bookmark.episode_id != self._episode:
            return False
        if self._tag is not None and self._tag not in bookmark.tags:
            return False
        if not self._words:
            return True
        haystack = "\n".join(
            [
                bookmark.quote,
                bookmark.counterpart,
                bookmark.note,
                " ".join(f"#{t}" for t in bookmark.tags),
                bookmark.episode_title,
                bookmark.podcast,
            ]
        ).casefold()
        return all(word in haystack for word in self._words)
