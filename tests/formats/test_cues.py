"""Cues into paragraphs: speaker changes and pauses start paragraphs, repeats are dropped."""

from __future__ import annotations

import pytest

from podreader.formats.cues import (
    PARAGRAPH_CHARS,
    PAUSE_S,
    Cue,
    clock,
    paragraphs_from_cues,
    speaker_label,
    title_from_name,
)


def test_cues_of_one_speaker_without_pause_make_one_paragraph() -> None:
    cues = [Cue(0.0, 2.0, "We went"), Cue(2.0, 4.0, "to the sea."), Cue(4.1, 6.0, "It rained.")]
    (paragraph,) = paragraphs_from_cues(cues)
    assert paragraph.text == "We went to the sea. It rained."
    assert (paragraph.start, paragraph.end, paragraph.speaker) == (0.0, 6.0, None)


def test_a_new_speaker_starts_a_paragraph_mid_sentence() -> None:
    cues = [Cue(0.0, 2.0, "So what", "Ann"), Cue(2.0, 4.0, "happened next", "Bo")]
    first, second = paragraphs_from_cues(cues)
    assert (first.text, first.speaker, second.text, second.speaker) == (
        "So what",
        "Ann",
        "happened next",
        "Bo",
    )


def test_a_pause_starts_a_paragraph() -> None:
    cues = [Cue(0.0, 2.0, "One."), Cue(2.0 + PAUSE_S, 5.0 + PAUSE_S, "Two.")]
    assert [p.text for p in paragraphs_from_cues(cues)] == ["One.", "Two."]


def test_a_long_monologue_ends_paragraphs_at_sentence_ends() -> None:
    sentence = "This is a sentence of a long talk."
    cues = [Cue(float(i), i + 1.0, sentence) for i in range(100)]
    paragraphs = paragraphs_from_cues(cues)
    assert len(paragraphs) > 1
    assert all(p.text.endswith(".") for p in paragraphs)
    assert all(len(p.text) <= PARAGRAPH_CHARS + len(sentence) + 1 for p in paragraphs)


def test_identical_cues_count_once_and_overlaps_are_ordered() -> None:
    cues = [Cue(3.0, 5.0, "later"), Cue(0.0, 4.0, "first"), Cue(3.0, 5.0, "later")]
    (paragraph,) = paragraphs_from_cues(cues)
    assert paragraph.text == "first later"


def test_same_times_different_text_are_both_kept() -> None:
    cues = [Cue(0.0, 4.8, "It is so nice to"), Cue(0.0, 4.8, "show up and record.")]
    assert paragraphs_from_cues(cues)[0].text == "It is so nice to show up and record."


def test_rolling_captions_do_not_repeat_their_carried_line() -> None:
    cues = [Cue(0.0, 1.0, "yeah"), Cue(1.0, 2.0, "yeah\nwhat now"), Cue(2.0, 3.0, "what now\nok")]
    assert paragraphs_from_cues(cues)[0].text == "yeah what now ok"


def test_empty_cues_are_skipped() -> None:
    assert paragraphs_from_cues([Cue(0.0, 1.0, "  \n "), Cue(1.0, 2.0, "")]) == []


def test_word_segments_join_with_punctuation_and_chinese_without_spaces() -> None:
    words = [Cue(0.0, 0.1, "Hello"), Cue(0.1, 0.2, ","), Cue(0.2, 0.3, "world"), Cue(0.3, 0.4, ".")]
    assert paragraphs_from_cues(words)[0].text == "Hello, world."
    chinese = [Cue(0.0, 1.0, "我们今天"), Cue(1.0, 2.0, "聊聊播客")]
    assert paragraphs_from_cues(chinese)[0].text == "我们今天聊聊播客"


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("12.5", 12.5),
        ("1:02.5", 62.5),
        ("1:02:03.250", 3723.25),
        ("00:00:01,500", 1.5),
        ("2.5s", 2.5),
        ("800ms", 0.8),
    ],
)
def test_clock_values(value: str, seconds: float) -> None:
    assert clock(value) == pytest.approx(seconds)


@pytest.mark.parametrize("value", ["", "1d.5", "1:2:3:4", "abc", "-1"])
def test_bad_clock_values_raise_value_error(value: str) -> None:
    with pytest.raises(ValueError):
        clock(value)


def test_speaker_labels() -> None:
    assert speaker_label("Dr. Ann Lee: Hello there") == ("Dr. Ann Lee", "Hello there")
    assert speaker_label("主持人：大家好") == ("主持人", "大家好")
    assert speaker_label("the time was 10:30 then") == (None, "the time was 10:30 then")
    assert speaker_label("People to call: Sam") == (None, "People to call: Sam")


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("talk.en.vtt", "talk"),
        ("talk.zh-Hans.srt", "talk"),
        ("show_notes.chapters.json", "show notes"),
        ("folder/My Episode.ttml", "My Episode"),
        ("", ""),
    ],
)
def test_title_from_file_name(name: str, title: str) -> None:
    assert title_from_name(name) == title
