"""Each timed transcript format on fixtures written for these tests, one oddity at a time."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable

import pytest

from podreader.formats import ParseError, parse_with_format
from podreader.model import Episode

VTT = """WEBVTT - a test file
Kind: captions

STYLE
::cue { color: yellow }

NOTE this note
spans two lines --> with an arrow

intro
00:00.000 --> 00:02.500 align:start position:10%
<v Ann Lee>Welcome to <b>the</b> show &amp; thanks

00:02.500 --> 00:04.000
<v Ann Lee>for <c.loud>listening</c>.<00:03.500> Today

00:00:04.000 --> 00:00:06.000
<v Bo>we talk about tea.

00:00:06.000 --> 00:00:07.000

"""


def parse(data: bytes, name: str = "episode.vtt") -> tuple[Episode, str]:
    return parse_with_format(data, name)


def texts(episode: Episode) -> list[tuple[str, str | None, float | None, float | None]]:
    return [(p.text, p.speaker, p.start, p.end) for p in episode.transcript.paragraphs]


def test_webvtt_voices_styles_notes_settings_and_missing_hours() -> None:
    episode, fmt = parse(VTT.encode())
    assert fmt == "webvtt"
    assert episode.title == "episode"
    assert texts(episode) == [
        ("Welcome to the show & thanks for listening. Today", "Ann Lee", 0.0, 4.0),
        ("we talk about tea.", "Bo", 4.0, 6.0),
    ]
    assert episode.transcript.language == "en"
    assert episode.warnings == []


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: codecs.BOM_UTF8 + t.encode(),
        lambda t: t.replace("\n", "\r\n").encode(),
        lambda t: t.encode("utf-16"),
        lambda t: t.encode("utf-16-le"),
    ],
    ids=["bom", "crlf", "utf16", "utf16-no-bom"],
)
def test_webvtt_in_any_encoding_and_line_ends_is_the_same_episode(
    encode: Callable[[str], bytes],
) -> None:
    assert parse(encode(VTT))[0] == parse(VTT.encode())[0]


def test_webvtt_seconds_only_timings() -> None:
    data = b"WEBVTT\n\n0.860 --> 7.380\nHello there.\n\n7.380 --> 75.5\nGeneral Kenobi.\n"
    assert texts(parse(data)[0]) == [("Hello there. General Kenobi.", None, 0.86, 75.5)]


def test_webvtt_malformed_timestamp_skips_that_cue_with_a_warning() -> None:
    data = b"WEBVTT\n\n00:01.000 --> 00:02.000\nKept.\n\n00:0x.000 --> 00:03.000\nLost.\n"
    episode = parse(data)[0]
    assert [p.text for p in episode.transcript.paragraphs] == ["Kept."]
    assert episode.warnings == ["1 cue with an unreadable time was skipped."]


def test_webvtt_without_header_is_refused_with_a_reason() -> None:
    with pytest.raises(ParseError, match="no WEBVTT header"):
        parse(b"00:00:01.000 --> 00:00:02.000\nHello\n")


def test_webvtt_with_only_empty_cues_is_refused() -> None:
    with pytest.raises(ParseError, match="holds no transcript text"):
        parse(b"WEBVTT\n\n00:01.000 --> 00:02.000\n\n00:02.000 --> 00:03.000\n \n")


SRT = """1
00:00:00,000 --> 00:00:02,000
Travis: So in this episode
we look back.

2
00:00:02,000 --> 00:00:04,000
It was a year.

4
00:00:04,000 --> 00:00:05,500
Sarah: A good one.

5
00:00:05,500 --> 00:00:06,000

