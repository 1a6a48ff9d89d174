"""Light and dark looks on the Fusion style, following the system's colour scheme by default.

Fusion draws the same on every platform and takes its colours entirely from the palette, so
one hand-made dark palette gives a dark window everywhere, including where the native style has
no dark variant.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ThemeChoice = Literal["system", "light", "dark"]
CHOICES: tuple[ThemeChoice, ...] = ("system", "light", "dark")

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# Role -> (light, dark). Accent is a calm teal that reads well on both backgrounds.
_COLOURS: dict[QPalette.ColorRole, tuple[str, str]] = {
    _Role.Window: ("#f4f4f2", "#232527"),
    _Role.WindowText: ("#1d1f21", "#e3e3e0"),
    _Role.Base: ("#ffffff", "#1b1c1e"),
    _Role.AlternateBase: ("#f0f0ec", "#26282b"),
    _Role.ToolTipBase: ("#fffbe6", "#34373b"),
    _Role.ToolTipText: ("#1d1f21", "#e3e3e0"),
    _Role.PlaceholderText: ("#8a8d91", "#7d8185"),
    _Role.Text: ("#1d1f21", "#e3e3e0"),
    _Role.Button: ("#ebebe7", "#2e3033"),
    _Role.ButtonText: ("#1d1f21", "#e3e3e0"),
    _Role.BrightText: ("#c62828", "#ff6e6e"),
    _Role.Light: ("#ffffff", "#3a3d41"),
    _Role.Midlight: ("#e2e2de", "#303236"),
    _Role.Mid: ("#c4c4c0", "#45484c"),
    _Role.Dark: ("#a0a09c", "#151617"),
    _Role.Shadow: ("#6d6d6a", "#0b0b0c"),
    _Role.Highlight: ("#1f7a74", "#2f9e94"),
    _Role.HighlightedText: ("#ffffff", "#ffffff"),
    _Role.Link: ("#16646a", "#6cc6bd"),
    _Role.LinkVisited: ("#5b4a8a", "#a89ad8"),
    _Role.Accent: ("#1f7a74", "#2f9e94"),
}
_DISABLED: dict[QPalette.ColorRole, tuple[str, str]] = {
    _Role.WindowText: ("#9a9c9f", "#6c6f73"),
    _Role.Text: ("#9a9c9f", "#6c6f73"),
    _Role.ButtonText: ("#9a9c9f", "#6c6f73"),
    _Role.Highlight: ("#b9c9c7", "#3d4a49"),
}


def palette(dark: bool) -> QPalette:
    pal = QPalette()
    which = 1 if dark else 0
    for role, pair in _COLOURS.items():
        pal.setColor(role, QColor(pair[which]))
    for role, pair in _DISABLED.items():
        pal.setColor(_Group.Disabled, role, QColor(pair[which]))
    return pal


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: ThemeChoice) -> bool:
    return system_is_dark() if choice == "system" else choice == "dark"


def _stylesheet() -> str:
    """Small touches the palette cannot express (row padding, splitter handles)."""
    return (files("podreader.resources") / "styles" / "app.qss").read_text(encoding="utf-8")


class ThemeManager(QObject):
    """Applies a theme choice and re-applies it when the system switches while on "system".

    Widgets that paint with palette colours follow by themselves; icons are pictures in a fixed
    colour, so :attr:`changed` (argument: the new look is dark) tells their owners to redraw them.
    """

    changed = Signal(bool)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.choice: ThemeChoice = "system"
        app.setStyle("Fusion")
        app.setStyleSheet(_stylesheet())
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply(self, choice: ThemeChoice) -> None:
        self.choice = choice
        self._app.setPalette(palette(is_dark(choice)))
        # Widgets a style sheet rule applies to (lists, the status bar, the transcript's text
        # views) keep the palette they were polished with; setting the sheet again re-polishes
        # every widget with the new palette. Without it a live switch left them in the old look.
        sheet = self._app.styleSheet()
        self._app.setStyleSheet("")
        self._app.setStyleSheet(sheet)
        self.changed.emit(is_dark(choice))

    @property
    def dark(self) -> bool:
        return is_dark(self.choice)

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply("system")
