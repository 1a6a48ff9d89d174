"""Searching: ranked passages grouped by episode, with snippets from the library's text.

A :class:`SearchEngine` owns one index searcher, the decoded posting lists it has read (see
:mod:`podreader.search.evaluation`) and one library connection, so it belongs to one thread at a
time (the command line's, or the window's search thread); keep it open between searches.
"""

from __future__ import annotations

import heapq
import logging
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from typing import Literal

from whoosh import query as wq
from whoosh.index import Index
from whoosh.searching import Searcher

from podreader.library.store import EpisodeSummary, Library
from podreader.model import READING_TRACK
from podreader.paths import DataPaths
from podreader.search.analysis import title_terms
from podreader.search.documents import CHAPTER_TRACK, chapter_text
from podreader.search.evaluation import PostingCache, Scores, evaluate
from podreader.search.indexer import backlog
from podreader.search.query import (
    Highlight,
    Parsed,
    anchored,
    compile_query,
    has_positive,
    highlight_of,
    parse,
)
from podreader.search.schema import PASSAGE
from podreader.search.scoring import SaturatedTF
from podreader.search.snippets import Snippet, find_marks, make_snippet, matched_words
from podreader.search.storage import (
    IndexDamaged,
    IndexedEpisodes,
    indexed_episodes,
    open_existing,
    segment_ids,
)

SortOrder = Literal["relevance", "date"]

_log = logging.getLogger(__name__)

#: Best passages ranked per passage shown, so that grouping still fills the page.
_FETCH_FACTOR = 2
#: Score added to passages of episodes whose title matches the words.
_TITLE_BOOST = 2.0
#: Beyond this many matches the total is given as a lower bound; the panel says "100+".
_COUNT_UP_TO = 100

ONLY_EXCLUSIONS = (
    "Add a word to look for; a search of only exclusions would match nearly everything."
)
NOT_READY = "The search index is being built; results will appear when it is ready."
DAMAGED = "The search index is damaged and will be rebuilt from the library; try again shortly."


@dataclass(frozen=True, slots=True)
class SearchOptions:
    limit: int = 20
    per_episode: int = 3
    podcast: str | None = None  # exact podcast name
    episode: str | None = None  # one episode's id: all its matches ("N more in this episode")
    language: str | None = None  # "en" or "zh"
    scope: str | None = None  # "transcript", "summary" or "chapter"
    sort: SortOrder = "relevance"
    #: Give the exact ``total`` (the command line) instead of 100 and ``total_exact=False``
    #: when more match (the panel shows "100+").
    exact_total: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    episode_id: str
    track: str  # "transcript" (the reading view), "chapters", or a track key such as "summary"
    paragraph_id: int  # within the track (the chapter number for "chapters")
    #: Reading-view paragraph to open for this hit, when known.
    target: int | None
    score: float
    snippet: Snippet
    #: The matching words as written in the passage, to highlight them when it is opened.
    terms: list[str]


@dataclass(frozen=True, slots=True)
class EpisodeHits:
    episode_id: str
    title: str
    podcast: str
    published: date | None
    hits: list[Hit]
    #: Passages of this episode that match, shown or not.
    matches: int

    @property
    def more(self) -> int:
        return self.matches - len(self.hits)


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    total: int  # matching passages
    #: False while the index lags behind the library (being built, updated, or repaired).
    complete: bool
    groups: list[EpisodeHits] = field(default_factory=list)
    notice: str | None = None
    #: False when ``total`` is a lower bound (counting stopped; see SearchOptions.exact_total).
    total_exact: bool = True

    @property
    def hits(self) -> list[tuple[EpisodeHits, Hit]]:
        return [(group, hit) for group in self.groups for hit in group.hits]


