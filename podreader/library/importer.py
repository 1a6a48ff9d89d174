"""The import pipeline: files and folders in, one result per file out.

file -> bytes -> (kept copy by content hash) -> formats.parse_bytes -> text.analyze -> Library.store

A bad file yields a ``failed`` result with one sentence and changes nothing; the files after it
go on. Each stored episode is one transaction, so stopping half-way leaves only whole episodes.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from podreader.formats import MAX_BYTES, ParseError, parse_with_format
from podreader.library.opening import write_problem
from podreader.library.store import Library, SourceInfo
from podreader.model import Episode
from podreader.processes import worker_pool
from podreader.text.analysis import ANALYSIS_VERSION, analyze

ImportStatus = Literal["imported", "updated", "unchanged", "failed"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: Path
    status: ImportStatus
    episode_id: str | None = None
    title: str | None = None
    error: str | None = None
    #: The library itself could not take the file (the disk is full): the files after it
    #: would fail the same way, so the import stops here.
    stops_import: bool = False

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file under the given files and folders, in a stable order; hidden entries skipped.

    A path that does not exist is yielded as it is, so that it gets its own ``failed`` result.
    """
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def _keep_source(library: Library, digest: str, data: bytes) -> None:
    """Write the original bytes once, atomically: a crash never leaves a partial kept file."""
    target = library.source_path(digest)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read(path: Path) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ParseError("The file does not exist; check the path.") from None
    except OSError as error:
        raise ParseError(f"The file could not be read ({error.strerror}); check it.") from None
    if stat.S_ISDIR(info.st_mode):
        raise ParseError("This is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        # Reading a named pipe waits for a writer that may never come; a device may never end.
        raise ParseError(
            "This is not a regular file (a named pipe, device or socket), so it was skipped; "
            "import the saved page itself."
        )
    if info.st_size > MAX_BYTES:
        raise ParseError(
            f"The file is larger than the {MAX_BYTES // (1024 * 1024)} MB limit for one episode "
            "page; choose the page itself."
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise ParseError(
            f"The file could not be read ({error.strerror}); check that you may read it."
        ) from None


@dataclass(frozen=True, slots=True)
class _Parsed:
    """A file read, parsed and analysed, ready to store: the part that can run in a worker."""

    episode: Episode
    format_name: str


def _parse(data: bytes) -> _Parsed:
    try:
        episode, format_name = parse_with_format(data)
        analyze(episode)
    except ParseError:
        raise
    except Exception as error:  # a bug on one odd page must not stop the files after it
        raise ParseError(
            f"podreader could not read this page ({type(error).__name__}: {error}); "
            "please report it with the file."
        ) from error
    return _Parsed(episode, format_name)


def _store(library: Library, path: Path, data: bytes, digest: str, parsed: _Parsed) -> ImportResult:
    try:
        _keep_source(library, digest, data)
        status = library.store(
            parsed.episode,
            SourceInfo(digest, len(data), path.name, parsed.format_name),
            ANALYSIS_VERSION,
        )
        if status != "unchanged":
            # The kept files' times then tell which copy of an episode was imported last,
            # which is the one a rebuild of the library from sources/ shows (recovery).
            os.utime(library.source_path(digest))
    except (OSError, sqlite3.Error) as error:
        return ImportResult(path, "failed", error=write_problem(error), stops_import=True)
    return ImportResult(path, status, parsed.episode.id, parsed.episode.title)


def _load(library: Library, path: Path) -> tuple[bytes, str] | ImportResult:
    """The file's bytes and hash, or its final result: unreadable, or the same bytes as an
    earlier import (nothing to parse or store)."""
    try:
        data = _read(path)
    except ParseError as error:
        return ImportResult(path, "failed", error=str(error))
    digest = hashlib.sha256(data).hexdigest()
    shown = library.shown_from(digest)
    if shown is not None:
        return ImportResult(path, "unchanged", shown.id, shown.title)
    return data, digest


def import_file(library: Library, path: Path) -> ImportResult:
    loaded = _load(library, path)
    if isinstance(loaded, ImportResult):
        return loaded
    data, digest = loaded
    try:
        parsed = _parse(data)
    except ParseError as error:
        return ImportResult(path, "failed", error=str(error))
    return _store(library, path, data, digest, parsed)


ProgressCallback = Callable[[int, int, ImportResult], None]

#: Below this many files a worker pool costs more to start than it saves.
POOL_THRESHOLD = 24


def import_paths(
    library: Library,
    paths: Iterable[Path],
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> list[ImportResult]:
    """Import every file under ``paths``; ``progress(done, total, result)`` after each file.

    Parsing and text analysis are CPU-bound, so large imports run them in worker processes
    (``workers``, default: one per core) while this thread reads files and stores results in
    order; every store is still one transaction, so a kill leaves only whole episodes.
    """
    files = list(discover(paths))
    workers = workers if workers is not None else os.cpu_count() or 1
    results: list[ImportResult] = []

    def report(result: ImportResult) -> None:
        results.append(result)
        if progress is not None:
            progress(len(results), len(files), result)

    def stop() -> bool:
        last = results[-1] if results else None
        return (last is not None and last.stops_import) or (cancelled is not None and cancelled())

    if workers < 2 or len(files) < POOL_THRESHOLD:
        for path in files:
            if stop():
                break
            report(import_file(library, path))
        return results

    with worker_pool(workers) as pool:
        pending: deque[tuple[Path, bytes, str, Future[_Parsed] | ImportResult]] = deque()
        queue = iter(files)
        window = workers * 4
        while True:
            while len(pending) < window and not stop():
                upcoming = next(queue, None)
                if upcoming is None:
                    break
                pending.append(_submit(pool, library, upcoming))
            if not pending:
                break
            path, data, digest, job = pending.popleft()
            if isinstance(job, ImportResult):
                report(job)
                continue
            try:
                parsed = job.result()
            except ParseError as error:
                report(ImportResult(path, "failed", error=str(error)))
            except BrokenProcessPool:
                report(
                    ImportResult(
                        path,
                        "failed",
                        error="The import worker stopped (out of memory?); import this file again.",
                    )
                )
            else:
                report(_store(library, path, data, digest, parsed))
            if stop():
                for *_, later in pending:
                    if isinstance(later, Future):
                        later.cancel()
                break
    return results


def _submit(
    pool: ProcessPoolExecutor, library: Library, path: Path
) -> tuple[Path, bytes, str, Future[_Parsed] | ImportResult]:
    loaded = _load(library, path)
    if isinstance(loaded, ImportResult):
        return path, b"", "", loaded
    data, digest = loaded
    try:
        return path, data, digest, pool.submit(_parse, data)
    except BrokenProcessPool:  # a worker died (out of memory?): go on in this process
        inline: Future[_Parsed] = Future()
        try:
            inline.set_result(_parse(data))
        except ParseError as error:
            inline.set_exception(error)
        return path, data, digest, inline
