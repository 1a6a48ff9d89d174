"""Decoding saved pages: every encoding real files come in, and refusal of non-text."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from podreader.errors import ParseError
from podreader.text.decoding import DecodeError, decode

TEXT = "Night market 夜市, 臺灣 and 城市.\nSecond line."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        TEXT.encode("gb18030"),
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "utf-16",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "gb18030",
    ],
)
def test_encodings(data: bytes) -> None:
    assert decode(data) == TEXT


def test_gbk_text_with_few_chinese_characters() -> None:
    text = "A long English line about trains. " * 50 + "慢车"
    assert decode(text.encode("gbk")) == text


def test_line_ends_become_lf() -> None:
    assert decode(b"a\r\nb\rc\n\r\nd") == "a\nb\nc\n\nd"


def test_no_break_spaces_become_spaces_but_ideographic_space_stays() -> None:
    assert decode("a\u00a0b\u202fc\u3000d".encode()) == "a b c\u3000d"


def test_zero_width_characters_and_inner_bom_are_removed() -> None:
    assert decode("Str\u200beet\u2060 Talk\ufeff".encode()) == "Street Talk"


def test_character_cut_at_the_very_end_is_dropped() -> None:
    assert decode("城市".encode()[:-1]) == "城"
    assert decode("城市".encode("gb18030")[:-1]) == "城"


def test_one_damaged_byte_in_utf8_stays_utf8() -> None:
    good = ("夜市 night market " * 200).encode()
    data = good[:1000] + b"\xff" + good[1000:]
    text = decode(data)
    assert text.count("\ufffd") == 1
    assert text.replace("\ufffd", "") == good.decode()


def test_empty() -> None:
    assert decode(b"") == ""


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_refused(seed: int) -> None:
    noise = random.Random(seed).randbytes(2000)
    with pytest.raises(DecodeError):
        decode(noise)


def test_zero_filled_file_is_refused() -> None:
    with pytest.raises(DecodeError):
        decode(b"Welcome back" + b"\x00" * 500)


def test_decode_error_is_a_parse_error_with_one_sentence() -> None:
    with pytest.raises(ParseError) as error:
        decode(bytes(range(256)))
    assert str(error.value) == "The file's text encoding could not be read; save it again as UTF-8."


def _traditional_page() -> str:
    # Written by hand in traditional characters (Taiwan usage), as a Big5 page holds them.
    sentence = (
        "早安，歡迎收聽港口時間，我們聊船，也聊修船的人。今天的來賓解釋了北方一家小船廠"
        "去年為什麼造了一百二十艘木船，其中大部分賣到了國外。她說祕訣是耐心。"
    )
    return "Harbour Hour 港口時間\n" + "\n".join([sentence] * 5) + "\nThanks for listening.\n"


@pytest.mark.parametrize("encoding", ["big5", "cp950", "big5hkscs"])
def test_big5_pages_are_read_as_traditional_chinese(encoding: str) -> None:
    text = _traditional_page()
    assert decode(text.encode(encoding)) == text


def test_simplified_and_traditional_gb18030_pages_stay_gb18030() -> None:
    simplified = "欢迎收听港口时间，我们聊船，也聊修船的人。今天的嘉宾解释了北方一家小船厂。\n" * 5
    assert decode(simplified.encode("gb18030")) == simplified
    traditional = _traditional_page()
    assert decode(traditional.encode("gb18030")) == traditional


def test_chinese_bytes_that_read_as_gibberish_everywhere_are_refused() -> None:
    # Big5 trail bytes under GB18030-only lead bytes: every decoding is valid but nonsense.
    rng = random.Random(3)
    data = bytes(
        b for _ in range(400) for b in (rng.randrange(0xF8, 0xFA), rng.randrange(0x40, 0x7F))
    )
    with pytest.raises(DecodeError, match=r"neither simplified .* nor traditional"):
        decode(b"Title\n" + data)


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x1b", "\x7f", "\x85", "\x9f"])
def test_stray_control_characters_are_dropped(control: str) -> None:
    rest = "The words go on without any other control character.\n" * 5
    text = f"A transcript{control} with a stray control character.\n{rest}"
    clean = f"A transcript with a stray control character.\n{rest}"
    assert decode(text.encode("utf-8")) == clean
    assert decode(text.encode("utf-16")) == clean


def _level_one(codec: str, leads: range, trails: range) -> list[str]:
    """The common characters of a Chinese encoding, read from its codec (as decoding does)."""
    found = []
    for lead in leads:
        for trail in trails:
            try:
                found.append(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return found


_SIMPLIFIED = _level_one("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
_TRADITIONAL = _level_one("big5", range(0xA4, 0xC7), range(0x40, 0xFF))
_ASCII = list("abc xyz 123,.\n")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_SIMPLIFIED + _ASCII), min_size=40, max_size=400))
def test_any_simplified_text_in_gb18030_reads_back(chars: list[str]) -> None:
    text = "简体" + "".join(chars)
    assert decode(text.encode("gb18030")) == text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_TRADITIONAL + _ASCII), min_size=40, max_size=400))
def test_any_traditional_text_in_big5_reads_back(chars: list[str]) -> None:
    text = "繁體" + "".join(chars)
    assert decode(text.encode("cp950")) == text


def test_a_short_transcript_with_one_stray_nul_is_read() -> None:
    # One NUL in a 60-byte cue file is more than 1% of it: it was refused as "encoding could
    # not be read" although the file is UTF-8 with a stray control character.
    data = b"1\n00:00:01,000 --> 00:00:02,000\nHello\x00 world\n"
    assert decode(data) == "1\n00:00:01,000 --> 00:00:02,000\nHello world\n"


@pytest.mark.parametrize("data", [bytes(range(32)), b"ab\x00\x00cd"])
def test_short_binary_data_is_still_refused(data: bytes) -> None:
    with pytest.raises(DecodeError):
        decode(data)
