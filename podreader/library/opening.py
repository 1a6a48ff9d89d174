"""Opening the library file: for writing, read-only, or not at all when it is damaged.

The library is never replaced silently. A file that is not a SQLite database, an emptied one
(0 bytes) or a missing one while ``sources/`` still holds kept pages is reported in one
sentence, and a damaged file is moved aside, never deleted, for ``podreader recover`` to
rebuild the library from the kept pages and the latest bookmark backup.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from podreader.messages import QT_TRANSLATE_NOOP, Message, sentence
from podreader.paths import DataPaths

#: How long a writer waits for another process (the window, a command-line import) to finish.
BUSY_TIMEOUT_S = 60.0


#: The first 16 bytes of every SQLite database file.
class LibraryError(RuntimeError):
    """The library cannot be opened or written. ``str(error)`` is one sentence for the user."""


class LibraryDamaged(LibraryError):
    """The library file is damaged, emptied or missing while kept pages exist: recover it."""

    def __init__(self, message: str, moved_to: Path | None = None) -> None:
        super().__init__(message)
        #: Where the damaged file now is, if it was moved aside.
        self.moved_to = moved_to


def damaged(problem: Message, moved_to: Path | None = None) -> LibraryDamaged:
    """The one sentence for a damaged library: what is wrong (``problem``, a clause such as
    "The library file is not a database"), where the file went, what to do."""
    if moved_to is None:
        sentence = QT_TRANSLATE_NOOP(
            "Library",
            "{problem}; run 'podreader recover' (or File > Recover Library in the window) to "
            "rebuild it from your kept pages and the latest bookmark backup.",
        ).format(problem=problem)
    else:
        sentence = QT_TRANSLATE_NOOP(
            "Library",
            "{problem}; it was moved aside to {name}; run 'podreader recover' (or File > "
            "Recover Library in the window) to rebuild it from your kept pages and the latest "
            "bookmark backup.",
        ).format(problem=problem, name=moved_to.name)
    return LibraryDamaged(sentence, moved_to)


def damaged_file(detail: str) -> Message:
    """The clause for a library file SQLite found damaged; ``detail`` is SQLite's own words."""
    return QT_TRANSLATE_NOOP("Library", "The library file is damaged ({detail})").format(
        detail=detail
    )


def damage(error: sqlite3.DatabaseError) -> Message:
    """The clause for a file SQLite refused to open as damaged (see :func:`is_damage`)."""
    if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
        return QT_TRANSLATE_NOOP("Library", "The library file is not a database")
    return damaged_file(str(error))


#: A change asked of a library that is open read-only (the window writes to it directly).
READ_ONLY = QT_TRANSLATE_NOOP(
    "Library", "The library is read-only; make the data folder writable and try again."
)


#: What the full disk's sentence asks the user to do again, unless told otherwise.
TRY_AGAIN = QT_TRANSLATE_NOOP("Library", "try again")


