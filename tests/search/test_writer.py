"""BulkWriter writes what Whoosh's own writer writes, in the files Whoosh reads."""

from __future__ import annotations

import pickle
from itertools import accumulate
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.index import Index

from podreader.search.schema import INDEX_NAME, PASSAGE, build_schema
from podreader.search.scoring import SaturatedTF
from podreader.search.whoosh_internals import index_segments
from podreader.search.writer import BLOCK_POSTINGS, BulkWriter, PackedValues, _Numbers

WORDS = [
    "amber",
    "birch",
    "cedar",
    "delta",
    "ember",
    "fjord",
    "grove",
    "harbour",
    "inlet",
    "juniper",
]


def documents(count: int) -> list[dict[str, Any]]:
    """Passages with words recurring at different rates, so that some terms fill several
    blocks of 128 postings, some sit around the compression threshold and some occur once;
    some words repeat inside a passage (weights above 1, several positions)."""
    docs = []
    for n in range(count):
        words = [WORDS[i] for i in range(len(WORDS)) if n % (i + 1) == 0]
        words += [f"rare{n}", "国际合作", WORDS[n % 3]]
        docs.append(
            {
                "kind": PASSAGE,
                "episode": f"ep{n % 7}",
                "track": "transcript",
                "paragraph": n,
                "scope": "transcript",
                "lang": "en",
                "podcast": "Harbour Talks",
                "date": 20240101 + n % 28,
                "text": " ".join(words) + f" costs {n} dollars",
            }
        )
    return docs


def new_index(folder: Path) -> Index:
    folder.mkdir()
    return whoosh_index.create_in(str(folder), build_schema(), indexname=INDEX_NAME)


def postings(ix: Index) -> dict[tuple[str, bytes], list[tuple[int, float, list[int] | None]]]:
    """Every term's (document, weight, positions) as read back through Whoosh."""
    found = {}
    with ix.reader() as reader:
        for fieldname, tbytes in reader.all_terms():
            matcher = reader.postings(fieldname, tbytes)
            positional = matcher.supports("positions")
            rows = []
            while matcher.is_active():
                positions = matcher.value_as("positions") if positional else None
                rows.append((matcher.id(), matcher.weight(), positions))
                matcher.next()
            found[fieldname, tbytes] = rows
    return found


def test_bulk_writer_writes_the_postings_whooshs_writer_writes(tmp_path: Path) -> None:
    docs = documents(1100)
    theirs, ours = new_index(tmp_path / "whoosh"), new_index(tmp_path / "bulk")
    with theirs.writer() as writer:
        for doc in docs:
            writer.add_document(**doc)
    writer = BulkWriter(ours)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    expected, written = postings(theirs), postings(ours)
    assert written == expected
    assert len(expected["text", b"amber"]) == 1100 > 2 * BLOCK_POSTINGS  # three blocks
    assert len(expected["text", b"rare5"]) == 1
    with ours.searcher() as searcher, theirs.searcher() as reference:
        for field in ("kind", "episode", "paragraph", "date"):
            assert [searcher.stored_fields(d).get(field) for d in range(1100)] == [
                reference.stored_fields(d).get(field) for d in range(1100)
            ]
        assert searcher.reader().column_reader("date")[9] == 20240110


def test_phrases_and_scores_work_on_bulk_written_segments(tmp_path: Path) -> None:
    ix = new_index(tmp_path / "bulk")
    writer = BulkWriter(ix)
    for doc in documents(300):
        writer.add_document(**doc)
    writer.commit()
    with ix.searcher(weighting=SaturatedTF()) as searcher:
        # 国际合作 is indexed as the bigrams 国际 际合 合作 (and a trailing 作).
        phrase = wq.Phrase("text", ["国际", "际合", "合作"])
        assert len(searcher.search(phrase, limit=None)) == 300
        shuffled = wq.Phrase("text", ["合作", "国际"])
        assert len(searcher.search(shuffled, limit=None)) == 0
        hits = searcher.search(wq.Term("text", "amber"), limit=3)
        # "amber" twice (every passage, and n % 3 == 0) outranks once.
        assert all(hit["paragraph"] % 3 == 0 for hit in hits)


def test_merging_bulk_written_segments_keeps_every_posting(tmp_path: Path) -> None:
    docs = documents(260)
    ix = new_index(tmp_path / "bulk")
    for part in (docs[:130], docs[130:]):
        writer = BulkWriter(ix)
        for doc in part:
            writer.add_document(**doc)
        writer.commit(merge=False)
    assert len(index_segments(ix)) == 2
    before = postings(ix)
    writer = BulkWriter(ix)
    writer.commit(optimize=True)  # merges the two through the writer's pool
    assert len(index_segments(ix)) == 1
    assert postings(ix) == before


def test_packed_values_index_and_pickle_like_a_tuple() -> None:
    values = [b"\x01\x00\x00\x00", b"", b"\x02\x00\x00\x00\x07\x00\x00\x00"]
    packed = PackedValues(b"".join(values), (4, 4, 12))
    assert [packed[i] for i in range(len(packed))] == values
    again = pickle.loads(pickle.dumps(packed, 2))
    assert [again[i] for i in range(len(again))] == values


def test_long_packed_values_are_compressed_and_read_back() -> None:
    values = [bytes([n % 7, 0, 0, 0]) * (1 + n % 3) for n in range(300)]
    packed = PackedValues.pack(values, tuple(accumulate(map(len, values))))
    assert len(packed.data) < sum(map(len, values))
    again = pickle.loads(pickle.dumps(packed, 2))
    assert [again[i] for i in range(len(again))] == values


def test_block_numbers_unpickle_as_the_smallest_array_that_holds_them() -> None:
    for numbers, typecode in (([0, 255], "B"), ([3, 256], "H"), ([1, 70_000], "I")):
        unpacked = pickle.loads(pickle.dumps(_Numbers.whole(numbers), 2))
        assert (unpacked.typecode, list(unpacked)) == (typecode, numbers)
    weights = pickle.loads(pickle.dumps(_Numbers.weights([1.0, 2.0, 3.0]), 2))
    assert (weights.typecode, list(weights)) == ("B", [1, 2, 3])
    boosted = pickle.loads(pickle.dumps(_Numbers.weights([1.5, 2.0]), 2))
    assert (boosted.typecode, list(boosted)) == ("f", [1.5, 2.0])
