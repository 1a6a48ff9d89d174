"""Starting the window: the application object, the theme, the language, then the library and
its window (:class:`~podreader.ui.window_host.WindowHost`), or a screenshot of it.

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

    from podreader.ui.main_window import MainWindow
    from podreader.ui.window_host import WindowHost

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

    from PySide6.QtWidgets import QApplication

    from podreader import APP_ID
    from podreader.paths import data_paths
    from podreader.ui import settings as keys
    from podreader.ui.failures import FailureHook
    from podreader.ui.icons import app_icon
    from podreader.ui.settings import Settings
    from podreader.ui.single_instance import InstanceServer, Requests, hand_over, server_name
    from podreader.ui.theme import CHOICES, ThemeManager
    from podreader.ui.window_host import WindowHost

    paths = data_paths(args.data_dir)
    opened = getattr(args, "paths", None)  # podreader open PATH…
    name = server_name(paths)
    # Before the application object, which would connect to the display for nothing: a start
    # that hands its files to the open window is done in a tenth of a second.
    # (A screenshot is its own window, whatever else is open.)
    if not args.screenshot and hand_over(name, opened or []):
        return 0  # the window already open on this library took the files
    install_message_filter()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("podreader")
    app.setApplicationDisplayName("podreader")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    requests = None if args.screenshot else Requests(InstanceServer(name, app))
    settings = Settings(paths.settings)
    theme = ThemeManager(app)
    saved = settings.get(keys.THEME)
    theme.apply(args.theme or (saved if saved in CHOICES else "system"))
    host = WindowHost(app, paths, settings, theme, args.lang, requests)  # installs catalogues
    if requests is None:  # --screenshot
        return _screenshot(host, args)
    if not host.open(opened):
        return 1
    failures = FailureHook()  # a change that fails is shown, not printed
    try:
        return app.exec()
    finally:
        failures.remove()
        host.close()


def _screenshot(host: WindowHost, args: argparse.Namespace) -> int:
    """The window over the library, without search, captured to ``args.screenshot``."""
    from podreader.ui.main_window import MainWindow
    from podreader.ui.window_host import back_up_positions, open_library, restore_positions

    library = open_library(host.paths, screenshot=True)
    if library is None:
        return 1
    restore_positions(library, host.settings)
    window = MainWindow(library, host.settings, host.theme, background_search=False)
    try:
        return _capture(window, args)
    finally:
        window.close()
        window.deleteLater()
        back_up_positions(library, host.settings)
        library.close()


def _capture(window: MainWindow, args: argparse.Namespace) -> int:
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
