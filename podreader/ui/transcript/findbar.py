"""The find-in-episode bar: a query field, the match count, previous/next and close."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QWidget,
)


class FindBar(QWidget):
    """Signals: ``queryChanged(text)`` as the query is typed; ``nextRequested`` (Enter, ↓);
    ``previousRequested`` (Shift+Enter, ↑); ``closed`` when hidden with Esc or ×.
    """

    queryChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = QLineEdit(self)
        self._edit.setAccessibleName(self.tr("Find in episode"))
        self._edit.setPlaceholderText(self.tr("Find in episode"))
        self._edit.setClearButtonEnabled(True)
        self._edit.setMaximumWidth(self._edit.fontMetrics().horizontalAdvance("x") * 48)
        self._edit.installEventFilter(self)
        self._count = QLabel(self)
        self._count.setMinimumWidth(self._count.fontMetrics().horizontalAdvance("0000 of 0000"))
        style = self.style()
        previous = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            self.tr("Previous match (Shift+Enter)"),
        )
        following = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), self.tr("Next match (Enter)")
        )
        close = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton), self.tr("Close (Esc)")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._count)
        layout.addStretch(1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self._edit.textChanged.connect(self.queryChanged)
        previous.clicked.connect(self.previousRequested)
        following.clicked.connect(self.nextRequested)
        close.clicked.connect(self.close_bar)

    def _button(self, icon: QIcon, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def query(self) -> str:
        return self._edit.text()

    def set_query(self, text: str) -> None:
        self._edit.setText(text)

    def open(self) -> None:
        """Show the bar with the query selected, so typing replaces it."""
        self.show()
        self._edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_count(self, current: int, total: int) -> None:
        """Show "current of total" (current counts from 1; 0 when there is no current match)."""
        if not self._edit.text():
            self._count.clear()
        elif total == 0:
            self._count.setText(self.tr("No matches"))
        else:
            self._count.setText(
                self.tr("%1 of %2").replace("%1", str(current)).replace("%2", str(total))
            )

    def count_text(self) -> str:
        return self._count.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previousRequested.emit()
                else:
                    self.nextRequested.emit()
                return True
        return super().eventFilter(watched, event)
