"""Deleting an episode from the window: asked first, then the neighbour or the welcome page."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from podreader.library.anchoring import Anchor
from podreader.library.bookmarks import BookmarkStore, new_bookmark
from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui import main_window
from podreader.ui.main_window import MainWindow
from tests.ui.summaries import episode, store
from tests.ui.window_fixtures import MakeWindow, data, make_window

__all__ = ["data", "make_window"]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """What the confirmation question answers, one reply per question asked."""
    replies: list[bool] = []

    def confirm(_parent: object, _library: Library, _episode_id: str) -> bool:
        return replies.pop(0)

    monkeypatch.setattr(main_window, "confirm_delete_episode", confirm)
    return replies


def _window(make_window: MakeWindow, data: DataPaths, count: int) -> MainWindow:
    with Library(data) as library:
        store(library, *(episode(n) for n in range(1, count + 1)))
    window = make_window()
    window.show()
    return window


def test_deleting_the_open_episode_opens_its_neighbour(
    qtbot: QtBot, make_window: MakeWindow, data: DataPaths, answers: list[bool]
) -> None:
    window = _window(make_window, data, 3)
    first = window.episodes.first_id()
    assert first is not None and window.open_episode(first)
    following = window.episodes.neighbour(1)
    answers.append(False)
    assert not window.reader.delete_episode(first)  # the reader said no
    assert window.library.episode(first) is not None
    answers.append(True)
    with qtbot.waitSignal(window.episodeDeleted) as deleted:
        window.actions_.delete_episode.trigger()
    assert deleted.args == [first]
    assert window.library.episode(first) is None
    assert window.episodes.total() == 2
    assert window.episode is not None and window.episode.id == following
    assert window.episodes.selected_id() == following


def test_deleting_another_episode_from_the_list_keeps_the_open_one(
    make_window: MakeWindow, data: DataPaths, answers: list[bool]
) -> None:
    window = _window(make_window, data, 2)
    window.open_episode("episode-1")
    menu = window.episodes.context_menu("episode-2")
    [delete] = [a for a in menu.actions() if a.text() == "Delete Episode…"]
    answers.append(True)
    delete.trigger()
    assert window.library.episode("episode-2") is None
    assert window.episode is not None and window.episode.id == "episode-1"


def test_deleting_the_last_episode_shows_the_welcome_page_and_keeps_bookmarks(
    make_window: MakeWindow, data: DataPaths, answers: list[bool]
) -> None:
    window = _window(make_window, data, 1)
    window.open_episode("episode-1")
    BookmarkStore(window.library).save(new_bookmark(episode(1), "transcript", Anchor(0, 0, 4)))
    window.bookmarks.reload()
    answers.append(True)
    assert window.reader.delete_episode("episode-1")
    assert window.stack.currentWidget() is window.welcome
    assert window.episode is None and window.pane.current_paragraph() == -1
    assert not window.actions_.delete_episode.isEnabled()
    assert len(window.bookmarks.visible_bookmarks()) == 1  # kept for a re-import
