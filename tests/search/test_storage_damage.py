"""Every damage the search engine meets is noticed, said in one sentence, and repaired.

Damage that opening the index does not read (posting lists, a renamed class they were pickled
with, the date column) shows in a search: the window's engine marks the index for a full
rebuild and asks for an update; ``podreader search`` says to run ``reindex``; ``check``
reads enough to notice it; and the next update (or ``reindex``) rebuilds everything.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from podreader.cli import main
from podreader.commands.output import INDEX_DAMAGED
from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search import storage, writer
from podreader.search.engine import DAMAGED, SearchEngine, SearchOptions
from podreader.search.indexer import update_index
from podreader.search.storage import DAMAGED_NOTICE, IndexDiskFull, damage_mark
from tests.search.factories import make_episode, store

LINES = [f"The tide tables were wrong in week {n}, said the harbour master." for n in range(30)]


@pytest.fixture
def indexed(paths: DataPaths, library: Library) -> DataPaths:
    for n in range(3):
        store(library, make_episode(f"ep{n}", LINES, title=f"Tides {n}"))
    update_index(paths)
    return paths


def run(capsys: pytest.CaptureFixture[str], paths: DataPaths, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(paths.root)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def one_sentence(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("podreader: "), err
    return err


def postings_file(paths: DataPaths) -> Path:
    (found,) = paths.index.glob("*.pst")
    return found


def truncate_postings(paths: DataPaths) -> Iterator[None]:
    target = postings_file(paths)
    with target.open("r+b") as handle:
        handle.truncate(target.stat().st_size // 3)
    yield


def rename_a_pickled_class(paths: DataPaths) -> Iterator[None]:
    """As if PackedValues had been renamed without raising SCHEMA_VERSION."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delattr(writer, "PackedValues")
        yield


def garbage_in_the_date_column(paths: DataPaths) -> Iterator[None]:
    (column,) = paths.index.glob("*.date.col")
    size = column.stat().st_size
    column.write_bytes(os.urandom(size))
    yield


Damage = Callable[[DataPaths], Iterator[None]]
READ_DAMAGE = [truncate_postings, rename_a_pickled_class, garbage_in_the_date_column]


@pytest.mark.parametrize("damage", READ_DAMAGE)
def test_damage_found_by_a_search_marks_the_index_for_a_full_rebuild(
    indexed: DataPaths, damage: Damage
) -> None:
    engine = SearchEngine(indexed)
    harm = damage(indexed)
    next(harm)
    results = engine.search("tide", SearchOptions(sort="date"))
    assert (results.total, results.notice, engine.damaged) == (0, DAMAGED, True)
    assert damage_mark(indexed).exists()
    harm.close()  # a renamed class is back: the update can write blocks again
    report = update_index(indexed)
    assert (report.indexed, report.notice) == (3, DAMAGED_NOTICE)
    assert not damage_mark(indexed).exists()
    assert engine.search("tide", SearchOptions(sort="date")).total == 90
    engine.close()


@pytest.mark.parametrize("damage", READ_DAMAGE)
def test_check_notices_damage_and_search_says_to_reindex_which_repairs_it(
    indexed: DataPaths, damage: Damage, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, indexed, "check")[0] == 0
    harm = damage(indexed)
    next(harm)
    code, _, err = run(capsys, indexed, "check")
    assert code == 1 and one_sentence(err) == f"podreader: {INDEX_DAMAGED}\n"
    code, _, err = run(capsys, indexed, "search", "tide", "--sort", "date")
    assert code == 1 and one_sentence(err) == f"podreader: {INDEX_DAMAGED}\n"
    harm.close()
    code, out, _ = run(capsys, indexed, "reindex")
    assert (code, out) == (0, "Rebuilt the search index: 3 episodes.\n")
    assert run(capsys, indexed, "check")[0] == 0
    code, out, _ = run(capsys, indexed, "search", "tide", "--sort", "date")
    assert code == 0 and "90 matching passages." in out


def index_as_a_file(paths: DataPaths) -> None:
    storage.clear(paths.index)
    paths.index.rmdir()
    paths.index.write_bytes(b"not a folder")


def lock_as_a_folder(paths: DataPaths) -> None:
    storage.lock_path(paths).unlink(missing_ok=True)
    (storage.lock_path(paths) / "inside").mkdir(parents=True)


@pytest.mark.parametrize("damage", [index_as_a_file, lock_as_a_folder])
def test_odd_files_in_place_of_the_index_are_reported_and_repaired(
    indexed: DataPaths, damage: Callable[[DataPaths], None], capsys: pytest.CaptureFixture[str]
) -> None:
    damage(indexed)
    code, _, err = run(capsys, indexed, "check")
    assert code == 1 and one_sentence(err) == f"podreader: {INDEX_DAMAGED}\n"
    code, out, _ = run(capsys, indexed, "reindex")
    assert (code, out) == (0, "Rebuilt the search index: 3 episodes.\n")
    assert run(capsys, indexed, "check")[0] == 0
    damage(indexed)
    code, out, _ = run(capsys, indexed, "search", "tide")  # its catch-up repairs it too
    assert code == 0 and "90 matching passages." in out


def test_a_full_disk_during_an_update_is_one_sentence_and_keeps_the_index(
    indexed: DataPaths, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    store(library, make_episode("late", ["A tide that came late."]))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writer.BulkWriter, "add_document", full)
        with pytest.raises(IndexDiskFull):
            update_index(indexed)
        code, out, err = run(capsys, indexed, "search", "tide")
        assert code == 0 and "90 matching passages." in out  # what was indexed before
        assert "The disk is full" in one_sentence(err)
        code, _, err = run(capsys, indexed, "reindex")
        assert code == 1 and "The disk is full" in one_sentence(err)
    assert update_index(indexed).indexed == 1  # once there is space again


def test_a_read_only_data_folder_is_searched_without_writing(
    indexed: DataPaths, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    def refused(*args: object, **kwargs: object) -> bool:
        raise PermissionError(errno.EACCES, "Permission denied", str(storage.lock_path(indexed)))

    # Tests run as root, who may write anywhere: the lock refuses as a read-only folder would.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(storage.FileLock, "acquire", refused)
        code, out, err = run(capsys, indexed, "search", "tide")
        assert (code, err) == (0, "")
        assert "90 matching passages." in out
        code, _, err = run(capsys, indexed, "reindex")
        assert code == 1 and "is read-only" in one_sentence(err)
        store(library, make_episode("late", ["A late tide."]))  # the index lags behind now
        code, out, err = run(capsys, indexed, "search", "tide")
        assert code == 0 and "90 matching passages." in out and "being updated" not in out
        assert "is read-only" in one_sentence(err) and "may miss recent imports" in err


def test_a_full_disk_with_no_index_never_says_that_nothing_matches(
    paths: DataPaths, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    store(library, make_episode("ep0", LINES))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writer.BulkWriter, "add_document", full)
        code, out, err = run(capsys, paths, "search", "tide")
    assert (code, out) == (1, "")
    assert one_sentence(err) == f"podreader: {storage.DISK_FULL}\n"
    assert run(capsys, paths, "search", "tide")[0] == 0  # once there is space again