class SearchEngine:
    def __init__(
        self, paths: DataPaths, cache_postings: int = PostingCache.DEFAULT_POSTINGS
    ) -> None:
        """``cache_postings``: how many decoded postings to keep between searches (0: none)."""
        self.paths = paths
        self._cache_postings = cache_postings
        self._library: Library | None = None
        self._ix: Index | None = None
        self._searcher: Searcher | None = None
        #: Decoded long posting lists of ``_searcher``; replaced with it.
        self._cache = PostingCache(self._cache_postings)
        self._indexed: tuple[Searcher, IndexedEpisodes] | None = None
        #: (searcher, library data version, whether the index was complete for both)
        self._complete: tuple[Searcher, int, bool] | None = None
        #: Set when the index failed while searching; the owner should run an update.
        self.damaged = False

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        if self._ix is not None:
            self._ix.close()
        if self._library is not None:
            self._library.close()
        self._searcher = self._ix = self._library = None
        self._cache = PostingCache(self._cache_postings)
        self._indexed = self._complete = None

    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = Library(self.paths)
        return self._library

    def _current_searcher(self) -> Searcher:
        if self._searcher is None or self._ix is None:
            self._ix = open_existing(self.paths)
        elif segment_ids(self._ix) != {s.segment_id() for s in self._searcher.reader().segments()}:
            # Segments, not generations: a repaired index starts again at generation 0. And not
            # Searcher.refresh(): whoosh-reloaded 2.7.5 keeps the readers of segments that a
            # commit merged away or cleared, so a refreshed searcher counts documents twice.
            self._searcher.close()
            self._indexed = None
        else:
            return self._searcher
        self._searcher = self._ix.searcher(weighting=SaturatedTF())
        self._cache = PostingCache(self._cache_postings)  # postings belong to one searcher
        return self._searcher

    def is_complete(self) -> bool:
        """Whether every library episode is indexed at its current revision."""
        try:
            searcher = self._current_searcher()
        except IndexDamaged:
            return False
        # data_version changes when another connection commits (this one only reads), so the
        # revisions are read again only after an import, a delete or a new analysis.
        version = self.library.data_version()
        if self._complete is None or self._complete[:2] != (searcher, version):
            # Compared again only when the index or the library changed: at 5,000 episodes
            # the comparison is a few milliseconds of every search.
            revisions = self.library.revisions()
            indexed = self._episodes(searcher).revisions
            self._complete = (searcher, version, not backlog(indexed, revisions))
        return self._complete[2]

    def _episodes(self, searcher: Searcher) -> IndexedEpisodes:
        if self._indexed is None or self._indexed[0] is not searcher:
            self._indexed = (searcher, indexed_episodes(searcher))
        return self._indexed[1]

    def search(self, text: str, options: SearchOptions | None = None) -> SearchResults:
        options = options or SearchOptions()
        parsed = parse(text)
        if parsed.node is None or not has_positive(parsed.node):
            notice = parsed.notice if parsed.node is None else ONLY_EXCLUSIONS
            return SearchResults(text, 0, self.is_complete(), [], notice)
        try:
            searcher = self._current_searcher()
            return self._search(searcher, text, parsed, options)
        except IndexDamaged:
            self.damaged = True
            self.close()
            return SearchResults(text, 0, False, [], NOT_READY)
        # A damaged segment can surface only when its postings are read, as any exception.
        except Exception:
            _log.exception("search for %r failed; treating the index as damaged", text)
            self.damaged = True
            self.close()
            return SearchResults(text, 0, False, [], DAMAGED)

    def _search(
        self, searcher: Searcher, text: str, parsed: Parsed, options: SearchOptions
    ) -> SearchResults:
        assert parsed.node is not None
        highlight = highlight_of(parsed.node)
        parts = [compile_query(parsed.node, searcher), *_option_terms(options)]
        if not anchored(parsed.node):  # it could match episode documents too
            parts.append(wq.Term("kind", PASSAGE))
        q = wq.And(parts) if len(parts) > 1 else parts[0]
        matches = evaluate(searcher, q, self._cache)
        fetch = max(1, options.limit) * _FETCH_FACTOR
        if options.sort == "date":
            dates = _dates(searcher, matches)
            best = heapq.nlargest(fetch, matches, key=lambda d: (dates[d], matches[d], -d))
            ranked = [(searcher.stored_fields(d), matches[d]) for d in best]
            summaries = self.library.summaries_of({str(f["episode"]) for f, _ in ranked})
        else:
            found = [(searcher.stored_fields(d), matches[d]) for d in _best(matches, fetch)]
            # Read once, for the title boosts and the groups: one query, not one per episode.
            summaries = self.library.summaries_of({str(f["episode"]) for f, _ in found})
            titled = _titled(summaries, highlight)
            ranked = [
                (fields, score + (_TITLE_BOOST if fields["episode"] in titled else 0.0))
                for fields, score in found
            ]
            ranked.sort(key=lambda pair: -pair[1])
        picked: dict[str, list[tuple[dict[str, object], float]]] = {}
        shown = 0
        for fields, score in ranked:
            group = picked.setdefault(str(fields["episode"]), [])
            if len(group) < options.per_episode:
                group.append((fields, score))
                shown += 1
                if shown >= options.limit:
                    break
        spans = self._episodes(searcher).spans
        groups = [
            g
            for eid, items in picked.items()
            if (
                g := self._group(eid, items, _matches_in(spans, matches, eid), highlight, summaries)
            )
            is not None
        ]
        total, exact = len(matches), True
        if not options.exact_total and total > _COUNT_UP_TO:
            # The panel shows "100+": a count that grows past it would only distract.
            total, exact = _COUNT_UP_TO, False
        return SearchResults(text, total, self.is_complete(), groups, parsed.notice, exact)

    def _group(
        self,
        episode_id: str,
        items: list[tuple[dict[str, object], float]],
        matches: int,
        highlight: Highlight,
        summaries: dict[str, EpisodeSummary],
    ) -> EpisodeHits | None:
        summary = summaries.get(episode_id)
        if summary is None:  # deleted since it was indexed
            return None
        texts = _PassageTexts(self.library, episode_id)
        hits: list[Hit] = []
        for fields, score in items:
            track, paragraph = str(fields["track"]), int(fields["paragraph"])  # type: ignore[call-overload]
            text = texts.get(track, paragraph)
            if text is None:
                continue
            marks = find_marks(text, highlight)
            target = fields.get("target")
            hits.append(
                Hit(
                    episode_id,
                    track,
                    paragraph,
                    target if isinstance(target, int) else None,
                    round(score, 3),
                    make_snippet(text, marks),
                    matched_words(text, marks),
                )
            )
        return EpisodeHits(
            episode_id, summary.title, summary.podcast, summary.published, hits, matches
        )


