"""Keeping the search index current off the GUI thread, with progress and a time estimate."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from podreader.paths import DataPaths
from podreader.ui.workers import IndexJob


class IndexWorker(QObject):
    """Runs :func:`~podreader.search.indexer.update_index` as an :class:`IndexJob`, one run at
    a time.

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
        self._job: IndexJob | None = None
        self._again = False

    def is_running(self) -> bool:
        return self._job is not None

    def start(self) -> None:
        if self._job is not None:
            self._again = True
            return
        job = self._job = IndexJob(self.paths, self)
        job.progress.connect(self._progress)
        job.finished.connect(self._ended)
        job.failed.connect(self._failed)
        job.done.connect(job.deleteLater)
        self.runningChanged.emit(True)
        job.start()

    def cancel(self) -> None:
        """Stop soon (the index workers stop after their current episode); the chunks of
        episodes already committed are kept, the one being written is dropped."""
        self._again = False
        if self._job is not None:
            self._job.cancel()

    def wait(self) -> None:
        """Block until the run has stopped (at shutdown: it is cancelled first)."""
        if self._job is not None:
            self._job.wait()

    def _progress(self, done: int, total: int, eta: float | None) -> None:
        self.progress.emit(done, total, -1.0 if eta is None else eta)

    def _ended(self, report: object) -> None:
        self._stop()
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)

    def _stop(self) -> None:
        cancelled = self._job is not None and self._job.cancelled
        self._job = None
        if self._again and not cancelled:
            self._again = False
            self.start()
        else:
            self.runningChanged.emit(False)
