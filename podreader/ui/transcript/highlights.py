"""Highlight layers drawn over the text, with colours taken from the palette at paint time.

Layers are kept as character ranges and turned into formats only when applied, so a palette
switch (dark mode) recolours everything without rebuilding the documents.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from podreader.ui.transcript.builder import Placed
from podreader.ui.transcript.passages import Span

#: Tint of bookmark marks without a colour of their own: the default bookmark colour. Marks are
#: translucent so that they suit light and dark.
_MARK_COLOUR = "#f5c542"


class Layer(IntEnum):
    """Highlight kinds; later ones are drawn over earlier ones."""

    FOCUS = 1  # hovered or clicked row (painted as a band in side by side and interleaved)
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


@dataclass(frozen=True, slots=True)
class Palette:
    """Every colour the pane paints with, taken from one Qt palette: the one place to change
    them, and what a theme switch recomputes (see ``TranscriptPane.apply_theme``)."""

    base: QColor
    text: QColor
    highlight: QColor
    highlighted_text: QColor
    link: QColor
    row_pair: QColor  # the hovered or clicked row, both cells
    practice: QColor  # the bars that stand in for hidden lines in practice mode
    sponsor_text: QColor  # sponsor reads are written in it (see RowView)
    note_text: QColor  # speakers, times and the sponsor label above a paragraph

    @classmethod
    def of(cls, palette: QPalette) -> Palette:
        role = QPalette.ColorRole
        base, text = palette.color(role.Base), palette.color(role.Text)
        highlight = palette.color(role.Highlight)
        return cls(
            base=base,
            text=text,
            highlight=highlight,
            highlighted_text=palette.color(role.HighlightedText),
            link=palette.color(role.LinkVisited),
            row_pair=_mix(base, highlight, 0.16),
            practice=_mix(base, text, 0.14),
            sponsor_text=_mix(text, base, 0.45),
            note_text=_mix(text, base, 0.38),
        )

    def layer_format(self, layer: Layer, colour: str | None = None) -> QTextCharFormat:
        """The look of a layer; ``colour`` is a mark's own colour (marks only).

        Search terms take the palette's visited-link hue and find matches its highlight hue, so
        the two stay apart in both looks (the link and highlight hues are both teal). The
        current find match is drawn solid, so it stands out from the other matches.
        """
        fmt = QTextCharFormat()
        if layer is Layer.FOCUS:
            fmt.setBackground(self.row_pair)
        elif layer is Layer.MARK:
            fmt.setBackground(_translucent(QColor(colour or _MARK_COLOUR), 110))
        elif layer is Layer.TERM:
            fmt.setBackground(_translucent(self.link, 110))
            fmt.setFontUnderline(True)
        elif layer is Layer.MATCH:
            fmt.setBackground(_translucent(self.highlight, 90))
        else:
            fmt.setBackground(self.highlight)
            fmt.setForeground(self.highlighted_text)
        return fmt


def layer_format(layer: Layer, palette: QPalette, colour: str | None = None) -> QTextCharFormat:
    """:meth:`Palette.layer_format` of a Qt palette."""
    return Palette.of(palette).layer_format(layer, colour)


def extra_selections(
    document: QTextDocument,
    placed: Sequence[Placed],
    layers: Mapping[Layer, Sequence[Span]],
    colours: Mapping[Layer, Sequence[str | None]],
    palette: Palette,
) -> list[QTextEdit.ExtraSelection]:
    """The layers' spans over the ``placed`` cells as Qt extra selections, in layer order; a
    span's colour (``colours``, None: the layer's own) tints marks."""
    # Inside an edit block a cursor skips working out its x position, which would lay the
    # document out down to it: a highlight near the end would lay out the whole episode.
    guard = QTextCursor(document)
    guard.beginEditBlock()
    selections = []
    for layer in sorted(layers):
        tints = colours.get(layer, ())
        formats: dict[str | None, QTextCharFormat] = {}
        for i, (number, start, end) in enumerate(layers[layer]):
            if not 0 <= number < len(placed) or placed[number].folded:
                continue  # gone, or a placeholder, whose offsets are not the row's
            cell = placed[number]
            colour = tints[i] if i < len(tints) else None
            if colour not in formats:
                formats[colour] = palette.layer_format(layer, colour)
            limit = cell.end - cell.start
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(cell.start + min(start, limit))
            cursor.setPosition(cell.start + min(end, limit), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = formats[colour]
            selections.append(selection)
    guard.endEditBlock()
    return selections
