"""An episode as index documents: its passages (reading view, other tracks, chapters) and itself."""

from __future__ import annotations

import re
from typing import Any

from podreader.model import READING_TRACK, Chapter, Episode, Track
from podreader.search.schema import EPISODE, PASSAGE
from podreader.text.language import HAN

#: The track name of chapter passages; their paragraph id is the chapter's number.
CHAPTER_TRACK = "chapters"

_HAN = re.compile(f"[{HAN}]")
_LATIN = re.compile(r"[A-Za-z]")

Document = dict[str, Any]


def language_of(language: str, text: str) -> str:
    """``en`` or ``zh`` (the ``lang:`` filter's values) from a BCP 47 tag, else from the text."""
    primary = language.split("-")[0].lower()
    if primary in ("en", "zh"):
        return primary
    return "zh" if len(_HAN.findall(text)) > len(_LATIN.findall(text)) / 4 else "en"


def date_value(episode: Episode) -> int:
    """The date as ``yyyymmdd`` for range filters and sorting; 0 when the page had none."""
    p = episode.published
    return p.year * 10000 + p.month * 100 + p.day if p else 0


def _reading_targets(episode: Episode) -> dict[tuple[str, int], int]:
    """(track key, paragraph id) -> the first reading paragraph aligned with it."""
    targets: dict[tuple[str, int], int] = {}
    for reading in episode.reading:
        for key, ids in reading.counterparts.items():
            for pid in ids:
                targets.setdefault((key, pid), reading.id)
    return targets


def episode_documents(episode: Episode, revision: int) -> list[Document]:
    """The episode document (stamped with the library revision: its fingerprint) and passages."""
    common = {
        "episode": episode.id,
        "podcast": episode.podcast,
        "date": date_value(episode),
    }
    docs: list[Document] = [
        {
            "kind": EPISODE,
            "episode": episode.id,
            "revision": revision,
            "title": episode.title,
            "podcast_name": episode.podcast,
            "people": " \n ".join(
                f"{p.name} {p.description or ''}".strip() for p in episode.people
            ),
        }
    ]

    def passage(track: str, pid: int, target: int | None, scope: str, lang: str, text: str) -> None:
        if text.strip():
            docs.append(
                {
                    "kind": PASSAGE,
                    "track": track,
                    "paragraph": pid,
                    "target": target,
                    "scope": scope,
                    "lang": language_of(lang, text),
                    "text": text,
                    **common,
                }
            )

    transcript_lang = episode.transcript.language
    if episode.reading:
        for r in episode.reading:
            passage(READING_TRACK, r.id, r.id, "transcript", transcript_lang, r.text)
    else:
        # Not analysed yet: the page paragraphs stand in until the reading view exists.
        _track_passages(episode.transcript, {}, passage)
    targets = _reading_targets(episode)
    for track in episode.translations:
        _track_passages(track, targets, passage)
    for number, chapter in enumerate(episode.chapters):
        passage(CHAPTER_TRACK, number, chapter.paragraph, "chapter", "und", chapter_text(chapter))
    return docs


def chapter_text(chapter: Chapter) -> str:
    """What a chapter passage says: its title if any, summary and points, a line each."""
    return "\n".join(
        [*([chapter.title] if chapter.title else []), chapter.summary, *chapter.points]
    )


def _track_passages(track: Track, targets: dict[tuple[str, int], int], passage: Any) -> None:
    scope = "summary" if track.kind == "summary" else "transcript"
    for p in track.paragraphs:
        passage(track.key, p.id, targets.get((track.key, p.id)), scope, track.language, p.text)
