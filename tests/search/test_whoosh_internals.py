"""The private parts of Whoosh that podreader uses, each exercised on the pinned release."""

from __future__ import annotations

import re
import tomllib
from array import array
from itertools import accumulate
from pathlib import Path

import pytest
from whoosh.matching import ListMatcher
from whoosh.writing import NO_MERGE, OPTIMIZE, IndexingError

from podreader.search import whoosh_internals as internals
from podreader.search.writer import BLOCK_POSTINGS, BulkWriter
from tests.search.test_writer import documents, new_index, postings

REPO = Path(__file__).resolve().parents[2]


def test_the_installed_whoosh_is_the_pinned_release() -> None:
    assert internals.installed_version() == internals.WHOOSH_VERSION
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in project["project"]["dependencies"] if d.lower().startswith("whoosh")]
    assert pins == [f"whoosh-reloaded=={internals.WHOOSH_VERSION}"]


def test_blocks_are_written_a_block_at_a_time_and_read_back_raw(tmp_path: Path) -> None:
    ix = new_index(tmp_path / "ix")
    writer = BulkWriter(ix)
    assert not writer.added
    for doc in documents(1100):
        writer.add_document(**doc)
    assert writer.added
    writer.commit()  # flush_postings -> postings_writer_of, fill_block, write_block, pack_*
    (segment,) = internals.index_segments(ix)
    assert segment.doc_count_all() == 1100
    with ix.reader() as reader:
        matcher = reader.postings("text", b"amber")  # in every passage: three blocks
        assert internals.is_block_matcher(matcher)
        blocks = list(internals.raw_blocks(matcher))
        assert [len(ids) for ids, _, _ in blocks] == [BLOCK_POSTINGS, BLOCK_POSTINGS, 76]
        assert isinstance(blocks[0][0], array)  # pack_ids: numbers that unpickle as arrays
        docs = [d for ids, _, _ in blocks for d in accumulate(ids)]  # first absolute, then deltas
        assert docs == list(range(1100))
        weights = [w for _, stored, _ in blocks for w in stored]  # pack_weights: one each
        assert set(weights) == {1, 2}  # amber twice where n % 3 == 0
        values = blocks[0][2]  # pack_values: packed positions
        assert len(values) == BLOCK_POSTINGS and values[0]
    assert not internals.is_block_matcher(ListMatcher([1, 2]))
    ix.close()


def test_a_worker_writes_a_segment_unlocked_that_the_lock_holder_commits(tmp_path: Path) -> None:
    docs = documents(300)
    ix = new_index(tmp_path / "ix")
    holder = BulkWriter(ix)  # holds the index lock
    for doc in docs[:100]:
        holder.add_document(**doc)
    worker = BulkWriter.unlocked(ix)  # would raise LockError if it asked for the lock
    for doc in docs[100:]:
        worker.add_document(**doc)
    segment = worker.finalize_segment()
    idle = BulkWriter.unlocked(ix)
    idle.close_segment()  # nothing added: its files are closed, no segment is written
    holder.commit_segments([segment], NO_MERGE)
    assert len(internals.index_segments(ix)) == 2
    with pytest.raises(IndexingError):
        holder.check_state()  # committed: the writer refuses more work
    found = postings(ix)
    assert len(found["text", b"amber"]) == 300
    # A merge hands the segments' postings to the writer's pool (pool.add), then writes them.
    BulkWriter(ix).commit_segments([], OPTIMIZE)
    assert len(internals.index_segments(ix)) == 1
    assert postings(ix) == found
    ix.close()


def test_the_index_pickles_these_podreader_names_only(tmp_path: Path) -> None:
    """The index's table of contents and blocks pickle classes by module and name: renaming
    or moving any of these makes existing indexes unreadable, so it needs SCHEMA_VERSION
    raised (which rebuilds the index; see test_recovery)."""
    ix = new_index(tmp_path / "ix")
    writer = BulkWriter(ix)
    for doc in documents(600):
        writer.add_document(**doc)
    writer.commit()
    ix.close()
    names = set()
    for file in (tmp_path / "ix").iterdir():
        data = file.read_bytes()
        # Pickle protocol 2 names a global as "c<module>\n<name>\n" (blocks); protocol 4 and
        # later push two short strings before STACK_GLOBAL (the table of contents).
        names.update(re.findall(rb"c(podreader[\w.]*)\n(\w+)\n", data))
        names.update(re.findall(rb"\x8c.(podreader[\w.]*)\x94\x8c.(\w+)\x94\x93", data))
    assert {f"{m.decode()}.{n.decode()}" for m, n in names} == {
        "podreader.search.analysis.PassageAnalyzer",
        "podreader.search.schema.PassagePositions",
        "podreader.search.schema.PassageText",
        "podreader.search.writer.PackedValues",
        "podreader.search.writer.PodreaderCodec",
        "podreader.search.writer._array",
    }
