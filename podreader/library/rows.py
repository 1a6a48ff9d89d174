"""The reading view's rows in the library: table ``reading_rows``, one row per row.

Each side of a row is stored as its ranges, ``[[paragraph, start, end], ...]`` (see
:func:`podreader.library.codec.ranges_to_json`): the text itself is in the reading paragraphs
and the other track's paragraphs already, so rows add ids and offsets only.
"""

from __future__ import annotations

import sqlite3

from podreader.library.codec import ranges_from_json, ranges_to_json
from podreader.model import Episode, Row


def read_rows(conn: sqlite3.Connection, episode_id: str) -> dict[str, list[Row]]:
    """An episode's rows beside each other track, by track key."""
    rows: dict[str, list[Row]] = {}
    for track, transcript, counterpart, sponsor in conn.execute(
        "SELECT track, transcript, counterpart, sponsor FROM reading_rows "
        "WHERE episode_id = ? ORDER BY track, idx",
        (episode_id,),
    ):
        rows.setdefault(track, []).append(
            Row(ranges_from_json(transcript), ranges_from_json(counterpart), bool(sponsor))
        )
    return rows


def insert_rows(conn: sqlite3.Connection, episode: Episode) -> None:
    """Store ``episode.rows`` (the caller has deleted the old ones, in its transaction)."""
    conn.executemany(
        "INSERT INTO reading_rows (episode_id, track, idx, transcript, counterpart, sponsor) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                episode.id,
                key,
                k,
                ranges_to_json(row.transcript),
                ranges_to_json(row.counterpart),
                int(row.sponsor),
            )
            for key, rows in episode.rows.items()
            for k, row in enumerate(rows)
        ],
    )
