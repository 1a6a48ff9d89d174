"""Plain-text transcripts: lines opened by a timestamp (``[00:01:02]``, ``1:02``), a speaker
label (``Ann:``) or both, as transcription tools and podcast sites export them.

Text without such marks cannot be told from any other note, so it is not taken for a transcript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from podreader.errors import ParseError
from podreader.formats import Format, Source, register
from podreader.formats.cues import (
    Cue,
    clock,
    join_parts,
    speaker_label,
    timed_episode,
    title_from_name,
)
from podreader.messages import QT_TRANSLATE_NOOP
from podreader.model import Episode, Paragraph, Track, episode_id
from podreader.text.language import detect_language

_STAMP = re.compile(r"^[\[(]?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\])]?(?:[ \t]+|$)(.*)")
#: ``Ann Lee  00:01:02`` or ``Ann (1:02):`` on a line of its own, as Otter and others write.
_NAME_STAMP = re.compile(
    r"^([A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,3})[ \t]+[\[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?:?$"
)
_SNIFF_LINES = 200
_MIN_MARKS = 3


@dataclass(slots=True)
class _Turn:
    start: float | None
    speaker: str | None
    lines: list[str] = field(default_factory=list)


def _mark(line: str) -> tuple[float | None, str | None, str] | None:
    """(time, speaker, text) of a line that opens a turn, or None for a continuation line."""
    match = _NAME_STAMP.match(line)
    if match:
        return clock(match.group(2)), match.group(1), ""
    match = _STAMP.match(line)
    if match:
        speaker, text = speaker_label(match.group(2))
        return clock(match.group(1)), speaker, text
    speaker, text = speaker_label(line)
    if speaker is not None:
        return None, speaker, text
    return None


def sniff(text: str) -> bool:
    if text.lstrip().startswith("<"):
        return False  # markup (XML, HTML): its attribute lines are not speaker labels
    lines = [line.strip() for line in text.split("\n", _SNIFF_LINES)[:_SNIFF_LINES]]
    lines = [line for line in lines if line]
    marks = sum(1 for line in lines if _mark(line) is not None)
    return marks >= _MIN_MARKS and marks * 5 >= len(lines)


def parse(source: Source) -> Episode:
    turns: list[_Turn] = []
    for raw in source.text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        mark = _mark(line)
        if mark is not None:
            start, speaker, text = mark
            turns.append(_Turn(start, speaker or (turns[-1].speaker if turns else None)))
            line = text
        if not turns:
            turns.append(_Turn(None, None))
        if line:
            turns[-1].lines.append(line)
    turns = [t for t in turns if t.lines]
    if any(t.start is not None for t in turns):
        cues: list[Cue] = []
        for turn in turns:
            start = turn.start if turn.start is not None else (cues[-1].end if cues else 0.0)
            if cues and cues[-1].end < start:
                cues[-1].end = start  # a turn lasts until the next one starts
            cues.append(Cue(start, start, join_parts(turn.lines), turn.speaker))
        return timed_episode(cues, source.name, "text transcript")
    paragraphs = [
        Paragraph(number, join_parts(t.lines), speaker=t.speaker) for number, t in enumerate(turns)
    ]
    if not paragraphs:
        raise ParseError(
            QT_TRANSLATE_NOOP("Import", "The text transcript holds no text; choose another file.")
        )
    title = title_from_name(source.name) or paragraphs[0].text[:60]
    return Episode(
        id=episode_id("", title, None),
        title=title,
        podcast="",
        transcript=Track(detect_language(paragraphs[0].text), "transcript", paragraphs),
    )


register(Format("text-transcript", sniff, parse))
