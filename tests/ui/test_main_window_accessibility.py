"""Every control of the main window can be named by a screen reader and reached by Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui.bookmark_dialog import BookmarkDialog
from podreader.ui.main_window import MainWindow
from tests.ui.summaries import episode, store
from tests.ui.window_fixtures import MakeWindow, data, make_window

__all__ = ["data", "make_window"]


def _focusable(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window)
    ]


def _name(widget: QWidget) -> str:
    """The name assistive technology reads: Qt's accessible interface falls back from the
    accessible name to a button's text, a label's buddy and the tool tip."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def _unnamed(window: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}"
        for w in _focusable(window)
        if not _name(w)
    ]


def window_reading(make_window: MakeWindow, data: DataPaths) -> MainWindow:
    """A shown window with the first of two episodes open and every docked panel shown."""
    with Library(data) as library:
        store(library, episode(1), episode(2))
    window = make_window()
    window.show()
    assert window.open_episode("episode-1")
    for dock in window.findChildren(QDockWidget):
        dock.show()  # the search and bookmarks panels
    return window


def test_every_focusable_control_of_an_empty_library_has_a_name(make_window: MakeWindow) -> None:
    window = make_window()
    window.show()
    assert _focusable(window)
    unnamed = _unnamed(window)
    assert unnamed == [], "\n".join(unnamed)


def test_every_focusable_control_with_an_episode_open_has_a_name(
    make_window: MakeWindow, data: DataPaths
) -> None:
    window = window_reading(make_window, data)
    unnamed = _unnamed(window)
    assert unnamed == [], "\n".join(unnamed)


def test_tab_reaches_the_episode_list_and_the_transcript(
    make_window: MakeWindow, data: DataPaths
) -> None:
    window = window_reading(make_window, data)
    window.episodes.filter.setFocus()
    seen = []
    for _ in range(len(_focusable(window)) + 1):
        widget = window.focusWidget()
        assert widget is not None
        seen.append(widget)
        window.focusNextChild()
    assert window.episodes.view in seen
    assert any(window.pane.isAncestorOf(w) for w in seen)


def test_every_control_of_the_bookmark_dialog_has_a_name(qtbot: QtBot) -> None:
    dialog = BookmarkDialog("a quote", "一句引文", color="#123456")
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(_focusable(dialog)) >= 8  # note, tags, six colours, OK, Cancel
    unnamed = _unnamed(dialog)
    assert unnamed == [], "\n".join(unnamed)
