"""View → Interface Language: follow the system's language or use one of the shipped ones.

The choice is kept in the settings and takes effect at the next start (``--lang`` still wins):
Qt widgets keep the text they were made with, so switching live would mean rebuilding the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QStatusBar

from podreader import INTERFACE_LANGUAGES
from podreader.ui import settings as keys
from podreader.ui.import_controller import MESSAGE_MS
from podreader.ui.settings import Settings

#: Each language by its own name, untranslated: a reader looks for their language as they write it.
NATIVE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}


class LanguageMenu(QObject):
    """Fills ``menu`` with Follow System and the interface languages, checked as saved."""

    def __init__(
        self, menu: QMenu, settings: Settings, status: QStatusBar, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._status = status
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

    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        if code == self._settings.get(keys.LANGUAGE):
            return
        self._settings.set(keys.LANGUAGE, code)
        self._status.showMessage(
            self.tr("The interface language changes when podreader starts again."), MESSAGE_MS
        )
