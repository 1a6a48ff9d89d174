"""The panels' text grows and shrinks with the reading text (View → Larger / Smaller Text)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from podreader.paths import DataPaths
from podreader.ui.theme import ThemeManager
from podreader.ui.transcript.fonts import DEFAULT_POINT_SIZE
from tests.ui.test_main_window_accessibility import window_reading
from tests.ui.test_theme_live import theme
from tests.ui.window_fixtures import MakeWindow, data, make_window

__all__ = ["data", "make_window", "theme"]


def test_the_panels_text_follows_the_reading_text_size(
    make_window: MakeWindow, data: DataPaths, theme: ThemeManager
) -> None:
    """Under the application's style sheet, as the program runs, and across a theme switch."""
    window = window_reading(make_window, data)
    base = window.episodes.view.font().pointSizeF()
    assert window.bookmarks.font().pointSizeF() == base
    for _ in range(3):
        window.actions_.larger.trigger()
    larger = window.episodes.view.font().pointSizeF()
    assert larger > base
    assert window.chapters.view.font().pointSizeF() == larger
    assert window.bookmarks.font().pointSizeF() == larger  # a docked panel
    scale = window.pane.font_size() / DEFAULT_POINT_SIZE
    assert larger == pytest.approx(QApplication.font().pointSizeF() * scale, abs=0.05)
    theme.apply("dark")
    assert window.episodes.filter.font().pointSizeF() == larger
    window.actions_.actual_size.trigger()
    assert window.episodes.view.font().pointSizeF() == pytest.approx(base)
