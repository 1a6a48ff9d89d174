"""What the transcript pane shows, worked out without Qt: passages, aligned groups, reading order.

A *passage* is one paragraph of one track as the pane displays it. Alignment arrives as
many-to-many ``counterparts`` on reading paragraphs; the pane needs it as an ordered chain of
*groups* (a run of reading paragraphs beside a run of other-track paragraphs) that never cross,
because both synchronized scrolling and the interleaved view walk the two tracks in step.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from podreader.model import READING_TRACK as TRANSCRIPT
from podreader.model import Episode, ReadingParagraph, Track

#: Track name of reading paragraphs in selections and marks (other tracks use :attr:`Track.key`).

_CJK_LANGUAGES = ("zh", "ja", "ko")


#: (block number, start, end): a character range within one passage of a column.
Span = tuple[int, int, int]


def is_cjk(language: str) -> bool:
    return language.split("-")[0].lower() in _CJK_LANGUAGES


@dataclass(frozen=True, slots=True)
class Passage:
    track: str  # TRANSCRIPT or a Track.key
    paragraph: int  # paragraph id within that track
    text: str
    language: str
    sponsor: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    """Aligned runs: reading positions ``left`` beside other-track positions ``right``."""

    left: range
    right: range


def reading_paragraphs(episode: Episode) -> list[ReadingParagraph]:
    """The reflowed transcript, or the page paragraphs as they are before text analysis has run."""
    if episode.reading:
        return episode.reading
    return [ReadingParagraph(p.id, p.text, [p.id]) for p in episode.transcript.paragraphs]


def chain_groups(counterparts: list[list[int]]) -> list[Group]:
    """Merge per-paragraph counterpart positions into ordered, non-crossing groups.

    ``counterparts[i]`` holds the other-track positions aligned with reading position ``i``.
    Paragraphs that share a counterpart, or whose counterparts cross, end up in one group, so
    both sides of the chain increase monotonically. Paragraphs with no counterparts (sponsor
    reads, untranslated asides) stay outside every group.
    """
    stack: list[tuple[int, int, int, int]] = []  # (left first, left last, right first, right last)
    for i, positions in enumerate(counterparts):
        if not positions:
            continue
        first, last, lo, hi = i, i, min(positions), max(positions)
        while stack and lo <= stack[-1][3]:
            prev = stack.pop()
            first, lo, hi = prev[0], min(prev[2], lo), max(prev[3], hi)
        stack.append((first, last, lo, hi))
    return [Group(range(a, b + 1), range(c, d + 1)) for a, b, c, d in stack]


class Alignment:
    """The reading track and one other track of an episode, with their aligned groups."""

    def __init__(self, episode: Episode, other: Track | None) -> None:
        language = episode.transcript.language
        self.other_key = other.key if other else None
        self.reading = [
            Passage(TRANSCRIPT, p.id, p.text, language, p.sponsor)
            for p in reading_paragraphs(episode)
        ]
        self.other = (
            [Passage(other.key, p.id, p.text, other.language) for p in other.paragraphs]
            if other
            else []
        )
        other_position = {p.paragraph: i for i, p in enumerate(self.other)}
        key = self.other_key or ""
        per_reading = [
            sorted(
                other_position[pid]
                for pid in paragraph.counterparts.get(key, [])
                if pid in other_position
            )
            for paragraph in reading_paragraphs(episode)
        ]
        self.groups = chain_groups(per_reading)
        self._left_starts = [g.left.start for g in self.groups]
        self._right_starts = [g.right.start for g in self.groups]
        self._reading_position = {p.paragraph: i for i, p in enumerate(self.reading)}
        self._other_position = other_position
        self._direct = per_reading
        self._reverse: list[list[int]] = [[] for _ in self.other]
        for i, positions in enumerate(per_reading):
            for j in positions:
                self._reverse[j].append(i)

    def reading_position(self, paragraph_id: int) -> int | None:
        return self._reading_position.get(paragraph_id)

    def other_position(self, paragraph_id: int) -> int | None:
        return self._other_position.get(paragraph_id)

    def group_index(self, position: int, *, left: bool) -> int:
        """Index of the last group starting at or before ``position`` on that side (-1: none)."""
        return bisect_right(self._left_starts if left else self._right_starts, position) - 1

    def counterparts(self, passage: Passage) -> list[Passage]:
        """What to highlight with ``passage``: its direct alignment partners in the other track."""
        if passage.track == TRANSCRIPT:
            position = self._reading_position.get(passage.paragraph)
            return [] if position is None else [self.other[j] for j in self._direct[position]]
        if passage.track != self.other_key:
            return []
        position = self._other_position.get(passage.paragraph)
        return [] if position is None else [self.reading[i] for i in self._reverse[position]]

    def other_position_for(self, reading_position: int) -> int:
        """Other-track position level with a reading position: its group's start, or the next's."""
        return self._across(reading_position, left=True)

    def reading_position_for(self, other_position: int) -> int:
        return self._across(other_position, left=False)

    def _across(self, position: int, *, left: bool) -> int:
        size = len(self.other if left else self.reading)
        if not self.groups or not size:
            return 0
        k = self.group_index(position, left=left)
        if k >= 0 and position in (self.groups[k].left if left else self.groups[k].right):
            group = self.groups[k]
        elif k + 1 < len(self.groups):
            group = self.groups[k + 1]
        else:
            group = self.groups[-1]
        return (group.right if left else group.left).start

    def interleaved(self) -> list[Passage]:
        """Each run of reading passages followed by its counterparts, every passage exactly once.

        Unaligned passages keep their place: reading ones before the next group, other-track
        ones just before the next group's counterparts.
        """
        out: list[Passage] = []
        left = right = 0
        for group in self.groups:
            out += self.reading[left : group.left.start]
            out += self.other[right : group.right.start]
            out += self.reading[group.left.start : group.left.stop]
            out += self.other[group.right.start : group.right.stop]
            left, right = group.left.stop, group.right.stop
        return out + self.reading[left:] + self.other[right:]


def terms_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern for any of ``terms`` (longest first), or None if all are blank."""
    words = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)


def find_spans(
    passages: list[Passage], pattern: re.Pattern[str], skip: frozenset[int] = frozenset()
) -> list[Span]:
    """Every match of ``pattern`` in the passages, in reading order, except in blocks ``skip``."""
    return [
        (i, match.start(), match.end())
        for i, passage in enumerate(passages)
        if i not in skip
        for match in pattern.finditer(passage.text)
        if match.end() > match.start()
    ]
