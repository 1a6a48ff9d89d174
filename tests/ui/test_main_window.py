from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui.chapter_model import Role as ChapterRole
from podreader.ui.episode_model import Role
from podreader.ui.import_sources import importable_paths
from podreader.ui.main_window import MainWindow
from podreader.ui.settings import Settings
from tests.ui.summaries import episode, store
from tests.ui.window_fixtures import MakeWindow, data, make_window, shown_window

__all__ = ["data", "make_window"]


def test_empty_library_shows_the_welcome_page(make_window: MakeWindow) -> None:
    window = make_window()
    window.show()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.samples_button.isVisible()


def test_opening_an_episode_shows_it_and_its_chapters(
    make_window: MakeWindow, data: DataPaths
) -> None:
    with Library(data) as library:
        store(library, episode(1), episode(2))
    window = make_window()
    window.show()
    assert window.open_episode("episode-2")
    assert window.stack.currentWidget() is window.pane
    assert window.episodes.selected_id() == "episode-2"
    assert window.chapters.model.rowCount() == 5  # 3 chapters, People, Key Insights
    assert not window.open_episode("no-such-episode")


def test_clicking_a_chapter_moves_the_pane_to_its_paragraph(
    qtbot: QtBot, make_window: MakeWindow, data: DataPaths
) -> None:
    with Library(data) as library:
        store(library, episode(1, paragraphs=60))
    window = make_window()
    window.show()
    window.open_episode("episode-1")
    view = window.chapters.view
    third = window.chapters.model.index(2, 0)
    target = third.data(ChapterRole.PARAGRAPH)
    assert target == 40
    rect = view.visualRect(third)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.pane.current_paragraph() == target)
    assert window.chapters.model.current_chapter() == third
    window.reader.go_back()
    assert window.pane.current_paragraph() < target


def test_scrolling_marks_the_chapter_being_read(make_window: MakeWindow, data: DataPaths) -> None:
    with Library(data) as library:
        store(library, episode(1, paragraphs=60))
    window = make_window()
    window.show()
    window.open_episode("episode-1")
    window.pane.scroll_to_paragraph(25)
    assert window.chapters.model.current_chapter().row() == 1
    assert window.chapters.view.currentIndex().row() == 1


def test_reading_position_is_restored_after_reopening(
    qtbot: QtBot, make_window: MakeWindow, data: DataPaths
) -> None:
    with Library(data) as library:
        store(library, episode(1, paragraphs=60), episode(2))
    first = make_window()
    first.show()
    first.open_episode("episode-1")
    first.pane.scroll_to_paragraph(33)
    assert first.pane.current_paragraph() == 33
    first.close()
    again = make_window()
    again.show()
    again.restore_last_episode()
    qtbot.waitUntil(lambda: again.pane.current_paragraph() == 33)
    assert again.episode is not None and again.episode.id == "episode-1"


def test_back_returns_to_the_episode_left(make_window: MakeWindow, data: DataPaths) -> None:
    with Library(data) as library:
        store(library, episode(1, paragraphs=60), episode(2))
    window = make_window()
    window.show()
    window.open_episode("episode-1", paragraph=20)
    window.open_episode("episode-2", paragraph=3, terms=["bees"])
    assert window.actions_.back.isEnabled()
    window.actions_.back.trigger()
    assert window.episode is not None and window.episode.id == "episode-1"
    assert window.pane.current_paragraph() == 20
    window.actions_.forward.trigger()
    assert window.episode.id == "episode-2"


