"""Every icon the window uses, by purpose, and the application icon.

qtawesome draws font glyphs in one fixed colour, so icons are made in the palette's text colour
and redrawn by :func:`refresh` after a theme change. Widgets get their icon through :func:`bind`,
which remembers the purpose on the widget so that :func:`refresh` can find it again.

Importing qtawesome and loading its fonts takes a few hundred milliseconds, more than building
the window, so it waits for the first :func:`refresh`: the window binds purposes while it is
built, paints, opens the episode, and then refreshes. Until then :func:`icon` gives a blank icon
(item views ask again when refreshed), so nothing on the way to the first screen waits for them
and the first frame already has the final layout: a button with no icon at all would show its
text instead, and the toolbar would flash as a row of words.
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget

#: Purpose -> qtawesome name. Only names from the bundled Material Design Icons 6 font.
NAMES: dict[str, str] = {
    "import_files": "mdi6.file-import-outline",
    "import_folder": "mdi6.folder-download-outline",
    "samples": "mdi6.book-open-page-variant-outline",
    "quit": "mdi6.exit-to-app",
    "find": "mdi6.magnify",
    "search": "mdi6.text-search",
    "filter": "mdi6.filter-variant",
    "back": "mdi6.arrow-left",
    "forward": "mdi6.arrow-right",
    "previous_chapter": "mdi6.chevron-up",
    "next_chapter": "mdi6.chevron-down",
    "larger": "mdi6.format-font-size-increase",
    "smaller": "mdi6.format-font-size-decrease",
    "mode_side": "mdi6.view-split-vertical",
    "mode_interleaved": "mdi6.view-agenda-outline",
    "mode_transcript": "mdi6.text-box-outline",
    "mode_other": "mdi6.translate",
    "theme": "mdi6.theme-light-dark",
    "sort": "mdi6.sort",
    "group": "mdi6.file-tree-outline",
    "podcast": "mdi6.podcast",
    "chapter": "mdi6.format-list-bulleted",
    "current_chapter": "mdi6.book-open-variant",
    "point": "mdi6.circle-small",
    "people": "mdi6.account-multiple-outline",
    "person": "mdi6.account-outline",
    "insights": "mdi6.lightbulb-outline",
    "insight": "mdi6.help-circle-outline",
    "cancel": "mdi6.close-circle-outline",
    "failed": "mdi6.alert-circle-outline",
    "ok": "mdi6.check-circle-outline",
    "about": "mdi6.information-outline",
    "keyboard": "mdi6.keyboard-outline",
    "folder": "mdi6.folder-outline",
    "fullscreen": "mdi6.fullscreen",
    "bookmarks": "mdi6.bookmark-multiple-outline",
    "bookmark_add": "mdi6.bookmark-plus-outline",
    "delete": "mdi6.delete-outline",
    "export": "mdi6.export-variant",
}

_PROPERTY = "podreaderIcon"

#: Whether the first :func:`refresh` has loaded qtawesome.
_loaded = False


#: Drawn until the icon font is loaded: transparent, as large as any icon is shown.
_BLANK_SIZE = 64


_blank_icon: QIcon | None = None


def _blank() -> QIcon:
    """One transparent icon shared by every target (made once, on first use)."""
    global _blank_icon
    if _blank_icon is None:
        pixmap = QPixmap(_BLANK_SIZE, _BLANK_SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        _blank_icon = QIcon(pixmap)
    return _blank_icon


def icon(purpose: str) -> QIcon:
    """The icon for ``purpose`` in the current palette's colours; blank until loaded."""
    if not _loaded:
        return _blank()
    import qtawesome as qta

    palette = QGuiApplication.palette()
    return qta.icon(  # type: ignore[no-any-return]
        NAMES[purpose],
        color=palette.color(QPalette.ColorRole.ButtonText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
        color_active=palette.color(QPalette.ColorRole.ButtonText),
        color_selected=palette.color(QPalette.ColorRole.HighlightedText),
    )


def bind(target: QAction | QAbstractButton, purpose: str) -> None:
    """Give ``target`` its icon (a blank one until the first :func:`refresh` draws it)."""
    target.setProperty(_PROPERTY, purpose)
    target.setIcon(icon(purpose))


def refresh(root: QWidget) -> None:
    """Draw every bound icon under ``root`` in the current palette's colours (the first call
    loads the icon font), and have item views ask for their icons again."""
    global _loaded
    if not _loaded:
        import qtawesome  # noqa: F401  # the slow part: Python modules and the icon fonts

        _loaded = True
    targets: list[QAction | QAbstractButton] = [
        *root.findChildren(QAction),
        *root.findChildren(QAbstractButton),
    ]
    for target in targets:
        purpose = target.property(_PROPERTY)
        if isinstance(purpose, str):
            target.setIcon(icon(purpose))
    for view in root.findChildren(QAbstractItemView):
        view.viewport().update()


def load(root: QWidget) -> None:
    """After a window's first paint: load the icon font and draw the icons under ``root``,
    unless it is loaded already (a window built later drew its icons as they were bound)."""
    if not _loaded:
        refresh(root)


_APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The podreader logo, rendered from its SVG at the usual sizes while the file is at hand."""
    logo = QIcon()
    with as_file(files("podreader.resources") / "icons" / "podreader.svg") as path:
        source = QIcon(str(path))
        for size in _APP_ICON_SIZES:
            logo.addPixmap(source.pixmap(size, size))
    return logo
