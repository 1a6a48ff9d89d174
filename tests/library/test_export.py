"""Bookmark export: Markdown against golden files, JSON round trip, CSV, import without duplicates.

To accept a deliberate change of the Markdown layout, run with ``PODREADER_UPDATE_GOLDEN=1`` once
and review the diff of ``tests/library/golden/``.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from podreader.library.bookmarks import BookmarkError, BookmarkStore, new_bookmark, place_quote
from podreader.library.export import (
    CSV_COLUMNS,
    export,
    from_json,
    markdown_files,
    to_csv,
    to_json,
    to_markdown,
)
from podreader.library.store import Library
from podreader.model import Bookmark
from podreader.paths import DataPaths
from tests.library.bookmark_texts import EPISODE_ID, episode, episode_v2, store

GOLDEN = Path(__file__).parent / "golden"


def _fixed(number: int, words: str, **kw: object) -> Bookmark:
    """A bookmark with a stable id and time, so that the output can be compared byte for byte."""
    ep = episode()
    track, anchor = place_quote(ep, words)
    made = new_bookmark(ep, track, anchor)
    moment = datetime(2025, 3, 20 + number, 9, 30, tzinfo=UTC)
    return replace(
        made, id=f"00000000-0000-4000-8000-{number:012d}", created=moment, updated=moment, **kw
    )


@pytest.fixture
def bookmarks() -> list[Bookmark]:
    other = replace(
        _fixed(4, "tidal power", note="Another show, no date."),
        episode_id="other0000000001",
        episode_title="Winds of Change: Offshore / Onshore?",
        podcast="Grid Talk",
        published=None,
        counterpart="",
    )
    return [
        _fixed(
            1,
            "talk about tidal power and the people",
            note="Why the *people* matter.",
            tags=["energy", "people"],
        ),
        _fixed(
            2,
            "the hardest part is not the engineering but the paperwork",
            note="Permits take longer than building:\n\n- ten years of tests\n- one turbine",
            tags=["policy"],
            color="#7fb3ff",
        ),
        _fixed(3, "文书工作", tags=["中文"]),
        replace(_fixed(5, "small island town"), detached=True, paragraph=None),
        other,
    ]


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PODREADER_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_markdown_of_all_bookmarks_matches_golden(bookmarks: list[Bookmark]) -> None:
    _check_golden("all_bookmarks.md", to_markdown(bookmarks))


def test_markdown_per_episode_matches_golden(bookmarks: list[Bookmark]) -> None:
    files = markdown_files(bookmarks)
    assert sorted(files) == [
        "2025-03-14 Power from the Tides.md",
        "Winds of Change Offshore Onshore.md",
    ]
    _check_golden("episode_bookmarks.md", files["2025-03-14 Power from the Tides.md"])


def test_markdown_is_obsidian_friendly(bookmarks: list[Bookmark]) -> None:
    text = to_markdown(bookmarks)
    assert text.startswith("---\n") and "\n---\n" in text[4:]
    assert "> the hardest part is not the engineering but the paperwork" in text
    assert "> 嘉宾在寒冷的北方海域" in text  # the counterpart, quoted too
    assert "#energy #people" in text and "#中文" in text
    assert "no longer in the episode" in text


def test_json_round_trip_is_lossless(bookmarks: list[Bookmark]) -> None:
    text = to_json(bookmarks)
    assert json.loads(text)["format"] == "podreader-bookmarks"
    assert from_json(text) == bookmarks


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not JSON"),
        ('{"format": "something else"}', "not a podreader bookmark export"),
        ('{"format": "podreader-bookmarks", "version": 99, "bookmarks": []}', "newer podreader"),
        (
            '{"format": "podreader-bookmarks", "version": 1, "bookmarks": [{"id": "x"}]}',
            "is not valid",
        ),
    ],
)
def test_bad_json_is_refused_in_one_sentence(text: str, message: str) -> None:
    with pytest.raises(BookmarkError, match=message):
        from_json(text)


def test_csv_has_one_row_per_bookmark(bookmarks: list[Bookmark]) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(bookmarks))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(bookmarks)
    assert rows[1]["note"] == bookmarks[1].note  # line breaks survive quoting
    assert rows[0]["tags"] == "#energy #people"
    assert rows[3]["detached"] == "yes" and rows[3]["paragraph"] == ""


def test_export_dispatches_on_format(bookmarks: list[Bookmark]) -> None:
    assert export(bookmarks, "md") == to_markdown(bookmarks)
    assert export(bookmarks, "csv") == to_csv(bookmarks)
    with pytest.raises(ValueError):
        export(bookmarks, "pdf")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(DataPaths(tmp_path / "lib")) as lib:
        yield lib


def test_import_adds_once_and_keeps_the_later_edit(
    library: Library, bookmarks: list[Bookmark]
) -> None:
    store(library, episode())
    store_ = BookmarkStore(library)
    text = to_json(bookmarks)
    first = store_.import_bookmarks(from_json(text))
    assert (first.added, first.updated, first.unchanged) == (5, 0, 0)
    again = store_.import_bookmarks(from_json(text))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    assert len(store_.all()) == 5

    edited = replace(bookmarks[0], note="newer", updated=bookmarks[0].updated.replace(year=2026))
    stale = replace(bookmarks[1], note="older", updated=bookmarks[1].updated.replace(year=2024))
    result = store_.import_bookmarks([edited, stale])
    assert (result.updated, result.unchanged) == (1, 1)
    assert store_.get(edited.id).note == "newer"  # type: ignore[union-attr]
    assert store_.get(stale.id).note == bookmarks[1].note  # type: ignore[union-attr]


def test_imported_bookmarks_are_anchored_in_this_library(library: Library) -> None:
    """An export from a library that still had the first copy lands on this one's text."""
    store(library, episode_v2())
    made = _fixed(2, "the hardest part is not the engineering")
    BookmarkStore(library).import_bookmarks(from_json(to_json([made])))
    here = BookmarkStore(library).get(made.id)
    assert here is not None and here.paragraph == 1 and here.start == 9
    assert here.episode_id == EPISODE_ID
