"""A change the window cannot make (read-only folder, full disk) is shown in one sentence."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from podreader.library.importer import import_paths
from podreader.library.opening import READ_ONLY
from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui.failures import FailureHook, failure_sentence
from podreader.ui.main_window import MainWindow
from podreader.ui.settings import Settings
from tests.commands.test_read_only import read_only
from tests.pages import make_page


@pytest.fixture
def hook() -> Iterator[FailureHook]:
    installed = FailureHook()
    yield installed
    installed.remove()


def _close_box_later(seen: list[str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


@pytest.mark.qt_no_exception_capture
def test_deleting_in_a_read_only_library_says_why(
    qtbot: QtBot,
    tmp_path: Path,
    hook: FailureHook,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = DataPaths(tmp_path / "data")
    page = tmp_path / "page.txt"
    page.write_text(make_page(), encoding="utf-8")
    with Library(data) as library:
        (result,) = import_paths(library, [page])
    with read_only(data.root), Library(data) as library:
        window = MainWindow(library, Settings(tmp_path / "settings.ini"))
        qtbot.addWidget(window)
        window.show()
        assert window.open_episode(result.episode_id or "")
        monkeypatch.setattr(window, "confirm_delete", lambda _id: True)
        seen: list[str] = []
        _close_box_later(seen)
        # Through the action, as a user does: the exception leaves a Qt slot. A read-only
        # library disables the action at start; enabled, it stands for a folder that turned
        # read-only while the window was open, which the library refuses in the same sentence.
        window.actions_.delete_episode.setEnabled(True)
        window.actions_.delete_episode.trigger()
        assert seen == [READ_ONLY]
        assert [s.id for s in library.summaries()] == [result.episode_id]
        window.close()
    assert "Traceback" not in capsys.readouterr().err


def test_other_errors_go_on_to_the_hook_before(hook: FailureHook) -> None:
    seen: list[BaseException] = []
    hook.previous = lambda kind, error, tb: seen.append(error)
    error = ValueError("a bug")
    sys.excepthook(ValueError, error, None)
    assert seen == [error]


def test_a_full_disk_is_one_sentence() -> None:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    assert failure_sentence(full) == "The disk is full; free some space and try again."
