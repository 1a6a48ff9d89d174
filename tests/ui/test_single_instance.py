"""One window per library: later starts hand their files to it (and Finder's FileOpen too)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui.single_instance import InstanceServer, Requests, hand_over, server_name
from tests.ui.window_fixtures import MakeWindow, data, make_window

__all__ = ["data", "make_window"]

#: The offscreen platform cannot raise a window, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

SAMPLES = Path(str(files("podreader.resources") / "samples"))
SAMPLE = SAMPLES / "01-the-patient-hive.txt"
OTHER = SAMPLES / "02-why-bread-needs-time.txt"


@pytest.fixture
def server(qtbot: QtBot, data: DataPaths) -> Iterator[InstanceServer]:
    listening = InstanceServer(server_name(data))
    assert listening.listening()
    yield listening
    listening.close()


def test_each_library_has_its_own_short_name(tmp_path: Path) -> None:
    one, other = DataPaths(tmp_path / "one"), DataPaths(tmp_path / "other")
    assert server_name(one) == server_name(DataPaths(tmp_path / "x" / ".." / "one"))
    assert server_name(one) != server_name(other)
    assert len(server_name(one)) <= 30  # Unix socket paths hold about 100 bytes


def test_with_no_window_open_a_start_opens_its_own(data: DataPaths) -> None:
    started = time.monotonic()
    assert not hand_over(server_name(data), [SAMPLE])
    assert time.monotonic() - started < 1.0


def test_a_later_start_hands_its_files_over_as_absolute_paths(
    qtbot: QtBot, server: InstanceServer, data: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(SAMPLE.parent)
    with qtbot.waitSignal(server.requested, timeout=5000) as asked:
        assert hand_over(server_name(data), [Path(SAMPLE.name), SAMPLE.parent / "x.vtt"])
    assert asked.args == [[SAMPLE, SAMPLE.parent / "x.vtt"]]


def test_a_start_with_no_files_only_asks_for_the_window(
    qtbot: QtBot, server: InstanceServer, data: DataPaths
) -> None:
    with qtbot.waitSignal(server.requested, timeout=5000) as asked:
        assert hand_over(server_name(data), [])
    assert asked.args == [[]]


def test_anything_else_on_the_socket_is_ignored(
    qtbot: QtBot, server: InstanceServer, data: DataPaths
) -> None:
    with qtbot.assertNotEmitted(server.requested, wait=300):
        for junk in (b"not json\n", b'{"open": [1, 2]}\n', b'["open"]\n'):
            socket = QLocalSocket()
            socket.connectToServer(server_name(data))
            assert socket.waitForConnected(1000)
            socket.write(junk)
            assert socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()


def test_a_socket_left_by_a_crashed_window_is_taken_over(qtbot: QtBot, data: DataPaths) -> None:
    if sys.platform == "win32":
        pytest.skip("named pipes vanish with their process")
    stale = Path(QDir.tempPath()) / server_name(data)
    stale.unlink(missing_ok=True)
    stale.write_bytes(b"")  # what a killed program leaves behind: a name no one answers
    try:
        listening = InstanceServer(server_name(data))
        assert listening.listening()
        with qtbot.waitSignal(listening.requested, timeout=5000):
            assert hand_over(server_name(data), [])
        listening.close()
    finally:
        stale.unlink(missing_ok=True)


def test_finder_file_open_events_are_requests_too(qtbot: QtBot, server: InstanceServer) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    with qtbot.waitSignal(server.requested, timeout=1000) as asked:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(SAMPLE)))
    assert asked.args == [[SAMPLE]]


def test_the_window_comes_forward_and_imports_what_it_was_handed(
    qtbot: QtBot, make_window: MakeWindow, server: InstanceServer, data: DataPaths
) -> None:
    window = make_window()
    window.show()
    window.showMinimized()
    requests = Requests(server)
    requests.attach(window)
    with qtbot.waitSignal(window.imports.imported, timeout=30_000):
        assert hand_over(server_name(data), [SAMPLE])
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    qtbot.waitUntil(lambda: window.episode is not None, timeout=10_000)
    assert window.episode is not None
    assert window.episode.title.startswith("The Patient Hive")


def test_files_handed_over_during_an_import_wait_for_it(
    qtbot: QtBot,
    make_window: MakeWindow,
    server: InstanceServer,
    data: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.show()
    opened: list[list[Path]] = []
    monkeypatch.setattr(window, "open_paths", lambda paths: opened.append(list(paths)))
    importing = True
    monkeypatch.setattr(window.imports, "busy", lambda: importing)
    requests = Requests(server)
    requests.attach(window, [SAMPLE])  # this start's own file
    with qtbot.waitSignal(server.requested, timeout=5000):
        assert hand_over(server_name(data), [OTHER, SAMPLE])  # a drop now would be refused
    qtbot.wait(50)
    assert opened == []
    importing = False
    window.imports.idle.emit()
    assert opened == [[SAMPLE, OTHER]]  # once each, in the order asked


def test_requests_while_no_window_is_open_wait_for_the_next(
    qtbot: QtBot, make_window: MakeWindow, server: InstanceServer, data: DataPaths
) -> None:
    requests = Requests(server)
    with qtbot.waitSignal(server.requested, timeout=5000):
        assert hand_over(server_name(data), [SAMPLE])  # the window is being rebuilt, say
    window = make_window()
    window.show()
    with qtbot.waitSignal(window.imports.imported, timeout=30_000):
        requests.attach(window)
    requests.detach()
    with (
        qtbot.assertNotEmitted(window.imports.imported, wait=500),
        qtbot.waitSignal(server.requested, timeout=5000),
    ):
        assert hand_over(server_name(data), [OTHER])


def test_opening_a_file_while_the_window_is_open_imports_it_there(tmp_path: Path) -> None:
    """The whole path: a real window, then ``podreader open FILE`` as a file manager runs it."""
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PODREADER_DATA_DIR": str(data)}
    command = [sys.executable, "-m", "podreader"]
    first = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    try:
        name = server_name(DataPaths(data))
        deadline = time.monotonic() + 30
        while not _answers(name):
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline, "the first window never listened"
            time.sleep(0.2)
        # Handing over needs no display: this start could not open a window if it tried.
        headless = {k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        headless["QT_QPA_PLATFORM"] = "xcb"
        started = time.monotonic()
        second = subprocess.run(
            [*command, "open", SAMPLE.name],
            env=headless,
            cwd=SAMPLE.parent,
            timeout=30,
            check=False,
            capture_output=True,
        )
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 10
        deadline = time.monotonic() + 30
        while not _titles(DataPaths(data)):
            assert time.monotonic() < deadline, "the first window did not import the file"
            time.sleep(0.2)
        assert _titles(DataPaths(data))[0].startswith("The Patient Hive")
        assert first.poll() is None  # still the one window
    finally:
        first.terminate()
        first.communicate(timeout=30)


def _answers(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    connected = socket.waitForConnected(200)
    socket.abort()
    return connected


def _titles(data: DataPaths) -> list[str]:
    if not data.library.exists():
        return []
    with Library(data) as library:
        return [summary.title for summary in library.summaries()]
