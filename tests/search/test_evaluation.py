"""The block-wise evaluator must find exactly what Whoosh's matchers find, with the same scores."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search.compiling import compile_query
from podreader.search.evaluation import PostingCache, Postings, evaluate, read_postings
from podreader.search.indexer import update_index
from podreader.search.query import parse
from podreader.search.scoring import SaturatedTF
from podreader.search.storage import indexed_episodes, open_existing
from tests.search.factories import make_episode, store

LINES = [
    "The harbour pilot guided the ferry past the breakwater.",
    "A ferry and a tug waited while the pilot boat turned.",
    "Gulls followed the tug; the harbour was quiet.",
    "The pilot said the breakwater needs repair before winter.",
    "Nobody on the ferry noticed the fog coming in.",
]


@pytest.fixture
def segmented(paths: DataPaths, library: Library) -> DataPaths:
    """Three commits, so three segments, and re-indexed episodes leave deleted documents."""
    for batch in range(3):
        for n in range(4):
            eid = f"ep{batch}{n}"
            lines = [
                f"{LINES[(n + i) % len(LINES)]} Call number {batch * 10 + n + i}." for i in range(4)
            ]
            store(library, make_episode(eid, lines, ["领航员引导渡轮。", "港口很安静。"][: n % 3]))
        update_index(paths)
    store(library, make_episode("ep01", ["Now only the fog and the ferry remain."]))
    update_index(paths)
    return paths


QUERIES = [
    "ferry",
    "ferry pilot",
    "ferry OR tug",
    "(ferry OR tug) harbour -fog",
    '"pilot boat"',
    "pilot breakwater*",
    "渡轮",
    "领航员",
    '"pilot boat" OR "harbour pilot"',
    "港",
    "ferry date:2024",
    "harbour in:transcript",
    "fog -pilot",
]


@pytest.mark.parametrize("text", QUERIES)
def test_same_matches_and_scores_as_whoosh(segmented: DataPaths, text: str) -> None:
    ix = open_existing(segmented)
    with ix.searcher(weighting=SaturatedTF()) as searcher:
        assert searcher.subsearchers is not None and len(searcher.subsearchers) > 1
        node = parse(text).node
        assert node is not None
        q = compile_query(node, searcher)
        expected = {hit.docnum: hit.score for hit in searcher.search(q, limit=None)}
        found = evaluate(searcher, q)
    ix.close()
    assert expected  # every query here matches something
    assert found.keys() == expected.keys()
    for doc, score in expected.items():
        assert found[doc] == pytest.approx(score), doc


def test_deleted_documents_are_left_out(segmented: DataPaths) -> None:
    ix = open_existing(segmented)
    with ix.searcher(weighting=SaturatedTF()) as searcher:
        assert any(r.has_deletions() for r, _ in searcher.reader().leaf_readers())
        # Re-indexed with one passage: its episode document and that passage, not the old four.
        assert len(evaluate(searcher, wq.Term("episode", "ep01"))) == 2
    ix.close()


def test_episode_spans_hold_each_episodes_live_documents_and_no_others(
    segmented: DataPaths,
) -> None:
    ix = open_existing(segmented)
    with ix.searcher(weighting=SaturatedTF()) as searcher:
        spans = indexed_episodes(searcher).spans
        docs = {eid: evaluate(searcher, wq.Term("episode", eid)).keys() for eid in spans}
        assert len(spans) == 12
        for eid, span in spans.items():
            assert docs[eid] <= set(span), eid
            assert not any(docs[other] & set(span) for other in spans if other != eid), eid
    ix.close()


def test_the_posting_cache_keeps_long_lists_and_evicts_the_oldest(
    paths: DataPaths, library: Library
) -> None:
    lines = [f"Harbour log entry {n}: a tug." for n in range(1200)]
    store(library, make_episode("log", lines))
    update_index(paths)
    ix = open_existing(paths)
    with ix.searcher(weighting=SaturatedTF()) as searcher:
        ((reader, offset),) = searcher.reader().leaf_readers()

        def cached(word: str) -> Postings:
            return cache.postings(reader, offset, "text", word)

        cache = PostingCache(max_postings=2500)  # room for two lists of 1,200
        harbour = cached("harbour")
        expected = read_postings(reader, offset, "text", "harbour")
        assert len(expected.docs) == 1200
        assert (list(harbour.docs), list(harbour.weights)) == (
            list(expected.docs),
            list(expected.weights),
        )
        assert cached("harbour") is harbour  # kept
        tug = cached("tug")
        assert cached("harbour") is harbour  # now the most recently used
        cached("log")  # the third list: the least recently used one goes
        assert cached("harbour") is harbour
        assert cached("tug") is not tug
        rare = cached("1199")  # shorter than MIN_POSTINGS: read from the index each time
        assert len(rare.docs) == 1 and cached("1199") is not rare
        cache = PostingCache(max_postings=0)  # off
        assert cached("harbour") is not cached("harbour")
    ix.close()
