from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from podreader.search.query import (
    MAX_QUERY_CHARS,
    And,
    Filter,
    Not,
    Number,
    Or,
    Prefix,
    Words,
    date_bounds,
    has_positive,
    parse,
)


def test_words_and_phrases() -> None:
    node = parse('harbour "night ferry"').node
    assert isinstance(node, And)
    first, second = node.children
    assert isinstance(first, Words) and first.terms.sequence == (("harbour",),)
    assert isinstance(second, Words) and len(second.terms.sequence) == 2


def test_or_not_and_brackets() -> None:
    node = parse("(ferry OR boat) -storm NOT fog").node
    assert isinstance(node, And)
    assert isinstance(node.children[0], Or)
    assert [type(c) for c in node.children[1:]] == [Not, Not]


def test_prefix_and_numbers() -> None:
    node = parse("harb* $12B").node
    assert isinstance(node, And)
    assert node.children[0] == Prefix("harb")
    assert node.children[1] == Number("$12B", 12e9)
    assert parse("12 billion").node == Number("12 billion", 12e9)
    assert parse('"120亿"').node == Number("120亿", 12e9)  # quoted, still the amount


def test_known_fields_become_filters() -> None:
    node = parse("podcast:harbour lang:zh date:2024-01..2024-06 in:chapters ferry").node
    assert isinstance(node, And)
    filters = [c for c in node.children if isinstance(c, Filter)]
    assert [f.name for f in filters] == ["podcast", "lang", "date", "in"]


def test_unknown_field_is_plain_words() -> None:
    node = parse("colour:blue").node
    assert isinstance(node, Words)
    assert node.terms.sequence == (("colour",), ("blue",))


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2024", (20240101, 20241231)),
        ("2024-02", (20240201, 20240229)),
        ("2024-02-05", (20240205, 20240205)),
        ("2024-01..2024-06", (20240101, 20240630)),
        ("..2023", (0, 20231231)),
        ("2023-05..", (20230501, 99991231)),
    ],
)
def test_date_bounds(value: str, bounds: tuple[int, int]) -> None:
    assert date_bounds(value) == bounds


@pytest.mark.parametrize("value", ["yesterday", "2024-13", "2024-02-30", "..", "24"])
def test_bad_dates_are_left_out_with_one_sentence(value: str) -> None:
    parsed = parse(f"date:{value} ferry")
    assert isinstance(parsed.node, Words)
    assert parsed.notice is not None and parsed.notice.startswith("date: takes")


def test_bad_language_is_left_out_with_one_sentence() -> None:
    parsed = parse("lang:fr ferry")
    assert isinstance(parsed.node, Words)
    assert parsed.notice == "lang: takes en or zh, so 'fr' was left out."


@pytest.mark.parametrize(
    "text",
    [
        '"unclosed phrase',
        "(((ferry",
        "ferry)))",
        "OR",
        "AND OR NOT",
        "-",
        "- -",
        "NOT",
        "()",
        '"',
        "a OR",
        "OR a",
        ":::",
        "podcast:",
        "title:!!",
        "-(-(-x))",
        "((((((((((((((x))))))))))))))",
    ],
)
def test_hostile_input_never_raises(text: str) -> None:
    parsed = parse(text)
    assert parsed.node is None or isinstance(parsed.node, Words | And | Or | Not | Prefix)


def test_unbalanced_quotes_and_brackets_still_search_the_words() -> None:
    assert isinstance(parse('"night ferry').node, Words)
    node = parse("((ferry OR boat").node
    assert isinstance(node, Or)


def test_long_queries_are_capped_with_a_notice() -> None:
    parsed = parse("ferry " * 2000)
    assert parsed.notice == f"Only the first {MAX_QUERY_CHARS} characters of the query were used."
    assert parsed.node is not None


def test_ten_thousand_characters_of_brackets_parse_quickly() -> None:
    assert parse("(" * 10_000).node is None
    assert parse('"(' * 5_000).node is None


def test_only_exclusions_has_nothing_positive() -> None:
    assert not has_positive(parse("-ferry NOT boat").node)
    assert has_positive(parse("-ferry boat").node)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_string_parses(text: str) -> None:
    parse(text)
