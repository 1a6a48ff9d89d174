"""Sentences marked for the window (podreader.messages) read as the same English everywhere else."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

from podreader.errors import ParseError
from podreader.formats import parse_bytes
from podreader.library.bookmarks import BookmarkError, place_quote
from podreader.library.export import from_json
from podreader.library.importer import EpisodeFiles, SourceFile, import_paths, parse_files
from podreader.library.opening import LibraryDamaged, LibraryError
from podreader.library.recovery import Recovery, recover
from podreader.library.schema import SCHEMA_VERSION
from podreader.library.store import Library
from podreader.messages import QT_TRANSLATE_NOOP, Message, sentence
from podreader.paths import DataPaths
from podreader.search.query import parse
from podreader.search.storage import unavailable
from tests.library.bookmark_texts import EPISODE_ID
from tests.library.bookmark_texts import episode as bookmark_episode
from tests.pages import make_page

#: Bad files and the English each refusal read before the refusals were marked for translation.
REFUSALS = {
    ("notes.txt", b"a shopping list\n"): (
        "This file is not a PodQuest episode page or a transcript podreader reads (WebVTT, SRT, "
        "JSON, HTML, TTML); save the episode page as text and import that."
    ),
    ("empty.txt", b"  \n"): "The file is empty; choose a saved PodQuest page instead.",
    ("a.vtt", b"WEBVTT\n\n"): (
        "The WebVTT file holds no transcript text; choose a file with cues."
    ),
    ("b.vtt", b"00:00:01.000 --> 00:00:02.000\nhi\n"): (
        "The WebVTT file has no WEBVTT header line; add 'WEBVTT' as its first line and "
        "import it again."
    ),
    ("a.json", b'{"segments": [}'): (
        "The JSON transcript file is not valid JSON (Expecting value); check the file."
    ),
    ("a.chapters.json", b'{"chapters": []}'): (
        "This is a chapters file without its transcript; put it beside the episode's transcript "
        "with the same name (or a .chapters.json ending) and import both."
    ),
    ("a.ttml", b'<!DOCTYPE tt [<!ENTITY a "b">]><tt xmlns="http://www.w3.org/ns/ttml"/>'): (
        "The TTML file declares a document type or entities, which podreader refuses for "
        "safety; remove the DOCTYPE and import it again."
    ),
    ("b.ttml", b'<tt xmlns="http://www.w3.org/ns/ttml"><body>'): (
        "The TTML file is not well-formed XML (no element found: line 1, column 44)."
    ),
    ("noise.txt", bytes(range(0x80, 0x100)) * 20): (
        "The file's text encoding could not be read; save it again as UTF-8."
    ),
}


@pytest.mark.parametrize(("file", "english"), REFUSALS.items(), ids=lambda f: str(f)[:30])
def test_a_refusal_reads_as_the_same_english(file: tuple[str, bytes], english: str) -> None:
    name, data = file
    with pytest.raises(ParseError) as raised:
        parse_bytes(data, name)
    assert str(raised.value) == english
    said = sentence(raised.value)
    assert isinstance(said, Message) and said.context == "Import"
    assert said == english and said.template.format(**said.arguments) == english


def test_a_refusal_survives_the_trip_back_from_an_import_worker() -> None:
    with pytest.raises(ParseError) as raised:
        parse_bytes(b"WEBVTT\n\n", "a.vtt")
    back = pickle.loads(pickle.dumps(raised.value))
    said = sentence(back)
    assert isinstance(said, Message)
    assert (said.context, said.template, said.arguments) == (
        "Import",
        "The {kind} file holds no transcript text; choose a file with cues.",
        {"kind": "WebVTT"},
    )
    assert str(back) == str(raised.value)


def test_an_import_result_keeps_the_marked_sentence(tmp_path: Path) -> None:
    library = Library(DataPaths(tmp_path / "data"))
    try:
        (result,) = import_paths(library, [tmp_path / "nope.txt"])
    finally:
        library.close()
    assert result.error == "The file does not exist; check the path."
    assert isinstance(result.error, Message)


def test_a_message_fills_only_named_placeholders() -> None:
    marked = QT_TRANSLATE_NOOP("Import", "The {kind} file ({error}).")
    assert marked == "The {kind} file ({error})."  # not yet filled: the template itself
    filled = marked.format(kind="SRT", error="bad time")
    assert (filled, filled.arguments) == (
        "The SRT file (bad time).",
        {"kind": "SRT", "error": "bad time"},
    )
    with pytest.raises(TypeError):
        marked.format("SRT")


def test_an_error_raised_with_plain_text_gives_that_text() -> None:
    assert sentence(ValueError("plain")) == "plain"
    assert sentence(ValueError("two", "parts")) == str(ValueError("two", "parts"))


def test_a_damaged_library_reads_as_the_same_english(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.library.parent.mkdir(parents=True, exist_ok=True)
    paths.library.write_bytes(b"not a database at all")
    with pytest.raises(LibraryDamaged) as raised:
        Library(paths)
    moved = raised.value.moved_to
    assert moved is not None
    assert str(raised.value) == (
        f"The library file is not a database; it was moved aside to {moved.name}; run "
        "'podreader recover' (or File > Recover Library in the window) to rebuild it from your "
        "kept pages and the latest bookmark backup."
    )
    said = sentence(raised.value)
    assert isinstance(said, Message) and said.context == "Library"
    assert said.arguments["problem"] == "The library file is not a database"


def test_search_notices_read_as_the_same_english() -> None:
    notice = parse("lang:fr in:nowhere words").notice
    assert notice == (
        "lang: takes en or zh, so 'fr' was left out. "
        "in: takes transcript, chapters or summary, so 'nowhere' was left out."
    )
    assert isinstance(notice, Message)
    assert [m.context for m in notice.arguments.values() if isinstance(m, Message)] == [
        "Search",
        "Search",
    ]


def test_a_refused_recovery_reads_as_the_same_english(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(parents=True)
    with pytest.raises(LibraryError) as raised:
        recover(paths)
    assert str(raised.value) == (
        "There are no kept pages and no bookmark backup to rebuild the library from; "
        "import your pages again."
    )
    said = sentence(raised.value)
    assert isinstance(said, Message) and said.context == "Library"


def test_a_read_only_index_reads_as_the_same_english(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    error = unavailable(PermissionError(13, "Permission denied"), paths)
    assert error is not None
    assert str(error) == (
        f"The data folder {paths.root} is read-only, so the search index cannot be updated; "
        "searching uses it as it is."
    )
    said = sentence(error)
    assert isinstance(said, Message) and said.context == "Search"


# -- warnings of files imported, and the sentences of bookmarks, recovery and the schema --------

#: A WebVTT file whose second (and third) cue has a time that cannot be read.
BAD_CUES = "WEBVTT\n\n00:01.000 --> 00:02.000\nKept.\n\n{bad}"
BAD_CUE = "00:0x.000 --> 00:03.000\nLost.\n\n"


@pytest.mark.parametrize(
    ("bad", "english"),
    [
        (1, "1 cue with an unreadable time was skipped."),
        (2, "2 cues with unreadable times were skipped."),
    ],
)
def test_an_import_warning_is_marked_and_counts_in_good_english(bad: int, english: str) -> None:
    episode = parse_bytes(BAD_CUES.format(bad=BAD_CUE * bad).encode(), "talk.vtt")
    (warning,) = episode.warnings
    assert warning == english
    assert isinstance(warning, Message) and warning.context == "Import"
    assert warning.arguments == {"count": bad}


def test_a_page_without_a_date_gets_a_marked_warning() -> None:
    episode = parse_bytes(make_page(date="").encode(), "page.txt")
    assert episode.warnings == ["The page has no publish date."]
    assert all(isinstance(w, Message) and w.context == "Import" for w in episode.warnings)


def test_warnings_survive_the_trip_back_from_an_import_worker(tmp_path: Path) -> None:
    """Parsed episodes come back from the worker processes pickled; their warnings stay
    translatable, and reach the import's results."""
    files = EpisodeFiles(SourceFile("talk.vtt", BAD_CUES.format(bad=BAD_CUE).encode(), "h"))
    back = pickle.loads(pickle.dumps(parse_files(files)))
    assert back.episode is not None
    (warning,) = back.episode.warnings
    assert isinstance(warning, Message)
    assert (warning.template, warning.arguments) == (
        "{count} cue with an unreadable time was skipped.",
        {"count": 1},
    )
    (tmp_path / "talk.vtt").write_bytes(files.main.data)
    library = Library(DataPaths(tmp_path / "data"))
    try:
        (result,) = import_paths(library, [tmp_path / "talk.vtt"])
    finally:
        library.close()
    assert result.status == "imported" and result.warnings == (warning,)
    assert isinstance(result.warnings[0], Message)


