"""What an empty library shows instead of a blank transcript: two ways to get started."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from podreader.ui import icons

TEXT_MIN_WIDTH = 300


class WelcomePage(QWidget):
    """Signals: ``importRequested`` (Import files…) and ``samplesRequested`` (the samples)."""

    importRequested = Signal()
    samplesRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel(self)
        logo.setPixmap(icons.app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("Welcome to podreader"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Read the PodQuest episode pages you saved, offline: the transcript beside its "
                "translation, with chapters, search and bookmarks.\n\n"
                "Import the pages you saved as text (or drop them on this window), "
                "or look around with two short sample episodes first."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A centred label in a box layout gets its one-line size hint; ask for the wrapped height
        # (at the narrowest width, so that a narrow window never cuts it off).
        text.setMinimumWidth(TEXT_MIN_WIDTH)
        text.setMaximumWidth(460)
        text.setMinimumHeight(text.heightForWidth(TEXT_MIN_WIDTH))
        self.import_button = QPushButton(self.tr("Import Files…"), self)
        icons.bind(self.import_button, "import_files")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.importRequested)
        self.samples_button = QPushButton(self.tr("Open Sample Episodes"), self)
        icons.bind(self.samples_button, "samples")
        self.samples_button.clicked.connect(self.samplesRequested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addSpacing(12)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(20)
        for button in (self.import_button, self.samples_button):
            button.setMinimumWidth(220)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
