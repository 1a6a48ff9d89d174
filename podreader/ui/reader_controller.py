"""What the reader does with episodes: open, jump, go back and forward, delete, import.

The controller holds the logic; the window is its :class:`ReaderView`, a small surface of
things to show. Tests drive the controller with a stand-in view and no widgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from podreader.library.podcasts import podcast_entries
from podreader.library.store import EpisodeSummary, Library
from podreader.model import Episode
from podreader.ui import settings as keys
from podreader.ui.navigation import History, Place
from podreader.ui.samples import sample_pages
from podreader.ui.settings import Settings
from podreader.ui.wording import FINISHED, progress_text

if TYPE_CHECKING:  # the import pipeline loads on the worker thread, not at startup
    from podreader.library.importer import ImportResult


class ReaderView(Protocol):
    """What the reader controller shows; the main window is one."""

    def show_episode(self, episode: Episode | None) -> None:
        """Put ``episode`` in the transcript pane and outline (None: the welcome page)."""

    def show_pane(self) -> None: ...
    def show_welcome(self) -> None: ...
    def show_summaries(
        self,
        summaries: Sequence[EpisodeSummary],
        bookmarks: dict[str, int],
        progress: dict[str, float],
        podcasts: Sequence[str] = (),
    ) -> None:
        """List ``summaries``; ``podcasts`` names podcasts with no episode yet (from a
        subscription list), listed under their name when grouped by podcast."""

    def show_progress(self, episode_id: str, fraction: float) -> None: ...
    def current_paragraph(self) -> int: ...
    def reading_fraction(self) -> float:
        """How far down the open episode the reader is, 0 to 1 (1 at the end)."""

    def scroll_to_paragraph(self, paragraph: int) -> None: ...
    def highlight_terms(self, terms: list[str]) -> None: ...
    def show_hit(self, paragraph: int) -> None:
        """Show the first highlighted search hit in a paragraph, centred and marked."""

    def follow_paragraph(self, paragraph: int) -> None:
        """Mark the chapter being read (the outline follows the reader)."""

    def chapter_start(self, paragraph: int, step: int) -> int | None: ...
    def select_in_list(self, episode_id: str) -> None: ...
    def list_neighbour(self, step: int) -> str | None: ...
    def first_in_list(self) -> str | None: ...
    def set_navigation(self, back: bool, forward: bool) -> None: ...
    def show_message(self, text: str) -> None: ...
    def confirm_delete(self, episode_id: str) -> bool: ...


class Importer(Protocol):
    """Starts background imports (the :class:`ImportController`)."""

    def start(self, sources: Sequence[Path]) -> bool: ...
    def update_analysis(self) -> bool: ...


class ReaderController(QObject):
    """Signals: ``episodesChanged(ids)`` after an import stored new or changed episodes;
    ``episodeLoaded(episode)`` when the pane took another episode, before it scrolls to its
    place; ``episodeOpened(id)`` once it shows it; ``episodeDeleted(id)`` after a delete;
    ``summariesChanged(summaries)`` whenever the episode list was reloaded from the library."""

    episodesChanged = Signal(list)
    episodeLoaded = Signal(object)
    episodeOpened = Signal(str)
    episodeDeleted = Signal(str)
    summariesChanged = Signal(list)

    def __init__(
        self,
        view: ReaderView,
        library: Library,
        settings: Settings,
        importer: Importer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.library = library
        self.settings = settings
        self.importer = importer
        self.episode: Episode | None = None
        self.history = History()
        self._open_after_import = False

    # -- the list -------------------------------------------------------------------------

    def refresh_episodes(self) -> None:
        """Reload the list from the library (after an import, a delete or a new bookmark)."""
        summaries = self.library.summaries()
        waiting = [p.title for p in podcast_entries(self.library) if not p.episodes]
        self.view.show_summaries(
            summaries, self.library.bookmark_counts(), self.settings.progress(), waiting
        )
        self.summariesChanged.emit(summaries)
        if not summaries:
            self.view.show_welcome()
        elif self.episode is None:
            self.view.show_pane()  # the real layout while the episode to show is looked up

    # -- opening and jumping --------------------------------------------------------------

    def open_episode(
        self, episode_id: str, paragraph: int | None = None, terms: list[str] | None = None
    ) -> bool:
        """Show an episode at ``paragraph`` (default: where the reader left it).

        Records the place left in the history, so Back returns there. ``terms`` are highlighted
        (search hits). False, with a status message, when the episode no longer exists.
        """
        here = self.place()
        if here is not None:
            self.history.leave(here)
        shown = self.show(episode_id, paragraph, terms)
        self._update_navigation()
        return shown

    def jump_to_paragraph(self, paragraph: int) -> None:
        """Jump within the open episode, remembering the place left for Back."""
        here = self.place()
        if here is None:
            return
        self.history.leave(here)
        self.view.scroll_to_paragraph(paragraph)
        self._update_navigation()

    def place(self) -> Place | None:
        if self.episode is None:
            return None
        return Place(self.episode.id, max(self.view.current_paragraph(), 0))

    def show(self, episode_id: str, paragraph: int | None, terms: list[str] | None) -> bool:
        """Show an episode without recording history (Back, Forward and restoring use it)."""
        view = self.view
        same = self.episode is not None and self.episode.id == episode_id
        if not same:
            episode = self.library.episode(episode_id)
            if episode is None:
                view.show_message(self.tr("That episode is no longer in the library."))
                self.history.forget(episode_id)
                return False
            if paragraph is None:
                paragraph = self.settings.position(episode_id)
            self._note_progress()  # of the episode left
            self.episode = None  # the pane's first signals must not overwrite the saved place
            view.show_episode(episode)
            self.episode = episode
            self.episodeLoaded.emit(episode)
            self.settings.set(keys.LAST_EPISODE, episode_id)
        if terms:
            view.highlight_terms(terms)
        view.show_pane()
        view.select_in_list(episode_id)
        if paragraph is not None:
            view.scroll_to_paragraph(paragraph)
            if terms:
                view.show_hit(paragraph)  # the match itself, centred; F3 goes on
        view.follow_paragraph(max(view.current_paragraph(), 0))
        if not same:
            self.episodeOpened.emit(episode_id)
        return True

    def restore_last_episode(self) -> None:
        """Open the episode read last where the reader left it (and say so), or the first in
        the list; the welcome page if none."""
        last = self.settings.get(keys.LAST_EPISODE)
        if last and self.show(last, None, None):
            read = self.settings.progress().get(last)
            if self.episode is not None and read is not None and 0.01 <= read < FINISHED:
                self.view.show_message(
                    self.tr("Continuing “{title}” where you left off ({read}).").format(
                        title=self.episode.title, read=progress_text(read)
                    )
                )
            return
        first = self.view.first_in_list()
        if first is not None:
            self.show(first, None, None)

    def paragraph_changed(self, paragraph: int) -> None:
        """The reader scrolled: remember the place and how far that is, mark its chapter."""
        if self.episode is None or paragraph < 0:
            return
        self.settings.set_position(self.episode.id, paragraph)
        self._note_progress()
        self.view.follow_paragraph(paragraph)

    def _note_progress(self) -> None:
        """Keep and show how far the open episode has been read: the furthest the reader got,
        so going back to re-read a part does not undo it. Also when leaving the episode: in a
        short one the reader may scroll without the paragraph at the top changing."""
        if self.episode is not None:
            before = self.settings.progress_of(self.episode.id) or 0.0
            fraction = max(before, self.view.reading_fraction())
            self.settings.set_progress(self.episode.id, fraction)
            self.view.show_progress(self.episode.id, fraction)

    def save_place(self) -> None:
        here = self.place()
        if here is not None:
            self.settings.set_position(here.episode_id, here.paragraph)
            self._note_progress()

    # -- history and stepping -------------------------------------------------------------

    def go_back(self) -> None:
        place = self.history.back(self.place())
        if place is not None:
            self.show(place.episode_id, place.paragraph, None)
        self._update_navigation()

    def go_forward(self) -> None:
        place = self.history.forward(self.place())
        if place is not None:
            self.show(place.episode_id, place.paragraph, None)
        self._update_navigation()

    def _update_navigation(self) -> None:
        self.view.set_navigation(self.history.can_go_back(), self.history.can_go_forward())

    def step_chapter(self, step: int) -> None:
        start = self.view.chapter_start(self.view.current_paragraph(), step)
        if start is not None:
            self.jump_to_paragraph(start)

    def step_episode(self, step: int) -> None:
        neighbour = self.view.list_neighbour(step)
        if neighbour is not None:
            self.open_episode(neighbour)

    # -- deleting -------------------------------------------------------------------------

    def delete_open_episode(self) -> bool:
        return self.episode is not None and self.delete_episode(self.episode.id)

    def delete_episode(self, episode_id: str) -> bool:
        """Delete an episode after asking; the open one gives way to its neighbour in the list
        (or the welcome page when none is left). Its bookmarks stay in the library."""
        if not self.view.confirm_delete(episode_id):
            return False
        showing = self.episode is not None and self.episode.id == episode_id
        view = self.view
        following = (view.list_neighbour(1) or view.list_neighbour(-1)) if showing else None
        self.library.delete(episode_id)
        self.settings.forget_position(episode_id)
        self.history.forget(episode_id)
        self.refresh_episodes()
        if showing:
            self.close_episode()
            following = following or view.first_in_list()
            if following is not None:
                self.show(following, None, None)
        self._update_navigation()
        self.episodeDeleted.emit(episode_id)
        return True

    def close_episode(self) -> None:
        """Show nothing: the welcome page, as for an empty library."""
        self.episode = None
        self.view.show_episode(None)
        self.settings.set(keys.LAST_EPISODE, "")

    # -- importing ------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[Path]) -> bool:
        """Import files and folders in the background; False if another import is running
        (or there is nothing to import: a dialog was cancelled)."""
        return bool(paths) and self.importer.start(paths)

    def import_samples(self) -> None:
        self.open_paths(sample_pages())

    def open_paths(self, paths: Sequence[Path]) -> None:
        """Import files and folders and open the first (it is opened even if already there)."""
        if self.import_paths(paths):
            self._open_after_import = True

    def imported(self, results: list[ImportResult]) -> None:
        """An import ended: reload the list and open the first episode when asked to."""
        self.refresh_episodes()
        changed = [r.episode_id for r in results if r.episode_id and r.status != "unchanged"]
        if changed:
            self.episodesChanged.emit(changed)
        first = next((r.episode_id for r in results if r.episode_id), None)
        if first is not None and (self._open_after_import or self.episode is None):
            self.open_episode(first)
        self._open_after_import = False

    def reanalysed(self, count: int) -> None:
        """Re-analysis ended: reload the list and the open episode's new reading view."""
        if not count:
            return
        self.refresh_episodes()
        if self.episode is not None:
            episode_id, paragraph = self.episode.id, self.view.current_paragraph()
            self.episode = None
            self.show(episode_id, max(paragraph, 0), None)
