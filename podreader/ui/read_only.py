"""A library opened read-only (a backup disk, another user's folder) in the window.

Reading and searching work; every action that would change the library is disabled at start
and says why, so that no one types a bookmark note only to be refused when saving it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QStatusBar

_CONTEXT = "ReadOnly"


def note() -> str:
    """The status bar's lasting note."""
    return QCoreApplication.translate(_CONTEXT, "Read-only: the data folder cannot be written")


def cannot_change() -> str:
    """Why a changing action is disabled."""
    return QCoreApplication.translate(
        _CONTEXT,
        "The data folder cannot be written, so the library cannot be changed; "
        "make the folder writable and open podreader again.",
    )


def disable(actions: Iterable[QAction | QAbstractButton]) -> None:
    """Disable what would change the library, each saying why when pointed at."""
    reason = cannot_change()
    for action in actions:
        action.setEnabled(False)
        action.setToolTip(reason)
        action.setStatusTip(reason)


def add_note(status: QStatusBar) -> QLabel:
    """A permanent note, so that messages come and go beside it."""
    label = QLabel(note(), status)
    label.setToolTip(cannot_change())
    status.addPermanentWidget(label)
    return label
