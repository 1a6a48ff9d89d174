"""The reading view: transcript paragraphs that end where sentences end.

Page paragraphs come from audio segmentation and often break mid-sentence. A page paragraph whose
predecessor does not end a sentence continues it. The text is unchanged apart from the breaks.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from podreader.text.sentences import JoinedText, Sentence

MAX_CHARS = 1500
"""Past this size a reading paragraph ends at the next page break, sentence end or not, so a
transcript without punctuation does not become one endless paragraph."""


@dataclass(frozen=True, slots=True)
class ReadingSpan:
    """A reading paragraph as a range of the joined transcript, with its page paragraphs."""

    start: int
    end: int
    sources: list[int]


def reflow(
    joined: JoinedText,
    sentences: Sequence[Sentence],
    extra_breaks: Collection[int] = (),
    max_chars: int = MAX_CHARS,
) -> list[ReadingSpan]:
    """Group page paragraphs into reading paragraphs.

    ``sentences`` are the transcript's sentences (from :func:`split_sentences` on ``joined.text``);
    a page break is a reading break when a sentence ends there. ``extra_breaks`` are sentence
    starts where a reading paragraph must also begin, such as the edges of a sponsor read.
    """
    sentence_ends = {s.end for s in sentences}
    cuts: set[int] = set()
    count = len(joined.starts)
    group_start = 0
    for p in range(count - 1):
        end = joined.paragraph_end(p)
        content_end = joined.starts[p] + len(joined.text[joined.starts[p] : end].rstrip())
        if content_end in sentence_ends or end - group_start >= max_chars:
            cuts.add(joined.starts[p + 1])
            group_start = joined.starts[p + 1]
    cuts.update(extra_breaks)
    bounds = sorted(c for c in cuts if 0 < c < len(joined.text))
    spans: list[ReadingSpan] = []
    start = 0
    for stop in [*bounds, len(joined.text)]:
        span = _trimmed(joined, start, stop)
        if span is not None:
            spans.append(span)
        start = stop
    return spans


def _trimmed(joined: JoinedText, start: int, stop: int) -> ReadingSpan | None:
    text = joined.text
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop <= start:
        return None
    first = joined.paragraph_at(start)
    last = joined.paragraph_at(stop - 1)
    return ReadingSpan(start, stop, list(range(first, last + 1)))
