"""The outline under the episode list: chapters to jump to, the one being read marked."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from podreader.model import Episode
from podreader.ui.chapter_model import ChapterModel, Role


class ChapterPanel(QWidget):
    """Signals: ``paragraphRequested(id)`` when the reader picks a chapter, point or insight."""

    paragraphRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Contents"), self)
        heading.setObjectName("sidebarHeading")
        self.model = ChapterModel(self)
        self.view = QTreeView(self)
        self.view.setAccessibleName(self.tr("Chapters"))
        self.view.setHeaderHidden(True)
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.clicked.connect(self._picked)
        self.view.activated.connect(self._picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)

    def set_episode(self, episode: Episode | None) -> None:
        self.model.set_episode(episode)

    def set_current_paragraph(self, paragraph: int) -> None:
        """Follow the reader: mark and show the chapter being read, without jumping anywhere."""
        index = self.model.set_current_paragraph(paragraph)
        if index.isValid() and not self._inside(index):
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.view.scrollTo(index)

    def _inside(self, chapter: QModelIndex) -> bool:
        """Whether the selection is already the chapter or one of its points."""
        current = self.view.currentIndex()
        return current == chapter or current.parent() == chapter

    def chapter_start(self, paragraph: int, step: int) -> int | None:
        """Start of the next (``step`` 1) or previous (-1) chapter from ``paragraph``."""
        starts = self.model.chapter_starts()
        if step > 0:
            return next((s for s in starts if s > paragraph), None)
        return next((s for s in reversed(starts) if s < paragraph), None)

    def _picked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        paragraph = index.data(Role.PARAGRAPH)
        if isinstance(paragraph, int):
            self.paragraphRequested.emit(paragraph)
