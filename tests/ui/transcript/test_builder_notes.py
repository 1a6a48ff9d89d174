"""Quiet lines above rows: speakers and times of timed transcripts, the sponsor read label."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.model import READING_TRACK as TRANSCRIPT
from podreader.model import Episode
from podreader.paths import DataPaths
from podreader.ui.transcript import TranscriptPane
from podreader.ui.transcript.passages import clock
from tests.formats.test_timed_formats import HTML, SRT, TTML, VTT
from tests.library.test_companions import EN, ZH
from tests.library.test_importer_timed import cue_file
from tests.ui.transcript.test_pane import _pane
from tests.ui.transcript.test_passages import rows_episode

JSON = json.dumps(
    {
        "version": "1.0.0",
        "segments": [
            {"speaker": "Ann", "startTime": 0, "endTime": 3, "body": "Hello and welcome."},
            {"speaker": "Ann", "startTime": 3, "endTime": 6, "body": "Today: tea."},
            {"speaker": "Bo", "startTime": 70, "endTime": 72, "body": "Thanks for having me."},
        ],
    }
)


def _import(tmp_path: Path, files: dict[str, str]) -> Episode:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    library = Library(DataPaths(tmp_path / "data"))
    try:
        (result,) = import_paths(library, [folder])
        episode = library.episode(result.episode_id or "")
    finally:
        library.close()
    assert episode is not None
    return episode


@pytest.fixture
def tea(tmp_path: Path) -> Episode:
    """The project's English and Chinese WebVTT pair, imported as one episode."""
    return _import(tmp_path, {"tea.en.vtt": EN, "tea.zh.vtt": ZH})


def _note_texts(pane: TranscriptPane) -> list[str]:
    view = pane.view()
    text = view.document().toPlainText()
    return [text[n.start : n.end] for n in view.notes()]


def test_clock_reads_like_a_player() -> None:
    assert [clock(s) for s in (0, 4.9, 65, 754, 3723)] == [
        "0:00",
        "0:04",
        "1:05",
        "12:34",
        "1:02:03",
    ]


@pytest.mark.parametrize("mode", ["side", "interleaved", "transcript", "other"])
def test_speakers_and_times_head_their_paragraphs_in_every_mode(
    qtbot: QtBot, tea: Episode, mode: str
) -> None:
    pane = _pane(qtbot, tea)
    pane.set_mode(mode)
    notes = _note_texts(pane)
    # Each paragraph of the shown side with its time; a speaker named where the voice changes.
    assert notes[0].endswith("0:00"), notes
    assert "Bo  ·  0:10" in notes, notes
    if mode != "other":  # the Chinese file gives Ann's return the row of a music cue
        assert any(n.startswith("Ann") for n in notes), notes
        assert "Ann  ·  0:30" in notes, notes
    # Notes stand outside every cell, and every cell still shows exactly its own text.
    view = pane.view()
    text = view.document().toPlainText()
    for note in view.notes():
        assert all(p.end <= note.start or p.start >= note.end for p in view.placed())
    for placed in view.placed():
        cell = view.rows()[placed.row].cell(placed.side)
        assert text[placed.start : placed.end] == cell.text.replace("\u2028", "\n")


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("talk.vtt", VTT, ["Ann Lee  ·  0:00", "Bo  ·  0:04"]),
        ("talk.srt", SRT, ["Travis  ·  0:00", "Sarah  ·  0:04"]),
        ("talk.html", HTML, ["Travis  ·  0:00", "Sarah  ·  1:05"]),
        ("talk.ttml", TTML, ["Speaker 1  ·  0:00", "Bo  ·  1:04"]),
        ("talk.json", JSON, ["Ann  ·  0:00", "Bo  ·  1:10"]),
    ],
    ids=["webvtt", "srt", "html", "ttml", "json"],
)
def test_each_timed_format_shows_its_speakers_and_times(
    qtbot: QtBot, tmp_path: Path, name: str, text: str, expected: list[str]
) -> None:
    pane = _pane(qtbot, _import(tmp_path, {name: text}))
    assert _note_texts(pane) == expected


