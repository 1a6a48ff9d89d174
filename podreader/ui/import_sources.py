"""Where imports come from: the file and folder dialogs (they remember the last folder) and
files dropped on the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QFileDialog, QWidget

from podreader.ui import settings as keys
from podreader.ui.settings import Settings


def choose_files(parent: QWidget, settings: Settings) -> list[Path]:
    """Pages picked in a file dialog (none when cancelled)."""
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        parent.tr("Import PodQuest Pages"),
        settings.get(keys.IMPORT_DIR),
        parent.tr(
            "Pages, transcripts and subscription lists (*.txt *.text *.html *.htm *.mhtml *.mht "
            "*.vtt *.srt *.json *.ttml *.xml *.opml);;All files (*)"
        ),
    )
    if files:
        settings.set(keys.IMPORT_DIR, str(Path(files[0]).parent))
    return [Path(f) for f in files]


def choose_folder(parent: QWidget, settings: Settings) -> list[Path]:
    """The folder picked in a folder dialog, as a list (empty when cancelled)."""
    folder = QFileDialog.getExistingDirectory(
        parent, parent.tr("Import a Folder of PodQuest Pages"), settings.get(keys.IMPORT_DIR)
    )
    if not folder:
        return []
    settings.set(keys.IMPORT_DIR, folder)
    return [Path(folder)]


def importable_paths(mime: QMimeData) -> list[Path]:
    """Local files and folders among the dragged URLs; web links and plain text are ignored."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
