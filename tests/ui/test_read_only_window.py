"""A library opened read-only: every action that would change it is disabled and says why,
before the user types a note only to be refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from podreader.library.bookmarks import BookmarkStore, new_bookmark, place_quote
from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui.main_window import MainWindow
from podreader.ui.read_only import cannot_change, note
from podreader.ui.settings import Settings
from tests.commands.test_read_only import read_only
from tests.pages import ENGLISH, make_page


@pytest.fixture
def data(tmp_path: Path) -> DataPaths:
    """A library of one episode with one bookmark."""
    data = DataPaths(tmp_path / "data")
    page = tmp_path / "page.txt"
    page.write_text(make_page(), encoding="utf-8")
    with Library(data) as library:
        (result,) = import_paths(library, [page])
        episode = library.episode(result.episode_id or "")
        assert episode is not None
        track, anchor = place_quote(episode, ENGLISH[0][:30])
        BookmarkStore(library).save(new_bookmark(episode, track, anchor, note="mine"))
    return data


def _window(qtbot: QtBot, library: Library, tmp_path: Path) -> MainWindow:
    window = MainWindow(library, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    (summary,) = library.summaries()
    assert window.open_episode(summary.id)
    bookmarks = window.bookmarks
    bookmarks.view.setCurrentIndex(bookmarks.proxy.index(0, 0))
    assert bookmarks.selected() is not None
    return window


def _changing(window: MainWindow) -> dict[str, QAction]:
    a, bookmarks = window.actions_, window.bookmarks
    (summary,) = window.library.summaries()
    (delete_in_list,) = window.episodes.context_menu(summary.id).actions()
    return {
        "import files": a.import_files,
        "import folder": a.import_folder,
        "samples": a.samples,
        "delete episode": a.delete_episode,
        "delete in the list": delete_in_list,
        "add bookmark": window.bookmark_controller.add_action,
        "edit bookmark": bookmarks.edit_action,
        "delete bookmark": bookmarks.delete_action,
    }


def _notes(window: MainWindow) -> list[str]:
    return [w.text() for w in window.statusBar().findChildren(QLabel) if w.isVisible()]


@pytest.fixture
def read_only_library(data: DataPaths) -> Iterator[Library]:
    with read_only(data.root), Library(data) as library:
        assert library.read_only
        yield library


def test_a_read_only_library_disables_every_change_and_says_why(
    qtbot: QtBot, read_only_library: Library, tmp_path: Path
) -> None:
    window = _window(qtbot, read_only_library, tmp_path)
    changing = _changing(window)
    assert [name for name, action in changing.items() if action.isEnabled()] == []
    assert {action.statusTip() for action in changing.values()} == {cannot_change()}
    assert {action.toolTip() for action in changing.values()} == {cannot_change()}
    assert not window.welcome.import_button.isEnabled()
    assert not window.welcome.samples_button.isEnabled()
    assert note() in _notes(window)
    window.close()


def test_a_writable_library_allows_them(qtbot: QtBot, data: DataPaths, tmp_path: Path) -> None:
    with Library(data) as library:
        window = _window(qtbot, library, tmp_path)
        changing = _changing(window)
        assert [name for name, action in changing.items() if not action.isEnabled()] == []
        assert window.welcome.import_button.isEnabled()
        assert note() not in _notes(window)
        window.close()
