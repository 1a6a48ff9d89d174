from __future__ import annotations

from pathlib import Path
from typing import Any

from podreader.library.importer import ImportResult
from podreader.ui.import_report import FailureModel, summary_line

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
