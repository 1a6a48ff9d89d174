"""Keeping the search index current off the GUI thread, with progress and a time estimate."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from podreader.paths import DataPaths


class _Relay(QObject):
    """Carries a runnable's news to the GUI thread (queued, since it lives there)."""

    progress = Signal(int, int, float)
    finished = Signal(object)
    failed = Signal(str)


class _UpdateTask(QRunnable):
    def __init__(self, paths: DataPaths, relay: _Relay, cancel: threading.Event) -> None:
        super().__init__()
        self.paths, self.relay, self.cancel = paths, relay, cancel

    def run(self) -> None:
        # Imported on the worker thread: the window starts without loading the search engine.
        from podreader.library.store import LibraryError
        from podreader.search.indexer import update_index
        from podreader.search.storage import IndexBusy

        def progress(done: int, total: int, eta: float | None) -> None:
            self.relay.progress.emit(done, total, -1.0 if eta is None else eta)

        try:
            report = update_index(self.paths, progress, self.cancel.is_set)
        except (IndexBusy, LibraryError) as error:
            self.relay.failed.emit(str(error))
        except Exception as error:  # the thread's edge: anything left must reach the user
            self.relay.failed.emit(f"Updating the search index failed ({error}); try again.")
        else:
            self.relay.finished.emit(report)


class IndexWorker(QObject):
    """Runs :func:`~podreader.search.indexer.update_index` on its own thread, one run at a time.

    Call :meth:`start` at startup (that is the recovery check: missing, stale and damaged parts
    are indexed again) and whenever the library changed; a start during a run queues one more.

    Signals: ``progress(done, total, eta_seconds)`` with eta -1 while unknown;
    ``finished(report)`` with the :class:`~podreader.search.indexer.UpdateReport` (its
    ``notice``, when set, is one sentence for the status bar); ``failed(message)``;
    ``runningChanged(running)`` so the window can show that results may be incomplete.
    """

    progress = Signal(int, int, float)
    finished = Signal(object)
    failed = Signal(str)
    runningChanged = Signal(bool)

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._relay.finished.connect(self._ended)
        self._relay.failed.connect(self._failed)
        self._cancel = threading.Event()
        self._running = False
        self._again = False

    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self._cancel.clear()
        self.runningChanged.emit(True)
        self._pool.start(_UpdateTask(self.paths, self._relay, self._cancel))

    def cancel(self) -> None:
        """Stop soon (the index workers stop after their current episode); the chunks of
        episodes already committed are kept, the one being written is dropped."""
        self._again = False
        self._cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the run has stopped (at shutdown, after :meth:`cancel`)."""
        return bool(self._pool.waitForDone(msecs))

    def _ended(self, report: object) -> None:
        self._stop()
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)

    def _stop(self) -> None:
        self._running = False
        if self._again and not self._cancel.is_set():
            self._again = False
            self.start()
        else:
            self.runningChanged.emit(False)
