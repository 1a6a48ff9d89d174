"""Finding a quoted passage again in text that has moved or changed a little.

A bookmark remembers its passage the way a W3C Web Annotation ``TextQuoteSelector`` does: the
exact quote plus some text before and after it. Paragraph ids and character offsets are only a
hint, because a re-import or a better text analysis re-cuts the paragraphs. Matching runs on a
*normalized* copy of the whole track (NFKC, case-folded, typographic quotes and dashes made
plain, every run of whitespace - paragraph breaks included - made one space) that keeps a map
back to the original characters, so a quote is found even when a paragraph break moved into it.

Order of attempts: the exact quote (the context picks among several hits, then nearness to the old
place); then a tolerant search - candidate places voted for by shared character trigrams, each
refined with :mod:`difflib` - accepted above :data:`FUZZY_THRESHOLD` similarity.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property

#: Characters of context kept on each side of a quote (the W3C guidance suggests 32-64).
CONTEXT_CHARS = 48
#: Least similarity (difflib ratio, 0-1) for a changed quote to count as found.
FUZZY_THRESHOLD = 0.75
#: Quotes shorter than this (normalized) are only found exactly: a fuzzy hit would be a guess.
MIN_FUZZY_CHARS = 8

_QGRAM = 3
#: A trigram this common ("the", "ing") says nothing about where a quote is.
_MAX_QGRAM_HITS = 400
_CANDIDATES = 5
_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00ad": ""})


@dataclass(frozen=True, slots=True)
class TextQuote:
    """What identifies a passage independent of where paragraphs break."""

    quote: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Anchor:
    """A place in one track: a paragraph id and a character range within its text."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Found:
    anchor: Anchor
    exact: bool
    similarity: float


def _collapse(text: str) -> str:
    return " ".join(text.split())


