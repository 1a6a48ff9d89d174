"""Alignment keeps only its corridor: same beads as a full-table programme, linear cost."""

from __future__ import annotations

import math
import random
import time
import tracemalloc
from collections.abc import Collection

import pytest

from podreader.text.align import (
    ANCHOR_BONUS,
    BEADS,
    BOUNDARY_BONUS,
    VARIANCE,
    Bead,
    _Plan,
    _plan,
    align_sentences,
)
from podreader.text.anchors import anchor_keys

_WORDS = ("we", "they", "market", "people", "really", "think", "about", "going", "build", "chip")
_Keys = tuple[list[set[str]], list[set[str]]]
_NAMES = ["Crumbly", "Ferngrove", "Osaka", "Nvidia", "Quillon", "Brackley", "Tamsin", "Vetra"]


def _page(seed: int, count: int, keep: float) -> tuple[list[str], list[str], set[int], set[int]]:
    """English sentences and a Chinese rendering of about ``keep`` of them (merged and split at
    random), with the numbers and names that survive translation, and paragraph starts."""
    rng = random.Random(seed)
    source: list[str] = []
    target: list[str] = []
    source_breaks: set[int] = {0}
    target_breaks: set[int] = {0}
    pending: list[str] = []
    for i in range(count):
        anchors = []
        if rng.random() < 0.4:
            anchors.append(str(rng.randrange(2, 5000)))
        if rng.random() < 0.3:
            anchors.append(rng.choice(_NAMES) + str(rng.randrange(40)))
        words = rng.choices(_WORDS, k=rng.randrange(4, 30))
        source.append(" ".join([*words, *anchors]).capitalize() + ".")
        if i and rng.random() < 0.15:
            source_breaks.add(i)
        if rng.random() < keep:
            pending.append("我们说" * rng.randrange(2, 12) + "".join(anchors))
        if pending and rng.random() < 0.7:
            if rng.random() < 0.1:  # one English sentence told in two Chinese ones
                target.append(pending[0][: len(pending[0]) // 2] + "。")
                pending[0] = pending[0][len(pending[0]) // 2 :]
            target.append("，".join(pending) + "。")
            pending = []
            if rng.random() < 0.2:
                target_breaks.add(len(target) - 1)
    if pending:
        target.append("，".join(pending) + "。")
    return source, target, source_breaks, target_breaks


def _full_table(
    plan: _Plan, source_breaks: Collection[int], target_breaks: Collection[int]
) -> list[Bead]:
    """The recurrence cell by cell over the whole (ns + 1) x (nt + 1) table, cells outside the
    corridor left unreachable: the plain definition the alignment must reproduce."""
    ns, nt = len(plan.slen) - 1, len(plan.tlen) - 1
    cost = [[math.inf] * (nt + 1) for _ in range(ns + 1)]
    back = [[-1] * (nt + 1) for _ in range(ns + 1)]
    cost[0][0] = 0.0
    for x in range(ns + 1):
        for j in range(plan.lo[x], plan.hi[x] + 1):
            for bead, (a, b, prior) in enumerate(BEADS):
                px, pj = x - a, j - b
                if px < 0 or pj < 0 or cost[px][pj] == math.inf:
                    continue
                edge = BOUNDARY_BONUS if x in source_breaks and j in target_breaks else 0.0
                c = cost[px][pj] + prior - edge
                l1 = plan.slen[x] - plan.slen[px]
                l2 = (plan.tlen[j] - plan.tlen[pj]) / plan.ratio
                c += (l2 - l1) ** 2 / (VARIANCE * (l1 + l2) + 1.0)
                gain = 0.0
                if a and b:
                    for row in plan.ranked[px:x]:
                        for jj, value in row:
                            if pj <= jj < j:
                                gain += value
                if gain:
                    c -= gain * ANCHOR_BONUS
                if c < cost[x][j]:
                    cost[x][j], back[x][j] = c, bead
    beads = []
    x, j = ns, nt
    while x or j:
        a, b, _ = BEADS[back[x][j]]
        beads.append(Bead(range(x - a, x), range(j - b, j)))
        x, j = x - a, j - b
    return beads[::-1]


@pytest.mark.parametrize(("seed", "count", "keep"), [(1, 300, 0.9), (2, 400, 0.3), (3, 250, 0.6)])
def test_corridor_rows_give_the_full_tables_beads(seed: int, count: int, keep: float) -> None:
    source, target, source_breaks, target_breaks = _page(seed, count, keep)
    assert len(source) > len(target) > 50
    keys = ([anchor_keys(s) for s in source], [anchor_keys(t) for t in target])
    beads = align_sentences(source, target, source_breaks, target_breaks, keys)
    expected = _full_table(_plan(source, target, *keys), source_breaks, target_breaks)
    assert beads == expected
    # Beads that are not all 1-1 or skips: the test exercises the wider shapes too.
    assert {(len(b.source), len(b.target)) for b in beads} - {(1, 1), (1, 0), (0, 1)}
    # The other way round the shorter side is flipped back: same beads, sides swapped.
    swapped = align_sentences(target, source, target_breaks, source_breaks, keys[::-1])
    assert swapped == [Bead(b.target, b.source) for b in expected]


def _long(seed: int, count: int) -> tuple[list[str], list[str], set[int], set[int], _Keys]:
    source, target, source_breaks, target_breaks = _page(seed, count, 0.5)
    keys = ([anchor_keys(s) for s in source], [anchor_keys(t) for t in target])
    return source, target, source_breaks, target_breaks, keys


def test_a_long_page_aligns_in_linear_time() -> None:
    """20,000 sentences, some 13 times a 3-hour episode's: about a second."""
    page = _long(7, 20_000)
    started = time.perf_counter()
    beads = align_sentences(*page)
    elapsed = time.perf_counter() - started
    nt = len(page[1])
    assert [len(b.source) for b in beads].count(0) < nt  # a real alignment, not all skips
    print(f"\n20000 x {nt} sentences: {elapsed:.2f} s")
    assert elapsed < 15.0


def test_a_long_page_aligns_in_linear_memory() -> None:
    """Rows padded to full width took ns * nt floats, 16 MB here; the corridor 2.
    (tracemalloc slows the float arithmetic, hence a smaller page than for the time.)"""
    page = _long(8, 2_000)
    tracemalloc.start()
    try:
        beads = align_sentences(*page)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    nt = len(page[1])
    assert sum(len(b.target) for b in beads) == nt
    print(f"\n2000 x {nt} sentences: peak {peak / 2**20:.1f} MB")
    assert peak < 8 * 2**20
