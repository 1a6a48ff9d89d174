"""What a window holds that the settings file does not, carried into the window rebuilt in its
place (after View → Interface Language).

The settings file already keeps the rest as the reader changes it or as the window closes:
size, maximised state, docks, splitters, mode, text size, font, theme, the episode read last
and its paragraph. This adds the window's place on the screen, the exact place within that
paragraph, the text typed in the episode filter and the search box, practice mode, Back /
Forward and where the keyboard focus was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from podreader.ui.navigation import History

if TYPE_CHECKING:
    from podreader.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class WindowState:
    #: Where the window is on the screen, unless maximised or full screen (then ``None``):
    #: the saved geometry puts a window back at its place at start, but without a window
    #: manager (or with one that leaves the frame to the program) it lands a frame lower.
    geometry: QRect | None
    full_screen: bool
    episode_id: str | None
    #: The transcript's top row and the share of it scrolled past (see ``RowView.anchor``).
    anchor: tuple[int, float]
    filter: str
    #: The search box's text, or None when search was not attached yet (before a first paint).
    search: str | None
    practice: bool
    history: History
    #: Which of :func:`_focusable` had the keyboard focus (None: another, or none).
    focus: str | None


def capture(window: MainWindow) -> WindowState:
    episode = window.episode
    framed = window.isMaximized() or window.isFullScreen()
    return WindowState(
        geometry=None if framed else window.geometry(),
        full_screen=window.isFullScreen(),
        episode_id=episode.id if episode is not None else None,
        anchor=window.pane.view().anchor(),
        filter=window.episodes.filter.text(),
        search=window.search.panel.query.text() if window.search is not None else None,
        practice=window.pane.practice(),
        history=window.reader.history,
        focus=next(
            (name for name, w in _focusable(window).items() if _holds(w, window.focusWidget())),
            None,
        ),
    )


def place(window: MainWindow, state: WindowState) -> None:
    """Put a window just built, not yet shown, where the old one is."""
    if state.geometry is not None:
        window.setGeometry(state.geometry)


def resume(window: MainWindow, state: WindowState) -> None:
    """Put ``state`` into a window just built over the same library, placed and shown."""
    window.actions_.full_screen.setChecked(state.full_screen)  # shown so by its geometry
    if state.search is not None:
        window.attach_search().panel.query.setText(state.search)
        # The search panel was not there when the window restored its docks and splitters:
        # without it, the others took its room, and kept it. First, so that the text is laid
        # out once, at its width.
        window.docks.restore_layout(window.splitters())
    window.episodes.filter.setText(state.filter)
    window.pane.set_practice(state.practice)
    if state.episode_id is not None and window.reader.show(state.episode_id, None, None):
        window.pane.view().restore(state.anchor)
    window.reader.history = state.history
    window.set_navigation(state.history.can_go_back(), state.history.can_go_forward())
    target = _focusable(window).get(state.focus or "")
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def _focusable(window: MainWindow) -> dict[str, QWidget]:
    """The places a reader types or moves in, by name: the same place in another window."""
    places: dict[str, QWidget] = {
        "filter": window.episodes.filter,
        "episodes": window.episodes.view,
        "chapters": window.chapters.view,
        "text": window.pane.view(),
        "bookmarks": window.bookmarks.filter,
    }
    if window.search is not None:
        places["search"] = window.search.panel.query
        places["results"] = window.search.panel.results
    return places


def _holds(place: QWidget, focused: QWidget | None) -> bool:
    return focused is not None and (focused is place or place.isAncestorOf(focused))
