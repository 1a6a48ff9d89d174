"""Search in the reading window: the search panel, the background index worker, and their wiring.

The window creates this after its first paint, so that the search engine (whoosh) loads while
the reader already sees the episode list. At creation the index worker checks the index against
the library: missing, stale or damaged parts are indexed again, with progress in the status bar.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QProgressBar

from podreader.ui import icons
from podreader.ui import settings as keys
from podreader.ui.index_worker import IndexWorker
from podreader.ui.search_panel import SearchPanel

if TYPE_CHECKING:
    from podreader.library.store import EpisodeSummary
    from podreader.search.indexer import UpdateReport
    from podreader.ui.main_window import MainWindow

MESSAGE_MS = 8000


class SearchController(QObject):
    """``find_action`` (Ctrl+Shift+F) shows the search panel with its query box focused."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        paths = window.library.paths
        self.panel = SearchPanel(paths, window)
        self.panel.set_history(
            [q for q in window.settings.get(keys.SEARCH_HISTORY).split("\n") if q]
        )
        self.dock: QDockWidget = window.add_panel(
            self.panel, self.tr("Search"), Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.worker = IndexWorker(paths, self)
        status = window.statusBar()
        self._label = QLabel(status)
        self._bar = QProgressBar(status)
        self._bar.setMaximumWidth(160)
        for widget in (self._label, self._bar):
            status.addPermanentWidget(widget)
            widget.hide()

        self.find_action = QAction(self.tr("Search All Episodes…"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        icons.bind(self.find_action, "search")
        window.addAction(self.find_action)
        window.edit_menu.addAction(self.find_action)
        self._connect()
        self._set_podcasts(window.library.summaries())
        self.worker.start()  # the recovery check: the library is the source of truth

    def _connect(self) -> None:
        window, panel, worker = self.window, self.panel, self.worker
        self.find_action.triggered.connect(self.show_panel)
        panel.hitActivated.connect(
            lambda episode_id, paragraph, terms: window.open_episode(
                episode_id, None if paragraph < 0 else paragraph, terms
            )
        )
        panel.indexNeedsUpdate.connect(worker.start)
        window.summariesChanged.connect(self._set_podcasts)
        window.episodesChanged.connect(worker.start)
        window.episodeDeleted.connect(worker.start)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.runningChanged.connect(self._running_changed)

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.query.selectAll()

    def shutdown(self) -> None:
        """Stop indexing (it resumes at the next start) and keep the query history."""
        self.window.settings.set(keys.SEARCH_HISTORY, "\n".join(self.panel.history()))
        self.worker.cancel()
        self.worker.wait()
        self.panel.shutdown()

    def _set_podcasts(self, summaries: list[EpisodeSummary]) -> None:
        self.panel.set_podcasts([s.podcast for s in summaries])

    def _running_changed(self, running: bool) -> None:
        self._label.setVisible(running)
        self._bar.setVisible(running)
        if running:
            self._label.setText(self.tr("Checking the search index…"))
            self._bar.setRange(0, 0)

    def _progress(self, done: int, total: int, eta: float) -> None:
        self._bar.setRange(0, max(total, 1))
        self._bar.setValue(done)
        text = self.tr("Indexing {done} of {total} episodes").format(done=done, total=total)
        if eta >= 0:
            text += self.tr(", about {s} s left").format(s=math.ceil(eta))
        self._label.setText(text)

    def _finished(self, report: UpdateReport) -> None:
        if report.notice:
            self.window.statusBar().showMessage(report.notice, MESSAGE_MS)
        self.panel.refresh()

    def _failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, MESSAGE_MS)
