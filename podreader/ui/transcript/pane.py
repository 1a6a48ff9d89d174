"""The bilingual transcript pane: the transcript beside, between or instead of another track."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from podreader.model import READING_MODES as MODES
from podreader.model import Episode, Mark
from podreader.ui.chapter_model import short_title
from podreader.ui.transcript.findbar import FindBar
from podreader.ui.transcript.finding import Finder, Hits
from podreader.ui.transcript.folds import SponsorFolds
from podreader.ui.transcript.fonts import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE
from podreader.ui.transcript.highlights import Layer
from podreader.ui.transcript.passages import (
    RowIndex,
    Span,
    find_spans,
    terms_pattern,
)
from podreader.ui.transcript.places import (
    PassageSelection,
    cell_spans,
    cell_texts,
    first_shown,
    mark_spans,
    paragraph_read,
    select_spans,
    selected_passage,
    visible_rows,
)
from podreader.ui.transcript.view import RowView


class TranscriptPane(QWidget):
    """Reads an episode's transcript with one other track, as rows of sentences.

    Signals: ``currentParagraphChanged(id)`` when the reading paragraph at the top of the view
    changes (for the chapter list and the saved reading position).

    ``find_action`` (Ctrl+F while the pane has focus) opens the find bar, ``practice_action``
    (Ctrl+Shift+H) toggles practice mode; put them in menus rather than binding the keys a
    second time, which Qt would treat as ambiguous. Call :meth:`highlight_terms` and
    :meth:`set_marks` after :meth:`set_episode`, which clears them. :meth:`apply_theme` takes
    every colour from the palette again, for a theme switch while running.

    Folded sponsor reads show a one-line placeholder; clicking it unfolds that read alone, under
    a label whose click folds it again.
    The pane may be filled and scrolled while hidden: it goes to that place when shown.
    """

    currentParagraphChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: RowIndex | None = None
        self._episode: Episode | None = None
        self._other_key: str | None = None
        self._mode = "side"
        self._size = DEFAULT_POINT_SIZE
        self._practice = False
        self._terms: list[str] = []
        self._marks: list[Mark] = []
        self._folds = SponsorFolds()
        self._pending: int | None = None  # paragraph to scroll to once shown
        self._target: int | None = None  # paragraph last scrolled to, while it is in view
        self._hovered: int | None = None
        self._pinned: int | None = None
        self._current = -1
        self._context_actions: list[QAction] = []
        self._placeholder = self.tr("Sponsor read hidden — click to show")
        self._label = self.tr("Sponsor read — click to fold")
        self._view = RowView(self)
        self._view.setAccessibleName(self.tr("Episode text"))
        self._hits = Hits(self._view, self._reveal)  # the search's terms
        self._find = FindBar(self)
        self._find.hide()
        self._finder = Finder(self._view, self._find, self._cell_texts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._find)
        layout.addWidget(self._view, 1)
        self.find_action = self._action(self.tr("Find in Episode…"), QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.show_find)
        self.practice_action = self._action(self.tr("Practice Mode"), "Ctrl+Shift+H")
        self.practice_action.setCheckable(True)
        self.practice_action.setToolTip(
            self.tr("Hide the other language until you point at or click a row")
        )
        self.practice_action.toggled.connect(self.set_practice)
        self.next_hit_action = self._action(
            self.tr("Next Search Hit"), QKeySequence.StandardKey.FindNext
        )
        self.next_hit_action.triggered.connect(lambda: self.step_hit(1))
        self.previous_hit_action = self._action(
            self.tr("Previous Search Hit"), QKeySequence.StandardKey.FindPrevious
        )
        self.previous_hit_action.triggered.connect(lambda: self.step_hit(-1))
        self._connect_signals()
        self._render()

    def _action(self, text: str, keys: QKeySequence.StandardKey | str) -> QAction:
        """An action of the pane, its shortcut live while the pane has focus."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _connect_signals(self) -> None:
        view = self._view
        view.rowHovered.connect(lambda row: self._set_focus(row, pinned=False))
        view.rowClicked.connect(self._clicked)
        view.labelClicked.connect(lambda row: self._unfold(row, open_=False))
        view.verticalScrollBar().valueChanged.connect(self._update_current)
        view.zoomRequested.connect(lambda steps: self.set_font_size(self._size + steps))

    def view(self) -> RowView:
        """The text view that shows the rows (for tests, key events and screenshots)."""
        return self._view

    # -- episode, track and mode -----------------------------------------------------------

    def set_episode(self, episode: Episode | None) -> None:
        """Show ``episode`` from its start; clears search highlights, marks and pins."""
        self._episode = episode
        keys = self.other_track_keys()
        if self._other_key not in keys:
            self._other_key = keys[0] if keys else None
        self._terms, self._marks = [], []
        self._folds.reset()
        self._rebuild(keep_position=False)

    def other_track_keys(self) -> list[str]:
        if self._episode is None:
            return []
        return [t.key for t in self._episode.translations if t.paragraphs]

    def set_other_track(self, key: str) -> None:
        if key in self.other_track_keys() and key != self._other_key:
            self._other_key = key
            self._folds.reset()
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

    def rows(self) -> RowIndex | None:
        return self._index

    def _rebuild(self, *, keep_position: bool) -> None:
        episode = self._episode
        other = None
        if episode is not None:
            other = next((t for t in episode.translations if t.key == self._other_key), None)
        self._index = RowIndex(episode, other) if episode is not None else None
        self._hovered = self._pinned = None
        self._render(keep_position=keep_position)

    def layout_mode(self) -> str:
        """The mode as shown: with no other track every mode shows the transcript alone."""
        if self._index is None or not self._index.has_other:
            return "transcript"
        return self._mode

    def _heads(self) -> tuple[dict[int, str], dict[int, str]]:
        """What stands above rows: each chapter's short title over the row where its reading
        paragraph starts, and a label over each sponsor read unfolded, to click to fold it
        again."""
        if self._index is None or self._episode is None:
            return {}, {}
        headings = self._index.chapter_rows(self._episode.chapters, short_title)
        if self.layout_mode() == "other":
            return headings, {}  # the reads do not show
        return headings, {row: self._label for row in self._folds.opened(self._index.rows)}

    def _folded(self) -> set[int]:
        return self._folds.folded(self._index.rows) if self._index else set()

    def _render(self, *, keep_position: bool = True) -> None:
        paragraph = self._current if keep_position else -1
        index = self._index
        rows = index.rows if index else []
        self._view.set_rows(
            rows, self.layout_mode(), self._folded(), self._placeholder, *self._heads()
        )
        self._apply_all()
        if paragraph < 0 and not self.isVisible() and rows:
            paragraph = rows[0].paragraph  # from the start, once shown
        if paragraph >= 0:
            self.scroll_to_paragraph(paragraph)
        else:
            self._pending = None
            self._view.verticalScrollBar().setValue(0)
        self._current = -1
        self._update_current()
        self._finder.refresh()

    def _apply_all(self) -> None:
        self._apply_marks()
        self._apply_terms()
        self._apply_focus()

    def apply_theme(self) -> None:
        """The window's hook after a live theme switch: recolour highlights, sponsor reads,
        the row pair and practice covers from the new palette (the view also does on its own
        PaletteChange)."""
        self._view.apply_theme()

    # -- position ----------------------------------------------------------------------------

    def scroll_to_paragraph(self, paragraph_id: int) -> None:
        """Bring the row where a reading paragraph starts to the top.

        While the pane is hidden its text is laid out for a size it will not have, so the place
        is also kept and gone to again when the pane shows.
        """
        index = self._index
        row = index.first_row(paragraph_id) if index else None
        if row is None:
            return
        self._pending = None if self.isVisible() else paragraph_id
        self._target = paragraph_id
        self.scroll_to_row(row)

    def scroll_to_row(self, row: int) -> None:
        """Bring a row to the top (the next shown one when it is not shown in this mode)."""
        shown = first_shown(self._view, row)
        if shown is not None:
            self._view.scroll_to_row(shown)
        self._update_current()

    def visible_rows(self, window: QWidget) -> list[dict[str, int | None]]:
        """The rows in view and where each side's text starts (see :func:`visible_rows`)."""
        return visible_rows(self._view, window)

    def current_paragraph(self) -> int:
        """Id of the reading paragraph at the top of the view (-1 with no episode)."""
        return self._current

    def top_row(self) -> int:
        return self._view.top_row()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # after the view's own show and resize: laid out for real
        if self._pending is not None:
            self.scroll_to_paragraph(self._pending)

    def _update_current(self) -> None:
        rows = self._view.rows()
        if not rows:
            current = -1
        elif self._pending is not None:
            current = self._pending
        else:
            current, self._target = paragraph_read(self._view, self._target)
        if current != self._current:
            self._current = current
            self.currentParagraphChanged.emit(current)

    # -- text appearance --------------------------------------------------------------------

    def font_size(self) -> int:
        return self._size

    def set_font_size(self, pt: int) -> None:
        self._size = min(max(pt, MIN_POINT_SIZE), MAX_POINT_SIZE)
        self._view.set_font_size(self._size)
        self._apply_all()

    def zoom_in(self) -> None:
        self.set_font_size(self._size + 1)

    def zoom_out(self) -> None:
        self.set_font_size(self._size - 1)

    def reset_zoom(self) -> None:
        self.set_font_size(DEFAULT_POINT_SIZE)

    def set_serif(self, serif: bool) -> None:
        self._view.set_serif(serif)
        self._apply_all()

    def set_sponsors_collapsed(self, collapsed: bool) -> None:
        self._folds.set_on(collapsed)
        self._refold()

    def sponsors_collapsed(self) -> bool:
        return self._folds.on

    def _refold(self) -> None:
        view = self._view
        view.set_rows(
            view.rows(), self.layout_mode(), self._folded(), self._placeholder, *self._heads()
        )
        self._apply_all()
        self._update_current()
        self._finder.refresh()

    def _unfold(self, row: int, open_: bool = True) -> None:
        """Show the folded sponsor read holding ``row`` (the rest stay folded), or fold it
        again (its label was clicked)."""
        self._folds.set_open(self._view.rows(), row, open_)
        self._refold()

    # -- practice mode --------------------------------------------------------------------------

    def set_practice(self, on: bool) -> None:
        """Hide the other language's cells until their row is hovered or clicked."""
        self._practice = on
        if self.practice_action.isChecked() != on:
            self.practice_action.setChecked(on)
        self._apply_focus()

    def practice(self) -> bool:
        return self._practice

    # -- highlights ---------------------------------------------------------------------------

    def highlight_terms(self, terms: list[str]) -> None:
        """Mark every case-insensitive occurrence of ``terms`` (search hits) in both languages."""
        self._terms = list(terms)
        self._apply_terms()

    def show_hit(self, paragraph: int) -> None:
        """Go to the first search hit in a reading paragraph (or the first row after it):
        centred, marked solid, its row's pair lit in both languages. F3 and Shift+F3 go on."""
        if not self._hits.show_from(paragraph):
            self.scroll_to_paragraph(paragraph)

    def step_hit(self, step: int) -> None:
        """Go to the next (1) or previous (-1) search hit in the episode, round the ends."""
        self._hits.show(self._hits.step(step))

    def current_hit(self) -> Span | None:
        return self._hits.current()

    def _reveal(self, row: int) -> None:
        self._pending = None
        self._set_focus(row, pinned=True)
        self._update_current()

    def _cell_texts(self) -> list[str]:
        return cell_texts(self._view)

    def _apply_terms(self) -> None:
        pattern = terms_pattern(self._terms)
        spans = find_spans(self._cell_texts(), pattern) if pattern else []
        self._hits.reset(spans)
        self._view.set_layer(Layer.TERM, spans)

    def term_spans(self) -> list[Span]:
        return self._view.layer(Layer.TERM)

    def set_marks(self, marks: Sequence[Mark]) -> None:
        """Tint bookmarked ranges: (track, paragraph id, start, end), as in PassageSelection,
        each in its own colour when a fifth item gives one (else the default bookmark colour)."""
        self._marks = list(marks)
        self._apply_marks()

    def cell_spans(self, track: str, paragraph: int, start: int, end: int) -> list[Span]:
        """Where a paragraph range shows: one span per cell it reaches into."""
        if self._index is None:
            return []
        return cell_spans(self._view, self._index, track, paragraph, start, end)

    def _apply_marks(self) -> None:
        index = self._index
        spans, colours = mark_spans(self._view, index, self._marks) if index else ([], [])
        self._view.set_layer(Layer.MARK, spans, colours)

    def _clicked(self, row: int) -> None:
        if row >= 0 and self._view.is_folded(row):
            self._unfold(row)
        else:
            self._set_focus(row, pinned=True)

    def _set_focus(self, row: int, *, pinned: bool) -> None:
        value = row if row >= 0 else None
        if pinned:
            self._pinned = value
        else:
            self._hovered = value
        self._apply_focus()

    def focused_row(self) -> int | None:
        """The hovered (else clicked) row, when two tracks show side by side or interleaved."""
        row = self._hovered if self._hovered is not None else self._pinned
        if row is None or self.layout_mode() not in ("side", "interleaved"):
            return None
        return row

    def _apply_focus(self) -> None:
        row = self.focused_row()
        self._view.set_bands([] if row is None else [row])
        two = self.layout_mode() in ("side", "interleaved")
        self._view.set_hidden_side(1 if self._practice and two else None)

    # -- find ---------------------------------------------------------------------------------

    def find_bar(self) -> FindBar:
        return self._find

    def show_find(self) -> None:
        self._finder.open()

    def match_count(self) -> int:
        return len(self._finder.matches.spans)

    def current_match(self) -> tuple[str, int, int, int] | None:
        """The current find match as (track, paragraph id, start, end)."""
        return self._finder.matches.place()

    # -- selection ----------------------------------------------------------------------------

    def add_context_action(self, action: QAction) -> None:
        """Offer ``action`` in the text's context menu (after Copy and Select All)."""
        self._context_actions.append(action)
        self._view.set_context_actions(self._context_actions)

    def selected_passage(self) -> PassageSelection | None:
        """The selected text, cut to the first paragraph it touches, or None."""
        return selected_passage(self._view, self._index) if self._index else None

    def select_text(self, track: str, paragraph: int, start: int, end: int) -> None:
        """Select a range (used to show a bookmark; also what tests select with)."""
        index, view = self._index, self._view
        if index is None:
            return
        first = index.row_of(track, paragraph, start)
        if first is not None and view.is_folded(first):
            self._unfold(first)
        spans = self.cell_spans(track, paragraph, start, end)
        if spans:
            select_spans(view, spans)
