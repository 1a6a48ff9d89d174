"""The dialog at the end of an import that did not fully succeed: what failed and why."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from podreader.ui.plain_text import tooltip

if TYPE_CHECKING:  # the import pipeline loads on the worker thread, not at startup
    from podreader.library.importer import ImportResult


Index = QModelIndex | QPersistentModelIndex


def summary_line(results: Sequence[ImportResult], cancelled: bool = False) -> str:
    """One sentence such as "3 imported, 1 updated, 2 failed." (plus a note when cancelled)."""
    counts = Counter(r.status for r in results)
    parts = [
        f"{counts[status]} {status}"
        for status in ("imported", "updated", "unchanged", "failed")
        if counts[status]
    ]
    line = ", ".join(parts) + "." if parts else "No files were found to import."
    if results and results[-1].stops_import:  # a full disk: the files after it were not tried
        return f"Import stopped: {line}"
    return f"Import cancelled: {line}" if cancelled else line


class FailureModel(QAbstractTableModel):
    """Failed files: the file's path and the one-sentence reason."""

    HEADERS = ("File", "Problem")

    def __init__(self, failures: Sequence[ImportResult], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(failures)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        result = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(str(result.path) if index.column() == 0 else result.error or "")
        return result.path.name if index.column() == 0 else result.error or ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.HEADERS[section]
        return None


class ImportReportDialog(QDialog):
    def __init__(
        self, results: Sequence[ImportResult], cancelled: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Report"))
        self.resize(720, 360)
        failures = [r for r in results if not r.ok]
        self.model = FailureModel(failures, self)
        table = QTableView(self)
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setVisible(bool(failures))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary_line(results, cancelled), self))
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
