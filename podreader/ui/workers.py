"""Work off the GUI thread, one mechanism for all of it: a worker on its own QThread.

Each run (an import, a re-analysis, a search index update, one search) is a :class:`Job` that
owns one :class:`Worker` and its thread; results come back to the window as queued signals.
Library workers open a :class:`Library` of their own on the thread that uses it, and import the
modules that do the work (import pipeline, text analysis, search index) there too: the window
does not need them at startup. :func:`run_task` runs any function the same way and hands its
result to a function on the GUI thread (as MusicBrainz Picard's ``run_task`` does).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from podreader.paths import DataPaths
from podreader.ui.translations import QT_TRANSLATE_NOOP, translated


class Worker(QObject):
    """One piece of work, run by :meth:`run` on a worker thread; subclasses define :meth:`work`.

    Signals: ``progress(done, total, detail)`` (the file name of an import, the estimated
    seconds left of an index update); ``finished(result)`` with what :meth:`work` returned
    (also after a cancel: what was done so far); ``failed(message)`` when the work cannot be
    done (the library cannot be used, another process holds the index) or stopped unexpectedly.
    """

    progress = Signal(int, int, object)
    finished = Signal(object)
    failed = Signal(str)

    #: The sentence for an unexpected error; ``{error}`` is replaced by it.
    unexpected = QT_TRANSLATE_NOOP(
        "Worker", "The work stopped unexpectedly ({error}); please try again."
    )

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the current step; safe to call from any thread."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def work(self) -> object:
        raise NotImplementedError

    def expected_errors(self) -> tuple[type[Exception], ...]:
        """Errors whose message is already one sentence for the user."""
        from podreader.library.store import LibraryError

        return (LibraryError,)

    @Slot()
    def run(self) -> None:
        expected = self.expected_errors()
        try:
            result = self.work()
        except expected as error:
            self.failed.emit(translated(error))
            return
        except Exception as error:  # the thread's edge: anything left must reach the user
            sentence = QCoreApplication.translate("Worker", self.unexpected)
            self.failed.emit(sentence.format(error=error))
            return
        self.finished.emit(result)


class LibraryWorker(Worker):
    """A worker on the library (and its search index) in the data folder ``data``."""

    def __init__(self, data: DataPaths) -> None:
        super().__init__()
        self.data = data


class TaskWorker(Worker):
    """Runs one function; its result is what the function returns."""

    def __init__(self, func: Callable[[], object], unexpected: str) -> None:
        super().__init__()
        self._func = func
        self.unexpected = unexpected

    def expected_errors(self) -> tuple[type[Exception], ...]:
        return ()

    def work(self) -> object:
        return self._func()


class ImportWorker(LibraryWorker):
    """Imports files and folders; the result is the list of
    :class:`~podreader.library.importer.ImportResult`, progress names each file imported."""

    unexpected = QT_TRANSLATE_NOOP(
        "Worker", "The import stopped unexpectedly ({error}); please try again."
    )

    def __init__(self, data: DataPaths, sources: list[Path]) -> None:
        super().__init__(data)
        self._sources = sources

    def work(self) -> object:
        from podreader.library.importer import import_paths
        from podreader.library.store import Library

        with Library(self.data) as library:
            return import_paths(
                library,
                self._sources,
                lambda done, total, result: self.progress.emit(done, total, result.path.name),
                self.cancelled,
            )


class ReanalysisWorker(LibraryWorker):
    """Brings episodes stored by an older text analysis up to date; the result is how many
    were re-analysed. Progress starts at 0 of the total, and nothing is reported when no
    episode needs it."""

    unexpected = QT_TRANSLATE_NOOP(
        "Worker", "Updating the reading views stopped unexpectedly ({error}); restart podreader."
    )

    def work(self) -> object:
        from podreader.library.reanalysis import reanalyze_stale
        from podreader.library.store import Library
        from podreader.text.analysis import ANALYSIS_VERSION

        with Library(self.data) as library:
            total = len(library.stale_analysis(ANALYSIS_VERSION))
            if not total:
                return 0
            self.progress.emit(0, total, "")
            return reanalyze_stale(
                library, lambda done, total: self.progress.emit(done, total, ""), self.cancelled
            )


class IndexUpdateWorker(LibraryWorker):
    """Brings the search index in line with the library; the result is the
    :class:`~podreader.search.indexer.UpdateReport`, progress carries the estimated seconds
    left (None until known)."""

    unexpected = QT_TRANSLATE_NOOP(
        "Worker", "Updating the search index failed ({error}); try again."
    )

    def expected_errors(self) -> tuple[type[Exception], ...]:
        from podreader.search.storage import IndexUnavailable  # busy, read-only, disk full

        return (*super().expected_errors(), IndexUnavailable)

    def work(self) -> object:
        from podreader.search.indexer import update_index

        return update_index(
            self.data, lambda done, total, eta: self.progress.emit(done, total, eta), self.cancelled
        )


class Job(QObject):
    """Owns one :class:`Worker` and its thread for the length of one run.

    Signals are the worker's (``progress``, ``finished``, ``failed``), re-emitted on the GUI
    thread; ``done`` follows either end once the thread has stopped.
    """

    progress = Signal(int, int, object)
    finished = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, worker: Worker, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = False
        self.worker = worker
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._end)
        self.worker.failed.connect(self._fail)
        self._thread.finished.connect(self.worker.deleteLater)
        self._thread.finished.connect(self.done)
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting the application without closing the window first must not leave the
            # thread running: Qt aborts the process when a running QThread is destroyed.
            app.aboutToQuit.connect(self.wait)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.cancelled = True
        self.worker.cancel()

    def wait(self) -> None:
        """Block until the worker thread ends (for shutdown: the window is closing)."""
        self.cancel()
        self._thread.quit()
        self._thread.wait()

    def _end(self, result: object) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(result)

    def _fail(self, message: str) -> None:
        self._thread.quit()
        self._thread.wait()
        self.failed.emit(message)


class ImportJob(Job):
    """Imports ``sources`` into the library at ``data`` (see :class:`ImportWorker`)."""

    def __init__(self, data: DataPaths, sources: list[Path], parent: QObject | None = None) -> None:
        super().__init__(ImportWorker(data, sources), "podreader-import", parent)


class ReanalysisJob(Job):
    """Re-analyses stale episodes of the library at ``data`` (see :class:`ReanalysisWorker`)."""

    def __init__(self, data: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(ReanalysisWorker(data), "podreader-reanalysis", parent)


class IndexJob(Job):
    """Updates the search index of the library at ``data`` (see :class:`IndexUpdateWorker`)."""

    def __init__(self, data: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(IndexUpdateWorker(data), "podreader-index", parent)


def run_task(
    func: Callable[[], object],
    next_func: Callable[[object], None],
    failed: Callable[[str], None],
    *,
    unexpected: str,
    parent: QObject,
    name: str = "podreader-task",
) -> Job:
    """Run ``func`` on a thread of its own; ``next_func(result)`` or ``failed(message)`` is
    called on the GUI thread (``unexpected`` is the sentence for an error, with ``{error}``).
    The job deletes itself once its thread has stopped."""
    job = Job(TaskWorker(func, unexpected), name, parent)
    job.finished.connect(next_func)
    job.failed.connect(failed)
    job.done.connect(job.deleteLater)
    job.start()
    return job
