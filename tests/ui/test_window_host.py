"""View → Interface Language rebuilds the window at once, in place, with the reader's place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui import settings as keys
from podreader.ui import translations
from podreader.ui.main_window import MainWindow
from podreader.ui.settings import Settings
from podreader.ui.single_instance import InstanceServer, Requests, server_name
from podreader.ui.translations import install_translators
from podreader.ui.window_host import WindowHost
from tests.pages import make_page
from tests.ui.summaries import episode, store

MakeHost = Callable[..., WindowHost]

#: The File menu and the Bookmarks dock as each language names them.
NAMES = {
    "en": ("&File", "Bookmarks"),
    "zh_CN": ("文件(&F)", "书签"),
    "zh_TW": ("檔案(&F)", "書籤"),
}


@pytest.fixture
def data(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data").ensure()
    with Library(paths) as library:
        store(library, episode(1, paragraphs=120), episode(2))  # stored by an "older" podreader
    return paths


@pytest.fixture
def make_host(qapp: QApplication, data: DataPaths) -> Iterator[MakeHost]:
    """Hosts over ``data`` in English, closed (and the app's catalogues English) at the end."""
    hosts: list[WindowHost] = []

    def make(
        saved: str = "en", lang: str | None = None, requests: Requests | None = None
    ) -> WindowHost:
        settings = Settings(data.settings)
        settings.set(keys.LANGUAGE, saved)
        host = WindowHost(qapp, data, settings, None, lang, requests)
        hosts.append(host)
        return host

    yield make
    for host in hosts:
        host.close()
    install_translators(qapp, "en")


def _opened(qtbot: QtBot, host: WindowHost) -> MainWindow:
    """Open the host's window and let the start's re-analysis of old episodes end."""
    assert host.open()
    window = host.window
    assert window is not None
    with qtbot.waitSignal(window.imports.reanalysed, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: window.episode is not None)
    return window


def _choose(qtbot: QtBot, host: WindowHost, code: str) -> MainWindow:
    """Trigger View → Interface Language → ``code`` and wait for the rebuilt window."""
    old = host.window
    assert old is not None
    action = next(a for a in old.language_menu.group.actions() if a.data() == code)
    action.trigger()
    qtbot.waitUntil(lambda: host.window is not old)
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))  # closed and deleted, not hidden
    assert host.window is not None
    return host.window


def _layout(window: MainWindow) -> tuple[list[int], tuple[int, int] | None]:
    """The sizes of the main splitter, and the left edge and width of the search dock (heights
    follow the menu bar, a few pixels taller in Chinese)."""
    search = window.findChild(QDockWidget, "panel-search")
    shown = isinstance(search, QDockWidget) and search.isVisible()
    return window.splitter.sizes(), (search.x(), search.width()) if shown else None


def _shown(window: MainWindow) -> tuple[str, str]:
    file_menu = window.menuBar().actions()[0].text()
    dock = window.findChild(QDockWidget, "panel-bookmarks")
    assert isinstance(dock, QDockWidget)
    return file_menu, dock.windowTitle()


def test_switching_language_rebuilds_the_window_where_the_reader_was(
    qtbot: QtBot, make_host: MakeHost
) -> None:
    host = make_host()
    window = _opened(qtbot, host)
    assert _shown(window) == NAMES["en"]
    window.setGeometry(QRect(20, 30, 760, 540))  # inside the offscreen screen
    window.set_mode("interleaved")
    window.open_episode("episode-1", 30)
    window.open_episode("episode-2")
    window.reader.go_back()  # episode 1 again, with Forward to episode 2
    bar = window.pane.view().verticalScrollBar()
    bar.setValue(bar.value() + 17)  # within a paragraph, not at its start
    window.episodes.filter.setText("Bees")
    window.pane.set_practice(True)
    qtbot.waitUntil(lambda: window.search is not None)
    window.attach_search().show_panel()
    qtbot.waitUntil(lambda: _layout(window)[1] is not None)
    window.episodes.filter.setFocus()  # from the search box, where showing its panel put it
    layout, side = _layout(window), window.side.sizes()
    anchor, top = window.pane.view().anchor(), bar.value()
    assert anchor[0] > 0 and anchor[1] > 0
    geometry = window.geometry()
    steps = (window.actions_.back.isEnabled(), window.actions_.forward.isEnabled())
    assert steps[1]
    tops = len(QApplication.topLevelWidgets())  # the window, its menus and popups
    for code in ("zh_CN", "zh_TW", "en"):
        window = _choose(qtbot, host, code)
        assert _shown(window) == NAMES[code]
        assert host.language == code
        assert window.geometry() == geometry
        assert _layout(window) == layout  # the docks and splitters where they were
        assert all(abs(a - b) <= 4 for a, b in zip(window.side.sizes(), side, strict=True))
        assert window.episode is not None and window.episode.id == "episode-1"
        assert window.pane.mode() == "interleaved"
        assert window.pane.view().verticalScrollBar().value() == top  # to the pixel
        assert window.pane.view().anchor() == pytest.approx(anchor, abs=0.002)
        assert window.pane.practice()
        assert window.episodes.filter.text() == "Bees"
        assert window.focusWidget() is window.episodes.filter
        assert (window.actions_.back.isEnabled(), window.actions_.forward.isEnabled()) == steps
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
        assert len(QApplication.topLevelWidgets()) == tops  # none of the old ones left
    assert Settings(host.paths.settings).get(keys.LANGUAGE) == "en"


