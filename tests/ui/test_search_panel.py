from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search.engine import NO_EPISODES
from podreader.search.indexer import update_index
from podreader.ui.search_model import MARKS_ROLE, MORE_ROLE, SNIPPET_HTML_ROLE
from podreader.ui.search_panel import DEBOUNCE_MS, SearchPanel
from podreader.ui.search_view import SnippetDelegate
from tests.search.factories import make_episode, store


@pytest.fixture
def paths(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    paths = DataPaths(tmp_path_factory.mktemp("search-ui")).ensure()
    with Library(paths) as library:
        store(
            library,
            make_episode(
                "harbour",
                ["The ferry left.", "A ferry came back."],
                ["渡轮离开了。"],
                podcast="Harbour Talks",
            ),
        )
        store(library, make_episode("coast", ["One ferry only."], podcast="Coast Stories"))
    update_index(paths)
    return paths


@pytest.fixture
def panel(qtbot: QtBot, paths: DataPaths) -> Iterator[SearchPanel]:
    panel = SearchPanel(paths)
    qtbot.addWidget(panel)
    yield panel
    panel.shutdown()


def typed(qtbot: QtBot, panel: SearchPanel, text: str) -> None:
    with qtbot.waitSignal(panel._runner.done, timeout=10_000):
        panel.query.setText(text)


def test_live_results_after_a_pause_grouped_by_episode(
    qtbot: QtBot, panel: SearchPanel, qtmodeltester: ModelTester
) -> None:
    typed(qtbot, panel, "ferry")
    model = panel.model
    assert model.rowCount() == 2
    episodes = [model.index(row, 0) for row in range(2)]
    assert {model.data(e) for e in episodes} == {"An Evening Programme"}
    assert sorted(model.rowCount(e) for e in episodes) == [1, 2]
    hit = model.index(0, 0, episodes[0])
    assert "<b>ferry</b>" in str(model.data(hit, SNIPPET_HTML_ROLE))
    assert "3 matching passages." in panel.status.text()
    qtmodeltester.check(model)


def test_typing_fast_searches_once(qtbot: QtBot, panel: SearchPanel) -> None:
    started: list[int] = []
    panel._runner.done.connect(lambda generation, results: started.append(generation))
    for prefix in ("f", "fe", "fer", "ferr", "ferry"):
        panel.query.setText(prefix)
    qtbot.wait(DEBOUNCE_MS * 3)
    qtbot.waitUntil(lambda: len(started) == 1, timeout=10_000)
    assert panel.model.rowCount() == 2


def test_filters_narrow_results(qtbot: QtBot, panel: SearchPanel) -> None:
    panel.set_podcasts(["Harbour Talks", "Coast Stories"])
    typed(qtbot, panel, "ferry")
    with qtbot.waitSignal(panel._runner.done, timeout=10_000):
        panel.podcast.setCurrentIndex(panel.podcast.findData("Coast Stories"))
    assert panel.model.rowCount() == 1
    with qtbot.waitSignal(panel._runner.done, timeout=10_000):
        panel.podcast.setCurrentIndex(0)
    with qtbot.waitSignal(panel._runner.done, timeout=10_000):
        panel.language.setCurrentIndex(panel.language.findData("zh"))
    assert panel.model.rowCount() == 0
    typed(qtbot, panel, "渡轮")
    assert panel.model.rowCount() == 1


def test_activating_a_hit_names_episode_paragraph_and_terms(
    qtbot: QtBot, panel: SearchPanel
) -> None:
    typed(qtbot, panel, "came")
    hit = panel.model.index(0, 0, panel.model.index(0, 0))
    with qtbot.waitSignal(panel.hitActivated) as signal:
        panel.results.activated.emit(hit)
    assert signal.args == ["harbour", 1, ["came"]]


def test_enter_keeps_the_query_in_history(qtbot: QtBot, panel: SearchPanel) -> None:
    panel.set_history(["older"])
    panel.query.setText("ferry")
    with qtbot.waitSignal(panel._runner.done, timeout=10_000):
        panel.query.returnPressed.emit()
    assert panel.history() == ["ferry", "older"]
    assert panel.query.completer().model().rowCount() == 2


def test_bad_queries_show_one_sentence(qtbot: QtBot, panel: SearchPanel) -> None:
    typed(qtbot, panel, "-ferry")
    assert panel.model.rowCount() == 0
    assert panel.status.text().startswith("Add a word to look for")


def test_an_empty_library_says_there_is_nothing_to_search_yet(
    qtbot: QtBot, paths: DataPaths
) -> None:
    with Library(paths) as library:
        for eid in ("harbour", "coast"):
            library.delete(eid)  # the last episodes deleted: the index still holds them
    panel = SearchPanel(paths)
    qtbot.addWidget(panel)
    typed(qtbot, panel, "ferry")
    assert panel.model.rowCount() == 0
    assert panel.status.text() == NO_EPISODES
    update_index(paths)  # and once the index has caught up, the same
    typed(qtbot, panel, "ferry boat")
    assert panel.status.text() == NO_EPISODES
    panel.shutdown()


LONG = (
    "We spent the whole afternoon on the water, talking about tides, nets, engines, weather "
    "and the price of diesel, until the old lighthouse keeper finally waved us in to the pier."
)
LONG_ZH = (
    "我们整个下午都在水上,聊潮汐、渔网、发动机、天气和柴油的价格,"
    "直到那位老灯塔看守人终于向我们挥手。"
)


@pytest.fixture
def busy_panel(qtbot: QtBot, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchPanel]:
    paths = DataPaths(tmp_path_factory.mktemp("search-busy")).ensure()
    crossings = [f"Crossing number {i}: the ferry was on time." for i in range(7)]
    with Library(paths) as library:
        store(library, make_episode("busy", crossings, title="Seven Crossings"))
        store(library, make_episode("long", [LONG], [LONG_ZH], title="Afternoon"))
    update_index(paths)
    panel = SearchPanel(paths)
    qtbot.addWidget(panel)
    yield panel
    panel.shutdown()


def test_n_more_in_this_episode_lists_them(
    qtbot: QtBot, busy_panel: SearchPanel, qtmodeltester: ModelTester
) -> None:
    typed(qtbot, busy_panel, "ferry")
    model = busy_panel.model
    episode = model.index(0, 0)
    assert model.rowCount(episode) == 4  # the best three and the "more" row
    more = model.index(3, 0, episode)
    assert model.data(more) == "4 more in this episode"
    assert model.data(more, MORE_ROLE) == "busy"
    with qtbot.waitSignal(busy_panel._runner.done, timeout=10_000):
        busy_panel.results.clicked.emit(more)
    assert model.rowCount(episode) == 7
    assert all(model.data(model.index(r, 0, episode), MORE_ROLE) is None for r in range(7))
    assert {model.data(model.index(r, 0, episode)) for r in range(7)} == {
        f"Crossing number {i}: the ferry was on time." for i in range(7)
    }
    qtmodeltester.check(model)


@pytest.mark.parametrize("query", ["lighthouse", "灯塔"])
def test_a_late_match_shows_marked_on_the_first_line_at_300_px(
    qtbot: QtBot, busy_panel: SearchPanel, query: str
) -> None:
    busy_panel.resize(300, 600)
    busy_panel.show()
    qtbot.waitExposed(busy_panel)
    typed(qtbot, busy_panel, query)
    view, model = busy_panel.results, busy_panel.model
    hit = model.index(0, 0, model.index(0, 0))
    view.scrollTo(hit)
    rect = view.visualRect(hit)
    assert rect.left() >= 0 and rect.right() <= view.viewport().width()
    option = QStyleOptionViewItem()
    option.font, option.palette = view.font(), view.palette()
    delegate = view.itemDelegate()
    assert isinstance(delegate, SnippetDelegate)
    document = delegate.snippet_document(option, hit, rect.width())
    assert rect.height() >= document.size().height() - 1  # wrapped, not cut off
    marks = model.data(hit, MARKS_ROLE)
    assert isinstance(marks, tuple)
    start, end = marks[0]
    line = document.firstBlock().layout().lineForTextPosition(end)
    assert line.lineNumber() == 0
    assert line.naturalTextWidth() <= rect.width()
    cursor = document.find(str(model.data(hit))[start:end])
    assert cursor.charFormat().fontWeight() > 400 and cursor.charFormat().background().style()


def test_wider_results_rewrap_into_fewer_lines(qtbot: QtBot, busy_panel: SearchPanel) -> None:
    busy_panel.resize(300, 600)
    busy_panel.show()
    qtbot.waitExposed(busy_panel)
    typed(qtbot, busy_panel, "lighthouse")
    view, model = busy_panel.results, busy_panel.model
    hit = model.index(0, 0, model.index(0, 0))
    narrow = view.visualRect(hit).height()
    busy_panel.resize(900, 600)
    qtbot.waitUntil(lambda: view.visualRect(hit).height() < narrow)
    assert view.visualRect(hit).right() <= view.viewport().width()


def test_no_search_starts_after_shutdown(qtbot: QtBot, paths: DataPaths) -> None:
    # A window rebuilt for another language is deleted a moment after it closes: a query typed
    # then, or the index update it hears of, must not open the index again.
    panel = SearchPanel(paths)
    qtbot.addWidget(panel)
    typed(qtbot, panel, "ferry")
    panel.query.setText("ferry came")  # waiting for the debounce
    panel.shutdown()
    panel.refresh()
    qtbot.wait(DEBOUNCE_MS * 2)
    assert panel._runner._job is None
    assert panel._engine._ix is None  # closed, and not opened again
