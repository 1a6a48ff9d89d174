"""Every command of the main window as a QAction: text, shortcut, icon, checkability.

Ctrl+Shift+F (search the archive) and Ctrl+D (bookmark) are reserved for the search and
bookmark panels, which bring their own actions through ``MainWindow.add_panel``; Ctrl+F is the
transcript pane's own find action, placed in the Edit menu by the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from podreader.ui import icons
from podreader.ui.theme import CHOICES

Key = QKeySequence.StandardKey

#: Transcript pane modes with their menu text and shortcut.
MODES = (
    ("side", "Side by Side", "Ctrl+1"),
    ("interleaved", "Interleaved", "Ctrl+2"),
    ("transcript", "Transcript Only", "Ctrl+3"),
    ("other", "Other Language Only", "Ctrl+4"),
)
THEMES = {"system": "Follow System", "light": "Light", "dark": "Dark"}


def _action(
    parent: QObject,
    text: str,
    shortcut: str | Key | list[str] | None = None,
    icon: str | None = None,
    checkable: bool = False,
) -> QAction:
    action = QAction(text, parent)
    if isinstance(shortcut, list):
        action.setShortcuts([QKeySequence(s) for s in shortcut])
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        icons.bind(action, icon)
    action.setCheckable(checkable)
    return action


class WindowActions(QObject):
    """The window's actions, created once; the window wires them in ``_connect_signals``."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        tr = self.tr
        self.import_files = _action(self, tr("Import Files…"), Key.Open, "import_files")
        self.import_folder = _action(self, tr("Import Folder…"), "Ctrl+Shift+O", "import_folder")
        self.samples = _action(self, tr("Open Sample Episodes"), None, "samples")
        self.recover = _action(self, tr("Recover Library…"), None, None)
        self.quit = _action(self, tr("Quit"), Key.Quit, "quit")
        self.filter = _action(self, tr("Filter Episodes"), "Ctrl+L", "filter")
        self.back = _action(self, tr("Back"), Key.Back, "back")
        self.forward = _action(self, tr("Forward"), Key.Forward, "forward")
        self.next_chapter = _action(self, tr("Next Chapter"), "Ctrl+Down", "next_chapter")
        self.previous_chapter = _action(self, tr("Previous Chapter"), "Ctrl+Up", "previous_chapter")
        self.next_episode = _action(self, tr("Next Episode"), "Ctrl+PgDown")
        self.previous_episode = _action(self, tr("Previous Episode"), "Ctrl+PgUp")
        self.larger = _action(self, tr("Larger Text"), ["Ctrl+=", "Ctrl++"], "larger")
        self.smaller = _action(self, tr("Smaller Text"), "Ctrl+-", "smaller")
        self.actual_size = _action(self, tr("Actual Size"), "Ctrl+0")
        self.serif = _action(self, tr("Serif Font"), None, None, checkable=True)
        self.sponsors = _action(self, tr("Fold Sponsor Reads"), None, None, checkable=True)
        self.full_screen = _action(self, tr("Full Screen"), "F11", "fullscreen", checkable=True)
        self.about = _action(self, tr("About podreader"), None, "about")
        self.shortcuts = _action(self, tr("Keyboard Shortcuts"), "F1", "keyboard")
        self.open_data = _action(self, tr("Open Data Folder"), None, "folder")
        # No shortcut: Delete belongs to the focused list (the bookmarks panel uses it).
        self.delete_episode = _action(self, tr("Delete Episode…"), None, "delete")
        self.delete_episode.setEnabled(False)  # until an episode is open
        self.modes = QActionGroup(self)
        self.mode: dict[str, QAction] = {}
        for key, text, shortcut in MODES:
            action = _action(self, tr(text), shortcut, f"mode_{key}", checkable=True)
            action.setData(key)
            self.modes.addAction(action)
            self.mode[key] = action
        self.themes = QActionGroup(self)
        self.theme: dict[str, QAction] = {}
        for choice in CHOICES:
            action = _action(self, tr(THEMES[choice]), None, None, checkable=True)
            action.setData(choice)
            self.themes.addAction(action)
            self.theme[choice] = action
        self.other_tracks = QActionGroup(self)
