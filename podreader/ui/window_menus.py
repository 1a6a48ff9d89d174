"""The main window's menu bar and toolbar, built from its actions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from podreader.ui import icons
from podreader.ui.window_actions import WindowActions


@dataclass(frozen=True, slots=True)
class Menus:
    """The menus other parts add to: Edit (bookmark, search), Other Language, Interface Language,
    Panels, Help."""

    edit: QMenu
    other: QMenu
    language: QMenu
    panels: QMenu
    help: QMenu
    toolbar: QToolBar


def build_menus(window: QMainWindow, a: WindowActions, find: QAction, group: QAction) -> Menus:
    """Menus and toolbar for ``window``; ``find`` is the pane's find action (made window-wide
    so Ctrl+F works from the episode list too), ``group`` the list's Group by Podcast."""
    bar = window.menuBar()
    file = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file.addActions([a.import_files, a.import_folder, a.samples, a.recover])
    file.addSeparator()
    file.addAction(a.quit)
    edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    icons.bind(find, "find")
    edit.addActions([find, a.filter])
    edit.addSeparator()
    edit.addAction(a.delete_episode)  # "Bookmark Selection…" goes before it
    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view.addActions(list(a.mode.values()))
    other = view.addMenu(QCoreApplication.translate("MainWindow", "Other Language"))
    view.addSeparator()
    view.addActions([a.larger, a.smaller, a.actual_size, a.serif, a.sponsors])
    view.addSeparator()
    theme = view.addMenu(QCoreApplication.translate("MainWindow", "Theme"))
    icons.bind(theme.menuAction(), "theme")
    theme.addActions(list(a.theme.values()))
    language = view.addMenu(QCoreApplication.translate("MainWindow", "Interface Language"))
    view.addAction(group)
    panels = view.addMenu(QCoreApplication.translate("MainWindow", "Panels"))
    panels.menuAction().setVisible(False)
    view.addSeparator()
    view.addAction(a.full_screen)
    go = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    go.addActions([a.back, a.forward])
    go.addSeparator()
    go.addActions([a.previous_chapter, a.next_chapter, a.previous_episode, a.next_episode])
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(a.about)
    tools = QToolBar(QCoreApplication.translate("MainWindow", "Main Toolbar"), window)
    tools.setObjectName("main-toolbar")
    tools.setMovable(False)
    tools.addActions([a.import_files, a.back, a.forward])
    tools.addSeparator()
    tools.addActions(list(a.mode.values()))
    tools.addSeparator()
    tools.addActions([a.smaller, a.larger, find])
    window.addToolBar(tools)
    return Menus(edit, other, language, panels, help_menu, tools)
