"""The panels' text follows the reading text size: View → Larger Text (Ctrl+=) makes the episode
list, the contents and the docked panels larger in the same proportion as the transcript.

The proportion is the transcript's size over its default; the panels start from the
application's font (the system's), so the system's text size setting is respected too. The size
is a style sheet on each panel rather than ``setFont``: under the application's style sheet a
parent's font does not reach its children, a style sheet's does (and survives theme switches).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from podreader.ui.transcript.fonts import DEFAULT_POINT_SIZE


class PanelText(QObject):
    """Sets the font of ``side`` (the episode list and contents) and of every docked panel."""

    def __init__(self, window: QMainWindow, side: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._side = side
        self.scale = 1.0

    def follow(self, reading_points: int) -> None:
        """Scale the panels for a transcript of ``reading_points``."""
        self.scale = reading_points / DEFAULT_POINT_SIZE
        for widget in [self._side, *self._docked()]:
            self.apply_to(widget)

    def apply_to(self, widget: QWidget) -> None:
        """Give ``widget`` (a panel docked later, say) the panels' current size."""
        if self.scale == 1.0:
            widget.setStyleSheet("")
            return
        points = QApplication.font().pointSizeF() * self.scale
        widget.setStyleSheet(f"font-size: {points:.1f}pt;")

    def _docked(self) -> list[QWidget]:
        docks = self._window.findChildren(QDockWidget)
        return [w for w in (d.widget() for d in docks) if w is not None]
