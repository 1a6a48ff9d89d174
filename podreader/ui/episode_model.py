"""The episode list as Qt models over :meth:`Library.summaries`: flat, or grouped by podcast.

Both models hold every summary (one cheap query) but hand rows to the view in batches through
``canFetchMore``/``fetchMore``, so a library of thousands shows its first screen at once.
Sorting is done here over all summaries, not in a proxy: a proxy would only sort the rows
fetched so far. :class:`EpisodeFilterProxy` only filters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import IntEnum
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from podreader.library.store import EpisodeSummary
from podreader.ui.plain_text import tooltip
from podreader.ui.wording import language_names

SortKey = Literal["date", "title", "podcast"]
SORT_KEYS: tuple[SortKey, ...] = ("date", "title", "podcast")
BATCH = 200

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    SUMMARY = Qt.ItemDataRole.UserRole + 2  # the EpisodeSummary, or None on a podcast row
    BOOKMARKS = Qt.ItemDataRole.UserRole + 3  # int, or None when the library keeps no bookmarks
    EPISODES = Qt.ItemDataRole.UserRole + 4  # episodes under a podcast row
    PROGRESS = Qt.ItemDataRole.UserRole + 5  # how far it has been read, 0 to 1, or None


def sort_summaries(summaries: Iterable[EpisodeSummary], key: SortKey) -> list[EpisodeSummary]:
    """Newest first by date (undated last); A→Z by title or by podcast then newest first."""
    items = sorted(summaries, key=lambda s: s.title.casefold())
    if key == "title":
        return items
    items.sort(key=lambda s: s.published.toordinal() if s.published else 0, reverse=True)
    if key == "podcast":
        items.sort(key=lambda s: s.podcast.casefold())
    return items


def date_text(summary: EpisodeSummary) -> str:
    return summary.published.isoformat() if summary.published else ""


def episode_data(
    summary: EpisodeSummary, role: int, bookmarks: int | None, progress: Mapping[str, float]
) -> Any:
    """What an episode row shows, shared by the flat and the grouped model."""
    if role == Qt.ItemDataRole.DisplayRole:
        return summary.title
    if role == Qt.ItemDataRole.ToolTipRole:
        parts = [summary.podcast, date_text(summary), language_names(summary.languages)]
        return tooltip(summary.title + "\n" + " — ".join(p for p in parts if p))
    if role == Role.ID:
        return summary.id
    if role == Role.SUMMARY:
        return summary
    if role == Role.BOOKMARKS:
        return bookmarks
    if role == Role.PROGRESS:
        return progress.get(summary.id)
    return None


class EpisodeListModel(QAbstractListModel):
    """Every episode in one list, in the chosen order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[EpisodeSummary] = []
        self._shown = 0
        self._bookmarks: Mapping[str, int] | None = None
        self._sort: SortKey = "date"
        #: How far episodes have been read; the episode panel shares one dict between models.
        self.progress: dict[str, float] = {}

    def set_summaries(
        self, summaries: Iterable[EpisodeSummary], bookmarks: Mapping[str, int] | None = None
    ) -> None:
        self.beginResetModel()
        self._all = sort_summaries(summaries, self._sort)
        self._bookmarks = bookmarks
        self._shown = min(BATCH, len(self._all))
        self.endResetModel()

    def set_sort(self, key: SortKey) -> None:
        if key != self._sort:
            self._sort = key
            self.set_summaries(self._all, self._bookmarks)

    def total(self) -> int:
        return len(self._all)

    def fetch_all(self) -> None:
        self._grow(len(self._all))

    def row_of(self, episode_id: str) -> int | None:
        """Row of an episode, fetching up to it if needed."""
        for row, summary in enumerate(self._all):
            if summary.id == episode_id:
                if row >= self._shown:
                    self._grow(row + 1)
                return row
        return None

    # -- QAbstractListModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        summary = self._all[index.row()]
        count = None if self._bookmarks is None else self._bookmarks.get(summary.id, 0)
        return episode_data(summary, role, count, self.progress)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self._grow(self._shown + BATCH)

    def _grow(self, wanted: int) -> None:
        wanted = min(wanted, len(self._all))
        if wanted > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, wanted - 1)
            self._shown = wanted
            self.endInsertRows()


class EpisodeFilterProxy(QSortFilterProxyModel):
    """Keeps episodes whose title or podcast contains every word typed, in any case."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()  # Qt 6.10+; invalidateRowsFilter() is deprecated there
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        summary = index.data(Role.SUMMARY)
        if not isinstance(summary, EpisodeSummary):
            # A podcast row stays for its matching episodes (recursive filter), or, when it has
            # none yet, for its own name.
            name = str(index.data(Qt.ItemDataRole.DisplayRole)).casefold()
            return index.data(Role.EPISODES) == 0 and all(word in name for word in self._words)
        haystack = f"{summary.title}\n{summary.podcast}".casefold()
        return all(word in haystack for word in self._words)
