"""A damaged index is rebuilt from the library with a notice, never a crash."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search.engine import NOT_READY, SearchEngine
from podreader.search.indexer import update_index
from podreader.search.storage import DAMAGED_NOTICE
from tests.search.factories import make_episode, store


def delete_folder(folder: Path) -> None:
    shutil.rmtree(folder)


def empty_folder(folder: Path) -> None:
    for f in folder.iterdir():
        f.unlink()


def truncate_files(folder: Path) -> None:
    for f in folder.iterdir():
        if f.is_file() and f.suffix in (".toc", ".seg"):
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
    results = engine.search("tide")  # may still read the old files it holds open
    assert results.total in (0, 1)
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
