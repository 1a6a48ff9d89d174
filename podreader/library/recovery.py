"""Rebuilding the library from the kept pages in ``sources/`` and the latest bookmark backup.

The library is rebuilt in a file of its own and put in place only when complete, so a rebuild
that is stopped or killed leaves the data folder as it was. The damaged file stays, moved aside.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from podreader.library.backup import latest
from podreader.library.bookmarks import BookmarkStore
from podreader.library.importer import ImportResult, ProgressCallback, import_paths
from podreader.library.opening import LibraryDamaged, LibraryError, kept_pages, writable
from podreader.library.store import Library
from podreader.messages import QT_TRANSLATE_NOOP, Message, counted
from podreader.paths import DataPaths


@dataclass(frozen=True, slots=True)
class Recovery:
    """What a rebuild did."""

    episodes: int
    pages: int
    failed: list[ImportResult]
    bookmarks: int
    #: The bookmark backup restored, if there was one.
    backup: Path | None
    #: Where the damaged library file went, if there was one.
    moved_to: Path | None

    def summary(self) -> Message:
        """One sentence saying what was rebuilt from what (its parts translatable too)."""
        bookmarks = (
            counted(
                self.bookmarks,
                QT_TRANSLATE_NOOP("Library", "{count} bookmark from the backup {name}"),
                QT_TRANSLATE_NOOP("Library", "{count} bookmarks from the backup {name}"),
                name=self.backup.name,
            )
            if self.backup
            else QT_TRANSLATE_NOOP("Library", "no bookmarks (there was no bookmark backup)")
        )
        aside = (
            QT_TRANSLATE_NOOP("Library", "; the damaged file is kept as {name}").format(
                name=self.moved_to.name
            )
            if self.moved_to
            else ""
        )
        failed = (
            QT_TRANSLATE_NOOP("Library", " ({count} could not be read)").format(
                count=len(self.failed)
            )
            if self.failed
            else ""
        )
        return QT_TRANSLATE_NOOP(
            "Library",
            "Rebuilt the library: {episodes} from {pages}{failed} and {bookmarks}{aside}.",
        ).format(
            episodes=counted(
                self.episodes,
                QT_TRANSLATE_NOOP("Library", "{count} episode"),
                QT_TRANSLATE_NOOP("Library", "{count} episodes"),
            ),
            pages=counted(
                self.pages,
                QT_TRANSLATE_NOOP("Library", "{count} kept page"),
                QT_TRANSLATE_NOOP("Library", "{count} kept pages"),
            ),
            failed=failed,
            bookmarks=bookmarks,
            aside=aside,
        )


def recover(paths: DataPaths, progress: ProgressCallback | None = None) -> Recovery:
    """Rebuild the library of ``paths``; raises :class:`LibraryError` when it is healthy or
    cannot be rebuilt."""
    if not writable(paths):
        raise LibraryError(
            QT_TRANSLATE_NOOP(
                "Library",
                "The data folder {folder} is read-only, so the library cannot be rebuilt "
                "there; make it writable and try again.",
            ).format(folder=str(paths.root))
        )
    moved_to = _set_aside(paths)
    pages = kept_pages(paths)
    backup = latest(paths)
    if not pages and backup is None:
        raise LibraryError(
            QT_TRANSLATE_NOOP(
                "Library",
                "There are no kept pages and no bookmark backup to rebuild the library from; "
                "import your pages again.",
            )
        )
    building = paths.root / "library.rebuilding.sqlite3"
    _remove_database(building)
    with Library(paths, file=building) as library:
        results = import_paths(library, pages, progress)
        restored = 0
        if backup is not None:
            counts = BookmarkStore(library).import_bookmarks(backup.bookmarks)
            restored = counts.added + counts.updated + counts.unchanged
        episodes = library.count()
    os.replace(building, paths.library)
    # The search index describes the old library: it is derived, so it is built again.
    if paths.index.is_dir():
        shutil.rmtree(paths.index, ignore_errors=True)
    elif paths.index.exists():
        paths.index.unlink()
    return Recovery(
        episodes=episodes,
        pages=len(pages),
        failed=[r for r in results if not r.ok],
        bookmarks=restored,
        backup=backup.path if backup else None,
        moved_to=moved_to,
    )


def _set_aside(paths: DataPaths) -> Path | None:
    """Move a damaged library aside (opening it does); refuse to replace a healthy one."""
    if not paths.library.exists():
        return None
    try:
        with Library(paths) as library:
            library.verify()
    except LibraryDamaged as error:
        return error.moved_to
    raise LibraryError(
        QT_TRANSLATE_NOOP(
            "Library",
            "The library is not damaged, so there is nothing to recover; "
            "'podreader check' checks it with the search index.",
        )
    )


def _remove_database(file: Path) -> None:
    """A left-over of a stopped rebuild: never the user's data, which is elsewhere."""
    for suffix in ("", "-wal", "-shm"):
        file.with_name(file.name + suffix).unlink(missing_ok=True)
