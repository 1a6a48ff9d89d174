"""Bookmarks out of the window: export to a file the reader picks, and copy with citation."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from podreader.library.export import citation_markdown, export
from podreader.model import Bookmark
from podreader.ui.plain_text import warn

#: File dialog filter -> export format; the first is offered first.
FILTERS = {
    "Markdown (*.md)": "md",
    "JSON, to import again (*.json)": "json",
    "CSV, for spreadsheets (*.csv)": "csv",
}


def export_to_file(parent: QWidget, bookmarks: Sequence[Bookmark], start: Path) -> Path | None:
    """Ask for a file and write ``bookmarks`` there in the format its filter (or its suffix)
    names; the path written, or None when cancelled or refused with a message."""
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Export Bookmarks"),
        str(start / "bookmarks.md"),
        ";;".join(FILTERS),
    )
    if not path:
        return None
    by_suffix = {f".{fmt}": fmt for fmt in FILTERS.values()}
    target = Path(path)
    fmt = by_suffix.get(target.suffix.lower()) or FILTERS.get(chosen, "md")
    if target.suffix.lower() not in by_suffix:
        target = target.with_suffix(f".{fmt}")
    try:
        target.write_text(export(bookmarks, fmt), encoding="utf-8")
    except OSError as error:
        warn(
            parent,
            parent.tr("Export Bookmarks"),
            parent.tr(
                "The bookmarks could not be written to {path} ({why}); choose another place."
            ).format(path=target, why=error.strerror or error),
        )
        return None
    return target


def copy_with_citation(bookmark: Bookmark) -> str:
    """Put the bookmark's quote, counterpart, episode, podcast and date on the clipboard as
    Markdown; returns the text copied."""
    text = citation_markdown(bookmark)
    QGuiApplication.clipboard().setText(text)
    return text
