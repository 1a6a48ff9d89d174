from __future__ import annotations

from podreader.text.reflow import reflow
from podreader.text.sentences import JoinedText, split_sentences


def _reflow(paragraphs: list[str], max_chars: int = 1500) -> list[tuple[str, list[int]]]:
    joined = JoinedText.of(paragraphs)
    spans = reflow(joined, split_sentences(joined.text), max_chars=max_chars)
    return [(joined.display(s.start, s.end), s.sources) for s in spans]


def test_merges_a_paragraph_that_starts_mid_sentence() -> None:
    pages = ["We talk about the deal and what", "the company plans next.", "New topic here."]
    assert _reflow(pages) == [
        ("We talk about the deal and what the company plans next.", [0, 1]),
        ("New topic here.", [2]),
    ]


def test_text_is_unchanged_apart_from_breaks() -> None:
    pages = ["A b c", "d e. F", "g h.", "I j?"]
    out = _reflow(pages)
    assert " ".join(text for text, _ in out) == " ".join(pages)
    assert [sources for _, sources in out] == [[0, 1, 2], [3]]


def test_no_punctuation_is_capped_at_page_breaks() -> None:
    pages = ["word " * 100 + "more"] * 20  # about 500 characters each, never a sentence end
    out = _reflow(pages, max_chars=1500)
    assert len(out) > 1
    assert all(len(text) < 1500 + 600 for text, _ in out)
    assert sum(len(sources) for _, sources in out) == 20


def test_extra_breaks_split_inside_a_page_paragraph() -> None:
    pages = ["Intro sentence. Sponsor sentence here.", "Back to it."]
    joined = JoinedText.of(pages)
    cut = joined.text.index("Sponsor")
    spans = reflow(joined, split_sentences(joined.text), [cut])
    assert [joined.display(s.start, s.end) for s in spans] == [
        "Intro sentence.",
        "Sponsor sentence here.",
        "Back to it.",
    ]
    assert [s.sources for s in spans] == [[0], [0], [1]]
