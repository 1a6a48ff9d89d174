"""Alignment by time, for a transcript and its translation that both come with cue times.

Two cue files of one episode cut the speech differently (a title card, two cues merged in one
language, a music cue dropped in the other), but the times agree: each translation paragraph
belongs with the reading paragraph it overlaps most, or the nearest one when it overlaps none.
The rows of the reading view go finer: each sentence gets times from the cue that holds it (by
its place among the cue's characters when a cue holds several), and sentences of the two
languages spoken at the same time share a row.
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


def time_at(paragraph: Paragraph, offset: int) -> float | None:
    """Seconds at which character ``offset`` of a timed paragraph is spoken: inside the cue that
    holds it, in proportion to its place among the cue's characters (the paragraph as one cue
    when its cue times were not kept)."""
    if paragraph.start is None:
        return None
    cues = paragraph.cues or ((0, paragraph.start, paragraph.end or paragraph.start),)
    k = max(bisect_right([at for at, _, _ in cues], offset) - 1, 0)
    at, start, end = cues[k]
    stop = cues[k + 1][0] if k + 1 < len(cues) else len(paragraph.text)
    share = min(max((offset - at) / max(stop - at, 1), 0.0), 1.0)
    return start + (end - start) * share


def sentence_spans(
    paragraphs: Sequence[Paragraph], starts: Sequence[int], sentences: Sequence[tuple[int, int]]
) -> list[Span | None]:
    """Start and end in seconds of each sentence, given as ``(start, end)`` in the paragraphs'
    joined text where paragraph ``p`` begins at ``starts[p]``."""
    spans: list[Span | None] = []
    for first, last in sentences:
        p = bisect_right(starts, first) - 1
        q = bisect_right(starts, max(last - 1, first)) - 1
        begin = time_at(paragraphs[p], first - starts[p])
        end = time_at(paragraphs[q], last - starts[q])
        spans.append(None if begin is None or end is None else (begin, max(begin, end)))
    return spans


#: Share of the shorter sentence's time two sentences must share to be a pair: times inside a
#: cue are estimated from character counts, so neighbours touch by a little at their edges.
_PAIRING_SHARE = 0.4
#: Sentences of the other side that a sentence's overlaps are looked for among, back in time.
_LOOK_BACK = 64


def pair_by_time(
    source: Sequence[Span | None], target: Sequence[Span | None], left_out: Sequence[bool]
) -> list[tuple[range, range]]:
    """Rows of a timed pair: runs of source sentences beside runs of target sentences that are
    spoken at the same time, either run possibly empty. Every sentence is in exactly one row,
    in order; ``left_out`` source sentences (sponsor reads) pair with nothing."""
    timed = [(span, i) for i, span in enumerate(source) if span is not None and not left_out[i]]
    ends = [span[1] for span, _ in timed]
    # Groups in order as [source first, source last + 1, target first, target last + 1]; a
    # target-only group has an empty source range at the place of the source it follows.
    groups: list[list[int]] = []
    last = -1  # the last group with source sentences
    for j, span in enumerate(target):
        found = _overlapping(span, timed, ends) if span is not None else None
        if found is None:
            at = _source_before(span, source, groups[last][1] if last >= 0 else 0)
            groups.append([at, at, j, j + 1])
        elif last >= 0 and found[0] < groups[last][1]:
            # Overlaps a group already made: that group and everything after it become one.
            lo, hi, first, _ = groups[last]
            groups[last:] = [[min(lo, found[0]), max(hi, found[1]), first, j + 1]]
        else:
            groups.append([found[0], found[1], j, j + 1])
            last = len(groups) - 1
    return _with_lone_sources(groups, len(source))


def _overlapping(
    span: Span, timed: list[tuple[Span, int]], ends: list[float]
) -> tuple[int, int] | None:
    """The first and last + 1 source sentence spoken with ``span``, or None."""
    k = bisect_right(ends, span[0])
    best: tuple[float, int] | None = None
    chosen: list[int] = []
    for n in range(max(k - _LOOK_BACK, 0), len(timed)):
        other, i = timed[n]
        if other[0] >= span[1] and n >= k:
            break
        overlap = min(other[1], span[1]) - max(other[0], span[0])
        if overlap <= 0:
            continue
        shorter = max(min(other[1] - other[0], span[1] - span[0]), 1e-3)
        if overlap >= _PAIRING_SHARE * shorter:
            chosen.append(i)
        if best is None or overlap > best[0]:
            best = (overlap, i)
    if not chosen and best is not None:
        chosen = [best[1]]
    return (min(chosen), max(chosen) + 1) if chosen else None


def _source_before(span: Span | None, source: Sequence[Span | None], floor: int) -> int:
    """Where a target sentence that overlaps nothing goes: after the source sentences that
    start before it (and never before sentences already placed)."""
    at = floor
    while span is not None and at < len(source):
        before = source[at]
        if before is not None and before[0] >= span[0]:
            break
        at += 1
    return at


def _with_lone_sources(groups: list[list[int]], count: int) -> list[tuple[range, range]]:
    """The groups in order, with a row of its own for each source sentence none of them holds."""
    rows: list[tuple[range, range]] = []
    placed = 0
    for lo, hi, first, last in groups:
        lo = max(lo, placed)
        rows += [(range(i, i + 1), range(0)) for i in range(placed, lo)]
        rows.append((range(lo, max(hi, lo)), range(first, last)))
        placed = max(hi, lo)
    rows += [(range(i, i + 1), range(0)) for i in range(placed, count)]
    return rows
