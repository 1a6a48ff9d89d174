"""Bringing the index in line with the library, incrementally and interruptibly.

Each episode's documents are replaced together with its fingerprint, so a cancelled or
crashed update leaves every episode either fully indexed at some revision or not at all, and the
next update finds exactly what is left to do. Big batches use two writer processes and
separate segments (``procs=2, multisegment=True``), which halves the time on two cores, and
commit a chunk of episodes at a time (CHUNK_BYTES), which keeps each writer's postings in memory.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from whoosh.writing import MERGE_SMALL, IndexWriter

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
_WRITER_MEMORY_MB = 384
#: Passage text (UTF-8) per commit. A writer keeps a segment's postings in memory up to
#: _WRITER_MEMORY_MB, then sorts them through temporary files, which made indexing 1,000
#: generated episodes (500 per writer process) about twice as slow per megabyte. 8 MB is about
#: 1.6 million postings, 0.8 million per writer process: half the limit, for text heavier in
#: terms than the generated archive's.
CHUNK_BYTES = 16_000_000


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
    longer than ``wait`` seconds. Work is committed a chunk of episodes at a time, each chunk
    replacing its episodes' documents in one commit: searches meanwhile find every episode once
    (old version or new), and a cancelled update or rebuild keeps the chunks it finished.
    """
    with index_lock(paths, wait), Library(paths) as library:
        ix, notice = open_for_writing(paths)
        try:
            with ix.searcher() as searcher:
                indexed = fingerprints(searcher)
            revisions = library.revisions()
            todo = backlog(indexed, revisions)
            if rebuild:
                todo = Backlog(sorted(revisions), todo.removed)
            if not todo:
                return UpdateReport(0, 0, 0, notice)
            total = len(todo.stale)
            procs = _writer_procs(total)
            options = {"procs": procs, "multisegment": True} if procs > 1 else {}
            episodes = _Episodes(library, todo.stale, revisions, progress, cancelled)
            removed = todo.removed
            while removed or episodes.more():
                writer = ix.writer(timeout=wait, limitmb=_WRITER_MEMORY_MB, **options)
                try:
                    for eid in removed:
                        writer.delete_by_term("episode", eid)
                    written = episodes.write_chunk(writer)
                except BaseException:
                    writer.cancel()
                    raise
                if written or removed:
                    writer.commit(mergetype=_drop_emptied)
                else:
                    writer.cancel()
                removed = []
                # A finished writer keeps its searcher over every segment (about 150 MB for
                # 1,000 episodes) in reference cycles; without this, each chunk added one.
                del writer
                gc.collect()
            return UpdateReport(episodes.done, len(todo.removed), total - episodes.done, notice)
        finally:
            ix.close()


def _drop_emptied(writer: IndexWriter, segments: list[Any]) -> list[Any]:
    """Whoosh's usual merge policy, after dropping segments whose every document has been
    replaced (as a rebuild leaves all the old ones)."""
    kept: list[Any] = MERGE_SMALL(writer, [s for s in segments if s.doc_count() > 0])
    return kept


class _Episodes:
    """The episodes to index, handed to writers a chunk at a time, with progress."""

    def __init__(
        self,
        library: Library,
        stale: list[str],
        revisions: dict[str, int],
        progress: ProgressCallback | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.library = library
        self.stale = stale
        self.revisions = revisions
        self.progress = progress
        self.cancelled = cancelled
        self.done = 0
        self.stopped = False
        self.started = time.monotonic()

    def more(self) -> bool:
        return not self.stopped and self.done < len(self.stale)

    def write_chunk(self, writer: IndexWriter) -> int:
        """Add episodes until about CHUNK_BYTES of text; returns how many were written."""
        written = size = 0
        total = len(self.stale)
        while self.more() and size < CHUNK_BYTES:
            if self.cancelled is not None and self.cancelled():
                self.stopped = True
                break
            eid = self.stale[self.done]
            writer.delete_by_term("episode", eid)
            episode = self.library.episode(eid)
            if episode is not None:  # deleted since revisions() was read: nothing to index
                for doc in episode_documents(episode, self.revisions[eid]):
                    writer.add_document(**doc)
                    size += len(doc.get("text", "").encode())
            self.done += 1
            written += 1
            if self.progress is not None:
                elapsed = time.monotonic() - self.started
                self.progress(self.done, total, elapsed / self.done * (total - self.done))
        return written
