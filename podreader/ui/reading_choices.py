"""The reader's choices — mode, text size, font, sponsor reads, other language, theme — bound to
the transcript pane, to the View menu's check marks and to the settings file.

Every choice goes through one method here, so the pane, the menu and the saved setting never
disagree. Tests use a stand-in pane and theme (no widgets).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from podreader.ui import settings as keys
from podreader.ui.settings import Settings
from podreader.ui.theme import CHOICES, ThemeChoice
from podreader.ui.window_actions import WindowActions
from podreader.ui.wording import language_name


class ReadingSurface(Protocol):
    """What the transcript pane offers for the reader's choices."""

    def set_mode(self, mode: str) -> None: ...
    def font_size(self) -> int: ...
    def set_font_size(self, pt: int) -> None: ...
    def zoom_in(self) -> None: ...
    def zoom_out(self) -> None: ...
    def reset_zoom(self) -> None: ...
    def set_serif(self, serif: bool) -> None: ...
    def set_sponsors_collapsed(self, collapsed: bool) -> None: ...
    def other_track_keys(self) -> list[str]: ...
    def other_track(self) -> str | None: ...
    def set_other_track(self, key: str) -> None: ...


class ThemeSwitch(Protocol):
    """What the :class:`~podreader.ui.theme.ThemeManager` offers."""

    @property
    def choice(self) -> ThemeChoice: ...
    def apply(self, choice: ThemeChoice) -> None: ...


class ReadingChoices(QObject):
    """Signal: ``otherTracksChanged(actions)`` with one checkable action per other track of
    the episode just opened, for the Other Language menu."""

    otherTracksChanged = Signal(list)

    def __init__(
        self,
        pane: ReadingSurface,
        settings: Settings,
        actions: WindowActions,
        theme: ThemeSwitch | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.settings = settings
        self.actions = actions
        self.theme = theme

    def apply_saved(self) -> None:
        """Set the pane and the menu's check marks from the settings file."""
        s, a = self.settings, self.actions
        mode = s.get(keys.MODE)
        self.set_mode(mode if mode in a.mode else "side")
        if s.get(keys.FONT_SIZE) > 0:
            self.pane.set_font_size(s.get(keys.FONT_SIZE))
        a.serif.setChecked(s.get(keys.SERIF))
        self.pane.set_serif(s.get(keys.SERIF))
        a.sponsors.setChecked(s.get(keys.SPONSORS_COLLAPSED))
        self.pane.set_sponsors_collapsed(s.get(keys.SPONSORS_COLLAPSED))
        if self.theme is not None:
            a.theme[self.theme.choice].setChecked(True)

    def set_mode(self, mode: str) -> None:
        """ "side", "interleaved", "transcript" or "other" (see the pane's MODES)."""
        self.pane.set_mode(mode)
        self.actions.mode[mode].setChecked(True)
        self.settings.set(keys.MODE, mode)

    def set_theme(self, choice: ThemeChoice) -> None:
        if self.theme is not None and choice in CHOICES:
            self.theme.apply(choice)
            self.actions.theme[choice].setChecked(True)
            self.settings.set(keys.THEME, choice)

    def zoom(self, change: Callable[[], None]) -> None:
        """Apply one of the pane's zoom steps (``pane.zoom_in`` …) and keep the new size."""
        change()
        self.settings.set(keys.FONT_SIZE, self.pane.font_size())

    def set_serif(self, serif: bool) -> None:
        self.pane.set_serif(serif)
        self.settings.set(keys.SERIF, serif)

    def set_sponsors_collapsed(self, collapsed: bool) -> None:
        self.pane.set_sponsors_collapsed(collapsed)
        self.settings.set(keys.SPONSORS_COLLAPSED, collapsed)

    def set_other_track(self, key: str) -> None:
        self.pane.set_other_track(key)
        self.settings.set(keys.OTHER_TRACK, key)

    def fill_other_tracks(self) -> None:
        """After an episode was opened: show the saved other track if it has one, and offer
        its other tracks (``otherTracksChanged``)."""
        group = self.actions.other_tracks
        for action in group.actions():
            group.removeAction(action)
            action.deleteLater()
        saved = self.settings.get(keys.OTHER_TRACK)
        if saved in self.pane.other_track_keys():
            self.pane.set_other_track(saved)
        for key in self.pane.other_track_keys():
            action = QAction(track_label(key), group)
            action.setCheckable(True)
            action.setData(key)
            action.setChecked(key == self.pane.other_track())
            group.addAction(action)
        self.otherTracksChanged.emit(group.actions())


def track_label(key: str) -> str:
    """Menu text for a track key: the Topics summary, or a language by its own name."""
    return "Topics Summary" if key == "summary" else language_name(key)
