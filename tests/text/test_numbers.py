from __future__ import annotations

import pytest

from podreader.text.numbers import find_numbers, parse_number

# (text, value, kind) for a text that is one number and nothing else.
CASES = [
    ("12 billion", 1.2e10, "number"),
    ("$12B", 1.2e10, "amount"),
    ("$12 billion", 1.2e10, "amount"),
    ("12 billion dollars", 1.2e10, "amount"),
    ("$11.9 billion", 1.19e10, "amount"),
    ("120亿", 1.2e10, "number"),
    ("120亿美元", 1.2e10, "amount"),
    ("119亿美元", 1.19e10, "amount"),
    ("一百二十亿", 1.2e10, "number"),
    ("2.28亿", 2.28e8, "number"),
    ("228 million", 2.28e8, "number"),
    ("25万", 2.5e5, "number"),
    ("250,000", 2.5e5, "number"),
    ("250k", 2.5e5, "number"),
    ("二十五万", 2.5e5, "number"),
    ("62%", 62.0, "percent"),
    ("62 percent", 62.0, "percent"),
    ("百分之六十二", 62.0, "percent"),
    ("6％", 6.0, "percent"),
    ("2024", 2024.0, "year"),
    ("2024年", 2024.0, "year"),
    ("二〇二四年", 2024.0, "year"),
    ("1.5亿美元", 1.5e8, "amount"),
    ("$150 million", 1.5e8, "amount"),
    ("4.8亿美元", 4.8e8, "amount"),
    ("$480M", 4.8e8, "amount"),
    ("$7.9bn", 7.9e9, "amount"),
    ("79亿", 7.9e9, "number"),
    ("2万美元", 2e4, "amount"),
    ("$20,000", 2e4, "amount"),
    ("两万", 2e4, "number"),
    ("2000美元", 2000.0, "amount"),
    ("€5", 5.0, "amount"),
    ("1.2万亿", 1.2e12, "number"),
    ("two hundred and fifty thousand", 2.5e5, "number"),
    ("twenty-five", 25.0, "number"),
    ("three hundred and five", 305.0, "number"),
    ("three billion", 3e9, "number"),
    ("twenty percent", 20.0, "percent"),
    ("十二", 12.0, "number"),
    ("三百零五", 305.0, "number"),
    ("2.28", 2.28, "number"),
    ("1,000,000", 1e6, "number"),
]


@pytest.mark.parametrize(("text", "value", "kind"), CASES)
def test_reads_one_number(text: str, value: float, kind: str) -> None:
    assert parse_number(text) == value
    [mention] = find_numbers(text)
    assert (mention.start, mention.end, mention.kind) == (0, len(text), kind)


# (text, values found in order): numbers inside sentences.
IN_TEXT = [
    ("there are three co-founders", [3.0]),
    ("该公司有三位联合创始人", [3.0]),
    ("a five-year deal worth $11.9 billion", [5.0, 1.19e10]),
    ("这是一项为期五年的119亿美元协议", [5.0, 1.19e10]),
    ("8X growth in 2024", [8.0, 2024.0]),
    ("增长了8倍", [8.0]),
    ("数十亿美元的交易", []),  # "several billion" is not a value
    ("一两周前", []),  # "one or two weeks" is not 12
    ("这是一个好主意", []),  # the article 一
    ("one of the best", []),
    ("No. 5 runs 2.28 seconds", [5.0, 2.28]),
    ("in the U.S. at 3.5%", [3.5]),
    ("占公司50%的股份,2024年", [50.0, 2024.0]),
    ("GPT-4 and H100 chips", [4.0]),
    ("five six", []),
    ("Someone often said Twenty-Five, not ninety", [25.0, 90.0]),  # not "one" or "ten" inside
    ("FORTY thousand and SEVENTEEN", [40017.0]),
    ("six, seven", [6.0, 7.0]),
]


@pytest.mark.parametrize(("text", "values"), IN_TEXT)
def test_finds_numbers_in_text(text: str, values: list[float]) -> None:
    assert [m.value for m in find_numbers(text)] == values


def test_same_value_in_both_languages() -> None:
    values = {parse_number(t) for t in ("120亿", "12 billion", "$12B", "一百二十亿美元")}
    assert values == {1.2e10}


def test_mentions_point_at_the_text() -> None:
    text = "OpenAI向CoreWeave投资120亿美元, 约62%。"
    spans = [text[m.start : m.end] for m in find_numbers(text)]
    assert spans == ["120亿美元", "62%"]


@pytest.mark.parametrize("text", ["", "hello", "12 and 13", "约120亿"])
def test_parse_number_needs_exactly_one_number(text: str) -> None:
    assert parse_number(text) is None
