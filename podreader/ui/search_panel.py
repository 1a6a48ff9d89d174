"""The search panel: live results across the archive, grouped by episode.

Searches run off the GUI thread through a :class:`SearchRunner` over the panel's
:class:`SearchEngine` (its own index searcher and library connection), so typing never waits for
the index; a result that arrives after a newer query was typed is dropped.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import count

from PySide6.QtCore import (
    QModelIndex,
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
    QVBoxLayout,
    QWidget,
)

from podreader.paths import DataPaths
from podreader.search.engine import SearchEngine, SearchOptions, SearchResults
from podreader.ui.plain_text import plain_label
from podreader.ui.search_model import MORE_ROLE, TARGET_ROLE, SearchResultsModel
from podreader.ui.search_runner import SearchRunner
from podreader.ui.search_view import ResultsView
from podreader.ui.translations import translated

#: Pause after the last keystroke before searching.
DEBOUNCE_MS = 250
HISTORY_SIZE = 30
#: Most hits listed when "N more in this episode" is opened (its row stays for the rest).
MORE_LIMIT = 200


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
        self._closed = False  # see shutdown
        self._searched = ("", SearchOptions())  # the query and options the results are for
        self._index_problem: str | None = None
        # Searches for the rest of one episode's hits are numbered below zero, so that their
        # results are told apart from a query's: number -> (query's generation, episode id).
        self._listing: dict[int, tuple[int, str]] = {}
        self._listing_numbers = count(-1, -1)

        self.query = QLineEdit(self)
        self.query.setAccessibleName(self.tr("Search all episodes"))
        self.query.setPlaceholderText(self.tr('Search all episodes: words, "phrases", -word…'))
        self.query.setClearButtonEnabled(True)
        self._history = QStringListModel(self)
        completer = QCompleter(self._history, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.query.setCompleter(completer)

        self.podcast = QComboBox(self)
        self.podcast.setAccessibleName(self.tr("Podcast"))
        self.podcast.addItem(self.tr("All podcasts"), "")
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for label, code in ((self.tr("Any language"), ""), ("English", "en"), ("中文", "zh")):
            self.language.addItem(label, code)
        self.sort = QComboBox(self)
        self.sort.setAccessibleName(self.tr("Order of results"))
        self.sort.addItem(self.tr("Best match"), "relevance")
        self.sort.addItem(self.tr("Newest first"), "date")

        self.model = SearchResultsModel(self)
        self.results = ResultsView(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
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
        self.results.clicked.connect(self._clicked)

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

    def set_index_problem(self, sentence: str | None) -> None:
        """Why the index cannot be brought up to date (None once it is)."""
        self._index_problem = sentence
        self.refresh()

    def refresh(self) -> None:
        """Search again (the index or the library changed)."""
        if self.query.text().strip():
            self.search_now()

    def search_now(self) -> None:
        self._debounce.stop()
        if self._closed:
            return
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
        self._searched = (text, options)
        self._runner.search(self._generation, text, options)

    def show_all_in(self, episode_id: str) -> None:
        """List every matching passage of a listed episode in place of its best few."""
        group = next((g for g in self.model.groups() if g.episode_id == episode_id), None)
        listing = (self._generation, episode_id)
        if group is None or not group.more or listing in self._listing.values():
            return
        number = next(self._listing_numbers)
        self._listing[number] = listing
        text, options = self._searched
        count = min(group.matches, MORE_LIMIT)
        options = replace(options, episode=episode_id, limit=count, per_episode=count)
        self._runner.search(number, text, options)

    def shutdown(self) -> None:
        """Wait for a running search and close the engine; call when the window closes.

        No search starts after it: the window may live on a moment (rebuilt for another
        language, it is deleted later), and a query typed or an index update reported then
        would open the index again with nobody to close it."""
        self._closed = True
        self._debounce.stop()
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
        if generation < 0:
            self._show_more(self._listing.pop(generation), results)
            return
        if generation != self._generation:
            return  # a newer query is on its way
        self.model.set_results(results.groups)
        self.results.expandAll()
        parts: list[str] = []
        # Why the index lags, when an update failed: in place of "no passages match" too.
        problem = None if results.complete else self._index_problem
        if results.notice:
            parts.append(translated(results.notice))
        elif results.query.strip() and (results.total or not problem):
            parts.append(
                self.tr("No passages match.")
                if not results.total
                else self.tr("1 matching passage.")
                if results.total == 1 and results.total_exact
                else self.tr("%n matching passages.", "", results.total)
                if results.total_exact
                else self.tr("More than %n matching passages.", "", results.total)
            )
        if not results.complete:
            parts.append(
                problem or self.tr("Results may be incomplete while the index is being updated.")
            )
        self.status.setText(" ".join(parts))
        if self._engine.damaged:
            self._engine.damaged = False
            self.indexNeedsUpdate.emit()

    def _show_more(self, listing: tuple[int, str], results: SearchResults) -> None:
        if listing[0] == self._generation:  # else the results were replaced meanwhile
            for group in results.groups:
                self.model.set_episode_hits(group)

    def _clicked(self, index: QModelIndex) -> None:
        episode_id = self.model.data(index, MORE_ROLE)
        if isinstance(episode_id, str):  # one click opens it, as a link would
            self.show_all_in(episode_id)

    def _activate(self, index: QModelIndex) -> None:
        self._clicked(index)
        target = self.model.data(index, TARGET_ROLE)
        if isinstance(target, tuple):
            episode_id, paragraph, terms = target
            self.hitActivated.emit(episode_id, paragraph, terms)
