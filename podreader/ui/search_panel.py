"""The search panel: live results across the archive, grouped by episode.

Searches run off the GUI thread through a :class:`SearchRunner` over the panel's
:class:`SearchEngine` (its own index searcher and library connection), so typing never waits for
the index; a result that arrives after a newer query was typed is dropped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from podreader.paths import DataPaths
from podreader.search.engine import EpisodeHits, Hit, SearchEngine, SearchOptions, SearchResults
from podreader.ui.plain_text import plain_label, tooltip
from podreader.ui.search_runner import SearchRunner

Index = QModelIndex | QPersistentModelIndex

#: Pause after the last keystroke before searching.
DEBOUNCE_MS = 250
HISTORY_SIZE = 30
#: Hit rows carry their snippet with the matches in <b>, for a rich-text delegate or tooltip.
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 1
#: Episode rows and hit rows both answer (episode_id, reading paragraph or -1, terms).
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2

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
    """Episodes at the top level, their hits below; one column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[EpisodeHits] = []

    def set_results(self, groups: list[EpisodeHits]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> list[EpisodeHits]:
        return list(self._groups)

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, 0, _NO_PARENT) if row < len(self._groups) else QModelIndex()
            )
        if parent.internalId() != _NO_PARENT or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].hits):
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
            return len(self._groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def _item(self, index: Index) -> tuple[EpisodeHits, Hit | None]:
        if index.internalId() == _NO_PARENT:
            return self._groups[index.row()], None
        group = self._groups[int(index.internalId())]
        return group, group.hits[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        group, hit = self._item(index)
        if hit is None:
            if role == Qt.ItemDataRole.DisplayRole:
                more = self.tr(" — {n} more in this episode").format(n=group.more)
                return f"{group.title}{more if group.more else ''}"
            if role == Qt.ItemDataRole.ToolTipRole:
                published = group.published.isoformat() if group.published else ""
                return tooltip(f"{group.title}\n{group.podcast} {published}".strip())
            if role == TARGET_ROLE and group.hits:
                return _target(group.episode_id, group.hits[0])
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.snippet.text.replace("\n", " ")
        if role in (SNIPPET_HTML_ROLE, Qt.ItemDataRole.ToolTipRole):
            return snippet_html(hit)
        if role == TARGET_ROLE:
            return _target(group.episode_id, hit)
        return None


def _target(episode_id: str, hit: Hit) -> tuple[str, int, list[str]]:
    return episode_id, -1 if hit.target is None else hit.target, list(hit.terms)


class SearchPanel(QWidget):
    """Query box with history, podcast and language filters, and grouped live results.

    Signals: ``hitActivated(episode_id, paragraph, terms)`` when a hit (or an episode row: its
    best hit) is opened - ``paragraph`` is the reading-view paragraph, or -1 when the hit has no
    aligned one (open the episode at its start); ``terms`` are the matching words as written,
    for highlighting. ``indexNeedsUpdate()`` when a search found the index damaged or missing.
    """

    hitActivated = Signal(str, int, list)
    indexNeedsUpdate = Signal()

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self._engine = SearchEngine(paths)
        self._runner = SearchRunner(self._engine, self)
        self._runner.done.connect(self._show)
        self._generation = 0

        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr('Search all episodes: words, "phrases", -word…'))
        self.query.setClearButtonEnabled(True)
        self._history = QStringListModel(self)
        completer = QCompleter(self._history, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.query.setCompleter(completer)

        self.podcast = QComboBox(self)
        self.podcast.addItem(self.tr("All podcasts"), "")
        self.language = QComboBox(self)
        for label, code in ((self.tr("Any language"), ""), ("English", "en"), ("中文", "zh")):
            self.language.addItem(label, code)
        self.sort = QComboBox(self)
        self.sort.addItem(self.tr("Best match"), "relevance")
        self.sort.addItem(self.tr("Newest first"), "date")

        self.model = SearchResultsModel(self)
        self.results = QTreeView(self)
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        self.results.setWordWrap(False)
        self.status = plain_label(QLabel(self))
        self.status.setWordWrap(True)

        filters = QHBoxLayout()
        for combo in (self.podcast, self.language, self.sort):
            filters.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.query.textChanged.connect(self._debounce.start)
        self.query.returnPressed.connect(self._commit_query)
        for combo in (self.podcast, self.language, self.sort):
            combo.currentIndexChanged.connect(self.search_now)
        self.results.activated.connect(self._activate)

    # -- public -----------------------------------------------------------------------------

    def set_podcasts(self, names: list[str]) -> None:
        """Offer these podcast names in the filter, keeping the current choice when it remains."""
        current = self.podcast.currentData()
        self.podcast.blockSignals(True)
        self.podcast.clear()
        self.podcast.addItem(self.tr("All podcasts"), "")
        for name in sorted(set(names), key=str.casefold):
            self.podcast.addItem(name, name)
        found = self.podcast.findData(current)
        self.podcast.setCurrentIndex(max(found, 0))
        self.podcast.blockSignals(False)

    def history(self) -> list[str]:
        return list(self._history.stringList())

    def set_history(self, queries: list[str]) -> None:
        self._history.setStringList(queries[:HISTORY_SIZE])

    def refresh(self) -> None:
        """Search again (the index or the library changed)."""
        if self.query.text().strip():
            self.search_now()

    def search_now(self) -> None:
        self._debounce.stop()
        text = self.query.text()
        self._generation += 1
        if not text.strip():
            self._runner.discard()
            self.model.set_results([])
            self.status.clear()
            return
        options = SearchOptions(
            podcast=self.podcast.currentData() or None,
            language=self.language.currentData() or None,
            sort=self.sort.currentData(),
        )
        self._runner.search(self._generation, text, options)

    def shutdown(self) -> None:
        """Wait for a running search and close the engine; call when the window closes."""
        self._generation += 1
        self._runner.shutdown()
        self._engine.close()

    # -- private ----------------------------------------------------------------------------

    def _commit_query(self) -> None:
        text = self.query.text().strip()
        if text:
            rest = [q for q in self.history() if q != text]
            self.set_history([text, *rest])
        self.search_now()

    def _show(self, generation: int, results: SearchResults) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self.model.set_results(results.groups)
        self.results.expandAll()
        parts: list[str] = []
        if results.notice:
            parts.append(results.notice)
        if results.query.strip() and not results.notice:
            parts.append(
                self.tr("No passages match.")
                if not results.total
                else self.tr("{n} matching passages.").format(
                    n=f"{results.total}{'' if results.total_exact else '+'}"
                )
            )
        if not results.complete:
            parts.append(self.tr("Results may be incomplete while the index is being updated."))
        self.status.setText(" ".join(parts))
        if self._engine.damaged:
            self._engine.damaged = False
            self.indexNeedsUpdate.emit()

    def _activate(self, index: QModelIndex) -> None:
        target = self.model.data(index, TARGET_ROLE)
        if isinstance(target, tuple):
            episode_id, paragraph, terms = target
            self.hitActivated.emit(episode_id, paragraph, terms)
