"""Text analysis run once at import: reading view, sponsor reads, alignment, chapter places.

The import pipeline stores what :func:`analyze` fills in and re-runs it when
:data:`ANALYSIS_VERSION` changes, so bump the version whenever results would differ.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import chain

from podreader.model import Chapter, Episode, ReadingParagraph, Track
from podreader.text.align import (
    align_sentences,
    anchored,
    link_groups,
    skipped_groups,
    span_terms,
)
from podreader.text.chapters import (
    ParagraphTerms,
    back_to_lead_ins,
    bigrams,
    place_chapters,
    place_insights,
)
from podreader.text.reflow import reflow
from podreader.text.sentences import JoinedText, Sentence, split_sentences
from podreader.text.sponsor import sign_off_mask, sponsor_mask
from podreader.text.timing import is_timed, links_by_time, reading_spans

ANALYSIS_VERSION = 3
#: Seconds by which a chapter's start may precede the paragraph it opens.
TIME_LEAD_S = 1.0


class _Sentences:
    """A track's sentences as display text, with the paragraph each belongs to."""

    def __init__(self, track: Track, *, paragraphs_end: bool) -> None:
        self.joined = JoinedText.of([p.text for p in track.paragraphs])
        self.spans: list[Sentence] = split_sentences(
            self.joined.text, paragraphs_end=paragraphs_end
        )
        self.texts = [self.joined.display(s.start, s.end) for s in self.spans]
        self.paragraph = [self.joined.paragraph_at(s.start) for s in self.spans]
        # Sentences that begin a page paragraph, not continue one cut mid-sentence.
        starts = set(self.joined.starts)
        self.breaks = {i for i, s in enumerate(self.spans) if s.start in starts}
        self.terms = span_terms(self.joined.text, self.spans)
        self.keys = [set(bag) for bag in self.terms]


def analyze(episode: Episode) -> None:
    """Fill ``episode.reading``, ``chapter.paragraph`` and ``insight.paragraph`` in place."""
    for chapter in episode.chapters:
        chapter.paragraph = None
    for insight in episode.insights:
        insight.paragraph = None
    episode.reading = []
    if not episode.transcript.paragraphs:
        return
    source = _Sentences(episode.transcript, paragraphs_end=False)
    others = [t for t in episode.translations if t.paragraphs]
    targets = [_Sentences(t, paragraphs_end=True) for t in others]

    track_anchors = [anchored(source.keys, target.keys) for target in targets]
    has_anchor = [any(flags) for flags in zip(*track_anchors, strict=True)] or [False] * len(
        source.texts
    )
    sponsor = sponsor_mask(source.texts, has_anchor, source.breaks)
    # Reads and the sign-off align to nothing; only reads are folded.
    unrendered = [
        a or b for a, b in zip(sponsor, sign_off_mask(source.texts, has_anchor), strict=True)
    ]
    edges = [
        source.spans[i].start
        for i in range(1, len(sponsor))
        if sponsor[i] != sponsor[i - 1] or unrendered[i] != unrendered[i - 1]
    ]
    # A new speaker starts a new reading paragraph even mid-sentence (timed transcripts).
    paragraphs = episode.transcript.paragraphs
    edges += [
        source.joined.starts[i]
        for i in range(1, len(paragraphs))
        if paragraphs[i].speaker != paragraphs[i - 1].speaker
    ]
    spans = reflow(source.joined, source.spans, edges)

    # Reading paragraph of each sentence (by where it starts).
    owner: list[int] = []
    r = 0
    for sentence in source.spans:
        while r + 1 < len(spans) and spans[r + 1].start <= sentence.start:
            r += 1
        owner.append(r)
    members: list[list[int]] = [[] for _ in spans]
    for i, r in enumerate(owner):
        members[r].append(i)
    is_sponsor = [bool(ids) and all(sponsor[i] for i in ids) for ids in members]
    is_unrendered = [bool(ids) and all(unrendered[i] for i in ids) for ids in members]

    reading = [
        ReadingParagraph(
            id=r,
            text=source.joined.display(span.start, span.end),
            source_paragraphs=span.sources,
            sponsor=is_sponsor[r],
        )
        for r, span in enumerate(spans)
    ]
    kept = [i for i in range(len(owner)) if not is_unrendered[owner[i]]]
    times = reading_spans(reading, episode.transcript.paragraphs)
    for track, target in zip(others, targets, strict=True):
        if is_timed(episode.transcript.paragraphs) and is_timed(track.paragraphs):
            for paragraph, ids in zip(reading, links_by_time(times, track.paragraphs), strict=True):
                paragraph.counterparts[track.key] = [] if paragraph.sponsor else ids
            continue
        mentions = anchored(source.keys, target.keys, distinctive=False)
        source_breaks = {k for k in range(1, len(kept)) if owner[kept[k]] != owner[kept[k - 1]]}
        target_breaks = {
            j
            for j in range(1, len(target.paragraph))
            if target.paragraph[j] != target.paragraph[j - 1]
        }
        beads = align_sentences(
            [source.texts[i] for i in kept],
            target.texts,
            source_breaks,
            target_breaks,
            ([source.keys[i] for i in kept], target.keys),
        )
        links = link_groups(beads, [owner[i] for i in kept], target.paragraph, len(reading))
        # A silent passage amid anchors was skipped there: the length model alone would have
        # stretched a neighbour over it.
        skipped = skipped_groups(mentions, members, unrendered)
        for paragraph, targets_of, left_out in zip(reading, links, skipped, strict=True):
            paragraph.counterparts[track.key] = (
                [] if is_unrendered[paragraph.id] or left_out else targets_of
            )
    episode.reading = reading
    bags: list[Counter[str]] = []
    for paragraph, ids in zip(reading, members, strict=True):
        bag = bigrams(paragraph.text)
        # One update over every term occurrence counts in C; per sentence it would loop in Python.
        bag.update(chain.from_iterable(source.terms[i].elements() for i in ids))
        bags.append(bag)
    _place(episode, bags)


def _place(episode: Episode, bags: list[Counter[str]]) -> None:
    eligible = [p for p in episode.reading if not p.sponsor] or episode.reading
    texts = ParagraphTerms([bags[p.id] for p in eligible])
    untimed = _place_by_time(episode)
    chapter_texts = [" ".join([c.title or "", c.summary, *c.points]) for c in untimed]
    starts = back_to_lead_ins(
        place_chapters(chapter_texts, texts), chapter_texts, texts, [p.text for p in eligible]
    )
    for chapter, index in zip(untimed, starts, strict=True):
        chapter.paragraph = eligible[index].id
    insight_texts = [f"{i.question} {i.answer}" for i in episode.insights]
    for insight, found in zip(episode.insights, place_insights(insight_texts, texts), strict=True):
        insight.paragraph = None if found is None else eligible[found].id


def _place_by_time(episode: Episode) -> list[Chapter]:
    """Place chapters that have a start time at the reading paragraph speaking then; return the
    chapters left to place by their words."""
    spans = reading_spans(episode.reading, episode.transcript.paragraphs)
    timed = [(s[0], r.id) for s, r in zip(spans, episode.reading, strict=True) if s is not None]
    if not timed:
        return list(episode.chapters)
    keys = [s for s, _ in timed]
    untimed = []
    for chapter in episode.chapters:
        if chapter.start is None:
            untimed.append(chapter)
            continue
        # The paragraph under way at the chapter's start (a small lead so that a chapter marked
        # a moment before its first words opens at them).
        at = bisect_right(keys, chapter.start + TIME_LEAD_S) - 1
        chapter.paragraph = timed[max(at, 0)][1]
    return untimed
