"""Score the alignment of the real sample page against a hand alignment (ids only)."""

from __future__ import annotations

import json
from pathlib import Path

from podreader.model import Episode, ReadingParagraph
from podreader.text.analysis import analyze
from tests.text.sample_page import load_sample

GOLD = json.loads((Path(__file__).parent / "gold_sample_alignment.json").read_text("utf-8"))


def _reading_ranges(episode: Episode) -> list[tuple[int, int]]:
    """Where each reading paragraph sits in the page paragraphs joined by single spaces."""
    joined = " ".join(p.text for p in episode.transcript.paragraphs)
    ranges = []
    pos = 0
    for paragraph in episode.reading:
        start = joined.index(paragraph.text, pos)
        pos = start + len(paragraph.text)
        ranges.append((start, pos))
    return ranges


def _page_starts(episode: Episode) -> list[int]:
    starts, pos = [], 0
    for p in episode.transcript.paragraphs:
        starts.append(pos)
        pos += len(p.text) + 1
    return starts


def _sponsor_ranges(episode: Episode) -> list[tuple[int, int]]:
    starts = _page_starts(episode)
    return [(starts[a] + s, starts[b] + e) for a, s, b, e in GOLD["sponsor"]]


def _gold_for(episode: Episode, start: int, end: int) -> set[int]:
    """Union of the gold links of the page paragraphs this range covers outside sponsor reads."""
    starts = _page_starts(episode)
    sponsor = _sponsor_ranges(episode)
    gold: set[int] = set()
    for pid, pstart in enumerate(starts):
        pend = pstart + len(episode.transcript.paragraphs[pid].text)
        lo, hi = max(start, pstart), min(end, pend)
        covered = [c for c in range(lo, hi) if not any(a <= c < b for a, b in sponsor)]
        if covered:
            gold.update(GOLD["links"][str(pid)])
    return gold


def _score(episode: Episode) -> dict[str, float]:
    key = GOLD["track"]
    found = gold_n = hit = right = 0
    for paragraph, (start, end) in zip(episode.reading, _reading_ranges(episode), strict=True):
        gold = _gold_for(episode, start, end)
        got = set(paragraph.counterparts[key])
        found += len(got)
        gold_n += len(gold)
        hit += len(got & gold)
        right += got == gold
    precision = hit / found if found else 1.0
    recall = hit / gold_n if gold_n else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "right": right / len(episode.reading),
    }


def _analyzed() -> Episode:
    episode = load_sample()
    analyze(episode)
    return episode


def test_sample_alignment_matches_the_hand_alignment() -> None:
    score = _score(_analyzed())
    print(score)
    assert score["right"] >= 0.9, score
    assert score["f1"] >= 0.9, score


def test_sample_sponsor_reads_align_to_nothing() -> None:
    episode = _analyzed()
    ranges = _reading_ranges(episode)
    sponsor: list[ReadingParagraph] = []
    for a, b in _sponsor_ranges(episode):
        inside = [p for p, (s, e) in zip(episode.reading, ranges, strict=True) if s < b and e > a]
        covered = sum(
            min(e, b) - max(s, a)
            for (s, e), p in zip(ranges, episode.reading, strict=True)
            if p in inside and p.sponsor
        )
        assert covered >= 0.9 * (b - a), (a, b, [(p.id, p.sponsor) for p in inside])
        sponsor.extend(p for p in inside if p.sponsor)
    assert all(p.counterparts[GOLD["track"]] == [] for p in sponsor)
    # Nothing outside the gold reads is marked as one.
    for p, (s, e) in zip(episode.reading, ranges, strict=True):
        if p.sponsor:
            assert any(a <= s and e <= b for a, b in _sponsor_ranges(episode)), p.id


def test_sample_chapter_starts_at_first_non_sponsor_paragraph() -> None:
    episode = _analyzed()
    first = next(p.id for p in episode.reading if not p.sponsor)
    assert [c.paragraph for c in episode.chapters] == [first]
