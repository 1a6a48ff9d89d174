"""The dialog at the end of an import that did not fully succeed: what failed and why, and
what was left out of the files imported."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
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
from podreader.ui.translations import QT_TRANSLATE_NOOP, translated

if TYPE_CHECKING:  # the import pipeline loads on the worker thread, not at startup
    from podreader.library.importer import ImportResult


Index = QModelIndex | QPersistentModelIndex

#: How many files ended in each status, as the summary line says it.
STATUS_COUNTS = {
    "imported": QT_TRANSLATE_NOOP("ImportReport", "%n imported"),
    "updated": QT_TRANSLATE_NOOP("ImportReport", "%n updated"),
    "unchanged": QT_TRANSLATE_NOOP("ImportReport", "%n unchanged"),
    "failed": QT_TRANSLATE_NOOP("ImportReport", "%n failed"),
}


def summary_line(results: Sequence[ImportResult], cancelled: bool = False) -> str:
    """One sentence such as "3 imported, 1 updated, 2 failed." (plus a note when cancelled)."""
    counts: Counter[str] = Counter(r.status for r in results)
    parts = [
        QCoreApplication.translate("ImportReport", STATUS_COUNTS[status], None, counts[status])
        for status in STATUS_COUNTS
        if counts[status]
    ]
    separator = QCoreApplication.translate("ImportReport", ", ")
    line = (
        QCoreApplication.translate("ImportReport", "{counts}.").format(counts=separator.join(parts))
        if parts
        else QCoreApplication.translate("ImportReport", "No files were found to import.")
    )
    if results and results[-1].stops_import:  # a full disk: the files after it were not tried
        return QCoreApplication.translate("ImportReport", "Import stopped: {summary}").format(
            summary=line
        )
    if cancelled:
        return QCoreApplication.translate("ImportReport", "Import cancelled: {summary}").format(
            summary=line
        )
    return line


def noted(result: ImportResult) -> bool:
    """Whether the report lists ``result``: it failed, or its file was read with warnings."""
    return not result.ok or bool(result.warnings)


class FailureModel(QAbstractTableModel):
    """Failed files, and files imported with warnings: the file's path and the sentences."""

    HEADERS = (
        QT_TRANSLATE_NOOP("FailureModel", "File"),
        QT_TRANSLATE_NOOP("FailureModel", "Problem"),
    )

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
        problem = _problem(result)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(str(result.path) if index.column() == 0 else problem)
        return result.path.name if index.column() == 0 else problem

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("FailureModel", self.HEADERS[section])
        return None


def _problem(result: ImportResult) -> str:
    """Why ``result``'s file failed, or what was left out of it, in the interface language."""
    if not result.ok:
        return translated(result.error or "")
    return QCoreApplication.translate("FailureModel", "Imported with notes: {notes}").format(
        notes=" ".join(translated(warning) for warning in result.warnings)
    )


class ImportReportDialog(QDialog):
    def __init__(
        self, results: Sequence[ImportResult], cancelled: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Report"))
        self.resize(720, 360)
        failures = [r for r in results if noted(r)]
        self.model = FailureModel(failures, self)
        table = QTableView(self)
        table.setAccessibleName(self.tr("Files that could not be imported or have notes"))
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
