"""Bringing the index in line with the library, incrementally and interruptibly.

Each episode's documents are replaced together with its fingerprint, so a cancelled or
crashed update leaves every episode either fully indexed at some revision or not at all, and the
next update finds exactly what is left to do.

Work is committed a chunk of episodes at a time (about CHUNK_BYTES of pages per writer), which
bounds the postings a writer holds in memory. Big updates give each chunk's episodes to worker
processes, one part each: every worker writes its own segment, and this process commits them
together with the deletions of the old documents. Workers are spawned (see
:mod:`podreader.processes`), so this is safe to run from the window's process.
"""

from __future__ import annotations

import gc
import math
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import Any

from whoosh.index import Index
from whoosh.writing import MERGE_SMALL, IndexWriter

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.processes import context, worker_pool
from podreader.search.documents import episode_documents
from podreader.search.storage import (
    fingerprints,
    index_lock,
    open_for_writing,
    open_index,
    unavailable,
)
from podreader.search.verification import index_readable
from podreader.search.writer import BulkWriter

#: done, total, estimated seconds left (None until there is something to estimate from).
ProgressCallback = Callable[[int, int, float | None], None]

#: How long an update waits for another process's update before giving up.
WRITER_WAIT_S = 120.0
#: From this many episodes on, worker processes pay for their start-up (about a second).
PARALLEL_FROM = 40
#: Page bytes per writer per commit. A writer holds its postings in memory, about 20 bytes
#: each and 200,000 per megabyte of text: 16 MB of pages is about 70 MB of postings.
CHUNK_BYTES = 16_000_000
#: How often the waiting process reports the workers' progress and checks for a cancel.
_POLL_S = 0.1


@dataclass(frozen=True, slots=True)
class UpdateReport:
    indexed: int
    removed: int
    #: Episodes this update did not reach (after a cancel); for a rebuild, some may still be
    #: indexed at their current revision from before.
    remaining: int
    #: One sentence for the user when something unusual happened (a damaged index was dropped).
    notice: str | None = None

    @property
    def complete(self) -> bool:
        return self.remaining == 0


@dataclass(frozen=True, slots=True)
class Backlog:
    stale: list[str]  # missing from the index, or indexed at another revision
    removed: list[str]  # in the index, no longer in the library

    def __bool__(self) -> bool:
        return bool(self.stale or self.removed)


def backlog(indexed: dict[str, int], revisions: dict[str, int]) -> Backlog:
    stale = sorted(eid for eid, rev in revisions.items() if indexed.get(eid) != rev)
    removed = sorted(eid for eid in indexed if eid not in revisions)
    return Backlog(stale, removed)


def _workers() -> int:
    return min(os.cpu_count() or 1, 4)


def update_index(
    paths: DataPaths,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    rebuild: bool = False,
    wait: float = WRITER_WAIT_S,
) -> UpdateReport:
    """Index what changed in the library since the last update (everything with ``rebuild``).

    Raises :class:`~podreader.search.storage.IndexBusy` if another process holds the index for
    longer than ``wait`` seconds, and the other kinds of
    :class:`~podreader.search.storage.IndexUnavailable` when the disk is full or the data
    folder cannot be written. Each chunk replaces its episodes' documents in one commit:
    searches meanwhile find every episode once (old version or new), and a cancelled update or
    rebuild keeps the chunks it finished.
    """
    try:
        return _update(paths, progress, cancelled, rebuild, wait)
    except OSError as error:  # a full disk, or a data folder that cannot be written
        problem = unavailable(error, paths)
        if problem is None:
            raise
        raise problem from error


