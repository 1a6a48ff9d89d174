"""Writing segments without Whoosh's per-posting Python calls.

Whoosh's :class:`~whoosh.writing.SegmentWriter` hands every posting through about ten Python
calls: a sorting pool that sizes each one and later sorts them all, then a field writer that
looks up the document's field length and type-checks the posting before buffering it into a
block. Passages make about 200,000 postings per megabyte of text, and that path was over half of
the time of indexing. :class:`BulkWriter` keeps Whoosh's per-document handling (stored fields,
lengths, columns) and its segment files, but gathers postings per term in arrays and writes
each term's postings a block at a time. The files are Whoosh's own: Whoosh reads them unchanged.

Two more things cost time for nothing, and :class:`PodreaderCodec` changes them:

- Whoosh pickles a block's posting values (the positions) as a tuple of bytes with pickle
  protocol 2, which has no opcode for bytes: every value became a ``_codecs.encode`` call when
  written and again when read. :class:`PackedValues` holds a block's values as one bytes object.
- Every block was zlib-compressed; a zlib call costs ~25 µs however small its input, and most
  terms have a handful of postings. Small blocks are now stored as they are.

Segments are left as separate files rather than assembled into one compound file: reading a
compound file without memory mapping (see :mod:`podreader.search.storage`) goes through a
Python file wrapper for every small read, which made a cold search of a common word 40% slower.

Blocks carry no field-length bounds: the ranking (:mod:`podreader.search.scoring`) does not use
lengths, and Whoosh writes blocks the same way for unscored fields.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Sequence
from itertools import accumulate
from operator import sub
from typing import Any

from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import UnknownFieldError

from podreader.search.whoosh_internals import (
    BlockPostingsWriter,
    StepwiseWriter,
    postings_writer_of,
)

#: A term's postings in memory: document numbers, weights, the values one after another, and
#: each value's length. About 20 bytes a posting, where Whoosh's pool kept a tuple of ~200.
_Postings = tuple["array[int]", "array[float]", bytearray, "array[int]"]

#: Postings per block (Whoosh's default is 128). Reading a block costs ~20 µs besides its
#: postings, and a word in most passages has tens of thousands of them: bigger blocks made
#: such a word's first search faster. (Whoosh skips whole blocks only for scoring bounds,
#: which podreader's evaluation does not use.)
BLOCK_POSTINGS = 512

#: Values (positions) of a block are compressed from this many bytes on; a zlib call costs
#: ~20 µs however little it has to do.
_COMPRESS_FROM = 512


def _array(typecode: str, blob: bytes) -> array[Any]:
    """How a :class:`_Numbers` comes back from a pickle: one C call.

    Index blocks pickle this function by module and name: renaming or moving it needs
    SCHEMA_VERSION raised (a new version is rebuilt from the library)."""
    return array(typecode, blob)


class _Numbers:
    """Numbers that pickle as the bytes of an array and unpickle as that array."""

    __slots__ = ("numbers",)

    def __init__(self, numbers: array[int] | array[float]) -> None:
        self.numbers = numbers

    @classmethod
    def whole(cls, numbers: Sequence[int]) -> _Numbers:
        """Non-negative integers, in the smallest array type that holds them."""
        top = max(numbers, default=0)
        return cls(array("B" if top < 1 << 8 else "H" if top < 1 << 16 else "I", numbers))

    @classmethod
    def weights(cls, weights: Sequence[float]) -> _Numbers:
        """Term frequencies are whole numbers, unless a boost made them otherwise."""
        if all(map(float.is_integer, weights)):
            return cls.whole(list(map(int, weights)))
        return cls(array("f", weights))

    def __reduce__(self) -> tuple[Any, tuple[str, bytes]]:
        return _array, (self.numbers.typecode, self.numbers.tobytes())


class PackedValues:
    """A block's posting values (positions) as one bytes object, compressed when long, and
    their end offsets. Readers index it like the tuple Whoosh would have stored; it is only
    decompressed when a value is asked for (a phrase), not when documents are counted.

    Index blocks pickle this class by module and name: renaming or moving it needs
    SCHEMA_VERSION raised (a new version is rebuilt from the library)."""

    __slots__ = ("_blob", "data", "ends")

    def __init__(self, data: bytes, ends: Sequence[int]) -> None:
        self.data = data
        self.ends = ends
        self._blob: bytes | None = None

    @classmethod
    def pack(cls, values: Sequence[bytes | bytearray], ends: Sequence[int]) -> PackedValues:
        blob = b"".join(values)
        return cls(zlib.compress(blob) if len(blob) >= _COMPRESS_FROM else blob, ends)

    def __reduce__(self) -> tuple[Any, tuple[bytes, _Numbers]]:
        return PackedValues, (self.data, _Numbers.whole(self.ends))

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: int) -> bytes:
        blob = self._blob
        if blob is None:
            # Only long values are compressed, and then they no longer end at the last end.
            blob = self.data
            if len(blob) != self.ends[-1]:
                blob = zlib.decompress(blob)
            self._blob = blob
        return blob[self.ends[i - 1] if i else 0 : self.ends[i]]


class _PackedPostingsWriter(BlockPostingsWriter):
    """Blocks whose document numbers and weights unpickle as arrays and whose values are
    packed; blocks are not compressed as a whole (PodreaderCodec passes compression 0)."""

    def pack_ids(self, ids: Any) -> Any:
        return _Numbers.whole([ids[0], *map(sub, ids[1:], ids[:-1])])

    def pack_weights(self, weights: Any) -> Any:
        first = weights[0]
        if all(w == first for w in weights):
            return None if first == 1.0 else float(first)
        return _Numbers.weights(weights)

    def pack_values(self, values: PackedValues | list[bytes]) -> PackedValues | None:
        if not values:
            return None
        assert isinstance(values, PackedValues), "BulkWriter fills blocks with packed values"
        return values


class PodreaderCodec(W3Codec):  # type: ignore[misc]
    """Whoosh's codec with compact blocks (see :class:`_PackedPostingsWriter`).

    Its segments read with Whoosh's own reader. The index's table of contents pickles each
    segment's codec by module and class name, so this class must stay importable under this
    name: renaming or moving it needs SCHEMA_VERSION raised (a new version is rebuilt).
    """

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> BlockPostingsWriter:
        return _PackedPostingsWriter(self, dbfile, byteids, compression=0)


class _Pool:
    """Postings per field and term, in memory. The indexer commits a bounded amount of text
    at a time, so nothing needs sorting through temporary files as Whoosh's pool does."""

    def __init__(self) -> None:
        self.fields: dict[str, dict[bytes, _Postings]] = {}

    def add_field(self, fieldname: str, docnum: int, postings: Any) -> int:
        """Add one document's (term, frequency, weight, value) postings; return its length."""
        terms = self.fields.setdefault(fieldname, {})
        length = 0
        for tbytes, freq, weight, vbytes in postings:
            entry = terms.get(tbytes)
            if entry is None:
                entry = terms[tbytes] = (array("I"), array("f"), bytearray(), array("I"))
            docs, weights, values, lengths = entry
            docs.append(docnum)
            weights.append(weight)
            if vbytes:
                values += vbytes
                lengths.append(len(vbytes))
            length += freq
        return length

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """Whoosh's pool interface, for postings of segments merged into this one."""
        fieldname, tbytes, docnum, weight, vbytes = item
        self.add_field(fieldname, docnum, ((tbytes, 0, weight, vbytes),))

    def cleanup(self) -> None:
        self.fields.clear()


