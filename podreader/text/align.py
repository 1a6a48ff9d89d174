"""Sentence alignment between a transcript and a translation or summary in another language.

No model can be downloaded, so the method is lexical and length-based (see the alignment notes):
anchors are numbers read as values and Latin-script words that survive in the other language
(CoreWeave, OpenAI, GPU); the heaviest chain of rare anchors that does not cross itself fixes a
corridor, and a dynamic programme over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3, 4-1)
inside that corridor trades a Gale-Church length cost against shared anchors. The length ratio
is measured on the episode itself, so a summary a quarter as long aligns as well as a translation.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from podreader.text.anchors import anchor_keys

#: Bead shapes (source sentences, target sentences) with a prior cost favouring small beads.
BEADS: tuple[tuple[int, int, float], ...] = (
    (1, 1, 0.0),
    (2, 1, 0.5),
    (1, 2, 0.5),
    (3, 1, 1.0),
    (1, 3, 1.0),
    (2, 2, 1.0),
    (4, 1, 1.5),
    (1, 0, 1.0),
    (0, 1, 1.0),
)
#: Variance of the length difference per character (Gale-Church use 6.8 for translations;
#: a summary strays further from its source). With it, and skips (1-0, 0-1) as cheap as a 3-1,
#: a sentence the summary leaves out stands alone instead of joining its neighbour's row: on
#: the real sample and the two bundled pages, scored against sentence-level hand alignments,
#: 40 and 1.0 pair best (row F1 0.913, 0.809, 0.778, against 0.884, 0.766, 0.778 with 20 and
#: 3.0) with the paragraph-level scores unchanged; 50 already loses a bundled page.
VARIANCE = 40.0
#: Worth of a shared anchor against the length cost.
ANCHOR_BONUS = 4.0
#: Worth of a bead ending where paragraphs end on both sides: topics change at paragraph breaks.
BOUNDARY_BONUS = 2.0
#: Anchors found in at most this many sentences on each side may fix the corridor.
RARE = 3
#: Half-width of the corridor around the anchor chain, in target sentences; it widens by one
#: for every eight target sentences between two anchors, up to :data:`MAX_CORRIDOR`.
CORRIDOR = 4
MAX_CORRIDOR = 12
#: See :func:`skipped_groups`: the odds below which a silent passage is not a coincidence, and
#: how many sentences on each side tell how often the text around it shares anchors.
SKIP_CHANCE = 0.3
NEIGHBOURHOOD = 8

# The alignment tries the beads that start in an earlier row, then the one that starts in the
# same row (0-1); ties go to the earlier bead, so 0-1 must come last in BEADS.
_ACROSS = tuple((k, a, b, prior) for k, (a, b, prior) in enumerate(BEADS) if a)
_ALONG = len(BEADS) - 1
_ALONG_PRIOR = BEADS[_ALONG][2]
assert BEADS[_ALONG][:2] == (0, 1) and len(_ACROSS) == _ALONG
_WIDEST = max(b for _, b, _ in BEADS)


@dataclass(frozen=True, slots=True)
class Bead:
    """Source sentences ``source`` align with target sentences ``target`` (either may be empty)."""

    source: range
    target: range


def _weights(
    source: list[set[str]], target: list[set[str]]
) -> tuple[dict[str, float], Counter[str], Counter[str]]:
    cs: Counter[str] = Counter(k for keys in source for k in keys)
    ct: Counter[str] = Counter(k for keys in target for k in keys)
    frequent = max(RARE, len(target) // 10)
    weights = {
        k: 1.0 / math.sqrt(cs[k] * ct[k])
        for k in cs.keys() & ct.keys()
        if ct[k] <= frequent and cs[k] <= max(RARE, len(source) // 10)
    }
    return weights, cs, ct


def anchored(
    skeys: list[set[str]], tkeys: list[set[str]], *, distinctive: bool = True
) -> list[bool]:
    """For each source sentence: does it share an anchor with the target text?

    Both arguments are :func:`anchor_keys` of each sentence. With ``distinctive`` only anchors
    rare enough to locate a sentence count; without it any shared word or number does.
    """
    if distinctive:
        # A set, not the weights dict: set.isdisjoint walks a dict argument whole per sentence.
        shared: Collection[str] = set(_weights(skeys, tkeys)[0])
    else:
        shared = set().union(*tkeys)
    return [not keys.isdisjoint(shared) for keys in skeys]


def _chain(pairs: list[tuple[int, int, float]], nt: int) -> list[tuple[int, int]]:
    """Heaviest chain of anchor pairs increasing on both sides (weighted LIS, Fenwick tree)."""
    pairs.sort()
    tree: list[tuple[float, int]] = [(0.0, -1)] * (nt + 1)
    best: list[tuple[float, int]] = []
    k = 0
    while k < len(pairs):
        group_end = k
        while group_end < len(pairs) and pairs[group_end][0] == pairs[k][0]:
            group_end += 1
        found = []
        for idx in range(k, group_end):
            _, j, w = pairs[idx]
            q = (0.0, -1)
            pos = j  # prefix max over target positions < j
            while pos > 0:
                if tree[pos][0] > q[0]:
                    q = tree[pos]
                pos -= pos & -pos
            found.append((q[0] + w, q[1]))
        for idx in range(k, group_end):
            value = found[idx - k]
            best.append(value)
            pos = pairs[idx][1] + 1
            while pos <= nt:
                if value[0] > tree[pos][0]:
                    tree[pos] = (value[0], idx)
                pos += pos & -pos
        k = group_end
    if not best:
        return []
    idx = max(range(len(best)), key=lambda i: best[i][0])
    chain: list[tuple[int, int]] = []
    while idx != -1:
        chain.append((pairs[idx][0], pairs[idx][1]))
        idx = best[idx][1]
    return chain[::-1]


def _corridor(chain: list[tuple[int, int]], ns: int, nt: int) -> tuple[list[int], list[int]]:
    points = [(0.0, 0.0), *((i + 0.5, j + 0.5) for i, j in chain), (float(ns), float(nt))]
    lo = [0] * (ns + 1)
    hi = [0] * (ns + 1)
    seg = 0
    for x in range(ns + 1):
        while seg + 2 < len(points) and points[seg + 1][0] <= x:
            seg += 1
        (x0, y0), (x1, y1) = points[seg], points[seg + 1]
        e = y0 if x1 <= x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
        width = min(MAX_CORRIDOR, CORRIDOR + int(y1 - y0) // 8)
        lo[x] = max(0, math.floor(e - width))
        hi[x] = min(nt, math.ceil(e + width))
    lo[0] = 0
    hi[ns] = nt
    for x in range(ns - 1, -1, -1):
        hi[x] = max(hi[x], lo[x + 1])
        lo[x] = min(lo[x], hi[x])
    return lo, hi


def align_sentences(
    source: Sequence[str],
    target: Sequence[str],
    source_breaks: Collection[int] = (),
    target_breaks: Collection[int] = (),
    keys: tuple[list[set[str]], list[set[str]]] | None = None,
) -> list[Bead]:
    """Monotone alignment of two sentence lists; every sentence is in exactly one bead.

    ``source_breaks`` and ``target_breaks`` are sentence indices that start a paragraph; a bead
    ending just before a break on both sides earns a small bonus. ``keys`` are the sentences'
    :func:`anchor_keys` when the caller has them already.
    """
    skeys, tkeys = keys or ([anchor_keys(s) for s in source], [anchor_keys(t) for t in target])
    if len(target) > len(source):
        # The bead shapes let several sentences of the longer side meet one of the shorter side.
        flipped = _align(target, source, target_breaks, source_breaks, tkeys, skeys)
        return [Bead(b.target, b.source) for b in flipped]
    return _align(source, target, source_breaks, target_breaks, skeys, tkeys)


@dataclass(frozen=True, slots=True)
class _Plan:
    """What the dynamic programme reads: the corridor (row ``x`` spans targets ``lo[x]..hi[x]``),
    each source sentence's anchor scores in target order, how many sentences before each index
    score at all, the cumulative sentence lengths and the episode's length ratio."""

    lo: list[int]
    hi: list[int]
    ranked: list[list[tuple[int, float]]]
    scored: list[int]
    slen: list[int]
    tlen: list[int]
    ratio: float