def _update(
    paths: DataPaths,
    progress: ProgressCallback | None,
    cancelled: Callable[[], bool] | None,
    rebuild: bool,
    wait: float,
) -> UpdateReport:
    with index_lock(paths, wait), Library(paths) as library:
        # A rebuild replaces every episode's documents; it starts from an empty index when the
        # old one cannot be read whole, so that no damaged segment is kept or merged.
        ix, notice = open_for_writing(paths, fresh=rebuild and not index_readable(paths))
        try:
            with ix.searcher() as searcher:
                indexed = fingerprints(searcher)
            revisions = library.revisions()
            todo = backlog(indexed, revisions)
            if rebuild:
                todo = Backlog(sorted(revisions), todo.removed)
            if not todo:
                return UpdateReport(0, 0, 0, notice)
            tracker = _Tracker(len(todo.stale), progress, cancelled)
            workers = _workers() if len(todo.stale) >= PARALLEL_FROM else 1
            sizes = library.page_sizes()
            chunks = _split(todo.stale, sizes, CHUNK_BYTES * workers)
            job = _Job(ix, paths, library, revisions, tracker, wait)
            removed: Sequence[str] = todo.removed
            if workers > 1:
                job.in_workers(chunks, removed, sizes, workers)
            else:
                runs = chunks or [[]]  # with nothing stale, one run removes what left the library
                for i, chunk in enumerate(runs):
                    if tracker.halted:
                        break
                    job.here(chunk, removed, last=i == len(runs) - 1)
                    removed = ()
            return UpdateReport(
                tracker.done, len(todo.removed), tracker.total - tracker.done, notice
            )
        finally:
            ix.close()


def _split(ids: list[str], sizes: dict[str, int], limit: int) -> list[list[str]]:
    """``ids`` in order, cut into the fewest runs of about ``limit`` page bytes, evenly."""
    total = sum(sizes.get(eid, 0) for eid in ids)
    return _parts(ids, sizes, max(1, math.ceil(total / limit))) if ids else []


