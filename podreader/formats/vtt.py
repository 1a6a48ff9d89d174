"""WebVTT captions, read with webvtt-py: voice spans ``<v Name>`` name the speaker.

webvtt-py handles the header, STYLE, NOTE and REGION blocks, cue settings, missing hours and
strips inline tags and timestamps. Two things it does not do are done here: the seconds-only
timings some hosts write (``0.860 --> 7.380``) are rewritten as clock times first, and entities
(``&amp;``) in cue text are decoded. Cues whose timing it cannot read it skips; we say how many.
"""

from __future__ import annotations

import html
import re

import webvtt
from webvtt.errors import MalformedFileError
from webvtt.models import Timestamp

from podreader.formats import TIMED_MAX_BYTES, Format, ParseError, Source, register
from podreader.formats.cues import Cue, timed_episode
from podreader.messages import QT_TRANSLATE_NOOP, counted
from podreader.model import Episode

_HEADER = re.compile(r"\A\s*WEBVTT(?:[ \t]|$)", re.MULTILINE)
_SECONDS_ONLY = re.compile(r"^(\d+\.\d+)([ \t]+-->[ \t]+)(\d+\.\d+)", re.MULTILINE)
_TIMING = re.compile(r"^[ \t]*[\w:.,]+[ \t]+-->", re.MULTILINE)
_HEADERLESS = re.compile(r"\A\s*(?:\S+\n)?(?:\d+:)?\d\d:\d\d\.\d{3}[ \t]+-->")


def sniff(text: str) -> bool:
    """A WEBVTT header, or cue timings at the top of a file that forgot the header."""
    return bool(_HEADER.match(text) or _HEADERLESS.match(text))


def _as_clock(match: re.Match[str]) -> str:
    def fmt(seconds: float) -> str:
        minutes, secs = divmod(seconds, 60)
        hours, minutes = divmod(int(minutes), 60)
        return f"{hours:02d}:{minutes:02d}:{secs:06.3f}"

    return f"{fmt(float(match.group(1)))}{match.group(2)}{fmt(float(match.group(3)))}"


def _seconds(stamp: Timestamp) -> float:
    # The parsed time itself: formatting it as text to read it back cost more than parsing.
    return stamp.in_milliseconds() / 1000


def parse(source: Source) -> Episode:
    text = source.text
    if not _HEADER.match(text):
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import",
                "The WebVTT file has no WEBVTT header line; add 'WEBVTT' as its first line and "
                "import it again.",
            )
        )
    if _SECONDS_ONLY.search(text):
        text = _SECONDS_ONLY.sub(_as_clock, text)
    try:
        captions = webvtt.from_string(text).captions
    except MalformedFileError as error:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "The WebVTT file could not be read ({error}); check the file."
            ).format(error=str(error))
        ) from None
    cues = [
        Cue(_seconds(c.start_time), _seconds(c.end_time), html.unescape(c.text), c.voice or None)
        for c in captions
    ]
    warnings: list[str] = []
    skipped = len(_TIMING.findall(text)) - len(captions)
    if skipped > 0:
        warnings.append(
            counted(
                skipped,
                QT_TRANSLATE_NOOP("Import", "{count} cue with an unreadable time was skipped."),
                QT_TRANSLATE_NOOP("Import", "{count} cues with unreadable times were skipped."),
            )
        )
    return timed_episode(cues, source.name, "WebVTT", warnings=warnings)


register(Format("webvtt", sniff, parse, TIMED_MAX_BYTES))
