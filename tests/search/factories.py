"""Episodes written for search tests, stored straight into a library (no parser involved)."""

from __future__ import annotations

import hashlib
from datetime import date
from itertools import count

from podreader.library.store import Library, SourceInfo
from podreader.model import Chapter, Episode, Paragraph, Person, ReadingParagraph, Track

_serial = count()


def make_episode(
    eid: str,
    english: list[str],
    summary: list[str] | None = None,
    *,
    title: str = "An Evening Programme",
    podcast: str = "Harbour Talks",
    published: date | None = date(2024, 3, 9),
    chapters: list[Chapter] | None = None,
    people: list[Person] | None = None,
) -> Episode:
    summary = summary or []
    return Episode(
        id=eid,
        title=title,
        podcast=podcast,
        published=published,
        people=people or [Person("Ada Quill", "the host")],
        chapters=chapters or [],
        transcript=Track("en", "transcript", [Paragraph(i, t) for i, t in enumerate(english)]),
        translations=[Track("zh-Hans", "summary", [Paragraph(i, t) for i, t in enumerate(summary)])]
        if summary
        else [],
        reading=[
            ReadingParagraph(i, t, [i], counterparts={"summary": [i]} if i < len(summary) else {})
            for i, t in enumerate(english)
        ],
    )


def store(library: Library, episode: Episode) -> None:
    data = f"{episode.id}-{next(_serial)}".encode()
    source = SourceInfo(hashlib.sha256(data).hexdigest(), len(data), "page.txt", "podquest")
    library.store(episode, source, 1)
