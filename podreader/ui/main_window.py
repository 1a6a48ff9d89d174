"""The reading window: episode list and outline on the left, the transcript in the centre.

The window is a view. It builds the widgets and shows what its controllers ask for; the logic
is theirs: :class:`ReaderController` (open, jump, history, delete, import results),
:class:`ReadingChoices` (mode, text size, font, theme bound to the pane and the settings),
:class:`BookmarkController`, :class:`ImportController` and, after the first paint,
:class:`SearchController`. All wiring between them and the widgets is in
:meth:`MainWindow._connect_signals` (and :meth:`MainWindow.attach_search` for search).

Other parts plug in through :meth:`MainWindow.add_panel` and call
:meth:`MainWindow.open_episode`; the reader controller's signals (``episodesChanged``,
``episodeOpened``, ``episodeDeleted``, ``summariesChanged``, also reachable on the window) tell
them what an import or a delete changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QWidget,
)

from podreader.library.store import EpisodeSummary, Library
from podreader.model import Episode
from podreader.ui import icons, read_only
from podreader.ui import settings as keys
from podreader.ui.bookmark_actions import confirm_delete_episode
from podreader.ui.bookmark_controller import BookmarkController
from podreader.ui.bookmarks_panel import BookmarksPanel
from podreader.ui.chapter_panel import ChapterPanel
from podreader.ui.docks import PanelDocks, Splitters
from podreader.ui.episode_header import EpisodeHeader
from podreader.ui.episode_panel import EpisodePanel
from podreader.ui.help import AboutDialog, ShortcutsDialog, open_folder
from podreader.ui.import_controller import ImportController
from podreader.ui.import_sources import choose_files, choose_folder, importable_paths
from podreader.ui.language_menu import LanguageMenu
from podreader.ui.panel_text import PanelText
from podreader.ui.reader_controller import ReaderController
from podreader.ui.reading_choices import ReadingChoices
from podreader.ui.settings import Settings
from podreader.ui.theme import ThemeManager
from podreader.ui.transcript import TranscriptPane
from podreader.ui.welcome import WelcomePage
from podreader.ui.window_actions import WindowActions
from podreader.ui.window_layout import build_central, build_menus, first_size
from podreader.ui.wording import episode_count

if TYPE_CHECKING:  # search loads later, not at startup
    from podreader.ui.search_controller import SearchController

STATUS_MS = 5000


class MainWindow(QMainWindow):
    """The window and the :class:`~podreader.ui.reader_controller.ReaderView` of its reader."""

    def __init__(
        self,
        library: Library,
        settings: Settings,
        theme: ThemeManager | None = None,
        *,
        background_search: bool = True,
    ) -> None:
        """``background_search=False`` leaves search (and its index check) out until
        :meth:`attach_search` is called: a screenshot should not wait for, or show, indexing."""
        super().__init__()
        self.library = library
        self.settings = settings
        self.theme = theme
        self._background_search = background_search
        self._painted = False  # see eventFilter
        self._restore_when_painted = False
        self.search: SearchController | None = None  # attached after the first paint
        self.setWindowTitle("podreader")
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.actions_ = WindowActions(self)
        self.episodes = EpisodePanel(self)
        self.chapters = ChapterPanel(self)
        self.pane = TranscriptPane(self)
        self.welcome = WelcomePage(self)
        self.header = EpisodeHeader(self)
        self.header.set_episode(None)
        central = build_central(
            self, self.episodes, self.chapters, self.header, [self.welcome, self.pane]
        )
        self.side, self.stack, self.splitter = central.side, central.stack, central.splitter
        self.panel_text = PanelText(self, self.side)
        self._reading_column = central.column
        self.imports = ImportController(library.paths, self.statusBar(), self)
        self._count_label = QLabel(self.statusBar())
        # Permanent, so that Qt lays it out beside temporary messages: as a normal widget it
        # was sometimes left shown under them, the two texts drawn over each other.
        self.statusBar().addPermanentWidget(self._count_label)
        pane = self.pane
        menus = build_menus(
            self,
            self.actions_,
            pane.find_action,
            self.episodes.group_action,
            reading=[pane.practice_action],
            hits=[pane.next_hit_action, pane.previous_hit_action],
        )
        self.edit_menu, self.other_menu, self.panels_menu = menus.edit, menus.other, menus.panels
        self.language_menu = LanguageMenu(menus.language, settings, self)
        self.docks = PanelDocks(self, settings, self.panels_menu)
        self.reader = ReaderController(self, library, settings, self.imports, self)
        self.choices = ReadingChoices(self.pane, settings, self.actions_, theme, self)
        self.bookmarks = BookmarksPanel(library, self)
        self.bookmarks.setObjectName("bookmarks")
        self.add_panel(self.bookmarks, self.tr("Bookmarks"), toggle_shortcut="Ctrl+Shift+B")
        self.bookmark_controller = BookmarkController(self, self.bookmarks, self)
        add_bookmark = self.bookmark_controller.add_action
        icons.bind(add_bookmark, "bookmark_add")
        self.edit_menu.insertAction(self.actions_.delete_episode, add_bookmark)
        self.pane.add_context_action(add_bookmark)
        self._connect_signals()
        self.episodes.view.viewport().installEventFilter(self)
        self._apply_saved_choices()
        if library.read_only:
            self._lock_changes()
        self.refresh_episodes()

    # -- construction ---------------------------------------------------------------------

    def _lock_changes(self) -> None:
        """A read-only library: what would change it is disabled and says why, at start."""
        a, bookmarks, welcome = self.actions_, self.bookmarks, self.welcome
        read_only.disable(
            [
                a.import_files,
                a.import_folder,
                a.samples,
                a.delete_episode,
                self.bookmark_controller.add_action,
                bookmarks.edit_action,
                bookmarks.delete_action,
                welcome.import_button,
                welcome.samples_button,
            ]
        )
        self.episodes.read_only = True
        read_only.add_note(self.statusBar())

    def splitters(self) -> Splitters:
        return {keys.MAIN_SPLITTER: self.splitter, keys.SIDE_SPLITTER: self.side}

    def _connect_signals(self) -> None:
        a, reader, choices, pane = self.actions_, self.reader, self.choices, self.pane
        choices.textSizeChanged.connect(self.panel_text.follow)
        a.import_files.triggered.connect(self._choose_files)
        a.import_folder.triggered.connect(
            lambda: reader.import_paths(choose_folder(self, self.settings))
        )
        a.samples.triggered.connect(reader.import_samples)
        a.quit.triggered.connect(self.close)
        a.filter.triggered.connect(self._focus_filter)
        a.back.triggered.connect(reader.go_back)
        a.forward.triggered.connect(reader.go_forward)
        a.next_chapter.triggered.connect(lambda: reader.step_chapter(1))
        a.previous_chapter.triggered.connect(lambda: reader.step_chapter(-1))
        a.next_episode.triggered.connect(lambda: reader.step_episode(1))
        a.previous_episode.triggered.connect(lambda: reader.step_episode(-1))
        a.larger.triggered.connect(lambda: choices.zoom(pane.zoom_in))
        a.smaller.triggered.connect(lambda: choices.zoom(pane.zoom_out))
        a.actual_size.triggered.connect(lambda: choices.zoom(pane.reset_zoom))
        a.serif.toggled.connect(choices.set_serif)
        a.sponsors.toggled.connect(choices.set_sponsors_collapsed)
        a.full_screen.toggled.connect(self._set_full_screen)
        a.about.triggered.connect(
            lambda: self._open_dialog(AboutDialog(self, self.library.paths.root))
        )
        a.shortcuts.triggered.connect(lambda: self._open_dialog(ShortcutsDialog(self)))
        a.open_data.triggered.connect(lambda: open_folder(self, self.library.paths.root))
        a.delete_episode.triggered.connect(reader.delete_open_episode)
        a.modes.triggered.connect(lambda action: choices.set_mode(action.data()))
        a.themes.triggered.connect(lambda action: choices.set_theme(action.data()))
        a.other_tracks.triggered.connect(lambda action: choices.set_other_track(action.data()))
        choices.otherTracksChanged.connect(self._show_other_tracks)
        self.episodes.episodeActivated.connect(lambda episode_id: reader.open_episode(episode_id))
        self.episodes.sortChanged.connect(lambda key: self.settings.set(keys.SORT, key))
        self.episodes.groupedChanged.connect(lambda on: self.settings.set(keys.GROUPED, on))
        self.episodes.deleteRequested.connect(reader.delete_episode)
        self.chapters.paragraphRequested.connect(reader.jump_to_paragraph)
        self.header.paragraphRequested.connect(reader.jump_to_paragraph)
        self.header.foldedChanged.connect(lambda on: self.settings.set(keys.HEADER_FOLDED, on))
        pane.currentParagraphChanged.connect(reader.paragraph_changed)
        self.welcome.importRequested.connect(self._choose_files)
        self.welcome.samplesRequested.connect(reader.import_samples)
        self.imports.imported.connect(reader.imported)
        self.imports.reanalysed.connect(reader.reanalysed)
        reader.episodeLoaded.connect(lambda _episode: choices.fill_other_tracks())
        reader.episodeOpened.connect(self.bookmark_controller.episode_opened)
        reader.episodesChanged.connect(lambda _ids: self.bookmarks.reload())  # re-anchored
        reader.episodeDeleted.connect(lambda _id: self.bookmarks.reload())
        if self.theme is not None:
            self.theme.changed.connect(self._theme_changed)

    def attach_search(self) -> SearchController:
        """Dock the search panel and start keeping the index current (once)."""
        if self.search is None:
            from podreader.ui.search_controller import SearchController

            search = self.search = SearchController(self, self)
            search.panel.hitActivated.connect(
                lambda episode_id, paragraph, terms: self.reader.open_episode(
                    episode_id, None if paragraph < 0 else paragraph, terms
                )
            )
            self.reader.summariesChanged.connect(search.set_podcasts)
            for changed in (self.reader.episodesChanged, self.reader.episodeDeleted):
                changed.connect(search.worker.start)
            search.set_podcasts(self.library.summaries())
        return self.search

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watches the episode list for the window's first paint: the list is what the reader
        waits for, so opening the last episode and loading the icon font (which costs more
        than building the window) wait until it shows."""
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        if self._restore_when_painted:
            self._restore_when_painted = False
            self.reader.restore_last_episode()
            self.repaint()  # the text first, then the icons
        icons.load(self)
        # Not when the window has closed (or the application quit) before its first paint's
        # follow-up: indexing would start a thread nobody stops.
        if self._background_search and self.isVisible():
            self.attach_search()

    def _apply_saved_choices(self) -> None:
        self.episodes.set_sort(self.settings.get(keys.SORT))  # type: ignore[arg-type]
        self.episodes.set_grouped(self.settings.get(keys.GROUPED))
        self.header.set_folded(self.settings.get(keys.HEADER_FOLDED))
        self.choices.apply_saved()
        if not self.docks.restore(self.splitters()):
            first_size(self)
        self.set_navigation(False, False)

    def add_panel(
        self,
        widget: QWidget,
        title: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        toggle_shortcut: str | QKeySequence | None = None,
    ) -> QDockWidget:
        """Dock a panel (search, bookmarks) with a View → Panels toggle (see PanelDocks); its
        text is the size of the other panels'."""
        self.panel_text.apply_to(widget)
        return self.docks.add(widget, title, area, toggle_shortcut)

    # -- what other parts call (the reader controller does it) ----------------------------

    @property
    def episode(self) -> Episode | None:
        return self.reader.episode

    @property
    def episodesChanged(self) -> SignalInstance:
        return self.reader.episodesChanged

    @property
    def episodeOpened(self) -> SignalInstance:
        return self.reader.episodeOpened

    @property
    def episodeDeleted(self) -> SignalInstance:
        return self.reader.episodeDeleted

    @property
    def summariesChanged(self) -> SignalInstance:
        return self.reader.summariesChanged

    def open_episode(
        self, episode_id: str, paragraph: int | None = None, terms: list[str] | None = None
    ) -> bool:
        return self.reader.open_episode(episode_id, paragraph, terms)

    def refresh_episodes(self) -> None:
        self.reader.refresh_episodes()

    def set_mode(self, mode: str) -> None:
        self.choices.set_mode(mode)

    def open_paths(self, paths: Sequence[Path]) -> None:
        self.reader.open_paths(paths)

    def update_stale_analysis(self) -> bool:
        """Bring episodes stored by an older podreader up to date, in the background (at
        startup, after the first paint); the list refreshes when done."""
        return self.imports.update_analysis()

    def restore_last_episode(self) -> None:
        """Open the episode read last, or the first in the list; the welcome page if none.

        Called on a shown window before its first paint, it waits for that paint.
        """
        if self.isVisible() and not self._painted:
            self._restore_when_painted = True
        else:
            self.reader.restore_last_episode()

    # -- ReaderView: what the reader controller shows -------------------------------------

    def show_episode(self, episode: Episode | None) -> None:
        # The header first, then the pane at the height the header leaves it: the text is laid
        # out once, at its real size (a later resize costs a second layout of a long episode).
        self.header.set_episode(episode)
        if episode is not None:
            self.stack.setCurrentWidget(self.pane)
            self._reading_column.activate()
        self.pane.set_episode(episode)
        self.chapters.set_episode(episode)
        self.setWindowTitle(
            self.tr("{title} — podreader").format(title=episode.title) if episode else "podreader"
        )
        self.actions_.delete_episode.setEnabled(episode is not None and not self.library.read_only)
        if episode is None:
            self.stack.setCurrentWidget(self.welcome)

    def show_pane(self) -> None:
        self.stack.setCurrentWidget(self.pane)

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)

    def show_summaries(
        self,
        summaries: Sequence[EpisodeSummary],
        bookmarks: dict[str, int],
        progress: dict[str, float],
        podcasts: Sequence[str] = (),
    ) -> None:
        self.episodes.set_summaries(summaries, bookmarks, progress, podcasts)
        self._count_label.setText(episode_count(self.episodes.total()))

    def show_progress(self, episode_id: str, fraction: float) -> None:
        self.episodes.set_progress(episode_id, fraction)

    def current_paragraph(self) -> int:
        return self.pane.current_paragraph()

    def reading_fraction(self) -> float:
        bar = self.pane.view().verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 1.0

    def scroll_to_paragraph(self, paragraph: int) -> None:
        self.pane.scroll_to_paragraph(paragraph)

    def highlight_terms(self, terms: list[str]) -> None:
        self.pane.highlight_terms(terms)

    def show_hit(self, paragraph: int) -> None:
        self.pane.show_hit(paragraph)

    def follow_paragraph(self, paragraph: int) -> None:
        self.chapters.set_current_paragraph(paragraph)

    def chapter_start(self, paragraph: int, step: int) -> int | None:
        return self.chapters.chapter_start(paragraph, step)

    def select_in_list(self, episode_id: str) -> None:
        self.episodes.select(episode_id)

    def list_neighbour(self, step: int) -> str | None:
        return self.episodes.neighbour(step)

    def first_in_list(self) -> str | None:
        return self.episodes.first_id()

    def set_navigation(self, back: bool, forward: bool) -> None:
        self.actions_.back.setEnabled(back)
        self.actions_.forward.setEnabled(forward)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def confirm_delete(self, episode_id: str) -> bool:
        return confirm_delete_episode(self, self.library, episode_id)

    # -- the window's own commands --------------------------------------------------------

    def _theme_changed(self, _dark: bool) -> None:
        self.pane.apply_theme()
        icons.refresh(self)

    def _show_other_tracks(self, actions: list[QAction]) -> None:
        self.other_menu.clear()
        self.other_menu.addActions(actions)
        self.other_menu.setEnabled(bool(actions))

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _focus_filter(self) -> None:
        self.episodes.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.episodes.filter.selectAll()

    def _choose_files(self) -> None:
        self.reader.import_paths(choose_files(self, self.settings))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.library.read_only and importable_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = importable_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.reader.import_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.imports.shutdown()
        if self.search is not None:
            self.search.shutdown()
        self.save_place_and_layout()
        super().closeEvent(event)

    def save_place_and_layout(self) -> None:
        """Keep the reading place and the window's size, docks and splitters in the settings."""
        self.reader.save_place()
        self.docks.save(self.splitters())
        self.settings.sync()
