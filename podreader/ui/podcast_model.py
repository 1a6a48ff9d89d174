"""The episode list grouped by podcast: podcasts A→Z, each with its episodes in the chosen order.

Podcast rows are all there from the start; a podcast's episodes are handed to the view only when
it is expanded (``canFetchMore``/``fetchMore`` on the podcast row), in batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from podreader.library.store import EpisodeSummary
from podreader.ui.episode_model import BATCH, Index, Role, SortKey, episode_data, sort_summaries
from podreader.ui.plain_text import tooltip


class _Podcast:
    __slots__ = ("episodes", "name", "shown")

    def __init__(self, name: str) -> None:
        self.name = name
        self.episodes: list[EpisodeSummary] = []
        self.shown = 0


class PodcastTreeModel(QAbstractItemModel):
    """Two levels: podcast rows (internal id 0) and episode rows (internal id = podcast row + 1)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._podcasts: list[_Podcast] = []
        self._bookmarks: Mapping[str, int] | None = None
        self._sort: SortKey = "date"
        self.progress: dict[str, float] = {}  # shared with the flat list (see EpisodeListModel)

    def set_summaries(
        self,
        summaries: Iterable[EpisodeSummary],
        bookmarks: Mapping[str, int] | None = None,
        podcasts: Iterable[str] = (),
    ) -> None:
        """Group ``summaries`` by podcast; ``podcasts`` are listed even with no episode (a
        subscription list names them before any of their episodes is imported)."""
        self.beginResetModel()
        groups: dict[str, _Podcast] = {name: _Podcast(name) for name in podcasts}
        for summary in sort_summaries(summaries, self._sort):
            groups.setdefault(summary.podcast, _Podcast(summary.podcast)).episodes.append(summary)
        self._podcasts = sorted(groups.values(), key=lambda p: p.name.casefold())
        self._bookmarks = bookmarks
        self.endResetModel()

    def set_sort(self, key: SortKey) -> None:
        if key != self._sort:
            self._sort = key
            waiting = [p.name for p in self._podcasts if not p.episodes]
            self.set_summaries(self._summaries(), self._bookmarks, waiting)

    def _summaries(self) -> list[EpisodeSummary]:
        return [s for podcast in self._podcasts for s in podcast.episodes]

    def total(self) -> int:
        return sum(len(p.episodes) for p in self._podcasts)

    def fetch_all(self) -> None:
        for row, podcast in enumerate(self._podcasts):
            self._grow(row, len(podcast.episodes))

    def index_of(self, episode_id: str) -> QModelIndex:
        """Index of an episode, fetching its podcast's rows up to it if needed."""
        for prow, podcast in enumerate(self._podcasts):
            for row, summary in enumerate(podcast.episodes):
                if summary.id == episode_id:
                    self._grow(prow, row + 1)
                    return self.index(row, 0, self.index(prow, 0))
        return QModelIndex()

    # -- QAbstractItemModel ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._podcasts) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._podcasts):
            return QModelIndex()
        if row >= self._podcasts[parent.row()].shown:
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._podcasts)
        if parent.internalId() == 0:
            return self._podcasts[parent.row()].shown
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._podcasts)
        # A podcast from a subscription list may have no episode yet.
        return parent.internalId() == 0 and bool(self._podcasts[parent.row()].episodes)

    def canFetchMore(self, parent: Index) -> bool:
        if not parent.isValid() or parent.internalId() != 0:
            return False
        podcast = self._podcasts[parent.row()]
        return podcast.shown < len(podcast.episodes)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() and parent.internalId() == 0:
            self._grow(parent.row(), self._podcasts[parent.row()].shown + BATCH)

    def _grow(self, podcast_row: int, wanted: int) -> None:
        podcast = self._podcasts[podcast_row]
        wanted = min(wanted, len(podcast.episodes))
        if wanted > podcast.shown:
            self.beginInsertRows(self.index(podcast_row, 0), podcast.shown, wanted - 1)
            podcast.shown = wanted
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            podcast = self._podcasts[index.row()]
            # Transcript files name no podcast; their group still needs a heading.
            name = podcast.name or self.tr("No podcast")
            if role == Qt.ItemDataRole.DisplayRole:
                return name
            if role == Qt.ItemDataRole.ToolTipRole:
                if not podcast.episodes:
                    return tooltip(name + "\n" + self.tr("No episodes imported yet"))
                return tooltip(name)
            if role == Role.EPISODES:
                return len(podcast.episodes)
            return None
        summary = self._podcasts[index.internalId() - 1].episodes[index.row()]
        count = None if self._bookmarks is None else self._bookmarks.get(summary.id, 0)
        return episode_data(summary, role, count, self.progress)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags
