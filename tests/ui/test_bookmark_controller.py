"""The whole bookmark flow in the reading window: select, Ctrl+D, note, panel, open again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from podreader.library.anchoring import Anchor
from podreader.library.bookmarks import BookmarkStore, new_bookmark
from podreader.library.store import Library
from podreader.model import Mark
from podreader.paths import DataPaths
from podreader.ui.bookmark_controller import BookmarkController
from podreader.ui.bookmark_dialog import BookmarkDialog
from podreader.ui.bookmarks_panel import BookmarksPanel
from podreader.ui.main_window import MainWindow
from tests.library.bookmark_texts import EPISODE_ID, READING, SUMMARY, episode, store
from tests.ui.window_fixtures import MakeWindow, data, make_window

__all__ = ["data", "make_window"]  # fixtures used by name below


@pytest.fixture
def window(qtbot: QtBot, data: DataPaths, make_window: MakeWindow) -> Iterator[MainWindow]:
    with Library(data) as library:
        store(library, episode())
    win = make_window()
    win.show()
    qtbot.waitExposed(win)
    assert win.open_episode(EPISODE_ID)
    yield win


def test_select_ctrl_d_note_panel_and_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    panel: BookmarksPanel = window.bookmarks
    start = READING[1].index("the hardest part")
    window.pane.select_text("transcript", 1, start, start + len("the hardest part"))

    def fill(dialog: BookmarkDialog) -> int:
        assert dialog.counterpart.text() == SUMMARY[1]
        dialog.note_edit.setPlainText("the paperwork!")
        dialog.tags_edit.setText("policy")
        dialog.set_color("#7fb3ff")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BookmarkDialog, "exec", fill)
    marks: list[list[Mark]] = []
    monkeypatch.setattr(window.pane, "set_marks", marks.append)
    qtbot.keyClick(window.pane.view(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    [bookmark] = BookmarkStore(window.library).all()
    assert (bookmark.quote, bookmark.note, bookmark.tags) == (
        "the hardest part",
        "the paperwork!",
        ["policy"],
    )
    assert [b.id for b in panel.visible_bookmarks()] == [bookmark.id]
    assert marks[-1] == [("transcript", 1, start, start + 16, "#7fb3ff")]  # in its own colour

    window.pane.select_text("transcript", 0, 0, 7)  # move away, then open the bookmark
    with qtbot.waitSignal(panel.bookmarkActivated) as signal:
        panel.select(bookmark.id)
        panel.view.setFocus()
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert signal.args == [EPISODE_ID, "transcript", 1, start, start + 16]
    selected = window.pane.selected_passage()
    assert selected is not None and selected.text == "the hardest part"

    panel.undo_action.trigger()  # undoing the add removes the bookmark and its mark
    assert BookmarkStore(window.library).all() == []
    assert marks[-1] == []


def test_opening_a_summary_bookmark_shows_that_track(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    window.set_mode("transcript")
    window.pane.set_mode("side")
    start = SUMMARY[2].index("小岛")
    window.pane.select_text("summary", 2, start, start + 4)
    monkeypatch.setattr(BookmarkDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    controller: BookmarkController = window.bookmark_controller
    bookmark = controller.add_from_selection()
    assert bookmark is not None and (bookmark.track, bookmark.quote) == ("summary", "小岛小镇")
    window.set_mode("transcript")
    controller.open_place(EPISODE_ID, "summary", 2, start, start + 4)
    assert window.pane.mode() == "side"
    selected = window.pane.selected_passage()
    assert selected is not None and (selected.track, selected.text) == ("summary", "小岛小镇")


def test_the_window_offers_bookmarking_in_its_menus(window: MainWindow) -> None:
    add = window.bookmark_controller.add_action
    assert add in window.edit_menu.actions()
    assert add.shortcut().toString() == "Ctrl+D"
    menu = window.pane.view().context_menu(QPoint(5, 5))
    assert add in menu.actions()
    toggles = {a.text(): a for a in window.panels_menu.actions()}
    assert toggles["Bookmarks"].shortcut().toString() == "Ctrl+Shift+B"


def test_reimport_reloads_the_panel(window: MainWindow) -> None:
    with Library(window.library.paths) as other:  # a bookmark saved by another connection
        BookmarkStore(other).save(new_bookmark(episode(), "transcript", Anchor(0, 0, 7)))
    assert window.bookmarks.visible_bookmarks() == []
    window.episodesChanged.emit([EPISODE_ID])
    assert [b.quote for b in window.bookmarks.visible_bookmarks()] == ["Welcome"]
