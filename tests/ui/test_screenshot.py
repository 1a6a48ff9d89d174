from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from podreader.cli import main
from podreader.library.store import Library
from podreader.paths import DataPaths
from tests.ui.summaries import episode, store


def test_screenshot_option_writes_a_png(qtbot: QtBot, tmp_path: Path) -> None:
    data = DataPaths(tmp_path / "data").ensure()
    with Library(data) as library:
        store(library, episode(1), episode(2))
    target = tmp_path / "window.png"
    argv = ["--data-dir", str(data.root), "--screenshot", str(target)]
    assert main([*argv, "--episode", "episode-2", "--mode", "interleaved", "--theme", "dark"]) == 0
    # The command line names the modes as the pane and the View menu do.
    assert main([*argv, "--episode", "episode-2", "--mode", "transcript"]) == 0
    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 700
    assert main([*argv, "--episode", "missing"]) == 1


def test_screenshot_of_an_empty_library(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "welcome.png"
    assert main(["--data-dir", str(tmp_path / "empty"), "--screenshot", str(target)]) == 0
    assert not QImage(str(target)).isNull()
