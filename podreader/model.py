"""Plain data that every layer shares: what an episode is, independent of files, storage and Qt.

Paragraph ids are positions (0-based) within their track, so they survive a round trip through
the library and can be cited by the command line, search hits and bookmarks.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal

TrackKind = Literal["transcript", "translation", "summary"]
#: How a track is named where the reading view (the reflowed transcript) is meant: bookmarks,
#: their marks, search documents and the transcript pane's passages.
READING_TRACK = "transcript"
#: How the transcript pane shows the languages, for the window and the command line.
READING_MODES = ("side", "interleaved", "transcript", "other")
#: A bookmarked range to tint: (track, paragraph id, start, end), with the bookmark's colour
#: ("#rrggbb") as a fifth item when it has one (the default bookmark colour otherwise).
Mark = tuple[str, int, int, int] | tuple[str, int, int, int, str]


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    description: str | None = None


@dataclass(slots=True)
class Insight:
    question: str
    answer: str
    #: Reading paragraph where the answer is discussed; set by text analysis.
    paragraph: int | None = None


@dataclass(slots=True)
class Chapter:
    summary: str
    points: list[str] = field(default_factory=list)
    title: str | None = None
    #: Reading paragraph where the chapter starts; set by text analysis.
    paragraph: int | None = None
    #: Seconds from the start of the audio, from a chapters file; placed by time when set.
    start: float | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    id: int
    text: str
    #: Seconds from the start of the audio, from timed transcripts (cue files); None on pages.
    start: float | None = None
    end: float | None = None
    #: Who speaks, when the transcript names them.
    speaker: str | None = None
    #: The cues joined into this paragraph, as (offset in ``text``, start s, end s), in order:
    #: what a timed pair's rows pair sentences by. Empty for pages, and for paragraphs read from
    #: a library made before cue times were kept (the paragraph then counts as one cue).
    cues: tuple[tuple[int, float, float], ...] = ()


@dataclass(slots=True)
class Track:
    """One body of text in one language: the transcript, a translation, or the Topics summary."""

    language: str  # BCP 47: "en", "zh-Hans", "zh-Hant", "zh", or "und" when unknown
    kind: TrackKind
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Name of this track in counterpart maps: the kind for a summary, else the language."""
        return "summary" if self.kind == "summary" else self.language

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(slots=True)
class ReadingParagraph:
    """A transcript paragraph of the reading view: it ends at a sentence end.

    ``source_paragraphs`` are the ids of the page paragraphs it was made from; ``counterparts``
    maps a track key (see :attr:`Track.key`) to the paragraph ids aligned with this one there.
    """

    id: int
    text: str
    source_paragraphs: list[int]
    sponsor: bool = False
    counterparts: dict[str, list[int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TextRange:
    """Characters ``start:end`` of one paragraph's text (a reading paragraph, or a page
    paragraph of another track)."""

    paragraph: int
    start: int
    end: int


@dataclass(slots=True)
class Row:
    """One row of the parallel text: consecutive transcript sentences beside consecutive
    sentences of another track that render them.

    Either side may be empty: a sponsor read or an aside the rendering skipped, or a sentence the
    rendering added. Each side is a list of ranges, one per paragraph it touches, in order.
    """

    transcript: list[TextRange]
    counterpart: list[TextRange]
    sponsor: bool = False


def side_text(ranges: list[TextRange], texts: list[str], joiner: str = "\n") -> str:
    """One side of a row as text: its ranges of ``texts`` (by paragraph id), joined."""
    return joiner.join(texts[r.paragraph][r.start : r.end] for r in ranges)


@dataclass(slots=True)
class Episode:
    id: str
    title: str
    podcast: str
    published: date | None = None
    source_url: str | None = None
    people: list[Person] = field(default_factory=list)
    insights: list[Insight] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    transcript: Track = field(default_factory=lambda: Track("und", "transcript"))
    translations: list[Track] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Reflowed transcript with alignment; empty until text analysis has run.
    reading: list[ReadingParagraph] = field(default_factory=list)
    #: The reading view as rows beside each other track, by :attr:`Track.key`; every sentence of
    #: both tracks is in exactly one row, in order. Empty until text analysis has run.
    rows: dict[str, list[Row]] = field(default_factory=dict)

    @property
    def tracks(self) -> list[Track]:
        return [self.transcript, *self.translations]

    def shown_rows(self) -> tuple[Track, list[Row]] | None:
        """The other track the reading view shows by default (the first with text) and its rows."""
        track = next((t for t in self.translations if t.paragraphs), None)
        return None if track is None else (track, self.rows.get(track.key, []))

    @property
    def languages(self) -> list[str]:
        seen: list[str] = []
        for track in self.tracks:
            if track.paragraphs and track.language not in seen:
                seen.append(track.language)
        return seen


@dataclass(frozen=True, slots=True)
class Podcast:
    """A show the reader follows, as a subscription list (OPML) names it."""

    title: str
    feed_url: str | None = None
    site_url: str | None = None


@dataclass(slots=True)
class Bookmark:
    """A saved passage. The quote with its context is what finds it again after a re-import.

    The episode's title, podcast and date are copied in so that a bookmark whose episode was
    deleted still exports and lists with a name.
    """

    id: str
    episode_id: str
    track: str  # "transcript" for the reading view, or a track key such as "summary"
    paragraph: int | None  # None when detached
    start: int  # character range within the paragraph text
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    counterpart: str = ""
    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = "#f5c542"
    created: datetime = field(default_factory=lambda: datetime.now(UTC))
    updated: datetime = field(default_factory=lambda: datetime.now(UTC))
    detached: bool = False
    episode_title: str = ""
    podcast: str = ""
    published: date | None = None


_SPACES = re.compile(r"\s+")


def _identity_part(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def episode_id(podcast: str, title: str, published: date | None) -> str:
    """Stable id from what identifies an episode, not from the file's bytes.

    A repaired or re-saved copy of the same page (other encoding, line ends, fixed typos in the
    transcript) keeps its id, so re-importing it updates the episode instead of duplicating it.
    """
    key = "\x1f".join(
        [
            _identity_part(podcast),
            _identity_part(title),
            published.isoformat() if published else "",
        ]
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
