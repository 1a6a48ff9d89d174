"""The Help menu's windows: About podreader."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from podreader import __version__


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        parent.tr("About podreader"),
        parent.tr(
            "<b>podreader {version}</b><p>Read your saved PodQuest podcast transcript "
            "pages offline: bilingual, searchable, bookmarkable.</p>"
        ).format(version=__version__),
    )
