"""A readable measure: at wide windows lines keep about 75 Latin or 40 CJK characters, centred."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from podreader.model import Episode
from podreader.ui.transcript import TranscriptPane
from tests.ui.transcript.test_passages import bilingual_episode, rows_episode


def _pane(qtbot: QtBot, mode: str, width: int, episode: Episode | None = None) -> TranscriptPane:
    pane = TranscriptPane()
    qtbot.addWidget(pane)
    pane.resize(width, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_episode(episode or rows_episode(paragraphs=12, sentences=3, sponsor_paragraphs=0))
    pane.set_mode(mode)
    return pane


def _lines(pane: TranscriptPane, side: int) -> list[tuple[int, float, float]]:
    """(characters, left, right) of every full line of the cells of ``side``, in pixels."""
    view = pane.view()
    document = view.document()
    layout = document.documentLayout()
    found = []
    for placed in view.placed():
        if placed.side != side:
            continue
        block = document.findBlock(placed.start)
        rect = layout.blockBoundingRect(block)
        lines = block.layout()
        for k in range(lines.lineCount() - 1):  # a paragraph's last line may be short
            line = lines.lineAt(k)
            found.append(
                (
                    line.textLength(),
                    rect.left() + line.x(),
                    rect.left() + line.x() + line.naturalTextWidth(),
                )
            )
    assert found
    return found


@pytest.mark.parametrize(
    ("mode", "side", "most"), [("transcript", 0, 88), ("interleaved", 0, 88), ("other", 1, 44)]
)
def test_single_column_modes_keep_a_readable_measure_centred(
    qtbot: QtBot, mode: str, side: int, most: int
) -> None:
    pane = _pane(qtbot, mode, 1600)
    lines = _lines(pane, side)
    assert max(n for n, _, _ in lines) <= most
    assert max(n for n, _, _ in lines) >= most * 0.7
    width = pane.view().viewport().width()
    left = min(x for _, x, _ in lines)
    right = max(x for _, _, x in lines)
    assert abs(left - (width - right)) < width * 0.06  # centred
    # A narrow window still uses its whole width.
    pane.resize(600, 700)
    assert min(x for _, x, _ in _lines(pane, side)) < 20


def test_side_by_side_keeps_each_column_readable(qtbot: QtBot) -> None:
    # Paragraph-long cells (an episode analysed before rows), so that each runs several lines.
    pane = _pane(qtbot, "side", 2400, bilingual_episode(groups=6, sponsor_paragraphs=0))
    assert max(n for n, _, _ in _lines(pane, 0)) <= 88
    assert max(n for n, _, _ in _lines(pane, 1)) <= 44
