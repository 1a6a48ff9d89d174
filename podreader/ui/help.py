"""The Help menu's windows: Keyboard Shortcuts, About podreader, and opening the data folder.

The shortcut list is read from the window's own actions when it opens, so it never disagrees
with what the keys do; only keys handled inside a widget (the find bar, the episode filter),
which have no action, are listed here by hand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from podreader import __version__
from podreader.ui.plain_text import message_box, plain_label

#: Keys a widget handles itself, with no action to read them from.
WIDGET_KEYS = (
    ("Find in Episode: next match / previous match", "Enter / Shift+Enter"),
    ("Find in Episode: close", "Escape"),
    ("Filter Episodes: into the list / open the match", "Down / Enter"),
    ("Filter Episodes: clear, then back to the list", "Escape"),
)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(command, keys) for every action under ``window`` that has a shortcut, in the order
    they were made, then the keys of :data:`WIDGET_KEYS`."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            command = action.text().replace("&", "").rstrip("…").strip()
            rows.setdefault(command, " / ".join(keys))
    return [*rows.items(), *WIDGET_KEYS]


def _table(parent: QWidget, headers: list[str], rows: Sequence[tuple[str, ...]]) -> QTreeWidget:
    table = QTreeWidget(parent)
    table.setHeaderLabels(headers)
    table.setRootIsDecorated(False)
    table.setAlternatingRowColors(True)
    table.addTopLevelItems([QTreeWidgetItem(list(row)) for row in rows])
    table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, with what it does."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table = _table(self, [self.tr("Command"), self.tr("Keys")], shortcut_rows(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


def licences() -> list[tuple[str, str, str]]:
    """(package, version, licence) of every library podreader depends on, from the installed
    packages' own metadata."""
    # Imported here: package metadata brings in the email parser, a few MB the first screen
    # does not need.
    from importlib.metadata import PackageNotFoundError, metadata, requires

    rows = []
    for requirement in requires("podreader") or []:
        if "extra ==" in requirement:
            continue  # test tools are not shipped
        found = re.match(r"[A-Za-z0-9._-]+", requirement)
        if found is None:
            continue
        name = found.group(0)
        try:
            meta = metadata(name)
        except PackageNotFoundError:
            rows.append((name, "", "not installed"))
            continue
        classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []]
        # A missing field reads as None (the metadata is an email message).
        licence = (
            (meta["License-Expression"] or "")
            or (meta["License"] or "").split("\n")[0]
            or next((c for c in classifiers if "License" in c), "")
            or "see the package"
        )
        rows.append((name, meta["Version"] or "", licence))
    return rows


def open_folder(parent: QWidget, folder: Path) -> bool:
    """Show ``folder`` in the system's file manager; a sentence saying where it is if not."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    message_box(
        parent,
        QMessageBox.Icon.Information,
        parent.tr("Data Folder"),
        parent.tr("The data folder could not be opened here; it is at {path}.").format(path=folder),
    ).exec()
    return False


class AboutDialog(QDialog):
    """The version, the data folder (with a button that opens it) and the licences."""

    def __init__(self, parent: QWidget, data_folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About podreader"))
        heading = QLabel(
            self.tr(
                "<b>podreader {version}</b><p>Read your saved PodQuest podcast transcript "
                "pages offline: bilingual, searchable, bookmarkable.</p>"
            ).format(version=__version__),
            self,
        )
        heading.setWordWrap(True)
        self.folder = plain_label(
            QLabel(self.tr("Your library and settings: {path}").format(path=data_folder), self)
        )
        self.folder.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open Data Folder"), self)
        self.open_button.clicked.connect(lambda: open_folder(self, data_folder))
        self.licences = _table(
            self, [self.tr("Library"), self.tr("Version"), self.tr("Licence")], licences()
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.folder)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("podreader is built on these libraries:"), self))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(560, 460)
