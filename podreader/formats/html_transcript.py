"""HTML transcripts as podcast hosts publish them: ``<cite>`` speaker, ``<time>``, ``<p>`` text.

Read with the standard library's HTML parser, which takes fragments without ``<html>`` as well
as whole pages saved from a browser, and decodes entities.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from podreader.formats import Format, Source, register
from podreader.formats.cues import Cue, clock, timed_episode
from podreader.messages import QT_TRANSLATE_NOOP, counted
from podreader.model import Episode

_CITE = re.compile(r"<cite[\s>]", re.IGNORECASE)
_TIME = re.compile(r"<time[\s>]", re.IGNORECASE)
_SNIFF_CHARS = 200_000


def sniff(text: str) -> bool:
    head = text[:_SNIFF_CHARS]
    return head.lstrip().startswith("<") and bool(_CITE.search(head) and _TIME.search(head))


class _Reader(HTMLParser):
    """Collects (speaker, start, text) turns in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.turns: list[tuple[str | None, float | None, str]] = []
        self.title = ""
        self.bad_times = 0
        self._open: str | None = None
        self._buffer: list[str] = []
        self._speaker: str | None = None
        self._start: float | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("cite", "time", "p", "title"):
            self._flush()
            self._open = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._buffer.append(data)

    def _flush(self) -> None:
        tag, text = self._open, " ".join("".join(self._buffer).split())
        self._open, self._buffer = None, []
        if tag == "cite":
            self._speaker = text.rstrip(":：").strip() or None
        elif tag == "time":
            try:
                self._start = clock(text)
            except ValueError:
                self.bad_times += 1
        elif tag == "title":
            self.title = text
        elif tag == "p" and text:
            self.turns.append((self._speaker, self._start, text))

    def close(self) -> None:
        super().close()
        self._flush()


def parse(source: Source) -> Episode:
    reader = _Reader()
    reader.feed(source.text)
    reader.close()
    # A turn ends where the next timed turn starts.
    ends: list[float | None] = []
    upcoming: float | None = None
    for _, start, _ in reversed(reader.turns):
        ends.append(upcoming)
        upcoming = start if start is not None else upcoming
    ends.reverse()
    cues: list[Cue] = []
    for (speaker, start, text), following in zip(reader.turns, ends, strict=True):
        begin = start if start is not None else (cues[-1].end if cues else 0.0)
        end = following if following is not None and following >= begin else begin
        cues.append(Cue(begin, end, text, speaker))
    warnings: list[str] = []
    if reader.bad_times:
        warnings.append(
            counted(
                reader.bad_times,
                QT_TRANSLATE_NOOP("Import", "{count} unreadable time was left out."),
                QT_TRANSLATE_NOOP("Import", "{count} unreadable times were left out."),
            )
        )
    return timed_episode(
        cues, source.name, "HTML transcript", title=reader.title or None, warnings=warnings
    )


register(Format("html-transcript", sniff, parse))
