"""Hostile bookmark files and spreadsheet formulas: refused whole, or written harmless."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from podreader.cli import main
from podreader.library.bookmarks import BookmarkError, BookmarkStore, new_bookmark, place_quote
from podreader.library.export import from_json, to_csv, to_json
from podreader.library.store import Library
from podreader.model import Bookmark
from podreader.paths import DataPaths
from tests.library.bookmark_texts import episode, store


def _made(words: str = "tidal power") -> Bookmark:
    ep = episode()
    track, anchor = place_quote(ep, words)
    return new_bookmark(ep, track, anchor)


def _document() -> dict[str, Any]:
    good = json.loads(to_json([_made("tidal power"), _made("small island town")]))
    assert isinstance(good, dict)
    return good


def _bad(change: str) -> str:
    """The JSON of a good export with one change, as text (``1e400`` is not a Python float)."""
    document = _document()
    first, second = document["bookmarks"]
    marker = "__BAD__"
    if change == "version":
        document["version"] = "2"
    elif change == "bookmarks-object":
        document["bookmarks"] = {}
    elif change == "string-item":
        document["bookmarks"] = [first, "abc"]
    elif change == "list-item":
        document["bookmarks"] = [first, [1, 2]]
    elif change == "huge-start":
        second["start"] = marker
    elif change == "null-id":
        second["id"] = None
    elif change == "string-tags":
        second["tags"] = "abc"
    elif change == "bad-time":
        second["created"] = "yesterday"
    return json.dumps(document).replace(f'"{marker}"', "1e400")


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ("version", "“version”"),
        ("bookmarks-object", "“bookmarks”"),
        ("string-item", "Bookmark 2 of the file"),
        ("list-item", "Bookmark 2 of the file"),
        ("huge-start", "“start”"),
        ("null-id", "“id”"),
        ("string-tags", "“tags”"),
        ("bad-time", "“created”"),
    ],
)
def test_a_malformed_export_is_refused_naming_its_first_bad_item(change: str, where: str) -> None:
    with pytest.raises(BookmarkError) as refused:
        from_json(_bad(change))
    message = str(refused.value)
    assert where in message, message
    if change in ("huge-start", "null-id", "string-tags", "bad-time"):
        assert message.startswith("Bookmark 2 of the file")
    assert message.endswith("use another export.") and "\n" not in message


def test_the_first_bad_item_is_named_whatever_the_field(tmp_path: Path) -> None:
    document = _document()
    document["bookmarks"][0]["tags"] = "abc"
    document["bookmarks"][1]["id"] = None
    with pytest.raises(BookmarkError, match=r"^Bookmark 1 of the file \(id [-0-9a-f]+\)"):
        from_json(json.dumps(document))


def test_a_refused_file_imports_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "lib"
    with Library(DataPaths(folder)) as library:
        store(library, episode())
    bad = tmp_path / "bad.json"
    bad.write_text(_bad("null-id"), encoding="utf-8")
    code = main(["bookmarks", "import", str(bad), "--data-dir", str(folder)])
    _, err = capsys.readouterr()
    assert (
        code == 1 and err.startswith("podreader: Bookmark 2 of the file") and "Traceback" not in err
    )
    with Library(DataPaths(folder)) as library:
        assert BookmarkStore(library).all() == []


def test_a_good_export_still_round_trips() -> None:
    made = [_made("tidal power"), _made("small island town")]
    assert from_json(to_json(made)) == made


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_never_start_a_formula(start: str) -> None:
    formula = f'{start}HYPERLINK("http://x","y")'
    bookmark = replace(_made(), note=formula, quote=formula, tags=[], episode_title=formula)
    rows = list(csv.DictReader(io.StringIO(to_csv([bookmark]))))
    for column in ("note", "quote", "episode_title"):
        assert rows[0][column] == "'" + formula
    assert rows[0]["start"] == str(bookmark.start)  # numbers stay numbers
