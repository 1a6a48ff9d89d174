"""Opening the index folder: create it when missing, rebuild it when damaged, one writer at a time.

The library is the source of truth, so a damaged index (deleted, truncated, overwritten with
garbage, or from an older schema) is never an error for the user: it is emptied and refilled.
"""

from __future__ import annotations

import errno
import gc
import shutil
import time
import warnings
from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.searching import Searcher
from whoosh.util.filelock import FileLock

from podreader.messages import QT_TRANSLATE_NOOP
from podreader.paths import DataPaths
from podreader.search.schema import EPISODE, INDEX_NAME, build_schema
from podreader.search.whoosh_internals import index_segments

T = TypeVar("T")

DAMAGED_NOTICE = QT_TRANSLATE_NOOP(
    "Search", "The search index could not be read, so it is being rebuilt from the library."
)
#: The start of the sentences for a data folder that cannot be written.
READ_ONLY = QT_TRANSLATE_NOOP(
    "Search", "The data folder {root} is read-only, so the search index cannot be updated"
)
#: Shown in place of "no passages match" too, when the index lacks episodes for want of space.
DISK_FULL = QT_TRANSLATE_NOOP(
    "Search",
    "The disk is full, so the search index cannot be built or updated; "
    "free some space and search again.",
)


class IndexUnavailable(RuntimeError):
    """The index cannot be updated now; ``str()`` is one sentence for the user."""


class IndexBusy(IndexUnavailable):
    """Another podreader (window or command) is updating the index."""


class IndexReadOnly(IndexUnavailable):
    """The data folder cannot be written, so the index cannot be updated (searching works)."""


class IndexDiskFull(IndexUnavailable):
    """The disk filled up while the index was being written; what was committed is kept."""


class IndexDamaged(RuntimeError):
    """The index cannot be read; :func:`podreader.search.indexer.update_index` rebuilds it."""


def lock_path(paths: DataPaths) -> Path:
    # Beside the index folder, not inside it: repairing the index empties that folder.
    return paths.root / "index.lock"


def damage_mark(paths: DataPaths) -> Path:
    """Left by a search that met damage, so that the next update rebuilds the whole index:
    damage in posting lists shows only when they are read, and opening the index for an
    update reads none of them."""
    return paths.root / "index.damaged"


def mark_damaged(paths: DataPaths) -> None:
    # In a read-only data folder the index cannot be rebuilt anyway.
    with suppress(OSError):
        damage_mark(paths).touch()


