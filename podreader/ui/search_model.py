"""Search results as a tree: episodes, their hits, and a row that lists the rest of an episode's.

An episode shows its best few hits; when more of its passages match, a last row says how many
("4 more in this episode") and, opened, is replaced by all of them (see :meth:`set_episode_hits`).
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from podreader.search.engine import EpisodeHits, Hit
from podreader.ui.plain_text import tooltip

Index = QModelIndex | QPersistentModelIndex

#: Hit rows carry their snippet with the matches in <b>, for the snippet delegate and tooltip.
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 1
#: Episode rows and hit rows both answer (episode_id, reading paragraph or -1, terms).
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2
#: "N more in this episode" rows answer the episode's id.
MORE_ROLE = Qt.ItemDataRole.UserRole + 3
#: Hit rows answer the (start, end) ranges of the matches in their display text.
MARKS_ROLE = Qt.ItemDataRole.UserRole + 4

_NO_PARENT = 0xFFFFFFFF  # internalId of top-level (episode) rows
_ROOT = QModelIndex()


def snippet_html(hit: Hit) -> str:
    text = hit.snippet.text
    out: list[str] = []
    last = 0
    for start, end in hit.snippet.marks:
        out += [html.escape(text[last:start]), "<b>", html.escape(text[start:end]), "</b>"]
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", " ")


class SearchResultsModel(QAbstractItemModel):
    """Episodes at the top level, their hits below, then a "more" row if any; one column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[EpisodeHits] = []

    def set_results(self, groups: list[EpisodeHits]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> list[EpisodeHits]:
        return list(self._groups)

    def set_episode_hits(self, group: EpisodeHits) -> None:
        """Show ``group``'s hits in place of those its episode shows now (its "more" row goes
        when they are all of its matches); nothing happens if the episode is not listed."""
        row = next((r for r, g in enumerate(self._groups) if g.episode_id == group.episode_id), -1)
        if row < 0:
            return
        parent = self.index(row, 0)
        count = self.rowCount(parent)
        if count:
            self.beginRemoveRows(parent, 0, count - 1)
            self._groups[row] = replace(self._groups[row], hits=[], matches=0)
            self.endRemoveRows()
        count = len(group.hits) + (group.more > 0)
        if count:
            self.beginInsertRows(parent, 0, count - 1)
        self._groups[row] = group
        if count:
            self.endInsertRows()
        self.dataChanged.emit(parent, parent)

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, 0, _NO_PARENT) if row < len(self._groups) else QModelIndex()
            )
        if parent.internalId() != _NO_PARENT or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= self.rowCount(parent):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row())

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(child.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            group = self._groups[parent.row()]
            return len(group.hits) + (group.more > 0)
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def _item(self, index: Index) -> tuple[EpisodeHits, Hit | None]:
        """The index's episode and hit; no hit for an episode row or a "more" row."""
        if index.internalId() == _NO_PARENT:
            return self._groups[index.row()], None
        group = self._groups[int(index.internalId())]
        return group, group.hits[index.row()] if index.row() < len(group.hits) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        group, hit = self._item(index)
        if hit is not None:
            return self._hit_data(group, hit, role)
        if index.internalId() != _NO_PARENT:  # the "more" row
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{n} more in this episode").format(n=group.more)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Show every matching passage of this episode")
            return group.episode_id if role == MORE_ROLE else None
        if role == Qt.ItemDataRole.DisplayRole:
            return group.title
        if role == Qt.ItemDataRole.ToolTipRole:
            published = group.published.isoformat() if group.published else ""
            return tooltip(f"{group.title}\n{group.podcast} {published}".strip())
        if role == TARGET_ROLE and group.hits:
            return _target(group.episode_id, group.hits[0])
        return None

    def _hit_data(self, group: EpisodeHits, hit: Hit, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.snippet.text.replace("\n", " ")
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(hit)
        if role == Qt.ItemDataRole.ToolTipRole:  # in a paragraph: rich text even with no match
            return f"<p>{snippet_html(hit)}</p>"
        if role == MARKS_ROLE:
            return hit.snippet.marks
        if role == TARGET_ROLE:
            return _target(group.episode_id, hit)
        return None


def _target(episode_id: str, hit: Hit) -> tuple[str, int, list[str]]:
    return episode_id, -1 if hit.target is None else hit.target, list(hit.terms)
