"""How the main window is laid out: the central splitters, the menu bar and the toolbar,
and its size on a first start."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from podreader.ui import icons
from podreader.ui.window_actions import WindowActions


@dataclass(frozen=True, slots=True)
class Menus:
    """The menus other parts add to: Edit (bookmark, search), Other Language, Panels, Help."""

    edit: QMenu
    other: QMenu
    panels: QMenu
    help: QMenu
    toolbar: QToolBar


def build_menus(
    window: QMainWindow,
    a: WindowActions,
    find: QAction,
    group: QAction,
    reading: Sequence[QAction] = (),
    hits: Sequence[QAction] = (),
) -> Menus:
    """Menus and toolbar for ``window``; ``find`` is the pane's find action (made window-wide
    so Ctrl+F works from the episode list too), ``group`` the list's Group by Podcast,
    ``reading`` the pane's reading choices for View (practice mode), ``hits`` its steps through
    search hits for Go (F3, Shift+F3); these are window-wide too."""
    for action in (*reading, *hits):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    bar = window.menuBar()
    file = bar.addMenu(window.tr("&File"))
    file.addActions([a.import_files, a.import_folder, a.samples, a.recover])
    file.addSeparator()
    file.addAction(a.quit)
    edit = bar.addMenu(window.tr("&Edit"))
    find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    icons.bind(find, "find")
    edit.addActions([find, a.filter])
    edit.addSeparator()
    edit.addAction(a.delete_episode)  # "Bookmark Selection…" goes before it
    view = bar.addMenu(window.tr("&View"))
    view.addActions(list(a.mode.values()))
    other = view.addMenu(window.tr("Other Language"))
    view.addSeparator()
    view.addActions([a.larger, a.smaller, a.actual_size, a.serif, a.sponsors, *reading])
    view.addSeparator()
    theme = view.addMenu(window.tr("Theme"))
    icons.bind(theme.menuAction(), "theme")
    theme.addActions(list(a.theme.values()))
    view.addAction(group)
    panels = view.addMenu(window.tr("Panels"))
    panels.menuAction().setVisible(False)
    view.addSeparator()
    view.addAction(a.full_screen)
    go = bar.addMenu(window.tr("&Go"))
    go.addActions([a.back, a.forward])
    go.addSeparator()
    go.addActions([a.previous_chapter, a.next_chapter, a.previous_episode, a.next_episode])
    if hits:
        go.addSeparator()
        go.addActions(list(hits))
    help_menu = bar.addMenu(window.tr("&Help"))
    help_menu.addActions([a.shortcuts, a.open_data])
    help_menu.addSeparator()
    help_menu.addAction(a.about)
    tools = QToolBar(window.tr("Main Toolbar"), window)
    tools.setObjectName("main-toolbar")
    tools.setMovable(False)
    tools.addActions([a.import_files, a.back, a.forward])
    tools.addSeparator()
    tools.addActions(list(a.mode.values()))
    tools.addSeparator()
    tools.addActions([a.smaller, a.larger, find])
    window.addToolBar(tools)
    return Menus(edit, other, panels, help_menu, tools)


#: The side bar's first width, and the least it can be given (the list's two lines still read).
SIDE_WIDTH = 300
SIDE_MIN_WIDTH = 220


@dataclass(frozen=True, slots=True)
class Central:
    side: QSplitter  # episode list above the outline
    stack: QStackedWidget  # the welcome page or the transcript pane
    splitter: QSplitter  # the side bar beside the reading column
    column: QVBoxLayout  # the reading column: the header above the stack


def build_central(
    window: QMainWindow, episodes: QWidget, outline: QWidget, header: QWidget, pages: list[QWidget]
) -> Central:
    """The list and outline on the left; on the right the header above ``pages`` (stacked)."""
    side = QSplitter(Qt.Orientation.Vertical, window)
    side.setMinimumWidth(SIDE_MIN_WIDTH)
    side.addWidget(episodes)
    side.addWidget(outline)
    side.setStretchFactor(0, 3)
    side.setStretchFactor(1, 2)
    stack = QStackedWidget(window)
    for page in pages:
        stack.addWidget(page)
    reading = QWidget(window)
    column = QVBoxLayout(reading)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(header)
    column.addWidget(stack, 1)
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.addWidget(side)
    splitter.addWidget(reading)
    # Only the reading column grows and shrinks with the window (and as panels open and
    # close): the side bar keeps the width the reader gave it.
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([SIDE_WIDTH, 1000])
    splitter.setChildrenCollapsible(False)
    window.setCentralWidget(splitter)
    return Central(side, stack, splitter, column)


def first_size(window: QMainWindow) -> None:
    """Most of the screen on a first start: the default size is too small for two columns."""
    area = window.screen().availableGeometry()
    size = QSize(min(1400, area.width() * 9 // 10), min(900, area.height() * 9 // 10))
    window.resize(size)
    window.move(area.center() - window.rect().center())
