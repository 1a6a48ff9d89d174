"""Ranking matches into the passages shown: best first, title boost, a few per episode.

A passage's score is its BM25 score (see :mod:`podreader.search.scoring`) plus TITLE_BOOST when
its episode's title holds one of the query's words. The passages shown are the best ``limit`` by
that score, at most ``per_episode`` of each episode (ties go to the passage indexed first).

The boost is the same for every passage of an episode, so the best candidates are the best
titled matches and the best others, each by their score before the boost, and what is left out
is bounded: a passage outside the candidates scores at most the last candidate of its kind
(plus the boost, if titled). Once every passage the pick looked at scores above that bound, no
passage left out could have been picked; otherwise (many passages of few episodes) the pick is
repeated with more candidates. Only the candidates' episodes are read, never every match's.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from itertools import compress
from math import inf

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
    titled: Scores,
    limit: int,
    per_episode: int,
    episode_of: Callable[[int], str],
) -> Picked:
    """The passages to show, by relevance. ``titled`` holds the matches whose episode's title
    holds a query word (with their scores before the boost); ``episode_of`` names a
    document's episode."""
    fetch = max(1, limit) * _FETCH_FACTOR
    while True:
        plain, boosted = best(matches, fetch), best(titled, fetch)
        # What a match left out can score at most: a plain one no more than the last plain
        # candidate, a titled one no more than the last titled candidate plus the boost.
        bound = max(
            matches[plain[-1]] if len(plain) < len(matches) else -inf,
            titled[boosted[-1]] + TITLE_BOOST if len(boosted) < len(titled) else -inf,
        )
        scored = sorted(
            (
                (matches[doc] + (TITLE_BOOST if doc in titled else 0.0), doc)
                for doc in {*plain, *boosted}
            ),
            key=lambda pair: (-pair[0], pair[1]),
        )
        picked = _pick(scored, episode_of, limit, per_episode, bound)
        if picked is not None:
            return picked
        fetch *= _GROWTH


def _pick(
    scored: Iterable[tuple[float, int]],
    episode_of: Callable[[int], str],
    limit: int,
    per_episode: int,
    bound: float,
) -> Picked | None:
    """Best first, up to ``per_episode`` of an episode, until ``limit``; None when a passage at
    or under ``bound`` had to be looked at (one left out might beat it)."""
    picked: Picked = {}
    shown = 0
    for score, doc in scored:
        if shown >= limit:
            return picked
        if score <= bound:
            return None
        group = picked.setdefault(episode_of(doc), [])
        if len(group) < per_episode:
            group.append((doc, score))
            shown += 1
    return picked if shown >= limit or bound == -inf else None


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
