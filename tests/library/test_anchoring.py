"""Finding quotes again: exact, disambiguated by context, tolerant of small corrections."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from podreader.library.anchoring import Anchor, TextQuote, TrackText, _plain, normalize
from tests.library.bookmark_texts import READING, READING_V2, SUMMARY, SUMMARY_V2


def _text(paragraphs: list[str]) -> TrackText:
    return TrackText(list(enumerate(paragraphs)))


def _words(text: TrackText, anchor: Anchor) -> str:
    return text.texts[text.ids.index(anchor.paragraph)][anchor.start : anchor.end]


def _selector(paragraphs: list[str], paragraph: int, words: str) -> TextQuote:
    start = paragraphs[paragraph].index(words)
    selector = _text(paragraphs).selector(Anchor(paragraph, start, start + len(words)))
    assert selector is not None
    return selector


def test_normalize_keeps_a_map_to_the_original_characters() -> None:
    text = "Say  “ﬁne”\n\nthen\tgo"
    norm, index = normalize(text)
    assert norm == 'say "fine" then go'
    assert text[index[norm.index("then")] :].startswith("then")
    assert text[index[norm.index("fi")]] == "ﬁ"


def test_selector_takes_context_across_paragraph_breaks() -> None:
    selector = _selector(READING, 1, "Our guest spent")
    assert selector.quote == "Our guest spent"
    assert selector.prefix.endswith("the people who build it.")
    assert 32 <= len(selector.prefix) <= 64
    assert selector.suffix.startswith("ten years testing")


def test_exact_quote_is_found_after_paragraph_breaks_moved() -> None:
    old = _selector(READING, 1, "the hardest part is not the engineering")
    new = _text(READING_V2)
    found = new.locate(old, near=1)
    assert found is not None and found.exact
    assert found.anchor.paragraph == 1
    assert _words(new, found.anchor) == "the hardest part is not the engineering"


def test_slightly_corrected_quote_is_found_with_its_new_words() -> None:
    old = _selector(READING, 0, "talk about tidal power and the people")
    new = _text(READING_V2)
    found = new.locate(old, near=0)
    assert found is not None and not found.exact
    assert found.similarity >= 0.75
    assert _words(new, found.anchor) == "talk about tidal energy and the people"


def test_corrected_chinese_quote_is_found() -> None:
    old = _selector(SUMMARY, 0, "讨论潮汐能以及建造它的人")
    new = _text(SUMMARY_V2)
    found = new.locate(old, near=0)
    assert found is not None
    assert _words(new, found.anchor) == "讨论潮汐能源以及建造它的人"


def test_removed_passage_is_not_found() -> None:
    old = _selector(READING, 2, "what a small island town learned")
    assert _text(READING_V2).locate(old, near=2) is None


def test_quote_over_a_new_break_keeps_its_larger_part() -> None:
    old = _selector(READING, 1, "in cold northern waters. She says")
    new = _text(READING_V2)
    found = new.locate(old)
    assert found is not None
    assert _words(new, found.anchor) == "in cold northern waters."


def test_context_picks_the_right_one_of_repeated_quotes() -> None:
    paragraphs = [
        "The first test failed in the storm. We tried again.",
        "The second test worked at dawn. We tried again.",
        "By the third test the crew was ready. We tried again.",
    ]
    old = _selector(paragraphs, 1, "We tried again.")
    # An earlier paragraph was inserted, so the old paragraph id now points elsewhere.
    moved = _text(["A new introduction. We tried again.", *paragraphs])
    found = moved.locate(old, near=1)
    assert found is not None and found.anchor == Anchor(2, 32, 47)


def test_short_quotes_are_only_found_exactly() -> None:
    text = _text(["The crew said: we tried again, and again."])
    assert text.locate(TextQuote("we tryd", "", "")) is None
    assert text.locate(TextQuote("we trid", "", "")) is None
    found = text.locate(TextQuote("We  tried", "", ""))
    assert found is not None and found.anchor == Anchor(0, 15, 23)


def test_unrelated_quote_of_the_same_length_is_not_matched() -> None:
    text = _text(READING_V2)
    quote = TextQuote("a completely different sentence about mountain goats", "", "")
    assert text.locate(quote) is None


def _reference_normalize(text: str) -> str:
    """The definition, one character at a time: what the fast slicing version must equal."""
    out = "".join(" " if c.isspace() else _plain(c) for c in text)
    return re.sub(" +", " ", out).strip(" ")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab C\n\t\u00a0\u3000中ﬁ’ßİ\u00ad.")))
def test_normalize_matches_its_definition_and_maps_back(text: str) -> None:
    norm, index = normalize(text)
    assert norm == _reference_normalize(text)
    assert len(index) == len(norm)
    assert index == sorted(index) and all(0 <= i < len(text) for i in index)
