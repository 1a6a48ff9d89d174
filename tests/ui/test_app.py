"""What the window does at startup besides showing itself: old reading views, quiet Qt noise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QToolBar
from pytestqt.logging import QtLoggingPlugin
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.text.analysis import ANALYSIS_VERSION
from podreader.ui import icons
from podreader.ui.app import QUIET_MESSAGES, install_message_filter
from tests.ui.summaries import episode, store
from tests.ui.window_fixtures import MakeWindow, data, make_window

__all__ = ["data", "make_window"]


def test_stale_reading_views_are_updated_in_the_background(
    qtbot: QtBot, make_window: MakeWindow, data: DataPaths
) -> None:
    with Library(data) as library:
        store(library, episode(1), episode(2))  # stored as analysis version 0
    window = make_window()
    window.show()
    window.open_episode("episode-1")
    with qtbot.waitSignal(window.imports.reanalysed, timeout=20_000) as done:
        assert window.update_stale_analysis()
    assert done.args == [2]
    assert "2 episode" in window.statusBar().currentMessage()
    assert window.library.stale_analysis(ANALYSIS_VERSION) == []
    assert window.episode is not None and window.episode.id == "episode-1"
    # The open episode shows the new reading view: rows of sentences beside the summary.
    assert window.episode.rows["summary"]
    assert len(window.pane.view().rows()) == len(window.episode.rows["summary"])
    with qtbot.waitSignal(window.imports.reanalysed, timeout=20_000) as again:
        assert window.update_stale_analysis()
    assert again.args == [0]  # nothing left to do


def test_icons_are_drawn_after_the_first_paint(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow
) -> None:
    monkeypatch.setattr(icons, "_loaded", False)  # as in a fresh process
    window = make_window()
    assert _blank(window.actions_.import_files.icon())  # bound, not drawn yet
    window.show()
    qtbot.waitUntil(lambda: not _blank(window.actions_.import_files.icon()))
    assert not _blank(window.bookmark_controller.add_action.icon())


def _blank(icon: QIcon) -> bool:
    """Whether the icon draws nothing (the stand-in before the icon font is loaded)."""
    image = icon.pixmap(16, 16).toImage()
    return all(
        image.pixelColor(x, y).alpha() == 0
        for x in range(image.width())
        for y in range(image.height())
    )


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_only_the_offscreen_size_hint_message_is_dropped(qtlog: QtLoggingPlugin) -> None:
    install_message_filter()
    qWarning(QUIET_MESSAGES[0])
    qWarning("a message worth seeing")
    assert [r.message for r in qtlog.records] == ["a message worth seeing"]


def test_search_starts_after_the_first_paint_but_not_for_a_window_already_closed(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    shown = make_window()
    shown.show()
    qtbot.waitUntil(lambda: shown.search is not None)
    closed = make_window()
    closed.show()
    closed.close()  # before its deferred set-up ran: quitting must not start a thread
    closed._after_first_paint()
    assert closed.search is None


def test_the_first_frame_is_the_real_layout(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow, data: DataPaths
) -> None:
    """No welcome page and no text-only toolbar flash while a library opens (issue 13.7)."""
    with Library(data) as library:
        store(library, episode(1), episode(2))
    monkeypatch.setattr(icons, "_loaded", False)  # as in a fresh process
    window = make_window()
    toolbar = window.findChild(QToolBar, "main-toolbar")
    button = toolbar.widgetForAction(window.actions_.import_files)
    window.show()
    first_frame = button.sizeHint()
    assert window.stack.currentWidget() is window.pane  # not the welcome page
    qtbot.waitUntil(lambda: not _blank(window.actions_.import_files.icon()))
    assert button.sizeHint() == first_frame  # icons replace blank squares, not text
