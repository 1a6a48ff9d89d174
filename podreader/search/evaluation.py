"""Evaluating a query over whole posting lists, read a block at a time.

Whoosh walks a query one matching document at a time in Python (several microseconds each) and
can skip only blocks whose best score cannot reach the page. Passage scores are nearly flat, so
a pair of words that each occur in most passages (``OpenAI CoreWeave`` in the generated archive)
meant visiting every match: 200-500 ms. Here a term's postings are read a whole block (128
postings) per step, and ``And``/``Or``/``Not`` become set and dict operations that run in C;
only what needs positions or ranges (phrases, prefixes, dates) goes through Whoosh's matchers,
which then check only the documents the other parts left over (for a phrase: the documents
holding all its words).
Scores are exactly Whoosh's: the same weighting model, the same idf.

The result is every match with its score, so totals and per-episode counts come free.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Any

from whoosh import query as wq
from whoosh.matching import Matcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

#: Global document number -> score.
Scores = dict[int, float]


class PostingCache:
    """Long posting lists of one searcher, decoded, most recently used kept.

    Whoosh stores each posting's positions as a separate pickled bytes object, so decoding a
    block costs far more than using it: a word in most passages takes 20-40 ms to read and well
    under 5 ms to score from memory. Searches from one window repeat words (typing, refining),
    so the long lists are kept, as arrays of 12 bytes a posting.
    """

    #: Shorter lists read fast enough from the index.
    MIN_POSTINGS = 1000
    #: About 24 MB of arrays; 0 turns the cache off.
    DEFAULT_POSTINGS = 2_000_000

    def __init__(self, max_postings: int = DEFAULT_POSTINGS) -> None:
        self.max_postings = max_postings
        self._lists: OrderedDict[tuple[int, str, str], tuple[array[int], array[float]]] = (
            OrderedDict()
        )
        self._size = 0

    def postings(
        self, reader: IndexReader, offset: int, fieldname: str, text: str
    ) -> tuple[Sequence[int], Sequence[float]]:
        key = (offset, fieldname, text)
        cached = self._lists.get(key)
        if cached is not None:
            self._lists.move_to_end(key)
            return cached
        ids, weights = _postings(reader, fieldname, text)
        if self.MIN_POSTINGS <= len(ids) <= self.max_postings:
            self._lists[key] = (array("I", ids), array("d", weights))
            self._size += len(ids)
            while self._size > self.max_postings:
                _, (old, _) = self._lists.popitem(last=False)
                self._size -= len(old)
        return ids, weights


def evaluate(searcher: Searcher, q: wq.Query, cache: PostingCache | None = None) -> Scores:
    """Every document matching ``q``, with the score Whoosh would give it.

    ``cache`` must belong to ``searcher`` (document numbers are the searcher's).
    """
    found: Scores = {}
    context = searcher.context()
    scorers: dict[tuple[str, str], Any] = {}
    for sub, offset in searcher.subsearchers or [(searcher, 0)]:
        part = _Segment(searcher, sub, offset, context, cache, scorers).scores(q)
        if offset:
            found.update({doc + offset: score for doc, score in part.items()})
        else:
            found.update(part)
    return found


def term_docs(searcher: Searcher, fieldname: str, text: str) -> set[int]:
    """Global numbers of the live documents holding a term (an episode's passages, say)."""
    docs: set[int] = set()
    for reader, offset in searcher.reader().leaf_readers():
        ids, _ = _postings(reader, fieldname, text)
        docs.update(doc + offset for doc in ids)
    return docs


def _postings(reader: IndexReader, fieldname: str, text: str) -> tuple[list[int], list[float]]:
    """Document numbers and weights of a term's live postings in one segment."""
    if (fieldname, text) not in reader:
        return [], []
    matcher = reader.postings(fieldname, text)
    deleted: frozenset[int] = frozenset()
    if isinstance(matcher, FilterMatcher):  # the segment has deleted documents
        deleted = reader.deleted_docs_set
        matcher = matcher.child
    ids, weights = _read_all(matcher)
    if deleted:
        live = [i for i, doc in enumerate(ids) if doc not in deleted]
        ids, weights = [ids[i] for i in live], [weights[i] for i in live]
    return ids, weights


def _read_all(matcher: Matcher) -> tuple[list[int], list[float]]:
    ids: list[int] = []
    weights: list[float] = []
    if hasattr(matcher, "_read_ids") and hasattr(matcher, "_next_block"):
        # Whoosh 3 codec block matcher: take each decoded block whole. (These are private
        # methods; any other matcher, such as a short in-memory list, takes the public path.)
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            ids.extend(matcher._ids)
            weights.extend(matcher._weights)
            matcher._next_block()
        return ids, weights
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return ids, weights


class _Segment:
    def __init__(
        self,
        top: Searcher,
        sub: Searcher,
        offset: int,
        context: Any,
        cache: PostingCache | None,
        scorers: dict[tuple[str, str], Any],
    ) -> None:
        self.top = top
        #: A term's scorer, shared by the segments: its idf sums over all of them.
        self.scorers = scorers
        self.sub = sub
        self.offset = offset
        self.reader = sub.reader()
        self.context = context
        self.cache = cache
        self._terms: dict[tuple[str, str, float], Scores] = {}

    def scores(self, q: wq.Query) -> Scores:
        if isinstance(q, wq.Term):
            return self._term(q)
        if isinstance(q, wq.And):
            return self._and(q.subqueries)
        if isinstance(q, wq.Or) and not q.minmatch and q.scale is None:
            return self._or(q.subqueries)
        if q is wq.NullQuery:
            return {}
        if isinstance(q, wq.Phrase) and q.words:
            # Only documents holding every word can hold the phrase: intersect their postings
            # first, then let Whoosh check positions (and score) just those.
            together = self._and([wq.Term(q.fieldname, word) for word in q.words])
            return self._whoosh(q, candidates=together) if together else {}
        return self._whoosh(q)

    def _term(self, q: wq.Term) -> Scores:
        key = (q.fieldname, q.text, q.boost)
        found = self._terms.get(key)
        if found is None:  # a word given twice ("OpenAI OpenAI") is read once
            found = self._terms[key] = self._read_term(q)
        return found

    def _read_term(self, q: wq.Term) -> Scores:
        ids: Sequence[int]
        weights: Sequence[float]
        if self.cache is None:
            ids, weights = _postings(self.reader, q.fieldname, q.text)
        else:
            ids, weights = self.cache.postings(self.reader, self.offset, q.fieldname, q.text)
        if not ids:
            return {}
        scorer = self.scorers.get((q.fieldname, q.text))
        if scorer is None:
            scorer = self.top.weighting.scorer(self.top, q.fieldname, q.text)
            self.scorers[q.fieldname, q.text] = scorer
        # Weights are term frequencies, a handful of distinct values: score each once, then
        # let dict() and map() build the result in C.
        table = {w: scorer.score_weight(w) * q.boost for w in set(weights)}
        return dict(zip(ids, map(table.__getitem__, weights), strict=True))

    def _and(self, parts: Iterable[wq.Query]) -> Scores:
        excluded: list[wq.Not] = []
        direct: list[Scores] = []
        probed: list[wq.Query] = []
        for part in parts:
            if isinstance(part, wq.Not):
                excluded.append(part)
            elif isinstance(part, wq.Term | wq.And | wq.Or) or part is wq.NullQuery:
                direct.append(self.scores(part))
            else:
                probed.append(part)
        if not direct:  # nothing cheap to narrow with
            direct.append(self.scores(probed.pop()) if probed else {})
        direct.sort(key=len)
        found = dict(direct[0])
        for other in direct[1:]:
            found = {doc: score + other[doc] for doc, score in found.items() if doc in other}
        for part in probed:
            if not found:
                break
            extra = self._whoosh(part, candidates=found)
            found = {doc: score + extra[doc] for doc, score in found.items() if doc in extra}
        for part in excluded:
            for doc in self._whoosh(part.query, candidates=found, scored=False):
                found.pop(doc, None)
        if excluded:  # Whoosh scores "not X" as its boost for every document it lets through
            shift = sum(part.boost for part in excluded)
            found = {doc: score + shift for doc, score in found.items()}
        return found

    def _or(self, parts: Iterable[wq.Query]) -> Scores:
        found: Scores = {}
        for part in parts:
            for doc, score in self.scores(part).items():
                found[doc] = found.get(doc, 0.0) + score
        return found

    def _whoosh(self, q: wq.Query, candidates: Scores | None = None, scored: bool = True) -> Scores:
        """Whoosh's own matcher for what needs positions or ranges; with ``candidates``, it
        jumps from one candidate to the next instead of visiting every match."""
        context = self.context if scored else self.sub.boolean_context()
        matcher = q.matcher(self.sub, context)
        found = {}
        if candidates is None:
            while matcher.is_active():
                found[matcher.id()] = matcher.score() if scored else 0.0
                matcher.next()
            return found
        for doc in sorted(candidates):
            if not matcher.is_active():
                break
            if matcher.id() < doc:
                matcher.skip_to(doc)
                if not matcher.is_active():
                    break
            if matcher.id() == doc:
                found[doc] = matcher.score() if scored else 0.0
        return found
