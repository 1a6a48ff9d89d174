"""Episode <-> plain dicts: one shape for the library's JSON columns and for ``show --json``."""

from __future__ import annotations

import json
from typing import Any

from podreader.model import (
    Chapter,
    Episode,
    Insight,
    Paragraph,
    Person,
    ReadingParagraph,
    TextRange,
    Track,
    side_text,
)


def _timing(paragraphs: list[Paragraph]) -> dict[str, Any]:
    """``start``, ``end`` (seconds) and ``speaker`` of a run of paragraphs, where known."""
    out: dict[str, Any] = {}
    starts = [p.start for p in paragraphs if p.start is not None]
    ends = [p.end for p in paragraphs if p.end is not None]
    if starts:
        out["start"] = min(starts)
    if ends:
        out["end"] = max(ends)
    speakers = {p.speaker for p in paragraphs}
    if len(speakers) == 1 and None not in speakers:
        out["speaker"] = speakers.pop()
    return out


def _track_dict(track: Track) -> dict[str, Any]:
    return {
        "language": track.language,
        "kind": track.kind,
        "paragraphs": [{"id": p.id, "text": p.text, **_timing([p])} for p in track.paragraphs],
    }


def reading_dict(paragraph: ReadingParagraph, transcript: Track) -> dict[str, Any]:
    """A reading paragraph, with the time span and speaker of the transcript paragraphs in it."""
    sources = [
        transcript.paragraphs[i]
        for i in paragraph.source_paragraphs
        if i < len(transcript.paragraphs)
    ]
    return {
        "id": paragraph.id,
        "text": paragraph.text,
        "source_paragraphs": paragraph.source_paragraphs,
        "sponsor": paragraph.sponsor,
        "counterparts": paragraph.counterparts,
        **_timing(sources),
    }


def ranges_to_json(ranges: list[TextRange]) -> str:
    return json.dumps([[r.paragraph, r.start, r.end] for r in ranges], separators=(",", ":"))


def cues_to_json(paragraph: Paragraph) -> str | None:
    """A timed paragraph's cue times for the ``cues`` column; None when it has none."""
    if not paragraph.cues:
        return None
    return json.dumps([list(cue) for cue in paragraph.cues], separators=(",", ":"))


def cues_from_json(text: str | None) -> tuple[tuple[int, float, float], ...]:
    return tuple((int(at), float(a), float(b)) for at, a, b in json.loads(text)) if text else ()


def ranges_from_json(text: str) -> list[TextRange]:
    return [TextRange(p, s, e) for p, s, e in json.loads(text)]


def rows_dicts(episode: Episode) -> list[dict[str, Any]]:
    """The rows beside the track the reading view shows by default, with their text."""
    shown = episode.shown_rows()
    if shown is None:
        return []
    track, rows = shown
    reading = [p.text for p in episode.reading]
    other = [p.text for p in track.paragraphs]
    return [
        {
            "track": track.key,
            "transcript": side_text(row.transcript, reading),
            "counterpart": side_text(row.counterpart, other),
            "sponsor": row.sponsor,
            "transcript_ranges": [[r.paragraph, r.start, r.end] for r in row.transcript],
            "counterpart_ranges": [[r.paragraph, r.start, r.end] for r in row.counterpart],
        }
        for row in rows
    ]


def episode_to_dict(episode: Episode) -> dict[str, Any]:
    """The whole episode as the command line's ``show --json`` prints it."""
    return {
        "id": episode.id,
        "title": episode.title,
        "podcast": episode.podcast,
        "published": episode.published.isoformat() if episode.published else None,
        "source_url": episode.source_url,
        "people": [{"name": p.name, "description": p.description} for p in episode.people],
        "insights": [
            {"question": i.question, "answer": i.answer, "paragraph": i.paragraph}
            for i in episode.insights
        ],
        "chapters": [
            {
                "title": c.title,
                "summary": c.summary,
                "points": c.points,
                "paragraph": c.paragraph,
                **({"start": c.start} if c.start is not None else {}),
            }
            for c in episode.chapters
        ],
        "transcript": _track_dict(episode.transcript),
        "translations": [_track_dict(t) for t in episode.translations],
        "reading": [reading_dict(r, episode.transcript) for r in episode.reading],
        "rows": rows_dicts(episode),
        "warnings": episode.warnings,
    }


def meta_to_json(episode: Episode) -> str:
    """What the library keeps in ``episodes.meta``: everything but the text tracks."""
    return json.dumps(
        {
            "people": [[p.name, p.description] for p in episode.people],
            "insights": [[i.question, i.answer, i.paragraph] for i in episode.insights],
            "chapters": [
                [c.summary, c.points, c.title, c.paragraph, c.start] for c in episode.chapters
            ],
            "warnings": episode.warnings,
        },
        ensure_ascii=False,
    )


def meta_from_json(episode: Episode, text: str) -> None:
    data = json.loads(text)
    episode.people = [Person(name, description) for name, description in data["people"]]
    episode.insights = [Insight(q, a, p) for q, a, p in data["insights"]]
    episode.chapters = _chapters(data)
    episode.warnings = list(data["warnings"])


def chapters_from_json(text: str) -> list[Chapter]:
    """Only the chapters of ``episodes.meta``: what a search hit on a chapter needs."""
    return _chapters(json.loads(text))


def _chapters(data: dict[str, Any]) -> list[Chapter]:
    # Rows written before chapters had start times hold four values.
    return [Chapter(s, list(points), t, p, *rest) for s, points, t, p, *rest in data["chapters"]]
