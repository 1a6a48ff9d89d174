"""The import pipeline: files and folders in, one result per file out.

file -> bytes -> (kept copy by content hash) -> formats.parse_with_format -> text.analyze
-> Library.store

A bad file yields a ``failed`` result with one sentence and changes nothing; the files after it
go on. Each stored episode is one transaction, so stopping half-way leaves only whole episodes.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from podreader.formats import ParseError, check_size, parse_bytes, parse_with_format
from podreader.formats.opml import is_opml, read_subscriptions
from podreader.formats.podcast_json import read_chapters
from podreader.library.companions import Planned, plan, with_chapters, with_translation
from podreader.library.opening import database_problem
from podreader.library.podcasts import store_podcasts
from podreader.library.store import Library, SourceInfo
from podreader.messages import QT_TRANSLATE_NOOP, sentence
from podreader.model import Episode, Podcast
from podreader.paths import write_atomically
from podreader.processes import worker_pool
from podreader.text.analysis import ANALYSIS_VERSION, analyze
from podreader.text.decoding import decode

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
    #: What the parser left out or could not tell of a file it read (its sentences).
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file under the given files and folders, in a stable order; hidden entries and the
    asset folders of pages saved "complete" (``page_files`` beside ``page.html``) skipped.

    A path that does not exist is yielded as it is, so that it gets its own ``failed`` result.
    """
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and not _page_assets(d, files)
                )
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


#: What browsers name the folder of a page saved "complete": ``page_files`` beside ``page.html``.
_ASSET_FOLDER_ENDINGS = ("_files", "-Dateien", "_archivos", "_fichiers", ".files")
_PAGE_ENDINGS = (".html", ".htm", ".xhtml", ".shtml")


def _page_assets(folder: str, files: list[str]) -> bool:
    """Is ``folder`` the scripts, styles and images of a saved page among ``files``?"""
    for ending in _ASSET_FOLDER_ENDINGS:
        if folder.endswith(ending):
            page = folder[: -len(ending)]
            return any(page + suffix in files for suffix in _PAGE_ENDINGS)
    return False


def _keep_source(library: Library, digest: str, data: bytes) -> None:
    """Write the original bytes once, atomically: a crash never leaves a partial kept file."""
    target = library.source_path(digest)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data)


def _read(path: Path) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ParseError(
            QT_TRANSLATE_NOOP("Import", "The file does not exist; check the path.")
        ) from None
    except OSError as error:
        raise ParseError(
            QT_TRANSLATE_NOOP("Import", "The file could not be read ({reason}); check it.").format(
                reason=error.strerror
            )
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise ParseError(QT_TRANSLATE_NOOP("Import", "This is a folder, not a file."))
    if not stat.S_ISREG(info.st_mode):
        # Reading a named pipe waits for a writer that may never come; a device may never end.
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import",
                "This is not a regular file (a named pipe, device or socket), so it was skipped; "
                "import the saved page itself.",
            )
        )
    check_size(info.st_size)
    try:
        return path.read_bytes()
    except OSError as error:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "The file could not be read ({reason}); check that you may read it."
            ).format(reason=error.strerror)
        ) from None


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One file's name, bytes and SHA-256."""

    name: str
    data: bytes
    digest: str


@dataclass(frozen=True, slots=True)
class EpisodeFiles:
    """The bytes of one episode: its file, and its chapters file and translation if any."""

    main: SourceFile
    chapters: SourceFile | None = None
    partner: SourceFile | None = None

    @property
    def files(self) -> list[tuple[SourceFile, str | None]]:
        """Every file with the role it is kept under (None for the main file)."""
        extra = [(self.chapters, "chapters"), (self.partner, "translation")]
        return [(self.main, None), *((f, role) for f, role in extra if f is not None)]


@dataclass(frozen=True, slots=True)
class Parsed:
    """A file read, parsed and analysed, ready to store: the part that can run in a worker."""

    episode: Episode | None
    format_name: str
    #: What a subscription list (OPML) holds instead of an episode.
    podcasts: list[Podcast] = field(default_factory=list)


def parse_files(item: EpisodeFiles) -> Parsed:
    try:
        if is_opml(item.main.data):
            return Parsed(None, "opml", read_subscriptions(decode(item.main.data)))
        episode, format_name = parse_with_format(item.main.data, item.main.name)
        if item.partner is not None:
            with_translation(episode, parse_bytes(item.partner.data, item.partner.name))
        if item.chapters is not None:
            with_chapters(episode, read_chapters(decode(item.chapters.data)))
        analyze(episode)
    except ParseError:
        raise
    except Exception as error:  # a bug on one odd page must not stop the files after it
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import",
                "podreader could not read this page ({kind}: {error}); "
                "please report it with the file.",
            ).format(kind=type(error).__name__, error=str(error))
        ) from error
    return Parsed(episode, format_name)


