"""The shipped catalogues: complete, current with the code, faithful to each source's
placeholders, and loaded they turn the whole window Chinese."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from podreader import INTERFACE_LANGUAGES
from podreader.library.opening import LibraryDamaged
from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search.query import parse
from podreader.ui.bookmark_dialog import BookmarkDialog
from podreader.ui.language_menu import NATIVE_NAMES
from podreader.ui.translations import install_translators, translated
from tests.ui.summaries import episode
from tests.ui.test_main_window_accessibility import window_reading
from tests.ui.window_fixtures import MakeWindow, data, make_window

__all__ = ["data", "make_window"]

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = INTERFACE_LANGUAGES[1:]

#: ``{name}`` and ``%n`` / ``%1`` placeholders, and a ``&`` mnemonic (``&&`` is a plain "&").
PLACEHOLDER = re.compile(r"\{\w+\}|%n|%\d")
CJK = re.compile(r"[\u3400-\u9fff]")


def _script() -> ModuleType:
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


Message = tuple[str, str, bool]  # context, source, numerus


def _translation(message: ET.Element) -> ET.Element:
    found = message.find("translation")
    return ET.Element("translation", type="unfinished") if found is None else found


def _messages(path: Path) -> dict[Message, ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.get("numerus") == "yes",
        ): _translation(message)
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language: str) -> None:
    messages = _messages(_script().catalogue(language))
    assert len(messages) > 100
    left = [
        source
        for (_, source, _), translation in messages.items()
        if translation.get("type") or not all(t.strip() for t in _texts(translation))
    ]
    assert left == []  # neither unfinished, nor vanished/obsolete, nor empty


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogues_are_current_with_the_code(language: str, tmp_path: Path) -> None:
    script = _script()
    committed = script.catalogue(language)
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    script.update(copy, language)
    updated = _messages(copy)
    assert sorted(updated) == sorted(_messages(committed))
    assert not [m for m, t in updated.items() if t.get("type")]  # none changed under us


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    wrong = []
    for (context, source, _), translation in _messages(_script().catalogue(language)).items():
        for text in _texts(translation):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                wrong.append(f"{context}: mnemonic {source!r} -> {text!r}")
    assert wrong == []


# -- the window in Chinese ------------------------------------------------------------------


@pytest.fixture(params=LANGUAGES)
def chinese(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The shipped catalogue compiled afresh and installed, with Qt's own."""
    language: str = request.param
    source = _script().catalogue(language)
    lrelease = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
    compiled = tmp_path / f"{source.stem}.qm"
    subprocess.run(
        [sys.executable, "-c", lrelease, "-silent", str(source), "-qm", str(compiled)],
        check=True,
    )
    translators: list[QTranslator] = install_translators(qapp, language, tmp_path)
    assert len(translators) == 2
    yield language
    for translator in translators:
        qapp.removeTranslator(translator)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action.text()
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_texts(submenu)


def _widget_texts(root: QWidget) -> Iterator[str]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            yield widget.text()
        if isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        if isinstance(widget, QDockWidget):
            yield widget.windowTitle()
        yield widget.toolTip()
        yield widget.accessibleName()


def _english(texts: Iterator[str]) -> list[str]:
    """Texts with Latin words and no Chinese (names such as "podreader" are not words)."""
    return sorted(
        {
            t
            for t in texts
            if re.search(r"[A-Za-z]{2,}", t.replace("podreader", ""))
            and not CJK.search(t)
            and not re.fullmatch(r"[\w\s]*\d[\w\s]*", t)  # episode data from the fixtures
            and t not in NATIVE_NAMES.values()  # View → Interface Language
        }
    )


def test_the_window_and_its_menus_are_chinese(
    chinese: str, make_window: MakeWindow, data: DataPaths
) -> None:
    window = window_reading(make_window, data)
    menus = [t for a in window.menuBar().actions() for t in [a.text()]]
    assert menus[0] == {"zh_CN": "文件(&F)", "zh_TW": "檔案(&F)"}[chinese]
    texts = [*menus]
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        texts += _menu_texts(menu)
    summaries = {e.title for e in [episode(1)]} | {episode(1).podcast}
    shown = [t for t in _widget_texts(window) if t not in summaries]
    assert _english(iter(texts + shown)) == []


def test_the_bookmark_dialog_and_qt_buttons_are_chinese(chinese: str, qapp: QApplication) -> None:
    dialog = BookmarkDialog("a quote", color="#123456")
    try:
        texts = [t for t in _widget_texts(dialog) if t != "a quote"]
        assert dialog.windowTitle() in {"添加书签", "加入書籤"}
        assert "取消" in texts  # Qt's own standard button, from qtbase
        assert _english(iter(texts)) == []
    finally:
        dialog.deleteLater()


#: Refusals made below the interface, as the import report shows them in each language.
REFUSALS = {
    "zh_CN": {
        "empty.txt": "文件是空的；请改为选择已保存的 PodQuest 页面。",
        "no-cues.vtt": "该 WebVTT 文件不含转录文字；请选择带有字幕条目的文件。",
    },
    "zh_TW": {
        "empty.txt": "檔案是空的；請改為選擇已儲存的 PodQuest 頁面。",
        "no-cues.vtt": "這個 WebVTT 檔案沒有逐字稿文字；請選擇含有字幕段落的檔案。",
    },
}


def test_the_import_report_gives_the_reasons_in_chinese(
    chinese: str, qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    """A parser's refusal (made where Qt is not imported, and pickled back from the import
    worker) is shown in the interface language, its arguments ("WebVTT") filled in."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "no-cues.vtt").write_text("WEBVTT\n\n", encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.imports.imported, timeout=60_000) as done:
        window.reader.import_paths([tmp_path / "empty.txt", tmp_path / "no-cues.vtt"])
    assert [r.status for r in done.args[0]] == ["failed", "failed"]
    report = window.imports.report
    assert report is not None
    model = report.model
    shown = {
        model.data(model.index(row, 0)): model.data(model.index(row, 1))
        for row in range(model.rowCount())
    }
    assert shown == REFUSALS[chinese]
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert CJK.search(tip)
    report.close()


#: A damaged library's sentence: its clause ("not a database") is a message of its own.
NOT_A_DATABASE = {
    "zh_CN": "资料库文件不是数据库；它已被移到一旁，改名为 {name}；请运行 'podreader recover'",
    "zh_TW": "資料庫檔案不是資料庫；它已被移到一旁，改名為 {name}；請執行 'podreader recover'",
}


def test_a_library_error_is_given_in_chinese(chinese: str, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.library.parent.mkdir(parents=True, exist_ok=True)
    paths.library.write_bytes(b"not a database at all")
    with pytest.raises(LibraryDamaged) as raised:
        Library(paths)
    assert raised.value.moved_to is not None
    shown = translated(raised.value)
    assert shown.startswith(NOT_A_DATABASE[chinese].format(name=raised.value.moved_to.name))
    assert str(raised.value).startswith("The library file is not a database")


#: Two of the search query's notices, one after the other, as the search panel shows them.
LEFT_OUT = {
    "zh_CN": "lang: 只接受 en 或 zh，因此已忽略 'fr'。 "
    "in: 只接受 transcript、chapters 或 summary，因此已忽略 'nowhere'。",
    "zh_TW": "lang: 只接受 en 或 zh，因此已略過 'fr'。 "
    "in: 只接受 transcript、chapters 或 summary，因此已略過 'nowhere'。",
}


def test_search_notices_are_given_in_chinese(chinese: str) -> None:
    notice = parse("lang:fr in:nowhere words").notice
    assert notice is not None
    assert translated(notice) == LEFT_OUT[chinese]
