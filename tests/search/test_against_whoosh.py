"""podreader's index and ranking against stock Whoosh, on a generated archive.

The same documents are written once with Whoosh's own writer (one segment: the reference) and
by podreader's indexer, as one big segment and as several small ones from successive imports.
The postings must be identical, and for a few hundred queries of every kind the passages shown
must be the best of Whoosh's full ranking (``limit=None``) plus the title boost the README
documents, on every layout, after deletions and after a merge.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.index import Index

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search import indexer
from podreader.search.analysis import title_terms
from podreader.search.documents import episode_documents
from podreader.search.engine import SearchEngine, SearchOptions, passage_query
from podreader.search.indexer import update_index
from podreader.search.query import highlight_of, parse
from podreader.search.ranking import TITLE_BOOST
from podreader.search.schema import INDEX_NAME, build_schema
from podreader.search.scoring import SaturatedTF
from podreader.search.storage import open_index
from podreader.search.whoosh_internals import index_segments
from podreader.search.writer import BulkWriter
from tests.search.factories import store
from tests.search.generated import Archive, generate
from tests.search.test_writer import postings

#: Hit scores are given to three decimals.
_CLOSE = 6e-4
OPTIONS = SearchOptions(limit=20, per_episode=3, exact_total=True)
DELETED = ["ep003", "ep010", "ep011", "ep024"]

#: (episode, track, paragraph): a passage, whatever its document number in a layout.
Passage = tuple[str, str, int]


@pytest.fixture(scope="module")
def archive() -> Archive:
    return generate(seed=16, episodes=40, paragraphs=30)


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("against_whoosh")


def _library(root: Path, archive: Archive, batches: int) -> DataPaths:
    """A library of the archive, indexed after each of ``batches`` imports, in this process
    (worker processes would split even one import into a segment per worker)."""
    paths = DataPaths(root).ensure()
    size = -(-len(archive.episodes) // batches)
    with pytest.MonkeyPatch.context() as patch, Library(paths) as library:
        patch.setattr(indexer, "PARALLEL_FROM", 10**9)
        for start in range(0, len(archive.episodes), size):
            for episode in archive.episodes[start : start + size]:
                store(library, episode)
            update_index(paths)
    return paths


@pytest.fixture(scope="module")
def one_segment(folders: Path, archive: Archive) -> DataPaths:
    paths = _library(folders / "one", archive, batches=1)
    assert _segments(paths) == 1
    return paths


@pytest.fixture(scope="module")
def small_segments(folders: Path, archive: Archive) -> DataPaths:
    paths = _library(folders / "small", archive, batches=5)
    assert _segments(paths) >= 3
    return paths


@pytest.fixture(scope="module")
def reference(folders: Path, one_segment: DataPaths) -> Path:
    """The same documents in the same order, written by Whoosh's own writer."""
    folder = folders / "whoosh"
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema(), indexname=INDEX_NAME)
    with Library(one_segment) as library, ix.writer(limitmb=256) as writer:
        for eid, revision in sorted(library.revisions().items()):
            episode = library.episode(eid)
            assert episode is not None
            for doc in episode_documents(episode, revision):
                writer.add_document(**doc)
    ix.close()
    return folder


def _segments(paths: DataPaths) -> int:
    ix = open_index(paths)
    try:
        return len(index_segments(ix))
    finally:
        ix.close()


def _open(folder: Path) -> Index:
    return whoosh_index.open_dir(str(folder), indexname=INDEX_NAME)


@dataclass(frozen=True, slots=True)
class Expected:
    """Whoosh's full ranking of one query, with the boost."""

    scores: dict[Passage, float]

    def episode_matches(self) -> Counter[str]:
        return Counter(eid for eid, _, _ in self.scores)


def expected_rankings(folder: Path, archive: Archive) -> dict[str, Expected]:
    titles = {episode.id: title_terms(episode.title) for episode in archive.episodes}
    ix = _open(folder)
    found = {}
    with ix.searcher(weighting=SaturatedTF()) as searcher:
        reader = searcher.reader()
        passage = {
            doc: (str(f["episode"]), str(f["track"]), int(f["paragraph"]))
            for doc, f in reader.iter_docs()
            if "track" in f
        }

        def as_words(q: wq.Query) -> wq.Query:
            # The documented meaning of a prefix: the OR of the words it expands to.
            return q.simplify(reader) if isinstance(q, wq.Prefix) else q

        for text in archive.queries:
            node = parse(text).node
            assert node is not None, text
            q = passage_query(node, searcher, OPTIONS).accept(as_words)
            words = highlight_of(node).terms
            results = searcher.search(q, limit=None)
            scores = {}
            for score, doc in results.top_n:
                eid = passage[doc][0]
                scores[passage[doc]] = score + (TITLE_BOOST if words & titles[eid] else 0.0)
            found[text] = Expected(scores)
    ix.close()
    return found


