"""Bookmarks in the library: making them from a place or a quote, storing them, re-anchoring them.

Bookmarks are the user's own work, so they are never deleted as a side effect: the table has no
foreign key to ``episodes`` (deleting an episode leaves them, re-importing it finds them again),
and a bookmark whose passage cannot be found after a re-import is kept and marked detached.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from podreader.library.anchoring import Anchor, TextQuote, TrackText, normalize
from podreader.messages import QT_TRANSLATE_NOOP
from podreader.model import READING_TRACK as TRANSCRIPT
from podreader.model import Bookmark, Episode, Mark, side_text

if TYPE_CHECKING:
    from podreader.library.store import Library

DEFAULT_COLOR = "#f5c542"


class BookmarkError(ValueError):
    """A bookmark cannot be made as asked. ``str(error)`` is one sentence for the user."""


# -- the episode's text as bookmarks see it ---------------------------------------------------


def track_paragraphs(episode: Episode, track: str) -> list[tuple[int, str]] | None:
    """(paragraph id, text) of a track; the reading view falls back to the page paragraphs.

    The fallback matches what the transcript pane shows before text analysis has run.
    """
    if track == TRANSCRIPT:
        if episode.reading:
            return [(p.id, p.text) for p in episode.reading]
        return [(p.id, p.text) for p in episode.transcript.paragraphs]
    for other in episode.translations:
        if other.key == track:
            return [(p.id, p.text) for p in other.paragraphs]
    return None


def counterpart_text(
    episode: Episode, track: str, paragraph: int, start: int = 0, end: int | None = None
) -> str:
    """What renders the range ``start:end`` of a paragraph in the other language ("" if none).

    From the reading view this is the best translation track (a real translation before the
    Topics summary); from another track, the reading view. Where the episode has rows, it is the
    other side of the rows the range reaches into: the sentences that render the quote, not
    whole paragraphs; before text analysis has made rows, the aligned paragraphs.
    """
    if end is None:
        end = len(dict(track_paragraphs(episode, track) or []).get(paragraph, ""))
    if track == TRANSCRIPT:
        others = sorted(episode.translations, key=lambda t: t.kind != "translation")
        with_rows = [other for other in others if other.key in episode.rows]
        if with_rows:
            found = (
                _row_counterpart(episode, o.key, True, paragraph, start, end) for o in with_rows
            )
            return next((text for text in found if text), "")
        reading = next((p for p in episode.reading if p.id == paragraph), None)
        if reading is None:
            return ""
        for other in others:
            wanted = set(reading.counterparts.get(other.key, ()))
            if wanted:
                return "\n\n".join(p.text for p in other.paragraphs if p.id in wanted)
        return ""
    if track in episode.rows:
        return _row_counterpart(episode, track, False, paragraph, start, end)
    return "\n\n".join(
        p.text for p in episode.reading if paragraph in p.counterparts.get(track, ())
    )


def _row_counterpart(
    episode: Episode, key: str, from_reading: bool, paragraph: int, start: int, end: int
) -> str:
    reading = [p.text for p in episode.reading]
    other = next((t for t in episode.translations if t.key == key), None)
    if other is None:
        return ""
    texts = [p.text for p in other.paragraphs]
    parts = []
    for row in episode.rows[key]:
        mine, theirs = row.transcript, row.counterpart
        if not from_reading:
            mine, theirs = theirs, mine
        if any(
            r.paragraph == paragraph and r.start < max(end, start + 1) and start < r.end
            for r in mine
        ):
            parts.append(side_text(theirs, texts if from_reading else reading, " "))
    joiner = "" if from_reading and other.language.startswith(("zh", "ja")) else " "
    return joiner.join(p for p in parts if p)


def new_bookmark(
    episode: Episode,
    track: str,
    anchor: Anchor,
    *,
    note: str = "",
    tags: Iterable[str] = (),
    color: str = DEFAULT_COLOR,
) -> Bookmark:
    """A fresh bookmark on a place in ``episode``, with its quote, context and counterpart.

    Whitespace at either end of the range is left out, as a drag-selection often takes some.
    """
    paragraphs = track_paragraphs(episode, track)
    text = dict(paragraphs or []).get(anchor.paragraph, "")
    start, end = anchor.start, anchor.end
    while start < end <= len(text) and text[start].isspace():
        start += 1
    while start < end <= len(text) and text[end - 1].isspace():
        end -= 1
    anchor = Anchor(anchor.paragraph, start, end)
    selector = TrackText(paragraphs).selector(anchor) if paragraphs is not None else None
    if selector is None:
        raise BookmarkError(
            QT_TRANSLATE_NOOP(
                "Bookmarks",
                "That passage is not in the episode's text; select the words again and retry.",
            )
        )
    now = datetime.now(UTC)
    return Bookmark(
        id=str(uuid.uuid4()),
        episode_id=episode.id,
        track=track,
        paragraph=anchor.paragraph,
        start=anchor.start,
        end=anchor.end,
        quote=selector.quote,
        prefix=selector.prefix,
        suffix=selector.suffix,
        counterpart=counterpart_text(episode, track, anchor.paragraph, anchor.start, anchor.end),
        note=note,
        tags=clean_tags(tags),
        color=color,
        created=now,
        updated=now,
        episode_title=episode.title,
        podcast=episode.podcast,
        published=episode.published,
    )


def place_quote(episode: Episode, quote: str) -> tuple[str, Anchor]:
    """Where ``quote`` is in the episode: the reading view first, then the other tracks.

    Matching ignores case and how whitespace runs; the quote must sit inside one paragraph and
    occur once in the first track that has it.
    """
    if not quote.strip():
        raise BookmarkError(
            QT_TRANSLATE_NOOP(
                "Bookmarks", "The quote is empty; give the words to bookmark with --quote."
            )
        )
    for track in [TRANSCRIPT, *(t.key for t in episode.translations)]:
        paragraphs = track_paragraphs(episode, track)
        if not paragraphs:
            continue
        text = TrackText(paragraphs)
        hits = text.occurrences(quote)
        if len(hits) > 1:
            raise BookmarkError(
                QT_TRANSLATE_NOOP(
                    "Bookmarks",
                    "The quote occurs {count} times in the {track} text; "
                    "quote more words so that it occurs once.",
                ).format(count=len(hits), track=track)
            )
        if hits:
            end = hits[0] + len(normalize(quote)[0])
            if text.crosses_break(hits[0], end):
                raise BookmarkError(
                    QT_TRANSLATE_NOOP(
                        "Bookmarks",
                        "The quote runs across a paragraph break; quote words from one paragraph.",
                    )
                )
            anchor = text.anchor_of(hits[0], end)
            return track, anchor
    raise BookmarkError(
        QT_TRANSLATE_NOOP(
            "Bookmarks",
            "The quote is not in episode {episode}; "
            "copy it exactly from 'podreader show {episode}'.",
        ).format(episode=episode.id)
    )


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags as Obsidian wants them: no leading '#', no spaces, each once, in the given order."""
    seen: list[str] = []
    for tag in tags:
        cleaned = "-".join(tag.strip().lstrip("#").split())
        if cleaned and cleaned not in seen:
            seen.append(cleaned)
    return seen


