"""Runs imports for the window: one at a time, with progress and Cancel in the status bar."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from podreader.paths import DataPaths
from podreader.ui import icons
from podreader.ui.import_report import ImportReportDialog, summary_line
from podreader.ui.workers import ImportJob

if TYPE_CHECKING:  # the import pipeline loads on the worker thread, not at startup
    from podreader.library.importer import ImportResult

MESSAGE_MS = 8000


class ImportController(QObject):
    """Starts :class:`ImportJob`s and shows how they go.

    Signals: ``imported(results)`` when an import ends (also after a cancel), with every
    :class:`ImportResult`; the window reloads its list from there.
    """

    imported = Signal(list)

    def __init__(self, data: DataPaths, status: QStatusBar, window: QWidget) -> None:
        super().__init__(window)
        self._data = data
        self._status = status
        self._window = window
        self._job: ImportJob | None = None
        self.report: ImportReportDialog | None = None
        self._label = QLabel(status)
        self._bar = QProgressBar(status)
        self._bar.setMaximumWidth(220)
        self._bar.setTextVisible(True)
        self._cancel = QToolButton(status)
        self._cancel.setAutoRaise(True)
        self._cancel.setToolTip(self.tr("Cancel the import after the current file"))
        icons.bind(self._cancel, "cancel")
        self._cancel.clicked.connect(self.cancel)
        for widget in (self._label, self._bar, self._cancel):
            status.addPermanentWidget(widget)
            widget.hide()

    def busy(self) -> bool:
        return self._job is not None

    def start(self, sources: Sequence[Path]) -> bool:
        """Import ``sources``; refused (False) while another import runs."""
        if self._job is not None or not sources:
            if self._job is not None:
                self._status.showMessage(
                    self.tr("An import is already running; wait for it or cancel it."), MESSAGE_MS
                )
            return False
        job = ImportJob(self._data, list(sources), self)
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.done.connect(job.deleteLater)
        self._job = job
        self._label.setText(self.tr("Importing…"))
        self._bar.setRange(0, 0)
        for widget in (self._label, self._bar, self._cancel):
            widget.show()
        job.start()
        return True

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._label.setText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """Stop a running import before the window goes away."""
        if self._job is not None:
            self._job.wait()

    def _progress(self, done: int, total: int, name: str) -> None:
        self._bar.setRange(0, total)
        self._bar.setValue(done)
        self._bar.setFormat(f"{done} / {total}")
        self._label.setText(self.tr("Imported {name}").format(name=name))

    def _end(self) -> bool:
        cancelled = self._job is not None and self._job.cancelled
        self._job = None
        for widget in (self._label, self._bar, self._cancel):
            widget.hide()
        return cancelled

    def _finished(self, results: list[ImportResult]) -> None:
        cancelled = self._end()
        self._status.showMessage(summary_line(results, cancelled), MESSAGE_MS)
        if cancelled or any(not r.ok for r in results):
            self.report = ImportReportDialog(results, cancelled, self._window)
            self.report.open()
        self.imported.emit(results)

    def _failed(self, message: str) -> None:
        self._end()
        self._status.showMessage(message, MESSAGE_MS)
        self.imported.emit([])
