"""Automatic backups of what only the user made: bookmarks and reading positions.

Everything else in the library can be rebuilt from the kept pages in ``sources/`` (see
:mod:`podreader.library.recovery`); bookmarks and reading positions cannot. So every change of
the bookmarks writes a snapshot of all of them to ``backups/``, and the window adds its reading
positions when it closes; the last :data:`KEEP` snapshots are kept. A snapshot is a JSON
bookmark export with a ``positions`` member, so ``podreader bookmarks import`` reads it too.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from podreader.library.bookmarks import BookmarkStore
from podreader.library.export import export_document, from_json
from podreader.library.store import Library
from podreader.model import Bookmark
from podreader.paths import DataPaths, write_atomically

#: Snapshots kept: a few, so that a change regretted a little later can still be undone.
KEEP = 5
_PREFIX = "bookmarks-"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    bookmarks: list[Bookmark]
    #: Episode id -> reading paragraph where the reader was.
    positions: dict[str, int]


def snapshots(paths: DataPaths) -> list[Path]:
    """The backups, oldest first (their names sort by time)."""
    if not paths.backups.is_dir():
        return []
    return sorted(paths.backups.glob(f"{_PREFIX}*.json"))


def latest(paths: DataPaths) -> Backup | None:
    """The newest backup that can be read; raises nothing (a damaged one is passed over)."""
    for path in reversed(snapshots(paths)):
        try:
            return read(path)
        except (OSError, ValueError):
            continue
    return None


def read(path: Path) -> Backup:
    """A backup file; :class:`ValueError` (a BookmarkError among them) when it is not one."""
    text = path.read_text(encoding="utf-8")
    return Backup(path, from_json(text), _positions(json.loads(text)))


def _positions(document: object) -> dict[str, int]:
    stored = document.get("positions") if isinstance(document, dict) else None
    return {
        str(key): value
        for key, value in (stored.items() if isinstance(stored, dict) else ())
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0
    }


def back_up(library: Library, positions: Mapping[str, int] | None = None) -> Path | None:
    """Write a snapshot of the library's bookmarks (and ``positions``, else those of the last
    snapshot); returns it, or ``None`` when there was nothing to keep, the library could not
    be read or the snapshot written. A failed backup never fails the change that asked for
    it: that is saved."""
    paths = library.paths
    newest = snapshots(paths)[-1:]
    try:
        previous = newest[0].read_text(encoding="utf-8") if newest else ""
        # Only the positions are read back: checking the bookmarks too would cost more than
        # writing them (they are the library's, which is in order).
        kept = _positions(json.loads(previous)) if previous else {}
        if positions is not None:
            kept = dict(positions)
    except (OSError, ValueError):
        previous, kept = "", dict(positions or {})
    try:
        bookmarks = BookmarkStore(library).all()
    except sqlite3.Error:  # a damaged (or, for recovery, closed) library: keep the backups
        return None
    if not bookmarks and not kept and not newest:
        return None
    document = export_document(bookmarks)
    document["positions"] = kept
    # No indent: only then does the json module encode in C (a save with 1,000 bookmarks and
    # its backup took 65 ms instead of 125 ms).
    text = json.dumps(document, ensure_ascii=False) + "\n"
    if text == previous:
        return newest[0]  # nothing changed: the older snapshots stay as they are
    try:
        paths.backups.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = paths.backups / f"{_PREFIX}{stamp}.json"
        write_atomically(target, text.encode())
        for old in snapshots(paths)[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        return None
    return target
