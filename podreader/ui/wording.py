"""Counts and names as a reader reads them: "1 bookmark", "3 bookmarks", "English · 简体中文"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale

from podreader.ui.translations import QT_TRANSLATE_NOOP

#: Names Qt gives with a country ("American English") or not at all, as readers say them.
_LANGUAGE_NAMES = {
    "en": "English",
    "zh": "中文",
    "zh-Hans": "简体中文",
    "zh-Hant": "繁體中文",
    "und": QT_TRANSLATE_NOOP("Wording", "unknown language"),
}


def _number(n: int) -> str:
    return f"{n:,}"


def bookmark_count(n: int) -> str:
    """ "1 bookmark", "2 bookmarks", "1,204 bookmarks" in the interface language."""
    if n == 1:
        return QCoreApplication.translate("Wording", "1 bookmark")
    return QCoreApplication.translate("Wording", "{n} bookmarks").format(n=_number(n))


def episode_count(n: int) -> str:
    """ "1 episode", "2 episodes", "1,204 episodes" in the interface language."""
    if n == 1:
        return QCoreApplication.translate("Wording", "1 episode")
    return QCoreApplication.translate("Wording", "{n} episodes").format(n=_number(n))


#: From this far on an episode counts as read (the last screen never scrolls to its top).
FINISHED = 0.97


def progress_text(fraction: float) -> str:
    """ "read" once finished, "started" when opened but not yet scrolled, else the share read."""
    if fraction >= FINISHED:
        return QCoreApplication.translate("Wording", "read")
    percent = round(fraction * 100)
    if not percent:
        return QCoreApplication.translate("Wording", "started")
    return QCoreApplication.translate("Wording", "{percent}% read").format(percent=percent)


def language_name(code: str) -> str:
    """A language by its own name: "English", "简体中文"; the code when nothing better is known."""
    name = _LANGUAGE_NAMES.get(code)
    if name is not None:
        return QCoreApplication.translate("Wording", name)  # only "unknown language" has one
    return QLocale(code).nativeLanguageName() or code


def language_names(codes: Iterable[str]) -> str:
    """ "English · 简体中文" for ("en", "zh-Hans")."""
    return " · ".join(language_name(code) for code in codes)
