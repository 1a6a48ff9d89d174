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
from podreader.model import Episode
from podreader.text.decoding import decode

__all__ = ["MAX_BYTES", "Format", "ParseError", "Source", "check_size", "parse_bytes"]


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


MAX_BYTES = 20 * 1024 * 1024
"""Largest file accepted: a 3-hour page is about 0.3 MB, so 20 MB is generous yet bounded."""


def check_size(size: int) -> None:
    """Refuse a file over :data:`MAX_BYTES` before it is read into memory."""
    if size > MAX_BYTES:
        raise ParseError(
            f"The file is larger than the {MAX_BYTES // (1024 * 1024)} MB limit for one episode; "
            "split it or choose the episode's own file."
        )


def parse_bytes(data: bytes, name: str = "") -> Episode:
    """Parse with the first registered format that recognises the data."""
    return parse_with_format(data, name)[0]


def parse_with_format(data: bytes, name: str = "") -> tuple[Episode, str]:
    """Like :func:`parse_bytes`, also naming the format that read the data."""
    if not data.strip():
        raise ParseError("The file is empty; choose a saved PodQuest page instead.")
    text = decode(data)
    for fmt in formats():
        if fmt.sniff(text):
            return fmt.parse(Source(text, name)), fmt.name
    raise ParseError(
        "This file is not a PodQuest episode page or a transcript podreader reads (WebVTT, SRT, "
        "JSON, HTML, TTML); save the episode page as text and import that."
    )
