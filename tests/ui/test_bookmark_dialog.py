"""The add/edit dialog, adding from a selection, and the question before deleting an episode."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from podreader.library.bookmarks import BookmarkStore, new_bookmark, place_quote
from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui import bookmark_export
from podreader.ui.bookmark_actions import add_bookmark_from_selection, confirm_delete_episode
from podreader.ui.bookmark_dialog import BookmarkDialog, split_tags
from podreader.ui.transcript import PassageSelection
from tests.library.bookmark_texts import EPISODE_ID, READING, SUMMARY, episode, store


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(DataPaths(tmp_path / "lib")) as lib:
        store(lib, episode())
        yield lib


def test_dialog_reads_back_note_tags_and_colour(qtbot: QtBot) -> None:
    dialog = BookmarkDialog("a quote", "其对应", note="old", tags=["a"], color="#123456")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Add Bookmark"
    assert dialog.counterpart.text() == "其对应"
    assert (dialog.note(), dialog.tags(), dialog.color()) == ("old", ["a"], "#123456")
    dialog.note_edit.setPlainText("  new *note*  \n")
    dialog.tags_edit.setText("#one, two，three one")
    dialog.set_color("#7fd67f")
    assert (dialog.note(), dialog.tags(), dialog.color()) == (
        "new *note*",
        ["one", "two", "three"],
        "#7fd67f",
    )


def test_split_tags() -> None:
    assert split_tags(" #a,b  c,,#a ") == ["a", "b", "c"]


def _answer(
    dialog_check: Callable[[BookmarkDialog], None] | None = None, accept: bool = True
) -> Callable[[BookmarkDialog], int]:
    def run(dialog: BookmarkDialog) -> int:
        if dialog_check:
            dialog_check(dialog)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    return run


def test_add_from_selection_saves_note_and_tags(
    monkeypatch: pytest.MonkeyPatch, library: Library
) -> None:
    def fill(dialog: BookmarkDialog) -> None:
        assert dialog.quote.text() == "ten years testing turbines"
        assert dialog.counterpart.text() == SUMMARY[1]
        dialog.note_edit.setPlainText("a decade!")
        dialog.tags_edit.setText("time")

    monkeypatch.setattr(BookmarkDialog, "exec", _answer(fill))
    start = READING[1].index("ten years")
    # The selection took a space on each side; the bookmark does not.
    selection = PassageSelection(
        "transcript", 1, start - 1, start + 27, " ten years testing turbines "
    )
    bookmark = add_bookmark_from_selection(None, library, episode(), selection)
    assert bookmark is not None
    assert (bookmark.quote, bookmark.note, bookmark.tags) == (
        "ten years testing turbines",
        "a decade!",
        ["time"],
    )
    assert BookmarkStore(library).all() == [bookmark]


def test_add_cancelled_saves_nothing(monkeypatch: pytest.MonkeyPatch, library: Library) -> None:
    monkeypatch.setattr(BookmarkDialog, "exec", _answer(accept=False))
    selection = PassageSelection("summary", 0, 0, 4, SUMMARY[0][:4])
    assert add_bookmark_from_selection(None, library, episode(), selection) is None
    assert BookmarkStore(library).all() == []


def test_add_without_selection_says_so(monkeypatch: pytest.MonkeyPatch, library: Library) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    assert add_bookmark_from_selection(None, library, episode(), None) is None
    assert said and "select the words" in said[0]


def _click_when_shown(qtbot: QtBot, text: str) -> None:
    """Press the button labelled ``text`` of the next message box once it is open."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    QTimer.singleShot(0, press)


def _bookmark(library: Library) -> None:
    ep = episode()
    BookmarkStore(library).save(new_bookmark(ep, *place_quote(ep, "tidal power")))


def test_delete_without_bookmarks_just_asks(qtbot: QtBot, library: Library) -> None:
    _click_when_shown(qtbot, "Delete")
    assert confirm_delete_episode(None, library, EPISODE_ID)
    _click_when_shown(qtbot, "Cancel")
    assert not confirm_delete_episode(None, library, EPISODE_ID)


def test_delete_with_bookmarks_offers_export_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, library: Library, tmp_path: Path
) -> None:
    _bookmark(library)
    target = tmp_path / "saved.md"
    asked: list[Any] = []

    def save_name(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return str(target), "Markdown (*.md)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    _click_when_shown(qtbot, "Export Bookmarks and Delete…")
    assert confirm_delete_episode(None, library, EPISODE_ID)
    assert asked[0][2].endswith("2025-03-14 Power from the Tides.md")
    assert "> tidal power" in target.read_text(encoding="utf-8")


def test_delete_is_called_off_when_the_export_is_cancelled(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, library: Library
) -> None:
    _bookmark(library)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    _click_when_shown(qtbot, "Export Bookmarks and Delete…")
    assert not confirm_delete_episode(None, library, EPISODE_ID)


def test_delete_is_called_off_when_the_export_cannot_be_written(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, library: Library, tmp_path: Path
) -> None:
    _bookmark(library)
    target = tmp_path / "missing folder" / "saved.md"
    said: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    monkeypatch.setattr(bookmark_export, "warn", lambda _parent, _title, text: said.append(text))
    _click_when_shown(qtbot, "Export Bookmarks and Delete…")
    assert not confirm_delete_episode(None, library, EPISODE_ID)
    assert said == [
        f"The bookmarks could not be written to {target} (No such file or directory); "
        "choose another place. The episode was not deleted."
    ]
