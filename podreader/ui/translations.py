"""The interface language: podreader's own catalogue, and Qt's for its standard dialogs and buttons.

The language is ``--lang`` when given, else the one saved from View → Interface Language, else
the system's; a choice in that menu replaces the installed catalogues while podreader runs
(:class:`~podreader.ui.window_host.WindowHost` then builds the window again). Chinese follows
the script of the system locale: Traditional for Taiwan, Hong Kong and Macau (Qt fills in the
likely script of a locale such as ``zh_HK``), Simplified otherwise. Any other language gets the
English interface, which is the source text.

Catalogues are ``resources/translations/podreader_<language>.qm``, compiled from the ``.ts``
files at every build (setup.py); Qt's own are the ``qtbase_<language>.qm`` that ship with Qt.
A missing catalogue leaves those strings in English rather than stopping the program.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from podreader import INTERFACE_LANGUAGES
from podreader.messages import Message, sentence

#: File name stem of podreader's catalogues.
CATALOGUE = "podreader"


def language_for(locale: QLocale) -> str:
    """The interface language for a system locale."""
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.script() == QLocale.Script.TraditionalChineseScript:
        return "zh_TW"
    return "zh_CN"


def choose_language(requested: str | None, saved: str = "") -> str:
    """``requested`` (from ``--lang``) if given, else ``saved`` (View → Interface Language) if
    it is one of the interface languages, else the system locale's language."""
    if requested:
        return requested
    return saved if saved in INTERFACE_LANGUAGES else language_for(QLocale.system())


#: Object name of the translators :func:`install_translators` puts on the application, so that
#: a later call (a language chosen in the running window) finds and replaces them.
INSTALLED = "podreader-catalogue"


def install_translators(
    app: QCoreApplication, language: str, folder: Path | None = None
) -> list[QTranslator]:
    """Install Qt's and podreader's catalogues for ``language`` on ``app`` in place of those an
    earlier call installed; the translators installed (parented to ``app``). ``folder`` replaces
    the shipped catalogues' folder."""
    for earlier in app.findChildren(QTranslator, INSTALLED):
        app.removeTranslator(earlier)
        earlier.setParent(None)  # freed with its last reference
    installed = _catalogues(language, folder)
    for translator in installed:
        translator.setParent(app)
        translator.setObjectName(INSTALLED)
        app.installTranslator(translator)
    return installed


def translate_in(language: str, context: str, source: str) -> str:
    """``source`` in ``language`` before that language is installed (a notice about the change
    to come, worded as the interface will be); the English source when it has no entry."""
    for translator in _catalogues(language, None):
        text = translator.translate(context, source)
        if text:
            return text
    return source


def _catalogues(language: str, folder: Path | None) -> list[QTranslator]:
    """Qt's and podreader's catalogues for ``language`` that could be loaded (none for English,
    the source text)."""
    if language == INTERFACE_LANGUAGES[0]:
        return []
    loaded = []
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_folder):
        loaded.append(qt)
    own = QTranslator()
    if folder is None:
        with as_file(files("podreader.resources") / "translations") as shipped:
            found = own.load(f"{CATALOGUE}_{language}", str(shipped))
    else:
        found = own.load(f"{CATALOGUE}_{language}", str(folder))
    if found:
        loaded.append(own)
    return loaded


def translated(said: str | BaseException) -> str:
    """A sentence made below the interface (or an error raised with one), in the interface
    language: a :class:`Message` is looked up in the installed catalogue under its context and
    filled with its arguments (those that are Messages translated too); plain text, and a
    translation that names a placeholder the message lacks, stay English."""
    text = sentence(said) if isinstance(said, BaseException) else said
    if not isinstance(text, Message):
        return str(text)
    template = QCoreApplication.translate(text.context, text.template)
    if not text.arguments:
        return template
    try:
        return template.format(
            **{
                name: translated(v) if isinstance(v, Message) else v
                for name, v in text.arguments.items()
            }
        )
    except (KeyError, IndexError, ValueError):
        return str(text)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate under ``context`` where it is defined (a table of labels);
    it is translated where shown, with ``QCoreApplication.translate(context, source)``.

    Qt's own ``QT_TRANSLATE_NOOP`` does the same, but its stub returns ``object``."""
    return source
