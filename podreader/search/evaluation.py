"""Evaluating a query over whole posting lists, read a block at a time.

Whoosh walks a query one matching document at a time in Python (several microseconds each) and
can skip only blocks whose best score cannot reach the page. Passage scores are nearly flat, so
a pair of words that each occur in most passages (``OpenAI CoreWeave`` in the generated archive)
meant visiting every match: 200-500 ms. Here a term's postings are read a whole block (512
postings) per step, and ``And``/``Or``/``Not`` become set and dict operations that run in C; a
prefix is the ``Or`` of the words it expands to. Phrases have their positions checked here on
the documents holding all their words; what needs ranges (dates) or other matchers goes through
Whoosh's, which then check only the documents the other parts left over.
Scores are exactly Whoosh's: the same weighting model, the same idf.

The result is every match with its score, so totals and per-episode counts come free.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import add
from typing import Any

from whoosh import query as wq
from whoosh.matching import Matcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from podreader.search.whoosh_internals import is_block_matcher, raw_blocks

#: Global document number -> score.
Scores = dict[int, float]


@dataclass(frozen=True, slots=True)
class Postings:
    """A term's live postings in one segment: global document numbers and term frequencies."""

    docs: Sequence[int]
    weights: Sequence[float]


_NONE = Postings((), ())


class PostingCache:
    """Long posting lists of one searcher, decoded, most recently used kept.

    Decoding a block costs more than using it (a word in most passages took 20-40 ms to read
    and well under 5 ms to score from memory). Searches from one window repeat words (typing,
    refining), so the long lists are kept, as arrays of 8 bytes a posting.
    """

    #: Shorter lists read fast enough from the index.
    MIN_POSTINGS = 1000
    #: About 16 MB of arrays; 0 turns the cache off.
    DEFAULT_POSTINGS = 2_000_000

    def __init__(self, max_postings: int = DEFAULT_POSTINGS) -> None:
        self.max_postings = max_postings
        self._lists: OrderedDict[tuple[int, str, str], Postings] = OrderedDict()
        self._size = 0

    def postings(self, reader: IndexReader, offset: int, fieldname: str, text: str) -> Postings:
        key = (offset, fieldname, text)
        cached = self._lists.get(key)
        if cached is not None:
            self._lists.move_to_end(key)
            return cached
        found = read_postings(reader, offset, fieldname, text)
        if self.MIN_POSTINGS <= len(found.docs) <= self.max_postings:
            self._lists[key] = found = Postings(array("I", found.docs), array("f", found.weights))
            self._size += len(found.docs)
            while self._size > self.max_postings:
                _, old = self._lists.popitem(last=False)
                self._size -= len(old.docs)
        return found


def evaluate(searcher: Searcher, q: wq.Query, cache: PostingCache | None = None) -> Scores:
    """Every document matching ``q``, with the score Whoosh would give it.

    ``cache`` must belong to ``searcher`` (document numbers are the searcher's).
    """
    found: Scores = {}
    context = searcher.context()
    scorers: dict[tuple[str, str], Any] = {}
    for sub, offset in searcher.subsearchers or [(searcher, 0)]:
        found.update(_Segment(searcher, sub, offset, context, cache, scorers).scores(q))
    return found


def read_postings(reader: IndexReader, offset: int, fieldname: str, text: str | bytes) -> Postings:
    """A term's live postings in one segment whose first document is number ``offset``."""
    if (fieldname, text) not in reader:
        return _NONE
    matcher = reader.postings(fieldname, text)
    deleted: set[int] = set()
    if isinstance(matcher, FilterMatcher):  # the segment has deleted documents
        deleted = {doc + offset for doc in reader.deleted_docs_set}
        matcher = matcher.child
    docs, weights = _read_all(matcher, offset)
    if deleted:
        live = [i for i, doc in enumerate(docs) if doc not in deleted]
        docs, weights = [docs[i] for i in live], [weights[i] for i in live]
    return Postings(docs, weights)


def _blocks(matcher: Matcher, offset: int) -> Iterator[tuple[list[int], Any, Any]]:
    """Each block's document numbers (plus ``offset``), weights (None: all 1, one number for
    all, or one each) and values. Document numbers are delta-coded within a block:
    accumulate() undoes that and adds the offset in one pass in C."""
    for deltas, weights, values in raw_blocks(matcher):
        ids = accumulate(deltas, initial=offset)
        next(ids)
        yield list(ids), weights, values


def _read_all(matcher: Matcher, offset: int) -> tuple[list[int], list[float]]:
    docs: list[int] = []
    weights: list[float] = []
    if is_block_matcher(matcher):
        for ids, stored, _ in _blocks(matcher, offset):
            if stored is None or isinstance(stored, float):
                weights += [1.0 if stored is None else stored] * len(ids)
            else:
                weights += stored
            docs += ids
        return docs, weights
    while matcher.is_active():
        docs.append(matcher.id() + offset)
        weights.append(matcher.weight())
        matcher.next()
    return docs, weights


def _is_scored_prefix(q: wq.Query) -> bool:
    return isinstance(q, wq.Prefix) and not q.constantscore


