"""The interface language: chosen from the system locale or --lang, and Qt's and podreader's
catalogues installed for it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from podreader import INTERFACE_LANGUAGES
from podreader.cli import build_parser
from podreader.ui.translations import (
    CATALOGUE,
    choose_language,
    install_translators,
    language_for,
)

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>{translation}</translation>
    </message>
</context>
</TS>
"""


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("en_US", "en"),
        ("de_DE", "en"),
    ],
)
def test_the_system_locale_chooses_the_language(locale: str, language: str) -> None:
    assert language_for(QLocale(locale)) == language


def test_lang_is_one_of_the_shipped_languages() -> None:
    assert build_parser().parse_args(["--lang", "zh_TW"]).lang == "zh_TW"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])
    shipped = Path(__file__).resolve().parents[2] / "resources" / "translations"
    assert sorted(p.stem for p in shipped.glob("*.ts")) == [
        f"{CATALOGUE}_{language}" for language in INTERFACE_LANGUAGES[1:]
    ]


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def _compile(folder: Path, language: str, translation: str) -> None:
    source = folder / f"{CATALOGUE}_{language}.ts"
    source.write_text(
        TS.format(language=language, translation=escape(translation)), encoding="utf-8"
    )
    lrelease = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
    subprocess.run(
        [sys.executable, "-c", lrelease, "-silent", str(source)], check=True, capture_output=True
    )


@pytest.mark.parametrize(
    ("language", "file_menu", "yes"),
    [("zh_CN", "文件(&F)", "是(&Y)"), ("zh_TW", "檔案(&F)", "是(&Y)")],
)
def test_both_catalogues_are_installed(
    qapp: QApplication,
    installed: list[QTranslator],
    tmp_path: Path,
    language: str,
    file_menu: str,
    yes: str,
) -> None:
    _compile(tmp_path, language, file_menu)
    installed += install_translators(qapp, language, tmp_path)
    assert len(installed) == 2
    assert QCoreApplication.translate("MainWindow", "&File") == file_menu
    # Qt's own catalogue: the standard buttons of message boxes.
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == yes


def test_english_and_missing_catalogues_leave_the_source_text(
    qapp: QApplication, installed: list[QTranslator], tmp_path: Path
) -> None:
    assert install_translators(qapp, "en") == []
    installed += install_translators(qapp, "zh_CN", tmp_path)  # Qt's only: no podreader .qm
    assert len(installed) == 1
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_lang_wins_over_the_saved_choice_which_wins_over_the_system() -> None:
    system = language_for(QLocale.system())
    assert choose_language("zh_CN", "zh_TW") == "zh_CN"
    assert choose_language(None, "zh_TW") == "zh_TW"
    assert choose_language(None, "") == system
    assert choose_language(None, "fr") == system  # a hand-edited settings file