def database_problem(error: sqlite3.Error | OSError, retry: str = TRY_AGAIN) -> str:
    """One sentence for a failed write to the data folder: what happened, what to do (the
    full disk's sentence ends with ``retry``, such as "import again")."""
    full = QT_TRANSLATE_NOOP("Library", "The disk is full; free some space and {retry}.").format(
        retry=retry
    )
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return full
        return QT_TRANSLATE_NOOP(
            "Library",
            "The data folder could not be written ({reason}); check its permissions and free "
            "space.",
        ).format(reason=error.strerror or str(error))
    code = getattr(error, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL:
        return full
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return sentence(damaged(QT_TRANSLATE_NOOP("Library", "The library file is damaged")))
    if code == sqlite3.SQLITE_READONLY:
        return READ_ONLY
    return QT_TRANSLATE_NOOP(
        "Library",
        "The library could not be written ({error}); check the data folder and try again.",
    ).format(error=str(error))


#: Less free space than this on the library's disk: an open that fails there failed for room
#: (SQLite grows its WAL index as it opens, and says "disk I/O error" when it cannot).
_NEARLY_FULL = 64 * 1024


def opening_problem(paths: DataPaths, error: sqlite3.Error) -> str:
    """One sentence for a library that could not be opened for a reason other than damage."""
    if shutil.disk_usage(paths.root).free < _NEARLY_FULL:
        return QT_TRANSLATE_NOOP(
            "Library",
            "The disk holding the library is full, so it cannot be opened; "
            "free some space and try again.",
        )
    return QT_TRANSLATE_NOOP(
        "Library",
        "The library at {path} could not be opened ({error}); "
        "check the file or choose another data folder with --data-dir.",
    ).format(path=str(paths.library), error=str(error))


def is_damage(error: sqlite3.Error) -> bool:
    """Does this error say the database file itself is damaged (rather than busy or full)?"""
    code = getattr(error, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def writable(paths: DataPaths) -> bool:
    """May this process write the library (and create it, its journal, its kept pages)?"""
    folder = paths.root
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent  # a data folder still to be made: may its parent take it?
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not paths.library.exists() or os.access(paths.library, os.W_OK)


def has_kept_pages(paths: DataPaths) -> bool:
    """Are there kept original pages, from which a library can be rebuilt?"""
    return any(kept_pages(paths))


def kept_pages(paths: DataPaths) -> list[Path]:
    """Every kept original page, oldest first by the time it was last imported as the shown
    copy of its episode: the order a rebuild imports them in, so the copy shown last wins."""
    if not paths.sources.is_dir():
        return []
    files = [
        path
        for folder in paths.sources.iterdir()
        if folder.is_dir()
        for path in folder.iterdir()
        if path.is_file() and not path.name.startswith(".")
    ]
    return sorted(files, key=lambda path: (path.stat().st_mtime_ns, path.name))


def move_aside(paths: DataPaths) -> Path:
    """Rename the library file (and its WAL files) to a dated name beside it; never deletes."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = paths.library.with_name(f"library.damaged-{stamp}.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        source = paths.library.with_name(paths.library.name + suffix)
        if source.exists():
            source.rename(target.with_name(target.name + suffix))
    return target


def check_file(paths: DataPaths, read_only: bool) -> None:
    """Refuse an empty or missing library file while kept pages exist (a new, empty library
    would look like a loss); cheap: only the file's size is read.

    A file that is not a database is left for SQLite to find (:func:`damage`): opening the
    file here, even to read its header, would be unsafe. Closing any descriptor of the file
    drops every POSIX lock this process holds on it, including those of its open SQLite
    connections (the window's, while a worker opens its own); another process's SQLite then
    takes itself for the last user, checkpoints and deletes the WAL, and this process's later
    commits go to a deleted file that no one else sees."""
    library = paths.library
    size = library.stat().st_size if library.exists() else None
    if not size:
        if has_kept_pages(paths):
            problem = (
                QT_TRANSLATE_NOOP(
                    "Library",
                    "The library file is empty although the data folder holds kept pages",
                )
                if size == 0
                else QT_TRANSLATE_NOOP(
                    "Library",
                    "The library file is missing although the data folder holds kept pages",
                )
            )
            moved = move_aside(paths) if size == 0 and not read_only else None
            raise damaged(problem, moved)
        if read_only:
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "Library",
                    "There is no library in {folder} and podreader may not create one there; "
                    "choose another data folder with --data-dir.",
                ).format(folder=str(paths.root))
            )
        return


def _stamp(paths: DataPaths) -> str:
    """Size and time of the library file and its WAL: changes with every write."""
    parts = []
    for suffix in ("", "-wal"):
        file = paths.library.with_name(paths.library.name + suffix)
        info = file.stat() if file.exists() else None
        parts.append(f"{info.st_size}:{info.st_mtime_ns}" if info else "-")
    return " ".join(parts)


def checked_since_change(paths: DataPaths) -> bool:
    """Has the file passed SQLite's check since it last changed? The check reads every page,
    about 0.1 s per 1,000 episodes, so it is not repeated while nothing changed."""
    try:
        return paths.checked.read_text(encoding="ascii") == _stamp(paths)
    except (OSError, UnicodeDecodeError):
        return False


def remember_checked(paths: DataPaths) -> None:
    with contextlib.suppress(OSError):  # a read-only folder: the check runs again next time
        paths.checked.write_text(_stamp(paths), encoding="ascii")


def connect(file: Path, read_only: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), read-only if asked.

    A read-only folder cannot hold the WAL index SQLite makes beside the file to read it, so
    when even reading fails there, the file is opened as immutable: read as it is on disk.
    """
    if not read_only:
        return sqlite3.connect(
            file, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
    uri = file.absolute().as_uri()
    for mode in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(
            f"{uri}?{mode}",
            uri=True,
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            continue
        except sqlite3.DatabaseError as error:
            conn.close()
            if is_damage(error):
                raise damaged(damage(error)) from error  # read-only: left where it is
            raise
        return conn
    raise LibraryError(
        QT_TRANSLATE_NOOP(
            "Library",
            "The library in {folder} could not be read; check that you may read the folder.",
        ).format(folder=str(file.parent))
    )
