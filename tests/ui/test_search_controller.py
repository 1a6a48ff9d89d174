"""Search inside the reading window: the panel docked, hits opening at their passage, Back."""

from __future__ import annotations

import errno
import shutil

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search import indexer, writer
from podreader.search.engine import SearchEngine
from podreader.search.storage import DAMAGED_NOTICE, DISK_FULL
from podreader.ui import settings as keys
from podreader.ui.search_panel import DEBOUNCE_MS, TARGET_ROLE
from tests.search.factories import make_episode, store
from tests.ui.window_fixtures import MakeWindow, data, make_window

__all__ = ["data", "make_window"]

FILLER = [f"Ordinary talk about the weather, part {i}." for i in range(30)]


def _library(data: DataPaths) -> None:
    with Library(data) as library:
        store(library, make_episode("first", ["The opening words.", *FILLER]))
        store(
            library,
            make_episode(
                "second",
                [*FILLER[:10], "Lighthouse keepers counted the gulls at dawn.", *FILLER],
                ["灯塔看守人在黎明时数海鸥。"],
                title="Keepers of the Light",
            ),
        )


def test_hit_opens_the_passage_highlights_and_back_returns(
    qtbot: QtBot, data: DataPaths, make_window: MakeWindow
) -> None:
    _library(data)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.open_episode("first", 0)
    search = window.attach_search()
    assert window.attach_search() is search
    with qtbot.waitSignal(search.worker.finished, timeout=30_000):
        pass  # the startup check indexes the two episodes

    search.find_action.trigger()
    assert search.dock.isVisible() and search.panel.query.hasFocus()
    search.panel.query.setText("lighthouse")
    qtbot.waitUntil(lambda: search.panel.model.rowCount() > 0, timeout=DEBOUNCE_MS + 10_000)

    model = search.panel.model
    episode_row = model.index(0, 0)
    hit = model.index(0, 0, episode_row) if model.rowCount(episode_row) else episode_row
    episode_id, paragraph, _terms = model.data(hit, TARGET_ROLE)
    assert (episode_id, paragraph) == ("second", 10)
    with qtbot.waitSignal(window.episodeOpened):
        search.panel.results.activated.emit(hit)
    assert window.episode is not None and window.episode.id == "second"
    terms = window.pane.term_spans()
    assert len(terms) == 1 and window.pane.view().placed()[terms[0][0]].side == 0
    assert window.pane.current_hit() == terms[0]  # the match itself is shown, marked solid
    view = window.pane.view()
    hit_row = view.rows()[view.placed()[terms[0][0]].row]
    assert hit_row.paragraph == 10
    assert window.pane.current_paragraph() <= 10  # the hit is centred, with what leads to it
    window.reader.go_back()
    assert window.episode.id == "first"


def test_import_triggers_indexing_and_history_persists(
    qtbot: QtBot, data: DataPaths, make_window: MakeWindow
) -> None:
    window = make_window()
    search = window.attach_search()
    with qtbot.waitSignal(search.worker.finished, timeout=30_000):
        pass
    _library(data)
    with qtbot.waitSignal(search.worker.finished, timeout=30_000) as blocker:
        window.episodesChanged.emit(["first", "second"])
    assert blocker.args is not None and blocker.args[0].indexed == 2
    assert search.panel.podcast.findData("Harbour Talks") < 0  # the list is not reloaded yet
    window.refresh_episodes()
    assert search.panel.podcast.findData("Harbour Talks") > 0

    search.panel.query.setText("gulls")
    qtbot.keyClick(search.panel.query, Qt.Key.Key_Return)
    window.close()
    assert window.settings.get(keys.SEARCH_HISTORY).split("\n")[0] == "gulls"


@pytest.mark.parametrize("workers", [False, True], ids=["in-process", "worker-processes"])
def test_deleted_index_is_rebuilt_at_start_with_progress(
    qtbot: QtBot,
    data: DataPaths,
    make_window: MakeWindow,
    workers: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if workers:  # spawned from the window's process, beside Qt's threads
        monkeypatch.setattr(indexer, "PARALLEL_FROM", 2)
    _library(data)
    first = make_window()
    with qtbot.waitSignal(first.attach_search().worker.finished, timeout=30_000):
        pass
    first.close()
    shutil.rmtree(data.index)  # while the app is closed

    window = make_window()
    window.show()
    search = window.attach_search()
    seen: list[tuple[int, int]] = []
    search.worker.progress.connect(lambda done, total, _eta: seen.append((done, total)))
    with qtbot.waitSignal(search.worker.finished, timeout=30_000):
        pass
    assert seen and seen[-1] == (2, 2)
    engine = SearchEngine(data)
    try:
        assert engine.search("gulls").total == 1
    finally:
        engine.close()


def test_damage_met_by_a_search_is_rebuilt_in_the_background(
    qtbot: QtBot, data: DataPaths, make_window: MakeWindow
) -> None:
    _library(data)
    window = make_window()
    search = window.attach_search()
    with qtbot.waitSignal(search.worker.finished, timeout=30_000):
        pass
    (postings,) = data.index.glob("*.pst")
    with postings.open("r+b") as handle:
        handle.truncate(postings.stat().st_size // 3)
    seen: list[tuple[int, int]] = []
    search.worker.progress.connect(lambda done, total, _eta: seen.append((done, total)))
    with qtbot.waitSignal(search.worker.finished, timeout=30_000) as blocker:
        search.panel.query.setText("gulls")  # the search meets the damage and asks for repair
    report = blocker.args[0] if blocker.args else None
    assert report is not None and (report.indexed, report.notice) == (2, DAMAGED_NOTICE)
    assert seen[-1] == (2, 2)
    qtbot.waitUntil(lambda: search.panel.model.rowCount() == 1, timeout=10_000)
    assert "1 matching passages." in search.panel.status.text()
    window.close()


def test_the_search_panel_keeps_its_width(
    qtbot: QtBot, data: DataPaths, make_window: MakeWindow
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    search = window.attach_search()
    search.show_panel()
    window.resizeDocks([search.dock], [640], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: search.dock.width() > 500)
    wide = search.dock.width()
    window.close()
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    dock = again.attach_search().dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.width() == wide)


def test_a_full_disk_with_no_index_says_so_not_that_nothing_matches(
    qtbot: QtBot, data: DataPaths, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    _library(data)
    monkeypatch.setattr(writer.BulkWriter, "add_document", full)
    window = make_window()
    search = window.attach_search()
    with qtbot.waitSignal(search.worker.failed, timeout=30_000):
        pass  # the startup check cannot build the index
    search.panel.query.setText("lighthouse")
    qtbot.keyClick(search.panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(search.panel.status.text()), timeout=10_000)
    assert search.panel.status.text() == DISK_FULL
