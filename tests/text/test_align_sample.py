"""Score the alignment of the real sample page against a hand alignment (ids only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from podreader.model import Episode
from podreader.text.analysis import analyze
from tests.text.alignment_score import check_sponsor_reads, check_sponsor_rows, row_score, score
from tests.text.sample_page import load_sample

GOLD = json.loads((Path(__file__).parent / "gold_sample_alignment.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def analyzed(sample_page: Path) -> Episode:
    episode = load_sample(sample_page)
    analyze(episode)
    return episode


def test_sample_alignment_matches_the_hand_alignment(analyzed: Episode) -> None:
    result = score(analyzed, GOLD)
    print(result)
    assert result["right"] >= 0.9, result
    assert result["f1"] >= 0.9, result


def test_sample_sponsor_reads_align_to_nothing(analyzed: Episode) -> None:
    check_sponsor_reads(analyzed, GOLD)


def test_sample_chapter_starts_at_first_non_sponsor_paragraph(analyzed: Episode) -> None:
    episode = analyzed
    first = next(p.id for p in episode.reading if not p.sponsor)
    assert [c.paragraph for c in episode.chapters] == [first]


SENTENCES = json.loads((Path(__file__).parent / "gold_sample_sentences.json").read_text("utf-8"))


def test_sample_rows_pair_the_sentences_of_the_hand_alignment(analyzed: Episode) -> None:
    result = row_score(analyzed, SENTENCES)
    print(result)
    assert result["f1"] >= 0.9, result
    assert result["median"] <= 450, result


def test_sample_sponsor_sentences_sit_in_sponsor_rows_alone(analyzed: Episode) -> None:
    check_sponsor_rows(analyzed, SENTENCES)
