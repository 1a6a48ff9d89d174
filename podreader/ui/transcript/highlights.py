"""Highlight layers drawn over the text, with colours taken from the palette at paint time.

Layers are kept as character ranges and turned into formats only when applied, so a palette
switch (dark mode) recolours everything without rebuilding the documents.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtGui import QColor, QPalette, QTextCharFormat

#: Tint of bookmark marks without a colour of their own: the default bookmark colour. Marks are
#: translucent so that they suit light and dark.
_MARK_COLOUR = "#f5c542"


class Layer(IntEnum):
    """Highlight kinds; later ones are drawn over earlier ones."""

    SPONSOR = 0  # dimmed sponsor reads
    FOCUS = 1  # hovered or clicked passage and its counterparts
    MARK = 2  # bookmarks
    TERM = 3  # search hits from the library search
    MATCH = 4  # find-in-episode matches
    CURRENT = 5  # the current find match


def _translucent(colour: QColor, alpha: int) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


def layer_format(layer: Layer, palette: QPalette, colour: str | None = None) -> QTextCharFormat:
    """The look of a layer in ``palette``; ``colour`` is a mark's own colour (marks only).

    Search terms take the palette's visited-link hue and find matches its highlight hue, so the
    two stay apart in both looks (the link and highlight hues are both teal).
    """
    fmt = QTextCharFormat()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if layer is Layer.SPONSOR:
        text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        fmt.setForeground(_mix(text, base, 0.45))
    elif layer is Layer.FOCUS:
        # The column paints this as one band behind the passage (see TextColumn.paintEvent).
        fmt.setBackground(_mix(palette.color(QPalette.ColorRole.Base), highlight, 0.16))
    elif layer is Layer.MARK:
        fmt.setBackground(_translucent(QColor(colour or _MARK_COLOUR), 110))
    elif layer is Layer.TERM:
        fmt.setBackground(_translucent(palette.color(QPalette.ColorRole.LinkVisited), 70))
    elif layer is Layer.MATCH:
        fmt.setBackground(_translucent(highlight, 90))
    else:
        fmt.setBackground(highlight)
        fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
    return fmt
