"""How the pane's text looks: the face of each language, the sizes, the colours it is written in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontMetricsF, QTextCharFormat

from podreader.ui.transcript.fonts import font_families

if TYPE_CHECKING:  # highlights.py imports the builder, which writes with a Look
    from podreader.ui.transcript.highlights import Palette


@dataclass(frozen=True, slots=True)
class Look:
    """What the builder writes with, taken from the view when it rebuilds."""

    font: QFont
    serif: bool
    colours: Palette
    placeholder: str  # the line standing for a folded sponsor read
    heading_language: str  # chapter headings and notes are in the transcript's language

    def em(self) -> float:
        return QFontMetricsF(self.font).height()

    def char_format(
        self,
        language: str,
        *,
        italic: bool = False,
        sponsor: bool = False,
        heading: bool = False,
        note: bool = False,
    ) -> QTextCharFormat:
        """Sponsor reads are written dimmed rather than tinted by a highlight: a highlight
        near the end would make Qt lay the whole episode out at once to repaint it. Notes
        (speakers, times, the sponsor label) are small and quiet, in the sans face."""
        fmt = QTextCharFormat()
        fmt.setFontFamilies(list(font_families(language, self.serif and not note)))
        fmt.setFontItalic(italic)
        if heading:
            fmt.setFontWeight(QFont.Weight.DemiBold)
            fmt.setFontPointSize(self.font.pointSizeF() * 1.15)
        if note:
            fmt.setFontPointSize(self.font.pointSizeF() * 0.8)
            fmt.setForeground(self.colours.note_text)
        if sponsor:
            fmt.setForeground(self.colours.sponsor_text)
        return fmt
