"""Score the alignment of the real sample page against a hand alignment (ids only)."""

from __future__ import annotations

import json
from pathlib import Path

from podreader.model import Episode
from podreader.text.analysis import analyze
from tests.text.alignment_score import check_sponsor_reads, score
from tests.text.sample_page import load_sample

GOLD = json.loads((Path(__file__).parent / "gold_sample_alignment.json").read_text("utf-8"))


def _analyzed() -> Episode:
    episode = load_sample()
    analyze(episode)
    return episode


def test_sample_alignment_matches_the_hand_alignment() -> None:
    result = score(_analyzed(), GOLD)
    print(result)
    assert result["right"] >= 0.9, result
    assert result["f1"] >= 0.9, result


def test_sample_sponsor_reads_align_to_nothing() -> None:
    check_sponsor_reads(_analyzed(), GOLD)


def test_sample_chapter_starts_at_first_non_sponsor_paragraph() -> None:
    episode = _analyzed()
    first = next(p.id for p in episode.reading if not p.sponsor)
    assert [c.paragraph for c in episode.chapters] == [first]
