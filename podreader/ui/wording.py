"""Counts and names as a reader reads them: "1 bookmark", "3 bookmarks", "English · 简体中文"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

#: Names Qt gives with a country ("American English") or not at all, as readers say them.
_LANGUAGE_NAMES = {
    "en": "English",
    "zh": "中文",
    "zh-Hans": "简体中文",
    "zh-Hant": "繁體中文",
    "und": "unknown language",
}


def counted(n: int, thing: str) -> str:
    """ "1 bookmark", "2 bookmarks", "1,204 episodes" (English nouns with a plain -s plural)."""
    return f"1 {thing}" if n == 1 else f"{n:,} {thing}s"


def bookmark_count(n: int) -> str:
    return counted(n, "bookmark")


def episode_count(n: int) -> str:
    return counted(n, "episode")


#: From this far on an episode counts as read (the last screen never scrolls to its top).
FINISHED = 0.97


def progress_text(fraction: float) -> str:
    """ "read" once finished, "started" when opened but not yet scrolled, else the share read."""
    if fraction >= FINISHED:
        return "read"
    percent = round(fraction * 100)
    return f"{percent}% read" if percent else "started"


def language_name(code: str) -> str:
    """A language by its own name: "English", "简体中文"; the code when nothing better is known."""
    return _LANGUAGE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code


def language_names(codes: Iterable[str]) -> str:
    """ "English · 简体中文" for ("en", "zh-Hans")."""
    return " · ".join(language_name(code) for code in codes)
