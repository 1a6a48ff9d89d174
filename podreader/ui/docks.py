"""Docked panels (search, bookmarks) and the window layout that is saved between sessions."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QSplitter, QWidget

from podreader.ui import settings as keys
from podreader.ui.settings import Settings

#: Width the side bar and the transcript keep before a docked panel gets more.
READING_ROOM = 640
_SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)

#: Splitters whose sizes are kept, by their setting.
Splitters = dict[keys.Key[QByteArray], QSplitter]


class PanelDocks:
    """Docks panels into ``window`` with a toggle each in ``menu`` (View → Panels)."""

    def __init__(self, window: QMainWindow, settings: Settings, menu: QMenu) -> None:
        self.window = window
        self.settings = settings
        self.menu = menu
        self._restoring = False  # see restore_layout

    def add(
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
        window = self.window
        dock = QDockWidget(title, window)
        dock.setObjectName(f"panel-{widget.objectName() or title}")
        dock.setWidget(widget)
        neighbour = next(
            (
                d
                for d in window.findChildren(QDockWidget)
                if window.dockWidgetArea(d) == area and d.isVisible()
            ),
            None,
        )
        window.addDockWidget(area, dock)
        if dock.objectName() in self.settings.get(keys.PANELS).split(","):
            window.restoreDockWidget(dock)
        elif neighbour is not None:
            window.tabifyDockWidget(neighbour, dock)
        # Shown explicitly: a dock added after the window is shown stays hidden otherwise.
        dock.setVisible(dock.objectName() in self.settings.get(keys.VISIBLE_PANELS).split(","))
        toggle = dock.toggleViewAction()
        if toggle_shortcut is not None:
            toggle.setShortcut(QKeySequence(toggle_shortcut))
        toggle.triggered.connect(lambda shown: _toggled(dock, shown))
        dock.visibilityChanged.connect(lambda shown: self._leave_room(dock, shown))
        self.menu.addAction(toggle)
        self.menu.menuAction().setVisible(True)
        return dock

    def restore(self, splitters: Splitters) -> bool:
        """Restore the saved window geometry, docks and splitters; False on a first start."""
        placed = self.window.restoreGeometry(self.settings.get(keys.GEOMETRY))
        self.restore_layout(splitters)
        return placed

    def restore_layout(self, splitters: Splitters) -> None:
        """Restore the saved docks and splitters (again, once a panel added later is there);
        the panels it shows keep their saved widths."""
        s, window = self.settings, self.window
        self._restoring = True
        try:
            window.restoreState(s.get(keys.WINDOW_STATE))
            for key, splitter in splitters.items():
                splitter.restoreState(s.get(key))
        finally:
            self._restoring = False

    def save(self, splitters: Splitters) -> None:
        s, window = self.settings, self.window
        s.set(keys.GEOMETRY, window.saveGeometry())
        s.set(keys.WINDOW_STATE, window.saveState())
        docks = window.findChildren(QDockWidget)
        s.set(keys.PANELS, ",".join(d.objectName() for d in docks))
        s.set(
            keys.VISIBLE_PANELS,
            ",".join(d.objectName() for d in docks if d.toggleViewAction().isChecked()),
        )
        for key, splitter in splitters.items():
            s.set(key, splitter.saveState())

    def _leave_room(self, dock: QDockWidget, shown: bool) -> None:
        """Narrow a side panel that would leave the reading column less than
        :data:`READING_ROOM` (a panel's first width is its size hint, whatever the window's)."""
        window = self.window
        if self._restoring or not shown or dock.isFloating():
            return  # a restored panel keeps the width the reader gave it
        if window.dockWidgetArea(dock) not in _SIDES:
            return
        central = window.centralWidget()
        room = central.width() if central is not None else window.width()
        if room < READING_ROOM:
            wanted = max(dock.minimumSizeHint().width(), dock.width() - (READING_ROOM - room))
            window.resizeDocks([dock], [wanted], Qt.Orientation.Horizontal)


def _toggled(dock: QDockWidget, shown: bool) -> None:
    if shown:
        dock.raise_()
        dock.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)