def _align(
    source: Sequence[str],
    target: Sequence[str],
    source_breaks: Collection[int],
    target_breaks: Collection[int],
    skeys: list[set[str]],
    tkeys: list[set[str]],
) -> list[Bead]:
    ns, nt = len(source), len(target)
    if ns == 0 or nt == 0:
        return [Bead(range(ns), range(nt))] if ns or nt else []
    return _search(_plan(source, target, skeys, tkeys), source_breaks, target_breaks)


def _plan(
    source: Sequence[str], target: Sequence[str], skeys: list[set[str]], tkeys: list[set[str]]
) -> _Plan:
    ns, nt = len(source), len(target)
    weights, cs, ct = _weights(skeys, tkeys)
    where: dict[str, list[int]] = defaultdict(list)
    for j, sentence_keys in enumerate(tkeys):
        for k in sorted(sentence_keys):  # set order varies per process: keep runs repeatable
            if k in weights:
                where[k].append(j)

    pairs = []
    for i, sentence_keys in enumerate(skeys):
        for k in sorted(sentence_keys):  # set order varies per process: keep runs repeatable
            if k in weights and cs[k] <= RARE and ct[k] <= RARE:
                for j in where[k]:
                    if abs(i / ns - j / nt) < 0.3:
                        pairs.append((i, j, weights[k]))
    lo, hi = _corridor(_chain(pairs, nt), ns, nt)

    ranked: list[list[tuple[int, float]]] = []  # each row's scores in target order
    scored = [0]  # how many source sentences before each index have any anchor score
    for i, sentence_keys in enumerate(skeys):
        row: dict[int, float] = {}
        for k in sorted(sentence_keys):  # set order varies per process: keep runs repeatable
            places = where.get(k, [])  # in target order: look only near the corridor
            first = bisect_left(places, lo[i] - 4)
            last = bisect_right(places, hi[i + 1] + 4)
            for j in places[first:last]:
                row[j] = row.get(j, 0.0) + weights[k]
        ranked.append(sorted(row.items()))
        scored.append(scored[-1] + (1 if row else 0))

    slen = [0]
    for s in source:
        slen.append(slen[-1] + len(s))
    tlen = [0]
    for t in target:
        tlen.append(tlen[-1] + len(t))
    ratio = tlen[-1] / slen[-1] if slen[-1] else 1.0
    return _Plan(lo, hi, ranked, scored, slen, tlen, ratio or 1.0)


