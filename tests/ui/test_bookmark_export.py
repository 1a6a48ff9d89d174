"""Exporting bookmarks from the panel, all or filtered, and Copy with Citation (issue 13.12)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from podreader.model import Bookmark
from podreader.ui import bookmark_export
from podreader.ui.bookmarks_panel import BookmarksPanel
from tests.library.bookmark_texts import EPISODE_ID
from tests.ui.test_bookmarks_panel import library, marks, panel
from tests.ui.test_recovery_dialog import shown

__all__ = ["library", "marks", "panel", "shown"]


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The file dialog's answers, (path, chosen filter), one per export."""
    answers: list[tuple[str, str]] = []

    def dialog(*_args: object) -> tuple[str, str]:
        return answers.pop(0)

    monkeypatch.setattr(bookmark_export.QFileDialog, "getSaveFileName", dialog)
    return answers


def test_export_all_as_markdown(
    panel: BookmarksPanel, save_as: list[tuple[str, str]], tmp_path: Path
) -> None:
    panel.show_episode(EPISODE_ID)  # a filter is set, but "all" means all
    save_as.append((str(tmp_path / "all"), "Markdown (*.md)"))
    panel.export_all_action.trigger()
    text = (tmp_path / "all.md").read_text(encoding="utf-8")
    assert "> tidal power" in text and "> the hardest part is not the engineering" in text
    assert "Exported 4 bookmarks to" in panel.status.text()


def test_export_shown_as_json_and_csv(
    panel: BookmarksPanel, save_as: list[tuple[str, str]], tmp_path: Path
) -> None:
    panel.set_tag("policy")
    shown = {b.id for b in panel.visible_bookmarks()}
    assert len(shown) == 2
    save_as.append((str(tmp_path / "policy.json"), "Markdown (*.md)"))  # the suffix decides
    panel.export_shown_action.trigger()
    document = json.loads((tmp_path / "policy.json").read_text(encoding="utf-8"))
    assert {b["id"] for b in document["bookmarks"]} == shown
    save_as.append((str(tmp_path / "policy"), "CSV, for spreadsheets (*.csv)"))
    panel.export_shown_action.trigger()
    with (tmp_path / "policy.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert {row["id"] for row in rows} == shown


def test_a_cancelled_or_failed_export_writes_nothing(
    panel: BookmarksPanel, save_as: list[tuple[str, str]], tmp_path: Path
) -> None:
    save_as.append(("", ""))
    assert panel.export(panel.visible_bookmarks()) is None
    assert list(tmp_path.iterdir()) == [tmp_path / "lib"]


def test_copy_with_citation(panel: BookmarksPanel, marks: list[Bookmark]) -> None:
    bookmark = marks[1]  # 文书工作, with an English counterpart
    assert panel.select(bookmark.id)
    panel.copy_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("> 文书工作\n>\n> ")
    assert bookmark.counterpart.split()[0] in copied
    assert copied.rstrip().endswith(
        "> — *Power from the Tides*, Sea Notes: Energy, Coasts & People, 2025-03-14"
    )


def test_an_export_the_system_refuses_is_answered_in_one_sentence(
    panel: BookmarksPanel,
    save_as: list[tuple[str, str]],
    tmp_path: Path,
    shown: list[str],
) -> None:
    target = tmp_path / "missing folder" / "all.md"
    save_as.append((str(target), "Markdown (*.md)"))
    panel.export_all_action.trigger()
    assert shown == [
        f"The bookmarks could not be written to {target} (No such file or directory); "
        "choose another place."
    ]
    assert not target.parent.exists()
