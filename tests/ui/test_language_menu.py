"""View → Interface Language: the choice is kept, and announced for the window to switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from podreader import INTERFACE_LANGUAGES
from podreader.ui import settings as keys
from podreader.ui.language_menu import LanguageMenu
from podreader.ui.settings import Settings
from podreader.ui.translations import choose_language, language_for


def test_the_view_menu_keeps_and_announces_the_interface_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.set(keys.LANGUAGE, "zh_CN")
    menu = QMenu()
    qtbot.addWidget(menu)
    choice = LanguageMenu(menu, settings)
    chosen: list[str] = []
    choice.chosen.connect(chosen.append)
    checked = [a.data() for a in choice.group.actions() if a.isChecked()]
    assert checked == ["zh_CN"]
    assert [a.data() for a in menu.actions()] == ["", *INTERFACE_LANGUAGES]
    menu.actions()[3].trigger()  # 繁體中文
    assert settings.get(keys.LANGUAGE) == "zh_TW"
    menu.actions()[0].trigger()  # Follow System
    assert settings.get(keys.LANGUAGE) == ""
    menu.actions()[0].trigger()  # again: announced, for a --lang that differs
    assert chosen == ["zh_TW", "", ""]
    choice.check("en")
    assert [a.data() for a in choice.group.actions() if a.isChecked()] == ["en"]
    assert choose_language(None, settings.get(keys.LANGUAGE)) == language_for(QLocale.system())