class TrackText:
    """The paragraphs of one track as one searchable text, with maps both ways."""

    def __init__(self, paragraphs: Sequence[tuple[int, str]]) -> None:
        self.ids = [pid for pid, _ in paragraphs]
        self.texts = [text for _, text in paragraphs]
        self.starts: list[int] = []  # raw offset of each paragraph in ``raw``
        offset = 0
        for text in self.texts:
            self.starts.append(offset)
            offset += len(text) + 2
        self.raw = "\n\n".join(self.texts)
        self._position = {pid: i for i, pid in enumerate(self.ids)}

    @cached_property
    def _normalized(self) -> tuple[str, list[int]]:
        return normalize(self.raw)

    @property
    def norm(self) -> str:
        """The normalized text; made on first use, since making a selector does not need it."""
        return self._normalized[0]

    @property
    def to_raw(self) -> list[int]:
        return self._normalized[1]

    def raw_offset(self, paragraph: int, offset: int) -> int | None:
        position = self._position.get(paragraph)
        if position is None or not 0 <= offset <= len(self.texts[position]):
            return None
        return self.starts[position] + offset

    def selector(self, anchor: Anchor) -> TextQuote | None:
        """Quote and context of a place; ``None`` when the place is not in this text."""
        start = self.raw_offset(anchor.paragraph, anchor.start)
        end = self.raw_offset(anchor.paragraph, anchor.end)
        if start is None or end is None or end <= start:
            return None
        return TextQuote(
            quote=self.raw[start:end],
            prefix=_collapse(self.raw[max(0, start - CONTEXT_CHARS * 2) : start])[-CONTEXT_CHARS:],
            suffix=_collapse(self.raw[end : end + CONTEXT_CHARS * 2])[:CONTEXT_CHARS],
        )

    def anchor_of(self, norm_start: int, norm_end: int) -> Anchor:
        """The paragraph place of a normalized span; a span over a break keeps its larger part."""
        raw_start = self.to_raw[norm_start]
        raw_end = self.to_raw[norm_end - 1] + 1
        best: tuple[int, int] = (-1, 0)  # (overlap, position)
        for position, first in enumerate(self.starts):
            last = first + len(self.texts[position])
            if last <= raw_start:
                continue
            if first >= raw_end:
                break
            overlap = min(last, raw_end) - max(first, raw_start)
            if overlap > best[0]:
                best = (overlap, position)
        position = best[1]
        first = self.starts[position]
        length = len(self.texts[position])
        return Anchor(
            self.ids[position],
            max(raw_start - first, 0),
            min(raw_end - first, length),
        )

    def crosses_break(self, norm_start: int, norm_end: int) -> bool:
        first = bisect_right(self.starts, self.to_raw[norm_start])
        return bisect_right(self.starts, self.to_raw[norm_end - 1]) != first

    def paragraph_at(self, norm_index: int) -> int:
        position = bisect_right(self.starts, self.to_raw[norm_index]) - 1
        return self.ids[max(position, 0)]

    def occurrences(self, quote: str) -> list[int]:
        """Normalized offsets where the normalized ``quote`` occurs exactly."""
        needle = normalize(quote)[0]
        if not needle:
            return []
        hits: list[int] = []
        index = self.norm.find(needle)
        while index >= 0:
            hits.append(index)
            index = self.norm.find(needle, index + 1)
        return hits

    @cached_property
    def _qgrams(self) -> dict[str, list[int]]:
        grams: defaultdict[str, list[int]] = defaultdict(list)
        norm = self.norm
        for i in range(len(norm) - _QGRAM + 1):
            grams[norm[i : i + _QGRAM]].append(i)
        return grams

    def locate(self, target: TextQuote, near: int | None = None) -> Found | None:
        """Where ``target`` is now: exact if possible, else the best close match, else ``None``.

        ``near`` is the paragraph id it used to be in; it breaks ties between equal candidates.
        """
        needle = normalize(target.quote)[0]
        if not needle:
            return None
        prefix, suffix = normalize(target.prefix)[0], normalize(target.suffix)[0]
        hits = self.occurrences(target.quote)
        if hits:
            best = max(
                hits,
                key=lambda i: (
                    self._context_score(i, i + len(needle), prefix, suffix),
                    -self._distance(i, near),
                ),
            )
            return Found(self.anchor_of(best, best + len(needle)), exact=True, similarity=1.0)
        if len(needle) < MIN_FUZZY_CHARS:
            return None
        return self._fuzzy(needle, prefix, suffix, near)

    def _distance(self, norm_index: int, near: int | None) -> int:
        if near is None or near not in self._position:
            return 0
        return abs(self._position[self.paragraph_at(norm_index)] - self._position[near])

    def _context_score(self, start: int, end: int, prefix: str, suffix: str) -> float:
        score = 0.0
        # Stored context is trimmed, so the space between it and the quote is skipped here too.
        if prefix:
            before = self.norm[max(0, start - len(prefix) - 1) : start].rstrip()[-len(prefix) :]
            score += SequenceMatcher(None, prefix, before, autojunk=False).ratio()
        if suffix:
            after = self.norm[end : end + len(suffix) + 1].lstrip()[: len(suffix)]
            score += SequenceMatcher(None, suffix, after, autojunk=False).ratio()
        return score

    def _fuzzy(self, needle: str, prefix: str, suffix: str, near: int | None) -> Found | None:
        best: tuple[float, float, int, int, int] | None = None  # (sim, context, -dist, start, end)
        for diagonal in self._candidate_starts(needle):
            span = self._refine(needle, diagonal)
            if span is None:
                continue
            start, end = span
            similarity = SequenceMatcher(None, needle, self.norm[start:end], autojunk=False).ratio()
            if similarity < FUZZY_THRESHOLD:
                continue
            key = (
                round(similarity, 3),
                self._context_score(start, end, prefix, suffix),
                -self._distance(start, near),
                start,
                end,
            )
            if best is None or key[:3] > best[:3]:
                best = key
        if best is None:
            return None
        return Found(self.anchor_of(best[3], best[4]), exact=False, similarity=best[0])

    def _candidate_starts(self, needle: str) -> list[int]:
        """Likely start offsets: where many of the quote's trigrams line up on one diagonal."""
        bucket = max(4, len(needle) // 8)
        votes: Counter[int] = Counter()
        grams = self._qgrams
        for offset in range(len(needle) - _QGRAM + 1):
            positions = grams.get(needle[offset : offset + _QGRAM], ())
            if len(positions) > _MAX_QGRAM_HITS:
                continue
            for position in positions:
                votes[(position - offset) // bucket] += 1
        # A shifted diagonal (an inserted word) splits its votes between neighbouring buckets.
        merged = Counter({b: n + votes.get(b + 1, 0) for b, n in votes.items()})
        return [max(0, b * bucket) for b, _ in merged.most_common(_CANDIDATES)]

    def _refine(self, needle: str, diagonal: int) -> tuple[int, int] | None:
        """The span around ``diagonal`` that lines up with ``needle``, widened to whole words."""
        length = len(needle)
        lo = max(0, diagonal - length // 2)
        window = self.norm[lo : diagonal + length + length // 2 + _QGRAM]
        matcher = SequenceMatcher(None, needle, window, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size >= 2]
        if not blocks:
            return None
        first, last = blocks[0], blocks[-1]
        start = lo + max(0, first.b - first.a)
        end = min(len(self.norm), lo + last.b + last.size + (length - last.a - last.size))
        while (
            0 < start < len(self.norm) and _wordy(self.norm[start - 1]) and _wordy(self.norm[start])
        ):
            start -= 1
        while 0 < end < len(self.norm) and _wordy(self.norm[end - 1]) and _wordy(self.norm[end]):
            end += 1
        while start < end and self.norm[start] == " ":
            start += 1
        while end > start and self.norm[end - 1] == " ":
            end -= 1
        return (start, end) if end > start else None


def _wordy(char: str) -> bool:
    """Latin letters and digits form words; CJK characters each stand alone."""
    return char.isascii() and char.isalnum()


_CHAR_CACHE: dict[str, str] = {}
#: What normalizing changes: whitespace other than one plain space, and non-ASCII runs.
_SPECIAL = re.compile(r"\s{2,}|[^\S ]|[^\x00-\x7f\s]+")


def _plain(char: str) -> str:
    plain = _CHAR_CACHE.get(char)
    if plain is None:
        plain = unicodedata.normalize("NFKC", char.translate(_PLAIN)).casefold()
        _CHAR_CACHE[char] = plain
    return plain


def normalize(text: str) -> tuple[str, list[int]]:
    """Comparable form of ``text`` and, for each of its characters, the source index.

    ASCII between the places that change is lowered in slices, so a three-hour transcript
    takes milliseconds, not a Python step per character.
    """
    parts: list[str] = []
    index: list[int] = []
    done = 0
    for match in _SPECIAL.finditer(text):
        start, end = match.span()
        if start > done:
            parts.append(text[done:start].lower())
            index.extend(range(done, start))
        chunk = match.group()
        if chunk[0].isspace():
            parts.append(" ")
            index.append(start)
        else:
            plain = [_plain(char) for char in chunk]
            parts.extend(plain)
            if all(len(p) == 1 for p in plain):
                index.extend(range(start, end))
            else:
                for offset, piece in enumerate(plain):
                    index.extend([start + offset] * len(piece))
        done = end
    parts.append(text[done:].lower())
    index.extend(range(done, len(text)))
    norm = "".join(parts)
    if "  " in norm:  # a character that normalizes to nothing (soft hyphen) between spaces
        kept = [k for k in range(len(norm)) if not (norm[k] == " " and k and norm[k - 1] == " ")]
        norm = "".join(norm[k] for k in kept)
        index = [index[k] for k in kept]
    lead = len(norm) - len(norm.lstrip(" "))
    trail = len(norm.rstrip(" "))
    return norm[lead:trail], index[lead:trail]
