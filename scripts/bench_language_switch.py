#!/usr/bin/env python3
"""How long View → Interface Language takes: from the menu's choice to the new window painted.

    python scripts/bench_language_switch.py --data-dir DIR [--runs 3]

Opens the window over an existing data folder (say, the bundled samples imported with
``podreader --data-dir DIR import resources/samples``, or a generated archive), lets the start's
own work end (re-analysis, the search index check), opens the episode read last, then switches
en → zh_CN → zh_TW → en through the real menu action ``--runs`` times and reports, per switch:

- painted: from the action to the new window's transcript painted for the first time, with
  the episode at its place (the old window closed);
- back: to the end of the event-loop pass that ran the switch (the interface answers again).

Run it under a display (Xvfb) for a real window, or with ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from podreader.paths import data_paths
from podreader.ui import settings as keys
from podreader.ui.main_window import MainWindow
from podreader.ui.settings import Settings
from podreader.ui.window_host import WindowHost

LANGUAGES = ("zh_CN", "zh_TW", "en")


class Painted(QObject):
    """Notes when the transcript of a window other than ``old`` is first painted (installed
    on the application: the new window may paint before the switch returns)."""

    def __init__(self, old: MainWindow) -> None:
        super().__init__()
        self.old = old
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            ours = isinstance(window, MainWindow) and window is not self.old
            if ours and watched is window.pane.view().viewport():  # type: ignore[attr-defined]
                self.at = time.perf_counter()
        return False


def _until(app: QApplication, done: object, timeout: float = 120.0) -> None:
    end = time.perf_counter() + timeout
    while not done() and time.perf_counter() < end:  # type: ignore[operator]
        app.processEvents()
    if not done():  # type: ignore[operator]
        raise SystemExit(f"timed out waiting for {done}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication([])
    paths = data_paths(args.data_dir)
    settings = Settings(paths.settings)
    settings.set(keys.LANGUAGE, "en")
    host = WindowHost(app, paths, settings, None)
    assert host.open()
    window = host.window
    assert window is not None
    _until(app, lambda: window.episode is not None and window.search is not None)
    _until(app, lambda: not window.imports.busy() and not window.search.worker.is_running())  # type: ignore[union-attr]
    count = window.episodes.total()
    back, painted = [], []
    for _ in range(args.runs):
        for code in LANGUAGES:
            old = host.window
            assert old is not None
            action = next(a for a in old.language_menu.group.actions() if a.data() == code)
            watch = Painted(old)
            app.installEventFilter(watch)
            start = time.perf_counter()
            action.trigger()
            _until(app, lambda: host.window is not old)  # noqa: B023
            new = host.window
            assert new is not None and new.episode is not None
            back.append(time.perf_counter() - start)
            _until(app, lambda: watch.at is not None)  # noqa: B023
            assert watch.at is not None
            painted.append(watch.at - start)
            app.removeEventFilter(watch)
    host.close()
    print(f"{count} episodes, {len(back)} switches")
    for name, times in (("painted", painted), ("back", back)):
        ms = [t * 1000 for t in times]
        print(f"{name}: median {statistics.median(ms):.0f} ms, worst {max(ms):.0f} ms")


if __name__ == "__main__":
    main()
