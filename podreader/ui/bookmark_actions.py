"""What the window does with bookmarks: add one from the selection, confirm deleting an episode,
and the undoable edit and delete commands of the bookmarks panel.

These are functions and small command objects rather than window methods so that they are
tested without a main window, against a library in a temporary folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from podreader.library.anchoring import Anchor
from podreader.library.bookmarks import BookmarkError, BookmarkStore, new_bookmark
from podreader.library.export import markdown_files
from podreader.library.store import Library
from podreader.model import Bookmark, Episode
from podreader.ui.bookmark_dialog import BookmarkDialog
from podreader.ui.bookmark_export import write_or_warn
from podreader.ui.plain_text import message_box, warn
from podreader.ui.translations import translated
from podreader.ui.wording import bookmark_count


class Selection(Protocol):
    """What :meth:`TranscriptPane.selected_passage` returns (``PassageSelection``)."""

    @property
    def track(self) -> str: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def add_bookmark_from_selection(
    parent: QWidget | None, library: Library, episode: Episode, selection: Selection | None
) -> Bookmark | None:
    """Ask for a note and tags for the selected passage and save it; ``None`` if nothing saved."""
    if selection is None or not selection.text.strip():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("BookmarkActions", "Add Bookmark"),
            QCoreApplication.translate(
                "BookmarkActions",
                "Nothing is selected; select the words to bookmark in the transcript first.",
            ),
        )
        return None
    anchor = Anchor(selection.paragraph, selection.start, selection.end)
    try:
        bookmark = new_bookmark(episode, selection.track, anchor)
    except BookmarkError as error:
        title = QCoreApplication.translate("BookmarkActions", "Add Bookmark")
        warn(parent, title, translated(error))
        return None
    dialog = BookmarkDialog(bookmark.quote, bookmark.counterpart, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    bookmark = replace(bookmark, note=dialog.note(), tags=dialog.tags(), color=dialog.color())
    BookmarkStore(library).save(bookmark)
    return bookmark


def edited_bookmark(parent: QWidget | None, bookmark: Bookmark) -> Bookmark | None:
    """The bookmark as changed in the edit dialog; ``None`` when cancelled or left unchanged."""
    dialog = BookmarkDialog(
        bookmark.quote,
        bookmark.counterpart,
        note=bookmark.note,
        tags=bookmark.tags,
        color=bookmark.color,
        editing=True,
        parent=parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    values = (dialog.note(), dialog.tags(), dialog.color())
    if values == (bookmark.note, bookmark.tags, bookmark.color):
        return None
    return replace(
        bookmark,
        note=values[0],
        tags=values[1],
        color=values[2],
        updated=datetime.now(UTC),
    )


def confirm_delete_episode(parent: QWidget | None, library: Library, episode_id: str) -> bool:
    """Ask before deleting an episode; with bookmarks, offer to export them as Markdown first.

    Returns whether to go ahead; the caller deletes. Bookmarks themselves are never deleted with
    the episode (they come back if it is imported again), which the question says.
    """
    summary = library.summary(episode_id)
    title = summary.title if summary else episode_id
    count = library.bookmark_counts().get(episode_id, 0)
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("BookmarkActions", "Delete Episode"),
        QCoreApplication.translate("BookmarkActions", "Delete “{title}” from the library?").format(
            title=title
        ),
    )
    info = QCoreApplication.translate(
        "BookmarkActions", "Its original file stays kept, so you can import it again."
    )
    if count:
        info += QCoreApplication.translate("BookmarkActions", " {kept}").format(
            kept=kept_bookmarks(count)
        )
    box.setInformativeText(info)
    export = (
        box.addButton(
            QCoreApplication.translate("BookmarkActions", "Export Bookmarks and Delete…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        if count
        else None
    )
    delete = box.addButton(
        QCoreApplication.translate("BookmarkActions", "Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is delete:
        return True
    if clicked is not export or export is None:
        return False
    return _export_episode_bookmarks(parent, library, episode_id)


def kept_bookmarks(count: int) -> str:
    """What the delete question says of an episode's bookmarks, in good English at any count."""
    if count == 1:
        return QCoreApplication.translate(
            "BookmarkActions",
            "Its 1 bookmark stays in the library and returns if you import it again; "
            "you can also export it as Markdown now.",
        )
    return QCoreApplication.translate(
        "BookmarkActions",
        "Its {bookmarks} stay in the library and return if you import it again; "
        "you can also export them as Markdown now.",
    ).format(bookmarks=bookmark_count(count))


def _export_episode_bookmarks(parent: QWidget | None, library: Library, episode_id: str) -> bool:
    [(name, text)] = markdown_files(BookmarkStore(library).all(episode_id)).items()
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BookmarkActions", "Export Bookmarks"),
        str(Path.home() / name),
        QCoreApplication.translate("BookmarkActions", "Markdown (*.md)"),
    )
    if not path:
        return False
    refusal = QCoreApplication.translate(
        "BookmarkActions",
        "The bookmarks could not be written to {path} ({reason}); "
        "choose another place. The episode was not deleted.",
    )
    title = QCoreApplication.translate("BookmarkActions", "Export Bookmarks")
    return write_or_warn(parent, Path(path), text, title, refusal)


# -- undoable changes in the bookmarks panel ---------------------------------------------------


class _BookmarkCommand(QUndoCommand):
    """Writes one bookmark's before/after state to the library, then tells the panel."""

    def __init__(
        self,
        text: str,
        store: BookmarkStore,
        before: Bookmark | None,
        after: Bookmark | None,
        changed: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._store, self._before, self._after, self._changed = store, before, after, changed

    def redo(self) -> None:
        self._apply(self._before, self._after)

    def undo(self) -> None:
        self._apply(self._after, self._before)

    def _apply(self, old: Bookmark | None, new: Bookmark | None) -> None:
        if new is None:
            assert old is not None
            self._store.delete(old.id)
        else:
            self._store.save(new)
        shown = new or old
        assert shown is not None
        self._changed(shown.episode_id)


def delete_command(
    store: BookmarkStore, bookmark: Bookmark, changed: Callable[[str], None]
) -> QUndoCommand:
    return _BookmarkCommand(
        QCoreApplication.translate("BookmarkActions", "Delete Bookmark"),
        store,
        bookmark,
        None,
        changed,
    )


def edit_command(
    store: BookmarkStore, before: Bookmark, after: Bookmark, changed: Callable[[str], None]
) -> QUndoCommand:
    return _BookmarkCommand(
        QCoreApplication.translate("BookmarkActions", "Edit Bookmark"),
        store,
        before,
        after,
        changed,
    )


def add_command(
    store: BookmarkStore, bookmark: Bookmark, changed: Callable[[str], None]
) -> QUndoCommand:
    """Records an addition already saved; redoing it saves the same bookmark again (no-op)."""
    return _BookmarkCommand(
        QCoreApplication.translate("BookmarkActions", "Add Bookmark"),
        store,
        None,
        bookmark,
        changed,
    )