def test_the_search_box_keeps_its_text(qtbot: QtBot, make_host: MakeHost) -> None:
    host = make_host()
    window = _opened(qtbot, host)
    qtbot.waitUntil(lambda: window.search is not None)
    search = window.attach_search()
    search.panel.query.setText("patience")
    with qtbot.waitSignal(search.worker.runningChanged, timeout=20_000, check_params_cb=_off):
        pass
    search.show_panel()  # and the focus in its box
    window = _choose(qtbot, host, "zh_CN")
    assert window.search is not None
    assert window.search.panel.query.text() == "patience"
    assert window.focusWidget() is window.search.panel.query


def _off(running: bool) -> bool:
    return not running


def test_a_switch_during_an_import_waits_for_it_without_stopping_it(
    qtbot: QtBot, make_host: MakeHost, tmp_path: Path
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(4):
        (pages / f"{number}.txt").write_text(make_page(title=f"Hull {number}"), encoding="utf-8")
    host = make_host()
    window = _opened(qtbot, host)
    ended_in: list[bool] = []  # whether the import ended in the window it started in
    window.imports.imported.connect(lambda _results: ended_in.append(host.window is window))
    assert window.reader.import_paths([pages])
    assert window.imports.busy()
    with qtbot.waitSignal(window.imports.imported, timeout=30_000) as imported:
        action = next(a for a in window.language_menu.group.actions() if a.data() == "zh_CN")
        action.trigger()
        assert host.window is window and window.imports.busy()  # not rebuilt, not cancelled
        assert host.waiting == "zh_CN"
        # Said in the language to come.
        assert "简体中文" in window.statusBar().currentMessage()
        assert "导入" in window.statusBar().currentMessage()
    results = imported.args[0]
    assert len(results) == 4 and all(r.ok for r in results)
    assert ended_in == [True]
    qtbot.waitUntil(lambda: host.window is not window)
    new = host.window
    assert new is not None and _shown(new) == NAMES["zh_CN"]
    assert new.episodes.total() == 6  # the imported pages are listed in the new window
    assert host.waiting is None


def test_choosing_the_shown_language_again_keeps_the_window(
    qtbot: QtBot, make_host: MakeHost
) -> None:
    host = make_host()
    window = _opened(qtbot, host)
    next(a for a in window.language_menu.group.actions() if a.data() == "en").trigger()
    qtbot.wait(50)
    assert host.window is window


def test_choosing_the_shown_language_while_one_waits_keeps_the_window(
    qtbot: QtBot, make_host: MakeHost
) -> None:
    host = make_host()
    window = _opened(qtbot, host)
    actions = {a.data(): a for a in window.language_menu.group.actions()}
    with qtbot.waitSignal(window.imports.imported, timeout=30_000):
        assert window.reader.import_paths([Path(str(files("podreader.resources") / "samples"))])
        actions["zh_TW"].trigger()
        assert host.waiting == "zh_TW" and "繁體中文" in window.statusBar().currentMessage()
        actions["en"].trigger()
        assert host.waiting is None and window.statusBar().currentMessage() == ""
    qtbot.wait(50)
    assert host.window is window


def test_follow_system_switches_to_the_system_language(
    qtbot: QtBot, make_host: MakeHost, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations, "language_for", lambda _locale: "zh_TW")
    host = make_host(saved="zh_CN")
    window = _opened(qtbot, host)
    assert _shown(window) == NAMES["zh_CN"]
    window = _choose(qtbot, host, "")
    assert _shown(window) == NAMES["zh_TW"]
    assert host.settings.get(keys.LANGUAGE) == ""
    assert [a.data() for a in window.language_menu.group.actions() if a.isChecked()] == [""]


def test_the_menu_wins_over_lang_for_the_session(
    qtbot: QtBot, make_host: MakeHost, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations, "language_for", lambda _locale: "en")
    host = make_host(saved="", lang="zh_TW")
    window = _opened(qtbot, host)
    assert _shown(window) == NAMES["zh_TW"]
    checked = [a.data() for a in window.language_menu.group.actions() if a.isChecked()]
    assert checked == ["zh_TW"]  # the language shown, though the saved choice is Follow System
    window = _choose(qtbot, host, "")  # the saved choice, chosen again: it now applies
    assert _shown(window) == NAMES["en"]


def test_recover_library_rebuilds_it_and_opens_the_window_again(
    qtbot: QtBot, make_host: MakeHost, data: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []

    def answer(box: QMessageBox) -> int:
        said.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    pages = data.root.parent / "pages"
    pages.mkdir()
    (pages / "hull.txt").write_text(make_page(), encoding="utf-8")
    host = make_host()
    window = _opened(qtbot, host)
    with qtbot.waitSignal(window.imports.imported, timeout=30_000):
        window.reader.import_paths([pages])
    assert window.library.count() == 3
    # SQLite's check finds the file damaged once (how it finds damage is tested elsewhere).
    check = Library.integrity
    monkeypatch.setattr(Library, "integrity", lambda _self: "Page 3: btreeInitPage() error")
    window.actions_.recover.triggered.connect(
        lambda: monkeypatch.setattr(Library, "integrity", check)
    )
    window.actions_.recover.trigger()
    assert host.window is not window and host.window is not None
    assert said[-1].startswith("Rebuilt the library: 1 episode")
    assert host.window.episodes.total() == 1  # the kept page, read again
    assert QApplication.instance() is not None and QApplication.quitOnLastWindowClosed()


def test_an_empty_library_keeps_its_welcome_page(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    paths = DataPaths(tmp_path / "empty").ensure()
    settings = Settings(paths.settings)
    settings.set(keys.LANGUAGE, "en")
    host = WindowHost(qapp, paths, settings, None)
    try:
        assert host.open()
        old = host.window
        assert old is not None
        qtbot.waitUntil(lambda: old.search is not None)
        english = old.welcome.samples_button.text()
        window = _choose(qtbot, host, "zh_TW")
        assert window.stack.currentWidget() is window.welcome
        assert window.welcome.samples_button.text() != english
    finally:
        host.close()
        install_translators(qapp, "en")


def test_a_maximised_window_comes_back_maximised(qtbot: QtBot, make_host: MakeHost) -> None:
    host = make_host()
    window = _opened(qtbot, host)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window = _choose(qtbot, host, "zh_CN")
    qtbot.waitUntil(window.isMaximized)  # (the offscreen platform's sizes say nothing)
    assert not window.actions_.full_screen.isChecked()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_files_handed_over_after_a_switch_go_to_the_new_window(
    qtbot: QtBot, make_host: MakeHost, data: DataPaths
) -> None:
    server = InstanceServer(server_name(data))
    host = make_host(requests=Requests(server))
    try:
        _opened(qtbot, host)
        window = _choose(qtbot, host, "zh_TW")
        sample = Path(str(files("podreader.resources") / "samples")) / "01-the-patient-hive.txt"
        with qtbot.waitSignal(window.imports.imported, timeout=30_000):
            server.requested.emit([sample])  # as a later start, or Finder, asks
        assert window.episode is not None and window.episode.title.startswith("The Patient")
    finally:
        host.close()  # before the server, which owns the requests
        server.close()


def test_a_waiting_switch_lets_the_import_report_be_read_first(
    qtbot: QtBot, make_host: MakeHost, tmp_path: Path
) -> None:
    pages = tmp_path / "mixed"
    pages.mkdir()
    (pages / "good.txt").write_text(make_page(), encoding="utf-8")
    (pages / "notes.txt").write_text("a shopping list, not an episode page\n", encoding="utf-8")
    host = make_host()
    window = _opened(qtbot, host)
    with qtbot.waitSignal(window.imports.imported, timeout=30_000):
        assert window.reader.import_paths([pages / "good.txt", pages / "notes.txt"])
        next(a for a in window.language_menu.group.actions() if a.data() == "zh_TW").trigger()
    report = window.imports.report
    assert report is not None
    qtbot.waitUntil(report.isVisible)
    qtbot.wait(100)
    assert host.window is window and host.waiting == "zh_TW"  # the report is not torn away
    report.reject()
    qtbot.waitUntil(lambda: host.window is not window)
    assert host.window is not None and _shown(host.window) == NAMES["zh_TW"]


def test_recover_library_waits_for_a_running_import(
    qtbot: QtBot, make_host: MakeHost, monkeypatch: pytest.MonkeyPatch
) -> None:
    host = make_host()
    window = _opened(qtbot, host)
    checked: list[Library] = []
    monkeypatch.setattr(Library, "verify", lambda library, always=False: checked.append(library))
    with qtbot.waitSignal(window.imports.imported, timeout=30_000) as imported:
        assert window.reader.import_paths([Path(str(files("podreader.resources") / "samples"))])
        window.actions_.recover.trigger()
        assert "import or update is running" in window.statusBar().currentMessage()
    assert checked == [] and host.window is window
    assert all(r.ok for r in imported.args[0])
