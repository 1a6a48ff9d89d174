from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from podreader.ui import settings as keys
from podreader.ui.settings import Settings
from podreader.ui.theme import ThemeManager, palette


def test_settings_round_trip_through_the_ini_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    first = Settings(path)
    first.set(keys.FONT_SIZE, 17)
    first.set(keys.SERIF, False)
    first.set(keys.GEOMETRY, QByteArray(b"\x00\x01geometry"))
    first.set_position("ep", 12)
    first.sync()
    again = Settings(path)
    assert again.get(keys.FONT_SIZE) == 17
    assert again.get(keys.SERIF) is False
    assert bytes(again.get(keys.GEOMETRY).data()) == b"\x00\x01geometry"
    assert again.position("ep") == 12
    assert again.position("other") is None
    assert again.get(keys.MODE) == keys.MODE.default


def test_dark_palette_is_dark_and_light_is_light() -> None:
    dark, light = palette(True), palette(False)
    window = QPalette.ColorRole.Window
    assert dark.color(window).lightness() < 80 < 200 < light.color(window).lightness()


def test_theme_manager_applies_the_choice(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    manager = ThemeManager(app)
    try:
        with qtbot.waitSignal(manager.changed) as changed:
            manager.apply("dark")
        assert changed.args == [True]
        assert app.palette().color(QPalette.ColorRole.Base).lightness() < 80
    finally:
        manager.deleteLater()
        app.setStyleSheet("")
        app.setPalette(before)