def _search(
    plan: _Plan, source_breaks: Collection[int], target_breaks: Collection[int]
) -> list[Bead]:
    """The cheapest bead sequence inside the plan's corridor."""
    lo, hi, ranked, scored = plan.lo, plan.hi, plan.ranked, plan.scored
    slen, tlen, ratio = plan.slen, plan.tlen, plan.ratio
    ns, nt = len(slen) - 1, len(tlen) - 1

    # The recurrence row by row and, within a row, bead by bead in BEADS order: the earlier bead
    # keeps a tie either way, so this finds what cell by cell would, with the per-row work done
    # once. Each cost is the same sum in the same order, so results are identical. Rows hold only
    # their corridor, so time and memory grow with the corridor's area, not ns * nt.
    inf = math.inf
    span = [  # target length of a bead of b sentences ending at j, in source characters
        [(tlen[j] - tlen[j - b]) / ratio if j >= b else 0.0 for j in range(nt + 1)]
        for b in range(_WIDEST + 1)
    ]
    edges = [BOUNDARY_BONUS if j in target_breaks else 0.0 for j in range(nt + 1)]
    no_edges = no_gains = [0.0] * (nt + 1)  # subtracting 0.0 leaves a cost as it is
    variance, along_prior = VARIANCE, _ALONG_PRIOR  # locals are quicker to read in the loop
    along_lengths = span[1]
    rows: list[list[float]] = []
    back: list[list[int]] = []
    for x in range(ns + 1):
        lx, hx = lo[x], hi[x]
        crow = [inf] * (hx - lx + 1)
        brow = [-1] * (hx - lx + 1)
        if x == 0:
            crow[0] = 0.0
        edge = edges if x in source_breaks else no_edges
        for bead, a, b, prior in _ACROSS:
            px = x - a
            if px < 0:
                continue
            prow = rows[px]
            shift = -b - lo[px]  # where a bead ending at j starts in row px
            l1 = slen[x] - slen[px]
            lengths = span[b]
            gain = (
                _gains(ranked[px:x], b, lx, hx) if b and scored[x] != scored[px] else []
            ) or no_gains
            # Beyond the corridor of row px the bead starts nowhere reachable.
            for j in range(max(lx, lo[px] + b), min(hx, hi[px] + b) + 1):
                n = j - lx
                best = crow[n]
                c = prow[j + shift] + prior - edge[j]
                g = gain[n]
                if c - g >= best:
                    continue  # unreachable (inf), or no better: the length cost only adds
                l2 = lengths[j]
                delta = l2 - l1
                c += delta * delta / (variance * (l1 + l2) + 1.0)
                if g:
                    c -= g
                if c < best:
                    crow[n] = c
                    brow[n] = bead
        # 0-1 comes last in BEADS and starts in this row, so it runs along the finished row.
        for n in range(1, hx - lx + 1):
            best = crow[n]
            c = crow[n - 1] + along_prior - edge[lx + n]
            if c < best:
                l2 = along_lengths[lx + n]
                c += l2 * l2 / (variance * l2 + 1.0)
                if c < best:
                    crow[n] = c
                    brow[n] = _ALONG
        back.append(brow)
        rows.append(crow)

    beads: list[Bead] = []
    x, j = ns, nt
    while x > 0 or j > 0:
        a, b, _ = BEADS[back[x][j - lo[x]]]
        beads.append(Bead(range(x - a, x), range(j - b, j)))
        x, j = x - a, j - b
    return beads[::-1]


