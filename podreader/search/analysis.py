"""How text becomes index terms, shared by indexing, queries and snippets so all three agree.

- Everything is NFKC-folded first, so full-width ``ＧＰＵ１２０`` is ``GPU120``.
- English (any letters and digits): case-folded and stemmed (Porter2); the folded original form is
  indexed at the same position when it differs, so prefix queries and exact forms still work.
- Chinese (and other CJK scripts): traditional folded to simplified with OpenCC, then overlapping
  bigrams. The last character of each run is also indexed alone, so every character starts some
  term and a one-character query can be answered with a prefix query.
- Numbers: every mention :mod:`podreader.text.numbers` reads is also indexed as ``#<value>``, so
  ``120亿``, ``12 billion`` and ``$12B`` all carry ``#12000000000``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import opencc
from whoosh.analysis import Analyzer, Token
from whoosh.lang.porter2 import stem as porter_stem

from podreader.text.language import HAN
from podreader.text.numbers import find_numbers

_CJK_CLASS = (
    "\u3040-\u30ff"  # kana
    f"{HAN}"  # han
    "\uac00-\ud7af"  # hangul
)
_TOKEN = re.compile(
    rf"(?P<cjk>[{_CJK_CLASS}]+)|(?P<word>[^\W_{_CJK_CLASS}]+(?:'[^\W_{_CJK_CLASS}]+)*)"
)
_HAS_CJK = re.compile(f"[{_CJK_CLASS}]")
_CJK_CHAR = re.compile(f"^[{_CJK_CLASS}]$")

_t2s = opencc.OpenCC("t2s")


def normalize(text: str) -> str:
    """NFKC, curly apostrophes straightened, traditional Chinese folded to simplified."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    return _t2s.convert(text) if _HAS_CJK.search(text) else text


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return str(porter_stem(word))


def number_term(value: float) -> str:
    """The index term of a number value: one spelling for every way of writing it."""
    return f"#{value:.12g}"


def is_cjk_char(text: str) -> bool:
    return bool(_CJK_CHAR.match(text))


def index_terms(text: str) -> Iterator[tuple[str, int]]:
    """(term, position) pairs of one passage, in position order except numbers at the end."""
    norm = normalize(text)
    pos = 0
    for m in _TOKEN.finditer(norm):
        run = m.group("cjk")
        if run is not None:
            for i in range(len(run) - 1):
                yield run[i : i + 2], pos
                pos += 1
            yield run[-1], pos
            pos += 1
            continue
        folded = m.group().casefold()
        stemmed = stem(folded)
        yield stemmed, pos
        if stemmed != folded:
            yield folded, pos
        pos += 1
    for mention in find_numbers(norm):
        yield number_term(mention.value), pos
        pos += 1


@lru_cache(maxsize=4096)
def title_terms(title: str) -> frozenset[str]:
    """The terms of a title, as the index holds them (titles are asked for again and again)."""
    return frozenset(term for term, _ in index_terms(title))


@dataclass(frozen=True, slots=True)
class WordTerms:
    """What one query word or phrase piece matches.

    ``sequence`` holds alternatives per position (stem and original form); a one-character CJK
    word is a ``prefix`` instead, since that character may sit inside a bigram.
    """

    sequence: tuple[tuple[str, ...], ...]
    prefix: str | None = None


def query_terms(text: str) -> WordTerms:
    """Terms for a query word or phrase, matching what :func:`index_terms` put in the index.

    Unlike the index, a CJK run of two or more characters yields bigrams only: the trailing
    unigram exists in the index only where a run ends, so requiring it would break substrings.
    """
    norm = normalize(text)
    sequence: list[tuple[str, ...]] = []
    for m in _TOKEN.finditer(norm):
        run = m.group("cjk")
        if run is not None:
            if len(run) == 1:
                sequence.append((run,))
            else:
                sequence.extend((run[i : i + 2],) for i in range(len(run) - 1))
            continue
        folded = m.group().casefold()
        stemmed = stem(folded)
        sequence.append((stemmed,) if stemmed == folded else (stemmed, folded))
    if len(sequence) == 1 and is_cjk_char(sequence[0][0]):
        return WordTerms((), prefix=sequence[0][0])
    return WordTerms(tuple(sequence))


def _aligned(text: str) -> tuple[str, list[int]]:
    """The normalized text with, for each of its characters, the offset in ``text``."""
    norm = normalize(text)
    if len(norm) == len(text):
        return norm, list(range(len(text)))
    pieces: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = normalize(ch)
        pieces.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(pieces), offsets


_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")


#: Letters of the scripts podcasts here are written in, besides CJK. A small class on purpose:
#: the full Unicode one costs ~20 ms to compile, and this pattern is compiled per query.
_LETTERS = "A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"


@lru_cache(maxsize=1024)
def _word_candidates(starts: frozenset[str]) -> re.Pattern[str]:
    """Words beginning like one of the query's words: stems change endings, not beginnings
    (bar a few irregular words such as dying/die), so only these can match, and the regex
    engine finds them far faster than a Python loop over every word."""
    alternatives = "|".join(sorted(map(re.escape, starts), key=len, reverse=True))
    word = f"[{_LETTERS}]"
    return re.compile(rf"(?<!{word})(?:{alternatives}){word}*(?:'{word}+)*", re.IGNORECASE)


def matching_ranges(
    text: str, terms: set[str], prefixes: tuple[str, ...] = ()
) -> list[tuple[int, int]]:
    """Character ranges of ``text`` (not of its normalized form) that index as one of ``terms``
    or as a term starting with one of ``prefixes``. Snippets call this for every hit shown, so
    it looks only at the kinds of text (CJK, words, numbers) the query can match."""
    wanted = [*terms, *prefixes]
    cjk = [t for t in wanted if _HAS_CJK.match(t)]
    words = [t for t in wanted if not _HAS_CJK.match(t) and not t.startswith("#")]
    norm, offsets = _aligned(text)
    offsets.append(len(text))
    found: list[tuple[int, int]] = []

    def hit(term: str) -> bool:
        return term in terms or (bool(prefixes) and term.startswith(prefixes))

    def add(start: int, end: int) -> None:
        found.append((offsets[start], offsets[end - 1] + 1))

    if words:
        starts = frozenset(w[:3] if len(w) > 3 else w[:2] for w in words)
        for m in _word_candidates(starts).finditer(norm):
            folded = m.group().casefold()
            if hit(folded) or hit(stem(folded)):
                add(m.start(), m.end())
    for m in _CJK_RUN.finditer(norm) if cjk else ():
        run, base = m.group(), m.start()
        for i in range(len(run)):
            if hit(run[i]):
                add(base + i, base + i + 1)
            if i + 1 < len(run) and hit(run[i : i + 2]):
                add(base + i, base + i + 2)
    for mention in find_numbers(norm) if any(t.startswith("#") for t in terms) else ():
        if number_term(mention.value) in terms:
            add(mention.start, mention.end)
    return found


class PassageAnalyzer(Analyzer):  # type: ignore[misc]
    """Whoosh's view of :func:`index_terms`. Pickled into the index, so keep it stateless;
    pickled by module and name, so renaming or moving it needs SCHEMA_VERSION raised."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PassageAnalyzer)

    def __hash__(self) -> int:
        return hash(PassageAnalyzer)

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for term, pos in index_terms(value):
            token.text = term
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = token.endchar = start_char
            yield token
