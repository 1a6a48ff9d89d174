"""What the transcript pane shows, worked out without Qt: rows of cells, and places in them.

The pane shows the reading view as rows (see :class:`podreader.model.Row`): a *cell* is one
side of a row, a run of sentences of one track, possibly reaching over a paragraph break. Cells
know which paragraph ranges they show, so a bookmark, a search hit or a reading position, which
all point into paragraphs, finds its cell, and a selection in a cell finds its paragraph.

An episode analysed by an older podreader has reading paragraphs with paragraph-level
counterparts but no rows until it is re-analysed in the background; it is shown as rows of
whole paragraphs meanwhile (:func:`chain_groups`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from podreader.model import READING_TRACK as TRANSCRIPT
from podreader.model import Chapter, Episode, Paragraph, ReadingParagraph, Row, TextRange, Track

#: Joins a cell's pieces from two paragraphs: a line break inside the cell, one character long.
PIECE_BREAK = "\u2028"

_CJK_LANGUAGES = ("zh", "ja", "ko")

#: (cell number, start, end): a character range within one cell's text.
Span = tuple[int, int, int]


def is_cjk(language: str) -> bool:
    return language.split("-")[0].lower() in _CJK_LANGUAGES


@dataclass(frozen=True, slots=True)
class Cell:
    """One side of a row: ``pieces`` of paragraphs of ``track``, shown as ``text``."""

    track: str  # TRANSCRIPT or a Track.key
    language: str
    text: str
    pieces: tuple[TextRange, ...]

    def place(self, offset: int) -> tuple[int, int] | None:
        """(paragraph id, offset in it) of a position in :attr:`text`."""
        at = 0
        for piece in self.pieces:
            size = piece.end - piece.start
            if offset <= at + size:
                return piece.paragraph, piece.start + max(offset - at, 0)
            at += size + len(PIECE_BREAK)
        return None

    def offset(self, paragraph: int, position: int) -> int | None:
        """Position in :attr:`text` of an offset in a paragraph, if this cell shows it."""
        at = 0
        for piece in self.pieces:
            if piece.paragraph == paragraph and piece.start <= position <= piece.end:
                return at + position - piece.start
            at += piece.end - piece.start + len(PIECE_BREAK)
        return None

    def clip(self, paragraph: int, start: int, end: int) -> tuple[int, int] | None:
        """The part of a paragraph range this cell shows, as positions in :attr:`text`."""
        at = 0
        for piece in self.pieces:
            lo, hi = max(start, piece.start), min(end, piece.end)
            if piece.paragraph == paragraph and lo < hi:
                return at + lo - piece.start, at + hi - piece.start
            at += piece.end - piece.start + len(PIECE_BREAK)
        return None


@dataclass(frozen=True, slots=True)
class Cue:
    """Who speaks and when, where a cell starts a paragraph of a timed transcript."""

    speaker: str | None
    start: float | None


def clock(seconds: float) -> str:
    """A time into the audio as a player shows it: ``4:05``, ``12:34`` or ``1:02:03``."""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True, slots=True)
class ReadingRow:
    """A row as the pane shows it; ``new_paragraph`` when either side starts a paragraph;
    ``cues`` (transcript side, other side) where a side starts a timed or voiced paragraph."""

    number: int
    transcript: Cell
    other: Cell
    sponsor: bool
    new_paragraph: bool
    paragraph: int  # the reading paragraph the row is in (where its transcript starts)
    cues: tuple[Cue | None, Cue | None] = (None, None)

    def cell(self, side: int) -> Cell:
        return self.other if side else self.transcript


def make_cell(track: str, language: str, pieces: list[TextRange], texts: list[str]) -> Cell:
    """The cell showing ``pieces`` of the paragraphs ``texts`` (by id)."""
    text = PIECE_BREAK.join(texts[r.paragraph][r.start : r.end] for r in pieces)
    return Cell(track, language, text, tuple(pieces))


def reading_paragraphs(episode: Episode) -> list[ReadingParagraph]:
    """The reflowed transcript, or the page paragraphs as they are before text analysis has run."""
    if episode.reading:
        return episode.reading
    return [ReadingParagraph(p.id, p.text, [p.id]) for p in episode.transcript.paragraphs]


@dataclass(frozen=True, slots=True)
class Group:
    """Aligned runs: reading positions ``left`` beside other-track positions ``right``."""

    left: range
    right: range


def chain_groups(counterparts: list[list[int]]) -> list[Group]:
    """Merge per-paragraph counterpart positions into ordered, non-crossing groups.

    ``counterparts[i]`` holds the other-track positions aligned with reading position ``i``.
    Paragraphs that share a counterpart, or whose counterparts cross, end up in one group, so
    both sides of the chain increase monotonically. Paragraphs with no counterparts (sponsor
    reads, untranslated asides) stay outside every group.
    """
    stack: list[tuple[int, int, int, int]] = []  # (left first, left last, right first, right last)
    for i, positions in enumerate(counterparts):
        if not positions:
            continue
        first, last, lo, hi = i, i, min(positions), max(positions)
        while stack and lo <= stack[-1][3]:
            prev = stack.pop()
            first, lo, hi = prev[0], min(prev[2], lo), max(prev[3], hi)
        stack.append((first, last, lo, hi))
    return [Group(range(a, b + 1), range(c, d + 1)) for a, b, c, d in stack]


def _whole(ids: range | list[int], texts: list[str]) -> list[TextRange]:
    return [TextRange(i, 0, len(texts[i])) for i in ids]


def paragraph_rows(reading: list[ReadingParagraph], other: Track | None) -> list[Row]:
    """Rows of whole paragraphs from paragraph-level counterparts (before rows are stored):
    each run of aligned paragraphs starts level with the run of paragraphs it renders."""
    texts = [p.text for p in reading]
    if other is None:
        return [Row(_whole([i], texts), [], p.sponsor) for i, p in enumerate(reading)]
    others = [p.text for p in other.paragraphs]
    per_reading = [
        sorted(j for j in p.counterparts.get(other.key, []) if 0 <= j < len(others))
        for p in reading
    ]
    rows: list[Row] = []
    left = right = 0
    for group in [*chain_groups(per_reading), Group(range(len(texts), len(texts)), range(0))]:
        rows += [
            Row(_whole([i], texts), [], reading[i].sponsor) for i in range(left, group.left.start)
        ]
        if group.right:
            rows += [Row([], _whole([j], others)) for j in range(right, group.right.start)]
            # One row per paragraph, the group's rendering beside its first: positions stay
            # exact to the paragraph.
            rows.append(Row(_whole([group.left.start], texts), _whole(group.right, others)))
            rows += [Row(_whole([i], texts), []) for i in group.left[1:]]
            right = group.right.stop
        left = group.left.stop
    rows += [Row([], _whole([j], others)) for j in range(right, len(others))]
    return rows


def _cue(pieces: list[TextRange], sources: Sequence[Paragraph | None]) -> Cue | None:
    """The cue of a cell that starts a paragraph with a speaker or a time, else None."""
    if not pieces or pieces[0].start != 0 or not 0 <= pieces[0].paragraph < len(sources):
        return None
    source = sources[pieces[0].paragraph]
    if source is None or (source.speaker is None and source.start is None):
        return None
    return Cue(source.speaker, source.start)


class RowIndex:
    """The rows of an episode beside one other track, with lookups from paragraphs to rows."""

    def __init__(self, episode: Episode, other: Track | None) -> None:
        reading = reading_paragraphs(episode)
        texts = [p.text for p in reading]
        others = [p.text for p in other.paragraphs] if other else []
        self._texts = {TRANSCRIPT: texts, other.key if other else "": others}
        self.other_key = other.key if other else None
        self.other_language = other.language if other else ""
        stored = episode.rows.get(other.key) if other and episode.reading else None
        source = stored or paragraph_rows(reading, other)
        language = episode.transcript.language
        # A reading paragraph speaks with the voice and time of the first page paragraph it
        # was made from (a new speaker always starts a reading paragraph).
        pages = {p.id: p for p in episode.transcript.paragraphs}
        firsts = [
            pages.get(p.source_paragraphs[0]) if p.source_paragraphs else None for p in reading
        ]
        cue_sources: dict[str, Sequence[Paragraph | None]] = {
            TRANSCRIPT: firsts,
            self.other_key or "": list(other.paragraphs) if other else [],
        }
        self.rows: list[ReadingRow] = []
        paragraph = 0
        for number, row in enumerate(source):
            if row.transcript:
                paragraph = row.transcript[0].paragraph
            starts = any(side and side[0].start == 0 for side in (row.transcript, row.counterpart))
            self.rows.append(
                ReadingRow(
                    number,
                    make_cell(TRANSCRIPT, language, row.transcript, texts),
                    make_cell(self.other_key or "", self.other_language, row.counterpart, others),
                    row.sponsor,
                    starts,
                    paragraph,
                    (
                        _cue(row.transcript, cue_sources[TRANSCRIPT]),
                        _cue(row.counterpart, cue_sources[self.other_key or ""]),
                    ),
                )
            )
        self._starts: dict[str, dict[int, list[tuple[int, int]]]] = {}
        for shown in self.rows:
            for cell in (shown.transcript, shown.other):
                for piece in cell.pieces:
                    found = self._starts.setdefault(cell.track, {}).setdefault(piece.paragraph, [])
                    found.append((piece.start, shown.number))

    def chapter_rows(
        self, chapters: list[Chapter], title: Callable[[Chapter], str]
    ) -> dict[int, str]:
        """Row where each placed chapter starts -> its ``title`` (the first chapter of a row)."""
        starts: dict[int, str] = {}
        for chapter in chapters:
            row = self.first_row(chapter.paragraph) if chapter.paragraph is not None else None
            if row is not None:
                starts.setdefault(row, title(chapter))
        return starts

    def texts(self, track: str) -> list[str]:
        """The paragraph texts of ``track``, by paragraph id."""
        return self._texts.get(track, [])

    @property
    def has_other(self) -> bool:
        return any(row.other.pieces for row in self.rows)

    def row_of(self, track: str, paragraph: int, offset: int = 0) -> int | None:
        """The row showing an offset of a paragraph of ``track`` (its first row for offset 0)."""
        found = self._starts.get(track, {}).get(paragraph)
        if not found:
            return None
        k = bisect_right(found, (offset, len(self.rows))) - 1
        return found[max(k, 0)][1]

    def first_row(self, paragraph: int) -> int | None:
        """The row where a reading paragraph starts."""
        return self.row_of(TRANSCRIPT, paragraph)


def sponsor_runs(rows: list[ReadingRow]) -> list[range]:
    """Row numbers of each run of consecutive sponsor rows: one sponsor read each."""
    runs: list[range] = []
    for row in rows:
        if not row.sponsor:
            continue
        if runs and runs[-1].stop == row.number:
            runs[-1] = range(runs[-1].start, row.number + 1)
        else:
            runs.append(range(row.number, row.number + 1))
    return runs


_WORD_CHARS = re.compile(r"[\w'’-]")


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start:end`` to whole words: a drag that starts or ends inside a word takes the
    whole word ("hen Amazon" becomes "when Amazon")."""
    while 0 < start < end and _WORD_CHARS.match(text[start - 1]) and _WORD_CHARS.match(text[start]):
        start -= 1
    while (
        start < end < len(text)
        and _WORD_CHARS.match(text[end - 1])
        and _WORD_CHARS.match(text[end])
    ):
        end += 1
    return start, end


def terms_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern for any of ``terms`` (longest first), or None if all are blank."""
    words = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)


def find_spans(
    texts: list[str], pattern: re.Pattern[str], skip: frozenset[int] = frozenset()
) -> list[Span]:
    """Every match of ``pattern`` in the texts, in order, except in those numbered ``skip``."""
    return [
        (i, match.start(), match.end())
        for i, text in enumerate(texts)
        if i not in skip
        for match in pattern.finditer(text)
        if match.end() > match.start()
    ]
