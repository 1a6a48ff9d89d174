"""What the index holds: one document per passage and one per episode, no passage text.

Passage documents carry the episode-level values that filter them (podcast, date, language,
scope). Episode documents carry what filters whole episodes (title, podcast name, people) and the
fingerprint (the library revision) that tells whether the episode is indexed and current.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema
from whoosh.formats import Positions

from podreader.search.analysis import PassageAnalyzer, index_terms

#: Part of the index name: a new version is simply "no index yet", and gets built from the
#: library. Raise it when the documents change, or when a class the index pickles is renamed
#: or moved (see tests/search/test_whoosh_internals.py for the list).
SCHEMA_VERSION = 4
INDEX_NAME = f"podreader_v{SCHEMA_VERSION}"

PASSAGE = "passage"
EPISODE = "episode"


class PassagePositions(Positions):  # type: ignore[misc]
    """Whoosh's positions format with each posting's positions as a plain array of 32-bit
    integers instead of a pickled list of deltas: cheaper to encode and decode (profiled on 100
    generated episodes, 1.0 s to encode 650,000 postings against 2.2 s for the pickles alone),
    and 4 bytes for the usual single position instead of 13 or more.

    The index's table of contents pickles the schema with this class's module and name (and
    :class:`PassageText`'s, and its analyzer's): renaming or moving either needs SCHEMA_VERSION
    raised, which rebuilds the index. Pickled, so keep it stateless."""

    def encode(self, poslist: list[int]) -> bytes:
        return array("I", poslist).tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return array("I", valuestring).tolist()

    def decode_frequency(self, valuestring: bytes) -> int:
        return len(valuestring) // _POSITION_SIZE


_POSITION_SIZE = array("I").itemsize


class PassageText(TEXT):  # type: ignore[misc]
    """Analysed text with positions, for phrases. Pickled into the index by module and name.

    It stays scorable (field lengths are written) although the ranking does not use lengths:
    for a field without lengths, Whoosh 2.7.5 looks for the missing length file once per
    posting when it writes a segment.
    """

    def __init__(self) -> None:
        super().__init__(analyzer=PassageAnalyzer(), phrase=True)
        self.format = PassagePositions()

    def index(self, value: str, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        """(term, frequency, weight, positions) per distinct term, straight from
        :func:`index_terms` rather than a Token per term through the analyzer protocol."""
        positions: defaultdict[str, list[int]] = defaultdict(list)
        for term, pos in index_terms(value):
            positions[term].append(pos)
        boost, encode = self.format.field_boost, self.format.encode
        for term, poslist in positions.items():
            count = len(poslist)
            yield term.encode(), count, count * boost, encode(poslist)


#: What the date column holds for a document without a date (episode documents): the
#: column's default for 32-bit unsigned numbers.
NO_DATE = 2**32 - 1


def is_date_column_value(value: int) -> bool:
    """Whether the date column can hold ``value``: a ``yyyymmdd`` date, 0 for a passage of an
    undated episode, or NO_DATE. A damaged column holds other numbers."""
    month, day = value // 100 % 100, value % 100
    valid = 10000101 <= value <= 99991231 and 1 <= month <= 12 and 1 <= day <= 31
    return valid or value in (0, NO_DATE)


def build_schema() -> Schema:
    return Schema(
        kind=ID,
        episode=ID(stored=True),
        # Passage documents. Every indexed value costs a posting per passage, so only what
        # queries filter on is indexed; the track is only read back.
        track=STORED,
        paragraph=STORED,
        #: The reading paragraph to open: the passage itself, its aligned one, a chapter start.
        target=STORED,
        scope=ID,
        lang=ID,
        podcast=ID,
        # One term per value (shift_step=0), not eight: there are only a few thousand distinct
        # dates, so a range query walks them quickly without tiered terms.
        date=NUMERIC(int, bits=32, signed=False, sortable=True, shift_step=0),
        text=PassageText(),
        # Episode documents
        revision=STORED,
        title=PassageText(),
        podcast_name=PassageText(),
        people=PassageText(),
    )
