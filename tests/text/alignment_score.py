"""Scoring an analysed episode against a hand alignment stored as ids and offsets only.

A gold alignment is a dict with ``track`` (the other track's key), ``links`` (for each page
paragraph id, as a string, the other track's paragraph ids that render it), ``sponsor``
([first paragraph, start offset, last paragraph, end offset] of each sponsor read, offsets in the
stripped paragraph text) and optionally ``sign_off`` (the same for a goodbye the other track leaves
out: it aligns to nothing but is no sponsor read). Reading paragraphs are scored against the union
of the links of the page paragraphs they cover outside those ranges.
"""

from __future__ import annotations

from statistics import median
from typing import Any

from podreader.model import Episode, ReadingParagraph, Row

Gold = dict[str, Any]


def reading_ranges(episode: Episode) -> list[tuple[int, int]]:
    """Where each reading paragraph sits in the page paragraphs joined by single spaces."""
    joined = " ".join(p.text for p in episode.transcript.paragraphs)
    ranges = []
    pos = 0
    for paragraph in episode.reading:
        start = joined.index(paragraph.text, pos)
        pos = start + len(paragraph.text)
        ranges.append((start, pos))
    return ranges


def page_starts(episode: Episode) -> list[int]:
    starts, pos = [], 0
    for p in episode.transcript.paragraphs:
        starts.append(pos)
        pos += len(p.text) + 1
    return starts


def sponsor_ranges(episode: Episode, gold: Gold, key: str = "sponsor") -> list[tuple[int, int]]:
    starts = page_starts(episode)
    return [(starts[a] + s, starts[b] + e) for a, s, b, e in gold.get(key, [])]


def unrendered_ranges(episode: Episode, gold: Gold) -> list[tuple[int, int]]:
    return sponsor_ranges(episode, gold) + sponsor_ranges(episode, gold, "sign_off")


def gold_for(episode: Episode, gold: Gold, start: int, end: int) -> set[int]:
    """Union of the gold links of the page paragraphs this range covers outside unrendered text."""
    starts = page_starts(episode)
    sponsor = unrendered_ranges(episode, gold)
    found: set[int] = set()
    for pid, pstart in enumerate(starts):
        pend = pstart + len(episode.transcript.paragraphs[pid].text)
        lo, hi = max(start, pstart), min(end, pend)
        covered = [c for c in range(lo, hi) if not any(a <= c < b for a, b in sponsor)]
        if covered:
            found.update(gold["links"][str(pid)])
    return found


def score(episode: Episode, gold: Gold) -> dict[str, float]:
    """Precision, recall and F1 over links, and the share of reading paragraphs exactly right."""
    key = gold["track"]
    found = gold_n = hit = right = 0
    for paragraph, (start, end) in zip(episode.reading, reading_ranges(episode), strict=True):
        expected = gold_for(episode, gold, start, end)
        got = set(paragraph.counterparts[key])
        found += len(got)
        gold_n += len(expected)
        hit += len(got & expected)
        right += got == expected
    precision = hit / found if found else 1.0
    recall = hit / gold_n if gold_n else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "right": right / len(episode.reading),
    }


def check_sponsor_reads(episode: Episode, gold: Gold) -> None:
    """Gold reads are (at least 90%) marked and align to nothing; nothing else is marked.

    A gold sign-off is not marked, and aligns to nothing.
    """
    ranges = reading_ranges(episode)
    sponsor: list[ReadingParagraph] = []
    for a, b in sponsor_ranges(episode, gold):
        inside = [p for p, (s, e) in zip(episode.reading, ranges, strict=True) if s < b and e > a]
        covered = sum(
            min(e, b) - max(s, a)
            for (s, e), p in zip(ranges, episode.reading, strict=True)
            if p in inside and p.sponsor
        )
        assert covered >= 0.9 * (b - a), (a, b, [(p.id, p.sponsor) for p in inside])
        sponsor.extend(p for p in inside if p.sponsor)
    assert all(p.counterparts[gold["track"]] == [] for p in sponsor)
    # Nothing outside the gold reads is marked as one.
    for p, (s, e) in zip(episode.reading, ranges, strict=True):
        if p.sponsor:
            assert any(a <= s and e <= b for a, b in sponsor_ranges(episode, gold)), p.id
    for a, b in sponsor_ranges(episode, gold, "sign_off"):
        inside = [p for p, (s, e) in zip(episode.reading, ranges, strict=True) if a <= s and e <= b]
        assert inside, (a, b)
        assert all(p.counterparts[gold["track"]] == [] for p in inside)


def sentence_rows(episode: Episode, gold: Gold) -> tuple[list[int], list[int]]:
    """The row holding each gold sentence start: English ones, then the other track's ones.

    A gold English sentence start, given as [page paragraph, offset], is found in the reading
    paragraphs through :func:`reading_ranges`; a start outside every row gives -1.
    """
    rows = episode.rows[gold["track"]]
    starts = page_starts(episode)
    reading = reading_ranges(episode)
    english = []
    for page, offset in gold["english"]:
        at = starts[page] + offset
        r = next(k for k, (s, e) in enumerate(reading) if s <= at < e)
        english.append(_row_of(rows, "transcript", r, at - reading[r][0]))
    other = [_row_of(rows, "counterpart", page, offset) for page, offset in gold["other"]]
    return english, other


def _row_of(rows: list[Row], side: str, paragraph: int, offset: int) -> int:
    for k, row in enumerate(rows):
        for piece in getattr(row, side):
            if piece.paragraph == paragraph and piece.start <= offset < piece.end:
                return k
    return -1


def row_score(episode: Episode, gold: Gold) -> dict[str, float]:
    """Link precision, recall and F1 of the sentence pairs that share a row, and the median
    English length of the rows that hold both languages."""
    english, other = sentence_rows(episode, gold)
    found = {
        (e, z)
        for e, row in enumerate(english)
        for z, other_row in enumerate(other)
        if row >= 0 and row == other_row
    }
    expected = {(e, z) for e, z in gold["links"]}
    hit = len(found & expected)
    precision = hit / len(found) if found else 1.0
    recall = hit / len(expected) if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    paired = [
        sum(piece.end - piece.start for piece in row.transcript)
        for row in episode.rows[gold["track"]]
        if row.transcript and row.counterpart
    ]
    return {"precision": precision, "recall": recall, "f1": f1, "median": median(paired)}


def check_sponsor_rows(episode: Episode, gold: Gold) -> None:
    """Every gold sponsor sentence sits in a sponsor row with nothing beside it."""
    rows = episode.rows[gold["track"]]
    english, _ = sentence_rows(episode, gold)
    for e in gold["sponsor"]:
        row = rows[english[e]]
        assert row.sponsor and not row.counterpart, (e, row)
