"""Markup in a page is shown as text everywhere the window shows episode text, never rendered.

A title such as ``<b>x</b><img src=x><a href="file:///etc/passwd">y</a>`` must show as those
characters in the delete dialog, every tooltip, label and status message: rendered, it would be
bold, load an image and offer a link to a local file.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from podreader.library.anchoring import Anchor
from podreader.library.bookmarks import new_bookmark
from podreader.library.importer import ImportResult
from podreader.library.store import Library
from podreader.model import Episode, Person
from podreader.paths import DataPaths
from podreader.search.engine import EpisodeHits, Hit
from podreader.search.snippets import Snippet
from podreader.ui.bookmark_actions import confirm_delete_episode
from podreader.ui.bookmark_model import BookmarkModel
from podreader.ui.chapter_model import ChapterModel
from podreader.ui.episode_model import EpisodeListModel
from podreader.ui.import_report import FailureModel
from podreader.ui.podcast_model import PodcastTreeModel
from podreader.ui.search_model import SearchResultsModel
from podreader.ui.search_panel import SearchPanel
from tests.ui.summaries import episode, store

HOSTILE = '<b>x</b><img src=x><a href="file:///etc/passwd">y</a>'


def shown(text: str) -> str:
    """What Qt shows for a tooltip or an auto-format label: rich text when it looks like it."""
    document = QTextDocument()
    if QtGui.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def _hostile_episode() -> Episode:
    made = episode(1)
    return replace(
        made,
        title=f"Title {HOSTILE}",
        podcast=f"Podcast {HOSTILE}",
        people=[Person(f"Person {HOSTILE}", f"About {HOSTILE}")],
        chapters=[
            replace(made.chapters[0], title=f"Chapter {HOSTILE}", summary=f"Summary {HOSTILE}"),
            *made.chapters[1:],
        ],
    )


def _tooltips(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    tips: list[str] = []
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                tips.append(tip)
            tips += _tooltips(model, index)
    return tips


def _assert_all_plain(tips: list[str], expected: int) -> None:
    hostile = [tip for tip in tips if "img" in tip]
    assert len(hostile) >= expected, tips
    for tip in hostile:
        # A file path keeps one slash of three; the markup itself must show as written.
        assert "<b>x</b><img src=x><a href=" in shown(tip), tip


def test_every_tooltip_shows_markup_as_text(qtbot: QtBot, tmp_path: Path) -> None:
    made = _hostile_episode()
    with Library(DataPaths(tmp_path / "data")) as library:
        store(library, made)
        summaries = library.summaries()
    flat, tree, chapters = EpisodeListModel(), PodcastTreeModel(), ChapterModel()
    flat.set_summaries(summaries)
    tree.set_summaries(summaries)
    chapters.set_episode(made)
    bookmark = replace(new_bookmark(made, "transcript", Anchor(0, 0, 9)), note=f"Note {HOSTILE}")
    bookmarks = BookmarkModel()
    bookmarks.set_bookmarks([bookmark])
    hit = Hit(made.id, "transcript", 0, 0, 1.0, Snippet(f"Snippet {HOSTILE}", ((0, 7),)), [])
    results = SearchResultsModel()
    results.set_results(
        [EpisodeHits(made.id, made.title, made.podcast, date(2024, 5, 2), [hit], 1)]
    )
    failures = FailureModel(
        [ImportResult(Path(f"/pages/{HOSTILE}.txt"), "failed", error=f"Bad {HOSTILE}.")]
    )
    _assert_all_plain(_tooltips(flat), 1)
    _assert_all_plain(_tooltips(tree), 2)  # the podcast and its episode
    _assert_all_plain(_tooltips(chapters), 2)  # the chapter and the person
    _assert_all_plain(_tooltips(bookmarks), 1)
    _assert_all_plain(_tooltips(results), 2)  # the episode and the passage
    _assert_all_plain(_tooltips(failures), 2)


def test_the_delete_dialog_shows_the_title_as_text(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    made = _hostile_episode()
    with Library(DataPaths(tmp_path / "data")) as library:
        store(library, made)
        assert not confirm_delete_episode(None, library, made.id)
    (box,) = asked
    labels = [label for label in box.findChildren(QLabel) if "passwd" in label.text()]
    assert labels
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert HOSTILE in label.text()
    box.deleteLater()


@pytest.mark.parametrize("panel", ["search", "bookmarks"])
def test_panel_status_lines_show_text_as_text(qtbot: QtBot, tmp_path: Path, panel: str) -> None:
    from podreader.ui.bookmarks_panel import BookmarksPanel

    paths = DataPaths(tmp_path / "data").ensure()
    with Library(paths) as library:
        widget: QWidget = SearchPanel(paths) if panel == "search" else BookmarksPanel(library)
        qtbot.addWidget(widget)
        status = widget.status  # type: ignore[attr-defined]
        assert isinstance(status, QLabel)
        status.setText(f"No passages match {HOSTILE}")
        assert status.textFormat() == Qt.TextFormat.PlainText


def test_the_import_progress_label_shows_a_file_name_as_text(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from podreader.ui.import_controller import ImportController

    window = QMainWindow()
    qtbot.addWidget(window)
    controller = ImportController(DataPaths(tmp_path / "data"), window.statusBar(), window)
    controller._progress(1, 3, f"{HOSTILE}.txt")
    labels = [w for w in window.statusBar().findChildren(QLabel) if "passwd" in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