#: Bookmark exports refused, with the English they read before they were marked.
BOOKMARK_REFUSALS = {
    "not json": "The file is not JSON; choose a file made by "
    "'podreader bookmarks export --format json'.",
    '{"format": "podreader-bookmarks", "version": 99, "bookmarks": []}': (
        "The file was written by a newer podreader; update podreader to read it."
    ),
    '{"format": "podreader-bookmarks", "bookmarks": [{"id": "x"}]}': (
        "Bookmark 1 of the file (id x) is not valid ('episode_id' is a required property); "
        "fix that item or use another export."
    ),
    '{"format": "podreader-bookmarks", "bookmarks": [3]}': (
        "Bookmark 1 of the file is not valid (3 is not of type 'object'); "
        "fix that item or use another export."
    ),
    '{"format": "podreader-bookmarks", "bookmarks": 3}': (
        "The bookmark file is not valid (“bookmarks”: 3 is not of type 'array'); "
        "fix that item or use another export."
    ),
}


@pytest.mark.parametrize(("text", "english"), BOOKMARK_REFUSALS.items())
def test_a_bookmark_import_refusal_reads_as_the_same_english(text: str, english: str) -> None:
    with pytest.raises(BookmarkError) as raised:
        from_json(text)
    assert str(raised.value) == english
    said = sentence(raised.value)
    assert isinstance(said, Message) and said.context == "Bookmarks"
    where = said.arguments.get("where")
    assert where is None or (isinstance(where, Message) and where.context == "Bookmarks")


