"""The bilingual transcript pane: the transcript beside, between or instead of another track."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QTextCursor
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from podreader.model import READING_MODES as MODES
from podreader.model import READING_TRACK as TRANSCRIPT
from podreader.model import Episode, Mark
from podreader.ui.transcript.column import TextColumn
from podreader.ui.transcript.findbar import FindBar
from podreader.ui.transcript.fonts import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE
from podreader.ui.transcript.highlights import Layer
from podreader.ui.transcript.passages import (
    Alignment,
    Passage,
    Span,
    find_spans,
    terms_pattern,
)
from podreader.ui.transcript.sync import ScrollSync


@dataclass(frozen=True, slots=True)
class PassageSelection:
    """Selected text within one paragraph, as a bookmark needs it."""

    track: str  # "transcript" (reading paragraphs) or a Track.key
    paragraph: int
    start: int  # character offsets within the paragraph's text
    end: int
    text: str


class TranscriptPane(QWidget):
    """Reads an episode's transcript with one other track.

    Signals: ``currentParagraphChanged(id)`` when the reading paragraph at the top of the view
    changes (for the chapter list and the saved reading position).

    ``find_action`` (Ctrl+F while the pane has focus) opens the find bar; put that action in a
    menu rather than binding Ctrl+F a second time, which Qt would treat as ambiguous.
    Call :meth:`highlight_terms` and :meth:`set_marks` after :meth:`set_episode`, which clears them.

    Folded sponsor reads show a one-line placeholder; clicking it unfolds that read alone.
    The pane may be filled and scrolled while hidden: it goes to that place when shown.
    """

    currentParagraphChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._alignment: Alignment | None = None
        self._episode: Episode | None = None
        self._other_key: str | None = None
        self._mode = "side"
        self._showing: dict[int, str] = {}  # id(column) -> what it currently holds
        self._size = DEFAULT_POINT_SIZE
        self._sponsors_collapsed = False
        self._terms: list[str] = []
        self._marks: list[Mark] = []
        self._unfolded: set[tuple[str, int]] = set()  # sponsor reads the reader clicked open
        self._pending: int | None = None  # paragraph to scroll to once shown
        self._hovered: Passage | None = None
        self._pinned: Passage | None = None
        self._matches: list[tuple[TextColumn, Span]] = []
        self._match = -1
        self._current = -1
        self._context_actions: list[QAction] = []
        self._left = TextColumn(self)
        self._right = TextColumn(self)
        self._selecting = self._left
        self._find = FindBar(self)
        self._find.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._left)
        splitter.addWidget(self._right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._find)
        layout.addWidget(splitter, 1)
        self._sync = ScrollSync(self._left, self._right, self)
        self.find_action = QAction(self.tr("Find in Episode…"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.show_find)
        self.addAction(self.find_action)
        self._connect_signals()
        self._render()

    def _connect_signals(self) -> None:
        for column in (self._left, self._right):
            column.passageHovered.connect(
                lambda block, c=column: self._set_focus(c, block, pinned=False)
            )
            column.passageClicked.connect(lambda block, c=column: self._clicked(c, block))
            column.verticalScrollBar().valueChanged.connect(self._update_current)
            column.zoomRequested.connect(lambda steps: self.set_font_size(self._size + steps))
            column.selectionChanged.connect(lambda c=column: self._note_selection(c))
        self._find.queryChanged.connect(self._run_find)
        self._find.nextRequested.connect(lambda: self._step_match(1))
        self._find.previousRequested.connect(lambda: self._step_match(-1))
        self._find.closed.connect(self._close_find)

    # -- episode, track and mode -----------------------------------------------------------

    def set_episode(self, episode: Episode | None) -> None:
        """Show ``episode`` from its start; clears search highlights, marks and pins."""
        self._episode = episode
        keys = self.other_track_keys()
        if self._other_key not in keys:
            self._other_key = keys[0] if keys else None
        self._terms, self._marks = [], []
        self._unfolded.clear()
        self._rebuild(keep_position=False)

    def other_track_keys(self) -> list[str]:
        if self._episode is None:
            return []
        return [t.key for t in self._episode.translations if t.paragraphs]

    def set_other_track(self, key: str) -> None:
        if key in self.other_track_keys() and key != self._other_key:
            self._other_key = key
            self._rebuild(keep_position=True)

    def other_track(self) -> str | None:
        return self._other_key

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown transcript mode {mode!r}; expected one of {MODES}")
        if mode != self._mode:
            self._mode = mode
            self._render()

    def _rebuild(self, *, keep_position: bool) -> None:
        episode = self._episode
        other = None
        if episode is not None:
            other = next((t for t in episode.translations if t.key == self._other_key), None)
        self._alignment = Alignment(episode, other) if episode is not None else None
        self._showing.clear()
        self._hovered = self._pinned = None
        self._render(keep_position=keep_position)

    def _layout_mode(self) -> str:
        """The mode as shown: with no other track every mode shows the transcript alone."""
        if self._alignment is None or not self._alignment.other:
            return "transcript"
        return self._mode

    def _render(self, *, keep_position: bool = True) -> None:
        paragraph = self._current if keep_position else -1
        alignment = self._alignment
        mode = self._layout_mode()
        if alignment is None:
            contents: dict[str, tuple[list[Passage], str]] = {"": ([], TRANSCRIPT)}
        else:
            contents = {
                "reading": (alignment.reading, TRANSCRIPT),
                "interleaved": (alignment.interleaved(), TRANSCRIPT),
                "other": (alignment.other, alignment.other_key or ""),
            }
        wanted = {
            "side": ("reading", "other"),
            "interleaved": ("interleaved", ""),
            "transcript": ("reading", ""),
            "other": ("", "other"),
        }[mode]
        for column, content in zip((self._left, self._right), wanted, strict=True):
            column.setVisible(bool(content))
            if content and self._showing.get(id(column)) != content:
                passages, primary = contents.get(content, ([], TRANSCRIPT))
                column.set_passages(passages, primary)
                self._showing[id(column)] = content
        if not any(wanted):
            self._left.set_passages([], TRANSCRIPT)
            self._left.show()
        self._sync.set_groups(alignment.groups if alignment and mode == "side" else None)
        self._apply_sponsors()
        self._apply_marks()
        self._apply_terms()
        self._apply_focus()
        if paragraph < 0 and not self.isVisible() and alignment and alignment.reading:
            paragraph = alignment.reading[0].paragraph  # from the start, once shown
        if paragraph >= 0:
            self.scroll_to_paragraph(paragraph)
        else:
            self._pending = None
            for column in self.columns():
                column.verticalScrollBar().setValue(0)
        self._current = -1
        self._update_current()
        if self._find.isVisible():
            self._run_find(self._find.query())

    def columns(self) -> list[TextColumn]:
        """The visible columns, left to right."""
        return [c for c in (self._left, self._right) if not c.isHidden()]

    # -- position ----------------------------------------------------------------------------

    def scroll_to_paragraph(self, paragraph_id: int) -> None:
        """Bring a reading paragraph to the top (in the other-track-only mode: its counterpart).

        While the pane is hidden its text is laid out for a size it will not have, so the place
        is also kept and gone to again when the pane shows.
        """
        alignment = self._alignment
        if alignment is None:
            return
        position = alignment.reading_position(paragraph_id)
        if position is None:
            return
        self._pending = None if self.isVisible() else paragraph_id
        if self._left.isHidden():
            self._right.scroll_to_block(alignment.other_position_for(position))
        else:
            block = self._left.block_of(TRANSCRIPT, paragraph_id)
            if block is not None:
                self._left.scroll_to_block(block)
        self._update_current()

    def current_paragraph(self) -> int:
        """Id of the reading paragraph at the top of the view (-1 with no episode)."""
        return self._current

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # after the columns' own show and resize: laid out for real
        if self._pending is not None:
            self.scroll_to_paragraph(self._pending)

    def _update_current(self) -> None:
        alignment = self._alignment
        columns = self.columns()
        if alignment is None or not columns or not columns[0].passages():
            current = -1
        elif self._pending is not None:
            current = self._pending
        else:
            passage = columns[0].passages()[columns[0].top_block()]
            if passage.track == TRANSCRIPT:
                current = passage.paragraph
            else:
                position = alignment.other_position(passage.paragraph) or 0
                current = alignment.reading[alignment.reading_position_for(position)].paragraph
        if current != self._current:
            self._current = current
            self.currentParagraphChanged.emit(current)

    # -- text appearance --------------------------------------------------------------------

    def font_size(self) -> int:
        return self._size

    def set_font_size(self, pt: int) -> None:
        self._size = min(max(pt, MIN_POINT_SIZE), MAX_POINT_SIZE)
        for column in (self._left, self._right):
            column.set_font_size(self._size)

    def zoom_in(self) -> None:
        self.set_font_size(self._size + 1)

    def zoom_out(self) -> None:
        self.set_font_size(self._size - 1)

    def reset_zoom(self) -> None:
        self.set_font_size(DEFAULT_POINT_SIZE)

    def set_serif(self, serif: bool) -> None:
        for column in (self._left, self._right):
            column.set_serif(serif)

    def set_sponsors_collapsed(self, collapsed: bool) -> None:
        self._sponsors_collapsed = collapsed
        self._unfolded.clear()
        self._apply_sponsors()
        self._update_current()
        if self._find.isVisible():
            self._run_find(self._find.query())

    def sponsors_collapsed(self) -> bool:
        return self._sponsors_collapsed

    def _apply_sponsors(self) -> None:
        placeholder = self.tr("Sponsor read hidden — click to show")
        for column in (self._left, self._right):
            sponsors = [i for i, p in enumerate(column.passages()) if p.sponsor]
            folded = set()
            if self._sponsors_collapsed:
                passages = column.passages()
                folded = {
                    i
                    for i in sponsors
                    if (passages[i].track, passages[i].paragraph) not in self._unfolded
                }
            column.set_folded(folded, placeholder)
            column.set_layer(Layer.SPONSOR, column.whole_blocks(sponsors))

    def _unfold(self, column: TextColumn, block: int) -> None:
        """Show the folded sponsor read at ``block`` (the rest stay folded)."""
        passages = column.passages()
        self._unfolded.update(
            (passages[i].track, passages[i].paragraph) for i in column.folded_run(block)
        )
        self._apply_sponsors()
        self._update_current()
        if self._find.isVisible():
            self._run_find(self._find.query())

    # -- highlights ---------------------------------------------------------------------------

    def highlight_terms(self, terms: list[str]) -> None:
        """Mark every case-insensitive occurrence of ``terms`` (search hits) in both columns."""
        self._terms = list(terms)
        self._apply_terms()

    def _apply_terms(self) -> None:
        pattern = terms_pattern(self._terms)
        for column in (self._left, self._right):
            spans = find_spans(column.passages(), pattern) if pattern else []
            column.set_layer(Layer.TERM, spans)

    def apply_theme(self) -> None:
        """The window's hook after a live theme switch: colour the highlights from the new
        palette (the columns also do on their own PaletteChange)."""
        self._apply_terms()
        self._apply_marks()
        self._apply_focus()

    def set_marks(self, marks: Sequence[Mark]) -> None:
        """Tint bookmarked ranges: (track, paragraph id, start, end), as in PassageSelection,
        each in its own colour when a fifth item gives one (else the default bookmark colour)."""
        self._marks = list(marks)
        self._apply_marks()

    def _apply_marks(self) -> None:
        for column in (self._left, self._right):
            spans: list[Span] = []
            colours: list[str | None] = []
            for mark in self._marks:
                block = column.block_of(mark[0], mark[1])
                if block is not None:
                    spans.append((block, mark[2], mark[3]))
                    colours.append(mark[4] if len(mark) == 5 else None)
            column.set_layer(Layer.MARK, spans, colours)

    def _clicked(self, column: TextColumn, block: int) -> None:
        if block >= 0 and column.is_hidden(block):
            self._unfold(column, block)
        else:
            self._set_focus(column, block, pinned=True)

    def _set_focus(self, column: TextColumn, block: int, *, pinned: bool) -> None:
        passage = column.passages()[block] if 0 <= block < len(column.passages()) else None
        if pinned:
            self._pinned = passage
        else:
            self._hovered = passage
        self._apply_focus()

    def focused_passages(self) -> list[Passage]:
        """The hovered (else clicked) passage and its counterparts, when two tracks show."""
        passage = self._hovered or self._pinned
        if (
            passage is None
            or self._alignment is None
            or self._layout_mode() not in ("side", "interleaved")
        ):
            return []
        return [passage, *self._alignment.counterparts(passage)]

    def _apply_focus(self) -> None:
        focused = self.focused_passages()
        for column in (self._left, self._right):
            blocks = [column.block_of(p.track, p.paragraph) for p in focused]
            column.set_layer(Layer.FOCUS, column.whole_blocks([b for b in blocks if b is not None]))

    # -- find ---------------------------------------------------------------------------------

    def find_bar(self) -> FindBar:
        return self._find

    def show_find(self) -> None:
        self._find.open()
        self._run_find(self._find.query())

    def _run_find(self, query: str) -> None:
        pattern = terms_pattern([query])
        self._matches = []
        for column in self.columns():
            hidden = frozenset(i for i in range(len(column.passages())) if column.is_hidden(i))
            spans = find_spans(column.passages(), pattern, hidden) if pattern else []
            column.set_layer(Layer.MATCH, spans)
            self._matches += [(column, span) for span in spans]
        # Start from the first match at or below what the reader is looking at.
        columns = self.columns()
        top = (columns[0], columns[0].top_block()) if columns else None
        self._match = next(
            (
                i
                for i, (column, span) in enumerate(self._matches)
                if top and (column is not top[0] or span[0] >= top[1])
            ),
            0 if self._matches else -1,
        )
        self._show_match()

    def _step_match(self, step: int) -> None:
        if self._matches:
            self._match = (self._match + step) % len(self._matches)
            self._show_match()

    def _show_match(self) -> None:
        current = self._matches[self._match] if self._match >= 0 else None
        for column in (self._left, self._right):
            column.set_layer(
                Layer.CURRENT, [current[1]] if current and current[0] is column else []
            )
        if current:
            current[0].ensure_span_visible(current[1])
        self._find.set_count(self._match + 1, len(self._matches))

    def match_count(self) -> int:
        return len(self._matches)

    def current_match(self) -> tuple[str, int, int, int] | None:
        """The current find match as (track, paragraph id, start, end)."""
        if self._match < 0:
            return None
        column, (block, start, end) = self._matches[self._match]
        passage = column.passages()[block]
        return passage.track, passage.paragraph, start, end

    def _close_find(self) -> None:
        self._matches, self._match = [], -1
        for column in (self._left, self._right):
            column.set_layer(Layer.MATCH, [])
            column.set_layer(Layer.CURRENT, [])
        columns = self.columns()
        if columns:
            columns[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- selection ----------------------------------------------------------------------------

    def add_context_action(self, action: QAction) -> None:
        """Offer ``action`` in the text's context menu (after Copy and Select All)."""
        self._context_actions.append(action)
        for column in (self._left, self._right):
            column.set_context_actions(self._context_actions)

    def _note_selection(self, column: TextColumn) -> None:
        if column.textCursor().hasSelection():
            self._selecting = column

    def selected_passage(self) -> PassageSelection | None:
        """The selected text, cut to the first paragraph it touches, or None."""
        column = self._selecting
        cursor = column.textCursor()
        if column.isHidden() or not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = column.document().findBlock(start)
        if start == block.position() + block.length() - 1:
            block = block.next()  # the selection begins at a paragraph's very end
        if not block.isValid() or column.is_hidden(block.blockNumber()):
            return None  # nothing, or a folded sponsor read's placeholder
        offset = max(start - block.position(), 0)
        stop = min(end, block.position() + block.length() - 1) - block.position()
        if stop <= offset:
            return None
        passage = column.passages()[block.blockNumber()]
        return PassageSelection(
            passage.track, passage.paragraph, offset, stop, passage.text[offset:stop]
        )

    def select_text(self, track: str, paragraph: int, start: int, end: int) -> None:
        """Select a range (used to show a bookmark; also what tests select with)."""
        for column in self.columns():
            block = column.block_of(track, paragraph)
            if block is None:
                continue
            if column.is_hidden(block):
                self._unfold(column, block)
            position = column.document().findBlockByNumber(block).position()
            cursor = QTextCursor(column.document())
            cursor.setPosition(position + start)
            cursor.setPosition(position + end, QTextCursor.MoveMode.KeepAnchor)
            column.setTextCursor(cursor)
            self._selecting = column
            return
