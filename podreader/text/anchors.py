"""The anchor vocabulary: what reads the same in English and Chinese text.

Numbers read as values (``120亿`` = ``$12 billion``) and Latin-script words that survive in a
Chinese rendering (CoreWeave, OpenAI, GPU), case-folded and lightly stemmed, without stop words.
The aligner anchors sentences on these terms, and chapter placement compares passages with them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
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
    """Word stems and number values of each span of ``text``, in one pass over the text.

    A term belongs to the span holding its first character; each bag lists numbers, then words,
    in text order. ``spans`` are in order and do not overlap, as :func:`split_sentences` gives.
    """
    numbers = find_numbers(text)
    if all(_word_free_edge(text, s.start) and _word_free_edge(text, s.end) for s in spans):
        # No word crosses a span's edge, so each span can be searched on its own.
        words = [_WORD.findall(text, s.start, s.end) for s in spans]
    else:
        words = [[] for _ in spans]
        starts = [s.start for s in spans]
        for w in _WORD.finditer(text):
            k = bisect_right(starts, w.start()) - 1
            if k >= 0 and w.start() < spans[k].end:
                words[k].append(w.group())
    stems = _STEMS
    if len(stems) > _STEM_CACHE:
        stems.clear()
    bags: list[Counter[str]] = []
    n = 0
    for (start, end), found in zip(spans, words, strict=True):
        while n < len(numbers) and numbers[n].start < start:
            n += 1
        terms = []
        while n < len(numbers) and numbers[n].start < end:
            terms.append(_key(numbers[n].value, numbers[n].kind))
            n += 1
        terms.extend(filter(None, map(stems.__getitem__, found)))
        bags.append(Counter(terms))
    return bags


def _word_free_edge(text: str, pos: int) -> bool:
    """Can no :data:`_WORD` match run across ``pos`` (hold both ``pos - 1`` and ``pos``)?"""
    return not (0 < pos < len(text) and text[pos - 1] in _WORDISH and text[pos] in _WORDISH)


_WORDISH = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-'’")
_STEM_CACHE = 200_000  # words remembered across episodes before the cache starts afresh


class _Stems(dict[str, str]):
    """Anchor term of each word seen, or "" for a stop word or a single letter."""

    def __missing__(self, word: str) -> str:
        stem = _stem(word)
        term = self[word] = stem if len(stem) > 1 and stem not in _STOP else ""
        return term


_STEMS = _Stems()


def anchor_keys(text: str) -> set[str]:
    """Things that read the same in both languages: number values and Latin-script words."""
    return {*number_keys(text), *word_stems(text)}
