"""Jobs: a worker on its own thread for one run."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from podreader.paths import DataPaths
from podreader.ui.workers import Job, Worker
from tests.ui.window_fixtures import data

__all__ = ["data"]


class _UntilCancelled(Worker):
    def work(self) -> object:
        while not self.cancelled():
            time.sleep(0.01)
        return "stopped"


def test_quitting_the_application_stops_a_running_job(qtbot: QtBot, data: DataPaths) -> None:
    # Qt aborts the process if a QThread is destroyed while it runs: an application that quits
    # without closing its window first (so without the window's own shutdown) must not.
    job = Job(_UntilCancelled(data), "podreader-test")
    job.start()
    qtbot.waitUntil(job._thread.isRunning)
    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()
    assert job.cancelled and not job._thread.isRunning()
