"""Score the alignment of the bundled sample pages (few anchors) against a hand alignment."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

from podreader.formats import parse_bytes
from podreader.model import Episode
from podreader.text.analysis import analyze
from tests.text.alignment_score import (
    check_sponsor_reads,
    check_sponsor_rows,
    page_starts,
    reading_ranges,
    row_score,
    score,
)

GOLD = json.loads((Path(__file__).parent / "gold_bundled_alignment.json").read_text("utf-8"))
PAGES = sorted(GOLD["pages"])


def _analyzed(name: str) -> Episode:
    page = files("podreader.resources") / "samples" / name
    episode = parse_bytes(page.read_bytes())
    analyze(episode)
    return episode


@pytest.mark.parametrize("name", PAGES)
def test_bundled_alignment_matches_the_hand_alignment(name: str) -> None:
    result = score(_analyzed(name), GOLD["pages"][name])
    print(name, result)
    assert result["right"] >= 0.9, result


@pytest.mark.parametrize("name", PAGES)
def test_bundled_sponsor_reads_and_sign_offs_align_to_nothing(name: str) -> None:
    check_sponsor_reads(_analyzed(name), GOLD["pages"][name])


@pytest.mark.parametrize("name", PAGES)
def test_bundled_chapters_start_where_their_topic_starts(name: str) -> None:
    episode = _analyzed(name)
    starts = [
        reading_ranges(episode)[c.paragraph][0] for c in episode.chapters if c.paragraph is not None
    ]
    expected = [page_starts(episode)[p] for p in GOLD["pages"][name]["chapters"]]
    assert starts == expected


SENTENCES = json.loads((Path(__file__).parent / "gold_bundled_sentences.json").read_text("utf-8"))


@pytest.mark.parametrize("name", PAGES)
def test_bundled_rows_pair_the_sentences_of_the_hand_alignment(name: str) -> None:
    gold = SENTENCES["pages"][name]
    episode = _analyzed(name)
    result = row_score(episode, gold)
    print(name, result)
    assert result["f1"] >= 0.75, result  # measured: hive 0.809, bread 0.778
    assert result["median"] <= 450, result
    check_sponsor_rows(episode, gold)
