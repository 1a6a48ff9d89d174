"""View → Interface Language: follow the system's language or use one of the shipped ones.

The choice is kept in the settings (for the next start without ``--lang``) and announced with
``chosen``; the :class:`~podreader.ui.window_host.WindowHost` then rebuilds the window in that
language at once, since Qt widgets keep the text they were made with.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from podreader import INTERFACE_LANGUAGES
from podreader.ui import settings as keys
from podreader.ui.settings import Settings

#: Each language by its own name, untranslated: a reader looks for their language as they write it.
NATIVE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}


class LanguageMenu(QObject):
    """Fills ``menu`` with Follow System and the interface languages, checked as saved.

    Signal: ``chosen(code)`` when the reader picks one ("" for Follow System), even the one
    checked (with ``--lang`` the language shown need not be the one saved)."""

    chosen = Signal(str)

    def __init__(self, menu: QMenu, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.group = QActionGroup(self)
        saved = settings.get(keys.LANGUAGE)
        choices = [("", self.tr("Follow System"))]
        choices += [(code, NATIVE_NAMES[code]) for code in INTERFACE_LANGUAGES]
        for code, text in choices:
            action = QAction(text, self.group)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == saved or (code == "" and saved not in NATIVE_NAMES))
            menu.addAction(action)
        self.group.triggered.connect(self._chosen)

    def check(self, code: str) -> None:
        """Check the language shown when it is not the saved choice (``--lang``)."""
        for action in self.group.actions():
            action.setChecked(action.data() == code)

    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        self._settings.set(keys.LANGUAGE, code)
        self.chosen.emit(code)
