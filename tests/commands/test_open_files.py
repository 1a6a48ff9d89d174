"""``podreader open PATH…`` (a desktop's "Open With"): the window imports the files and shows
the first, also when it is in the library already and another episode is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from podreader.__main__ import bundle_arguments
from podreader.cli import build_parser
from podreader.ui.samples import sample_pages
from tests.ui.window_fixtures import MakeWindow, data, make_window

__all__ = ["data", "make_window"]


def test_open_takes_files_and_folders() -> None:
    args = build_parser().parse_args(["open", "a.vtt", "some folder"])
    assert [str(p) for p in args.paths] == ["a.vtt", "some folder"]
    assert build_parser().parse_args(["open"]).paths == []  # the desktop menu entry


def test_an_opened_file_is_shown_even_when_already_imported(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    first, second = sample_pages()[:2]
    window = make_window()
    window.show()
    with qtbot.waitSignal(window.imports.imported, timeout=60_000):
        window.reader.import_paths([first, second])
    shown = window.episode
    assert shown is not None
    other = second if shown.title.startswith("The Patient Hive") else first
    with qtbot.waitSignal(window.imports.imported, timeout=60_000) as done:
        window.open_paths([other])
    assert [r.status for r in done.args[0]] == ["unchanged"]
    assert window.episode is not None and window.episode.id == done.args[0][0].episode_id
    assert window.episode.id != shown.id


def test_files_handed_to_the_macos_app_are_opened(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("x", encoding="utf-8")
    assert bundle_arguments([str(page)], frozen_macos=True) == ["open", str(page)]
    assert bundle_arguments([str(page)], frozen_macos=False) == [str(page)]
    assert bundle_arguments(["list", "--json"], frozen_macos=True) == ["list", "--json"]
    assert bundle_arguments([], frozen_macos=True) == []


def test_the_import_summary_is_not_drawn_over_the_episode_count(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01garbage")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.imports.imported, timeout=60_000):
        window.open_paths([sample_pages()[0], bad])
    status = window.statusBar()
    assert status.currentMessage() == "1 imported, 1 failed."
    message_area = status.rect().adjusted(0, 0, -status.width() // 2, 0)
    drawn = [
        w
        for w in status.findChildren(QWidget)
        if w.isVisible() and w.parentWidget() is status and w.geometry().intersects(message_area)
    ]
    assert [w.text() for w in drawn] == []  # only the message is drawn where it is
