"""Alignment by time, for a transcript and its translation that both come with cue times.

Two cue files of one episode cut the speech differently (a title card, two cues merged in one
language, a music cue dropped in the other), but the times agree: each translation paragraph
belongs with the reading paragraph it overlaps most, or the nearest one when it overlaps none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from podreader.model import Paragraph, ReadingParagraph

Span = tuple[float, float]
#: Reading paragraphs either side of the one under way that may fit a target paragraph better.
_NEIGHBOURS = 3


def is_timed(paragraphs: Sequence[Paragraph]) -> bool:
    return bool(paragraphs) and all(p.start is not None for p in paragraphs)


def reading_spans(
    reading: Sequence[ReadingParagraph], paragraphs: Sequence[Paragraph]
) -> list[Span | None]:
    """Start and end of each reading paragraph, from the transcript paragraphs it holds."""
    spans: list[Span | None] = []
    for r in reading:
        sources = [paragraphs[i] for i in r.source_paragraphs if i < len(paragraphs)]
        starts = [p.start for p in sources if p.start is not None]
        ends = [p.end if p.end is not None else p.start for p in sources if p.start is not None]
        spans.append((min(starts), max(e for e in ends if e is not None)) if starts else None)
    return spans


def links_by_time(spans: Sequence[Span | None], target: Sequence[Paragraph]) -> list[list[int]]:
    """For each reading paragraph, the ids of the target paragraphs that belong with it."""
    links: list[list[int]] = [[] for _ in spans]
    timed = [(span, r) for r, span in enumerate(spans) if span is not None]
    starts = [span[0] for span, _ in timed]
    for paragraph in target:
        if paragraph.start is None or not timed:
            continue
        end = paragraph.end if paragraph.end is not None else paragraph.start
        # Reading paragraphs follow each other in time: the best fit is next to the one under
        # way at the middle of the target paragraph.
        at = bisect_right(starts, (paragraph.start + end) / 2) - 1
        nearby = timed[max(at - _NEIGHBOURS, 0) : at + _NEIGHBOURS + 1]
        best = max(nearby, key=lambda entry: _fit(entry[0], (paragraph.start or 0.0, end)))
        links[best[1]].append(paragraph.id)
    return links


def _fit(span: Span, other: Span) -> tuple[float, float]:
    """Overlap in seconds, then closeness of the middles: larger is better."""
    overlap = min(span[1], other[1]) - max(span[0], other[0])
    return max(overlap, 0.0), -abs(sum(span) / 2 - sum(other) / 2)
