"""The bookmarks panel: a real model, filters, opening a bookmark, edit and delete with undo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from podreader.library.bookmarks import BookmarkStore, new_bookmark, place_quote
from podreader.library.store import Library
from podreader.model import Bookmark
from podreader.paths import DataPaths
from podreader.ui.bookmark_dialog import BookmarkDialog
from podreader.ui.bookmark_model import BookmarkFilterProxy, BookmarkModel, Column
from podreader.ui.bookmarks_panel import BookmarksPanel
from tests.library.bookmark_texts import EPISODE_ID, episode, store


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(DataPaths(tmp_path / "lib")) as lib:
        store(lib, episode())
        yield lib


def _add(library: Library, words: str, **kw: Any) -> Bookmark:
    ep = episode()
    track, anchor = place_quote(ep, words)
    bookmark = replace(new_bookmark(ep, track, anchor), **kw)
    BookmarkStore(library).save(bookmark)
    return bookmark


@pytest.fixture
def marks(library: Library) -> list[Bookmark]:
    other = _add(library, "tidal power", note="elsewhere")
    other = replace(other, episode_id="other000000001", episode_title="Wind Notes")
    BookmarkStore(library).save(other)
    return [
        _add(library, "the hardest part is not the engineering", note="permits", tags=["policy"]),
        _add(library, "文书工作", tags=["中文", "policy"]),
        _add(library, "small island town", detached=True, paragraph=None),
        other,
    ]


@pytest.fixture
def panel(qtbot: QtBot, library: Library, marks: list[Bookmark]) -> BookmarksPanel:
    widget = BookmarksPanel(library)
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _quotes(panel: BookmarksPanel) -> list[str]:
    return [b.quote for b in panel.visible_bookmarks()]


def test_models_pass_modeltester(qtmodeltester: Any, marks: list[Bookmark]) -> None:
    model = BookmarkModel()
    model.set_bookmarks(marks)
    qtmodeltester.check(model, force_py=True)
    proxy = BookmarkFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_tag("policy")
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 2


def test_model_shows_detached_bookmarks_dimmed_with_their_quote(marks: list[Bookmark]) -> None:
    model = BookmarkModel()
    model.set_bookmarks(marks)
    detached = model.index(2, Column.QUOTE)
    assert detached.data() == "small island town"
    assert detached.data(Qt.ItemDataRole.FontRole).italic()
    assert "no longer in the episode" in detached.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, Column.TAGS).data() == "#policy"
    assert model.index(1, Column.QUOTE).data(Qt.ItemDataRole.ToolTipRole).startswith("<p>文书工作")


def test_panel_lists_every_bookmark_in_library_order(panel: BookmarksPanel) -> None:
    assert _quotes(panel) == [
        "the hardest part is not the engineering",
        "small island town",
        "文书工作",
        "tidal power",
    ]


def test_filters_by_episode_tag_and_words(panel: BookmarksPanel) -> None:
    panel.show_episode(EPISODE_ID)
    assert len(_quotes(panel)) == 3
    panel.set_tag("policy")
    assert _quotes(panel) == ["the hardest part is not the engineering", "文书工作"]
    panel.filter.setText("PERMITS")
    assert _quotes(panel) == ["the hardest part is not the engineering"]
    panel.filter.clear()
    panel.set_tag(None)
    panel.show_episode(None)
    panel.filter.setText("wind")  # the episode title counts too
    assert _quotes(panel) == ["tidal power"]
    assert panel.episodes.count() == 3 and panel.tags.count() == 3


def test_activating_emits_the_place(
    qtbot: QtBot, panel: BookmarksPanel, marks: list[Bookmark]
) -> None:
    first = marks[0]
    assert panel.select(first.id)
    with qtbot.waitSignal(panel.bookmarkActivated) as signal:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert signal.args == [EPISODE_ID, "transcript", 1, first.start, first.end]


def test_activating_a_detached_bookmark_explains_instead(
    qtbot: QtBot, panel: BookmarksPanel, marks: list[Bookmark]
) -> None:
    with qtbot.assertNotEmitted(panel.bookmarkActivated):
        panel.activate(marks[2])
    assert panel.status.isVisible() and "no longer in the episode" in panel.status.text()


def test_delete_then_undo_and_redo(
    qtbot: QtBot, panel: BookmarksPanel, library: Library, marks: list[Bookmark]
) -> None:
    store_ = BookmarkStore(library)
    panel.select(marks[0].id)
    panel.view.setFocus()
    with qtbot.waitSignal(panel.bookmarksChanged) as changed:
        qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert changed.args == [EPISODE_ID]
    assert store_.get(marks[0].id) is None
    assert marks[0].quote not in _quotes(panel)

    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store_.get(marks[0].id) == marks[0]
    assert marks[0].quote in _quotes(panel)
    panel.undo_stack.redo()
    assert store_.get(marks[0].id) is None


def test_edit_through_the_dialog_is_undoable(
    monkeypatch: pytest.MonkeyPatch, panel: BookmarksPanel, library: Library, marks: list[Bookmark]
) -> None:
    def fill(dialog: BookmarkDialog) -> int:
        assert dialog.note_edit.toPlainText() == "permits"
        dialog.note_edit.setPlainText("permits, and **patience**")
        dialog.tags_edit.setText("#policy, people")
        dialog.set_color("#7fb3ff")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BookmarkDialog, "exec", fill)
    panel.select(marks[0].id)
    panel.edit_action.trigger()
    edited = BookmarkStore(library).get(marks[0].id)
    assert edited is not None
    assert (edited.note, edited.tags, edited.color) == (
        "permits, and **patience**",
        ["policy", "people"],
        "#7fb3ff",
    )
    assert edited.updated > marks[0].updated
    assert panel.selected() == edited
    panel.undo_action.trigger()
    assert BookmarkStore(library).get(marks[0].id) == marks[0]


def test_cancelled_or_unchanged_edit_records_nothing(
    monkeypatch: pytest.MonkeyPatch, panel: BookmarksPanel, marks: list[Bookmark]
) -> None:
    panel.select(marks[0].id)
    monkeypatch.setattr(BookmarkDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    panel.edit_selected()
    monkeypatch.setattr(BookmarkDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    panel.edit_selected()
    assert panel.undo_stack.count() == 0


def test_reload_keeps_filter_for_an_episode_without_bookmarks(
    panel: BookmarksPanel, library: Library
) -> None:
    panel.show_episode("new0000000000001")
    assert _quotes(panel) == []
    panel.reload()
    assert panel.episodes.currentData() == "new0000000000001"
