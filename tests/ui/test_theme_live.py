"""A theme switched while the window runs reaches every widget, icon and list (issue 13.1)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui import icons
from podreader.ui.main_window import MainWindow
from podreader.ui.settings import Settings
from podreader.ui.theme import ThemeManager, palette
from podreader.ui.transcript.highlights import Layer, layer_format
from tests.ui.summaries import episode, store
from tests.ui.window_fixtures import data

__all__ = ["data"]

Role = QPalette.ColorRole


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[ThemeManager]:
    before_palette, before_sheet = qapp.palette(), qapp.styleSheet()
    manager = ThemeManager(qapp)
    manager.apply("light")
    yield manager
    manager.deleteLater()
    qapp.setStyleSheet(before_sheet)
    qapp.setPalette(before_palette)


@pytest.fixture
def window(qtbot: QtBot, data: DataPaths, theme: ThemeManager) -> Iterator[MainWindow]:
    with Library(data) as library:
        store(library, episode(1), episode(2))
        window = MainWindow(library, Settings(data.settings), theme, background_search=False)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitUntil(lambda: window._painted)
        window.open_episode("episode-1", terms=["bees"])
        icons.refresh(window)
        yield window
        window.close()


def _dark(widget: QWidget, role: QPalette.ColorRole) -> bool:
    return widget.palette().color(role).lightness() < 100


def _icon_lightness(icon: QIcon) -> int:
    """Lightness of the icon's most opaque pixel (its glyph)."""
    image = icon.pixmap(24, 24).toImage()
    best = QColor(0, 0, 0, 0)
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > best.alpha():
                best = pixel
    assert best.alpha() > 0, "the icon is empty"
    return best.lightness()


def _looks(window: MainWindow) -> dict[str, bool]:
    """Whether each part is drawn dark (backgrounds) or light on dark (text, icons)."""
    text = window.pane.view()
    count = window.statusBar().findChildren(QLabel)[0]
    chapter = window.chapters.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    return {
        "pane": _dark(text.viewport(), Role.Base),
        "pane text": not _dark(text, Role.Text),
        "episode list": _dark(window.episodes.view.viewport(), Role.Base),
        "chapters": _dark(window.chapters.view.viewport(), Role.Base),
        "bookmarks": _dark(window.bookmarks, Role.Window),
        "status text": not _dark(count, Role.WindowText),
        "toolbar icon": _icon_lightness(window.actions_.back.icon()) > 128,
        "chapter icon": _icon_lightness(chapter) > 128,
        "search hit": _dark_highlight(text),
    }


def _dark_highlight(column: QWidget) -> bool:
    """Whether the column's search-term highlight is drawn in the dark palette's colours."""
    assert isinstance(column, QTextEdit)
    [term, *_] = column.extraSelections()
    expected = layer_format(Layer.TERM, palette(True)).background().color()
    return term.format.background().color() == expected


def test_switching_to_dark_and_back_while_running(window: MainWindow) -> None:
    assert not any(_looks(window).values())
    window.actions_.theme["dark"].trigger()
    assert _looks(window) == dict.fromkeys(_looks(window), True)
    window.actions_.theme["light"].trigger()
    assert not any(_looks(window).values())


def test_the_system_switch_is_followed_while_system_is_chosen(
    window: MainWindow, theme: ThemeManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    from podreader.ui import theme as theme_module

    window.actions_.theme["system"].trigger()
    monkeypatch.setattr(theme_module, "system_is_dark", lambda: True)
    theme._system_changed(Qt.ColorScheme.Dark)  # what the platform's colorSchemeChanged calls
    assert all(_looks(window).values())
    window.actions_.theme["light"].trigger()
    theme._system_changed(Qt.ColorScheme.Dark)  # a fixed choice ignores the system
    assert not any(_looks(window).values())
