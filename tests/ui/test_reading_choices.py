"""Reading choices bound to the pane, the menu and the settings, with a stand-in pane."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from podreader.ui import settings as keys
from podreader.ui.reading_choices import ReadingChoices, track_label
from podreader.ui.settings import Settings
from podreader.ui.theme import ThemeChoice
from podreader.ui.window_actions import WindowActions


@dataclass
class StandInPane:
    mode: str = "side"
    size: int = 12
    serif: bool = False
    folded: bool = False
    tracks: list[str] = field(default_factory=lambda: ["zh-Hans", "summary"])
    track: str | None = "zh-Hans"

    def set_mode(self, mode: str) -> None:
        self.mode = mode

    def font_size(self) -> int:
        return self.size

    def set_font_size(self, pt: int) -> None:
        self.size = pt

    def zoom_in(self) -> None:
        self.size += 1

    def zoom_out(self) -> None:
        self.size -= 1

    def reset_zoom(self) -> None:
        self.size = 12

    def set_serif(self, serif: bool) -> None:
        self.serif = serif

    def set_sponsors_collapsed(self, collapsed: bool) -> None:
        self.folded = collapsed

    def other_track_keys(self) -> list[str]:
        return self.tracks

    def other_track(self) -> str | None:
        return self.track

    def set_other_track(self, key: str) -> None:
        self.track = key


@dataclass
class StandInTheme:
    choice: ThemeChoice = "system"

    def apply(self, choice: ThemeChoice) -> None:
        self.choice = choice


@pytest.fixture
def owner(qapp: QApplication) -> Iterator[QObject]:
    """Actions need an application object; no widget is made."""
    parent = QObject()
    yield parent
    parent.deleteLater()


def _choices(owner: QObject, path: Path) -> tuple[ReadingChoices, StandInPane, StandInTheme]:
    pane, theme = StandInPane(), StandInTheme()
    choices = ReadingChoices(pane, Settings(path), WindowActions(owner), theme, owner)
    choices.apply_saved()
    return choices, pane, theme


def test_choices_reach_pane_menu_and_settings(owner: QObject, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    choices, pane, theme = _choices(owner, path)
    assert pane.mode == "side" and choices.actions.mode["side"].isChecked()
    choices.set_mode("interleaved")
    choices.zoom(pane.zoom_in)
    choices.set_serif(True)
    choices.set_sponsors_collapsed(False)
    choices.set_theme("dark")
    assert choices.actions.mode["interleaved"].isChecked()
    assert theme.choice == "dark" and choices.actions.theme["dark"].isChecked()
    choices.settings.sync()

    again, pane2, _theme = _choices(owner, path)
    assert (pane2.mode, pane2.size, pane2.serif, pane2.folded) == ("interleaved", 13, True, False)
    assert again.actions.serif.isChecked() and not again.actions.sponsors.isChecked()
    assert again.settings.get(keys.THEME) == "dark"


def test_other_tracks_are_offered_and_the_saved_one_is_shown(
    owner: QObject, tmp_path: Path
) -> None:
    choices, pane, _theme = _choices(owner, tmp_path / "settings.ini")
    offered: list[list[QAction]] = []
    choices.otherTracksChanged.connect(offered.append)
    choices.set_other_track("summary")
    pane.track = "zh-Hans"  # the next episode opens on its first track
    choices.fill_other_tracks()
    assert pane.track == "summary"
    [actions] = offered
    assert [a.data() for a in actions] == ["zh-Hans", "summary"]
    assert [a.isChecked() for a in actions] == [False, True]
    assert actions[1].text() == track_label("summary")
