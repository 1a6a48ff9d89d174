from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from podreader.library.importer import ImportResult
from podreader.ui.import_report import FailureModel, ImportReportDialog, summary_line
from podreader.ui.import_report import noted as noted_result

RESULTS = [
    ImportResult(Path("/x/a.txt"), "imported", "a", "A"),
    ImportResult(Path("/x/b.txt"), "failed", error="This file is not a PodQuest episode page."),
    ImportResult(Path("/x/c.txt"), "unchanged", "c", "C"),
]


def test_failure_model_passes_modeltester(qtmodeltester: Any) -> None:
    model = FailureModel([r for r in RESULTS if not r.ok])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "b.txt"
    assert model.index(0, 1).data().startswith("This file is not")


def test_summary_line_counts_each_outcome() -> None:
    assert summary_line(RESULTS) == "1 imported, 1 unchanged, 1 failed."
    assert summary_line([], cancelled=True) == "Import cancelled: No files were found to import."


def test_summary_line_says_when_a_full_disk_stopped_the_import() -> None:
    full = ImportResult(Path("/x/d.txt"), "failed", error="The disk is full.", stops_import=True)
    assert summary_line([*RESULTS, full]) == "Import stopped: 1 imported, 1 unchanged, 2 failed."


def test_files_read_with_warnings_are_listed_with_them(qtbot: QtBot) -> None:
    noted = ImportResult(
        Path("/x/d.vtt"),
        "imported",
        "d",
        "D",
        warnings=("The page has no publish date.", "1 cue with an unreadable time was skipped."),
    )
    results = [*RESULTS, noted]
    assert [noted_result(r) for r in results] == [False, True, False, True]
    dialog = ImportReportDialog(results, cancelled=False)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["b.txt", "d.vtt"]
    assert model.index(1, 1).data() == (
        "Imported with notes: The page has no publish date. "
        "1 cue with an unreadable time was skipped."
    )
