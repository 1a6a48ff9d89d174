"""Starting the window: the application object, the theme, the library, then the window.

Only what the first screen needs is imported here; the import pipeline and the search engine
load later, on their own threads or when first used.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from podreader.library.store import Library
    from podreader.paths import DataPaths
    from podreader.ui.main_window import MainWindow
    from podreader.ui.settings import Settings

#: Qt messages that say nothing to a user: the offscreen platform (screenshots) cannot pass
#: size hints to a window manager it does not have, and says so on every window.
QUIET_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def install_message_filter() -> None:
    """Drop :data:`QUIET_MESSAGES`; every other Qt message goes on to the handler before."""
    from PySide6.QtCore import qInstallMessageHandler

    previous: Callable[[QtMsgType, QMessageLogContext, str], object] | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in QUIET_MESSAGES:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def run_app(args: argparse.Namespace) -> int:
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from podreader import APP_ID
    from podreader.paths import data_paths
    from podreader.ui import settings as keys
    from podreader.ui.failures import FailureHook
    from podreader.ui.icons import app_icon
    from podreader.ui.main_window import MainWindow
    from podreader.ui.recovery_dialog import RECOVER_EXIT, recover_library
    from podreader.ui.settings import Settings
    from podreader.ui.single_instance import InstanceServer, Requests, hand_over, server_name
    from podreader.ui.theme import CHOICES, ThemeManager
    from podreader.ui.translations import choose_language, install_translators

    install_message_filter()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("podreader")
    app.setApplicationDisplayName("podreader")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    paths = data_paths(args.data_dir)
    opened = getattr(args, "paths", None)  # podreader open PATH…
    requests = None
    if not args.screenshot:  # a screenshot is its own window, whatever else is open
        name = server_name(paths)
        if hand_over(name, opened or []):
            return 0  # the window already open on this library took the files
        requests = Requests(InstanceServer(name, app))
    settings = Settings(paths.settings)
    install_translators(app, choose_language(args.lang, settings.get(keys.LANGUAGE)))
    theme = ThemeManager(app)
    saved = settings.get(keys.THEME)
    choice = args.theme or (saved if saved in CHOICES else "system")
    theme.apply(choice)
    while True:
        library = _open_library(paths, args)
        if library is None:
            return 1
        _restore_positions(library, settings)
        window = MainWindow(library, settings, theme, background_search=not args.screenshot)
        try:
            if requests is None:  # --screenshot
                return _screenshot(window, args)
            window.show()
            # After the first paint: the list shows at once, the episode's text a moment later.
            if not opened:
                QTimer.singleShot(0, window.restore_last_episode)
            requests.attach(window, opened or [])
            opened = None  # not again in a window opened after a rebuild
            QTimer.singleShot(0, window.update_stale_analysis)
            failures = FailureHook()  # a change that fails is shown, not printed
            try:
                code = app.exec()
            finally:
                failures.remove()
        finally:
            if requests is not None:
                requests.detach()
            window.close()
            window.deleteLater()
            _back_up_positions(library, settings)
            library.close()
        if code != RECOVER_EXIT:
            return code
        # File > Recover Library found the library damaged (and moved it aside): rebuild it,
        # then open the window again; a failed rebuild is offered again at that opening.
        recover_library(paths, None)


def _open_library(paths: DataPaths, args: argparse.Namespace) -> Library | None:
    """The library, or ``None`` after saying why it cannot be opened; a damaged one is
    offered for a rebuild first."""
    from PySide6.QtWidgets import QMessageBox

    from podreader.library.opening import LibraryDamaged
    from podreader.library.store import Library, LibraryError
    from podreader.ui.plain_text import message_box
    from podreader.ui.recovery_dialog import offer_recovery
    from podreader.ui.translations import translated

    try:
        return Library(paths)
    except LibraryDamaged as error:
        print(f"podreader: {error}", file=sys.stderr)
        if args.screenshot or not offer_recovery(paths, translated(error)):
            return None
    except LibraryError as error:
        print(f"podreader: {error}", file=sys.stderr)
        if not args.screenshot:
            message_box(None, QMessageBox.Icon.Critical, "podreader", translated(error)).exec()
        return None
    return _open_library(paths, args)  # rebuilt


def _back_up_positions(library: Library, settings: Settings) -> None:
    """Reading positions live in the settings file: keep a copy with the bookmark backup."""
    from podreader.library.backup import back_up

    if not library.read_only:
        back_up(library, settings.positions())


def _restore_positions(library: Library, settings: Settings) -> None:
    """A lost or emptied settings file gets its reading positions back from the backup."""
    from podreader.library.backup import latest

    if settings.positions():
        return
    backup = latest(library.paths)
    for episode_id, paragraph in (backup.positions if backup else {}).items():
        settings.set_position(episode_id, paragraph)


def _screenshot(window: MainWindow, args: argparse.Namespace) -> int:
    from podreader.library.reanalysis import reanalyze_stale
    from podreader.ui.screenshot import capture, show

    if reanalyze_stale(window.library):  # at once: the picture shows the current reading view
        window.refresh_episodes()

    if args.mode:
        window.set_mode(args.mode)
    show(window, args.size)
    if args.episode:
        if not window.open_episode(args.episode):
            print(
                f"podreader: there is no episode {args.episode!r}; "
                "run 'podreader list' to see the ids.",
                file=sys.stderr,
            )
            return 1
    else:
        window.restore_last_episode()
    error = capture(window, Path(args.screenshot))
    if error:
        print(f"podreader: {error}", file=sys.stderr)
        return 1
    return 0