# -- storage ----------------------------------------------------------------------------------

_COLUMNS = (
    "id, episode_id, episode_title, podcast, published, track, paragraph, char_start, char_end, "
    "quote, prefix, suffix, counterpart, note, tags, color, created, updated, detached"
)
_ORDER = (
    "ORDER BY published IS NULL, published DESC, episode_title, episode_id, "
    "track != 'transcript', track, detached, paragraph, char_start, created"
)


def _row(b: Bookmark) -> tuple[object, ...]:
    return (
        b.id,
        b.episode_id,
        b.episode_title,
        b.podcast,
        b.published.isoformat() if b.published else None,
        b.track,
        b.paragraph,
        b.start,
        b.end,
        b.quote,
        b.prefix,
        b.suffix,
        b.counterpart,
        b.note,
        json.dumps(b.tags, ensure_ascii=False),
        b.color,
        b.created.isoformat(),
        b.updated.isoformat(),
        int(b.detached),
    )


def parse_time(text: str) -> datetime:
    """ISO 8601 time; one without a zone (an older or hand-made file) is taken as UTC."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _bookmark(row: sqlite3.Row) -> Bookmark:
    return Bookmark(
        id=row["id"],
        episode_id=row["episode_id"],
        track=row["track"],
        paragraph=row["paragraph"],
        start=row["char_start"],
        end=row["char_end"],
        quote=row["quote"],
        prefix=row["prefix"],
        suffix=row["suffix"],
        counterpart=row["counterpart"],
        note=row["note"],
        tags=list(json.loads(row["tags"])),
        color=row["color"],
        created=parse_time(row["created"]),
        updated=parse_time(row["updated"]),
        detached=bool(row["detached"]),
        episode_title=row["episode_title"],
        podcast=row["podcast"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
    )


def _load(
    conn: sqlite3.Connection, where: str = "", params: Sequence[object] = ()
) -> list[Bookmark]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM bookmarks {where} {_ORDER}", params)
    return [_bookmark(r) for r in rows]


def _save(conn: sqlite3.Connection, bookmark: Bookmark) -> None:
    placeholders = ", ".join("?" * len(_COLUMNS.split(",")))
    conn.execute(
        f"INSERT OR REPLACE INTO bookmarks ({_COLUMNS}) VALUES ({placeholders})", _row(bookmark)
    )


@dataclass(frozen=True, slots=True)
class ReanchorResult:
    moved: int
    detached: int
    reattached: int


def reanchor(conn: sqlite3.Connection, episode: Episode) -> ReanchorResult:
    """Find every bookmark of ``episode`` again in its new text; runs in the caller's transaction.

    A found bookmark takes the current words, context and counterpart of its place (so the next
    re-anchoring starts from today's text); one not found keeps its last quote and is detached.
    """
    bookmarks = _load(conn, "WHERE episode_id = ?", (episode.id,))
    texts: dict[str, TrackText | None] = {}
    moved = detached = reattached = 0
    for old in bookmarks:
        if old.track not in texts:
            paragraphs = track_paragraphs(episode, old.track)
            texts[old.track] = TrackText(paragraphs) if paragraphs else None
        text = texts[old.track]
        found = (
            text.locate(TextQuote(old.quote, old.prefix, old.suffix), old.paragraph)
            if text
            else None
        )
        selector = text.selector(found.anchor) if text and found else None
        if found is None or selector is None:
            new = replace(old, paragraph=None, detached=True)
        else:
            new = replace(
                old,
                paragraph=found.anchor.paragraph,
                start=found.anchor.start,
                end=found.anchor.end,
                quote=selector.quote,
                prefix=selector.prefix,
                suffix=selector.suffix,
                counterpart=counterpart_text(
                    episode,
                    old.track,
                    found.anchor.paragraph,
                    found.anchor.start,
                    found.anchor.end,
                ),
                detached=False,
            )
        new = replace(
            new, episode_title=episode.title, podcast=episode.podcast, published=episode.published
        )
        if new != old:
            _save(conn, new)
            moved += not new.detached and not old.detached
            reattached += old.detached and not new.detached
            detached += new.detached and not old.detached
    return ReanchorResult(moved, detached, reattached)


def bookmark_counts(conn: sqlite3.Connection) -> dict[str, int]:
    rows = conn.execute("SELECT episode_id, count(*) FROM bookmarks GROUP BY episode_id")
    return {r[0]: r[1] for r in rows}


@dataclass(frozen=True, slots=True)
class ImportCounts:
    added: int
    updated: int
    unchanged: int


class BookmarkStore:
    """The bookmarks of one library; each write is its own transaction."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.conn = library.conn

    def all(self, episode_id: str | None = None) -> list[Bookmark]:
        if episode_id is None:
            return _load(self.conn)
        return _load(self.conn, "WHERE episode_id = ?", (episode_id,))

    def get(self, bookmark_id: str) -> Bookmark | None:
        found = _load(self.conn, "WHERE id = ?", (bookmark_id,))
        return found[0] if found else None

    def counts(self) -> dict[str, int]:
        return bookmark_counts(self.conn)

    def marks(self, episode_id: str) -> list[Mark]:
        """Places of the episode's attached bookmarks, for the transcript pane's highlights."""
        return [
            (b.track, b.paragraph, b.start, b.end, b.color)
            for b in self.all(episode_id)
            if b.paragraph is not None and not b.detached
        ]

    def save(self, bookmark: Bookmark) -> None:
        """Add or replace (by id): also how an undone delete puts a bookmark back."""
        with self.library.transaction():
            _save(self.conn, bookmark)
        self._back_up()

    def delete(self, bookmark_id: str) -> bool:
        with self.library.transaction():
            deleted = (
                self.conn.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,)).rowcount > 0
            )
        if deleted:
            self._back_up()
        return deleted

    def _back_up(self) -> None:
        # Imported here: the backup writes an export, and the export module imports this one.
        from podreader.library.backup import back_up

        back_up(self.library)

    def import_bookmarks(self, bookmarks: Iterable[Bookmark]) -> ImportCounts:
        """Merge bookmarks from an export; ids decide identity, the later edit wins.

        Imported bookmarks of episodes in this library are re-anchored in its text at once,
        since the exporting library may have cut the paragraphs differently.
        """
        added = updated = unchanged = 0
        touched: set[str] = set()
        with self.library.transaction():
            for incoming in bookmarks:
                current = _load(self.conn, "WHERE id = ?", (incoming.id,))
                if not current:
                    added += 1
                elif current[0] == incoming or current[0].updated >= incoming.updated:
                    unchanged += 1
                    continue
                else:
                    updated += 1
                _save(self.conn, incoming)
                touched.add(incoming.episode_id)
            for episode_id in sorted(touched):
                episode = self.library.episode(episode_id)
                if episode is not None:
                    reanchor(self.conn, episode)
        if added or updated:
            self._back_up()
        return ImportCounts(added, updated, unchanged)
