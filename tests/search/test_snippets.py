"""Snippets: the match near the start, cuts between words, marks that point at the matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from podreader.search.snippets import (
    LEAD_CHARS,
    LEAD_CHARS_CJK,
    SNIPPET_CHARS,
    Snippet,
    make_snippet,
)

WORDS = [
    "the",
    "ferry",
    "left",
    "the",
    "harbour",
    "at",
    "dawn",
    "while",
    "gulls",
    "circled",
    "over",
    "grey",
    "water",
]


def _marks(text: str, word: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(re.escape(word), text)]


def _first_mark(snippet: Snippet) -> int:
    return snippet.marks[0][0] - snippet.text.startswith("…")


def test_a_late_match_is_led_in_by_a_few_words() -> None:
    text = " ".join(WORDS * 4) + " and then the lighthouse keeper waved " + " ".join(WORDS * 4)
    snippet = make_snippet(text, _marks(text, "lighthouse"))
    assert snippet.text.startswith("…")
    assert _first_mark(snippet) <= LEAD_CHARS
    assert snippet.marked().count("**lighthouse**") == 1
    # Cut between words at both ends.
    inner = snippet.text.strip("…")
    assert f" {inner} " in f" {text} "
    assert len(inner) <= SNIPPET_CHARS


def test_the_lead_starts_after_a_clause_end_when_there_is_one() -> None:
    text = " ".join(WORDS * 3) + ". Lighthouse keepers count gulls. " + " ".join(WORDS * 3)
    snippet = make_snippet(text, _marks(text, "keepers"))
    assert snippet.text == "…" + text[text.index("Lighthouse") :][: len(snippet.text) - 2] + "…"


def test_a_chinese_match_is_led_in_by_a_few_characters() -> None:
    text = "今天我们聊一聊船厂的故事和修船的公司" * 4 + "它得到了英伟达的支持" + "木板要蒸弯" * 9
    snippet = make_snippet(text, _marks(text, "英伟达"))
    assert _first_mark(snippet) <= LEAD_CHARS_CJK
    assert "**英伟达**" in snippet.marked()
    # An ASCII comma between Chinese clauses ends one: the lead starts after it.
    text = text.replace("公司它", "公司,它")
    assert make_snippet(text, _marks(text, "英伟达")).text.startswith("…它得到了")


def test_short_text_with_an_early_match_is_kept_whole() -> None:
    text = "The ferry left at dawn."
    assert make_snippet(text, _marks(text, "ferry")) == Snippet(text, ((4, 9),))


@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=120),
    st.integers(min_value=0, max_value=119),
)
def test_marks_point_at_the_matches(words: list[str], at: int) -> None:
    words = [*words[: at % len(words)], "lighthouse", *words[at % len(words) :]]
    text = " ".join(words)
    snippet = make_snippet(text, _marks(text, "lighthouse"))
    assert snippet.marks
    assert all(snippet.text[s:e] == "lighthouse" for s, e in snippet.marks)
    assert _first_mark(snippet) <= LEAD_CHARS
