"""Building a main window over a library in a temporary data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.model import Episode
from podreader.paths import DataPaths
from podreader.ui.main_window import MainWindow
from podreader.ui.settings import Settings
from tests.ui.summaries import store

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def data(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def make_window(qtbot: QtBot, data: DataPaths) -> Iterator[MakeWindow]:
    """Windows over ``data``, each with its own library connection, closed at the end."""
    opened: list[tuple[MainWindow, Library]] = []

    def make() -> MainWindow:
        library = Library(data)
        window = MainWindow(library, Settings(data.settings))
        qtbot.addWidget(window)
        window.resize(1200, 800)
        opened.append((window, library))
        return window

    yield make
    for window, library in opened:
        window.close()
        library.close()


def shown_window(make_window: MakeWindow, data: DataPaths, *episodes: Episode) -> MainWindow:
    """A shown window over a library that holds ``episodes``."""
    with Library(data) as library:
        store(library, *episodes)
    window = make_window()
    window.show()
    return window
