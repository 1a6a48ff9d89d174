"""The add/edit dialog of a bookmark: the quote for reference, then note, tags and colour."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from podreader.library.bookmarks import DEFAULT_COLOR, clean_tags
from podreader.ui.translations import QT_TRANSLATE_NOOP

#: The colours offered, first the default; a bookmark keeps any other colour it already has.
COLORS: tuple[tuple[str, str], ...] = (
    (DEFAULT_COLOR, QT_TRANSLATE_NOOP("BookmarkDialog", "Yellow")),
    ("#7fd67f", QT_TRANSLATE_NOOP("BookmarkDialog", "Green")),
    ("#7fb3ff", QT_TRANSLATE_NOOP("BookmarkDialog", "Blue")),
    ("#f08fb0", QT_TRANSLATE_NOOP("BookmarkDialog", "Pink")),
    ("#c39bff", QT_TRANSLATE_NOOP("BookmarkDialog", "Purple")),
)
_QUOTE_CHARS = 600


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def _excerpt(text: str) -> str:
    text = text.strip()
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + "…"


def split_tags(text: str) -> list[str]:
    """Tags typed as words separated by commas or spaces, with or without '#'."""
    return clean_tags(text.replace(",", " ").replace("，", " ").split())


class BookmarkDialog(QDialog):
    """Edits the note (plain text or Markdown), the tags and the colour of one bookmark."""

    def __init__(
        self,
        quote: str,
        counterpart: str = "",
        *,
        note: str = "",
        tags: Iterable[str] = (),
        color: str = DEFAULT_COLOR,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Bookmark") if editing else self.tr("Add Bookmark"))
        self.setMinimumWidth(460)
        self.quote = QLabel(_excerpt(quote), self)
        self.counterpart = QLabel(_excerpt(counterpart), self)
        for label in (self.quote, self.counterpart):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.counterpart.setVisible(bool(counterpart.strip()))
        self.counterpart.setEnabled(False)  # drawn dimmed: context, not the bookmarked words
        self.note_edit = QPlainTextEdit(note, self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Your note (Markdown is fine)"))
        self.note_edit.setTabChangesFocus(True)
        self.tags_edit = QLineEdit(" ".join(clean_tags(tags)), self)
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("tags, separated by spaces or commas"))
        self.colors = QButtonGroup(self)
        color_row = QHBoxLayout()
        choices = list(COLORS)
        if color not in {c for c, _ in choices}:
            choices.append((color, QT_TRANSLATE_NOOP("BookmarkDialog", "Current")))
        for value, name in choices:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setIcon(_swatch(value))
            button.setToolTip(QCoreApplication.translate("BookmarkDialog", name))
            button.setAccessibleName(button.toolTip())
            button.setProperty("bookmarkColor", value)
            button.setChecked(value == color)
            self.colors.addButton(button)
            color_row.addWidget(button)
        color_row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow(self.tr("Colour:"), color_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.counterpart)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.note_edit.setFocus()

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def tags(self) -> list[str]:
        return split_tags(self.tags_edit.text())

    def color(self) -> str:
        button = self.colors.checkedButton()
        return str(button.property("bookmarkColor")) if button else DEFAULT_COLOR

    def set_color(self, color: str) -> None:
        for button in self.colors.buttons():
            button.setChecked(button.property("bookmarkColor") == color)
