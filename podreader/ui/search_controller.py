"""Search in the reading window: the search panel, the background index worker, and their wiring.

The window creates this after its first paint, so that the search engine (whoosh) loads while
the reader already sees the episode list, and connects it to the reader (opening hits, indexing
after imports and deletes). At creation the index worker checks the index against the library:
missing, stale or damaged parts are indexed again, with progress in the status bar.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QProgressBar, QStatusBar, QWidget

from podreader.library.store import Library
from podreader.ui import icons
from podreader.ui import settings as keys
from podreader.ui.index_worker import IndexWorker
from podreader.ui.search_panel import SearchPanel
from podreader.ui.settings import Settings
from podreader.ui.translations import translated

if TYPE_CHECKING:
    from podreader.library.store import EpisodeSummary
    from podreader.search.indexer import UpdateReport

MESSAGE_MS = 8000


class SearchWindow(Protocol):
    """What search needs of the window it lives in (the main window is one)."""

    library: Library
    settings: Settings
    edit_menu: QMenu

    def add_panel(
        self, widget: QWidget, title: str, area: Qt.DockWidgetArea = ...
    ) -> QDockWidget: ...
    def statusBar(self) -> QStatusBar: ...
    def addAction(self, action: QAction) -> None: ...


class SearchController(QObject):
    """``find_action`` (Ctrl+Shift+F) shows the search panel with its query box focused;
    the window connects ``panel.hitActivated``, :meth:`set_podcasts` and ``worker.start``."""

    def __init__(self, window: SearchWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        paths = window.library.paths
        self.panel = SearchPanel(paths)  # docked by add_panel
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
        self.worker.start()  # the recovery check: the library is the source of truth

    def _connect(self) -> None:
        panel, worker = self.panel, self.worker
        self.find_action.triggered.connect(self.show_panel)
        panel.indexNeedsUpdate.connect(worker.start)
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

    def set_podcasts(self, summaries: list[EpisodeSummary]) -> None:
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
        text = self.tr("Indexing {done} of %n episodes", "", total).format(done=done)
        if eta >= 0:
            text += self.tr(", about %n s left", "", math.ceil(eta))
        self._label.setText(text)

    def _finished(self, report: UpdateReport) -> None:
        if report.notice:
            self.window.statusBar().showMessage(translated(report.notice), MESSAGE_MS)
        self.panel.set_index_problem(None)

    def _failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, MESSAGE_MS)
        self.panel.set_index_problem(message)
