"""Recovering a damaged library from the window, and the reading positions' backup."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from podreader.library.backup import latest
from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui import recovery_dialog, window_host
from podreader.ui.settings import Settings
from tests.pages import make_page


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every message box, which answers at once with its default button."""
    texts: list[str] = []

    def answer(box: QMessageBox) -> int:
        texts.append(box.text())
        default = box.defaultButton()
        if default is not None:
            default.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return texts


@pytest.fixture
def data(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(3):
        (pages / f"{number}.txt").write_text(make_page(title=f"Ep {number}"), encoding="utf-8")
    with Library(paths) as library:
        import_paths(library, [pages])
    return paths


def test_a_damaged_library_at_start_is_offered_and_rebuilt(
    qtbot: QtBot, data: DataPaths, shown: list[str]
) -> None:
    data.library.write_bytes(b"")
    library = window_host.open_library(data, screenshot=False)
    assert library is not None
    with library:
        assert library.count() == 3
    assert "library file is empty" in shown[0]
    assert shown[1].startswith("Rebuilt the library: 3 episodes from 3 kept pages")
    assert list(data.root.glob("library.damaged-*.sqlite3"))


def test_recover_in_the_window_checks_first(
    qtbot: QtBot, data: DataPaths, shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library(data) as library:
        assert not recovery_dialog.recover_from_window(None, library)
    assert "not damaged" in shown[-1]
    raw = bytearray(data.library.read_bytes())
    middle = len(raw) // 2 // 4096 * 4096
    raw[middle : middle + 8192] = random.Random(2).randbytes(8192)
    data.library.write_bytes(bytes(raw))
    library = Library(data)
    assert recovery_dialog.recover_from_window(None, library)
    library.close()
    assert not data.library.exists()  # moved aside, for the rebuild the application runs next
    assert recovery_dialog.recover_library(data, None)
    with Library(data) as rebuilt:
        assert rebuilt.count() == 3


def test_reading_positions_are_backed_up_and_come_back_to_an_empty_settings_file(
    qtbot: QtBot, data: DataPaths
) -> None:
    settings = Settings(data.settings)
    with Library(data) as library:
        ids = [s.id for s in library.summaries()]
        settings.set_position(ids[0], 7)
        settings.set_position(ids[1], 2)
        window_host.back_up_positions(library, settings)
        backup = latest(data)
        assert backup is not None and backup.positions == {ids[0]: 7, ids[1]: 2}
        settings.sync()
        data.settings.unlink()
        fresh = Settings(data.settings)
        assert fresh.positions() == {}
        window_host.restore_positions(library, fresh)
        assert fresh.positions() == {ids[0]: 7, ids[1]: 2}


def test_a_library_closed_for_recovery_is_not_backed_up_on_close(
    qtbot: QtBot, data: DataPaths
) -> None:
    settings = Settings(data.settings)
    library = Library(data)
    library.close()  # as File > Recover Library leaves it when it finds damage
    window_host.back_up_positions(library, settings)  # no error, and no snapshot of nothing
    assert latest(data) is None
