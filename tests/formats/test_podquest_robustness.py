"""Whatever bytes arrive, parsing ends in an Episode or a ParseError, never another exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from podreader.formats import ParseError, parse_bytes
from podreader.model import Episode

PAGE = (Path(__file__).parent / "fixtures" / "full_english.txt").read_text(encoding="utf-8")
LINES = PAGE.split("\n")


def _episode_or_parse_error(data: bytes) -> None:
    try:
        result = parse_bytes(data)
    except ParseError as error:
        assert str(error)
    else:
        assert isinstance(result, Episode)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_any_bytes(data: bytes) -> None:
    _episode_or_parse_error(data)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=len(PAGE.encode())))
def test_truncated_page(cut: int) -> None:
    _episode_or_parse_error(PAGE.encode()[:cut])


@settings(max_examples=200, deadline=None)
@given(st.sets(st.integers(min_value=0, max_value=len(LINES) - 1), max_size=len(LINES)))
def test_page_with_lines_deleted(deleted: set[int]) -> None:
    kept = [line for index, line in enumerate(LINES) if index not in deleted]
    _episode_or_parse_error("\n".join(kept).encode())


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(LINES), max_size=60),
    st.sampled_from(["utf-8", "utf-16", "gb18030"]),
)
def test_page_lines_shuffled_and_reencoded(lines: list[str], encoding: str) -> None:
    _episode_or_parse_error("\n".join(lines).encode(encoding))
