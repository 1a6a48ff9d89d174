"""Language and script detection on English, simplified and traditional Chinese text."""

from __future__ import annotations

import pytest

from podreader.text.language import SAMPLE_CHARS, detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Welcome back to the show, today we talk about trains.", "en"),
        ("我们今天聊一聊城市里的自行车道和预算问题。", "zh-Hans"),
        ("我們今天聊一聊城市裡的自行車道和預算問題。", "zh-Hant"),
        ("中文", "zh"),  # the same in both scripts
        ("", "und"),
        ("12345 !!! ...", "und"),
    ],
)
def test_detect(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_chinese_full_of_english_names_is_chinese() -> None:
    assert detect_language("OpenAI向CoreWeave投资了120亿美元,微软对此并不高兴。") == "zh-Hans"


def test_english_quoting_a_chinese_word_is_english() -> None:
    text = "The host, who calls himself 主持人 on the show, talks about night markets for an hour."
    assert detect_language(text) == "en"


def test_mixed_scripts_are_undecided() -> None:
    assert detect_language("这里说的是简体字,這裡說的是繁體字。") == "zh"


def test_only_the_beginning_is_sampled() -> None:
    english = "words " * (SAMPLE_CHARS // 6 + 1)
    assert detect_language(english + "中文内容" * 10_000) == "en"
