"""Searching: ranked passages grouped by episode, with snippets from the library's text.

A :class:`SearchEngine` owns one index searcher, the decoded posting lists it has read (see
:mod:`podreader.search.evaluation`) and one library connection, so it belongs to one thread at a
time (the command line's, or the window's search thread); keep it open between searches.
"""

from __future__ import annotations

import heapq
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from whoosh import query as wq
from whoosh.index import Index
from whoosh.searching import Searcher

from podreader.library.store import EpisodeSummary, Library, LibraryError
from podreader.messages import QT_TRANSLATE_NOOP
from podreader.model import READING_TRACK
from podreader.paths import DataPaths
from podreader.search.compiling import compile_query
from podreader.search.documents import CHAPTER_TRACK, chapter_text
from podreader.search.evaluation import PostingCache, Scores, evaluate
from podreader.search.indexer import backlog
from podreader.search.query import (
    Highlight,
    Node,
    Parsed,
    anchored,
    has_positive,
    highlight_of,
    parse,
)
from podreader.search.ranking import rank
from podreader.search.schema import PASSAGE, is_date_column_value
from podreader.search.scoring import SaturatedTF
from podreader.search.snippets import Snippet, find_marks, make_snippet, matched_words
from podreader.search.storage import (
    IndexDamaged,
    IndexedEpisodes,
    indexed_episodes,
    mark_damaged,
    open_existing,
    segment_ids,
)

SortOrder = Literal["relevance", "date"]

_log = logging.getLogger(__name__)

#: Latest passages taken per passage shown, so that grouping still fills the page.
_FETCH_FACTOR = 2
#: Beyond this many matches the total is given as a lower bound; the panel says "100+".
_COUNT_UP_TO = 100

ONLY_EXCLUSIONS = QT_TRANSLATE_NOOP(
    "Search", "Add a word to look for; a search of only exclusions would match nearly everything."
)
NOT_READY = QT_TRANSLATE_NOOP(
    "Search", "The search index is being built; results will appear when it is ready."
)
NO_EPISODES = QT_TRANSLATE_NOOP(
    "Search", "There are no episodes to search yet; import some pages first."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Search",
    "The search index is damaged and will be rebuilt from the library; try again shortly.",
)


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
    #: The library has no episodes (the notice says so).
    empty: bool = False

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
        elif segment_ids(self._ix) != _segment_ids(self._searcher):
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
            results = self._search(searcher, text, parsed, options)
        except IndexDamaged:
            results = SearchResults(text, 0, False, [], NOT_READY)
            self.damaged = True
            self.close()
        except (LibraryError, sqlite3.Error):
            raise  # the library's trouble, not the index's: rebuilding the index would not help
        # A damaged segment can surface only when its postings (or dates) are read, as any
        # exception: the next update rebuilds the whole index.
        except Exception:
            _log.info("search for %r failed; the index is damaged", text, exc_info=True)
            mark_damaged(self.paths)
            self.damaged = True
            self.close()
            return SearchResults(text, 0, False, [], DAMAGED)
        if not results.groups and not self.library.count():
            return SearchResults(text, 0, True, [], NO_EPISODES, empty=True)
        return results

    def _search(
        self, searcher: Searcher, text: str, parsed: Parsed, options: SearchOptions
    ) -> SearchResults:
        assert parsed.node is not None
        highlight = highlight_of(parsed.node)
        matches = evaluate(searcher, passage_query(parsed.node, searcher, options), self._cache)
        if options.sort == "date":
            fetch = max(1, options.limit) * _FETCH_FACTOR
            dates = _dates(searcher, matches)
            best = heapq.nlargest(fetch, matches, key=lambda d: (dates[d], matches[d], -d))
            ranked = [(searcher.stored_fields(d), matches[d]) for d in best]
            picked = _group_in_order(ranked, options)
        else:
            fields: dict[int, dict[str, object]] = {}

            def episode_of(doc: int) -> str:
                if doc not in fields:
                    fields[doc] = searcher.stored_fields(doc)
                return str(fields[doc]["episode"])

            titled = self._titled(searcher, highlight, matches)
            ranking = rank(matches, titled, options.limit, options.per_episode, episode_of)
            picked = {
                eid: [(fields[doc], score) for doc, score in items]
                for eid, items in ranking.items()
            }
        # One query for the groups' titles and dates, not one per episode.
        summaries = self.library.summaries_of(set(picked))
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

    def _titled(self, searcher: Searcher, highlight: Highlight, matches: Scores) -> Scores:
        """The matches of episodes whose title holds a query word, found by the title terms
        of the episode documents (a title is indexed as passage text is)."""
        if not highlight.terms:
            return {}
        episodes = self._episodes(searcher)
        words = wq.Or([wq.Term("title", term) for term in sorted(highlight.terms)])
        titled: Scores = {}
        for head in evaluate(searcher, words, self._cache):
            eid = episodes.owners.get(head)
            if eid is not None:
                docs = matches.keys() & episodes.spans[eid]
                titled.update(zip(docs, map(matches.__getitem__, docs), strict=True))
        return titled

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


def _segment_ids(searcher: Searcher) -> set[str]:
    # An index without segments (an empty library) has a reader without a list of them.
    return {segment.segment_id() for segment in searcher.reader().segments() or ()}


def passage_query(node: Node, searcher: Searcher, options: SearchOptions) -> wq.Query:
    """The Whoosh query for the passages matching ``node`` and the options."""
    parts = [compile_query(node, searcher), *_option_terms(options)]
    if not anchored(node):  # it could match episode documents too
        parts.append(wq.Term("kind", PASSAGE))
    return wq.And(parts) if len(parts) > 1 else parts[0]


def _group_in_order(
    ranked: list[tuple[dict[str, object], float]], options: SearchOptions
) -> dict[str, list[tuple[dict[str, object], float]]]:
    """Passages in the given order, up to ``per_episode`` of an episode, until ``limit``."""
    picked: dict[str, list[tuple[dict[str, object], float]]] = {}
    shown = 0
    for fields, score in ranked:
        group = picked.setdefault(str(fields["episode"]), [])
        if len(group) < options.per_episode:
            group.append((fields, score))
            shown += 1
            if shown >= options.limit:
                break
    return picked


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
    if not all(map(is_date_column_value, dates.values())):
        raise ValueError("the index's date column holds numbers that are not dates")
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
