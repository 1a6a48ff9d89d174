"""Jobs: a worker on its own thread for one run; run_task for a function and its follow-up."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from podreader.ui.workers import Job, Worker, run_task


class _UntilCancelled(Worker):
    def work(self) -> object:
        while not self.cancelled():
            time.sleep(0.01)
        return "stopped"


def test_quitting_the_application_stops_a_running_job(qtbot: QtBot) -> None:
    # Qt aborts the process if a QThread is destroyed while it runs: an application that quits
    # without closing its window first (so without the window's own shutdown) must not.
    job = Job(_UntilCancelled(), "podreader-test")
    job.start()
    qtbot.waitUntil(job._thread.isRunning)
    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()
    assert job.cancelled and not job._thread.isRunning()


def test_run_task_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot) -> None:
    parent = QObject()
    gui = threading.get_ident()
    ran_on: list[int] = []
    answers: list[tuple[object, int]] = []
    errors: list[str] = []

    def func() -> object:
        ran_on.append(threading.get_ident())
        return 42

    run_task(
        func,
        lambda result: answers.append((result, threading.get_ident())),
        errors.append,
        unexpected="It failed ({error}).",
        parent=parent,
    )
    qtbot.waitUntil(lambda: bool(answers))
    assert answers == [(42, gui)] and ran_on != [gui] and errors == []

    def broken() -> object:
        raise ValueError("no index")

    run_task(
        broken, answers.append, errors.append, unexpected="It failed ({error}).", parent=parent
    )
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == ["It failed (no index)."] and len(answers) == 1
