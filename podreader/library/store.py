"""The SQLite library: the source of truth for every episode, its tracks and its reading view.

Every write of an episode is one transaction, so a crash or a kill leaves each episode either
fully stored or not at all. The search index and the window are derived from what is here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Literal

from podreader.library.bookmarks import bookmark_counts, reanchor
from podreader.library.codec import chapters_from_json, meta_from_json, meta_to_json
from podreader.library.opening import (
    READ_ONLY,
    check_file,
    checked_since_change,
    connect,
    damage,
    damaged,
    damaged_file,
    is_damage,
    move_aside,
    opening_problem,
    remember_checked,
    writable,
)
from podreader.library.opening import LibraryError as LibraryError
from podreader.library.rows import read_rows
from podreader.library.schema import SCHEMA_VERSION, SchemaTooNewError, migrate
from podreader.library.texts import (
    delete_reading,
    insert_reading,
    insert_text,
    read_reading,
    read_tracks,
)
from podreader.messages import QT_TRANSLATE_NOOP, sentence
from podreader.model import Chapter, Episode, ReadingParagraph, Row
from podreader.paths import DataPaths

StoreStatus = Literal["imported", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class EpisodeSummary:
    """One row of the episode list: what the list shows without loading any text."""

    id: str
    title: str
    podcast: str
    published: date | None
    languages: tuple[str, ...]
    revision: int


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """The kept original file behind an import."""

    hash: str
    size: int
    original_name: str
    format: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


_SUMMARY_COLUMNS = "id, title, podcast, published, languages, revision"


def _summary(row: sqlite3.Row) -> EpisodeSummary:
    return EpisodeSummary(
        id=row["id"],
        title=row["title"],
        podcast=row["podcast"],
        published=_date(row["published"]),
        languages=tuple(filter(None, row["languages"].split(","))),
        revision=row["revision"],
    )


class Library:
    """A connection to one library database. Not shared between threads: open one per thread."""

    def __init__(
        self, paths: DataPaths, *, read_only: bool | None = None, file: Path | None = None
    ) -> None:
        """Open the library of ``paths``; read-only when this process may not write it (or
        when asked). ``file`` builds a library in another file (a rebuild, see recovery).

        Raises :class:`LibraryError`, :class:`LibraryDamaged` for a damaged file (moved aside
        when the folder is writable).
        """
        self.paths = paths
        self.read_only = not writable(paths) if read_only is None else read_only
        if not self.read_only:
            paths.ensure()
        if file is None:
            check_file(paths, self.read_only)
        self.conn = connect(file or paths.library, self.read_only)
        self.conn.row_factory = sqlite3.Row
        try:
            self._prepare()
        except SchemaTooNewError as error:
            self.conn.close()
            raise LibraryError(sentence(error)) from error
        except LibraryError:
            self.conn.close()
            raise
        except sqlite3.DatabaseError as error:
            self.conn.close()
            if is_damage(error) and file is None:
                moved = None if self.read_only else move_aside(paths)
                raise damaged(damage(error), moved) from error
            raise LibraryError(opening_problem(paths, error)) from error

    def _prepare(self) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        if not self.read_only:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self.conn)
            return
        (version,) = self.conn.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            migrate(self.conn)  # only says that a newer podreader wrote it
        elif version < SCHEMA_VERSION:
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "Library",
                    "The library in {folder} was written by an older podreader and needs "
                    "an upgrade, which needs write access; make the folder writable and try again.",
                ).format(folder=str(self.paths.root))
            )

    # -- lifetime -------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- reading --------------------------------------------------------------------------

    def count(self) -> int:
        (n,) = self.conn.execute("SELECT count(*) FROM episodes").fetchone()
        return int(n)

    def summaries(self) -> list[EpisodeSummary]:
        rows = self.conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM episodes ORDER BY published DESC, title"
        )
        return [_summary(row) for row in rows]

    def summary(self, episode_id: str) -> EpisodeSummary | None:
        row = self.conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM episodes WHERE id = ?", (episode_id,)
        ).fetchone()
        return _summary(row) if row else None

    def summaries_of(self, episode_ids: Collection[str]) -> dict[str, EpisodeSummary]:
        """Summaries of the given episodes that exist, by id, in one query."""
        ids = list(episode_ids)
        found: dict[str, EpisodeSummary] = {}
        for start in range(0, len(ids), 500):  # SQLite limits the number of parameters
            part = ids[start : start + 500]
            rows = self.conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM episodes WHERE id IN "
                f"({', '.join('?' * len(part))})",
                part,
            )
            found.update((row["id"], _summary(row)) for row in rows)
        return found

    def bookmark_counts(self) -> dict[str, int]:
        """Episode id -> number of bookmarks, for the episode list."""
        return bookmark_counts(self.conn)

    def revisions(self) -> dict[str, int]:
        """Episode id -> revision; the search index compares against this to find stale entries."""
        return {row[0]: row[1] for row in self.conn.execute("SELECT id, revision FROM episodes")}

    def page_sizes(self) -> dict[str, int]:
        """Episode id -> size in bytes of the page it was read from: how much text it holds,
        for sharing out work such as indexing."""
        return {
            row[0]: row[1]
            for row in self.conn.execute(
                "SELECT episode_id, MAX(size) FROM sources WHERE episode_id IS NOT NULL "
                "GROUP BY episode_id"
            )
        }

    def episode(self, episode_id: str) -> Episode | None:
        row = self.conn.execute("SELECT * FROM episodes WHERE id = ?", (episode_id,)).fetchone()
        if row is None:
            return None
        episode = Episode(
            id=row["id"],
            title=row["title"],
            podcast=row["podcast"],
            published=_date(row["published"]),
            source_url=row["source_url"],
        )
        meta_from_json(episode, row["meta"])
        tracks = read_tracks(self.conn, episode_id)
        if 0 in tracks:
            episode.transcript = tracks.pop(0)
        episode.translations = [tracks[k] for k in sorted(tracks)]
        episode.reading = self.reading(episode_id)
        episode.rows = self.rows(episode_id)
        return episode

    def rows(self, episode_id: str) -> dict[str, list[Row]]:
        """The reading view's rows beside each other track, by track key."""
        return read_rows(self.conn, episode_id)

    def reading(self, episode_id: str) -> list[ReadingParagraph]:
        return read_reading(self.conn, episode_id)

    def data_version(self) -> int:
        """Changes whenever another connection commits: a cheap "has anything changed?"."""
        (version,) = self.conn.execute("PRAGMA data_version").fetchone()
        return int(version)

    def integrity(self) -> str:
        """SQLite's quick check of the database file: "ok", or what is wrong."""
        try:
            (verdict,) = self.conn.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as error:  # so damaged that the check cannot run
            return str(error)
        return str(verdict)

    def verify(self, always: bool = False) -> None:
        """Raise :class:`LibraryDamaged` (the file moved aside when this process may write)
        unless the file passes SQLite's check; unless ``always``, skipped while the file is
        unchanged since it last passed."""
        if not always and checked_since_change(self.paths):
            return
        verdict = self.integrity()
        if verdict != "ok":
            self.close()
            moved = None if self.read_only else move_aside(self.paths)
            raise damaged(damaged_file(verdict.splitlines()[0]), moved)
        if not self.read_only:
            remember_checked(self.paths)

    def chapters(self, episode_id: str) -> list[Chapter]:
        row = self.conn.execute("SELECT meta FROM episodes WHERE id = ?", (episode_id,)).fetchone()
        return chapters_from_json(row[0]) if row else []

    def reading_text(self, episode_id: str, paragraph: int) -> str | None:
        """One reading paragraph's text, without decoding the rest (search snippets)."""
        row = self.conn.execute(
            "SELECT text FROM reading WHERE episode_id = ? AND idx = ?", (episode_id, paragraph)
        ).fetchone()
        return str(row[0]) if row else None

    def paragraph_text(self, episode_id: str, track_key: str, paragraph: int) -> str | None:
        """One page paragraph of the track whose :attr:`Track.key` is ``track_key``."""
        row = self.conn.execute(
            "SELECT p.text FROM paragraphs p JOIN tracks t USING (episode_id, track) "
            "WHERE p.episode_id = ? AND p.idx = ? AND "
            "(CASE t.kind WHEN 'summary' THEN 'summary' ELSE t.language END) = ? "
            "AND t.track > 0 ORDER BY t.track LIMIT 1",
            (episode_id, paragraph, track_key),
        ).fetchone()
        return str(row[0]) if row else None

    def shown_from(self, source_hash: str) -> EpisodeSummary | None:
        """The episode whose current text was read from this kept file, if any: importing
        the file again has nothing to change."""
        row = self.conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM episodes WHERE source_hash = ?", (source_hash,)
        ).fetchone()
        return _summary(row) if row else None

    def source_path(self, source_hash: str) -> Path:
        return self.paths.sources / source_hash[:2] / source_hash

    def stale_analysis(self, version: int) -> list[str]:
        """Episodes whose stored reading view was made by an older text analysis."""
        rows = self.conn.execute(
            "SELECT id FROM episodes WHERE analysis_version < ? ORDER BY id", (version,)
        )
        return [r[0] for r in rows]

    # -- writing --------------------------------------------------------------------------

    def store(
        self,
        episode: Episode,
        source: SourceInfo,
        analysis_version: int,
        companions: Sequence[SourceInfo] = (),
        *,
        reparsed: bool = False,
    ) -> StoreStatus:
        """Store a parsed (and analysed) episode in one transaction.

        The file the episode's text was last read from is ``unchanged``; any other file of a
        known episode id is ``updated``, also an older copy imported again after a repaired
        one: the library shows the copy imported last (the other sources stay kept). Anything
        else is ``imported``. ``reparsed`` stores even the unchanged file: it was read again by
        newer parsers.
        """
        now = _now()
        with self.transaction():
            existing = self.conn.execute(
                "SELECT revision, source_hash FROM episodes WHERE id = ?", (episode.id,)
            ).fetchone()
            if existing is not None and existing["source_hash"] == source.hash and not reparsed:
                return "unchanged"
            values = (
                episode.title,
                episode.podcast,
                episode.published.isoformat() if episode.published else None,
                episode.source_url,
                source.hash,
                ",".join(episode.languages),
                meta_to_json(episode),
                now,
                analysis_version,
                episode.id,
            )
            if existing is None:
                self.conn.execute(
                    "INSERT INTO episodes (title, podcast, published, source_url, source_hash, "
                    "languages, meta, updated_at, analysis_version, id, imported_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, now),
                )
            else:
                self.conn.execute(
                    "UPDATE episodes SET title = ?, podcast = ?, published = ?, source_url = ?, "
                    "source_hash = ?, languages = ?, meta = ?, updated_at = ?, "
                    "analysis_version = ?, revision = revision + 1 WHERE id = ?",
                    values,
                )
                self.conn.execute("DELETE FROM tracks WHERE episode_id = ?", (episode.id,))
                delete_reading(self.conn, episode.id)
            insert_text(self.conn, episode)
            # Also for a first import: bookmarks outlive a deleted episode and come back with it.
            reanchor(self.conn, episode)
            # Companion files (a chapters file, a translation) are kept beside the main source,
            # their format column naming their role, so that a re-parse can read them again.
            self.conn.executemany(
                "INSERT INTO sources (hash, size, original_name, format, imported_at, episode_id) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO UPDATE SET episode_id = "
                "excluded.episode_id",
                [
                    (s.hash, s.size, s.original_name, s.format, now, episode.id)
                    for s in (source, *companions)
                ],
            )
            return "imported" if existing is None else "updated"

    def replace_analysis(self, episode: Episode, analysis_version: int) -> None:
        """Store a recomputed reading view (and chapter places) for an episode already stored."""
        with self.transaction():
            delete_reading(self.conn, episode.id)
            insert_reading(self.conn, episode)
            reanchor(self.conn, episode)
            self.conn.execute(
                "UPDATE episodes SET meta = ?, analysis_version = ?, revision = revision + 1 "
                "WHERE id = ?",
                (meta_to_json(episode), analysis_version, episode.id),
            )

    def delete(self, episode_id: str) -> bool:
        """Remove an episode; its kept source files stay on disk and in ``sources``."""
        with self.transaction():
            cur = self.conn.execute("DELETE FROM episodes WHERE id = ?", (episode_id,))
            return cur.rowcount > 0

    def transaction(self) -> _Transaction:
        """Every change goes through here: one read-only library refuses it in a sentence."""
        if self.read_only:
            raise LibraryError(READ_ONLY)
        return _Transaction(self.conn)


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: takes the write lock up front so two writers queue."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                self._rollback()
                raise
        else:
            self._rollback()

    def _rollback(self) -> None:
        if self.conn.in_transaction:  # SQLite itself rolls back on some errors (a full disk)
            self.conn.execute("ROLLBACK")
