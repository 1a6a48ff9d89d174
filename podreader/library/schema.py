"""The library's SQLite schema and its migrations.

The schema version lives in ``PRAGMA user_version``. Each migration moves the database from
version ``n`` to ``n + 1`` inside one transaction, so an interrupted upgrade leaves the old
version intact. Migrations are never edited once released; new needs get a new step.
"""

from __future__ import annotations

import sqlite3

from podreader.messages import QT_TRANSLATE_NOOP

_V1 = """
CREATE TABLE episodes (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    podcast      TEXT NOT NULL,
    published    TEXT,
    source_url   TEXT,
    source_hash  TEXT NOT NULL,
    languages    TEXT NOT NULL,
    meta         TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX episodes_by_podcast ON episodes (podcast, published);
CREATE INDEX episodes_by_published ON episodes (published);

CREATE TABLE sources (
    hash          TEXT PRIMARY KEY,
    size          INTEGER NOT NULL,
    original_name TEXT NOT NULL,
    format        TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    episode_id    TEXT REFERENCES episodes (id) ON DELETE SET NULL
);
CREATE INDEX sources_by_episode ON sources (episode_id);

CREATE TABLE tracks (
    episode_id TEXT NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    track      INTEGER NOT NULL,
    language   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    PRIMARY KEY (episode_id, track)
) WITHOUT ROWID;

CREATE TABLE paragraphs (
    episode_id TEXT NOT NULL,
    track      INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (episode_id, track, idx),
    FOREIGN KEY (episode_id, track) REFERENCES tracks (episode_id, track) ON DELETE CASCADE
) WITHOUT ROWID;
"""

# Version 2: the reading view (reflowed transcript with alignment) is stored, not recomputed.
# Episodes imported before it get analysis_version 0 and are analysed on the next open.
_V2 = """
CREATE TABLE reading (
    episode_id   TEXT NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    sources      TEXT NOT NULL,
    sponsor      INTEGER NOT NULL DEFAULT 0,
    counterparts TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (episode_id, idx)
) WITHOUT ROWID;
ALTER TABLE episodes ADD COLUMN analysis_version INTEGER NOT NULL DEFAULT 0;
"""

# Version 3: bookmarks. No foreign key to episodes on purpose: a bookmark outlives its episode
# (deleted, or re-imported under the same id) and keeps copies of the episode's title, podcast and
# date so it can still be listed and exported. Tags are a JSON array of strings.
_V3 = """
CREATE TABLE bookmarks (
    id            TEXT PRIMARY KEY,
    episode_id    TEXT NOT NULL,
    episode_title TEXT NOT NULL DEFAULT '',
    podcast       TEXT NOT NULL DEFAULT '',
    published     TEXT,
    track         TEXT NOT NULL,
    paragraph     INTEGER,
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    quote         TEXT NOT NULL,
    prefix        TEXT NOT NULL DEFAULT '',
    suffix        TEXT NOT NULL DEFAULT '',
    counterpart   TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    tags          TEXT NOT NULL DEFAULT '[]',
    color         TEXT NOT NULL,
    created       TEXT NOT NULL,
    updated       TEXT NOT NULL,
    detached      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX bookmarks_by_episode ON bookmarks (episode_id, paragraph, char_start);
"""

# The reading view as rows of sentences beside each other track (``track`` is its
# Track.key). Each side is a JSON array of [paragraph, start, end] ranges: reading paragraphs
# for the transcript, page paragraphs for the other track. Episodes get their rows when the
# analysis version rises, so older libraries are re-analysed in the background.
_ROWS = """
CREATE TABLE reading_rows (
    episode_id  TEXT NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    track       TEXT NOT NULL,
    idx         INTEGER NOT NULL,
    transcript  TEXT NOT NULL,
    counterpart TEXT NOT NULL,
    sponsor     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (episode_id, track, idx)
) WITHOUT ROWID;
"""


# More sources, one self-contained step: timed transcripts (cue files) give each paragraph a
# start and end in seconds and a speaker (NULL for pages, which have none); subscription lists
# (OPML) add podcasts, listed even before any of their episodes is imported. A podcast's key is
# its feed address; its title matches episodes.podcast.
_MORE_SOURCES = """
ALTER TABLE paragraphs ADD COLUMN start_s REAL;
ALTER TABLE paragraphs ADD COLUMN end_s REAL;
ALTER TABLE paragraphs ADD COLUMN speaker TEXT;
CREATE TABLE podcasts (
    feed_url  TEXT PRIMARY KEY,
    title     TEXT NOT NULL,
    site_url  TEXT,
    added_at  TEXT NOT NULL
);
CREATE INDEX podcasts_by_title ON podcasts (title);
"""

# Cue times inside a timed paragraph ([[offset, start, end], ...] as JSON, NULL for pages), so
# that a timed pair's rows pair sentences whose cues overlap rather than whole paragraphs.
_CUES = """
ALTER TABLE paragraphs ADD COLUMN cues TEXT;
"""

MIGRATIONS: list[str] = [_V1, _V2, _V3, _MORE_SOURCES, _ROWS, _CUES]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The library was written by a newer podreader."""


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to :data:`SCHEMA_VERSION`; returns the version it started at."""
    (start,) = conn.execute("PRAGMA user_version").fetchone()
    if start > SCHEMA_VERSION:
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "Library",
                "This library was written by a newer podreader (schema {schema}); "
                "update podreader to open it.",
            ).format(schema=start)
        )
    for version in range(start, SCHEMA_VERSION):
        # executescript commits first, so run the statements one by one inside our transaction.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return int(start)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
