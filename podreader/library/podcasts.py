"""Podcasts in the library: those a subscription list (OPML) named, and those of its episodes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from podreader.library.store import Library, SourceInfo, StoreStatus
from podreader.model import Podcast


@dataclass(frozen=True, slots=True)
class PodcastEntry:
    """One podcast with how many of its episodes the library holds."""

    title: str
    feed_url: str | None
    site_url: str | None
    episodes: int


def store_podcasts(library: Library, podcasts: list[Podcast], source: SourceInfo) -> StoreStatus:
    """Add the podcasts of a subscription list in one transaction: ``imported`` when any was
    new, ``unchanged`` when the library knew them all. A known feed takes the list's title."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with library.transaction() as conn:
        before = conn.total_changes
        for podcast in podcasts:
            conn.execute(
                "INSERT INTO podcasts (feed_url, title, site_url, added_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (feed_url) DO UPDATE SET title = excluded.title, "
                "site_url = coalesce(excluded.site_url, site_url) "
                "WHERE title IS NOT excluded.title OR site_url IS NOT excluded.site_url",
                (podcast.feed_url or podcast.title, podcast.title, podcast.site_url, now),
            )
        changed = conn.total_changes > before
        conn.execute(
            "INSERT INTO sources (hash, size, original_name, format, imported_at, episode_id) "
            "VALUES (?, ?, ?, ?, ?, NULL) ON CONFLICT (hash) DO NOTHING",
            (source.hash, source.size, source.original_name, source.format, now),
        )
    return "imported" if changed else "unchanged"


def podcast_entries(library: Library) -> list[PodcastEntry]:
    """Every podcast, from subscription lists and from episodes, by title."""
    rows = library.conn.execute(
        "SELECT title, feed_url, site_url, "
        "(SELECT count(*) FROM episodes e WHERE e.podcast = p.title) AS episodes "
        "FROM podcasts p "
        "UNION ALL "
        "SELECT podcast, NULL, NULL, count(*) FROM episodes "
        "WHERE podcast NOT IN (SELECT title FROM podcasts) GROUP BY podcast "
        "ORDER BY 1 COLLATE NOCASE, 2"
    )
    return [PodcastEntry(r[0], r[1], r[2], r[3]) for r in rows]
