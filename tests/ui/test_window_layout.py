"""Layout (issue 13.8): grouped rows not clipped, a side bar that keeps a sane width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui.window_layout import SIDE_MIN_WIDTH
from tests.ui.summaries import episode, store
from tests.ui.window_fixtures import MakeWindow, data, make_window, shown_window

__all__ = ["data", "make_window"]


def test_grouped_rows_show_both_lines(make_window: MakeWindow, data: DataPaths) -> None:
    window = shown_window(make_window, data, episode(1), episode(2))
    panel = window.episodes
    panel.set_grouped(True)
    assert panel.select("episode-1")
    index: QModelIndex = panel.view.currentIndex()
    option = QStyleOptionViewItem()
    option.initFrom(panel.view)
    needed = panel.delegate.sizeHint(option, index).height()
    assert panel.view.visualRect(index).height() >= needed


def test_the_side_bar_keeps_its_width_as_a_panel_opens_and_closes(
    qtbot: QtBot, make_window: MakeWindow, data: DataPaths
) -> None:
    with Library(data) as library:
        store(library, episode(1))
    window = make_window()
    window.resize(900, 600)
    window.show()
    window.open_episode("episode-1")
    QApplication.processEvents()
    before = window.splitter.sizes()[0]
    assert before >= SIDE_MIN_WIDTH
    dock = window.bookmarks.parentWidget()
    dock.show()
    qtbot.waitUntil(lambda: dock.isVisible())
    QApplication.processEvents()
    assert window.splitter.sizes()[0] >= SIDE_MIN_WIDTH
    dock.hide()
    QApplication.processEvents()
    assert window.splitter.sizes()[0] == before
    window.splitter.setSizes([260, 640])  # the reader's own width is kept for the next start
    kept = window.splitter.sizes()[0]
    window.close()
    again = make_window()
    again.resize(900, 600)
    again.show()
    QApplication.processEvents()
    assert again.splitter.sizes()[0] == kept
