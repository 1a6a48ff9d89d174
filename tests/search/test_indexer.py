from __future__ import annotations

import threading
from concurrent.futures.process import BrokenProcessPool

import pytest

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search import indexer
from podreader.search.engine import SearchEngine, SearchOptions
from podreader.search.indexer import update_index
from podreader.search.storage import (
    IndexBusy,
    fingerprints,
    index_lock,
    open_existing,
    segment_ids,
)
from tests.search.factories import make_episode, store


def episodes(n: int) -> list[str]:
    return [f"ep{i:03d}" for i in range(n)]


def fill(library: Library, n: int, word: str = "lantern") -> None:
    for eid in episodes(n):
        store(library, make_episode(eid, [f"Episode {eid} talks about the {word}."]))


def indexed_revisions(paths: DataPaths) -> dict[str, int]:
    ix = open_existing(paths)
    with ix.searcher() as searcher:
        found = fingerprints(searcher)
    ix.close()
    return found


def test_first_update_indexes_everything_with_progress(paths: DataPaths, library: Library) -> None:
    fill(library, 3)
    seen: list[tuple[int, int]] = []
    report = update_index(paths, lambda done, total, eta: seen.append((done, total)))
    assert (report.indexed, report.removed, report.complete) == (3, 0, True)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert indexed_revisions(paths) == library.revisions()
    assert update_index(paths).indexed == 0  # nothing changed: nothing to do


def test_reimport_replaces_only_that_episodes_passages(
    paths: DataPaths, library: Library, engine: SearchEngine
) -> None:
    fill(library, 3)
    update_index(paths)
    store(library, make_episode("ep001", ["Now it talks about a compass."]))
    report = update_index(paths)
    assert report.indexed == 1
    assert {g.episode_id for g in engine.search("lantern").groups} == {"ep000", "ep002"}
    assert [g.episode_id for g in engine.search("compass").groups] == ["ep001"]
    assert indexed_revisions(paths)["ep001"] == 2


def test_deleted_episodes_leave_the_index(
    paths: DataPaths, library: Library, engine: SearchEngine
) -> None:
    fill(library, 2)
    update_index(paths)
    library.delete("ep000")
    assert update_index(paths).removed == 1
    assert [g.episode_id for g in engine.search("lantern").groups] == ["ep001"]


def test_cancel_keeps_what_was_done_and_the_next_update_finishes(
    paths: DataPaths, library: Library
) -> None:
    fill(library, 5)
    calls = iter(range(100))
    report = update_index(paths, cancelled=lambda: next(calls) >= 2)
    assert (report.indexed, report.remaining) == (2, 3)
    assert len(indexed_revisions(paths)) == 2
    assert update_index(paths).indexed == 3


def test_parallel_writer_for_big_batches(
    paths: DataPaths, library: Library, engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexer, "PARALLEL_FROM", 2)
    fill(library, 6)
    seen: list[int] = []
    assert update_index(paths, lambda done, total, eta: seen.append(done)).indexed == 6
    assert seen == sorted(set(seen)) and seen[-1] == 6  # each count once, in order, to the end
    assert engine.search("lantern", SearchOptions(limit=50)).total == 6


def test_cancelled_parallel_update_drops_the_unfinished_chunk(
    paths: DataPaths, library: Library, engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexer, "PARALLEL_FROM", 2)
    monkeypatch.setattr(indexer, "CHUNK_BYTES", 10)  # one episode per worker per chunk
    fill(library, 6)
    seen: list[int] = []
    report = update_index(
        paths,
        lambda done, total, eta: seen.append(done),
        cancelled=lambda: bool(seen) and max(seen) >= 2,
    )
    assert 2 <= report.indexed < 6 and report.indexed % 2 == 0  # whole chunks only
    assert len(indexed_revisions(paths)) == report.indexed
    assert engine.search("lantern", SearchOptions(limit=50)).total == report.indexed
    assert update_index(paths).indexed == 6 - report.indexed
    assert engine.search("lantern", SearchOptions(limit=50)).total == 6


def test_a_broken_worker_pool_leaves_the_rest_to_this_process(
    paths: DataPaths, library: Library, engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexer, "PARALLEL_FROM", 2)
    monkeypatch.setattr(indexer, "CHUNK_BYTES", 10)

    def broken(*args: object) -> None:
        raise BrokenProcessPool("a worker died")

    monkeypatch.setattr(indexer._Job, "_segments", broken)
    fill(library, 4)
    assert update_index(paths).complete
    assert engine.search("lantern", SearchOptions(limit=50)).total == 4


def test_rebuild_replaces_everything_and_cancelled_rebuild_changes_nothing(
    paths: DataPaths, library: Library, engine: SearchEngine
) -> None:
    fill(library, 3)
    update_index(paths)
    report = update_index(paths, cancelled=lambda: True, rebuild=True)
    assert report.indexed == 0
    assert engine.search("lantern").total == 3
    assert update_index(paths, rebuild=True).indexed == 3
    assert engine.search("lantern").total == 3


def test_a_second_writer_waits_for_the_first(paths: DataPaths, library: Library) -> None:
    fill(library, 4)
    started, release = threading.Event(), threading.Event()
    results: list[object] = []

    def slow_progress(done: int, total: int, eta: float | None) -> None:
        started.set()
        release.wait(10)

    first = threading.Thread(target=lambda: results.append(update_index(paths, slow_progress)))
    first.start()
    assert started.wait(10)
    with pytest.raises(IndexBusy):
        update_index(paths, wait=0.2)  # a command that will not wait is told so
    second = threading.Thread(target=lambda: results.append(update_index(paths, wait=30)))
    second.start()
    release.set()
    first.join(30)
    second.join(30)
    assert len(results) == 2
    assert indexed_revisions(paths) == library.revisions()


def test_lock_is_shared_between_lock_holders(paths: DataPaths) -> None:
    with index_lock(paths, wait=0), pytest.raises(IndexBusy), index_lock(paths, wait=0.1):
        pass


def test_big_updates_commit_in_chunks_and_a_rebuild_drops_the_old_segments(
    paths: DataPaths, library: Library, engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexer, "CHUNK_BYTES", 20)  # two episodes of fill(): 8-9 byte pages
    fill(library, 5)
    cancels = iter(range(100))
    report = update_index(paths, cancelled=lambda: next(cancels) >= 4)
    assert (report.indexed, report.remaining) == (4, 1)  # the finished chunks are kept
    assert update_index(paths).indexed == 1
    ix = open_existing(paths)
    before = segment_ids(ix)
    ix.close()
    assert len(before) >= 2
    assert update_index(paths, rebuild=True).indexed == 5
    ix = open_existing(paths)
    after = segment_ids(ix)
    ix.close()
    assert not before & after  # every old document was replaced, so its segment went
    assert engine.search("lantern", SearchOptions(limit=50)).total == 5