def _titled(summaries: dict[str, EpisodeSummary], highlight: Highlight) -> set[str]:
    """The episodes whose title has one of the words: their passages rank a little higher."""
    if not highlight.terms:
        return set()
    return {eid for eid, s in summaries.items() if highlight.terms & title_terms(s.title)}


def _best(matches: Scores, count: int) -> list[int]:
    """The ``count`` best documents, ties going to the lower number, as
    ``heapq.nlargest(count, matches, key=lambda d: (matches[d], -d))`` finds them.

    Scores take few distinct values (sums over a handful of term frequencies), so after the
    cut-off score is found among the bare values (C comparisons of floats), the documents above
    it are fewer than ``count`` and those at it are taken by number: no Python key function
    runs once per match.
    """
    if len(matches) <= count:
        return sorted(matches, key=lambda d: (-matches[d], d))
    cut = heapq.nlargest(count, matches.values())[-1]
    # compress() and map() over the bound comparisons keep the passes over every match in C.
    above = list(compress(matches, map(cut.__lt__, matches.values())))
    at = heapq.nsmallest(count - len(above), compress(matches, map(cut.__eq__, matches.values())))
    return sorted(above, key=lambda d: (-matches[d], d)) + at


def _option_terms(options: SearchOptions) -> list[wq.Query]:
    """Terms AND-ed into the query (not Whoosh's ``filter=``, which builds a set of every
    matching document on each search); on ID fields they add the same score to every hit."""
    parts: list[wq.Query] = []
    if options.podcast:
        parts.append(wq.Term("podcast", options.podcast))
    if options.episode:
        parts.append(wq.Term("episode", options.episode))
    if options.language:
        parts.append(wq.Term("lang", options.language))
    if options.scope:
        parts.append(wq.Term("scope", options.scope))
    return parts


def _matches_in(spans: dict[str, range], matches: Scores, episode_id: str) -> int:
    """Matching passages of one episode, shown or not."""
    return len(matches.keys() & spans.get(episode_id, range(0)))


def _dates(searcher: Searcher, matches: Scores) -> dict[int, int]:
    """The ``yyyymmdd`` date of every match, from the date column of each segment."""
    dates: dict[int, int] = {}
    for reader, offset in searcher.reader().leaf_readers():
        column = reader.column_reader("date")
        end = offset + reader.doc_count_all()
        dates.update({d: column[d - offset] for d in matches if offset <= d < end})
    return dates


class _PassageTexts:
    """Passage text of one episode from the library, reading only what the hits need."""

    def __init__(self, library: Library, episode_id: str) -> None:
        self.library = library
        self.episode_id = episode_id

    def get(self, track: str, paragraph: int) -> str | None:
        if track == READING_TRACK:
            # One row, not the whole episode: decoding every paragraph's alignment took a
            # third of the time of a search.
            return self.library.reading_text(self.episode_id, paragraph)
        if track == CHAPTER_TRACK:
            chapters = self.library.chapters(self.episode_id)
            return chapter_text(chapters[paragraph]) if paragraph < len(chapters) else None
        return self.library.paragraph_text(self.episode_id, track, paragraph)
