"""The main window's menu bar and toolbar, built from its actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

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
    file.addActions([a.import_files, a.import_folder, a.samples])
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
