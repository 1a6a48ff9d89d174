"""Every command of the main window as a QAction: text, shortcut, icon, checkability.

Ctrl+Shift+F (search the archive) and Ctrl+D (bookmark) are reserved for the search and
bookmark panels, which bring their own actions through ``MainWindow.add_panel``; Ctrl+F is the
transcript pane's own find action, placed in the Edit menu by the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from podreader.ui import icons
from podreader.ui.theme import CHOICES
from podreader.ui.translations import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey

#: Transcript pane modes with their menu text and shortcut.
MODES = (
    ("side", QT_TRANSLATE_NOOP("WindowActions", "Side by Side"), "Ctrl+1"),
    ("interleaved", QT_TRANSLATE_NOOP("WindowActions", "Interleaved"), "Ctrl+2"),
    ("transcript", QT_TRANSLATE_NOOP("WindowActions", "Transcript Only"), "Ctrl+3"),
    ("other", QT_TRANSLATE_NOOP("WindowActions", "Other Language Only"), "Ctrl+4"),
)
THEMES = {
    "system": QT_TRANSLATE_NOOP("WindowActions", "Follow System"),
    "light": QT_TRANSLATE_NOOP("WindowActions", "Light"),
    "dark": QT_TRANSLATE_NOOP("WindowActions", "Dark"),
}


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
        self.import_files = _action(self, self.tr("Import Files…"), Key.Open, "import_files")
        self.import_folder = _action(
            self, self.tr("Import Folder…"), "Ctrl+Shift+O", "import_folder"
        )
        self.samples = _action(self, self.tr("Open Sample Episodes"), None, "samples")
        self.recover = _action(self, self.tr("Recover Library…"), None, None)
        self.quit = _action(self, self.tr("Quit"), Key.Quit, "quit")
        self.filter = _action(self, self.tr("Filter Episodes"), "Ctrl+L", "filter")
        self.back = _action(self, self.tr("Back"), Key.Back, "back")
        self.forward = _action(self, self.tr("Forward"), Key.Forward, "forward")
        self.next_chapter = _action(self, self.tr("Next Chapter"), "Ctrl+Down", "next_chapter")
        self.previous_chapter = _action(
            self, self.tr("Previous Chapter"), "Ctrl+Up", "previous_chapter"
        )
        self.next_episode = _action(self, self.tr("Next Episode"), "Ctrl+PgDown")
        self.previous_episode = _action(self, self.tr("Previous Episode"), "Ctrl+PgUp")
        self.larger = _action(self, self.tr("Larger Text"), ["Ctrl+=", "Ctrl++"], "larger")
        self.smaller = _action(self, self.tr("Smaller Text"), "Ctrl+-", "smaller")
        self.actual_size = _action(self, self.tr("Actual Size"), "Ctrl+0")
        self.serif = _action(self, self.tr("Serif Font"), None, None, checkable=True)
        self.sponsors = _action(self, self.tr("Fold Sponsor Reads"), None, None, checkable=True)
        self.full_screen = _action(
            self, self.tr("Full Screen"), "F11", "fullscreen", checkable=True
        )
        self.about = _action(self, self.tr("About podreader"), None, "about")
        self.shortcuts = _action(self, self.tr("Keyboard Shortcuts"), "F1", "keyboard")
        self.open_data = _action(self, self.tr("Open Data Folder"), None, "folder")
        # No shortcut: Delete belongs to the focused list (the bookmarks panel uses it).
        self.delete_episode = _action(self, self.tr("Delete Episode…"), None, "delete")
        self.delete_episode.setEnabled(False)  # until an episode is open
        self.modes = QActionGroup(self)
        self.mode: dict[str, QAction] = {}
        for key, text, shortcut in MODES:
            action = _action(self, self.translated(text), shortcut, f"mode_{key}", checkable=True)
            action.setData(key)
            self.modes.addAction(action)
            self.mode[key] = action
        self.themes = QActionGroup(self)
        self.theme: dict[str, QAction] = {}
        for choice in CHOICES:
            action = _action(self, self.translated(THEMES[choice]), None, None, checkable=True)
            action.setData(choice)
            self.themes.addAction(action)
            self.theme[choice] = action
        self.other_tracks = QActionGroup(self)

    @staticmethod
    def translated(label: str) -> str:
        """A label of :data:`MODES` or :data:`THEMES` in the interface language."""
        return QCoreApplication.translate("WindowActions", label)