def check_ranking(paths: DataPaths, expected: dict[str, Expected]) -> int:
    """Every query's results against the reference; returns how many found something."""
    engine = SearchEngine(paths)
    try:
        answered = 0
        for text, reference in expected.items():
            results = engine.search(text, OPTIONS)
            check_results(text, results.total, results.groups, reference)
            answered += bool(results.groups)
        return answered
    finally:
        engine.close()


def check_results(text: str, total: int, groups: list, reference: Expected) -> None:  # type: ignore[type-arg]
    """The passages shown are a best page of the reference ranking, ties aside: each has its
    reference score; as many are shown as the reference allows; and any passage scoring more
    than the last shown was shown, or its episode already shows ``per_episode`` better ones."""
    assert total == len(reference.scores), text
    counts = reference.episode_matches()
    shown: dict[Passage, float] = {}
    per_episode: dict[str, list[float]] = {}
    for group in groups:
        assert group.matches == counts[group.episode_id], (text, group.episode_id)
        for hit in group.hits:
            passage = (group.episode_id, hit.track, hit.paragraph_id)
            assert passage in reference.scores, (text, passage)
            assert hit.score == pytest.approx(reference.scores[passage], abs=_CLOSE), (
                text,
                passage,
            )
            shown[passage] = hit.score
            per_episode.setdefault(group.episode_id, []).append(hit.score)
    room = sum(min(OPTIONS.per_episode, n) for n in counts.values())
    assert len(shown) == min(OPTIONS.limit, room), text
    if not shown:
        return
    last = min(shown.values())
    for passage, score in reference.scores.items():
        if score > last + _CLOSE and passage not in shown:
            full = per_episode.get(passage[0], [])
            assert len(full) == OPTIONS.per_episode, (text, passage, score, last)
            assert min(full) >= score - _CLOSE, (text, passage, score)


def test_postings_and_stored_fields_are_whooshs(one_segment: DataPaths, reference: Path) -> None:
    ours, theirs = open_index(one_segment), _open(reference)
    try:
        expected = postings(theirs)
        assert postings(ours) == expected
        assert len(expected) > 1000
        with ours.reader() as mine, theirs.reader() as stock:
            assert list(mine.iter_docs()) == list(stock.iter_docs())
    finally:
        ours.close()
        theirs.close()


@pytest.fixture(scope="module")
def expected(reference: Path, archive: Archive) -> dict[str, Expected]:
    return expected_rankings(reference, archive)


@pytest.mark.parametrize("layout", ["one_segment", "small_segments"])
def test_ranking_is_whooshs_full_ranking_with_the_title_boost(
    request: pytest.FixtureRequest, layout: str, expected: dict[str, Expected]
) -> None:
    paths: DataPaths = request.getfixturevalue(layout)
    answered = check_ranking(paths, expected)
    assert answered > len(expected) * 0.8


@pytest.fixture
def after_deletions(
    folders: Path, small_segments: DataPaths, reference: Path
) -> Iterator[tuple[DataPaths, Path]]:
    """Copies of the small-segment library and of the reference, the same episodes deleted."""
    paths = DataPaths(folders / "deleted")
    shutil.copytree(small_segments.root, paths.root)
    folder = folders / "whoosh-deleted"
    shutil.copytree(reference, folder)
    with Library(paths) as library:
        for eid in DELETED:
            assert library.delete(eid)
    update_index(paths)
    ix = _open(folder)
    with ix.writer() as writer:
        for eid in DELETED:
            writer.delete_by_term("episode", eid)
    ix.close()
    yield paths, folder
    shutil.rmtree(paths.root)
    shutil.rmtree(folder)


def test_ranking_after_deletions_and_a_merge(
    after_deletions: tuple[DataPaths, Path], archive: Archive
) -> None:
    paths, folder = after_deletions
    kept = Archive([e for e in archive.episodes if e.id not in DELETED], archive.queries)
    check_ranking(paths, expected_rankings(folder, kept))
    ours, theirs = open_index(paths), _open(folder)
    BulkWriter(ours).commit(optimize=True)
    theirs.writer().commit(optimize=True)
    assert len(index_segments(ours)) == 1
    ours.close()
    theirs.close()
    assert check_ranking(paths, expected_rankings(folder, kept)) > len(archive.queries) * 0.8
