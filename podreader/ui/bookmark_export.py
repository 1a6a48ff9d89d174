"""Bookmarks out of the window: export to a file the reader picks, and copy with citation."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from podreader.library.export import citation_markdown, export
from podreader.model import Bookmark
from podreader.ui.plain_text import warn
from podreader.ui.translations import QT_TRANSLATE_NOOP

#: File dialog filter -> export format; the first is offered first.
FILTERS = {
    QT_TRANSLATE_NOOP("BookmarkExport", "Markdown (*.md)"): "md",
    QT_TRANSLATE_NOOP("BookmarkExport", "JSON, to import again (*.json)"): "json",
    QT_TRANSLATE_NOOP("BookmarkExport", "CSV, for spreadsheets (*.csv)"): "csv",
}


def export_to_file(parent: QWidget, bookmarks: Sequence[Bookmark], start: Path) -> Path | None:
    """Ask for a file and write ``bookmarks`` there in the format its filter (or its suffix)
    names; the path written, or None when cancelled or refused with a message."""
    filters = {QCoreApplication.translate("BookmarkExport", f): fmt for f, fmt in FILTERS.items()}
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BookmarkExport", "Export Bookmarks"),
        str(start / "bookmarks.md"),
        ";;".join(filters),
    )
    if not path:
        return None
    by_suffix = {f".{fmt}": fmt for fmt in FILTERS.values()}
    target = Path(path)
    fmt = by_suffix.get(target.suffix.lower()) or filters.get(chosen, "md")
    if target.suffix.lower() not in by_suffix:
        target = target.with_suffix(f".{fmt}")
    refusal = QCoreApplication.translate(
        "BookmarkExport",
        "The bookmarks could not be written to {path} ({reason}); choose another place.",
    )
    title = QCoreApplication.translate("BookmarkExport", "Export Bookmarks")
    return target if write_or_warn(parent, target, export(bookmarks, fmt), title, refusal) else None


def write_or_warn(
    parent: QWidget | None, target: Path, text: str, title: str, refusal: str
) -> bool:
    """Write ``text`` to ``target``; when the system refuses, say so in a message box titled
    ``title`` with ``refusal`` (translated, its ``{path}`` and ``{reason}`` filled in) and give
    False."""
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        warn(parent, title, refusal.format(path=target, reason=error.strerror or error))
        return False
    return True


def copy_with_citation(bookmark: Bookmark) -> str:
    """Put the bookmark's quote, counterpart, episode, podcast and date on the clipboard as
    Markdown; returns the text copied."""
    text = citation_markdown(bookmark)
    QGuiApplication.clipboard().setText(text)
    return text
