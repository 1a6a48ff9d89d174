"""Pure parsers from bytes to :class:`~podreader.model.Episode`, behind a small registry.

A format module registers itself with :func:`register`; :func:`parse_bytes` picks the first
format whose ``sniff`` accepts the data. Parsers never touch the disk or the library.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from podreader.model import Episode


class ParseError(ValueError):
    """The bytes cannot be read as an episode. ``str(error)`` is one sentence for the user."""


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    #: Cheap check on the decoded text: does this look like our format?
    sniff: Callable[[str], bool]
    #: Full parse of the raw bytes; raises ParseError.
    parse: Callable[[bytes], Episode]


_FORMATS: list[Format] = []


def register(fmt: Format) -> Format:
    _FORMATS.append(fmt)
    return fmt


def formats() -> list[Format]:
    _load_builtin()
    return list(_FORMATS)


def _load_builtin() -> None:
    # Imported lazily so that the registry module has no import cycle with its formats.
    from podreader.formats import podquest  # noqa: F401


MAX_BYTES = 1024 * 1024
"""Largest file accepted. A 3-hour page is about 0.3 MB; a 1 MB page imports in about 5 s with
0.3 GB of memory. Text analysis grows with the square of a page's length (2 MB: 11 s, 1 GB;
3 MB: 20 s, 2 GB), so larger files are refused rather than stall the machine."""

TOO_LARGE = (
    f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB, more than podreader reads well "
    "as one episode page (a 3-hour episode is about 0.3 MB); choose the page itself or split it."
)


def parse_bytes(data: bytes) -> Episode:
    """Parse with the first registered format that recognises the data."""
    return parse_with_format(data)[0]


def parse_with_format(data: bytes) -> tuple[Episode, str]:
    """Like :func:`parse_bytes`, also naming the format that read the data."""
    from podreader.text.decoding import decode

    if not data.strip():
        raise ParseError("The file is empty; choose a saved PodQuest page instead.")
    if len(data) > MAX_BYTES:
        raise ParseError(TOO_LARGE)
    text = decode(data)
    for fmt in formats():
        if fmt.sniff(text):
            return fmt.parse(data), fmt.name
    raise ParseError(
        "This file is not a PodQuest episode page; save the episode page as text and import that."
    )
