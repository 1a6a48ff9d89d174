"""Ranking matches into the passages shown: best first, title boost, a few per episode.

A passage's score is its BM25 score (see :mod:`podreader.search.scoring`) plus TITLE_BOOST when
its episode's title holds one of the query's words. The passages shown are the best ``limit`` by
that score, at most ``per_episode`` of each episode (ties go to the passage indexed first).

Scoring every match's episode would read the library for every match (a common word matches
most passages), so candidates are taken by their score without the boost, best first, and the
boost is bounded: a passage outside the candidates scores at most the last candidate's score
plus the boost. Once every passage the pick looked at scores above that bound, no passage left
out could have been picked; otherwise the pick is repeated with more candidates.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Iterable
from itertools import compress

from podreader.search.evaluation import Scores

#: Score added to passages of episodes whose title holds one of the query's words.
TITLE_BOOST = 2.0
#: Candidates taken at first per passage shown, so that grouping usually fills the page.
_FETCH_FACTOR = 2
#: How much the candidates grow when the first ones could not settle the page.
_GROWTH = 4

#: Picked passages of each episode, episodes in the order of their best passage:
#: episode id -> [(document number, score with the boost)].
Picked = dict[str, list[tuple[int, float]]]


def rank(
    matches: Scores,
    limit: int,
    per_episode: int,
    episode_of: Callable[[int], str],
    titled: Callable[[Collection[str]], Collection[str]],
) -> Picked:
    """The passages to show, by relevance. ``episode_of`` names a document's episode;
    ``titled`` says which of some episodes have a title holding a query word."""
    fetch = max(1, limit) * _FETCH_FACTOR
    while True:
        candidates = best(matches, fetch)
        # None when every match is a candidate: then nothing is left out.
        left_out = len(candidates) < len(matches)
        bound = matches[candidates[-1]] + TITLE_BOOST if left_out else None
        episodes = {doc: episode_of(doc) for doc in candidates}
        boosted = titled(set(episodes.values()))
        scored = sorted(
            (
                (matches[doc] + (TITLE_BOOST if episodes[doc] in boosted else 0.0), doc)
                for doc in candidates
            ),
            key=lambda pair: (-pair[0], pair[1]),
        )
        picked = _pick(scored, episodes, limit, per_episode, bound)
        if picked is not None:
            return picked
        fetch *= _GROWTH


def _pick(
    scored: Iterable[tuple[float, int]],
    episodes: dict[int, str],
    limit: int,
    per_episode: int,
    bound: float | None,
) -> Picked | None:
    """Best first, up to ``per_episode`` of an episode, until ``limit``; None when a passage at
    or under ``bound`` had to be looked at (one outside the candidates might beat it)."""
    picked: Picked = {}
    shown = 0
    for score, doc in scored:
        if shown >= limit:
            return picked
        if bound is not None and score <= bound:
            return None
        group = picked.setdefault(episodes[doc], [])
        if len(group) < per_episode:
            group.append((doc, score))
            shown += 1
    return picked if shown >= limit or bound is None else None


def best(matches: Scores, count: int) -> list[int]:
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
