"""Whatever text arrives, every registered parser ends in an Episode or its ParseError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from podreader.errors import ParseError
from podreader.formats import Source, formats, parse_bytes
from podreader.model import Episode

#: Openings that steer the random text into each parser rather than past its sniffing.
OPENINGS = [
    "WEBVTT\n\n",
    "WEBVTT\n\n00:01.000 --> 00:02.000\n",
    "1\n00:00:01,000 --> 00:00:02,000\n",
    '{"segments": [',
    '{"segments": [{"startTime": 1, "body": "',
    '<tt xmlns="http://www.w3.org/ns/ttml"><body><p begin="',
    "<cite>A:</cite><time>",
    "[00:00:01] Ann: ",
    "<!DOCTYPE html><p>Shownotes Transcript</p><img alt='cover of episode ",
    "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n"
    "Content-Type: text/html\nContent-Transfer-Encoding: base64\n\n",
    "",
]
PIECES = st.sampled_from(
    ["\n", "-->", " ", "00:00:01.000", "1:02", "<v A>", "</p>", '"', "}", "]", ":", "Ann:"]
)
TEXT = st.lists(st.one_of(st.text(max_size=20), PIECES), max_size=40).map("".join)


def _episode_or_parse_error(text: str) -> None:
    for fmt in formats():
        try:
            result = fmt.parse(Source(text, "random.bin"))
        except ParseError as error:
            assert str(error)
        else:
            assert isinstance(result, Episode)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(OPENINGS), TEXT)
def test_every_parser_on_arbitrary_text(opening: str, rest: str) -> None:
    _episode_or_parse_error(opening + rest)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(OPENINGS), st.binary(max_size=2048))
def test_registry_on_arbitrary_bytes(opening: str, data: bytes) -> None:
    try:
        result = parse_bytes(opening.encode() + data, "random.bin")
    except ParseError as error:
        assert str(error)
    else:
        assert isinstance(result, Episode)
