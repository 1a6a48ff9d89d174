"""Sentences made below the interface — an import's warnings, a bookmark refused, a rebuilt
library's summary, a library from a newer podreader — as the window shows them in Chinese."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from podreader.library.bookmarks import BookmarkError
from podreader.library.export import from_json
from podreader.library.importer import ImportResult
from podreader.library.recovery import Recovery
from podreader.library.schema import SCHEMA_VERSION
from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui import window_host
from podreader.ui.bookmark_actions import add_bookmark_from_selection
from podreader.ui.transcript import PassageSelection
from podreader.ui.translations import translated
from tests.library.bookmark_texts import READING, episode, store
from tests.test_messages import BAD_CUE, BAD_CUES
from tests.ui.test_recovery_dialog import data, shown
from tests.ui.test_translations_catalogues import CJK, chinese
from tests.ui.window_fixtures import MakeWindow, make_window

__all__ = ["chinese", "data", "make_window", "shown"]


#: A file imported with a warning, as the import report lists it.
NOTED = {
    "zh_CN": "已导入，但有提示：已跳过 1 个时间无法读取的字幕条目。",
    "zh_TW": "已匯入，但有提示：已略過 1 個時間無法讀取的字幕段落。",
}


def test_the_import_report_gives_warnings_in_chinese(
    chinese: str, qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    """A parser's warning, made where Qt is not imported and carried back with the episode,
    is listed in the interface language, its count filled in."""
    talk = tmp_path / "talk.vtt"
    talk.write_text(BAD_CUES.format(bad=BAD_CUE), encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.imports.imported, timeout=60_000) as done:
        window.reader.import_paths([talk])
    assert [r.status for r in done.args[0]] == ["imported"]
    report = window.imports.report
    assert report is not None  # the import succeeded, but something of the file was left out
    model = report.model
    assert model.rowCount() == 1
    assert (model.data(model.index(0, 0)), model.data(model.index(0, 1))) == (
        "talk.vtt",
        NOTED[chinese],
    )
    report.close()


#: The passage asked for is not in the episode's text.
NOT_IN_TEXT = {
    "zh_CN": "单集文本中没有这段文字；请重新选择文字后再试。",
    "zh_TW": "單集文字中沒有這段內容；請重新選取文字後再試一次。",
}


@pytest.fixture
def bookmark_library(tmp_path: Path) -> Iterator[Library]:
    with Library(DataPaths(tmp_path / "bookmarks")) as library:
        store(library, episode())
        yield library


def test_a_refused_bookmark_is_given_in_chinese(
    chinese: str, shown: list[str], bookmark_library: Library
) -> None:
    beyond = len(READING)  # a paragraph the reading view does not have
    selection = PassageSelection("transcript", beyond, 0, 4, "gone")
    assert add_bookmark_from_selection(None, bookmark_library, episode(), selection) is None
    assert shown == [NOT_IN_TEXT[chinese]]


#: A bookmark export refused by its schema: the item is named in Chinese, and jsonschema's own
#: account of the problem stays as it is.
INVALID_ITEM = {
    "zh_CN": "文件中的第 1 个书签（id x）无效（'episode_id' is a required property）；"
    "请修正该项，或改用另一份导出文件。",
    "zh_TW": "檔案中的第 1 個書籤（id x）無效（'episode_id' is a required property）；"
    "請修正該項目，或改用另一份匯出檔案。",
}


def test_a_refused_bookmark_import_is_given_in_chinese(chinese: str) -> None:
    with pytest.raises(BookmarkError) as raised:
        from_json('{"format": "podreader-bookmarks", "bookmarks": [{"id": "x"}]}')
    assert translated(raised.value) == INVALID_ITEM[chinese]


#: A rebuilt library's summary: 3 pages, no bookmark backup (the damaged file was moved aside
#: when the window tried to open it, before the rebuild, so the summary does not name it).
REBUILT = {
    "zh_CN": "资料库已重建：从 3 个保留的页面恢复了 3 个单集，并没有恢复书签（没有书签备份）。",
    "zh_TW": "資料庫已重建：從 3 個保留的頁面復原了 3 個單集，並沒有復原書籤（沒有書籤備份）。",
}


def test_a_rebuilt_library_is_summed_up_in_chinese(
    chinese: str, qtbot: QtBot, data: DataPaths, shown: list[str]
) -> None:
    data.library.write_bytes(b"")
    library = window_host.open_library(data, screenshot=False)
    assert library is not None
    library.close()
    assert CJK.search(shown[0])  # the damage itself, translated before
    assert shown[1:] == [REBUILT[chinese]]


#: A summary with every part: pages that failed, a backup, the damaged file kept aside.
EVERY_PART = {
    "zh_CN": "资料库已重建：从 3 个保留的页面（其中 1 个无法读取）恢复了 2 个单集，"
    "并从备份 b.json 恢复了 4 个书签；损坏的文件保留为 old.sqlite3。",
    "zh_TW": "資料庫已重建：從 3 個保留的頁面（其中 1 個無法讀取）復原了 2 個單集，"
    "並從備份 b.json 復原了 4 個書籤；損毀的檔案保留為 old.sqlite3。",
}


def test_every_part_of_a_recovery_summary_is_translated(chinese: str, tmp_path: Path) -> None:
    failed = ImportResult(tmp_path / "bad.txt", "failed", error="unreadable")
    summary = Recovery(2, 3, [failed], 4, tmp_path / "b.json", tmp_path / "old.sqlite3")
    assert translated(summary.summary()) == EVERY_PART[chinese]


#: A library written by a newer podreader.
TOO_NEW = {
    "zh_CN": "此资料库由较新版本的 podreader 写入（结构版本 {schema}）；"
    "请更新 podreader 后再打开。",
    "zh_TW": "這個資料庫是由較新版本的 podreader 寫入的（結構版本 {schema}）；"
    "請更新 podreader 後再開啟。",
}


def test_a_library_from_a_newer_podreader_is_refused_in_chinese(
    chinese: str, qtbot: QtBot, data: DataPaths, shown: list[str]
) -> None:
    conn = sqlite3.connect(data.library)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert window_host.open_library(data, screenshot=False) is None
    assert shown == [TOO_NEW[chinese].format(schema=SCHEMA_VERSION + 1)]
    assert not re.search(r"[A-Za-z]{2,}", shown[0].replace("podreader", ""))
