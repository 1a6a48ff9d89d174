"""Rebuilding a damaged library from the window: offered at start, and in File > Recover.

The rebuild (:mod:`podreader.library.recovery`) runs on a worker thread behind a progress
dialog; the window is closed meanwhile, because the rebuilt library replaces the file it has
open. The :class:`~podreader.ui.window_host.WindowHost` then opens the window again on the
rebuilt library.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui.plain_text import message_box, warn
from podreader.ui.translations import QT_TRANSLATE_NOOP, translated
from podreader.ui.workers import Job, LibraryWorker

TITLE = QT_TRANSLATE_NOOP("RecoveryDialog", "Recover Library")


def _title() -> str:
    return QCoreApplication.translate("RecoveryDialog", TITLE)


class RecoveryWorker(LibraryWorker):
    """Rebuilds the library; the result is the :class:`~podreader.library.recovery.Recovery`,
    progress names each kept page read."""

    unexpected = QT_TRANSLATE_NOOP(
        "Worker", "The rebuild stopped unexpectedly ({error}); run 'podreader recover' to retry."
    )

    def work(self) -> object:
        from podreader.library.recovery import recover

        return recover(
            self.data, lambda done, total, result: self.progress.emit(done, total, result.path.name)
        )


def offer_recovery(paths: DataPaths, problem: str) -> bool:
    """Say what is wrong with the library and offer to rebuild it; True once rebuilt."""
    box = message_box(None, QMessageBox.Icon.Critical, "podreader", problem)
    rebuild = box.addButton(
        QCoreApplication.translate("RecoveryDialog", "Rebuild Library"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(rebuild)
    box.exec()
    return box.clickedButton() is rebuild and recover_library(paths, None)


def recover_library(paths: DataPaths, parent: QWidget | None) -> bool:
    """Rebuild the library with a progress dialog and say how it went; True once rebuilt."""
    from podreader.library.recovery import Recovery

    progress = QProgressDialog(
        QCoreApplication.translate("RecoveryDialog", "Rebuilding the library from the kept pages…"),
        "",
        0,
        0,
        parent,
    )
    progress.setWindowTitle(_title())
    progress.setCancelButton(None)  # a rebuild stopped half-way would only have to start over
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    job = Job(RecoveryWorker(paths), "podreader-recovery")
    outcome: list[object] = []
    job.progress.connect(lambda done, total, _name: _step(progress, done, total))
    job.finished.connect(outcome.append)
    job.failed.connect(outcome.append)
    loop = QEventLoop()
    job.done.connect(loop.quit)
    job.start()
    progress.show()
    loop.exec()
    progress.close()
    job.deleteLater()
    unexpected = QCoreApplication.translate("Worker", RecoveryWorker.unexpected)
    result = outcome[0] if outcome else unexpected.format(error="no result")
    if not isinstance(result, Recovery):
        warn(parent, _title(), str(result))
        return False
    summary = translated(result.summary())
    message_box(parent, QMessageBox.Icon.Information, _title(), summary).exec()
    return True


def _step(progress: QProgressDialog, done: int, total: int) -> None:
    progress.setMaximum(total)
    progress.setValue(done)


def recover_from_window(window: QWidget | None, library: Library) -> bool:
    """File > Recover Library: check the library; True when it was found damaged (and moved
    aside, and closed) for the caller to close the window and rebuild it."""
    from podreader.library.opening import LibraryDamaged

    try:
        library.verify(always=True)
    except LibraryDamaged:
        return True
    message_box(
        window,
        QMessageBox.Icon.Information,
        _title(),
        QCoreApplication.translate(
            "RecoveryDialog", "The library is not damaged, so there is nothing to recover."
        ),
    ).exec()
    return False