"""


def test_srt_speaker_prefix_carries_until_the_next_name() -> None:
    episode, fmt = parse(SRT.encode(), "talk.en.srt")
    assert fmt == "srt"
    assert episode.title == "talk"
    assert texts(episode) == [
        ("So in this episode we look back. It was a year.", "Travis", 0.0, 4.0),
        ("A good one.", "Sarah", 4.0, 5.5),
    ]


def test_srt_in_gbk_and_utf16_reads_the_same_chinese() -> None:
    chinese = (
        "1\n00:00:01,000 --> 00:00:03,000\n大家好，欢迎收听。\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\n今天聊聊茶。\n"
    )
    expected = [("大家好，欢迎收听。今天聊聊茶。", None, 1.0, 5.0)]
    for data in (chinese.encode("gbk"), chinese.encode("gb2312"), chinese.encode("utf-16")):
        episode = parse(data, "talk.zh.srt")[0]
        assert texts(episode) == expected
        assert episode.transcript.language.startswith("zh")


def test_srt_with_identical_and_overlapping_times() -> None:
    data = (
        b"1\n00:00:02,000 --> 00:00:04,000\nsecond\n\n"
        b"2\n00:00:00,000 --> 00:00:03,000\nfirst\n\n"
        b"3\n00:00:02,000 --> 00:00:04,000\nsecond\n"
    )
    assert [p.text for p in parse(data, "x.srt")[0].transcript.paragraphs] == ["first second"]


def _json(segments: object, **extra: object) -> bytes:
    return json.dumps({"version": "1.0.0", "segments": segments, **extra}).encode()


def test_podcast_json_word_segments_become_sentences() -> None:
    words = ["Hello", ",", "world", ".", "  ", "Bye", "."]
    segments = [
        {"speaker": "Ann", "startTime": i * 0.5, "endTime": i * 0.5 + 0.5, "body": w}
        for i, w in enumerate(words)
    ]
    segments.append({"speaker": "Bo", "startTime": 9, "endTime": 10})  # no body
    segments.append({"speaker": "Bo", "startTime": 10, "endTime": 11, "body": "Hi."})
    episode, fmt = parse(_json(segments, title="Tea talk"), "x.json")
    assert fmt == "podcast-json"
    assert episode.title == "Tea talk"
    assert texts(episode) == [("Hello, world. Bye.", "Ann", 0.0, 3.5), ("Hi.", "Bo", 10.0, 11.0)]


def test_podcast_json_segments_without_times_are_counted() -> None:
    segments = [{"startTime": "x", "body": "lost"}, 3, {"startTime": 1, "body": "kept"}]
    episode = parse(_json(segments), "x.json")[0]
    assert [p.text for p in episode.transcript.paragraphs] == ["kept"]
    assert episode.warnings == ["2 segments without a readable start time were skipped."]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"segments": [', "not valid JSON"),
        (b'{"segments": 5}', "no 'segments' list"),
        (b'{"version": "1.2.0", "chapters": []}', "chapters file without its transcript"),
        (_json([{"startTime": 0, "body": "   "}]), "holds no transcript text"),
    ],
)
def test_bad_json_files_are_refused_with_reasons(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse(data, "x.json")


HTML = """<cite>Travis:</cite>
<time>0:00</time>
<p>Welcome &amp; hello. It&#39;s a <b>good</b> day.</p>
<cite>Sarah:</cite>
<time>1:05</time>
<p>It is.</p>
<time>bad</time>
<p>Really.</p>
"""


def test_html_transcript_fragment() -> None:
    episode, fmt = parse(HTML.encode(), "notes.html")
    assert fmt == "html-transcript"
    assert texts(episode) == [
        ("Welcome & hello. It's a good day.", "Travis", 0.0, 65.0),
        ("It is. Really.", "Sarah", 65.0, 65.0),
    ]
    assert episode.warnings == ["1 unreadable time was left out."]


def test_html_transcript_as_whole_page_takes_its_title() -> None:
    page = f"<!DOCTYPE html><html><head><title>Ep 4</title></head><body>{HTML}</body></html>"
    assert parse(page.encode(), "x.html")[0].title == "Ep 4"


TTML = """<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata"
    xmlns:podcasts="http://podcasts.apple.com/transcript-ttml-internal" xml:lang="en">
<head><metadata><ttm:agent xml:id="SPEAKER_2" type="person"><ttm:name>Bo</ttm:name></ttm:agent>
</metadata></head>
<body dur="2:05.000"><div>
<p begin="0.240" end="4.5" ttm:agent="SPEAKER_1">
<span podcasts:unit="sentence" begin="0.240" end="2.0"><span podcasts:unit="word" begin="0.24"
 end="0.5">Hello</span><span podcasts:unit="word" begin="0.5" end="0.9">there,</span>
<span podcasts:unit="word" begin="0.9" end="2.0">friends.</span></span>
<span podcasts:unit="sentence" begin="2.0" end="4.5"><span podcasts:unit="word" begin="2.0"
 end="4.5">Welcome.</span></span></p>
