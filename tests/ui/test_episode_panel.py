"""The episode filter from the keyboard, and a visible focus mark (issue 13.6)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui.episode_panel import EpisodePanel
from podreader.ui.main_window import MainWindow
from podreader.ui.settings import Settings
from podreader.ui.theme import ThemeManager
from tests.ui.summaries import episode, store
from tests.ui.window_fixtures import data

__all__ = ["data"]


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, data: DataPaths) -> Iterator[MainWindow]:
    before_palette, before_sheet = qapp.palette(), qapp.styleSheet()
    theme = ThemeManager(qapp)  # the application's style sheet, as podreader runs
    theme.apply("light")
    with Library(data) as library:
        store(library, *(episode(n) for n in range(1, 6)))
        window = MainWindow(library, Settings(data.settings), theme, background_search=False)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.open_episode("episode-1")
        yield window
        window.close()
    theme.deleteLater()
    qapp.setStyleSheet(before_sheet)
    qapp.setPalette(before_palette)


def _filter(qtbot: QtBot, window: MainWindow, text: str) -> EpisodePanel:
    """Type ``text`` into the episode filter, reached by its shortcut's action."""
    window.actions_.filter.trigger()
    qtbot.keyClicks(window.episodes.filter, text)
    return window.episodes


def test_typing_filters_down_selects_and_enter_opens(qtbot: QtBot, window: MainWindow) -> None:
    panel = _filter(qtbot, window, "part 4")
    assert panel.proxy.rowCount() == 1
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)
    assert panel.view.hasFocus() and panel.selected_id() == "episode-4"
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.episode is not None and window.episode.id == "episode-4"


def test_enter_in_the_filter_opens_the_first_match(qtbot: QtBot, window: MainWindow) -> None:
    panel = _filter(qtbot, window, "part 3")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert window.episode is not None and window.episode.id == "episode-3"


def test_escape_clears_the_filter_then_leaves_it(qtbot: QtBot, window: MainWindow) -> None:
    panel = _filter(qtbot, window, "part 2")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    assert panel.filter.text() == "" and panel.proxy.rowCount() == 5
    assert panel.filter.hasFocus()
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    assert panel.view.hasFocus()


def _edge(widget: QWidget) -> list[int]:
    """The widget's outermost ring of pixels, where a focus mark is drawn."""
    image: QImage = widget.grab().toImage()
    w, h = image.width(), image.height()
    ring = [(x, 0) for x in range(w)] + [(0, y) for y in range(h)]
    ring += [(x, h - 1) for x in range(w)] + [(w - 1, y) for y in range(h)]
    return [image.pixel(x, y) for x, y in ring]


def test_every_focusable_widget_shows_keyboard_focus(qtbot: QtBot, window: MainWindow) -> None:
    window.bookmarks.parentWidget().show()
    kinds = (QAbstractItemView, QTextEdit, QLineEdit, QAbstractButton, QComboBox)
    targets = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisible()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.width() > 4
    ]
    assert len(targets) >= 6
    elsewhere = window.statusBar()
    elsewhere.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    unmarked = []
    for target in targets:
        elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(elsewhere.hasFocus)
        before = _edge(target)
        target.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(target.hasFocus)
        if _edge(target) == before:
            unmarked.append(f"{type(target).__name__} {target.objectName()}")
    assert unmarked == []
