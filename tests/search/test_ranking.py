"""Ranking picks the true best passages by boosted score, whatever the number of matches."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from podreader.search.ranking import TITLE_BOOST, best, rank


def test_best_matches_rank_like_a_full_sort() -> None:
    rng = random.Random(3)
    for size in (0, 5, 40, 41, 500):
        matches = {
            rng.randrange(10_000): rng.choice((1.0, 1.0, 1.0, 1.5, 2.25)) for _ in range(size)
        }
        expected = sorted(matches, key=lambda d: (-matches[d], d))[:40]
        assert best(matches, 40) == expected


def full_ranking(
    matches: dict[int, float], episode: dict[int, str], titled: set[str], limit: int, per: int
) -> dict[str, list[tuple[int, float]]]:
    """Every match scored with its boost, sorted, then picked: what rank() must equal."""
    scored = sorted(
        ((s + (TITLE_BOOST if episode[d] in titled else 0.0), d) for d, s in matches.items()),
        key=lambda pair: (-pair[0], pair[1]),
    )
    picked: dict[str, list[tuple[int, float]]] = {}
    shown = 0
    for score, doc in scored:
        if shown == limit:
            break
        group = picked.setdefault(episode[doc], [])
        if len(group) < per:
            group.append((doc, score))
            shown += 1
    return {eid: items for eid, items in picked.items() if items}


@settings(max_examples=300, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    size=st.integers(0, 400),
    episodes=st.integers(1, 40),
    limit=st.integers(1, 25),
    per=st.integers(1, 4),
)
def test_rank_equals_a_full_sort_of_boosted_scores(
    seed: int, size: int, episodes: int, limit: int, per: int
) -> None:
    rng = random.Random(seed)
    episode = {d: f"ep{rng.randrange(episodes)}" for d in rng.sample(range(5000), size)}
    matches = {d: rng.choice((0.5, 1.0, 1.0, 1.7, 2.5, 3.1, 4.4)) for d in episode}
    titled = {f"ep{n}" for n in range(episodes) if rng.random() < 0.3}
    boosted = {d: s for d, s in matches.items() if episode[d] in titled}
    found = rank(matches, boosted, limit, per, episode.__getitem__)
    assert {e: g for e, g in found.items() if g} == full_ranking(
        matches, episode, titled, limit, per
    )
