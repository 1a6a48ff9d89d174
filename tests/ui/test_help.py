"""Help: every shortcut listed, About with version, data folder and licences (issue 13.13)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from podreader import __version__
from podreader.ui.help import AboutDialog, ShortcutsDialog
from podreader.ui.main_window import MainWindow
from tests.ui.window_fixtures import MakeWindow, data, make_window

__all__ = ["data", "make_window"]

D = TypeVar("D", AboutDialog, ShortcutsDialog)


class _Opened(QObject):
    """Stands in for the file manager: records the URLs podreader asks to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[_Opened]:
    handler = _Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    window = make_window()
    window.show()
    return window


def _dialog(window: MainWindow, kind: type[D]) -> D:
    QApplication.processEvents()
    found = window.findChild(kind)
    assert isinstance(found, kind)
    return found


def test_keyboard_shortcuts_lists_every_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.search is not None)  # its Ctrl+Shift+F is listed too
    window.actions_.shortcuts.trigger()
    dialog = _dialog(window, ShortcutsDialog)
    table = dialog.table
    listed = [table.topLevelItem(i).text(1) for i in range(table.topLevelItemCount())]
    expected = {
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
    } - {""}
    assert len(expected) > 25
    missing = [k for k in expected if not any(k in row.split(" / ") for row in listed)]
    assert missing == []
    assert any("Shift+Enter" in row for row in listed)  # keys a widget handles itself
    dialog.close()


def test_about_shows_version_folder_and_licences(
    qtbot: QtBot, window: MainWindow, opened: _Opened
) -> None:
    window.actions_.about.trigger()
    dialog = _dialog(window, AboutDialog)
    assert __version__ in dialog.findChildren(type(dialog.folder))[0].text()
    assert str(window.library.paths.root) in dialog.folder.text()
    table = dialog.licences
    items = [table.topLevelItem(i) for i in range(table.topLevelItemCount())]
    rows = {item.text(0): item.text(2) for item in items}
    assert "PySide6-Essentials" in rows and "LGPL" in rows["PySide6-Essentials"]
    assert rows["qtawesome"] == "MIT"
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened.urls] == [str(window.library.paths.root)]
    dialog.close()


def test_help_menu_opens_the_data_folder(window: MainWindow, opened: _Opened) -> None:
    assert window.actions_.open_data in window.menuBar().actions()[-1].menu().actions()
    window.actions_.open_data.trigger()
    assert [u.toLocalFile() for u in opened.urls] == [str(window.library.paths.root)]
