"""Hand-built bilingual episodes for the transcript pane tests, and tests of its Qt-free logic."""

from __future__ import annotations

import random

from podreader.model import Episode, Paragraph, ReadingParagraph, Track
from podreader.ui.transcript.passages import (
    TRANSCRIPT,
    Alignment,
    Group,
    chain_groups,
    find_spans,
    terms_pattern,
)

#: Vocabulary of the made-up paragraphs, space separated.
_EN_VOCABULARY = (
    "we talked about how the market for compute keeps moving faster than anyone planned and "
    "why the next data centre needs power contracts signed years ahead of time while chips wait"
)
_ZH_VOCABULARY = (
    "我们 聊到 算力 市场 的 变化 比 任何人 预想 的 都快 ， 为什么 下一座 数据中心 需要 提前 多年 "
    "签下 电力 合同 ， 而 芯片 还在 等待"
)
_EN_WORDS = _EN_VOCABULARY.split()
_ZH_WORDS = _ZH_VOCABULARY.split()


def english(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_EN_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def chinese(rng: random.Random, chars: int) -> str:
    text = ""
    while len(text) < chars:
        text += rng.choice(_ZH_WORDS)
    return text + "。"


def bilingual_episode(
    groups: int = 30,
    english_per_group: int = 2,
    words: int = 40,
    chinese_chars: int = 70,
    sponsor_paragraphs: int = 2,
    seed: int = 7,
) -> Episode:
    """Sponsor reads first (no counterparts), then groups of English paragraphs sharing one Chinese.

    Paragraph texts start with their id (``E12:`` / ``Z5:``) so a test can tell them apart.
    """
    rng = random.Random(seed)
    reading: list[ReadingParagraph] = []
    for i in range(sponsor_paragraphs):
        text = f"E{i}: This show is brought to you by a sponsor, use promo code READ at checkout."
        reading.append(ReadingParagraph(i, text, [i], sponsor=True))
    zh: list[Paragraph] = []
    for g in range(groups):
        zh.append(Paragraph(g, f"Z{g}：" + chinese(rng, chinese_chars)))
        for _ in range(english_per_group):
            i = len(reading)
            reading.append(
                ReadingParagraph(i, f"E{i}: " + english(rng, words), [i], counterparts={"zh": [g]})
            )
    transcript = Track("en", "transcript", [Paragraph(p.id, p.text) for p in reading])
    return Episode(
        id="ep1",
        title="Power and chips",
        podcast="Test Podcast",
        transcript=transcript,
        translations=[
            Track("zh", "translation", zh),
            Track("zh", "summary", [Paragraph(0, "摘要")]),
        ],
        reading=reading,
    )


def three_hour_episode() -> Episode:
    """About 27,000 English words in 300 reading paragraphs, a 14,000-character Chinese track."""
    return bilingual_episode(
        groups=100, english_per_group=3, words=90, chinese_chars=138, sponsor_paragraphs=0
    )


def test_chain_groups_merges_shared_and_crossing_counterparts() -> None:
    groups = chain_groups([[0], [0], [], [1], [3], [2], [4, 5]])
    assert groups == [
        Group(range(0, 2), range(0, 1)),
        Group(range(3, 4), range(1, 2)),
        Group(range(4, 6), range(2, 4)),
        Group(range(6, 7), range(4, 6)),
    ]


def test_interleaved_shows_every_passage_once_after_its_reading_run() -> None:
    episode = bilingual_episode(groups=3, english_per_group=2)
    alignment = Alignment(episode, episode.translations[0])
    order = [
        f"{'E' if p.track == TRANSCRIPT else 'Z'}{p.paragraph}" for p in alignment.interleaved()
    ]
    assert order == ["E0", "E1", "E2", "E3", "Z0", "E4", "E5", "Z1", "E6", "E7", "Z2"]


def test_counterparts_go_both_ways() -> None:
    episode = bilingual_episode(groups=3, english_per_group=2)
    alignment = Alignment(episode, episode.translations[0])
    assert [p.paragraph for p in alignment.counterparts(alignment.reading[4])] == [1]
    assert [p.paragraph for p in alignment.counterparts(alignment.other[1])] == [4, 5]
    assert alignment.counterparts(alignment.reading[0]) == []  # sponsor read
    # A sponsor read sits level with the start of the next group.
    assert alignment.other_position_for(0) == 0
    assert alignment.reading_position_for(2) == 6


def test_reading_falls_back_to_transcript_paragraphs() -> None:
    episode = bilingual_episode(groups=2)
    episode.reading = []
    alignment = Alignment(episode, episode.translations[0])
    assert [p.text for p in alignment.reading] == [p.text for p in episode.transcript.paragraphs]
    assert alignment.groups == []


def test_find_spans_is_case_insensitive_and_skips_hidden_blocks() -> None:
    episode = bilingual_episode(groups=2, sponsor_paragraphs=2)
    alignment = Alignment(episode, episode.translations[0])
    pattern = terms_pattern(["PROMO code", " "])
    assert pattern is not None
    assert [span[0] for span in find_spans(alignment.reading, pattern)] == [0, 1]
    assert find_spans(alignment.reading, pattern, frozenset({0, 1})) == []
    assert terms_pattern(["", "  "]) is None
