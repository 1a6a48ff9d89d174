"""The parser on the one real saved page in ``shared/`` beside the checkout (skipped if absent)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from podreader.formats.podquest import parse
from podreader.model import Episode


@pytest.fixture(scope="module")
def sample(sample_page: Path) -> bytes:
    return sample_page.read_bytes()


@pytest.fixture(scope="module")
def episode(sample: bytes) -> Episode:
    return parse(sample)


def test_header(episode: Episode) -> None:
    assert episode.title == "Microsoft Blindsided by OpenAI's $12B CoreWeave Deal"
    assert episode.podcast.startswith("ChatGPT: OpenAI, Sam Altman")
    assert episode.published == date(2025, 4, 17)
    assert episode.warnings == []


def test_one_host_with_description(episode: Episode) -> None:
    (person,) = episode.people
    assert person.name == "主持人"
    assert person.description and person.description.endswith("。")


def test_one_chapter_with_four_points(episode: Episode) -> None:
    (chapter,) = episode.chapters
    assert len(chapter.points) == 4
    assert chapter.summary


def test_full_english_transcript(sample: bytes, episode: Episode) -> None:
    text = sample.decode("utf-8")
    after_language_line = text[text.index("\n中文\n") + len("\n中文\n") :]
    blocks = [b for b in re.split(r"\n\s*\n", after_language_line) if b.strip()]
    transcript = episode.transcript
    assert transcript.language == "en"
    assert len(transcript.paragraphs) == len(blocks)
    assert transcript.paragraphs[-1].text.endswith("rest of your day.")


def test_topics_are_a_chinese_summary(episode: Episode) -> None:
    (summary,) = episode.translations
    assert summary.kind == "summary"
    assert summary.language.startswith("zh")
    assert len(summary.paragraphs) > 1
