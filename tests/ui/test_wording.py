"""Counts with their plural and languages by name, wherever the window shows them (13.10)."""

from __future__ import annotations

from datetime import date

from podreader.library.store import EpisodeSummary
from podreader.ui.bookmark_actions import kept_bookmarks
from podreader.ui.episode_delegate import detail_text
from podreader.ui.episode_model import episode_data
from podreader.ui.plain_text import tooltip as as_tooltip
from podreader.ui.reading_choices import track_label
from podreader.ui.wording import bookmark_count, episode_count, language_names, progress_text

SUMMARY = EpisodeSummary(
    "e1", "Tides", "Sea Notes", date(2025, 3, 14), ("en", "zh-Hans"), revision=1
)


def test_counts_have_their_plural() -> None:
    assert [bookmark_count(n) for n in (0, 1, 2)] == ["0 bookmarks", "1 bookmark", "2 bookmarks"]
    assert episode_count(1204) == "1,204 episodes"
    assert kept_bookmarks(1).startswith("Its 1 bookmark stays in the library and returns")
    assert "export it as" in kept_bookmarks(1)
    assert kept_bookmarks(3).startswith("Its 3 bookmarks stay in the library and return if")


def test_progress_reads_as_words() -> None:
    assert [progress_text(f) for f in (0.0, 0.004, 0.42, 0.98)] == [
        "started",
        "started",
        "42% read",
        "read",
    ]


def test_languages_are_shown_by_name() -> None:
    assert language_names(["en", "zh-Hans", "zh-Hant"]) == "English · 简体中文 · 繁體中文"
    assert track_label("zh-Hans") == "简体中文" and track_label("de") == "Deutsch"
    assert detail_text(SUMMARY, 1, True) == (
        "Sea Notes  ·  2025-03-14  ·  1 bookmark  ·  English · 简体中文"
    )
    tooltip = episode_data(SUMMARY, 3, None, {})  # Qt.ToolTipRole
    assert tooltip == as_tooltip("Tides\nSea Notes — 2025-03-14 — English · 简体中文")