<p begin="1:04.000" end="1:02:05.500" ttm:agent="SPEAKER_2"><span>Thanks for having me.</span></p>
<p begin="x" end="y">Lost.</p>
</div></body></tt>
"""


def test_apple_ttml_agents_sentences_words_and_clock_values() -> None:
    episode, fmt = parse(TTML.encode(), "1000123.ttml")
    assert fmt == "ttml"
    assert texts(episode) == [
        ("Hello there, friends. Welcome.", "Speaker 1", 0.24, 4.5),
        ("Thanks for having me.", "Bo", 64.0, 3725.5),
    ]
    assert episode.warnings == ["1 passage with an unreadable time was skipped."]


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tt [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="0" end="1">&b;</p></div></body></tt>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE tt [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="0" end="1">&x;</p></div></body></tt>
"""


@pytest.mark.parametrize("document", [LAUGHS, EXTERNAL], ids=["entity-expansion", "external"])
def test_xml_with_entities_is_refused(document: str) -> None:
    with pytest.raises(ParseError, match="refuses for safety"):
        parse(document.encode(), "x.ttml")


def test_broken_ttml_is_refused() -> None:
    with pytest.raises(ParseError, match="not well-formed XML"):
        parse(TTML[: len(TTML) // 2].encode(), "x.ttml")


def test_plain_text_transcript_with_timestamps_and_speakers() -> None:
    text = (
        "[00:00:01] Ann: Hello and welcome.\nWe start now.\n\n"
        "[00:00:09] Bo: Thanks.\n[00:01:10] Ann: Bye.\n"
    )
    episode, fmt = parse(text.encode(), "chat.txt")
    assert fmt == "text-transcript"
    assert texts(episode) == [
        ("Hello and welcome. We start now.", "Ann", 1.0, 9.0),
        ("Thanks.", "Bo", 9.0, 70.0),
        ("Bye.", "Ann", 70.0, 70.0),
    ]


def test_plain_text_with_speaker_labels_only() -> None:
    text = "Ann: Hello.\nBo: Hi, Ann.\nAnn: How are you?\nGood.\n"
    episode = parse(text.encode(), "chat.txt")[0]
    assert texts(episode) == [
        ("Hello.", "Ann", None, None),
        ("Hi, Ann.", "Bo", None, None),
        ("How are you? Good.", "Ann", None, None),
    ]


def test_notes_are_not_taken_for_a_transcript() -> None:
    with pytest.raises(ParseError, match="not a PodQuest episode page or a transcript"):
        parse(b"Groceries\neggs\nmilk\nNote: buy bread\n", "list.txt")


def test_cues_in_two_languages_become_a_transcript_and_its_translation() -> None:
    data = (
        "1\n00:00:01,000 --> 00:00:03,000\nWelcome to the show.\n欢迎收听本节目。\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\nToday, tea.\n今天聊茶。\n\n"
        "3\n00:00:09,000 --> 00:00:11,000\n[music]\n\n"
        "4\n00:00:11,000 --> 00:00:13,000\nGoodbye, Ann.\n再见，Ann。\n"
    )
    episode = parse(data.encode(), "show.srt")[0]
    assert texts(episode) == [
        ("Welcome to the show. Today, tea.", None, 1.0, 5.0),
        ("[music] Goodbye, Ann.", None, 9.0, 13.0),
    ]
    (translation,) = episode.translations
    assert (translation.kind, translation.language) == ("translation", "zh-Hans")
    assert [(p.text, p.start, p.end) for p in translation.paragraphs] == [
        ("欢迎收听本节目。今天聊茶。", 1.0, 5.0),
        ("再见，Ann。", 11.0, 13.0),
    ]


def test_a_chinese_file_with_an_english_word_here_and_there_stays_one_track() -> None:
    data = (
        "1\n00:00:01,000 --> 00:00:03,000\n我们聊聊 OpenAI。\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\n好的。\n"
    )
    episode = parse(data.encode(), "zh.srt")[0]
    assert episode.translations == []
    assert episode.transcript.language.startswith("zh")


def test_srt_with_dots_in_its_times_is_read_as_srt() -> None:
    data = b"1\n00:00:01.000 --> 00:00:02.500\nHello.\n\n2\n00:00:02.500 --> 00:00:04.000\nBye.\n"
    episode, fmt = parse(data, "x.srt")
    assert fmt == "srt"
    assert texts(episode) == [("Hello. Bye.", None, 1.0, 4.0)]
