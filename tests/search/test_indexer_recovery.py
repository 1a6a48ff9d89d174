"""A damaged index is rebuilt from the library with a notice, never a crash."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search import storage
from podreader.search.engine import NOT_READY, SearchEngine
from podreader.search.indexer import update_index
from podreader.search.schema import SCHEMA_VERSION
from podreader.search.storage import DAMAGED_NOTICE
from tests.search.factories import make_episode, store


def delete_folder(folder: Path) -> None:
    shutil.rmtree(folder)


def empty_folder(folder: Path) -> None:
    for f in folder.iterdir():
        f.unlink()


def truncate_files(folder: Path) -> None:
    files = [f for f in folder.iterdir() if f.is_file() and f.stat().st_size]
    assert {f.suffix for f in files} >= {".toc", ".pst", ".trm", ".col"}
    for f in files:
        with f.open("r+b") as handle:
            handle.truncate(f.stat().st_size // 3)


def fill_with_garbage(folder: Path) -> None:
    for f in folder.iterdir():
        if f.is_file():
            f.write_bytes(os.urandom(f.stat().st_size or 64))
    (folder / "stray.bin").write_bytes(os.urandom(4096))


@pytest.fixture
def indexed(paths: DataPaths, library: Library) -> DataPaths:
    store(library, make_episode("ep", ["The tide tables were wrong that week."]))
    update_index(paths)
    return paths


@pytest.mark.parametrize(
    ("damage", "notice"),
    [
        (delete_folder, None),  # a missing index is simply built, as on the first start
        (empty_folder, None),
        (truncate_files, DAMAGED_NOTICE),
        (fill_with_garbage, DAMAGED_NOTICE),
    ],
)
def test_damaged_index_is_rebuilt(
    indexed: DataPaths,
    engine: SearchEngine,
    damage: Callable[[Path], None],
    notice: str | None,
) -> None:
    damage(indexed.index)
    before = engine.search("tide")
    assert (before.total, before.complete) == (0, False)
    assert before.notice == NOT_READY
    report = update_index(indexed)
    assert report.notice == notice
    assert report.indexed == 1
    after = engine.search("tide")
    assert (after.total, after.complete) == (1, True)


def test_damage_under_an_open_engine_is_reported_and_repaired(
    indexed: DataPaths, engine: SearchEngine
) -> None:
    assert engine.search("tide").total == 1
    fill_with_garbage(indexed.index)
    # Each search first reads the table of contents, to see whether segments changed.
    results = engine.search("tide")
    assert (results.total, results.notice, engine.damaged) == (0, NOT_READY, True)
    update_index(indexed)
    assert engine.search("tide").total == 1


def test_an_older_schema_version_is_replaced_without_a_notice(
    paths: DataPaths, library: Library
) -> None:
    store(library, make_episode("ep", ["The tide tables were wrong that week."]))
    paths.index.mkdir(parents=True, exist_ok=True)
    (paths.index / "_podreader_v1_4.toc").write_bytes(os.urandom(256))
    (paths.index / "podreader_v1_abc.seg").write_bytes(os.urandom(4096))
    report = update_index(paths)
    assert (report.indexed, report.notice) == (1, None)
    assert not (paths.index / "podreader_v1_abc.seg").exists()


def test_a_new_schema_version_rebuilds_the_index(
    indexed: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What SCHEMA_VERSION is raised for (renamed pickled classes, new documents) takes effect:
    the old index is dropped and the new one built from the library, without a notice."""
    old = set(indexed.index.iterdir())
    monkeypatch.setattr(storage, "INDEX_NAME", f"podreader_v{SCHEMA_VERSION + 1}")
    report = update_index(indexed)
    assert (report.indexed, report.notice) == (1, None)
    assert not old & set(indexed.index.iterdir())
    assert any(
        f.name.startswith(f"podreader_v{SCHEMA_VERSION + 1}") for f in indexed.index.iterdir()
    )
    engine = SearchEngine(indexed)
    assert engine.search("tide").total == 1
    engine.close()
