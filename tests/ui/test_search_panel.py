from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search.engine import NO_EPISODES
from podreader.search.indexer import update_index
from podreader.ui.search_panel import DEBOUNCE_MS, SNIPPET_HTML_ROLE, SearchPanel
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
    with qtbot.waitSignal(panel._relay.done, timeout=10_000):
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
    panel._relay.done.connect(lambda generation, results: started.append(generation))
    for prefix in ("f", "fe", "fer", "ferr", "ferry"):
        panel.query.setText(prefix)
    qtbot.wait(DEBOUNCE_MS * 3)
    qtbot.waitUntil(lambda: len(started) == 1, timeout=10_000)
    assert panel.model.rowCount() == 2


def test_filters_narrow_results(qtbot: QtBot, panel: SearchPanel) -> None:
    panel.set_podcasts(["Harbour Talks", "Coast Stories"])
    typed(qtbot, panel, "ferry")
    with qtbot.waitSignal(panel._relay.done, timeout=10_000):
        panel.podcast.setCurrentIndex(panel.podcast.findData("Coast Stories"))
    assert panel.model.rowCount() == 1
    with qtbot.waitSignal(panel._relay.done, timeout=10_000):
        panel.podcast.setCurrentIndex(0)
    with qtbot.waitSignal(panel._relay.done, timeout=10_000):
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
    with qtbot.waitSignal(panel._relay.done, timeout=10_000):
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