def store_parsed(library: Library, path: Path, item: EpisodeFiles, parsed: Parsed) -> ImportResult:
    try:
        for file, _ in item.files:
            _keep_source(library, file.digest, file.data)
        main, *companions = [
            SourceInfo(f.digest, len(f.data), f.name, role or parsed.format_name)
            for f, role in item.files
        ]
        if parsed.episode is None:
            status = store_podcasts(library, parsed.podcasts, main)
            count = len(parsed.podcasts)
            title = f"{count} podcast{'' if count == 1 else 's'} of a subscription list"
            return ImportResult(path, status, title=title)
        status = library.store(parsed.episode, main, ANALYSIS_VERSION, companions)
        if status != "unchanged":
            # The kept files' times then tell which copy of an episode was imported last,
            # which is the one a rebuild of the library from sources/ shows (recovery).
            os.utime(library.source_path(main.hash))
    except (OSError, sqlite3.Error) as error:
        return ImportResult(
            path,
            "failed",
            error=database_problem(error, QT_TRANSLATE_NOOP("Library", "import again")),
            stops_import=True,
        )
    warnings = tuple(parsed.episode.warnings)
    return ImportResult(path, status, parsed.episode.id, parsed.episode.title, warnings=warnings)


def _read_file(path: Path) -> SourceFile:
    data = _read(path)
    return SourceFile(path.name, data, hashlib.sha256(data).hexdigest())


def _load(library: Library, planned: Planned) -> EpisodeFiles | ImportResult:
    """The episode's files, or its final result: unreadable, or the same bytes as an earlier
    import (nothing to parse or store)."""
    path = planned.path
    try:
        main = _read_file(path)
        item = EpisodeFiles(
            main,
            _read_file(planned.chapters) if planned.chapters else None,
            _read_file(planned.partner) if planned.partner else None,
        )
    except ParseError as error:
        return ImportResult(path, "failed", error=sentence(error))
    shown = library.shown_from(item.main.digest)
    if shown is not None and all(
        _kept_for(library, f) == shown.id for f, role in item.files if role
    ):
        return ImportResult(path, "unchanged", shown.id, shown.title)
    return item


def _kept_for(library: Library, file: SourceFile) -> str | None:
    """The episode a companion file (chapters, translation) was kept with, if it was."""
    row = library.conn.execute(
        "SELECT episode_id FROM sources WHERE hash = ?", (file.digest,)
    ).fetchone()
    return row[0] if row is not None and isinstance(row[0], str) else None


def import_file(library: Library, path: Path | Planned) -> ImportResult:
    planned = path if isinstance(path, Planned) else Planned(path)
    loaded = _load(library, planned)
    if isinstance(loaded, ImportResult):
        return loaded
    try:
        parsed = parse_files(loaded)
    except ParseError as error:
        return ImportResult(planned.path, "failed", error=sentence(error))
    return store_parsed(library, planned.path, loaded, parsed)


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
    files = plan(discover(paths))
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
        for planned in files:
            if stop():
                break
            report(import_file(library, planned))
        return results

    with worker_pool(workers) as pool:
        pending: deque[tuple[Path, EpisodeFiles | None, Future[Parsed] | ImportResult]] = deque()
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
            path, item, job = pending.popleft()
            if isinstance(job, ImportResult):
                report(job)
                continue
            assert item is not None  # a job is submitted only with the files it parses
            try:
                parsed = job.result()
            except ParseError as error:
                report(ImportResult(path, "failed", error=sentence(error)))
            except BrokenProcessPool:
                report(
                    ImportResult(
                        path,
                        "failed",
                        error=QT_TRANSLATE_NOOP(
                            "Import",
                            "The import worker stopped (out of memory?); import this file again.",
                        ),
                    )
                )
            else:
                report(store_parsed(library, path, item, parsed))
            if stop():
                for *_, later in pending:
                    if isinstance(later, Future):
                        later.cancel()
                break
    return results


def _submit(
    pool: ProcessPoolExecutor, library: Library, planned: Planned
) -> tuple[Path, EpisodeFiles | None, Future[Parsed] | ImportResult]:
    loaded = _load(library, planned)
    if isinstance(loaded, ImportResult):
        return planned.path, None, loaded
    try:
        return planned.path, loaded, pool.submit(parse_files, loaded)
    except BrokenProcessPool:  # a worker died (out of memory?): go on in this process
        inline: Future[Parsed] = Future()
        try:
            inline.set_result(parse_files(loaded))
        except ParseError as error:
            inline.set_exception(error)
        return planned.path, loaded, inline
