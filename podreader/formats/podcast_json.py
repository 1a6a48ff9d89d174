"""Podcasting 2.0 JSON transcripts (``segments``) and chapters (``chapters``).

Segments may be phrases or single words; :func:`~podreader.formats.cues.paragraphs_from_cues`
joins them either way. A chapters file on its own holds no text to read: it is refused here
with a reason, and read by :func:`read_chapters` when it sits beside its transcript.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from podreader.formats import TIMED_MAX_BYTES, Format, ParseError, Source, register
from podreader.formats.cues import Cue, timed_episode
from podreader.messages import QT_TRANSLATE_NOOP, counted
from podreader.model import Chapter, Episode

_KEY = re.compile(r'"(?:segments|chapters)"\s*:')

LONE_CHAPTERS = QT_TRANSLATE_NOOP(
    "Import",
    "This is a chapters file without its transcript; put it beside the episode's transcript "
    "with the same name (or a .chapters.json ending) and import both.",
)


def sniff(text: str) -> bool:
    """A JSON object with segments or chapters near its top (spec files put them first)."""
    return text.lstrip().startswith("{") and bool(_KEY.search(text[:4096]))


def load_object(text: str, kind: str) -> dict[str, Any]:
    """The JSON object of the file, or a ParseError naming ``kind``."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        message = getattr(error, "msg", "too deeply nested")
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "The {kind} file is not valid JSON ({message}); check the file."
            ).format(kind=kind, message=message)
        ) from None
    if not isinstance(data, dict):
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "The {kind} file does not hold a JSON object; check the file."
            ).format(kind=kind)
        )
    return data


def seconds(value: object) -> float | None:
    """A time in seconds from a JSON number or numeric string; None when it is not one."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def parse(source: Source) -> Episode:
    data = load_object(source.text, "JSON transcript")
    segments = data.get("segments")
    if not isinstance(segments, list):
        if "chapters" in data:
            raise ParseError(LONE_CHAPTERS)
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "The JSON file has no 'segments' list; it is not a transcript."
            )
        )
    cues: list[Cue] = []
    bad = 0
    for segment in segments:
        if not isinstance(segment, dict):
            bad += 1
            continue
        body = segment.get("body")
        start = seconds(segment.get("startTime"))
        if not isinstance(body, str) or not body.strip():
            continue  # silence or a speaker marker: nothing to read
        if start is None:
            bad += 1
            continue
        end = seconds(segment.get("endTime"))
        speaker = segment.get("speaker")
        cues.append(
            Cue(
                start,
                max(start, end or start),
                body.strip(),
                speaker.strip() or None if isinstance(speaker, str) else None,
            )
        )
    warnings: list[str] = []
    if bad:
        warnings.append(
            counted(
                bad,
                QT_TRANSLATE_NOOP(
                    "Import", "{count} segment without a readable start time was skipped."
                ),
                QT_TRANSLATE_NOOP(
                    "Import", "{count} segments without a readable start time were skipped."
                ),
            )
        )
    title = data.get("title")
    return timed_episode(
        cues,
        source.name,
        "JSON transcript",
        title=title.strip() if isinstance(title, str) else None,
        warnings=warnings,
    )


register(Format("podcast-json", sniff, parse, TIMED_MAX_BYTES))


def read_chapters(text: str) -> list[Chapter]:
    """The chapters of a Podcasting 2.0 chapters file, in time order; ``toc: false`` ones (not
    meant for a table of contents) left out. Raises ParseError when it holds no chapters list."""
    data = load_object(text, "chapters")
    entries = data.get("chapters")
    if not isinstance(entries, list):
        raise ParseError(
            QT_TRANSLATE_NOOP("Import", "The chapters file has no 'chapters' list; check the file.")
        )
    chapters: list[Chapter] = []
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("toc") is False:
            continue
        start = seconds(entry.get("startTime"))
        if start is None:
            continue
        title = entry.get("title")
        title = " ".join(title.split()) if isinstance(title, str) else ""
        chapters.append(Chapter(summary="", title=title or None, start=start))
    chapters.sort(key=lambda c: c.start or 0.0)
    return chapters
