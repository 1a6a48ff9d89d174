from __future__ import annotations

import pytest

from podreader.text.sentences import SEP, JoinedText, split_sentences


def _split(text: str, **kwargs: bool) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two? Three! Four", ["One.", "Two?", "Three!", "Four"]),
        (
            "Mr. Lee met Dr. Wong in the U.S. yesterday.",
            ["Mr. Lee met Dr. Wong in the U.S. yesterday."],
        ),
        ("It cost $1.9 billion. Up 2.28 times.", ["It cost $1.9 billion.", "Up 2.28 times."]),
        ('He said "stop." Then left.', ['He said "stop."', "Then left."]),
        ("(Really?) Yes.", ["(Really?)", "Yes."]),
        ("I think so... Maybe not.", ["I think so...", "Maybe not."]),
        ("and so... we went on.", ["and so... we went on."]),
        ("etc. etc. and more.", ["etc. etc. and more."]),
        ("我来了。你呢？好！", ["我来了。", "你呢？", "好！"]),
        ("他说“好的。”然后走了。", ["他说“好的。”", "然后走了。"]),
        ("究竟是做什么的?他们为什么要这么做?", ["究竟是做什么的?", "他们为什么要这么做?"]),
        ("收入为2.28亿美元。增长了8倍。", ["收入为2.28亿美元。", "增长了8倍。"]),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_page_break_after_a_period_ends_a_sentence_even_before_lower_case() -> None:
    text = f"It was done.{SEP}and then more."
    assert _split(text) == ["It was done.", "and then more."]


def test_page_break_mid_sentence_does_not() -> None:
    text = f"and what{SEP}they plan."
    assert _split(text) == [text]
    assert _split(text, paragraphs_end=True) == ["and what", "they plan."]


def test_joined_text_maps_offsets_back_to_paragraphs() -> None:
    joined = JoinedText.of(["First part and", "second part.", "第三段。"])
    assert joined.paragraph_at(0) == 0
    assert joined.paragraph_at(joined.text.index("second")) == 1
    assert joined.paragraph_at(joined.text.index("第三")) == 2
    assert joined.display(0, joined.paragraph_end(1)) == "First part and second part."


def test_display_joins_chinese_without_a_space() -> None:
    joined = JoinedText.of(["我们今天", "讨论这个。"])
    assert joined.display(0, len(joined.text)) == "我们今天讨论这个。"