def _gains(rows: list[list[tuple[int, float]]], b: int, lo: int, hi: int) -> list[float]:
    """Anchor bonus of a bead of the source sentences with score ``rows`` (sorted by target) and
    ``b`` target sentences, ending at each target ``lo..hi`` (item ``j - lo``; an empty list when
    zero throughout). Scores are summed as the recurrence defines: sentence by sentence, then in
    target order."""
    bonus: list[float] = []
    for row in rows:
        for jj, value in row:
            first, last = max(jj + 1, lo), min(jj + b, hi)
            if first <= last and not bonus:
                bonus = [0.0] * (hi - lo + 1)
            for j in range(first - lo, last - lo + 1):
                bonus[j] += value
    for n in range(len(bonus)):
        if bonus[n]:
            bonus[n] *= ANCHOR_BONUS
    return bonus


def skipped_groups(
    mentions: Sequence[bool], groups: Sequence[Sequence[int]], ignored: Sequence[bool]
) -> list[bool]:
    """For each group of source sentences (a paragraph): was it left out of the other text?

    ``mentions`` says whether each sentence shares any word or number with the other text;
    ``ignored`` sentences (sponsor reads) do not count as neighbours. A passage of two or more
    sentences that shares nothing is taken as skipped only where sharing is common around it:
    if a fraction p of the :data:`NEIGHBOURHOOD` sentences on each side share something, k silent
    sentences in a row happen by chance with odds (1 - p) ** k, and the passage counts as skipped
    when that is below :data:`SKIP_CHANCE`. In a text with few anchors silence says nothing, and
    the alignment decides.
    """
    kept = [i for i in range(len(mentions)) if not ignored[i]]
    rank = {i: k for k, i in enumerate(kept)}
    out = []
    for ids in groups:
        ranks = [rank[i] for i in ids if i in rank]
        if len(ranks) < 2 or any(mentions[i] for i in ids):
            out.append(False)
            continue
        around = [
            *kept[max(0, ranks[0] - NEIGHBOURHOOD) : ranks[0]],
            *kept[ranks[-1] + 1 : ranks[-1] + 1 + NEIGHBOURHOOD],
        ]
        share = sum(mentions[i] for i in around) / len(around) if around else 0.0
        out.append((1.0 - share) ** len(ranks) < SKIP_CHANCE)
    return out


def link_groups(
    beads: Sequence[Bead],
    source_group: Sequence[int],
    target_group: Sequence[int],
    source_count: int,
) -> list[list[int]]:
    """For each source group (paragraph), the sorted target groups its sentences align with."""
    links: list[set[int]] = [set() for _ in range(source_count)]
    for bead in beads:
        targets = {target_group[j] for j in bead.target}
        for i in bead.source:
            links[source_group[i]].update(targets)
    return [sorted(s) for s in links]


def invert(links: Sequence[Sequence[int]], target_count: int) -> list[list[int]]:
    """The reverse map: for each target paragraph, the source paragraphs that link to it."""
    out: list[list[int]] = [[] for _ in range(target_count)]
    for src, targets in enumerate(links):
        for t in targets:
            out[t].append(src)
    return out
