"""Searching: ranked passages grouped by episode, with snippets from the library's text.

A :class:`SearchEngine` owns one index searcher and one library connection, so it belongs to
one thread at a time (the command line's, or the window's search thread).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from whoosh import query as wq
from whoosh import sorting
from whoosh.index import Index
from whoosh.searching import Searcher

from podreader.library.store import Library
from podreader.model import Episode, ReadingParagraph
from podreader.paths import DataPaths
from podreader.search.documents import CHAPTER_TRACK, READING_TRACK, chapter_text
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
from podreader.search.schema import EPISODE, PASSAGE
from podreader.search.scoring import SaturatedTF
from podreader.search.snippets import Snippet, find_marks, make_snippet, matched_words
from podreader.search.storage import IndexDamaged, fingerprints, open_existing, segment_ids

SortOrder = Literal["relevance", "date"]

_log = logging.getLogger(__name__)

#: Passages fetched from the index per passage shown, so that grouping still fills the page.
_FETCH_FACTOR = 2
#: Score added to passages of episodes whose title matches the words.
_TITLE_BOOST = 2.0
_TITLE_EPISODES = 50
#: Counting every match of a very common word costs more than the search; the panel says "100+".
_COUNT_UP_TO = 100
_NEWEST_FIRST = sorting.FieldFacet("date", reverse=True)

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
    language: str | None = None  # "en" or "zh"
    scope: str | None = None  # "transcript", "summary" or "chapter"
    sort: SortOrder = "relevance"
    #: Count every match for ``total`` (the command line) instead of stopping at 100.
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
    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self._library: Library | None = None
        self._ix: Index | None = None
        self._searcher: Searcher | None = None
        self._indexed: tuple[Searcher, dict[str, int]] | None = None
        self._revisions: tuple[int, dict[str, int]] | None = None
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
        self._indexed = self._revisions = None

    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = Library(self.paths)
        return self._library

    def _current_searcher(self) -> Searcher:
        if self._searcher is None or self._ix is None:
            self._ix = open_existing(self.paths)
            self._searcher = self._ix.searcher(weighting=SaturatedTF())
        elif segment_ids(self._ix) != {s.segment_id() for s in self._searcher.reader().segments()}:
            # Segments, not generations: a repaired index starts again at generation 0. And not
            # Searcher.refresh(): whoosh-reloaded 2.7.5 keeps the readers of segments that a
            # commit merged away or cleared, so a refreshed searcher counts documents twice.
            self._searcher.close()
            self._indexed = None
            self._searcher = self._ix.searcher(weighting=SaturatedTF())
        return self._searcher

    def is_complete(self) -> bool:
        """Whether every library episode is indexed at its current revision."""
        try:
            searcher = self._current_searcher()
        except IndexDamaged:
            return False
        if self._indexed is None or self._indexed[0] is not searcher:
            self._indexed = (searcher, fingerprints(searcher))
        # data_version changes when another connection commits (this one only reads), so the
        # revisions are read again only after an import, a delete or a new analysis.
        (version,) = self.library.conn.execute("PRAGMA data_version").fetchone()
        if self._revisions is None or self._revisions[0] != version:
            self._revisions = (version, self.library.revisions())
        return not backlog(self._indexed[1], self._revisions[1])

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
        fetch = max(1, options.limit) * _FETCH_FACTOR
        if options.sort == "date":
            found = searcher.search(q, limit=fetch, sortedby=_NEWEST_FIRST)
            ranked = [(hit.fields(), hit.score or 0.0) for hit in found]
        else:
            # A plain top-N search, so Whoosh can skip blocks that cannot make the page.
            found = searcher.search(q, limit=fetch)
            titled = self._title_matches(searcher, highlight)
            ranked = sorted(
                (
                    (
                        hit.fields(),
                        (hit.score or 0.0) + (_TITLE_BOOST if hit["episode"] in titled else 0.0),
                    )
                    for hit in found
                ),
                key=lambda pair: -pair[1],
            )
        picked: dict[str, list[tuple[dict[str, object], float]]] = {}
        shown = 0
        for fields, score in ranked:
            group = picked.setdefault(str(fields["episode"]), [])
            if len(group) < options.per_episode:
                group.append((fields, score))
                shown += 1
                if shown >= options.limit:
                    break
        counts = _matches_in(searcher, q, list(picked))
        groups = [
            g
            for eid, items in picked.items()
            if (g := self._group(eid, items, counts[eid], highlight)) is not None
        ]
        if found.scored_length() < fetch:  # a short list is every match: no counting
            total, exact = found.scored_length(), True
        else:
            total, exact = _count(searcher, q, None if options.exact_total else _COUNT_UP_TO)
        return SearchResults(text, total, self.is_complete(), groups, parsed.notice, exact)

    def _title_matches(self, searcher: Searcher, highlight: Highlight) -> set[str]:
        """Episodes whose title has one of the words: their passages rank a little higher."""
        if not highlight.terms:
            return set()
        titles = searcher.search(
            wq.And(
                [wq.Term("kind", EPISODE), wq.Or([wq.Term("title", t) for t in highlight.terms])]
            ),
            limit=_TITLE_EPISODES,
        )
        return {hit["episode"] for hit in titles}

    def _group(
        self,
        episode_id: str,
        items: list[tuple[dict[str, object], float]],
        matches: int,
        highlight: Highlight,
    ) -> EpisodeHits | None:
        summary = self.library.summary(episode_id)
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


def _option_terms(options: SearchOptions) -> list[wq.Query]:
    """Terms AND-ed into the query (not Whoosh's ``filter=``, which builds a set of every
    matching document on each search); on ID fields they add the same score to every hit."""
    parts: list[wq.Query] = []
    if options.podcast:
        parts.append(wq.Term("podcast", options.podcast))
    if options.language:
        parts.append(wq.Term("lang", options.language))
    if options.scope:
        parts.append(wq.Term("scope", options.scope))
    return parts


def _matches_in(searcher: Searcher, q: wq.Query, episode_ids: list[str]) -> Counter[str]:
    """Matching passages of the shown episodes, unscored.

    An episode's documents are added together, so they sit in a narrow run of document numbers;
    the query's matcher jumps to each run and reads only the matches there.
    """
    counts: Counter[str] = Counter()
    for sub, _ in searcher.subsearchers or [(searcher, 0)]:
        reader = sub.reader()
        runs: list[tuple[int, int, str, set[int]]] = []
        for eid in episode_ids:
            if reader.doc_frequency("episode", eid):  # counts deleted documents too
                ids = list(reader.postings("episode", eid).all_ids())
                if ids:
                    runs.append((ids[0], ids[-1], eid, set(ids)))
        if not runs:
            continue
        matcher = q.matcher(sub)
        for first, last, eid, members in sorted(runs, key=lambda run: run[0]):
            if not matcher.is_active():
                break
            if matcher.id() < first:
                matcher.skip_to(first)
            while matcher.is_active() and matcher.id() <= last:
                counts[eid] += matcher.id() in members
                matcher.next()
    return counts


def _count(searcher: Searcher, q: wq.Query, up_to: int | None) -> tuple[int, bool]:
    """How many passages match, counting at most ``up_to``; and whether that is all of them."""
    n = 0
    for _ in searcher.docs_for_query(q):
        n += 1
        if up_to is not None and n >= up_to:
            return n, False
    return n, True


class _PassageTexts:
    """Passage text of one episode from the library, reading only what the hits need."""

    def __init__(self, library: Library, episode_id: str) -> None:
        self.library = library
        self.episode_id = episode_id
        self._reading: list[ReadingParagraph] | None = None
        self._episode: Episode | None = None

    def get(self, track: str, paragraph: int) -> str | None:
        if track == READING_TRACK:
            if self._reading is None:
                self._reading = self.library.reading(self.episode_id)
            if self._reading:
                return next((r.text for r in self._reading if r.id == paragraph), None)
        if self._episode is None:
            self._episode = self.library.episode(self.episode_id)
            if self._episode is None:
                return None
        if track == CHAPTER_TRACK:
            chapters = self._episode.chapters
            return chapter_text(chapters[paragraph]) if paragraph < len(chapters) else None
        for t in self._episode.tracks:
            if t.key == track:
                return next((p.text for p in t.paragraphs if p.id == paragraph), None)
        return None
