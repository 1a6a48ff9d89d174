"""The application's window, built at start and built again in place while podreader runs.

Qt widgets keep the text they were made with, so a new interface language (View → Interface
Language) means a new window: :meth:`WindowHost.switch_language` replaces the installed
catalogues and builds one over the same open library, showing it where the old one was before
closing that, with the reader's place carried across (:mod:`podreader.ui.window_state`). While
an import or a re-analysis runs, the switch waits for it to end (and for a dialog it opens to
close) rather than stopping it. File → Recover Library goes through the same host: the damaged
library is rebuilt between closing the window and building the next.

``--lang`` chooses the language at start; a choice made in the menu then wins for the rest of
the session (and, being saved, at the next start without ``--lang``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from podreader.library.store import Library, LibraryError
from podreader.paths import DataPaths
from podreader.ui import settings as keys
from podreader.ui.language_menu import NATIVE_NAMES
from podreader.ui.main_window import MainWindow
from podreader.ui.settings import Settings
from podreader.ui.single_instance import Requests
from podreader.ui.theme import ThemeManager
from podreader.ui.translations import (
    QT_TRANSLATE_NOOP,
    choose_language,
    install_translators,
    translate_in,
    translated,
)
from podreader.ui.window_state import capture, place, resume

#: Shown, in the language to come, when the switch waits for a running job.
WAITING = QT_TRANSLATE_NOOP(
    "WindowHost", "The interface changes to {language} when the import or update finishes."
)


class WindowHost(QObject):
    """Owns the open library and its window; ``window`` is the one shown (None before
    :meth:`open` and after :meth:`close`)."""

    def __init__(
        self,
        app: QApplication,
        paths: DataPaths,
        settings: Settings,
        theme: ThemeManager | None,
        lang: str | None = None,
        requests: Requests | None = None,
    ) -> None:
        """``requests`` are the files later starts hand over (see single_instance): they go to
        whichever window is open."""
        super().__init__(app)
        self._app, self.paths, self.settings, self.theme = app, paths, settings, theme
        self._lang = lang  # --lang, until a choice in the menu replaces it
        self.language = choose_language(lang, settings.get(keys.LANGUAGE))
        self.waiting: str | None = None  # a language chosen during a running job
        self.library: Library | None = None
        self.window: MainWindow | None = None
        self._requests = requests
        install_translators(app, self.language)

    def open(self, paths: Sequence[Path] | None = None) -> bool:
        """Open the library and show its window, importing and opening ``paths`` if given
        (``podreader open``), else the episode read last; False, having said why, when the
        library cannot be opened."""
        library = open_library(self.paths, screenshot=False)
        if library is None:
            return False
        self.library = library
        restore_positions(library, self.settings)
        window = self._build()
        window.show()
        # After the first paint: the list shows at once, the episode's text a moment later.
        if not paths:
            QTimer.singleShot(0, window.restore_last_episode)
        if self._requests is not None:
            self._requests.attach(window, paths or [])  # this start's files first
        QTimer.singleShot(0, window.update_stale_analysis)
        return True

    def close(self) -> None:
        """Close the window and the library, backing up the reading positions."""
        if self._requests is not None:
            self._requests.detach()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.library is not None:
            back_up_positions(self.library, self.settings)
            self.library.close()
            self.library = None

    def _build(self) -> MainWindow:
        assert self.library is not None
        window = MainWindow(self.library, self.settings, self.theme)
        if self._lang is not None:
            window.language_menu.check(self._lang)
        window.language_menu.chosen.connect(self.switch_language)
        window.actions_.recover.triggered.connect(self._recover)
        window.imports.idle.connect(self._apply)  # a language waiting for a job
        self.window = window
        return window

    # -- the interface language -----------------------------------------------------------

    def switch_language(self, choice: str) -> None:
        """View → Interface Language chose ``choice`` ("" follows the system): rebuild the
        window in that language, now or when the running job ends."""
        self._lang = None
        language = choose_language(None, choice)
        window, waited = self.window, self.waiting
        self.waiting = None if language == self.language else language
        if window is None:
            return
        if self.waiting is None:
            if waited is not None:
                window.statusBar().clearMessage()  # no longer changes
        elif window.imports.busy():
            # Until the job's own message at its end replaces it: a long import may be left
            # running while the reader reads on.
            wording = translate_in(language, "WindowHost", WAITING)
            window.statusBar().showMessage(wording.format(language=NATIVE_NAMES[language]))
        else:
            QTimer.singleShot(0, self._apply)  # once the menu's own handling has returned

    def _apply(self) -> None:
        """Rebuild the window in the waiting language, unless a job runs or a dialog is open
        (then again when it closes)."""
        old = self.window
        if self.waiting is None or old is None or old.imports.busy():
            return
        dialog = QApplication.activeModalWidget() or next(
            (d for d in old.findChildren(QDialog) if d.isVisible()), None
        )
        if isinstance(dialog, QDialog):
            dialog.finished.connect(lambda _result: QTimer.singleShot(0, self._apply))
            return
        self.language, self.waiting = self.waiting, None
        state = capture(old)
        old.save_place_and_layout()  # what the new window starts from
        if self._requests is not None:
            self._requests.detach()
        install_translators(self._app, self.language)
        new = self._build()
        place(new, state)
        new.show()  # over the old one, at its place and size: no moment without a window
        if old.isActiveWindow():
            new.activateWindow()  # the keys typed next go on to the new one
        old.close()
        old.deleteLater()
        resume(new, state)
        if self._requests is not None:
            self._requests.attach(new)
        # Lay out what resume changed (the episode header's height) before the first paint,
        # which otherwise shows the header cut and the text a few lines off for a frame.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    # -- File → Recover Library -----------------------------------------------------------

    def _recover(self) -> None:
        from podreader.ui.recovery_dialog import recover_from_window, recover_library

        old, library = self.window, self.library
        if old is None or library is None or old.imports.refused():
            return  # (a job would end into a closed library)
        if not recover_from_window(old, library):
            return
        # The library was found damaged and moved aside: close the window, rebuild the
        # library, open the window again (a failed rebuild is offered again at that opening).
        quits = self._app.quitOnLastWindowClosed()
        self._app.setQuitOnLastWindowClosed(False)
        try:
            self.close()
            recover_library(self.paths, None)
            if not self.open():
                QCoreApplication.exit(1)
        finally:
            self._app.setQuitOnLastWindowClosed(quits)


def open_library(paths: DataPaths, *, screenshot: bool) -> Library | None:
    """The library, or ``None`` after saying why it cannot be opened; a damaged one is
    offered for a rebuild first (not for a ``screenshot``, which only prints why)."""
    from podreader.library.opening import LibraryDamaged
    from podreader.ui.plain_text import message_box
    from podreader.ui.recovery_dialog import offer_recovery

    try:
        return Library(paths)
    except LibraryDamaged as error:
        print(f"podreader: {error}", file=sys.stderr)
        if screenshot or not offer_recovery(paths, translated(error)):
            return None
    except LibraryError as error:
        print(f"podreader: {error}", file=sys.stderr)
        if not screenshot:
            message_box(None, QMessageBox.Icon.Critical, "podreader", translated(error)).exec()
        return None
    return open_library(paths, screenshot=screenshot)  # rebuilt


def back_up_positions(library: Library, settings: Settings) -> None:
    """Reading positions live in the settings file: keep a copy with the bookmark backup."""
    from podreader.library.backup import back_up

    if not library.read_only:
        back_up(library, settings.positions())


def restore_positions(library: Library, settings: Settings) -> None:
    """A lost or emptied settings file gets its reading positions back from the backup."""
    from podreader.library.backup import latest

    if settings.positions():
        return
    backup = latest(library.paths)
    for episode_id, paragraph in (backup.positions if backup else {}).items():
        settings.set_position(episode_id, paragraph)
