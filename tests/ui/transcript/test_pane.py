"""The transcript pane: level rows, modes, highlights, find, selection, practice mode and fonts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from podreader.model import READING_TRACK as TRANSCRIPT
from podreader.model import Chapter, Episode
from podreader.ui.theme import palette
from podreader.ui.transcript import TranscriptPane
from podreader.ui.transcript.fonts import MAX_POINT_SIZE
from podreader.ui.transcript.highlights import Layer, Palette
from tests.ui.transcript.test_passages import bilingual_episode, rows_episode


@pytest.fixture
def episode() -> Episode:
    return rows_episode(paragraphs=30, sentences=3, sponsor_paragraphs=2)


def _pane(
    qtbot: QtBot, episode: Episode | None, width: int = 900, height: int = 500
) -> TranscriptPane:
    widget = TranscriptPane()
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_episode(episode)
    return widget


@pytest.fixture
def pane(qtbot: QtBot, episode: Episode) -> TranscriptPane:
    return _pane(qtbot, episode)


def _levels(pane: TranscriptPane) -> list[tuple[int, int]]:
    """(transcript top, counterpart top) of each visible row that has both sides."""
    rows = pane.visible_rows(pane)
    return [
        (r["transcript_top"], r["counterpart_top"])  # type: ignore[misc]
        for r in rows
        if r["transcript_top"] is not None and r["counterpart_top"] is not None
    ]


@pytest.mark.parametrize("size", [(900, 500), (1440, 900), (600, 900)])
@pytest.mark.parametrize("points", [13, MAX_POINT_SIZE])
def test_every_row_is_level_in_side_by_side(
    qtbot: QtBot, episode: Episode, size: tuple[int, int], points: int
) -> None:
    pane = _pane(qtbot, episode, *size)
    pane.set_font_size(points)
    seen = 0
    for paragraph in (2, 11, 24):
        pane.scroll_to_paragraph(paragraph)
        levels = _levels(pane)
        assert levels, paragraph
        assert all(abs(a - b) <= 2 for a, b in levels), levels
        seen += len(levels)
    assert seen >= 3


@pytest.mark.parametrize("mode", ["side", "interleaved", "transcript", "other"])
def test_cell_tops_are_where_the_text_is_drawn(pane: TranscriptPane, mode: str) -> None:
    pane.set_mode(mode)
    pane.scroll_to_paragraph(9)
    view = pane.view()
    scroll = view.verticalScrollBar().value()
    shown = [k for k, p in enumerate(view.placed()) if p.end > p.start][:60]
    checked = 0
    for number in shown:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.placed()[number].start)
        top = view.cursorRect(cursor).top()
        if 0 <= top < view.viewport().height():
            assert abs(view.cell_top(number) - scroll - top) <= 2, (number, top)
            checked += 1
    assert checked >= 3
    assert not view.horizontalScrollBar().isVisible()


def test_one_scroll_bar_moves_both_languages(pane: TranscriptPane) -> None:
    view = pane.view()
    assert pane.findChildren(type(view)) == [view]
    before = pane.visible_rows(pane)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 300)
    after = pane.visible_rows(pane)
    assert after[0]["row"] > before[0]["row"]
    assert all(abs(a - b) <= 2 for a, b in _levels(pane))


def test_scroll_to_paragraph_puts_its_first_row_at_the_top(
    qtbot: QtBot, pane: TranscriptPane
) -> None:
    with qtbot.waitSignal(pane.currentParagraphChanged) as signal:
        pane.scroll_to_paragraph(25)
    assert signal.args == [25]
    assert pane.current_paragraph() == 25
    row = pane.top_row()
    assert pane.view().rows()[row].transcript.text.startswith("E25.0")


def test_resizing_keeps_the_top_row_in_place(pane: TranscriptPane) -> None:
    pane.scroll_to_paragraph(17)
    row = pane.top_row()
    for width in (600, 1300, 750):
        pane.resize(width, 500)
        QApplication.processEvents()
        assert pane.top_row() == row
        assert pane.visible_rows(pane)[0]["row"] == row


def test_markup_in_a_transcript_is_shown_as_text(qtbot: QtBot) -> None:
    episode = bilingual_episode(groups=3, english_per_group=2, sponsor_paragraphs=0)
    markup = 'Read <b>this</b> <img src="x.png"> <a href="file:///etc/passwd">here</a>\nnext line'
    episode.reading[3].text = markup
    episode.translations[0].paragraphs[0] = type(episode.translations[0].paragraphs[0])(
        0, "<i>斜体</i><img src=a.png>"
    )
    pane = _pane(qtbot, episode)
    text = pane.view().toPlainText()
    assert "<b>this</b>" in text and '<img src="x.png">' in text
    assert "<i>斜体</i><img src=a.png>" in text
    block = pane.view().document().firstBlock()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            assert not fmt.isAnchor() and not fmt.isImageFormat()
            fragments += 1
        block = block.next()
    pane.select_text(TRANSCRIPT, 3, 0, len(markup))
    selection = pane.selected_passage()
    assert selection is not None and selection.text == markup


def test_find_counts_matches_and_steps_through_them(pane: TranscriptPane, episode: Episode) -> None:
    pane.show_find()
    bar = pane.find_bar()
    assert bar.isVisible()
    bar.set_query("PROMO")
    assert pane.match_count() == 2  # one in each sponsor read
    assert bar.count_text() == "1 of 2"
    start = episode.reading[0].text.index("promo")
    assert pane.current_match() == (TRANSCRIPT, 0, start, start + 5)
    bar.set_query("Z7.1")
    assert pane.match_count() == 1
    track, paragraph, start, end = pane.current_match() or ("", 0, 0, 0)
    assert (track, paragraph) == ("zh", 7)
    assert episode.translations[0].paragraphs[7].text[start:end] == "Z7.1"
    assert pane.find_bar().isVisible()


def test_find_scrolls_to_a_match_far_below(pane: TranscriptPane) -> None:
    pane.show_find()
    pane.find_bar().set_query("E30.2")
    view = pane.view()
    number, start, _end = view.layer(Layer.CURRENT)[0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.placed()[number].start + start)
    rect = view.cursorRect(cursor)
    assert rect.top() >= 0 and rect.bottom() <= view.viewport().height()


def test_ctrl_f_opens_the_find_bar(qtbot: QtBot, pane: TranscriptPane) -> None:
    pane.view().setFocus()
    QTest.keyClick(pane.view(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.find_bar().isVisible()
    assert isinstance(QApplication.focusWidget(), QLineEdit)


def test_modes_use_the_same_rows_and_keep_the_reading_position(pane: TranscriptPane) -> None:
    pane.scroll_to_paragraph(14)
    pane.set_mode("interleaved")
    assert pane.current_paragraph() == 14
    placed = pane.view().placed()
    order = [(p.row, p.side) for p in placed]
    assert order == sorted(order)  # each row's sentence, then its rendering, row after row
    rows = pane.view().rows()
    assert {p.row for p in placed} == {r.number for r in rows}
    tops = pane.visible_rows(pane)
    paired = [r for r in tops if r["transcript_top"] is not None and r["counterpart_top"]]
    assert paired and all(r["counterpart_top"] > r["transcript_top"] for r in paired)  # type: ignore[operator]
    pane.set_mode("transcript")
    assert {p.side for p in pane.view().placed()} == {0}
    assert pane.current_paragraph() == 14
    pane.set_mode("other")
    assert {p.side for p in pane.view().placed()} == {1}
    assert pane.view().toPlainText().startswith("Z0.0")
    pane.set_mode("side")
    assert pane.current_paragraph() in (13, 14)  # the Chinese paragraph of E14 starts level


def test_other_track_can_be_switched(qtbot: QtBot) -> None:
    pane = _pane(qtbot, bilingual_episode(groups=3))
    assert pane.other_track_keys() == ["zh", "summary"]
    pane.set_other_track("summary")
    texts = [r.other.text for r in pane.view().rows() if r.other.text]
    assert texts == ["摘要"]


def test_zoom_and_serif_rebuild_the_text_in_place(pane: TranscriptPane) -> None:
    size = pane.font_size()
    pane.scroll_to_paragraph(20)
    row = pane.top_row()
    pane.zoom_in()
    pane.zoom_in()
    assert pane.view().font().pointSize() == size + 2
    assert pane.top_row() == row
    pane.set_serif(False)
    assert pane.top_row() == row
    pane.reset_zoom()
    assert pane.font_size() == size


def _row_point(pane: TranscriptPane, row: int, side: int = 0) -> QPoint:
    view = pane.view()
    number = view.cell_number(row, side)
    assert number is not None
    box = view.cell_box(number)
    return QPoint(round(box.left() + 10), round(box.top() + 4 - view.verticalScrollBar().value()))


def test_hover_and_click_highlight_the_row_pair(qtbot: QtBot, pane: TranscriptPane) -> None:
    view = pane.view()
    pane.scroll_to_paragraph(5)
    row = pane.top_row() + 1
    QTest.mouseMove(view.viewport(), _row_point(pane, row, 1))
    assert pane.focused_row() == row
    assert view.bands() == [row]
    band = view.row_band(row)
    assert band is not None
    for side in (0, 1):
        number = view.cell_number(row, side)
        assert number is not None and band.contains(view.cell_box(number))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_row_point(pane, row + 1))
    QTest.mouseMove(view.viewport(), QPoint(5, view.viewport().height() + 50))
    view.rowHovered.emit(-1)
    assert pane.focused_row() == row + 1  # the clicked row stays lit
    pane.set_mode("transcript")
    assert pane.focused_row() is None and view.bands() == []


def test_sponsor_reads_are_dimmed_and_fold_into_one_line(
    qtbot: QtBot, pane: TranscriptPane, episode: Episode
) -> None:
    view = pane.view()
    dim = view.colours().sponsor_text
    for number, placed in enumerate(view.placed()):
        cursor = QTextCursor(view.document())
        cursor.setPosition(placed.start + 1)
        colour = cursor.charFormat().foreground().color()
        if placed.end > placed.start:
            assert (colour == dim) == (placed.row < 2), number
    pane.set_sponsors_collapsed(True)
    assert view.is_folded(0) and view.is_folded(1)
    assert view.toPlainText().lstrip().startswith("Sponsor read hidden")
    assert "promo" not in view.toPlainText().split("E2.0")[0]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_row_point(pane, 0))
    assert not view.is_folded(0)
    label, text = view.toPlainText().lstrip().split("\n", 1)
    assert label.startswith("Sponsor read") and text.startswith(episode.reading[0].text)
    pane.set_sponsors_collapsed(False)
    assert not view.is_folded(1)


def _mark_spans(pane: TranscriptPane) -> list[tuple[int, int, int]]:
    return pane.view().layer(Layer.MARK)


def test_marks_follow_paragraph_places_across_rows(pane: TranscriptPane, episode: Episode) -> None:
    text = episode.reading[4].text
    start = text.index("E4.0") + 5
    end = text.index("E4.1") + 4
    pane.set_marks([(TRANSCRIPT, 4, start, end, "#ff0000"), ("zh", 3, 0, 4)])
    spans = _mark_spans(pane)
    assert len(spans) == 3  # two rows of the transcript, one of the Chinese
    view = pane.view()
    first, second, third = spans
    assert view.placed()[first[0]].row + 1 == view.placed()[second[0]].row
    cells = [view.rows()[view.placed()[n].row].cell(view.placed()[n].side) for n, _, _ in spans]
    assert cells[0].text[first[1] : first[2]] == text[start : text.index("E4.1") - 1]
    assert cells[1].text[second[1] : second[2]] == "E4.1"
    assert cells[2].text[third[1] : third[2]] == "Z3.0"
    colours = [s.format.background().color().name() for s in view.extraSelections()]
    assert "#ff0000" in colours


def test_an_episode_set_while_hidden_starts_at_the_top_once_shown(
    qtbot: QtBot, episode: Episode
) -> None:
    pane = TranscriptPane()
    qtbot.addWidget(pane)
    pane.resize(900, 500)
    pane.set_episode(episode)
    pane.show()
    qtbot.waitExposed(pane)
    assert pane.top_row() == 0
    assert pane.current_paragraph() == 0


def test_selection_reports_the_paragraph_place(pane: TranscriptPane, episode: Episode) -> None:
    text = episode.reading[6].text
    start = text.index("E6.1") + 5
    end = text.index(" ", text.index(" ", start) + 1)  # two words within one row
    pane.select_text(TRANSCRIPT, 6, start, end)
    selection = pane.selected_passage()
    assert selection is not None
    assert (selection.track, selection.paragraph, selection.start, selection.end) == (
        TRANSCRIPT,
        6,
        start,
        end,
    )
    assert selection.text == text[start:end]
    # Across two rows side by side Qt selects whole table cells: the two sentences.
    pane.select_text(TRANSCRIPT, 6, start, text.index("E6.2") + 4)
    selection = pane.selected_passage()
    assert selection is not None
    assert (selection.start, selection.end) == (text.index("E6.1"), len(text))
    # One under the other the selection keeps its ends.
    pane.set_mode("transcript")
    pane.select_text(TRANSCRIPT, 6, start, text.index("E6.2") + 4)
    selection = pane.selected_passage()
    assert selection is not None and selection.text == text[start : text.index("E6.2") + 4]
    chinese = episode.translations[0].paragraphs[5].text
    pane.set_mode("side")
    pane.select_text("zh", 5, 2, 7)
    selection = pane.selected_passage()
    assert selection is not None and selection.text == chinese[2:7]
    assert (selection.track, selection.paragraph) == ("zh", 5)


def test_a_selection_reaching_into_the_next_paragraph_stops_at_its_end(
    pane: TranscriptPane, episode: Episode
) -> None:
    pane.set_mode("transcript")
    view = pane.view()
    text = episode.reading[6].text
    number = view.cell_number(pane.rows().first_row(6) or 0, 0)  # type: ignore[union-attr]
    assert number is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.placed()[number].start + 2)
    cursor.setPosition(cursor.position() + len(text) + 10, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    selection = pane.selected_passage()
    assert selection is not None
    assert (selection.paragraph, selection.start, selection.end) == (6, 2, len(text))


def test_terms_tint_both_languages(pane: TranscriptPane) -> None:
    pane.highlight_terms(["compute", "数据"])
    view = pane.view()
    sides = {view.placed()[n].side for n, _, _ in pane.term_spans()}
    assert sides == {0, 1}
    texts = [view.rows()[p.row].cell(p.side).text for p in view.placed()]
    expected = sum(t.lower().count("compute") + t.count("数据") for t in texts)
    assert len(pane.term_spans()) == expected > 0


def test_colours_come_from_the_palette_and_follow_a_theme_change(
    qtbot: QtBot, pane: TranscriptPane
) -> None:
    pane.highlight_terms(["compute"])
    view = pane.view()
    view.setPalette(palette(False))
    pane.apply_theme()
    light = view.colours()
    assert light == Palette.of(view.palette())
    view.setPalette(palette(True))
    pane.apply_theme()
    dark = view.colours()
    assert dark == Palette.of(view.palette()) and dark.row_pair != light.row_pair
    term = dark.layer_format(Layer.TERM).background().color()
    assert term in [s.format.background().color() for s in view.extraSelections()]


@pytest.mark.parametrize("dark", [False, True])
def test_search_terms_and_find_matches_look_different(dark: bool) -> None:
    colours = Palette.of(palette(dark))
    term = colours.layer_format(Layer.TERM).background().color()
    match = colours.layer_format(Layer.MATCH).background().color()
    assert term.name() != match.name()


def test_an_episode_without_translation_or_reading_shows_its_transcript(qtbot: QtBot) -> None:
    episode = bilingual_episode(groups=2)
    episode.translations = []
    episode.reading = []
    pane = _pane(qtbot, episode)
    assert pane.layout_mode() == "transcript"
    assert pane.view().toPlainText().startswith("E0: This show")


def _ink(image: QImage, area: QRect, base: QColor) -> int:
    """How far the pixel least like the background is from it, in lightness."""
    return max(
        abs(QColor(image.pixel(x, y)).lightness() - base.lightness())
        for x in range(area.left(), area.right(), 2)
        for y in range(area.top(), area.bottom(), 2)
    )


def test_practice_mode_hides_the_other_language_until_a_row_is_pointed_at(
    qtbot: QtBot, pane: TranscriptPane
) -> None:
    view = pane.view()
    view.setPalette(palette(False))
    pane.scroll_to_paragraph(8)
    row = pane.top_row() + 1
    number = view.cell_number(row, 1)
    assert number is not None
    box = view.cell_box(number).translated(0, -view.verticalScrollBar().value()).toRect()
    base = view.colours().base
    text_dark = _ink(view.viewport().grab().toImage(), box, base)
    view.setFocus()
    QTest.keyClick(
        view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert pane.practice() and pane.practice_action.isChecked()
    assert view.hidden_side() == 1
    covered = _ink(view.viewport().grab().toImage(), box, base)
    assert covered < text_dark - 60  # no ink left, only pale bars
    QTest.mouseMove(view.viewport(), _row_point(pane, row, 0))
    shown = _ink(view.viewport().grab().toImage(), box, base)
    assert shown > covered + 60
    pane.practice_action.trigger()
    assert not pane.practice() and view.hidden_side() is None


def test_english_selections_snap_to_whole_words(pane: TranscriptPane, episode: Episode) -> None:
    text = episode.reading[6].text
    word_start = text.index("E6.1") + 5
    word_end = text.index(" ", word_start)
    pane.select_text(TRANSCRIPT, 6, word_start + 1, word_end - 1)  # inside one word
    selection = pane.selected_passage()
    assert selection is not None
    assert (selection.start, selection.end) == (word_start, word_end)
    chinese = episode.translations[0].paragraphs[5].text
    pane.select_text("zh", 5, 6, 8)  # Chinese has no spaces: characters stay as selected
    selection = pane.selected_passage()
    assert selection is not None and selection.text == chinese[6:8]


def test_the_read_only_text_shows_no_blinking_cursor(qtbot: QtBot, pane: TranscriptPane) -> None:
    view = pane.view()
    view.setFocus()
    flags = view.textInteractionFlags()
    assert not flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert not flags & Qt.TextInteractionFlag.TextEditable
    QTest.keyClick(view, Qt.Key.Key_Down)  # keys scroll instead of moving a caret


def test_a_search_hit_is_centred_marked_and_f3_steps_through_them(
    qtbot: QtBot, pane: TranscriptPane, episode: Episode
) -> None:
    pane.highlight_terms(["compute"])
    view = pane.view()
    spans = pane.term_spans()
    assert len(spans) > 3
    paragraph = 20
    pane.show_hit(paragraph)
    hit = pane.current_hit()
    assert hit is not None
    rows = view.rows()
    row = view.placed()[hit[0]].row
    assert rows[row].paragraph >= paragraph
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.placed()[hit[0]].start + hit[1])
    middle = view.cursorRect(cursor).center().y()
    height = view.viewport().height()
    assert height / 3 <= middle <= height * 2 / 3  # centred, not left below the fold
    assert view.layer(Layer.CURRENT) == [hit]  # drawn solid
    assert view.bands() == [row] and pane.focused_row() == row  # both languages of its row lit
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F3)
    following = pane.current_hit()
    assert following == spans[spans.index(hit) + 1]
    QTest.keyClick(view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert pane.current_hit() == hit


def test_chapter_headings_stand_in_the_text_where_chapters_start(
    qtbot: QtBot, episode: Episode
) -> None:
    episode.chapters = [
        Chapter("How the show opens.", [], "Opening", 2),
        Chapter("Power contracts signed years ahead, and why.", [], None, 12),
    ]
    for mode in ("side", "interleaved", "transcript"):
        pane = _pane(qtbot, episode)
        pane.set_mode(mode)
        view = pane.view()
        text = view.toPlainText()
        assert text.index("Opening") < text.index("E2.0") < text.index("Power contracts")
        assert text.index("Power contracts") < text.index("E12.0")
        assert text.index("E11.2") < text.index("Power contracts")
        # Going to the chapter shows its heading at the top, the chapter's paragraph current.
        pane.scroll_to_paragraph(12)
        assert pane.current_paragraph() == 12
        cursor = view.cursorForPosition(QPoint(30, 24))  # below the 12 px margin
        assert "Power contracts" in cursor.block().text()
        # Headings are no row's text: search hits and selections do not see them.
        pane.highlight_terms(["Opening"])
        assert pane.term_spans() == []


def test_the_paragraph_scrolled_to_is_current_even_at_the_very_end(qtbot: QtBot) -> None:
    pane = _pane(qtbot, rows_episode(paragraphs=3, sentences=1), 900, 700)  # no room to scroll
    pane.scroll_to_paragraph(3)
    assert pane.current_paragraph() == 3  # as the chapter list shows it
    pane.scroll_to_paragraph(0)
    assert pane.current_paragraph() == 0
