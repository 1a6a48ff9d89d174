"""What a drag onto the window carries that can be imported: local files and folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def importable_paths(mime: QMimeData) -> list[Path]:
    """Local files and folders among the dragged URLs; web links and plain text are ignored."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
