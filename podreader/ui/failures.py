"""A change the window makes that fails is answered in one sentence, not a traceback on stderr.

Deleting an episode and saving, editing or deleting a bookmark write to the library from a
slot on the GUI thread; in a read-only data folder or on a full disk the write fails, and an
exception that leaves a Qt slot only reaches ``sys.excepthook`` (stderr). The hook shows the
library's failures in a message box with the sentence the command line gives for them; any
other exception is a bug and goes on to the hook before.
"""

from __future__ import annotations

import sqlite3
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication

from podreader.library.opening import LibraryError, database_problem
from podreader.ui.plain_text import warn
from podreader.ui.translations import translated


def failure_sentence(error: BaseException) -> str | None:
    """The sentence for a failed change of the library, or ``None`` for any other error."""
    if isinstance(error, LibraryError):
        return translated(error)
    if isinstance(error, sqlite3.Error):
        return translated(database_problem(error))
    return None


class FailureHook:
    """``sys.excepthook`` while the window runs: installed once, removed by :meth:`remove`."""

    def __init__(self) -> None:
        self.previous = sys.excepthook
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        text = failure_sentence(error)
        if text is None:
            self.previous(kind, error, tb)
            return
        print(f"podreader: {text}", file=sys.stderr)
        warn(QApplication.activeWindow(), "podreader", text)

    def remove(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous
