"""The episode header above the transcript (issue 13.11)."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from podreader.model import Person
from podreader.paths import DataPaths
from podreader.ui import settings as keys
from podreader.ui.episode_header import EpisodeHeader, details_html
from tests.ui.summaries import episode
from tests.ui.window_fixtures import MakeWindow, data, make_window, shown_window

__all__ = ["data", "make_window"]


def test_the_header_shows_the_page_above_the_transcript(
    qtbot: QtBot, make_window: MakeWindow, data: DataPaths
) -> None:
    window = shown_window(make_window, data, episode(1, paragraphs=60))
    assert not window.header.isVisible()  # nothing open: the welcome page alone
    window.open_episode("episode-1")
    header = window.header
    assert header.isVisible() and header.title.text() == "Bees and patience, part 1"
    assert header.byline.text() == "The Quiet Garden  ·  2024-05-02  ·  English · 简体中文"
    assert header.geometry().bottom() < window.pane.mapTo(window, window.pane.rect().topLeft()).y()
    assert header.folded() and not header.more.isVisible()  # folded by default
    header.toggle.click()
    assert header.more.isVisible()
    details = header.details.text()
    for expected in (
        "Ada Field",
        "keeps bees on a city roof",
        "Why do bees swarm?",
        "Because the hive grew too full.",
        "第0段",
        "Chapter 2 explains",
    ):
        assert expected in details
    header.details.linkActivated.emit("paragraph:40")  # the third chapter
    qtbot.waitUntil(lambda: window.pane.current_paragraph() == 40)
    assert window.actions_.back.isEnabled()  # a jump like any other
    window.close()
    assert window.settings.get(keys.HEADER_FOLDED) is False  # unfolded stays unfolded


def test_episode_text_is_shown_as_text_not_markup(qtbot: QtBot) -> None:
    sly = replace(
        episode(1),
        title="<b>Bold</b> & <i>free</i>",
        people=[Person("<u>Ann</u>", "likes <img src=x> tags")],
    )
    html = details_html(sly)
    assert "<u>" not in html and "<img" not in html
    assert "&lt;u&gt;Ann&lt;/u&gt;" in html
    header = EpisodeHeader()
    qtbot.addWidget(header)
    header.set_episode(sly)
    assert header.title.text() == "<b>Bold</b> & <i>free</i>"  # plain text, shown as typed
