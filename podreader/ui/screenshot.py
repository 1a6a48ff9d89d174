"""``podreader --screenshot FILE.png``: the window as a user would see it, written to a file.

Used to look at the window without a display (the offscreen platform) and in the docs. Beside
``FILE.png`` goes ``FILE.png.json``, the rows visible in the picture with the top of each
side's text in window pixels, so tests check that rows are level without reading pixels.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSize
from PySide6.QtWidgets import QApplication

from podreader.ui.main_window import MainWindow

SIZE = QSize(1440, 900)


def _settle() -> None:
    """Let layouts, deferred scrolls and the first paint happen."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for _ in range(3):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def show(window: MainWindow, size: tuple[int, int] | None = None) -> None:
    """Show the window at the screenshot size before it opens an episode, as a user would."""
    window.resize(QSize(*size) if size else SIZE)
    window.show()
    _settle()


def capture(window: MainWindow, target: Path) -> str | None:
    """Render the shown window to ``target``; an error sentence, or None when written."""
    _settle()
    if not window.grab().save(str(target)):
        return f"The screenshot could not be written to {target}; check the folder and the name."
    rows = {"rows": window.pane.visible_rows(window)}
    described = target.with_name(target.name + ".json")
    try:
        described.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    except OSError:
        return f"The row positions could not be written to {described}; check the folder."
    return None
