"""Bringing the index in line with the library, incrementally and interruptibly.

Each episode's documents are replaced together with its fingerprint, so a cancelled or
crashed update leaves every episode either fully indexed at some revision or not at all, and the
next update finds exactly what is left to do. Big batches use two writer processes and
separate segments (``procs=2, multisegment=True``), which halves the time on two cores.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from whoosh.writing import CLEAR, IndexWriter

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search.documents import episode_documents
from podreader.search.storage import fingerprints, index_lock, open_for_writing

#: done, total, estimated seconds left (None until there is something to estimate from).
ProgressCallback = Callable[[int, int, float | None], None]

#: How long an update waits for another process's update before giving up.
WRITER_WAIT_S = 120.0
#: From this many episodes on, the parallel writer pays for its start-up.
PARALLEL_FROM = 40
_WRITER_MEMORY_MB = 256


@dataclass(frozen=True, slots=True)
class UpdateReport:
    indexed: int
    removed: int
    #: Episodes still not indexed at their current revision (after a cancel).
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


def _writer_procs(count: int) -> int:
    return 2 if count >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2 else 1


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
    longer than ``wait`` seconds. A rebuild replaces the old index only when it commits, so
    searches keep working on the old one meanwhile and a cancelled rebuild changes nothing.
    """
    with index_lock(paths, wait), Library(paths) as library:
        ix, notice = open_for_writing(paths)
        try:
            with ix.searcher() as searcher:
                indexed = {} if rebuild else fingerprints(searcher)
            revisions = library.revisions()
            todo = backlog(indexed, revisions)
            if not todo and not rebuild:
                return UpdateReport(0, 0, 0, notice)
            total = len(todo.stale)
            procs = _writer_procs(total)
            options = {"procs": procs, "multisegment": True} if procs > 1 else {}
            writer = ix.writer(timeout=wait, limitmb=_WRITER_MEMORY_MB, **options)
            try:
                done = _write(library, writer, todo, revisions, progress, cancelled)
            except BaseException:
                writer.cancel()
                raise
            if rebuild and done < total:
                writer.cancel()  # a partial rebuild would lose the rest of the old index
                return UpdateReport(0, 0, total, notice)
            writer.commit(mergetype=CLEAR if rebuild else None)
            return UpdateReport(done, 0 if rebuild else len(todo.removed), total - done, notice)
        finally:
            ix.close()


def _write(
    library: Library,
    writer: IndexWriter,
    todo: Backlog,
    revisions: dict[str, int],
    progress: ProgressCallback | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    for eid in todo.removed:
        writer.delete_by_term("episode", eid)
    total = len(todo.stale)
    started = time.monotonic()
    done = 0
    for eid in todo.stale:
        if cancelled is not None and cancelled():
            break
        writer.delete_by_term("episode", eid)
        episode = library.episode(eid)
        if episode is not None:  # deleted since revisions() was read: nothing to index
            for doc in episode_documents(episode, revisions[eid]):
                writer.add_document(**doc)
        done += 1
        if progress is not None:
            elapsed = time.monotonic() - started
            progress(done, total, elapsed / done * (total - done))
    return done
