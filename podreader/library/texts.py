"""An episode's text in the library: tables ``tracks``, ``paragraphs`` and ``reading``.

The tracks and their paragraphs are what the parser read; the reading paragraphs are what the
analysis made of them (the rows beside each track are in :mod:`podreader.library.rows`).
"""

from __future__ import annotations

import json
import sqlite3

from podreader.library.rows import insert_rows
from podreader.model import Episode, Paragraph, ReadingParagraph, Track


def read_tracks(conn: sqlite3.Connection, episode_id: str) -> dict[int, Track]:
    """An episode's tracks with their paragraphs, by number (0 is the transcript)."""
    tracks: dict[int, Track] = {}
    for t in conn.execute(
        "SELECT track, language, kind FROM tracks WHERE episode_id = ? ORDER BY track",
        (episode_id,),
    ):
        tracks[t["track"]] = Track(t["language"], t["kind"])
    for p in conn.execute(
        "SELECT track, idx, text, start_s, end_s, speaker FROM paragraphs "
        "WHERE episode_id = ? ORDER BY track, idx",
        (episode_id,),
    ):
        tracks[p["track"]].paragraphs.append(
            Paragraph(p["idx"], p["text"], p["start_s"], p["end_s"], p["speaker"])
        )
    return tracks


def read_reading(conn: sqlite3.Connection, episode_id: str) -> list[ReadingParagraph]:
    return [
        ReadingParagraph(
            id=r["idx"],
            text=r["text"],
            source_paragraphs=json.loads(r["sources"]),
            sponsor=bool(r["sponsor"]),
            counterparts=json.loads(r["counterparts"]),
        )
        for r in conn.execute(
            "SELECT idx, text, sources, sponsor, counterparts FROM reading "
            "WHERE episode_id = ? ORDER BY idx",
            (episode_id,),
        )
    ]


def insert_text(conn: sqlite3.Connection, episode: Episode) -> None:
    """Insert an episode's tracks, paragraphs and reading view (its old ones already deleted)."""
    for number, track in enumerate(episode.tracks):
        conn.execute(
            "INSERT INTO tracks (episode_id, track, language, kind) VALUES (?, ?, ?, ?)",
            (episode.id, number, track.language, track.kind),
        )
        conn.executemany(
            "INSERT INTO paragraphs (episode_id, track, idx, text, start_s, end_s, speaker) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (episode.id, number, p.id, p.text, p.start, p.end, p.speaker)
                for p in track.paragraphs
            ],
        )
    insert_reading(conn, episode)


def delete_reading(conn: sqlite3.Connection, episode_id: str) -> None:
    """Delete an episode's reading paragraphs and rows, to insert recomputed ones."""
    conn.execute("DELETE FROM reading WHERE episode_id = ?", (episode_id,))
    conn.execute("DELETE FROM reading_rows WHERE episode_id = ?", (episode_id,))


def insert_reading(conn: sqlite3.Connection, episode: Episode) -> None:
    """Insert an episode's reading paragraphs and rows (its old ones already deleted)."""
    insert_rows(conn, episode)
    conn.executemany(
        "INSERT INTO reading (episode_id, idx, text, sources, sponsor, counterparts) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                episode.id,
                r.id,
                r.text,
                json.dumps(r.source_paragraphs),
                int(r.sponsor),
                json.dumps(r.counterparts, ensure_ascii=False),
            )
            for r in episode.reading
        ],
    )
