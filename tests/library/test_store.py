from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from podreader.library.codec import episode_to_dict
from podreader.library.opening import LibraryDamaged
from podreader.library.schema import SCHEMA_VERSION, migrate
from podreader.library.store import Library, LibraryError
from podreader.paths import DataPaths

from .factories import make_episode, source_for


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(DataPaths(tmp_path))
    yield lib
    lib.close()


def test_round_trip_keeps_every_field(library: Library) -> None:
    episode = make_episode()
    assert library.store(episode, source_for("a"), 1) == "imported"
    loaded = library.episode(episode.id)
    assert loaded is not None
    assert episode_to_dict(loaded) == episode_to_dict(episode)


def test_same_source_is_unchanged_new_bytes_update(library: Library) -> None:
    episode = make_episode()
    assert library.store(episode, source_for("a"), 1) == "imported"
    assert library.store(episode, source_for("a"), 1) == "unchanged"
    revised = make_episode(body="second")
    assert revised.id == episode.id
    assert library.store(revised, source_for("b"), 1) == "updated"
    loaded = library.episode(episode.id)
    assert loaded is not None
    assert "second" in loaded.transcript.paragraphs[0].text
    assert library.count() == 1
    assert library.revisions()[episode.id] == 2
    # The older source stays kept and still points at the episode, which shows the newer one.
    older = library.conn.execute(
        "SELECT episode_id FROM sources WHERE hash = ?", (source_for("a").hash,)
    )
    assert older.fetchone()[0] == episode.id
    assert library.shown_from(source_for("b").hash) == library.summary(episode.id)
    assert library.shown_from(source_for("a").hash) is None


def test_summaries_and_delete(library: Library) -> None:
    one, two = make_episode("One"), make_episode("Two")
    library.store(one, source_for("1"), 1)
    library.store(two, source_for("2"), 1)
    summaries = {s.id: s for s in library.summaries()}
    assert summaries[one.id].languages == ("en", "zh-Hans")
    assert library.delete(one.id)
    assert not library.delete(one.id)
    assert library.episode(one.id) is None
    left = library.conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    assert left == len(two.transcript.paragraphs) + len(two.translations[0].paragraphs)
    assert library.conn.execute("SELECT count(*) FROM reading").fetchone()[0] == len(two.reading)


def test_summaries_of_some_episodes_and_page_sizes(library: Library) -> None:
    one, two = make_episode("One"), make_episode("Two")
    library.store(one, source_for("1"), 1)
    library.store(two, source_for("2"), 1)
    assert library.summaries_of([two.id, "missing"]) == {two.id: library.summary(two.id)}
    assert library.summaries_of([]) == {}
    assert library.page_sizes() == {
        one.id: source_for("1").size,
        two.id: source_for("2").size,
    }


def test_failed_store_leaves_nothing_half_written(library: Library) -> None:
    episode = make_episode()
    # Duplicate paragraph ids violate the primary key half-way through the inserts.
    episode.transcript.paragraphs.append(episode.transcript.paragraphs[0])
    with pytest.raises(sqlite3.IntegrityError):
        library.store(episode, source_for("a"), 1)
    assert library.count() == 0
    assert library.conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == 0
    assert library.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 0


def test_stale_analysis_and_replace(library: Library) -> None:
    episode = make_episode()
    library.store(episode, source_for("a"), 0)
    assert library.stale_analysis(1) == [episode.id]
    episode.chapters[0].paragraph = 0
    library.replace_analysis(episode, 1)
    assert library.stale_analysis(1) == []
    loaded = library.episode(episode.id)
    assert loaded is not None and loaded.chapters[0].paragraph == 0


def test_migrates_from_empty_database_step_by_step(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    assert migrate(conn) == 0
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert migrate(conn) == SCHEMA_VERSION  # idempotent
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"episodes", "sources", "tracks", "paragraphs", "reading"} <= tables


