"""The transcript pane: modes, synchronized scrolling, highlights, find, selection and fonts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit
from pytestqt.qtbot import QtBot

from podreader.model import READING_TRACK as TRANSCRIPT
from podreader.model import Episode
from podreader.ui.theme import palette
from podreader.ui.transcript import TranscriptPane
from podreader.ui.transcript.column import TextColumn
from podreader.ui.transcript.highlights import Layer, layer_format
from tests.ui.test_transcript_episodes import bilingual_episode


@pytest.fixture
def episode() -> Episode:
    return bilingual_episode(groups=30, english_per_group=2, sponsor_paragraphs=2)


@pytest.fixture
def pane(qtbot: QtBot, episode: Episode) -> TranscriptPane:
    widget = TranscriptPane()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_episode(episode)
    return widget


def _sides(pane: TranscriptPane) -> tuple[TextColumn, TextColumn]:
    left, right = pane.columns()
    return left, right


def _first_of_group(group: int) -> int:
    """Reading id of the first English paragraph aligned with Chinese paragraph ``group``."""
    return 2 + 2 * group


def test_scrolling_either_column_brings_the_counterpart_level(pane: TranscriptPane) -> None:
    left, right = _sides(pane)
    left.scroll_to_block(_first_of_group(12))
    assert right.top_block() == 12
    assert right.view_top() == pytest.approx(right.block_span(12)[0], abs=1)

    right.scroll_to_block(20)
    assert left.top_block() == _first_of_group(20)
    assert left.view_top() == pytest.approx(left.block_span(_first_of_group(20))[0], abs=1)


def test_scrolling_within_a_group_moves_the_other_column_proportionally(
    pane: TranscriptPane,
) -> None:
    left, right = _sides(pane)
    top = left.block_span(_first_of_group(8))[0]
    bottom = left.block_span(_first_of_group(8) + 1)[1]
    left.set_view_top(top + (bottom - top) / 2)
    share = (left.view_top() - top) / (bottom - top)
    z_top, z_bottom = right.block_span(8)
    assert right.view_top() == pytest.approx(z_top + share * (z_bottom - z_top), abs=1)


def test_syncing_does_not_feed_back(pane: TranscriptPane) -> None:
    left, right = _sides(pane)
    for value in (37, 555, 1203, 2400, 911):
        left.verticalScrollBar().setValue(value)
        assert left.verticalScrollBar().value() == value
    right.verticalScrollBar().setValue(700)
    assert right.verticalScrollBar().value() == 700


def test_scroll_to_paragraph_puts_it_at_the_top(qtbot: QtBot, pane: TranscriptPane) -> None:
    with qtbot.waitSignal(pane.currentParagraphChanged) as signal:
        pane.scroll_to_paragraph(25)
    assert signal.args == [25]
    assert pane.current_paragraph() == 25
    left = pane.columns()[0]
    assert left.top_block() == left.block_of(TRANSCRIPT, 25)
    assert left.view_top() == pytest.approx(left.block_span(25)[0], abs=1)


def test_markup_in_a_transcript_is_shown_as_text(qtbot: QtBot, episode: Episode) -> None:
    markup = 'Read <b>this</b> <img src="x.png"> <a href="file:///etc/passwd">here</a>\nnext line'
    episode.reading[3].text = markup
    episode.translations[0].paragraphs[0] = type(episode.translations[0].paragraphs[0])(
        0, "<i>斜体</i><img src=a.png>"
    )
    widget = TranscriptPane()
    qtbot.addWidget(widget)
    widget.set_episode(episode)
    left, right = _sides(widget)
    assert "<b>this</b>" in left.toPlainText()
    assert '<img src="x.png">' in left.toPlainText()
    assert "<i>斜体</i><img src=a.png>" in right.toPlainText()
    for column in (left, right):
        document = column.document()
        assert document.blockCount() == len(column.passages())  # the newline split no block
        block = document.firstBlock()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fmt = fragments.fragment().charFormat()
                assert not fmt.isAnchor() and not fmt.isImageFormat()
                fragments += 1
            block = block.next()
    assert left.passages()[3].text == markup
    assert left.document().findBlockByNumber(3).text().replace("\u2028", "\n") == markup


def test_find_counts_matches_and_steps_through_them(qtbot: QtBot, pane: TranscriptPane) -> None:
    pane.show_find()
    bar = pane.find_bar()
    assert bar.isVisible()
    bar.set_query("PROMO")
    assert pane.match_count() == 2  # one in each sponsor read
    assert bar.count_text() == "1 of 2"
    start = pane.columns()[0].passages()[0].text.index("promo")
    assert pane.current_match() == (TRANSCRIPT, 0, start, start + 5)

    query = "数据"
    texts = [p.text for p in pane.columns()[1].passages()]
    expected = sum(text.count(query) for text in texts)
    assert expected > 1
    bar.set_query(query)
    assert pane.match_count() == expected
    first = pane.current_match()
    assert first is not None and first[0] == "zh"

    edit = bar.findChild(QLineEdit)
    assert edit is not None
    QTest.keyClick(edit, Qt.Key.Key_Return)
    second = pane.current_match()
    assert second != first
    assert bar.count_text() == f"2 of {expected}"
    QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert pane.current_match() == first
    QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_text() == f"{expected} of {expected}"  # wraps around

    right = pane.columns()[1]
    assert len(right.layer(Layer.MATCH)) == expected
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert right.layer(Layer.MATCH) == []


def test_find_scrolls_to_a_match_far_below(pane: TranscriptPane) -> None:
    left = pane.columns()[0]
    needle = left.passages()[55].text.split()[0]  # "E55:"
    pane.show_find()
    pane.find_bar().set_query(needle)
    assert pane.match_count() == 1
    rect = left.cursorRect(QTextCursor(left.document().findBlockByNumber(55)))
    assert 0 <= rect.top() < left.viewport().height()


def test_ctrl_f_opens_the_find_bar(qtbot: QtBot, pane: TranscriptPane) -> None:
    left = pane.columns()[0]
    pane.activateWindow()
    left.setFocus()
    qtbot.waitUntil(lambda: left.hasFocus())
    QTest.keyClick(left, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.find_bar().isVisible())


def test_modes_switch_and_keep_the_reading_position(pane: TranscriptPane) -> None:
    pane.scroll_to_paragraph(30)
    assert pane.mode() == "side"

    pane.set_mode("interleaved")
    [column] = pane.columns()
    assert len(column.passages()) == 62 + 30
    assert pane.current_paragraph() == 30

    pane.set_mode("transcript")
    [column] = pane.columns()
    assert {p.track for p in column.passages()} == {TRANSCRIPT}
    assert pane.current_paragraph() == 30

    pane.set_mode("other")
    [column] = pane.columns()
    assert {p.track for p in column.passages()} == {"zh"}
    assert column.passages()[column.top_block()].paragraph == 14  # Z14 holds E30 and E31
    assert pane.current_paragraph() == 30

    pane.set_mode("side")
    assert len(pane.columns()) == 2
    with pytest.raises(ValueError):
        pane.set_mode("diagonal")


def test_other_track_can_be_switched(pane: TranscriptPane) -> None:
    assert pane.other_track_keys() == ["zh", "summary"]
    pane.set_other_track("summary")
    assert [p.text for p in pane.columns()[1].passages()] == ["摘要"]


def test_zoom_and_serif_apply_to_both_columns(pane: TranscriptPane) -> None:
    size = pane.font_size()
    pane.zoom_in()
    pane.zoom_in()
    assert pane.font_size() == size + 2
    assert all(c.font().pointSize() == size + 2 for c in pane.columns())
    pane.zoom_out()
    assert pane.font_size() == size + 1
    pane.reset_zoom()
    assert pane.font_size() == size
    pane.set_font_size(500)
    assert pane.font_size() == 40
    pane.reset_zoom()
    left, right = _sides(pane)
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(left.mapToGlobal(QPoint(50, 50))),
        QPoint(),
        QPoint(0, -240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(left.viewport(), wheel)
    assert pane.font_size() == size - 2  # Ctrl+wheel zooms both columns together
    assert right.font().pointSize() == size - 2

    def families(column: TextColumn) -> list[str]:
        return list(QTextCursor(column.document().firstBlock()).charFormat().fontFamilies())

    pane.set_serif(True)
    assert families(right)[0] == "Noto Serif CJK SC"  # Chinese text: its CJK face first
    pane.set_serif(False)
    assert families(right)[0] == "Noto Sans CJK SC"
    assert "Noto Sans CJK SC" in families(left)[1:]  # Latin first, CJK as the fallback


def _point_in(column: TextColumn, block: int) -> QPoint:
    top, bottom = column.block_span(block)
    return QPoint(40, round((top + bottom) / 2 - column.verticalScrollBar().value()))


def test_hover_and_click_highlight_counterparts(qtbot: QtBot, pane: TranscriptPane) -> None:
    left, right = _sides(pane)
    pane.scroll_to_paragraph(10)
    QTest.mouseMove(left.viewport(), _point_in(left, 11))
    qtbot.waitUntil(lambda: bool(right.layer(Layer.FOCUS)))
    assert [span[0] for span in left.layer(Layer.FOCUS)] == [11]
    assert [span[0] for span in right.layer(Layer.FOCUS)] == [4]  # E11 is in Z4's group

    QTest.mouseMove(right.viewport(), _point_in(right, 4))
    qtbot.waitUntil(lambda: [s[0] for s in left.layer(Layer.FOCUS)] == [10, 11])
    assert [span[0] for span in right.layer(Layer.FOCUS)] == [4]

    QTest.mouseMove(right.viewport(), _point_in(right, 5))
    QTest.mouseClick(
        right.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _point_in(right, 5),
    )
    qtbot.waitUntil(lambda: [s[0] for s in left.layer(Layer.FOCUS)] == [12, 13])
    QApplication.sendEvent(right.viewport(), QEvent(QEvent.Type.Leave))
    assert pane.focused_passages()[0].paragraph == 5  # the clicked passage stays lit
    QTest.mouseMove(left.viewport(), _point_in(left, 10))
    qtbot.waitUntil(lambda: [s[0] for s in right.layer(Layer.FOCUS)] == [4])
    QApplication.sendEvent(left.viewport(), QEvent(QEvent.Type.Leave))
    assert [span[0] for span in left.layer(Layer.FOCUS)] == [12, 13]


def test_sponsor_reads_are_dimmed_and_collapse(pane: TranscriptPane) -> None:
    left = pane.columns()[0]
    assert [span[0] for span in left.layer(Layer.SPONSOR)] == [0, 1]
    assert not left.is_hidden(0)
    pane.set_sponsors_collapsed(True)
    assert left.is_hidden(0) and left.is_hidden(1) and not left.is_hidden(2)
    # The run of two folds into one placeholder line in the first one's place.
    placeholder = left.document().findBlockByNumber(0)
    assert placeholder.text().startswith("Sponsor read hidden")
    assert placeholder.layout().lineCount() == 1
    assert left.block_span(1)[1] - left.block_span(1)[0] == 0
    assert pane.current_paragraph() == 0
    pane.show_find()
    pane.find_bar().set_query("promo code")
    assert pane.match_count() == 0  # collapsed text is not found
    pane.set_sponsors_collapsed(False)
    assert not left.is_hidden(0)
    assert left.document().findBlockByNumber(0).text() == left.passages()[0].text
    assert pane.match_count() == 2


def test_clicking_a_folded_sponsor_read_unfolds_it(qtbot: QtBot, pane: TranscriptPane) -> None:
    left = pane.columns()[0]
    pane.set_sponsors_collapsed(True)
    pane.set_marks([(TRANSCRIPT, 0, 0, 5), (TRANSCRIPT, 2, 0, 5)])
    assert [s.cursor.block().blockNumber() for s in _marked(left)] == [2]  # none on the line
    pane.select_text(TRANSCRIPT, 2, 0, 5)
    left.setTextCursor(QTextCursor(left.document()))  # a click, not a drag
    y = round(
        (left.block_span(0)[0] + left.block_span(0)[1]) / 2 - left.verticalScrollBar().value()
    )
    qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, y))
    assert not left.is_hidden(0) and not left.is_hidden(1)
    assert left.document().findBlockByNumber(1).text() == left.passages()[1].text
    assert [s.cursor.block().blockNumber() for s in _marked(left)] == [0, 2]
    pane.set_sponsors_collapsed(False)
    pane.set_sponsors_collapsed(True)  # folding them all again folds this one too
    assert left.is_hidden(0)


def _marked(column: TextColumn) -> list[QTextEdit.ExtraSelection]:
    mark = layer_format(Layer.MARK, column.palette()).background().color()
    return [s for s in column.extraSelections() if s.format.background().color() == mark]


def test_hovered_group_is_one_unbroken_band(pane: TranscriptPane) -> None:
    left, _right = _sides(pane)
    left.set_layer(Layer.FOCUS, left.whole_blocks([12, 13]))
    first, second = left._focus_rects()
    assert first.bottom() == pytest.approx(second.top())
    assert first.width() >= left.viewport().width()
    assert second.bottom() == pytest.approx(left.block_span(13)[1])  # not into the next gap
    assert second.bottom() < left.block_span(14)[0]


def test_each_mark_shows_in_its_own_colour(pane: TranscriptPane) -> None:
    left, _right = _sides(pane)
    pane.set_marks([(TRANSCRIPT, 7, 2, 9, "#7fb3ff"), (TRANSCRIPT, 8, 0, 3)])
    tints = {
        s.cursor.block().blockNumber(): s.format.background().color().name()
        for s in left.extraSelections()
    }
    assert tints[7] == "#7fb3ff"
    assert tints[8] == layer_format(Layer.MARK, left.palette()).background().color().name()


def test_an_episode_set_while_hidden_starts_at_the_top_once_shown(
    qtbot: QtBot, episode: Episode
) -> None:
    widget = TranscriptPane()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.set_episode(episode)
    assert widget.current_paragraph() == 0
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.columns()[0].verticalScrollBar().value() == 0
    assert widget.current_paragraph() == 0
    widget.hide()
    widget.set_episode(bilingual_episode(groups=40, english_per_group=2))
    widget.scroll_to_paragraph(30)
    widget.show()
    assert widget.current_paragraph() == 30
    assert widget.columns()[0].top_block() == 30


def test_selection_reports_the_passage_and_copies(pane: TranscriptPane) -> None:
    left, right = _sides(pane)
    block = right.document().findBlockByNumber(3)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + 3)
    cursor.setPosition(block.position() + 9, QTextCursor.MoveMode.KeepAnchor)
    right.setTextCursor(cursor)
    selection = pane.selected_passage()
    assert selection is not None
    assert (selection.track, selection.paragraph, selection.start, selection.end) == ("zh", 3, 3, 9)
    assert selection.text == right.passages()[3].text[3:9]
    right.copy()
    assert QApplication.clipboard().text() == selection.text

    # A selection running into the next paragraph is cut at the end of the first one.
    pane.select_text(TRANSCRIPT, 5, 4, 10)
    cursor = left.textCursor()
    cursor.setPosition(cursor.position() + len(left.passages()[5].text), cursor.MoveMode.KeepAnchor)
    left.setTextCursor(cursor)
    selection = pane.selected_passage()
    assert selection is not None
    assert (selection.track, selection.paragraph, selection.start) == (TRANSCRIPT, 5, 4)
    assert selection.end == len(left.passages()[5].text)

    left.setTextCursor(QTextCursor(left.document()))
    assert pane.selected_passage() is None


def test_terms_and_marks_tint_both_columns(pane: TranscriptPane) -> None:
    left, right = _sides(pane)
    pane.highlight_terms(["COMPUTE", "数据"])
    expected_left = sum(p.text.lower().count("compute") for p in left.passages())
    expected_right = sum(p.text.count("数据") for p in right.passages())
    assert len(left.layer(Layer.TERM)) == expected_left > 0
    assert len(right.layer(Layer.TERM)) == expected_right > 0
    pane.set_marks([(TRANSCRIPT, 7, 2, 9), ("zh", 3, 0, 4), ("summary", 0, 0, 1)])
    assert left.layer(Layer.MARK) == [(7, 2, 9)]
    assert right.layer(Layer.MARK) == [(3, 0, 4)]
    pane.set_episode(bilingual_episode(groups=3))
    assert left.layer(Layer.MARK) == [] and left.layer(Layer.TERM) == []


def test_highlight_colours_follow_the_palette() -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#3d6fb3"))
    dark.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    current = layer_format(Layer.CURRENT, dark)
    assert current.background().color() == QColor("#3d6fb3")
    assert current.foreground().color() == QColor("#ffffff")
    sponsor = layer_format(Layer.SPONSOR, dark).foreground().color()
    assert QColor("#1e1e1e").lightness() < sponsor.lightness() < QColor("#e0e0e0").lightness()


@pytest.mark.parametrize("dark", [False, True])
def test_search_terms_and_find_matches_look_different(dark: bool) -> None:
    pal = palette(dark)
    base = pal.color(QPalette.ColorRole.Base)

    def seen(layer: Layer) -> QColor:  # the translucent tint as painted over the page
        tint = layer_format(layer, pal).background().color()
        share = tint.alphaF()
        return QColor(
            *(
                round(c * share + b * (1 - share))
                for c, b in zip(tint.getRgb()[:3], base.getRgb()[:3], strict=True)
            )
        )

    term, match = seen(Layer.TERM), seen(Layer.MATCH)
    apart = abs(term.hslHue() - match.hslHue())
    assert min(apart, 360 - apart) >= 60


def test_an_episode_without_translation_or_reading_shows_its_transcript(
    qtbot: QtBot, episode: Episode
) -> None:
    episode.translations = []
    episode.reading = []
    widget = TranscriptPane()
    qtbot.addWidget(widget)
    widget.set_episode(episode)
    [column] = widget.columns()
    assert column.toPlainText().startswith("E0: This show")
    widget.set_episode(None)
    assert widget.current_paragraph() == -1
