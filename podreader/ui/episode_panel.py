"""The episode list beside the reader: a filter box, sort and grouping choices, and the list.

The filter works from the keyboard: typing filters, Down moves into the list at the first
match, Enter opens the selected (else the first) match, Escape clears the filter and, once
empty, goes back to the list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from podreader.library.store import EpisodeSummary
from podreader.ui import icons, read_only
from podreader.ui.episode_delegate import EpisodeDelegate
from podreader.ui.episode_model import (
    SORT_KEYS,
    EpisodeFilterProxy,
    EpisodeListModel,
    Role,
    SortKey,
)
from podreader.ui.podcast_model import PodcastTreeModel
from podreader.ui.translations import QT_TRANSLATE_NOOP
from podreader.ui.wording import progress_text

_SORT_LABELS: dict[SortKey, str] = {
    "date": QT_TRANSLATE_NOOP("EpisodePanel", "Newest First"),
    "title": QT_TRANSLATE_NOOP("EpisodePanel", "Title"),
    "podcast": QT_TRANSLATE_NOOP("EpisodePanel", "Podcast"),
}


class EpisodePanel(QWidget):
    """Signals: ``episodeActivated(id)`` when the reader picks an episode (click or Enter);
    ``sortChanged(key)`` and ``groupedChanged(bool)`` so the window can save the choices;
    ``deleteRequested(id)`` from an episode's context menu (the window asks and deletes)."""

    episodeActivated = Signal(str)
    deleteRequested = Signal(str)
    sortChanged = Signal(str)
    groupedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: A read-only library: the context menu's Delete is disabled and says why.
        self.read_only = False
        self.flat = EpisodeListModel(self)
        self.tree = PodcastTreeModel(self)
        self.tree.progress = self.flat.progress
        self.proxy = EpisodeFilterProxy(self)
        self.filter = QLineEdit(self)
        self.filter.setAccessibleName(self.tr("Filter episodes"))
        self.filter.setPlaceholderText(self.tr("Filter episodes"))
        self.filter.setClearButtonEnabled(True)
        filter_icon = QAction(self.filter)
        icons.bind(filter_icon, "filter")
        self.filter.addAction(filter_icon, QLineEdit.ActionPosition.LeadingPosition)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        self.options = QToolButton(self)
        self.options.setAccessibleName(self.tr("Sort and group the episodes"))
        self.options.setToolTip(self.tr("Sort and group the episodes"))
        self.options.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.options.setAutoRaise(True)
        icons.bind(self.options, "sort")
        self.options.setMenu(self._options_menu())
        self.view = QTreeView(self)
        self.view.setAccessibleName(self.tr("Episodes"))
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = EpisodeDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.proxy)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        top = QHBoxLayout()
        top.setContentsMargins(6, 6, 6, 2)
        top.addWidget(self.filter, 1)
        top.addWidget(self.options)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.set_grouped(False)

    def _options_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addSection(self.tr("Sort"))
        group = QActionGroup(menu)
        self.sort_actions: dict[SortKey, QAction] = {}
        for key in SORT_KEYS:
            action = menu.addAction(QCoreApplication.translate("EpisodePanel", _SORT_LABELS[key]))
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, k=key: self.set_sort(k))
            self.sort_actions[key] = action
        self.sort_actions["date"].setChecked(True)
        menu.addSeparator()
        self.group_action = menu.addAction(self.tr("Group by Podcast"))
        self.group_action.setCheckable(True)
        icons.bind(self.group_action, "group")
        self.group_action.toggled.connect(self.set_grouped)
        return menu

    # -- data -----------------------------------------------------------------------------

    def set_summaries(
        self,
        summaries: Sequence[EpisodeSummary],
        bookmarks: Mapping[str, int] | None,
        progress: Mapping[str, float] | None = None,
        podcasts: Sequence[str] = (),
    ) -> None:
        """Replace the list, keeping the selected episode selected; ``podcasts`` (with no
        episodes yet) are listed too when grouped by podcast."""
        selected = self.selected_id()
        self.flat.progress.clear()
        self.flat.progress.update(progress or {})
        self.flat.set_summaries(summaries, bookmarks)
        self.tree.set_summaries(summaries, bookmarks, podcasts)
        if self.filter.text().strip():
            self._source().fetch_all()
        if selected:
            self.select(selected)

    def set_progress(self, episode_id: str, fraction: float) -> None:
        """Show how far an episode has been read (the open one, as the reader scrolls)."""
        before = self.flat.progress.get(episode_id)
        self.flat.progress[episode_id] = fraction
        if before is None or progress_text(before) != progress_text(fraction):
            self.view.viewport().update()

    def total(self) -> int:
        return self.flat.total()

    def grouped(self) -> bool:
        return self.proxy.sourceModel() is self.tree

    def set_grouped(self, grouped: bool) -> None:
        if self.proxy.sourceModel() is not None and grouped == self.grouped():
            return
        selected = self.selected_id()
        self.proxy.setSourceModel(self.tree if grouped else self.flat)
        self.view.setRootIsDecorated(grouped)
        # Podcast rows are one line and episode rows two: uniform heights would take the
        # first (a podcast) for all and clip every episode's second line.
        self.view.setUniformRowHeights(not grouped)
        self.delegate.show_podcast = not grouped
        self.group_action.setChecked(grouped)
        if self.filter.text().strip():
            self._source().fetch_all()
        if selected:
            self.select(selected)
        self.groupedChanged.emit(grouped)

    def set_sort(self, key: SortKey) -> None:
        selected = self.selected_id()
        self.flat.set_sort(key)
        self.tree.set_sort(key)
        self.sort_actions[key].setChecked(True)
        if selected:
            self.select(selected)
        self.sortChanged.emit(key)

    # -- selection ------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        value = index.data(Role.ID) if index.isValid() else None
        return value if isinstance(value, str) else None

    def select(self, episode_id: str) -> bool:
        """Select and show an episode without emitting ``episodeActivated``."""
        if self.grouped():
            source = self.tree.index_of(episode_id)
        else:
            row = self.flat.row_of(episode_id)
            source = self.flat.index(row, 0) if row is not None else QModelIndex()
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        if index.parent().isValid():
            self.view.expand(index.parent())
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def first_id(self) -> str | None:
        """The episode at the top of the list as shown (in a podcast group when grouped)."""
        index = self.proxy.index(0, 0)
        if index.isValid() and self.grouped():
            self.view.expand(index)
            index = self.proxy.index(0, 0, index)
        value = index.data(Role.ID) if index.isValid() else None
        return value if isinstance(value, str) else None

    def neighbour(self, step: int) -> str | None:
        """The episode ``step`` rows below (or above) the selected one, in the list as shown."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        sibling = index.siblingAtRow(index.row() + step)
        value = sibling.data(Role.ID) if sibling.isValid() else None
        return value if isinstance(value, str) else None

    # -- the filter from the keyboard -----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        return watched is self.filter and self._filter_key(event.key())

    def _filter_key(self, key: int) -> bool:
        """Handle Down, Enter and Escape in the filter box; True when handled."""
        Key = Qt.Key
        if key == Key.Key_Down:
            self._select_first_match()
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Key.Key_Return, Key.Key_Enter):
            if not self._current_is_shown():
                self._select_first_match()
            episode_id = self.selected_id()
            if episode_id is not None:
                self.episodeActivated.emit(episode_id)
            return True
        if key == Key.Key_Escape:
            if self.filter.text():
                self.filter.clear()
            else:
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def _current_is_shown(self) -> bool:
        """Whether the list's current row is an episode the filter lets through."""
        return self.view.currentIndex().isValid() and self.selected_id() is not None

    def _select_first_match(self) -> None:
        """Make the first episode shown the current row (when the current one is filtered out
        or none is current), without opening it."""
        if self._current_is_shown():
            return
        first = self.first_id()
        if first is not None:
            self.select(first)

    # -- internals ------------------------------------------------------------------------

    def _source(self) -> EpisodeListModel | PodcastTreeModel:
        return self.tree if self.grouped() else self.flat

    def _filter_changed(self, text: str) -> None:
        if text.strip():
            self._source().fetch_all()  # the proxy can only filter rows the model has handed out
        self.proxy.set_filter_text(text)
        if text.strip() and self.grouped():
            self.view.expandAll()

    def context_menu(self, episode_id: str) -> QMenu:
        """The menu for one episode of the list."""
        menu = QMenu(self)
        delete = menu.addAction(self.tr("Delete Episode…"))
        icons.bind(delete, "delete")
        delete.triggered.connect(lambda: self.deleteRequested.emit(episode_id))
        if self.read_only:
            read_only.disable([delete])
            menu.setToolTipsVisible(True)
        return menu

    def _show_context_menu(self, point: QPoint) -> None:
        episode_id = self.view.indexAt(point).data(Role.ID)
        if isinstance(episode_id, str):
            menu = self.context_menu(episode_id)
            menu.exec(self.view.viewport().mapToGlobal(point))
            menu.deleteLater()

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        episode_id = index.data(Role.ID)
        if isinstance(episode_id, str):
            self.episodeActivated.emit(episode_id)
