from __future__ import annotations

import errno

import pytest
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search import indexer, writer
from podreader.search.indexer import UpdateReport
from podreader.search.storage import IndexBusy
from podreader.ui.index_worker import IndexWorker
from tests.search.factories import make_episode, store


@pytest.fixture
def paths(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    paths = DataPaths(tmp_path_factory.mktemp("index-ui")).ensure()
    with Library(paths) as library:
        for n in range(3):
            store(library, make_episode(f"ep{n}", [f"Passage {n} about tides."]))
    return paths


def test_indexes_off_the_gui_thread_with_progress(qtbot: QtBot, paths: DataPaths) -> None:
    worker = IndexWorker(paths)
    progress: list[tuple[int, int, float]] = []
    running: list[bool] = []
    worker.progress.connect(lambda *args: progress.append(args))
    worker.runningChanged.connect(running.append)
    with qtbot.waitSignal(worker.finished, timeout=30_000) as finished:
        worker.start()
    report = finished.args[0]
    assert isinstance(report, UpdateReport)
    assert (report.indexed, report.complete) == (3, True)
    assert [(d, t) for d, t, _ in progress] == [(1, 3), (2, 3), (3, 3)]
    assert progress[-1][2] == 0.0
    assert running == [True, False]
    assert not worker.is_running()


def test_a_start_during_a_run_runs_once_more(qtbot: QtBot, paths: DataPaths) -> None:
    worker = IndexWorker(paths)
    reports: list[UpdateReport] = []
    worker.finished.connect(reports.append)
    worker.start()
    with Library(paths) as library:
        store(library, make_episode("late", ["Arrived while indexing."]))
    worker.start()
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=30_000)
    assert sum(r.indexed for r in reports) == 4
    worker.wait()


def test_a_busy_index_is_reported_in_one_sentence(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(*args: object, **kwargs: object) -> None:
        raise IndexBusy("Another podreader is updating the search index; try again later.")

    monkeypatch.setattr(indexer, "update_index", busy)
    worker = IndexWorker(paths)
    running: list[bool] = []
    worker.runningChanged.connect(running.append)
    with qtbot.waitSignal(worker.failed, timeout=10_000) as failed:
        worker.start()
    assert failed.args == ["Another podreader is updating the search index; try again later."]
    qtbot.waitUntil(lambda: running == [True, False], timeout=5_000)
    assert not worker.is_running()


def test_a_full_disk_is_reported_in_one_sentence(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer.BulkWriter, "add_document", full)  # the real update, disk full
    worker = IndexWorker(paths)
    with qtbot.waitSignal(worker.failed, timeout=10_000) as failed:
        worker.start()
    (message,) = failed.args
    assert message.startswith("The disk is full") and message.count(".") == 1