def _sum_common(a: Scores, b: Scores) -> Scores:
    """The documents in both, with their scores added; every pass runs in C (two common words
    can share tens of thousands of passages)."""
    common = a.keys() & b.keys()
    scores = map(add, map(a.__getitem__, common), map(b.__getitem__, common))
    return dict(zip(common, scores, strict=True))


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
        if _is_scored_prefix(q):
            return self._prefix(q)
        if isinstance(q, wq.Phrase) and q.words:
            # Only documents holding every word can hold the phrase: intersect their postings
            # first, then check the positions of just those.
            together = self._and([wq.Term(q.fieldname, word) for word in q.words])
            if together and q.slop == 1:
                return self._phrase(q, together)
            return self._whoosh(q, candidates=together) if together else {}
        return self._whoosh(q)

    def _term(self, q: wq.Term) -> Scores:
        key = (q.fieldname, q.text, q.boost)
        found = self._terms.get(key)
        if found is None:  # a word given twice ("OpenAI OpenAI") is read once
            found = self._terms[key] = self._read_term(q)
        return found

    def _read_term(self, q: wq.Term) -> Scores:
        if self.cache is None:
            postings = read_postings(self.reader, self.offset, q.fieldname, q.text)
        else:
            postings = self.cache.postings(self.reader, self.offset, q.fieldname, q.text)
        if not postings.docs:
            return {}
        scorer = self.scorers.get((q.fieldname, q.text))
        if scorer is None:
            scorer = self.top.weighting.scorer(self.top, q.fieldname, q.text)
            self.scorers[q.fieldname, q.text] = scorer
        # Weights are term frequencies, a handful of distinct values: score each once, then
        # let dict() and map() build the result in C.
        weights = postings.weights
        table = {w: scorer.score_weight(w) * q.boost for w in set(weights)}
        return dict(zip(postings.docs, map(table.__getitem__, weights), strict=True))

    def _and(self, parts: Iterable[wq.Query]) -> Scores:
        excluded: list[wq.Not] = []
        direct: list[Scores] = []
        probed: list[wq.Query] = []
        for part in parts:
            if isinstance(part, wq.Not):
                excluded.append(part)
            elif (
                isinstance(part, wq.Term | wq.And | wq.Or)
                or part is wq.NullQuery
                or _is_scored_prefix(part)
            ):
                direct.append(self.scores(part))
            else:
                probed.append(part)
        if not direct:  # nothing cheap to narrow with
            direct.append(self.scores(probed.pop()) if probed else {})
        direct.sort(key=len)
        found = dict(direct[0])
        for other in direct[1:]:
            found = _sum_common(found, other)
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

    def _prefix(self, q: wq.Prefix) -> Scores:
        """A prefix as the OR of the words it expands to in this segment, each scored as itself
        (see :func:`podreader.search.compiling.prefix_query`); the same scores as Whoosh's matcher,
        read a block at a time."""
        field = self.reader.schema[q.fieldname]
        words = [field.from_bytes(b) for b in self.reader.expand_prefix(q.fieldname, q.text)]
        found = self._or([wq.Term(q.fieldname, word) for word in words])
        if q.boost != 1.0:
            found = {doc: score * q.boost for doc, score in found.items()}
        return found

    def _phrase(self, q: wq.Phrase, candidates: Scores) -> Scores:
        """The candidates where the words follow one another. Whoosh scores a phrase as the
        sum of its words' scores, as ``candidates`` already has them; its own matcher checks
        positions in Python objects per candidate, several times slower than sets here."""
        first, *rest = [self._positions(q.fieldname, word, candidates) for word in q.words]
        found: Scores = {}
        for doc, score in candidates.items():
            starts = set(first[doc])
            for distance, positions in enumerate(rest, 1):
                starts.intersection_update([p - distance for p in positions[doc]])
                if not starts:
                    break
            else:
                found[doc] = score * q.boost
        return found

    def _positions(self, fieldname: str, text: str, docs: Scores) -> dict[int, list[int]]:
        """Positions of a term in each of ``docs`` (global numbers, all holding the term)."""
        decode = self.reader.schema[fieldname].format.decode_positions
        matcher = self.reader.postings(fieldname, self.reader.schema[fieldname].to_bytes(text))
        if isinstance(matcher, FilterMatcher):  # deleted documents are not among ``docs``
            matcher = matcher.child
        offset = self.offset
        found: dict[int, list[int]] = {}
        if is_block_matcher(matcher):
            for ids, _, values in _blocks(matcher, offset):
                for i, doc in enumerate(ids):
                    if doc in docs:
                        found[doc] = decode(values[i])
            return found
        while matcher.is_active():
            if matcher.id() + offset in docs:
                found[matcher.id() + offset] = matcher.value_as("positions")
            matcher.next()
        return found

    def _whoosh(self, q: wq.Query, candidates: Scores | None = None, scored: bool = True) -> Scores:
        """Whoosh's own matcher for what needs positions or ranges; with ``candidates``, it
        jumps from one candidate to the next instead of visiting every match. The matcher
        counts documents within the segment; results are global like the rest."""
        context = self.context if scored else self.sub.boolean_context()
        matcher = q.matcher(self.sub, context)
        offset = self.offset
        found = {}
        if candidates is None:
            while matcher.is_active():
                found[matcher.id() + offset] = matcher.score() if scored else 0.0
                matcher.next()
            return found
        for doc in sorted(candidates):
            if not matcher.is_active():
                break
            local = doc - offset
            if matcher.id() < local:
                matcher.skip_to(local)
                if not matcher.is_active():
                    break
            if matcher.id() == local:
                found[doc] = matcher.score() if scored else 0.0
        return found