class BulkWriter(StepwiseWriter):
    """A SegmentWriter for podreader's schema, used like ``ix.writer()``.

    Documents are added as by Whoosh's writer, except that field and document boosts
    (``_boost`` keys) and term vectors are not supported: podreader's schema uses neither.
    Postings of segments merged in come after this writer's documents, with higher numbers,
    so every term's postings stay in document order.
    """

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        codec = PodreaderCodec(blocklimit=BLOCK_POSTINGS)
        super().__init__(ix, codec=codec, compound=False, **kwargs)
        self.pool = _Pool()

    def add_document(self, **fields: Any) -> None:
        self.check_state()
        docnum = self.docnum
        perdoc = self.perdocwriter
        perdoc.start_doc(docnum)
        try:
            for fieldname in sorted(fields):
                value = fields[fieldname]
                if value is None:
                    continue
                if fieldname not in self.schema:
                    raise UnknownFieldError(f"No field named {fieldname!r} in the schema")
                field = self.schema[fieldname]
                length = 0
                if field.indexed:
                    length = self.pool.add_field(fieldname, docnum, field.index(value))
                    if not field.scorable:
                        length = 0
                perdoc.add_field(fieldname, field, value if field.stored else None, length)
                if field.column_type:
                    perdoc.add_column_value(
                        fieldname, field.column_type, field.to_column_value(value)
                    )
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self.added = True
        self.docnum += 1

    def flush_postings(self) -> None:
        self.perdocwriter.close()
        fieldwriter = self.fieldwriter
        for fieldname in sorted(self.pool.fields):
            terms = self.pool.fields[fieldname]
            fieldwriter.start_field(fieldname, self.schema[fieldname])
            for tbytes in sorted(terms):
                fieldwriter.start_term(tbytes)
                _fill_blocks(postings_writer_of(fieldwriter), *terms[tbytes])
                fieldwriter.finish_term()
            fieldwriter.finish_field()
        fieldwriter.close()


def _fill_blocks(
    block: BlockPostingsWriter,
    docs: array[int],
    weights: array[float],
    values: bytearray,
    lengths: array[int],
) -> None:
    """Fill a postings writer's block buffers the way ``add_posting`` does one posting at a
    time, writing each full block; the field writer's ``finish_term`` writes the last one."""
    limit = block.block_limit
    offset = 0
    for start in range(0, len(docs), limit):
        end = start + limit
        packed: PackedValues | list[bytes] = []
        if lengths:
            ends = tuple(accumulate(lengths[start:end]))
            packed = PackedValues.pack([values[offset : offset + ends[-1]]], ends)
            offset += ends[-1]
        block.fill_block(docs[start:end], weights[start:end], packed)
        if end < len(docs):
            block.write_block()
