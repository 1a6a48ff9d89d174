"""Text analysis run once at import: reading view, sponsor reads, alignment, chapter places.

The reading view is kept twice over: as reading paragraphs (what bookmarks, search hits,
chapters and reading positions point into) and, beside each other track, as rows of sentences
(what the pane shows level). Rows refer to reading paragraphs by id and offset, so both views
always hold the same text.

The import pipeline stores what :func:`analyze` fills in and re-runs it when
:data:`ANALYSIS_VERSION` changes, so bump the version whenever results would differ.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import chain

from podreader.model import (
    Chapter,
    Episode,
    Paragraph,
    ReadingParagraph,
    Row,
    TextRange,
    Track,
)
from podreader.text.align import Bead, align_sentences, anchored, link_groups, skipped_groups
from podreader.text.anchors import span_terms
from podreader.text.chapters import (
    ParagraphTerms,
    back_to_lead_ins,
    bigrams,
    place_chapters,
    place_insights,
)
from podreader.text.reflow import ReadingSpan, reflow
from podreader.text.sentences import Displayed, JoinedText, Sentence, split_sentences
from podreader.text.sponsor import sign_off_mask, sponsor_mask
from podreader.text.timing import (
    is_timed,
    links_by_time,
    pair_by_time,
    reading_spans,
    sentence_spans,
)

ANALYSIS_VERSION = 5
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
    episode.rows = {}
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

    shown = [source.joined.displayed(span.start, span.end) for span in spans]
    reading = [
        ReadingParagraph(
            id=r,
            text=shown[r].text,
            source_paragraphs=span.sources,
            sponsor=is_sponsor[r],
        )
        for r, span in enumerate(spans)
    ]
    places = _Places(source, spans, shown, owner)
    times = reading_spans(reading, episode.transcript.paragraphs)
    for track, target in zip(others, targets, strict=True):
        if is_timed(episode.transcript.paragraphs) and is_timed(track.paragraphs):
            for paragraph, ids in zip(reading, links_by_time(times, track.paragraphs), strict=True):
                paragraph.counterparts[track.key] = [] if paragraph.sponsor else ids
            episode.rows[track.key] = places.timed_rows(
                episode.transcript.paragraphs, track.paragraphs, target, is_sponsor
            )
            continue
        mentions = anchored(source.keys, target.keys, distinctive=False)
        # A silent passage amid anchors was skipped there: the length model alone would stretch
        # a neighbour over it, so it is left out of the alignment like a sponsor read.
        skipped = skipped_groups(mentions, members, unrendered)
        kept = [i for i in range(len(owner)) if not (is_unrendered[owner[i]] or skipped[owner[i]])]
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
        for paragraph, targets_of in zip(reading, links, strict=True):
            paragraph.counterparts[track.key] = targets_of
        episode.rows[track.key] = places.rows(beads, kept, target, is_sponsor)
    episode.reading = reading
    bags: list[Counter[str]] = []
    for paragraph, ids in zip(reading, members, strict=True):
        bag = bigrams(paragraph.text)
        # One update over every term occurrence counts in C; per sentence it would loop in Python.
        bag.update(chain.from_iterable(source.terms[i].elements() for i in ids))
        bags.append(bag)
    _place(episode, bags)


class _Places:
    """Turns sentence beads into rows: sentences as ranges of reading or page paragraphs."""

    def __init__(
        self,
        source: _Sentences,
        spans: list[ReadingSpan],
        shown: list[Displayed],
        owner: list[int],
    ) -> None:
        self.source, self.spans, self.shown, self.owner = source, spans, shown, owner

    def rows(
        self, beads: list[Bead], kept: list[int], target: _Sentences, is_sponsor: list[bool]
    ) -> list[Row]:
        """Rows in order: each bead, and between them the sentences left out of the alignment,
        one row per reading paragraph they belong to, with nothing beside them."""
        rows: list[Row] = []
        owner = self.owner
        placed = 0

        def left_out(until: int) -> None:
            run: list[int] = []
            for i in range(placed, until):
                if run and owner[i] != owner[run[-1]]:
                    rows.append(Row(self._transcript(run), [], is_sponsor[owner[run[0]]]))
                    run = []
                run.append(i)
            if run:
                rows.append(Row(self._transcript(run), [], is_sponsor[owner[run[0]]]))

        for bead in beads:
            ids = [kept[k] for k in bead.source]
            if ids:
                left_out(ids[0])
                placed = ids[-1] + 1
            rows.append(Row(self._transcript(ids), _counterpart(target, bead.target)))
        left_out(len(owner))
        return rows

    def timed_rows(
        self,
        paragraphs: list[Paragraph],
        other: list[Paragraph],
        target: _Sentences,
        is_sponsor: list[bool],
    ) -> list[Row]:
        """Rows of a timed pair: sentences spoken at the same time, by their cue times."""
        source = self.source
        pairs = pair_by_time(
            sentence_spans(paragraphs, source.joined.starts, source.spans),
            sentence_spans(other, target.joined.starts, target.spans),
            [is_sponsor[r] for r in self.owner],
        )
        return [
            Row(
                self._transcript(list(ids)),
                _counterpart(target, targets),
                bool(ids) and not targets and is_sponsor[self.owner[ids[0]]],
            )
            for ids, targets in pairs
        ]

    def _transcript(self, ids: list[int]) -> list[TextRange]:
        ranges: list[TextRange] = []
        for i in ids:
            sentence = self.source.spans[i]
            r = self.owner[i]
            # A sentence crosses into the next reading paragraph only where reflow had to cut a
            # very long paragraph mid-sentence.
            while r < len(self.spans) and self.spans[r].start < sentence.end:
                span, shown = self.spans[r], self.shown[r]
                start = shown.at(max(sentence.start, span.start))
                end = shown.at(min(sentence.end, span.end))
                if end > start:
                    _extend(ranges, TextRange(r, start, end))
                r += 1
        return ranges


def _counterpart(target: _Sentences, ids: range) -> list[TextRange]:
    ranges: list[TextRange] = []
    for j in ids:
        p = target.paragraph[j]
        offset = target.joined.starts[p]
        sentence = target.spans[j]
        _extend(ranges, TextRange(p, sentence.start - offset, sentence.end - offset))
    return ranges


def _extend(ranges: list[TextRange], piece: TextRange) -> None:
    """Add a sentence's range, merging it with the last one when in the same paragraph."""
    if ranges and ranges[-1].paragraph == piece.paragraph:
        ranges[-1] = TextRange(piece.paragraph, ranges[-1].start, piece.end)
    else:
        ranges.append(piece)


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
