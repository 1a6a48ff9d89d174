"""The reading window: episode list and outline on the left, the transcript in the centre.

Other parts plug in through :meth:`MainWindow.add_panel` (search, bookmarks) and call
:meth:`MainWindow.open_episode`; :attr:`MainWindow.episodesChanged` and
:attr:`MainWindow.episodeDeleted` tell them what an import or a delete changed. All wiring
between the window's parts is in :meth:`MainWindow._connect_signals`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from podreader import __version__
from podreader.library.store import Library
from podreader.model import Episode
from podreader.ui import icons
from podreader.ui import settings as keys
from podreader.ui.bookmark_actions import confirm_delete_episode
from podreader.ui.bookmark_controller import BookmarkController
from podreader.ui.bookmarks_panel import BookmarksPanel
from podreader.ui.chapter_panel import ChapterPanel
from podreader.ui.drops import importable_paths
from podreader.ui.episode_panel import EpisodePanel
from podreader.ui.import_controller import ImportController
from podreader.ui.navigation import History, Place
from podreader.ui.samples import sample_pages
from podreader.ui.settings import Settings
from podreader.ui.theme import ThemeChoice, ThemeManager
from podreader.ui.transcript import TranscriptPane
from podreader.ui.welcome import WelcomePage
from podreader.ui.window_actions import WindowActions

if TYPE_CHECKING:  # the import pipeline and search load later, not at startup
    from podreader.library.importer import ImportResult
    from podreader.ui.search_controller import SearchController

STATUS_MS = 5000


class MainWindow(QMainWindow):
    """Signals: ``episodesChanged(ids)`` after an import stored new or changed episodes;
    ``episodeOpened(id)`` whenever the transcript pane shows another episode;
    ``episodeDeleted(id)`` after an episode was deleted from the library;
    ``summariesChanged(summaries)`` whenever the episode list was reloaded from the library."""

    episodesChanged = Signal(list)
    episodeOpened = Signal(str)
    episodeDeleted = Signal(str)
    summariesChanged = Signal(list)

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
        self._background_search = background_search
        self.settings = settings
        self.theme = theme
        self.episode: Episode | None = None
        self.history = History()
        self._open_after_import = False
        self._painted = False  # see eventFilter
        self.search: SearchController | None = None  # attached after the first paint
        self._restore_when_painted = False
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
        self._build_layout()
        self.imports = ImportController(library.paths, self.statusBar(), self)
        self._count_label = QLabel(self.statusBar())
        self.statusBar().addWidget(self._count_label)
        self._build_menus()
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
        self.refresh_episodes()

    # -- construction ---------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.addWidget(self.episodes)
        self.side.addWidget(self.chapters)
        self.side.setStretchFactor(0, 3)
        self.side.setStretchFactor(1, 2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addActions([a.import_files, a.import_folder, a.samples])
        file.addSeparator()
        file.addAction(a.quit)
        self.edit_menu = edit = bar.addMenu(self.tr("&Edit"))
        # The pane's own find action, made window-wide so Ctrl+F works from the episode list too.
        self.pane.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        icons.bind(self.pane.find_action, "find")
        self.pane.practice_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        edit.addActions([self.pane.find_action, a.filter])
        edit.addSeparator()
        edit.addAction(a.delete_episode)  # "Bookmark Selection…" goes before it
        view = bar.addMenu(self.tr("&View"))
        view.addActions(list(a.mode.values()))
        self.other_menu = view.addMenu(self.tr("Other Language"))
        view.addSeparator()
        view.addActions([a.larger, a.smaller, a.actual_size, a.serif, a.sponsors])
        view.addAction(self.pane.practice_action)
        view.addSeparator()
        theme = view.addMenu(self.tr("Theme"))
        icons.bind(theme.menuAction(), "theme")
        theme.addActions(list(a.theme.values()))
        view.addAction(self.episodes.group_action)
        self.panels_menu = view.addMenu(self.tr("Panels"))
        self.panels_menu.menuAction().setVisible(False)
        view.addSeparator()
        view.addAction(a.full_screen)
        go = bar.addMenu(self.tr("&Go"))
        go.addActions([a.back, a.forward])
        go.addSeparator()
        go.addActions([a.previous_chapter, a.next_chapter, a.previous_episode, a.next_episode])
        go.addSeparator()
        for action in (self.pane.next_hit_action, self.pane.previous_hit_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            go.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)
        tools = QToolBar(self.tr("Main Toolbar"), self)
        tools.setObjectName("main-toolbar")
        tools.setMovable(False)
        tools.addActions([a.import_files, a.back, a.forward])
        tools.addSeparator()
        tools.addActions(list(a.mode.values()))
        tools.addSeparator()
        tools.addActions([a.smaller, a.larger, self.pane.find_action])
        self.addToolBar(tools)

    def _connect_signals(self) -> None:
        a = self.actions_
        a.import_files.triggered.connect(self.choose_files)
        a.import_folder.triggered.connect(self.choose_folder)
        a.samples.triggered.connect(self.import_samples)
        a.quit.triggered.connect(self.close)
        a.filter.triggered.connect(self._focus_filter)
        a.back.triggered.connect(self.go_back)
        a.forward.triggered.connect(self.go_forward)
        a.next_chapter.triggered.connect(lambda: self._step_chapter(1))
        a.previous_chapter.triggered.connect(lambda: self._step_chapter(-1))
        a.next_episode.triggered.connect(lambda: self._step_episode(1))
        a.previous_episode.triggered.connect(lambda: self._step_episode(-1))
        a.larger.triggered.connect(lambda: self._zoom(self.pane.zoom_in))
        a.smaller.triggered.connect(lambda: self._zoom(self.pane.zoom_out))
        a.actual_size.triggered.connect(lambda: self._zoom(self.pane.reset_zoom))
        a.serif.toggled.connect(self._set_serif)
        a.sponsors.toggled.connect(self._set_sponsors_collapsed)
        a.full_screen.toggled.connect(self._set_full_screen)
        a.about.triggered.connect(self._about)
        a.delete_episode.triggered.connect(
            lambda: self.episode is not None and self.delete_episode(self.episode.id)
        )
        a.modes.triggered.connect(lambda action: self.set_mode(action.data()))
        a.themes.triggered.connect(lambda action: self.set_theme(action.data()))
        a.other_tracks.triggered.connect(lambda action: self._set_other_track(action.data()))
        self.episodes.episodeActivated.connect(lambda episode_id: self.open_episode(episode_id))
        self.episodes.sortChanged.connect(lambda key: self.settings.set(keys.SORT, key))
        self.episodes.groupedChanged.connect(lambda on: self.settings.set(keys.GROUPED, on))
        self.episodes.deleteRequested.connect(self.delete_episode)
        self.chapters.paragraphRequested.connect(self.jump_to_paragraph)
        self.pane.currentParagraphChanged.connect(self._paragraph_changed)
        self.welcome.importRequested.connect(self.choose_files)
        self.welcome.samplesRequested.connect(self.import_samples)
        self.imports.imported.connect(self._imported)
        self.imports.reanalysed.connect(self._reanalysed)
        self.episodeOpened.connect(self.bookmark_controller.episode_opened)
        self.episodeOpened.connect(lambda _id: self.actions_.delete_episode.setEnabled(True))
        self.episodesChanged.connect(lambda _ids: self.bookmarks.reload())  # re-import re-anchors
        if self.theme is not None:
            self.theme.changed.connect(self._theme_changed)

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
            self.restore_last_episode()
            self.repaint()  # the text first, then the icons
        icons.refresh(self)
        # Not when the window has closed (or the application quit) before its first paint's
        # follow-up: indexing would start a thread nobody stops.
        if self._background_search and self.isVisible():
            self.attach_search()

    def attach_search(self) -> SearchController:
        """Dock the search panel and start keeping the index current (once)."""
        if self.search is None:
            from podreader.ui.search_controller import SearchController

            self.search = SearchController(self)
        return self.search

    def _apply_saved_choices(self) -> None:
        s = self.settings
        self.episodes.set_sort(s.get(keys.SORT))  # type: ignore[arg-type]
        self.episodes.set_grouped(s.get(keys.GROUPED))
        mode = s.get(keys.MODE)
        self.set_mode(mode if mode in self.actions_.mode else "side")
        if s.get(keys.FONT_SIZE) > 0:
            self.pane.set_font_size(s.get(keys.FONT_SIZE))
        self.actions_.serif.setChecked(s.get(keys.SERIF))
        self.pane.set_serif(s.get(keys.SERIF))
        self.actions_.sponsors.setChecked(s.get(keys.SPONSORS_COLLAPSED))
        self.pane.set_sponsors_collapsed(s.get(keys.SPONSORS_COLLAPSED))
        if self.theme is not None:
            self.actions_.theme[self.theme.choice].setChecked(True)
        if not self.restoreGeometry(s.get(keys.GEOMETRY)):
            self._first_size()
        self.restoreState(s.get(keys.WINDOW_STATE))
        self.splitter.restoreState(s.get(keys.MAIN_SPLITTER))
        self.side.restoreState(s.get(keys.SIDE_SPLITTER))
        self._update_navigation()

    def _first_size(self) -> None:
        """Most of the screen on a first start: the default size is too small for two columns."""
        area = self.screen().availableGeometry()
        size = QSize(min(1400, area.width() * 9 // 10), min(900, area.height() * 9 // 10))
        self.resize(size)
        self.move(area.center() - self.rect().center())

    # -- panels from other parts of podreader ---------------------------------------------

    def add_panel(
        self,
        widget: QWidget,
        title: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        toggle_shortcut: str | QKeySequence | None = None,
    ) -> QDockWidget:
        """Dock ``widget`` with a View → Panels toggle; its saved place and visibility are
        restored (even when added after the window is shown).

        With no saved place the panel starts hidden, tabbed with the panels already in
        ``area``: the transcript keeps the room until the reader asks for a panel."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"panel-{widget.objectName() or title}")
        dock.setWidget(widget)
        neighbour = next(
            (
                d
                for d in self.findChildren(QDockWidget)
                if self.dockWidgetArea(d) == area and d.isVisible()
            ),
            None,
        )
        self.addDockWidget(area, dock)
        if dock.objectName() in self.settings.get(keys.PANELS).split(","):
            self.restoreDockWidget(dock)
        elif neighbour is not None:
            self.tabifyDockWidget(neighbour, dock)
        # Shown explicitly: a dock added after the window is shown stays hidden otherwise.
        dock.setVisible(dock.objectName() in self.settings.get(keys.VISIBLE_PANELS).split(","))
        toggle = dock.toggleViewAction()
        if toggle_shortcut is not None:
            toggle.setShortcut(QKeySequence(toggle_shortcut))
        toggle.triggered.connect(lambda shown: self._panel_toggled(dock, shown))
        self.panels_menu.addAction(toggle)
        self.panels_menu.menuAction().setVisible(True)
        return dock

    def _panel_toggled(self, dock: QDockWidget, shown: bool) -> None:
        if shown:
            dock.raise_()
            dock.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- episodes -------------------------------------------------------------------------

    def refresh_episodes(self) -> None:
        """Reload the list from the library (after an import, a delete or a new bookmark)."""
        summaries = self.library.summaries()
        self.episodes.set_summaries(summaries, self.library.bookmark_counts())
        self.summariesChanged.emit(summaries)
        total = self.episodes.total()
        self._count_label.setText(
            self.tr("1 episode") if total == 1 else self.tr("{n} episodes").format(n=total)
        )
        if total == 0:
            self.stack.setCurrentWidget(self.welcome)

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
        shown = self._show(episode_id, paragraph, terms)
        self._update_navigation()
        return shown

    def jump_to_paragraph(self, paragraph: int) -> None:
        """Jump within the open episode, remembering the place left for Back."""
        here = self.place()
        if here is None:
            return
        self.history.leave(here)
        self.pane.scroll_to_paragraph(paragraph)
        self._update_navigation()

    def place(self) -> Place | None:
        if self.episode is None:
            return None
        return Place(self.episode.id, max(self.pane.current_paragraph(), 0))

    def _show(self, episode_id: str, paragraph: int | None, terms: list[str] | None) -> bool:
        same = self.episode is not None and self.episode.id == episode_id
        if not same:
            episode = self.library.episode(episode_id)
            if episode is None:
                self.statusBar().showMessage(
                    self.tr("That episode is no longer in the library."), STATUS_MS
                )
                self.history.forget(episode_id)
                return False
            if paragraph is None:
                paragraph = self.settings.position(episode_id)
            self.episode = None  # the pane's first signals must not overwrite the saved place
            self.stack.setCurrentWidget(self.pane)  # lay the text out at its real size
            self.pane.set_episode(episode)
            self.chapters.set_episode(episode)
            self.episode = episode
            self._fill_other_tracks()
            self.settings.set(keys.LAST_EPISODE, episode_id)
            self.setWindowTitle(f"{episode.title} — podreader")
        if terms:
            self.pane.highlight_terms(terms)
        self.stack.setCurrentWidget(self.pane)
        self.episodes.select(episode_id)
        if paragraph is not None:
            self.pane.scroll_to_paragraph(paragraph)
            if terms:
                self.pane.show_hit(paragraph)  # the match itself, centred, F3 for the next
        self.chapters.set_current_paragraph(max(self.pane.current_paragraph(), 0))
        if not same:
            self.episodeOpened.emit(episode_id)
        return True

    def delete_episode(self, episode_id: str) -> bool:
        """Delete an episode after asking; the open one gives way to its neighbour in the list
        (or the welcome page when none is left). Its bookmarks stay in the library."""
        if not confirm_delete_episode(self, self.library, episode_id):
            return False
        showing = self.episode is not None and self.episode.id == episode_id
        following = (self.episodes.neighbour(1) or self.episodes.neighbour(-1)) if showing else None
        self.library.delete(episode_id)
        self.settings.forget_position(episode_id)
        self.history.forget(episode_id)
        self.refresh_episodes()
        self.bookmarks.reload()
        if showing:
            self._close_episode()
            following = following or self.episodes.first_id()
            if following is not None:
                self._show(following, None, None)
        self._update_navigation()
        self.episodeDeleted.emit(episode_id)
        return True

    def _close_episode(self) -> None:
        """Show nothing: the welcome page, as for an empty library."""
        self.episode = None
        self.pane.set_episode(None)
        self.chapters.set_episode(None)
        self.settings.set(keys.LAST_EPISODE, "")
        self.setWindowTitle("podreader")
        self.actions_.delete_episode.setEnabled(False)
        self.stack.setCurrentWidget(self.welcome)

    def restore_last_episode(self) -> None:
        """Open the episode read last, or the first in the list; the welcome page if none.

        Called on a shown window before its first paint, it waits for that paint.
        """
        if self.isVisible() and not self._painted:
            self._restore_when_painted = True
            return
        last = self.settings.get(keys.LAST_EPISODE)
        if last and self._show(last, None, None):
            return
        first = self.episodes.first_id()
        if first is not None:
            self._show(first, None, None)

    def _paragraph_changed(self, paragraph: int) -> None:
        if self.episode is None or paragraph < 0:
            return
        self.settings.set_position(self.episode.id, paragraph)
        self.chapters.set_current_paragraph(paragraph)

    # -- history and stepping -------------------------------------------------------------

    def go_back(self) -> None:
        place = self.history.back(self.place())
        if place is not None:
            self._show(place.episode_id, place.paragraph, None)
        self._update_navigation()

    def go_forward(self) -> None:
        place = self.history.forward(self.place())
        if place is not None:
            self._show(place.episode_id, place.paragraph, None)
        self._update_navigation()

    def _update_navigation(self) -> None:
        self.actions_.back.setEnabled(self.history.can_go_back())
        self.actions_.forward.setEnabled(self.history.can_go_forward())

    def _step_chapter(self, step: int) -> None:
        start = self.chapters.chapter_start(self.pane.current_paragraph(), step)
        if start is not None:
            self.jump_to_paragraph(start)

    def _step_episode(self, step: int) -> None:
        neighbour = self.episodes.neighbour(step)
        if neighbour is not None:
            self.open_episode(neighbour)

    # -- reading choices ------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        """ "side", "interleaved", "transcript" or "other" (see the pane's MODES)."""
        self.pane.set_mode(mode)
        self.actions_.mode[mode].setChecked(True)
        self.settings.set(keys.MODE, mode)

    def set_theme(self, choice: ThemeChoice) -> None:
        if self.theme is not None:
            self.theme.apply(choice)
            self.actions_.theme[choice].setChecked(True)
            self.settings.set(keys.THEME, choice)

    def _theme_changed(self, _dark: bool) -> None:
        icons.refresh(self)

    def _zoom(self, change: Callable[[], None]) -> None:
        change()
        self.settings.set(keys.FONT_SIZE, self.pane.font_size())

    def _set_serif(self, serif: bool) -> None:
        self.pane.set_serif(serif)
        self.settings.set(keys.SERIF, serif)

    def _set_sponsors_collapsed(self, collapsed: bool) -> None:
        self.pane.set_sponsors_collapsed(collapsed)
        self.settings.set(keys.SPONSORS_COLLAPSED, collapsed)

    def _fill_other_tracks(self) -> None:
        group = self.actions_.other_tracks
        for action in group.actions():
            group.removeAction(action)
            action.deleteLater()
        self.other_menu.clear()
        saved = self.settings.get(keys.OTHER_TRACK)
        if saved in self.pane.other_track_keys():
            self.pane.set_other_track(saved)
        for key in self.pane.other_track_keys():
            action = self.other_menu.addAction(_track_label(key))
            action.setCheckable(True)
            action.setData(key)
            action.setChecked(key == self.pane.other_track())
            group.addAction(action)
        self.other_menu.setEnabled(bool(group.actions()))

    def _set_other_track(self, key: str) -> None:
        self.pane.set_other_track(key)
        self.settings.set(keys.OTHER_TRACK, key)

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _focus_filter(self) -> None:
        self.episodes.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.episodes.filter.selectAll()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About podreader"),
            self.tr(
                "<b>podreader {version}</b><p>Read your saved PodQuest podcast transcript "
                "pages offline: bilingual, searchable, bookmarkable.</p>"
            ).format(version=__version__),
        )

    # -- importing ------------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import PodQuest Pages"),
            self.settings.get(keys.IMPORT_DIR),
            self.tr("Saved pages (*.txt *.text);;All files (*)"),
        )
        if files:
            self.settings.set(keys.IMPORT_DIR, str(Path(files[0]).parent))
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a Folder of PodQuest Pages"), self.settings.get(keys.IMPORT_DIR)
        )
        if folder:
            self.settings.set(keys.IMPORT_DIR, folder)
            self.import_paths([Path(folder)])

    def import_samples(self) -> None:
        """Import the shipped samples and open the first (it is opened even if already there)."""
        if self.import_paths(sample_pages()):
            self._open_after_import = True

    def import_paths(self, paths: Sequence[Path]) -> bool:
        """Import files and folders in the background; False if another import is running."""
        return self.imports.start(paths)

    def update_stale_analysis(self) -> bool:
        """Bring episodes stored by an older podreader up to date, in the background (at
        startup, after the first paint); the list refreshes when done."""
        return self.imports.update_analysis()

    def _reanalysed(self, count: int) -> None:
        if not count:
            return
        self.refresh_episodes()
        if self.episode is not None:  # show the open episode's new reading view
            episode_id, paragraph = self.episode.id, self.pane.current_paragraph()
            self.episode = None
            self._show(episode_id, max(paragraph, 0), None)

    def _imported(self, results: list[ImportResult]) -> None:
        self.refresh_episodes()
        changed = [r.episode_id for r in results if r.episode_id and r.status != "unchanged"]
        if changed:
            self.episodesChanged.emit(changed)
        first = next((r.episode_id for r in results if r.episode_id), None)
        if first is not None and (self._open_after_import or self.episode is None):
            self.open_episode(first)
        self._open_after_import = False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if importable_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = importable_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.imports.shutdown()
        if self.search is not None:
            self.search.shutdown()
        here = self.place()
        if here is not None:
            self.settings.set_position(here.episode_id, here.paragraph)
        s = self.settings
        s.set(keys.GEOMETRY, self.saveGeometry())
        s.set(keys.WINDOW_STATE, self.saveState())
        docks = self.findChildren(QDockWidget)
        s.set(keys.PANELS, ",".join(d.objectName() for d in docks))
        s.set(
            keys.VISIBLE_PANELS,
            ",".join(d.objectName() for d in docks if d.toggleViewAction().isChecked()),
        )
        s.set(keys.MAIN_SPLITTER, self.splitter.saveState())
        s.set(keys.SIDE_SPLITTER, self.side.saveState())
        s.sync()
        super().closeEvent(event)


def _track_label(key: str) -> str:
    """Menu text for a track key: the Topics summary, or a language by its own name."""
    if key == "summary":
        return "Topics Summary"
    name = QLocale(key).nativeLanguageName()
    return f"{name} ({key})" if name else key