def _parts(ids: list[str], sizes: dict[str, int], count: int) -> list[list[str]]:
    """``ids`` in order, cut into at most ``count`` runs of about equal page bytes."""
    total = sum(sizes.get(eid, 0) for eid in ids) or 1
    parts: list[list[str]] = [[] for _ in range(count)]
    seen = 0
    for eid in ids:
        parts[min(count - 1, seen * count // total)].append(eid)
        seen += sizes.get(eid, 0)
    return [part for part in parts if part]


def _drop_emptied(writer: IndexWriter, segments: list[Any]) -> list[Any]:
    """Merge policy between chunks: drop segments whose every document has been replaced (as
    a rebuild leaves all the old ones), and merge nothing: later chunks may empty more."""
    return [s for s in segments if s.doc_count() > 0]


def _drop_emptied_and_merge(writer: IndexWriter, segments: list[Any]) -> list[Any]:
    """Merge policy of an update's last commit: Whoosh's usual one after dropping the emptied."""
    kept: list[Any] = MERGE_SMALL(writer, _drop_emptied(writer, segments))
    return kept


class _Tracker:
    """Episodes done (committed or being written), progress reports and the cancel check."""

    def __init__(
        self, total: int, progress: ProgressCallback | None, cancelled: Callable[[], bool] | None
    ) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled
        self.started = time.monotonic()
        #: Set once a cancel has been seen.
        self.halted = False
        self._reported = 0

    def stopped(self) -> bool:
        """Whether to stop: asks ``cancelled`` (once per call) until it says yes."""
        if not self.halted and self.cancelled is not None and self.cancelled():
            self.halted = True
        return self.halted

    def report(self, done: int) -> None:
        """Report ``done`` episodes, once: workers' progress is polled several times a second,
        and while a chunk is being committed the count stands still."""
        if self.progress is not None and done and done != self._reported:
            self._reported = done
            elapsed = time.monotonic() - self.started
            self.progress(done, self.total, elapsed / done * (self.total - done))


class _Job:
    """One update's writers: chunks written here, or by workers and committed here."""

    def __init__(
        self,
        ix: Index,
        paths: DataPaths,
        library: Library,
        revisions: dict[str, int],
        tracker: _Tracker,
        wait: float,
    ) -> None:
        self.ix = ix
        self.paths = paths
        self.library = library
        self.revisions = revisions
        self.tracker = tracker
        self.wait = wait

    def writer(self, chunk: Sequence[str], removed: Sequence[str]) -> BulkWriter:
        """A writer that has deleted the documents of ``chunk`` and of ``removed``."""
        writer = BulkWriter(self.ix, timeout=self.wait)
        for eid in [*removed, *chunk]:
            writer.delete_by_term("episode", eid)
        return writer

    def here(self, chunk: list[str], removed: Sequence[str], last: bool) -> None:
        """Write a chunk in this process; a cancel commits the episodes written so far."""
        tracker = self.tracker
        written: list[str] = []
        writer = self.writer([], removed)
        try:
            for eid in chunk:
                if tracker.stopped():
                    break
                writer.delete_by_term("episode", eid)
                add_episode(writer, self.library, eid, self.revisions[eid])
                written.append(eid)
                tracker.report(tracker.done + len(written))
        except BaseException:
            writer.cancel()
            raise
        self.commit(writer, [], last or tracker.halted)
        tracker.done += len(written)

    def in_workers(
        self,
        chunks: list[list[str]],
        removed: Sequence[str],
        sizes: dict[str, int],
        workers: int,
    ) -> None:
        """Write each chunk in worker processes, a part each; a cancel drops the chunk being
        written. If a worker dies (out of memory?), the rest is written here."""
        tracker = self.tracker
        counter = context.Value("i", 0)
        stop = context.Value("b", 0)
        with worker_pool(workers, _start_writer, (counter, stop)) as pool:
            for i, chunk in enumerate(chunks):
                if tracker.stopped():
                    break
                writer = self.writer(chunk, removed)
                try:
                    segments = self._segments(pool, _parts(chunk, sizes, workers), counter, stop)
                except BrokenProcessPool:
                    writer.cancel()
                    for j, rest in enumerate(chunks[i:], i):
                        if tracker.halted:
                            break
                        self.here(rest, removed, last=j == len(chunks) - 1)
                        removed = ()
                    return
                except BaseException:
                    writer.cancel()
                    raise
                if segments is None:  # cancelled
                    writer.cancel()
                    break
                self.commit(writer, segments, last=i == len(chunks) - 1)
                removed = ()
                tracker.done += len(chunk)

    def _segments(
        self,
        pool: Any,
        parts: list[list[str]],
        counter: Synchronized[int],
        stop: Synchronized[int],
    ) -> list[Any] | None:
        tracker = self.tracker
        counter.value = 0
        stop.value = 0
        jobs: list[Future[Any]] = [
            pool.submit(write_segment, str(self.paths.root), part, self.revisions) for part in parts
        ]
        while not all(job.done() for job in jobs):
            wait(jobs, timeout=_POLL_S)
            if tracker.stopped():
                stop.value = 1
            tracker.report(tracker.done + counter.value)
        results = [job.result() for job in jobs]
        tracker.report(tracker.done + counter.value)
        if not all(finished for finished, _ in results):  # a cancel reached a worker in time
            return None
        return [segment for _, segment in results if segment is not None]

    def commit(self, writer: BulkWriter, segments: list[Any], last: bool) -> None:
        if writer.added or writer.has_deletions() or segments:
            writer.commit_segments(segments, _drop_emptied_and_merge if last else _drop_emptied)
        else:
            writer.cancel()
        # Either way the writer has closed and let go of its searcher over every segment, which
        # holds reference cycles (about 150 MB for 1,000 episodes): without this, each chunk
        # left one more behind until Python's collector came by.
        gc.collect()


def add_episode(writer: IndexWriter, library: Library, episode_id: str, revision: int) -> None:
    episode = library.episode(episode_id)
    if episode is not None:  # deleted since its revision was read: nothing to index
        for doc in episode_documents(episode, revision):
            writer.add_document(**doc)


# In a worker process: the shared episode counter and stop flag.
_counter: Synchronized[int] | None = None
_stop: Synchronized[int] | None = None


def _start_writer(counter: Synchronized[int], stop: Synchronized[int]) -> None:
    global _counter, _stop
    _counter, _stop = counter, stop


def write_segment(
    root: str, episode_ids: list[str], revisions: dict[str, int]
) -> tuple[bool, Any | None]:
    """In a worker: write a segment of ``episode_ids``' documents, not yet part of the index
    (the updating process commits it). Returns whether every episode was written (False when
    stopped) and the segment (None when stopped or when there was nothing to write)."""
    assert _counter is not None and _stop is not None
    paths = DataPaths(Path(root))
    ix = open_index(paths)
    writer = BulkWriter.unlocked(ix)
    with Library(paths) as library:
        for eid in episode_ids:
            if _stop.value:
                break
            add_episode(writer, library, eid, revisions[eid])
            with _counter.get_lock():
                _counter.value += 1
        else:
            if writer.added:
                return True, writer.finalize_segment()
            _discard(writer)
            return True, None
    _discard(writer)
    return False, None


def _discard(writer: BulkWriter) -> None:
    # Not cancel(): that would also remove the temporary folder the updating process's writer
    # shares. The unfinished files go at the next commit, with every file the index does not list.
    writer.close_segment()
