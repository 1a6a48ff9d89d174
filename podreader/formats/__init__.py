"""Pure parsers from bytes to :class:`~podreader.model.Episode`, behind a small registry.

A format module registers itself with :func:`register`. :func:`parse_with_format` decodes the
bytes once (``text.decoding``), and the first format whose ``sniff`` accepts the text parses
it. Parsers never touch the disk or the library.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from podreader.errors import ParseError
from podreader.messages import QT_TRANSLATE_NOOP
from podreader.model import Episode
from podreader.text.decoding import decode

__all__ = [
    "MAX_BYTES",
    "MAX_TEXT",
    "TIMED_MAX_BYTES",
    "TOO_LARGE",
    "Format",
    "ParseError",
    "Source",
    "check_size",
    "parse_bytes",
]


MAX_BYTES = 20 * 1024 * 1024
"""Largest file read: parsing is linear (a 3-hour page is about 0.3 MB, a one-hour Apple TTML
file with a span per word about 0.6 MB), so 20 MB is generous yet bounds memory."""


@dataclass(frozen=True, slots=True)
class Source:
    """What a parser reads: the decoded text, and the file's name for files that carry no title."""

    text: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    #: Cheap check on the decoded text: does this look like our format?
    sniff: Callable[[str], bool]
    #: Full parse of the decoded text; raises ParseError.
    parse: Callable[[Source], Episode]
    #: Largest file of this format read (see :data:`TIMED_MAX_BYTES`).
    max_bytes: int = MAX_BYTES


_FORMATS: list[Format] = []


def register(fmt: Format) -> Format:
    _FORMATS.append(fmt)
    return fmt


def formats() -> list[Format]:
    _load_builtin()
    return list(_FORMATS)


#: Built-in format modules in sniffing order: exact signatures first, PodQuest pages before the
#: HTML and plain-text readers that would also accept them.
BUILTIN = (
    "podquest",
    "subrip",  # before WebVTT, whose header-less check would take an SRT with "." in its times
    "vtt",
    "podcast_json",
    "ttml",
    "saved_page",
    "html_transcript",
    "plain_text",
)


def _load_builtin() -> None:
    # Imported lazily so that the registry module has no import cycle with its formats; each
    # registers itself on import, so importing in this order is the registry's order.
    for name in BUILTIN:
        importlib.import_module(f"podreader.formats.{name}")


TIMED_MAX_BYTES = 4 * 1024 * 1024
"""Largest timed transcript (cue file) read. Reading cues (webvtt-py) and indexing the text for
search each run at about 1 MB a second, so a 15 MB WebVTT file held up its import for 10-30 s
and the first search after it for 15-30 s (measured, README "Measured performance"); 4 MB, some
36 hours of speech, imports in about 4 s of CPU and is searchable in about 3 s."""

MAX_TEXT = 5 * 1024 * 1024
"""Largest bilingual episode text (UTF-8 bytes over all tracks) accepted, some sixteen 3-hour
episodes. Analysis and search indexing are linear but take about a second per MB each: a 5 MB
page imports in 4-10 s with 0.24 GB and its first search (which indexes it) takes 7-18 s,
depending on the load; 19 MB took 17 s and 0.7 GB, then 31 s (README "One long page")."""

TOO_LARGE = QT_TRANSLATE_NOOP(
    "Import",
    "The episode's text is larger than {megabytes} MB, more than podreader reads well as one "
    "episode (a 3-hour episode is about 0.3 MB); choose the episode itself or split it.",
).format(megabytes=MAX_TEXT // (1024 * 1024))


def check_size(size: int) -> None:
    """Refuse a file over :data:`MAX_BYTES` before it is read into memory."""
    if size > MAX_BYTES:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file is larger than the {megabytes} MB limit for one episode; "
                "split it or choose the episode's own file.",
            ).format(megabytes=MAX_BYTES // (1024 * 1024))
        )


def _aligned_size(episode: Episode) -> int:
    """The text that alignment reads, which :data:`MAX_TEXT` bounds: none for a single-language
    episode. The limit was set for alignment, which grew with the square of the length until it
    was made linear; single-language text is bounded by the file limits alone
    (:data:`MAX_BYTES`, and :data:`TIMED_MAX_BYTES` for cue files)."""
    if not any(track.paragraphs for track in episode.translations):
        return 0
    return sum(len(p.text.encode()) for track in episode.tracks for p in track.paragraphs)


def parse_bytes(data: bytes, name: str = "") -> Episode:
    """Parse with the first registered format that recognises the data."""
    return parse_with_format(data, name)[0]


def parse_with_format(data: bytes, name: str = "") -> tuple[Episode, str]:
    """Like :func:`parse_bytes`, also naming the format that read the data."""
    if not data.strip():
        raise ParseError(
            QT_TRANSLATE_NOOP("Import", "The file is empty; choose a saved PodQuest page instead.")
        )
    check_size(len(data))
    text = decode(data)
    for fmt in formats():
        if fmt.sniff(text):
            if len(data) > fmt.max_bytes:
                raise ParseError(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "The transcript file is larger than the {megabytes} MB "
                        "limit for timed transcripts (about 36 hours of speech); split it or "
                        "choose the episode's own file.",
                    ).format(megabytes=fmt.max_bytes // (1024 * 1024))
                )
            episode = fmt.parse(Source(text, name))
            if _aligned_size(episode) > MAX_TEXT:
                raise ParseError(TOO_LARGE)
            return episode, fmt.name
    raise ParseError(
        QT_TRANSLATE_NOOP(
            "Import",
            "This file is not a PodQuest episode page or a transcript podreader reads (WebVTT, "
            "SRT, JSON, HTML, TTML); save the episode page as text and import that.",
        )
    )
