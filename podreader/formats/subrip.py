"""SubRip (``.srt``) subtitles, read with the ``srt`` library.

SRT has no speaker markup; podcast hosts (Buzzsprout and others) open a cue with ``Name:`` when
the speaker changes, and that speaker goes on until the next name.
"""

from __future__ import annotations

import re

import srt

from podreader.formats import TIMED_MAX_BYTES, Format, ParseError, Source, register
from podreader.formats.cues import Cue, speaker_label, timed_episode
from podreader.messages import QT_TRANSLATE_NOOP
from podreader.model import Episode

_FIRST_CUE = re.compile(r"\A\s*\d+[ \t]*\n[ \t]*\d+:\d\d:\d\d[,.]\d+[ \t]*-->")


def sniff(text: str) -> bool:
    return bool(_FIRST_CUE.match(text))


def parse(source: Source) -> Episode:
    warnings: list[str] = []
    try:
        subtitles = list(srt.parse(source.text))
    except srt.SRTParseError:
        subtitles = list(srt.parse(source.text, ignore_errors=True))
        warnings.append(
            QT_TRANSLATE_NOOP("Import", "Some unreadable parts of the subtitle file were skipped.")
        )
    except (ValueError, OverflowError) as error:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "The SRT file has a time that cannot be read ({error})."
            ).format(error=str(error))
        ) from None
    cues: list[Cue] = []
    speaker: str | None = None
    for subtitle in subtitles:
        named, text = speaker_label(subtitle.content)
        speaker = named or speaker
        start = subtitle.start.total_seconds()
        cues.append(Cue(start, max(start, subtitle.end.total_seconds()), text, speaker))
    return timed_episode(cues, source.name, "SRT", warnings=warnings)


register(Format("srt", sniff, parse, TIMED_MAX_BYTES))
