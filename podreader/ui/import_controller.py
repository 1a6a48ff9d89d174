"""Runs the window's library jobs: imports, and bringing old reading views up to date.

One job at a time, with progress and Cancel in the status bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from podreader.paths import DataPaths
from podreader.ui import icons
from podreader.ui.import_report import ImportReportDialog, noted, summary_line
from podreader.ui.plain_text import plain_label
from podreader.ui.wording import episode_count
from podreader.ui.workers import ImportJob, Job, ReanalysisJob

if TYPE_CHECKING:  # the import pipeline loads on the worker thread, not at startup
    from podreader.library.importer import ImportResult

MESSAGE_MS = 8000


class ImportController(QObject):
    """Starts :class:`ImportJob`s and :class:`ReanalysisJob`s and shows how they go.

    Signals: ``imported(results)`` when an import ends (also after a cancel), with every
    :class:`ImportResult`; the window reloads its list from there. ``reanalysed(count)`` when
    re-analysis ends, with how many episodes it updated. ``idle()`` once a job of either
    kind has ended and its own signal has been handled: work that had to wait can start.
    """

    imported = Signal(list)
    reanalysed = Signal(int)
    idle = Signal()

    def __init__(self, data: DataPaths, status: QStatusBar, window: QWidget) -> None:
        super().__init__(window)
        self._data = data
        self._status = status
        self._window = window
        self._job: Job | None = None
        self.report: ImportReportDialog | None = None
        self._label = plain_label(QLabel(status))
        self._bar = QProgressBar(status)
        self._bar.setMaximumWidth(220)
        self._bar.setTextVisible(True)
        self._cancel = QToolButton(status)
        self._cancel.setAccessibleName(self.tr("Cancel import"))
        self._cancel.setAutoRaise(True)
        self._cancel.setToolTip(self.tr("Stop after the current file or episode"))
        icons.bind(self._cancel, "cancel")
        self._cancel.clicked.connect(self.cancel)
        for widget in (self._label, self._bar, self._cancel):
            status.addPermanentWidget(widget)
            widget.hide()

    def busy(self) -> bool:
        return self._job is not None

    def refused(self) -> bool:
        """True, and said in the status bar, while a job runs: one job at a time."""
        if self._job is None:
            return False
        self._status.showMessage(
            self.tr("An import or update is running; wait for it or cancel it."), MESSAGE_MS
        )
        return True

    def start(self, sources: Sequence[Path]) -> bool:
        """Import ``sources``; refused (False) while another job runs."""
        if self.refused():
            return False
        if not sources:
            return False
        job = ImportJob(self._data, list(sources), self)
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self._run(job, self.tr("Importing…"), show=True)
        return True

    def update_analysis(self) -> bool:
        """Re-analyse episodes stored by an older podreader in the background (the status bar
        shows progress only if there are any); refused (False) while another job runs."""
        if self._job is not None:
            return False
        job = ReanalysisJob(self._data, self)
        job.progress.connect(self._reanalysis_progress)
        job.finished.connect(self._reanalysed)
        job.failed.connect(self._reanalysis_failed)
        self._run(job, self.tr("Updating reading views…"), show=False)
        return True

    def _run(self, job: Job, label: str, *, show: bool) -> None:
        job.done.connect(job.deleteLater)
        self._job = job
        self._label.setText(label)
        self._bar.setRange(0, 0)
        self._bar.setFormat("")
        if show:
            self._show_progress()
        job.start()

    def _show_progress(self) -> None:
        for widget in (self._label, self._bar, self._cancel):
            widget.show()

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
        QTimer.singleShot(0, self.idle.emit)  # after imported/reanalysed, which follow
        return cancelled

    def _reanalysis_progress(self, done: int, total: int, _name: str) -> None:
        self._show_progress()
        self._bar.setRange(0, total)
        self._bar.setValue(done)
        self._bar.setFormat(f"{done} / {total}")

    def _reanalysed(self, count: int) -> None:
        self._end()
        if count:
            self._status.showMessage(
                self.tr("Updated the reading view of {episodes}.").format(
                    episodes=episode_count(count)
                ),
                MESSAGE_MS,
            )
        self.reanalysed.emit(count)

    def _reanalysis_failed(self, message: str) -> None:
        self._end()
        self._status.showMessage(message, MESSAGE_MS)
        self.reanalysed.emit(0)

    def _finished(self, results: list[ImportResult]) -> None:
        cancelled = self._end()
        self._status.showMessage(summary_line(results, cancelled), MESSAGE_MS)
        if cancelled or any(noted(r) for r in results):
            self.report = ImportReportDialog(results, cancelled, self._window)
            self.report.open()
        self.imported.emit(results)

    def _failed(self, message: str) -> None:
        self._end()
        self._status.showMessage(message, MESSAGE_MS)
        self.imported.emit([])