def test_version_one_library_upgrades_and_keeps_its_episodes(tmp_path: Path) -> None:
    from podreader.library import schema

    conn = sqlite3.connect(tmp_path / "library.sqlite3", isolation_level=None)
    conn.execute("BEGIN")
    for statement in schema._statements(schema.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO episodes (id, title, podcast, source_hash, languages, meta, imported_at, "
        "updated_at) VALUES ('e1', 'Old', 'Pod', 'h', 'en', "
        '\'{"people": [], "insights": [], "chapters": [], "warnings": []}\', \'now\', \'now\')'
    )
    conn.execute("COMMIT")
    conn.close()
    with Library(DataPaths(tmp_path)) as lib:
        assert lib.summary("e1") is not None
        assert lib.stale_analysis(1) == ["e1"]


def test_newer_schema_is_refused_with_a_sentence(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "library.sqlite3")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(LibraryError, match="newer podreader"):
        Library(DataPaths(tmp_path))


def test_garbage_file_is_a_library_error_and_is_moved_aside(tmp_path: Path) -> None:
    (tmp_path / "library.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="file is not a database; it was moved aside"):
        Library(DataPaths(tmp_path))
    (kept,) = tmp_path.glob("library.damaged-*.sqlite3")
    assert kept.read_bytes() == b"this is not sqlite" * 100


def test_garbage_file_opened_read_only_is_damage_left_in_place(tmp_path: Path) -> None:
    (tmp_path / "library.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryDamaged, match=r"^The library file is not a database; run") as raised:
        Library(DataPaths(tmp_path), read_only=True)
    assert raised.value.moved_to is None
    assert (tmp_path / "library.sqlite3").read_bytes() == b"this is not sqlite" * 100


def test_single_texts_for_search_snippets(library: Library) -> None:
    episode = make_episode()
    library.store(episode, source_for("a"), 1)
    assert library.reading_text(episode.id, 1) == episode.reading[1].text
    assert library.reading_text(episode.id, 99) is None
    summary = episode.translations[0]
    assert library.paragraph_text(episode.id, "summary", 1) == summary.paragraphs[1].text
    assert library.paragraph_text(episode.id, "en", 0) is None  # the transcript is not a track key
    assert [c.summary for c in library.chapters(episode.id)] == ["A walk by the river."]
    assert library.chapters("missing") == []


def test_data_version_moves_when_another_connection_commits(
    library: Library, tmp_path: Path
) -> None:
    before = library.data_version()
    with Library(DataPaths(tmp_path)) as other:
        other.store(make_episode(), source_for("x"), 1)
    assert library.data_version() != before
    assert library.integrity() == "ok"


#: Another process opening the library, listing its episodes and closing it (a CLI command).
_LIST = """
import sys
from pathlib import Path
from podreader.library.store import Library
from podreader.paths import DataPaths
with Library(DataPaths(Path(sys.argv[1]))) as library:
    print(len(library.summaries()))
"""


def _episodes_seen_by_another_process(folder: Path) -> int:
    listed = subprocess.run(
        [sys.executable, "-c", _LIST, str(folder)], capture_output=True, text=True, check=True
    )
    return int(listed.stdout)


def test_a_second_library_in_the_process_keeps_the_first_ones_commits_visible(
    library: Library, tmp_path: Path
) -> None:
    """The window holds a library open while a worker thread opens its own. Opening one must
    not touch the file outside SQLite: closing any descriptor of it drops the process's POSIX
    locks, another process's SQLite then deletes the WAL, and later commits are lost to it."""
    library.store(make_episode("One"), source_for("a"), 1)
    with Library(DataPaths(tmp_path)):  # the worker's own
        pass
    assert _episodes_seen_by_another_process(tmp_path) == 1
    library.store(make_episode("Two"), source_for("b"), 1)  # a bookmark, say, in the window
    assert _episodes_seen_by_another_process(tmp_path) == 2
