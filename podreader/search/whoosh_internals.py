"""Every use of whoosh-reloaded's private internals, in one place.

podreader writes segments with its own writer and reads posting lists a block at a time (see
:mod:`podreader.search.writer` and :mod:`podreader.search.evaluation`); both need parts of
Whoosh that are not its public API. They are reached only through this module, written against
whoosh-reloaded WHOOSH_VERSION (pinned in ``pyproject.toml``); ``tests/search/
test_whoosh_internals.py`` asserts that version and exercises each touch point, so an upgrade
shows at once what moved. The fork is unmaintained, so the pin is not expected to move often.

Touch points:

- writing blocks: the codec's block size settings (``_blocklimit``, ``_inlinelimit``), the
  postings writer's block buffers (``_ids``, ``_weights``, ``_maxweight``, ``_values``,
  ``_byteids``), its ``_write_block`` and the ``_mini_*`` methods that shape a block's pickle,
  and the field writer's postings writer (``_postwriter``);
- committing: the segment writer's steps (``_check_state``, ``_added``, ``_flush_segment``,
  ``_finalize_segment``, ``_close_segment``, ``_merge_segments``, ``_commit_toc``,
  ``_finish``), a writer without the index lock (``_lk=False``) for worker processes, and the
  writer's ``pool``, which podreader replaces: Whoosh hands it the postings of segments it
  merges (``add``) and empties it when the segment closes (``cleanup``);
- reading: a block matcher's current block (``_data``, ``_read_data``, ``_next_block``) and the
  index's segment list (``ix._segments()``).
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.metadata import version
from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter
from whoosh.index import Index
from whoosh.matching import Matcher
from whoosh.writing import SegmentWriter

#: The whoosh-reloaded release these touch points were written and tested against.
WHOOSH_VERSION = "2.7.5"


def installed_version() -> str:
    return version("whoosh-reloaded")


# -- writing blocks ----------------------------------------------------------------------------


class BlockPostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    """Whoosh 3's postings writer with what a block pickles made by ``pack_*`` methods, and
    filled a whole block at a time by :meth:`fill_block` instead of a posting per call."""

    def __init__(self, codec: W3Codec, dbfile: Any, byteids: bool, compression: int) -> None:
        super().__init__(
            dbfile,
            blocklimit=codec._blocklimit,
            byteids=byteids,
            compression=compression,
            inlinelimit=codec._inlinelimit,
        )

    @property
    def block_limit(self) -> int:
        limit: int = self._blocklimit
        return limit

    def fill_block(self, ids: Any, weights: Any, values: Any) -> None:
        """Replace the buffered block, as ``add_posting`` would have filled it."""
        self._ids = ids
        self._weights = weights
        self._maxweight = max(weights)
        self._values = values

    def write_block(self) -> None:
        """Write the buffered block (not the last: the field writer's ``finish_term`` writes
        that one)."""
        self._write_block()

    def pack_ids(self, ids: Any) -> Any:
        """What a block stores for its document numbers."""
        raise NotImplementedError

    def pack_weights(self, weights: Any) -> Any:
        raise NotImplementedError

    def pack_values(self, values: Any) -> Any:
        raise NotImplementedError

    def _mini_ids(self) -> Any:
        if self._byteids:  # term vectors, which podreader does not write
            return super()._mini_ids()
        return self.pack_ids(self._ids)

    def _mini_weights(self) -> Any:
        return self.pack_weights(self._weights)

    def _mini_values(self) -> Any:
        return self.pack_values(self._values)


def postings_writer_of(fieldwriter: Any) -> BlockPostingsWriter:
    """The postings writer a field writer has open for the current term."""
    writer: BlockPostingsWriter = fieldwriter._postwriter
    return writer


# -- committing --------------------------------------------------------------------------------


class StepwiseWriter(SegmentWriter):  # type: ignore[misc]
    """Whoosh's segment writer with its commit broken into the steps podreader runs itself:
    postings flushed by :meth:`flush_postings`, segments from other processes committed
    alongside this writer's own."""

    @classmethod
    def unlocked(cls, ix: Index, **kwargs: Any) -> StepwiseWriter:
        """A writer that does not take the index lock: a worker writing a segment that the
        process holding the lock commits."""
        return cls(ix, _lk=False, **kwargs)

    def flush_postings(self) -> None:
        raise NotImplementedError

    def _flush_segment(self) -> None:
        self.flush_postings()

    def check_state(self) -> None:
        """Raise if the writer was already committed or cancelled."""
        self._check_state()

    @property
    def added(self) -> bool:
        """Whether documents were added (so a new segment has to be written)."""
        return bool(self._added)

    @added.setter
    def added(self, value: bool) -> None:
        self._added = value

    def finalize_segment(self) -> Any:
        """Write this writer's segment and return it, without committing it."""
        return self._finalize_segment()

    def close_segment(self) -> None:
        """Close this writer's segment files without writing the segment."""
        self._close_segment()

    def commit_segments(self, segments: list[Any], mergetype: Any) -> None:
        """Commit, adding ``segments`` written by other processes to the index with this
        writer's own, after ``mergetype`` chose what to keep of the existing ones."""
        self._check_state()
        final: list[Any] = self._merge_segments(mergetype, None, None)
        final += segments
        if self._added:
            final.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(final)
        self._finish()


# -- reading -----------------------------------------------------------------------------------


def index_segments(ix: Index) -> list[Any]:
    """The segments the index consists of now (read from its current table of contents)."""
    found: list[Any] = ix._segments()
    return found


def is_block_matcher(matcher: Matcher) -> bool:
    """Whoosh 3 codec block matchers can be read a block at a time; any other matcher (such
    as a short in-memory list) only a posting at a time."""
    return hasattr(matcher, "_read_data") and hasattr(matcher, "_next_block")


def raw_blocks(matcher: Matcher) -> Iterator[tuple[Any, Any, Any]]:
    """Each remaining block of a block matcher as stored: delta-coded document numbers, the
    weights (None: all 1, one number for all, or one each) and the values."""
    while matcher.is_active():
        if matcher._data is None:
            matcher._read_data()
        yield matcher._data
        matcher._next_block()
