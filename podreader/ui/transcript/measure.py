"""The measure: how wide a line of the pane's text may run before reading gets hard.

About 75 characters of Latin text or 40 of CJK text make a comfortable line; at a wide
window the text keeps that width and stands centred, rather than running 130 characters
from edge to edge. Side by side each column keeps its own measure.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument

from podreader.ui.transcript.fonts import font_families
from podreader.ui.transcript.passages import ReadingRow, is_cjk

LATIN_CHARACTERS = 75
CJK_CHARACTERS = 40


def language_measure(language: str, font: QFont, serif: bool) -> float:
    """Pixels of a comfortable line of ``language`` in ``font``'s size."""
    face = QFont(font)
    face.setFamilies(list(font_families(language, serif)))
    metrics = QFontMetricsF(face)
    if is_cjk(language):
        return CJK_CHARACTERS * metrics.horizontalAdvance("中")
    return LATIN_CHARACTERS * metrics.averageCharWidth()


def text_measure(rows: list[ReadingRow], mode: str, font: QFont, serif: bool, gap: float) -> float:
    """Widest the text may be in ``mode``: the language read (the transcript's when
    interleaved, its rendering indented under it by ``gap``), or two columns side by side."""
    if not rows:
        return 0.0
    transcript, other = rows[0].transcript.language, rows[0].other.language or "en"
    if mode == "side":
        widest = max(
            language_measure(transcript, font, serif), language_measure(other, font, serif)
        )
        return 2 * widest + gap
    if mode == "other":
        return language_measure(other, font, serif)
    return language_measure(transcript, font, serif) + (gap if mode == "interleaved" else 0.0)


def centre(document: QTextDocument, viewport: float, measure: float, room: float) -> float:
    """Centre ``document``'s text at ``measure`` in a ``viewport`` wide: its root frame's side
    margins become the room left over (at least the document margin). ``room`` is what they
    are now; they are set, which lays the document out again, only when that changes."""
    margin = document.documentMargin()
    wanted = margin if measure <= 0 else max(margin, (viewport - measure) / 2)
    if abs(wanted - room) < 1:
        return room
    frame = document.rootFrame()
    fmt = frame.frameFormat()
    fmt.setLeftMargin(wanted)
    fmt.setRightMargin(wanted)
    frame.setFrameFormat(fmt)
    return wanted
