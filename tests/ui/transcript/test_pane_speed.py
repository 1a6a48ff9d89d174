"""Opening a three-hour episode shows its first screen fast, and scrolling stays cheap.

The issue asks for the first screen within 300 ms; the asserted bounds are looser so a busy
test machine does not fail them, and the measured figures are printed (run with ``-s``).
"""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from podreader.ui.transcript import TranscriptPane
from tests.ui.transcript.test_passages import three_hour_episode


def test_three_hour_episode_first_screen_and_scrolling(qtbot: QtBot) -> None:
    episode = three_hour_episode()
    assert sum(len(p.text.split()) for p in episode.reading) >= 27_000
    assert len(episode.translations[0].text) >= 14_000
    assert len(episode.rows["zh"]) == 1_500
    pane = TranscriptPane()
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    qtbot.waitExposed(pane)

    started = time.perf_counter()
    pane.set_episode(episode)
    pane.grab()  # paints the first screen
    first_screen = time.perf_counter() - started

    view = pane.view()
    bar = view.verticalScrollBar()
    steps = 60
    started = time.perf_counter()
    for _ in range(steps):
        bar.setValue(bar.value() + view.viewport().height())
        view.viewport().repaint()
    per_page = (time.perf_counter() - started) / steps
    assert pane.top_row() > 300  # paged far down, both languages in the same view

    started = time.perf_counter()
    pane.set_mode("interleaved")
    pane.grab()
    interleave = time.perf_counter() - started

    print(
        f"\nfirst screen {first_screen * 1000:.0f} ms, page down {per_page * 1000:.1f} ms, "
        f"switch to interleaved {interleave * 1000:.0f} ms"
    )
    assert first_screen < 1.0
    assert per_page < 0.1
