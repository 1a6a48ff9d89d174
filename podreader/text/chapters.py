"""Where chapters and Key Insights sit in the reading view.

A page lists chapters (a summary and points) and insights without positions. Each is placed by
TF-IDF similarity between its text and windows of reading paragraphs, over words, Chinese
character bigrams and number values, so a Chinese summary still meets an English transcript on
names and figures. Chapters keep their order (a dynamic programme); insights need not.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from podreader.text.anchors import number_keys, word_stems
from podreader.text.language import HAN

_CJK_RUN = re.compile(f"[{HAN}]+")


def bigrams(text: str) -> Counter[str]:
    """Chinese character bigrams: Chinese has no spaces, so pairs stand in for words."""
    bag: Counter[str] = Counter()
    for run in _CJK_RUN.findall(text):
        bag.update(run[i : i + 2] for i in range(len(run) - 1))
    return bag


def terms(text: str) -> Counter[str]:
    """Words and number values (as in alignment anchors) plus Chinese character bigrams."""
    bag = Counter(word_stems(text))
    bag.update(number_keys(text))
    bag.update(bigrams(text))
    return bag


class ParagraphTerms:
    """Similarity of a query to windows of consecutive paragraphs (TF-IDF dot product over an
    inverted index, normalised by the window's length). Built from each paragraph's
    :func:`terms`, which the caller may already have."""

    def __init__(self, bags: Sequence[Counter[str]]) -> None:
        self.count = len(bags)
        self.postings: dict[str, list[tuple[int, int]]] = {}
        for p, bag in enumerate(bags):
            for t, c in bag.items():
                self.postings.setdefault(t, []).append((p, c))
        self.idf = {
            t: math.log((self.count + 1) / (len(post) + 0.5)) for t, post in self.postings.items()
        }
        self.size_prefix = [0]
        for bag in bags:
            self.size_prefix.append(self.size_prefix[-1] + sum(bag.values()))

    def scores(self, query: str, window: int) -> list[float]:
        n = self.count
        q = {t: c * self.idf[t] for t, c in terms(query).items() if t in self.idf}
        if not q:
            return [0.0] * n
        qnorm = math.sqrt(sum(v * v for v in q.values()))
        dots = [0.0] * n
        for t, v in q.items():
            weight = v * self.idf[t]
            for p, c in self.postings[t]:
                dots[p] += weight * c
        prefix = [0.0]
        for d in dots:
            prefix.append(prefix[-1] + d)
        out = []
        for s in range(n):
            e = min(n, s + window)
            size = self.size_prefix[e] - self.size_prefix[s]
            out.append((prefix[e] - prefix[s]) / (qnorm * math.sqrt(size)) if size else 0.0)
        return out


def place_chapters(chapters: Sequence[str], paragraphs: ParagraphTerms) -> list[int]:
    """Index into ``paragraphs`` where each chapter starts, in order; the first starts at 0.

    Pass only the paragraphs a chapter may start at (not sponsor reads) and map the result back.
    """
    m, n = len(chapters), paragraphs.count
    if m == 0 or n == 0:
        return []
    if m >= n:
        return [min(k, n - 1) for k in range(m)]
    window = max(1, min(4, n // (2 * m)))
    table = [paragraphs.scores(text, window) for text in chapters]
    # best[k][s]: best total with chapter k starting at s; chapter 0 starts at the first paragraph.
    neg = -math.inf
    best = [[neg] * n for _ in range(m)]
    back = [[-1] * n for _ in range(m)]
    best[0][0] = 0.0
    for k in range(1, m):
        run, arg = neg, -1
        for s in range(k, n - (m - 1 - k)):
            if best[k - 1][s - 1] > run:
                run, arg = best[k - 1][s - 1], s - 1
            best[k][s] = run + table[k][s]
            back[k][s] = arg
    s = max(range(n), key=lambda i: best[m - 1][i])
    starts = [0] * m
    for k in range(m - 1, -1, -1):
        starts[k] = s
        s = back[k][s]
    return starts


LEAD_IN_CHARS = 120
"""A paragraph this short or shorter just before a chapter start may be the remark opening it."""


def back_to_lead_ins(
    starts: Sequence[int], chapters: Sequence[str], paragraphs: ParagraphTerms, texts: Sequence[str]
) -> list[int]:
    """Chapter starts moved back onto the short remark that leads into them.

    In an interview a topic opens with the host's question or remark ("So what is hard about a
    roof?"), but the answer holds most of the words a chapter shares, so :func:`place_chapters`
    lands one paragraph late. A start moves back onto a short previous paragraph that asks or
    shares a word with the chapter, unless the previous chapter starts there.
    """
    out = list(starts)
    for k in range(1, len(out)):
        s = out[k]
        if s - 1 <= out[k - 1]:
            continue
        lead = texts[s - 1].rstrip()
        if len(lead) <= LEAD_IN_CHARS and (
            lead.endswith(("?", "？")) or paragraphs.scores(chapters[k], 1)[s - 1] > 0
        ):
            out[k] = s - 1
    return out


def place_insights(insights: Sequence[str], paragraphs: ParagraphTerms) -> list[int | None]:
    """Index of the paragraph most like each insight, or None when nothing is alike."""
    if not paragraphs.count:
        return [None] * len(insights)
    out: list[int | None] = []
    for text in insights:
        scores = paragraphs.scores(text, 1)
        top = max(range(len(scores)), key=scores.__getitem__)
        out.append(top if scores[top] > 0 else None)
    return out
