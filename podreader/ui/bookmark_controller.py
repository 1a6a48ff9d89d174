"""Bookmarks in the reading window: Ctrl+D on a selection, marks in the pane, opening a place.

The window creates a :class:`BookmarksPanel`, docks it, and hands both to this controller, which
owns the logic between them; the window itself only needs the small surface of
:class:`ReadingWindow` (the main window has it).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from podreader.library.bookmarks import BookmarkStore
from podreader.library.store import Library
from podreader.model import READING_TRACK, Bookmark, Episode
from podreader.ui.bookmark_actions import add_bookmark_from_selection
from podreader.ui.bookmarks_panel import BookmarksPanel
from podreader.ui.transcript import TranscriptPane


class ReadingWindow(Protocol):
    library: Library
    pane: TranscriptPane

    @property
    def episode(self) -> Episode | None: ...

    def open_episode(
        self, episode_id: str, paragraph: int | None = None, terms: list[str] | None = None
    ) -> bool: ...

    def refresh_episodes(self) -> None: ...

    def set_mode(self, mode: str) -> None: ...


class BookmarkController(QObject):
    """``add_action`` (Ctrl+D) bookmarks the pane's selection; put it in the Edit menu.

    Call :meth:`episode_opened` whenever the pane shows another episode (it clears marks).
    """

    def __init__(self, window: ReadingWindow, panel: BookmarksPanel, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.panel = panel
        self.add_action = QAction(self.tr("Bookmark Selection…"), parent)
        self.add_action.setShortcut(QKeySequence("Ctrl+D"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_action.triggered.connect(self.add_from_selection)
        panel.bookmarkActivated.connect(self.open_place)
        panel.bookmarksChanged.connect(self._changed)

    def add_from_selection(self) -> Bookmark | None:
        window = self.window
        if window.episode is None:
            return None
        parent = window if isinstance(window, QWidget) else None
        bookmark = add_bookmark_from_selection(
            parent, window.library, window.episode, window.pane.selected_passage()
        )
        if bookmark is not None:
            self.panel.bookmark_added(bookmark)  # saves the undo step; marks follow via signal
        return bookmark

    def episode_opened(self, episode_id: str) -> None:
        """Mark the episode's placed bookmarks in the pane, each in its own colour."""
        self.window.pane.set_marks(BookmarkStore(self.window.library).marks(episode_id))

    def open_place(self, episode_id: str, track: str, paragraph: int, start: int, end: int) -> None:
        """Show a bookmark: open its episode at the paragraph and select the bookmarked words."""
        window = self.window
        reading = track == READING_TRACK
        if not window.open_episode(episode_id, paragraph if reading else None):
            return
        pane = window.pane
        if not reading:
            if pane.other_track() != track and track in pane.other_track_keys():
                pane.set_other_track(track)
            if pane.mode() == "transcript":
                window.set_mode("side")
        elif pane.mode() == "other":
            window.set_mode("side")
        pane.select_text(track, paragraph, start, end)

    def _changed(self, episode_id: str) -> None:
        episode = self.window.episode
        if episode is not None and episode.id == episode_id:
            self.episode_opened(episode_id)
        self.window.refresh_episodes()
