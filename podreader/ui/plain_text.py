"""Episode text shown as text: never as HTML in tooltips, labels and message boxes.

Qt guesses whether a tooltip, a label or a message box holds rich text, and a page's title such
as ``<img src=x><a href="file:///…">`` would be rendered (with a clickable link). Labels and
boxes are told their text is plain; tooltips, which cannot be told, get the text as escaped
HTML, which also lets long ones wrap.
"""

from __future__ import annotations

from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as written, line breaks included."""
    return QtGui.convertFromPlainText(text, QtGui.WhiteSpaceMode.WhiteSpaceNormal)


def plain_label(label: QLabel) -> QLabel:
    """``label``, set to show its text as it is."""
    label.setTextFormat(QtGui.TextFormat.PlainText)
    return label


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """A message box whose text shows as it is."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(QtGui.TextFormat.PlainText)
    box.setText(text)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """``QMessageBox.warning`` with the text shown as it is."""
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()