def test_a_quote_not_found_reads_as_the_same_english() -> None:
    with pytest.raises(BookmarkError) as raised:
        place_quote(bookmark_episode(), "words nobody said")
    said = sentence(raised.value)
    assert said == (
        f"The quote is not in episode {EPISODE_ID}; "
        f"copy it exactly from 'podreader show {EPISODE_ID}'."
    )
    assert isinstance(said, Message) and said.context == "Bookmarks"


def test_a_recovery_summary_reads_as_the_same_english(tmp_path: Path) -> None:
    summary = Recovery(
        episodes=3, pages=4, failed=[], bookmarks=2, backup=tmp_path / "b.json", moved_to=None
    ).summary()
    assert summary == (
        "Rebuilt the library: 3 episodes from 4 kept pages and 2 bookmarks from the backup b.json."
    )
    assert isinstance(summary, Message) and summary.context == "Library"
    assert isinstance(summary.arguments["bookmarks"], Message)


def test_a_recovery_summary_counts_in_good_english(tmp_path: Path) -> None:
    summary = Recovery(
        episodes=1, pages=1, failed=[], bookmarks=1, backup=tmp_path / "b.json", moved_to=None
    ).summary()
    assert summary == (
        "Rebuilt the library: 1 episode from 1 kept page and 1 bookmark from the backup b.json."
    )


def test_a_library_from_a_newer_podreader_is_refused_with_a_marked_sentence(
    tmp_path: Path,
) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(parents=True)
    conn = sqlite3.connect(paths.library)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(LibraryError) as raised:
        Library(paths)
    said = sentence(raised.value)
    assert said == (
        f"This library was written by a newer podreader (schema {SCHEMA_VERSION + 5}); "
        "update podreader to open it."
    )
    assert isinstance(said, Message) and said.context == "Library"