def unavailable(error: OSError, paths: DataPaths) -> IndexUnavailable | None:
    """The sentence for a failure to write the index, when it has one."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return IndexDiskFull(DISK_FULL)
    if isinstance(error, PermissionError) or error.errno == errno.EROFS:
        return IndexReadOnly(
            QT_TRANSLATE_NOOP("Search", "{problem}; searching uses it as it is.").format(
                problem=READ_ONLY.format(root=str(paths.root))
            )
        )
    return None


@contextmanager
def index_lock(paths: DataPaths, wait: float) -> Iterator[None]:
    """Hold the inter-process index lock, waiting up to ``wait`` seconds for another holder."""
    paths.root.mkdir(parents=True, exist_ok=True)
    path = lock_path(paths)
    if path.is_dir() and not path.is_symlink():  # not ours to keep: the lock is a file
        shutil.rmtree(path)
    lock = FileLock(str(path))
    deadline = time.monotonic() + wait
    while not lock.acquire(blocking=False):
        if time.monotonic() >= deadline:
            raise IndexBusy(
                QT_TRANSLATE_NOOP(
                    "Search",
                    "Another podreader is updating the search index; try again when it has "
                    "finished.",
                )
            )
        time.sleep(0.05)
    try:
        yield
    finally:
        lock.release()


def fingerprints(searcher: Searcher) -> dict[str, int]:
    """Episode id -> library revision it was indexed from."""
    return indexed_episodes(searcher).revisions


@dataclass(frozen=True, slots=True)
class IndexedEpisodes:
    #: Episode id -> library revision it was indexed from.
    revisions: dict[str, int]
    #: Episode id -> the global document numbers its live documents are among.
    spans: dict[str, range]
    #: Document number of each live episode document -> its episode id.
    owners: dict[int, str]


def indexed_episodes(searcher: Searcher) -> IndexedEpisodes:
    """The fingerprints, and where each episode's documents are, in one pass.

    An episode's documents are written together, its episode document first (see
    :func:`~podreader.search.documents.episode_documents`), and merging segments keeps their
    order; so an episode's live passages are those after its episode document and before the
    next live one or the end of the segment.
    """
    revisions: dict[str, int] = {}
    starts: list[tuple[int, str]] = []
    for docnum in searcher.document_numbers(kind=EPISODE):
        fields = searcher.stored_fields(docnum)
        revisions[fields["episode"]] = fields["revision"]
        starts.append((docnum, fields["episode"]))
    ends = {offset + reader.doc_count_all() for reader, offset in searcher.reader().leaf_readers()}
    bounds = sorted(ends.union(docnum for docnum, _ in starts))
    spans = {eid: range(docnum, bounds[bisect_right(bounds, docnum)]) for docnum, eid in starts}
    return IndexedEpisodes(revisions, spans, {docnum: eid for docnum, eid in starts})


def reading_damage(read: Callable[[], T]) -> T:
    """``read()``, with any failure to read the index turned into IndexDamaged.

    Whoosh reports damage with whatever the broken file provokes (EOFError, struct.error,
    pickle errors, KeyError, OSError, ...), and leaves open the file it failed to read; that
    file is closed, unreported, when the failure is dropped at the end of the except clause.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return read()
        except Exception as error:
            reason = f"{type(error).__name__}: {error}"
        gc.collect()
    raise IndexDamaged(reason)


def _storage(paths: DataPaths) -> FileStorage:
    # Without memory mapping: Whoosh maps each segment file whole, and opening a searcher on
    # 1,000 episodes took the process from 35 MB to 323 MB; read as files, 34 MB.
    return FileStorage(str(paths.index), supports_mmap=False)


def open_index(paths: DataPaths) -> Index:
    """Open the index as it is (raises Whoosh's errors if there is none)."""
    return _storage(paths).open_index(INDEX_NAME)


def open_existing(paths: DataPaths) -> Index:
    """Open the index for reading; raise IndexDamaged if it is missing or unreadable."""

    def read() -> Index:
        ix = open_index(paths)
        with ix.searcher() as searcher:
            fingerprints(searcher)  # touches the stored fields of every segment
        return ix

    return reading_damage(read)


def segment_ids(ix: Index) -> set[str]:
    """Names of the segments the index consists of now; a rebuild or merge changes them."""
    return reading_damage(lambda: {segment.segment_id() for segment in index_segments(ix)})


def open_for_writing(paths: DataPaths, fresh: bool = False) -> tuple[Index, str | None]:
    """Open the index, or start an empty one (always with ``fresh``); the notice says when a
    damaged one was dropped.

    Call with :func:`index_lock` held, since a repair empties the folder.
    """
    folder = paths.index
    mark = damage_mark(paths)
    damaged = mark.exists()
    if folder.exists() and not folder.is_dir():  # not ours: the index is a folder
        folder.unlink()
        damaged = True
    had_files = folder.is_dir() and any(folder.iterdir())
    # Whoosh names each generation's table of contents _<indexname>_<generation>.toc. Without
    # one there is no index of this schema version (none yet, or an older version's files):
    # building it is routine, not a repair to tell the user about.
    had_index = had_files and any(folder.glob(f"_{INDEX_NAME}_*.toc"))
    if had_files and not (fresh or damaged):
        try:
            return open_existing(paths), None
        except IndexDamaged:
            damaged = had_index
    if had_files:
        clear(folder)
    folder.mkdir(parents=True, exist_ok=True)
    ix = _storage(paths).create_index(build_schema(), indexname=INDEX_NAME)
    mark.unlink(missing_ok=True)  # the new index holds nothing damaged
    return ix, DAMAGED_NOTICE if damaged and not fresh else None


def clear(folder: Path) -> None:
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
