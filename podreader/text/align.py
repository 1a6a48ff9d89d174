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
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from podreader.text.numbers import find_numbers
from podreader.text.sentences import Sentence

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*")
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "can",
        "do",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "i",
        "if",
        "in",
        "is",
        "it",
        "its",
        "just",
        "like",
        "me",
        "my",
        "not",
        "of",
        "on",
        "or",
        "our",
        "she",
        "so",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "they",
        "this",
        "to",
        "uh",
        "um",
        "us",
        "was",
        "we",
        "were",
        "what",
        "when",
        "which",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yeah",
        "okay",
        "know",
        "really",
        "very",
    ]
)

#: Bead shapes (source sentences, target sentences) with a prior cost favouring small beads.
BEADS: tuple[tuple[int, int, float], ...] = (
    (1, 1, 0.0),
    (2, 1, 0.5),
    (1, 2, 0.5),
    (3, 1, 1.0),
    (1, 3, 1.0),
    (2, 2, 1.0),
    (4, 1, 1.5),
    (1, 0, 3.0),
    (0, 1, 3.0),
)
#: Variance of the length difference per character (Gale-Church use 6.8 for translations;
#: a summary strays further from its source).
VARIANCE = 20.0
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


@dataclass(frozen=True, slots=True)
class Bead:
    """Source sentences ``source`` align with target sentences ``target`` (either may be empty)."""

    source: range
    target: range


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    word = word.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def number_keys(text: str) -> list[str]:
    """Number values as terms: ``120亿`` and ``$12 billion`` give the same one."""
    return [_key(m.value, m.kind) for m in find_numbers(text)]


def word_stems(text: str) -> list[str]:
    """Latin-script words, case-folded and lightly stemmed (GPUs = GPU), without stop words."""
    stems = (_stem(word) for word in _WORD.findall(text))
    return [s for s in stems if len(s) > 1 and s not in _STOP]


def _key(value: float, kind: str) -> str:
    return f"#{value!r}{'%' if kind == 'percent' else ''}"


def span_terms(text: str, spans: Sequence[Sentence]) -> list[Counter[str]]:
    """Word stems and number values of each span of ``text``, in one pass over the text."""
    starts = [s.start for s in spans]
    bags: list[Counter[str]] = [Counter() for _ in spans]

    def add(pos: int, term: str) -> None:
        k = bisect_right(starts, pos) - 1
        if k >= 0 and pos < spans[k].end:
            bags[k][term] += 1

    for m in find_numbers(text):
        add(m.start, _key(m.value, m.kind))
    for w in _WORD.finditer(text):
        stem = _stem(w.group())
        if len(stem) > 1 and stem not in _STOP:
            add(w.start(), stem)
    return bags


def anchor_keys(text: str) -> set[str]:
    """Things that read the same in both languages: number values and Latin-script words."""
    return {*number_keys(text), *word_stems(text)}


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
        shared: Collection[str] = _weights(skeys, tkeys)[0]
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
    weights, cs, ct = _weights(skeys, tkeys)
    where: dict[str, list[int]] = defaultdict(list)
    for j, sentence_keys in enumerate(tkeys):
        for k in sentence_keys:
            if k in weights:
                where[k].append(j)

    pairs = []
    for i, sentence_keys in enumerate(skeys):
        for k in sentence_keys:
            if k in weights and cs[k] <= RARE and ct[k] <= RARE:
                for j in where[k]:
                    if abs(i / ns - j / nt) < 0.3:
                        pairs.append((i, j, weights[k]))
    lo, hi = _corridor(_chain(pairs, nt), ns, nt)

    scores: list[dict[int, float]] = []
    scored = [0]  # how many source sentences before each index have any anchor score
    for i, sentence_keys in enumerate(skeys):
        row: dict[int, float] = {}
        for k in sentence_keys:
            for j in where.get(k, ()):
                if lo[i] - 4 <= j <= hi[i + 1] + 4:
                    row[j] = row.get(j, 0.0) + weights[k]
        scores.append(row)
        scored.append(scored[-1] + (1 if row else 0))

    slen = [0]
    for s in source:
        slen.append(slen[-1] + len(s))
    tlen = [0]
    for t in target:
        tlen.append(tlen[-1] + len(t))
    ratio = tlen[-1] / slen[-1] if slen[-1] else 1.0
    ratio = ratio or 1.0

    # Bead-major over each row: the beads that come from earlier rows fill the row as whole
    # slices, then 0-1 (last in BEADS, so ties still go to the earlier bead) runs along it.
    # Every cost is the same expression in the same order as cell by cell, so results match.
    inf = math.inf
    target_part = [[(tlen[j] - tlen[j - b]) / ratio if j >= b else 0.0 for j in range(nt + 1)]
                   for b in range(max(b for _, b, _ in BEADS) + 1)]
    target_edge = [BOUNDARY_BONUS if j in target_breaks else 0.0 for j in range(nt + 1)]
    from_above = [(k, a, b, prior) for k, (a, b, prior) in enumerate(BEADS) if a]
    along = [(k, prior) for k, (a, b, prior) in enumerate(BEADS) if not a and b == 1]
    cost: list[list[float]] = []
    back: list[list[int]] = []
    for x in range(ns + 1):
        lx, hx = lo[x], hi[x]
        crow = [inf] * (hx - lx + 1)
        brow = [-1] * (hx - lx + 1)
        if x == 0:
            crow[0] = 0.0
        at_break = x in source_breaks
        for b_idx, a, b, prior in from_above:
            px = x - a
            if px < 0:
                continue
            lp = lo[px]
            j0 = max(lx, lp + b)
            j1 = min(hx, hi[px] + b)
            if j0 > j1:
                continue
            prow = cost[px]
            l1 = slen[x] - slen[px]
            part = target_part[b]
            rows = (
                [scores[i] for i in range(px, x) if scores[i]]
                if b and scored[x] != scored[px]
                else None
            )
            for j, prev in enumerate(prow[j0 - b - lp : j1 - b - lp + 1], j0):
                if prev == inf:
                    continue
                l2 = part[j]
                delta = l2 - l1
                if at_break:
                    c = prev + prior - target_edge[j] + delta * delta / (VARIANCE * (l1 + l2) + 1.0)
                else:
                    c = prev + prior + delta * delta / (VARIANCE * (l1 + l2) + 1.0)
                if rows:
                    bonus = 0.0
                    for row in rows:
                        for jj in range(j - b, j):
                            bonus += row.get(jj, 0.0)
                    c -= ANCHOR_BONUS * bonus
                if c < crow[j - lx]:
                    crow[j - lx] = c
                    brow[j - lx] = b_idx
        for b_idx, prior in along:
            part = target_part[1]
            for j in range(max(lx + 1, 1), hx + 1):
                prev = crow[j - 1 - lx]
                if prev == inf:
                    continue
                l2 = part[j]
                delta = l2 - 0
                if at_break:
                    c = prev + prior - target_edge[j] + delta * delta / (VARIANCE * (0 + l2) + 1.0)
                else:
                    c = prev + prior + delta * delta / (VARIANCE * (0 + l2) + 1.0)
                if c < crow[j - lx]:
                    crow[j - lx] = c
                    brow[j - lx] = b_idx
        cost.append(crow)
        back.append(brow)

    beads: list[Bead] = []
    x, j = ns, nt
    while x > 0 or j > 0:
        a, b, _ = BEADS[back[x][j - lo[x]]]
        beads.append(Bead(range(x - a, x), range(j - b, j)))
        x, j = x - a, j - b
    return beads[::-1]


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
