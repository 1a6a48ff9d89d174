"""A bookmark on the real sample page survives a re-import of an edited copy.

The copy is made at test time from the page in ../shared (nothing of it is kept in the project):
one paragraph break removed and one added around the bookmarked passage, and two of its words
replaced, as a corrected transcript would have them.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from podreader.formats import parse_bytes
from podreader.library.bookmarks import BookmarkStore, new_bookmark, place_quote
from podreader.library.store import Library, SourceInfo
from podreader.model import Episode
from podreader.paths import DataPaths
from podreader.text.analysis import ANALYSIS_VERSION, analyze

_QUOTE_WORDS = 18


def _episode(text: str) -> Episode:
    episode = parse_bytes(text.encode("utf-8"))
    analyze(episode)
    return episode


def _store(library: Library, text: str) -> str:
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    return library.store(
        _episode(text), SourceInfo(digest, len(data), "page.txt", "podquest"), ANALYSIS_VERSION
    )


def _pick(episode: Episode, text: str) -> tuple[str, list[str]]:
    """A run of words from a long transcript paragraph, after a sentence end in it, holding
    two words found nowhere else in the page."""
    middle = episode.transcript.paragraphs[len(episode.transcript.paragraphs) // 3 :]
    for paragraph in sorted(middle, key=lambda p: -len(p.text)):
        words = paragraph.text.split()
        for first in range(5, len(words) - _QUOTE_WORDS - 5):
            window = words[first : first + _QUOTE_WORDS]
            unique = [
                w
                for w in window[2:-2]
                if w.isalpha() and len(w) >= 6 and len(re.findall(rf"\b{w}\b", text)) == 1
            ]
            sentence_before = ". " in " ".join(words[:first]) + " "  # room for a new break
            if len(unique) >= 2 and sentence_before and text.count(" ".join(window)) == 1:
                return " ".join(window), unique[:2]
    raise AssertionError("the sample has no paragraph with two unique long words")


def _edited_copy(text: str, quote: str, words: list[str]) -> str:
    at = text.index(quote)
    before = text.rindex("\n\n", 0, at)  # the break that opens the quote's paragraph
    after = text.index("\n\n", at)  # and the one that closes it
    sentence_end = text.rindex(". ", before, at)  # a sentence end inside that paragraph
    edited = (
        text[:sentence_end]
        + ".\n\n"  # a new break before the quote
        + text[sentence_end + 2 : after]
        + " "  # no break after it: the next paragraph joins on
        + text[after + 2 :]
    )
    for word, new in zip(words, ("gizmo", "doohickey"), strict=True):
        edited = re.sub(rf"\b{word}\b", new, edited)
    return edited


def test_bookmark_on_the_sample_survives_an_edited_reimport(
    sample_page: Path, tmp_path: Path
) -> None:
    text = sample_page.read_bytes().decode("utf-8-sig")
    with Library(DataPaths(tmp_path / "lib")) as library:
        assert _store(library, text) == "imported"
        first = library.episode(_episode(text).id)
        assert first is not None
        quote, words = _pick(first, text)
        track, anchor = place_quote(first, quote)
        bookmarks = BookmarkStore(library)
        bookmarks.save(new_bookmark(first, track, anchor, note="a real one"))

        copy = _edited_copy(text, quote, words)
        assert _store(library, copy) == "updated"

        second = library.episode(first.id)
        assert second is not None
        [moved] = bookmarks.all(first.id)
        assert not moved.detached and moved.paragraph is not None
        assert (moved.paragraph, moved.start) != (anchor.paragraph, anchor.start)  # it did move
        found = {p.id: p.text for p in second.reading}[moved.paragraph][moved.start : moved.end]
        expected = quote.replace(words[0], "gizmo").replace(words[1], "doohickey")
        assert " ".join(found.split()) == expected
        assert moved.note == "a real one" and moved.counterpart