def test_add_panel_docks_the_widget_with_a_view_toggle(make_window: MakeWindow) -> None:
    window = make_window()
    window.show()
    panel = QLabel("results")
    dock = window.add_panel(panel, "Search", Qt.DockWidgetArea.RightDockWidgetArea, "Ctrl+Shift+F")
    assert dock.widget() is panel
    assert dock.toggleViewAction() in window.panels_menu.actions()
    assert dock.toggleViewAction().shortcut().toString() == "Ctrl+Shift+F"
    assert not dock.isVisible()  # no saved place: the transcript keeps the room
    dock.toggleViewAction().trigger()
    assert dock.isVisible()
    window.close()
    again = make_window()
    again.show()
    dock = again.add_panel(QLabel("results"), "Search")
    assert dock.isVisible()  # shown when the window closed, so shown again
    other = again.add_panel(QLabel("notes"), "Notes")
    other.show()
    QApplication.processEvents()
    assert other in again.tabifiedDockWidgets(dock)  # panels share their side as tabs


def test_import_through_the_worker_updates_the_list(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    window.show()
    bad = tmp_path / "notes.txt"
    bad.write_text("a shopping list, not an episode page\n", encoding="utf-8")
    with qtbot.waitSignal(window.episodesChanged, timeout=60_000) as changed:
        window.reader.import_samples()
        assert window.imports.busy()
    assert len(changed.args[0]) == 2
    assert window.episodes.total() == 2
    assert window.episode is not None  # the first sample is opened
    assert window.stack.currentWidget() is window.pane
    with qtbot.waitSignal(window.imports.imported, timeout=60_000) as done:
        window.reader.import_paths([bad])
    assert [r.status for r in done.args[0]] == ["failed"]
    assert window.imports.report is not None
    assert window.imports.report.model.rowCount() == 1
    window.imports.report.close()


def test_drop_mime_keeps_only_local_files(tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path)), QUrl("https://example.org/page.txt")])
    assert importable_paths(mime) == [tmp_path]
    text = QMimeData()
    text.setText("just words")
    assert importable_paths(text) == []


def test_dropping_a_folder_imports_it(qtbot: QtBot, make_window: MakeWindow) -> None:
    from podreader.ui.samples import sample_pages

    window = make_window()
    window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_pages()[0].parent))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    with qtbot.waitSignal(window.imports.imported, timeout=60_000):
        window.dropEvent(drop)
    assert drop.isAccepted()
    assert window.episodes.total() == len(sample_pages())
    assert window.episodes.view.model().index(0, 0).data(Role.ID)


def test_first_start_takes_most_of_the_screen(qtbot: QtBot, data: DataPaths) -> None:
    with Library(data) as library:
        window = MainWindow(library, Settings(data.settings))  # no saved geometry yet
        qtbot.addWidget(window)
        area = window.screen().availableGeometry()
        assert window.width() == min(1400, area.width() * 9 // 10)
        assert window.height() == min(900, area.height() * 9 // 10)
        window.close()


def test_reading_progress_shows_in_the_list_and_continues(
    qtbot: QtBot, make_window: MakeWindow, data: DataPaths
) -> None:
    """Issue 13.14: how far each episode was read, in the list and at the next start."""
    from podreader.ui.episode_delegate import detail_text

    window = shown_window(make_window, data, episode(1, paragraphs=60), episode(2))
    window.open_episode("episode-1")
    bar = window.pane.view().verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: window.pane.current_paragraph() > 10)

    def shown(w: MainWindow, episode_id: str) -> object:
        row = w.episodes.flat.row_of(episode_id)
        assert row is not None
        return w.episodes.flat.index(row, 0).data(Role.PROGRESS)

    read = shown(window, "episode-1")
    assert isinstance(read, float) and 0.4 < read < 0.6
    assert shown(window, "episode-2") is None
    summary = window.episodes.flat.index(0, 0).data(Role.SUMMARY)
    assert "% read" in detail_text(summary, None, True, read)
    window.close()

    again = make_window()
    assert shown(again, "episode-1") == pytest.approx(read, abs=0.001)
    again.show()
    again.restore_last_episode()
    qtbot.waitUntil(lambda: again.episode is not None)
    assert again.statusBar().currentMessage().startswith("Continuing “Bees and patience, part 1”")