def test_a_speaker_is_named_again_only_when_the_voice_changes(qtbot: QtBot, tmp_path: Path) -> None:
    # Ann speaks, pauses (a new paragraph by time), speaks again; then Bo.
    cues = (
        "WEBVTT\n\n00:00.000 --> 00:03.000\n<v Ann>One thing first.\n\n"
        "00:09.000 --> 00:12.000\n<v Ann>After a pause, more.\n\n"
        "00:12.500 --> 00:15.000\n<v Bo>My turn now.\n"
    )
    episode = _import(tmp_path, {"solo.vtt": cues})
    pane = _pane(qtbot, episode)
    assert _note_texts(pane) == ["Ann  ·  0:00", "0:09", "Bo  ·  0:12"]


def test_bookmark_and_search_places_do_not_shift_under_notes(qtbot: QtBot, tea: Episode) -> None:
    pane = _pane(qtbot, tea)
    view = pane.view()
    assert view.notes()
    for k, reading in enumerate(tea.reading):
        word = reading.text.split()[1]
        start = reading.text.index(word)
        pane.select_text(TRANSCRIPT, k, start, start + len(word))
        selection = pane.selected_passage()
        assert selection is not None
        assert (selection.paragraph, selection.start, selection.text) == (k, start, word)
    # A drag from the note above a paragraph into its text quotes the text alone (side by
    # side, Qt takes whole cells of a table a selection reaches into).
    for mode, quote in (("side", tea.reading[0].text), ("transcript", "Welcome")):
        pane.set_mode(mode)
        note = view.notes()[0]
        first = view.placed()[view.cell_number(0, 0) or 0]
        cursor = QTextCursor(view.document())
        cursor.setPosition(note.start)
        cursor.setPosition(first.start + 7, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        selection = pane.selected_passage()
        assert selection is not None
        assert (selection.paragraph, selection.start, selection.text) == (0, 0, quote)
    # Search hits are found in cell text only, never in a speaker's name or a time.
    pane.highlight_terms(["Bo", "0:10"])
    texts = [view.rows()[p.row].cell(p.side).text for p in view.placed()]
    assert pane.term_spans()
    assert all(texts[c][s:e].lower() == "bo" for c, s, e in pane.term_spans())
    assert not any(texts[c][s:e] == "0:10" for c, s, e in pane.term_spans())


def test_scrolling_to_a_row_shows_its_speaker_and_time(qtbot: QtBot, tmp_path: Path) -> None:
    pane = _pane(qtbot, _import(tmp_path, {"talk.en.srt": cue_file(200)}), height=300)
    view = pane.view()
    note = view.notes()[len(view.notes()) // 2]
    view.scroll_to_row(note.row)
    cursor = QTextCursor(view.document())
    cursor.setPosition(note.start)
    assert 0 <= view.cursorRect(cursor).top() < view.em()


def test_pages_without_times_or_speakers_have_no_notes(qtbot: QtBot) -> None:
    pane = _pane(qtbot, rows_episode(paragraphs=6, sentences=2, sponsor_paragraphs=1))
    assert pane.view().notes() == []


def _click(pane: TranscriptPane, position: int) -> None:
    view = pane.view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_an_unfolded_sponsor_read_keeps_a_label_that_folds_it_again(qtbot: QtBot) -> None:
    pane = _pane(qtbot, rows_episode(paragraphs=8, sentences=2, sponsor_paragraphs=2))
    view = pane.view()
    pane.set_sponsors_collapsed(True)
    assert view.is_folded(0) and view.notes() == []
    _click(pane, view.placed()[0].start)
    assert not view.is_folded(0) and not view.is_folded(1)
    (label,) = view.notes()
    assert label.sponsor and label.row == 0
    assert _note_texts(pane)[0].startswith("Sponsor read")
    _click(pane, label.start)
    assert view.is_folded(0) and view.is_folded(1) and view.notes() == []
    # View → Fold Sponsor Reads still turns folding off and on for all of them.
    _click(pane, view.placed()[0].start)
    pane.set_sponsors_collapsed(False)
    assert not view.is_folded(0) and view.notes() == []
    pane.set_sponsors_collapsed(True)
    assert view.is_folded(0)
