"""Import off the GUI thread: a worker on its own QThread with its own library connection.

SQLite connections must not cross threads, so the worker opens a :class:`Library` of its own on
the thread that uses it; results come back to the window as queued signals.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from podreader.paths import DataPaths


class ImportWorker(QObject):
    """Imports files and folders into the library at ``paths``.

    Signals: ``progress(done, total, name)`` after each file; ``finished(results)`` with the
    list of :class:`~podreader.library.importer.ImportResult` (also after a cancel: what was
    done so far); ``failed(message)`` when the library itself cannot be used.
    """

    progress = Signal(int, int, str)
    finished = Signal(list)
    failed = Signal(str)

    def __init__(self, data: DataPaths, sources: list[Path]) -> None:
        super().__init__()
        self._data = data
        self._sources = sources
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the file being imported; safe to call from any thread."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        # Imported here, on the worker thread: the import pipeline pulls in the parsers and text
        # tools, which the window does not need at startup.
        from podreader.library.importer import import_paths
        from podreader.library.store import Library, LibraryError

        try:
            with Library(self._data) as library:
                results = import_paths(
                    library,
                    self._sources,
                    lambda done, total, result: self.progress.emit(done, total, result.path.name),
                    self._cancel.is_set,
                )
        except LibraryError as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # the thread's edge: anything left must reach the user
            self.failed.emit(f"The import stopped unexpectedly ({error}); please try again.")
            return
        self.finished.emit(results)


class ImportJob(QObject):
    """Owns one :class:`ImportWorker` and its thread for the length of one import.

    Signals are the worker's (``progress``, ``finished``, ``failed``), re-emitted on the GUI
    thread; ``done`` follows either end once the thread has stopped.
    """

    progress = Signal(int, int, str)
    finished = Signal(list)
    failed = Signal(str)
    done = Signal()

    def __init__(self, data: DataPaths, sources: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = False
        self.worker = ImportWorker(data, sources)
        self._thread = QThread(self)
        self._thread.setObjectName("podreader-import")
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._end)
        self.worker.failed.connect(self._fail)
        self._thread.finished.connect(self.worker.deleteLater)
        self._thread.finished.connect(self.done)

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

    def _end(self, results: list[object]) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(results)

    def _fail(self, message: str) -> None:
        self._thread.quit()
        self._thread.wait()
        self.failed.emit(message)
