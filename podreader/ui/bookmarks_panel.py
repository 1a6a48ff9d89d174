"""The bookmarks panel: every bookmark in the library, filtered, opened, edited, deleted, undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from podreader.library.bookmarks import BookmarkStore
from podreader.library.store import Library
from podreader.model import Bookmark
from podreader.ui import icons
from podreader.ui.bookmark_actions import add_command, delete_command, edit_command, edited_bookmark
from podreader.ui.bookmark_export import copy_with_citation, export_to_file
from podreader.ui.bookmark_model import (
    BOOKMARK_ROLE,
    BookmarkFilterProxy,
    BookmarkModel,
    Column,
)
from podreader.ui.plain_text import plain_label
from podreader.ui.wording import bookmark_count

Index = QModelIndex | QPersistentModelIndex


class BookmarksPanel(QWidget):
    """Lists the library's bookmarks; the window shows it in a dock or a side tab.

    Signals: ``bookmarkActivated(episode_id, track, paragraph, start, end)`` when the reader
    opens a bookmark (double-click or Enter) whose passage is placed - a detached one shows a
    note in the panel instead; ``bookmarksChanged(episode_id)`` after an edit, delete, undo or
    redo, so the window can refresh the pane's marks and the episode list's counts.

    ``undo_action`` (Ctrl+Z), ``redo_action``, ``edit_action`` (F2), ``copy_action``
    (Ctrl+Shift+C, copy with citation) and ``delete_action`` (Delete) work while the panel has
    focus; the window may also put them in its menus. The Export button writes all bookmarks,
    or those the filters show, as Markdown, JSON or CSV.
    """

    bookmarkActivated = Signal(str, str, int, int, int)
    bookmarksChanged = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = BookmarkStore(library)
        self._writable = not library.read_only  # else the window disables edit and delete
        self.model = BookmarkModel(self)
        self.proxy = BookmarkFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.undo_stack = QUndoStack(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter bookmarks"))
        self.filter.setClearButtonEnabled(True)
        self.episodes = QComboBox(self)
        self.episodes.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.episodes.setMinimumContentsLength(12)
        self.tags = QComboBox(self)
        self.export_button = QToolButton(self)
        self.export_button.setToolTip(self.tr("Export bookmarks as Markdown, JSON or CSV"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setAutoRaise(True)
        icons.bind(self.export_button, "export")
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the library's order until asked
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(Column.QUOTE, QHeaderView.ResizeMode.Stretch)
        self.status = plain_label(QLabel(self))
        self.status.setWordWrap(True)
        self.status.hide()
        self._make_actions()
        top = QHBoxLayout()
        top.setContentsMargins(6, 6, 6, 2)
        top.addWidget(self.filter, 1)
        top.addWidget(self.episodes)
        top.addWidget(self.tags)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self._connect_signals()
        self.reload()

    def _make_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence) -> QAction:
            made = QAction(text, self)
            made.setShortcut(shortcut)
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(made)
            return made

        key = QKeySequence.StandardKey
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence(key.Redo))
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.redo_action)
        self.edit_action = action(self.tr("Edit Bookmark…"), QKeySequence("F2"))
        self.copy_action = action(self.tr("Copy with Citation"), QKeySequence("Ctrl+Shift+C"))
        self.delete_action = action(self.tr("Delete Bookmark"), QKeySequence(key.Delete))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.edit_action, self.copy_action, self.delete_action])
        menu = QMenu(self)
        self.export_all_action = menu.addAction(self.tr("Export All Bookmarks…"))
        self.export_shown_action = menu.addAction(self.tr("Export Shown Bookmarks…"))
        self.export_button.setMenu(menu)

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self.proxy.set_text)
        self.episodes.currentIndexChanged.connect(
            lambda _i: self.proxy.set_episode(self.episodes.currentData())
        )
        self.tags.currentIndexChanged.connect(
            lambda _i: self.proxy.set_tag(self.tags.currentData())
        )
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.copy_action.triggered.connect(self.copy_selected)
        self.export_all_action.triggered.connect(lambda: self.export(self.store.all()))
        self.export_shown_action.triggered.connect(lambda: self.export(self.visible_bookmarks()))

    # -- data -------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Re-read the library (after an import or a bookmark added elsewhere)."""
        current = self.selected()
        keep = select or (current.id if current else None)
        self.model.set_bookmarks(self.store.all())
        self._fill_choices()
        if keep:
            self.select(keep)
        self._update_actions()

    def _fill_choices(self) -> None:
        episode, tag = self.proxy.episode(), self.tags.currentData()
        for combo, items, everything in (
            (self.episodes, self.model.episodes(), self.tr("All episodes")),
            (self.tags, [(t, f"#{t}") for t in self.model.tags()], self.tr("All tags")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, text in items:
                combo.addItem(text, value)
            combo.blockSignals(False)
        self.show_episode(episode)
        self.set_tag(tag)

    def show_episode(self, episode_id: str | None) -> None:
        """Limit the list to one episode's bookmarks (``None``: all); e.g. the open episode's."""
        found = self.episodes.findData(episode_id) if episode_id else 0
        if found < 0:  # no bookmarks there yet: keep the filter so that new ones show up alone
            self.episodes.addItem(self.tr("This episode"), episode_id)
            found = self.episodes.count() - 1
        self.episodes.setCurrentIndex(found)
        self.proxy.set_episode(episode_id)

    def set_tag(self, tag: str | None) -> None:
        found = self.tags.findData(tag) if tag else 0
        self.tags.setCurrentIndex(max(found, 0))
        self.proxy.set_tag(tag if found > 0 else None)

    def visible_bookmarks(self) -> list[Bookmark]:
        """The bookmarks the list shows, in its order."""
        return [
            self.proxy.index(row, 0).data(BOOKMARK_ROLE) for row in range(self.proxy.rowCount())
        ]

    # -- selection and activation -------------------------------------------------------------

    def selected(self) -> Bookmark | None:
        value = self.view.currentIndex().data(BOOKMARK_ROLE)
        return value if isinstance(value, Bookmark) else None

    def select(self, bookmark_id: str) -> bool:
        row = self.model.row_of(bookmark_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def activate(self, bookmark: Bookmark) -> None:
        """Open a bookmark's place, or say why it cannot be opened."""
        if bookmark.detached or bookmark.paragraph is None:
            self._say(
                self.tr(
                    "This passage is no longer in the episode's text; "
                    "its quote and note are kept here."
                )
            )
            return
        self.status.hide()
        self.bookmarkActivated.emit(
            bookmark.episode_id, bookmark.track, bookmark.paragraph, bookmark.start, bookmark.end
        )

    def _activated(self, index: Index) -> None:
        bookmark = index.data(BOOKMARK_ROLE)
        if isinstance(bookmark, Bookmark):
            self.activate(bookmark)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _update_actions(self) -> None:
        has = self.selected() is not None
        self.edit_action.setEnabled(has and self._writable)
        self.copy_action.setEnabled(has)
        self.delete_action.setEnabled(has and self._writable)
        self.export_shown_action.setEnabled(self.proxy.rowCount() > 0)
        self.export_all_action.setEnabled(self.model.rowCount() > 0)

    # -- out of the panel ---------------------------------------------------------------------

    def export(self, bookmarks: list[Bookmark]) -> Path | None:
        """Export ``bookmarks`` to a file the reader picks; the file written, if any."""
        written = export_to_file(self, bookmarks, Path.home())
        if written is not None:
            self._say(
                self.tr("Exported {count} to {path}.").format(
                    count=bookmark_count(len(bookmarks)), path=written
                )
            )
        return written

    def copy_selected(self) -> str | None:
        """Copy the selected bookmark with its citation; the Markdown copied."""
        bookmark = self.selected()
        return copy_with_citation(bookmark) if bookmark is not None else None

    # -- changes ------------------------------------------------------------------------------

    def bookmark_added(self, bookmark: Bookmark) -> None:
        """Show a bookmark just saved (by Ctrl+D in the window) and make adding it undoable."""
        self.undo_stack.push(add_command(self.store, bookmark, self._changed))
        self.select(bookmark.id)

    def edit_selected(self) -> None:
        before = self.selected()
        after = edited_bookmark(self, before) if before else None
        if before and after:
            self.undo_stack.push(edit_command(self.store, before, after, self._changed))

    def delete_selected(self) -> None:
        bookmark = self.selected()
        if bookmark is not None:
            self.undo_stack.push(delete_command(self.store, bookmark, self._changed))

    def _changed(self, episode_id: str) -> None:
        self.reload()
        self.bookmarksChanged.emit(episode_id)
