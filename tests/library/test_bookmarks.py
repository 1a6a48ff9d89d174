"""Bookmarks in the library: saved with the episode, re-anchored on re-import, never lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from podreader.library.anchoring import Anchor
from podreader.library.bookmarks import (
    BookmarkError,
    BookmarkStore,
    counterpart_text,
    new_bookmark,
    place_quote,
)
from podreader.library.schema import SCHEMA_VERSION
from podreader.library.store import Library
from podreader.model import Bookmark, Episode
from podreader.paths import DataPaths
from tests.library.bookmark_texts import (
    EPISODE_ID,
    READING,
    SUMMARY,
    episode,
    episode_v2,
    store,
)
from tests.library.factories import make_episode


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(DataPaths(tmp_path / "lib")) as lib:
        yield lib


def _mark(ep: Episode, words: str, track: str = "transcript", **kw: object) -> Bookmark:
    found_track, anchor = place_quote(ep, words)
    assert found_track == track
    return new_bookmark(ep, track, anchor, **kw)  # type: ignore[arg-type]


def _words(ep: Episode, b: Bookmark) -> str:
    paragraphs = (
        {p.id: p.text for p in ep.reading}
        if b.track == "transcript"
        else {p.id: p.text for p in ep.translations[0].paragraphs}
    )
    assert b.paragraph is not None
    return paragraphs[b.paragraph][b.start : b.end]


def test_schema_has_bookmarks(library: Library) -> None:
    (version,) = library.conn.execute("PRAGMA user_version").fetchone()
    assert version == SCHEMA_VERSION >= 3
    columns = {r[1] for r in library.conn.execute("PRAGMA table_info(bookmarks)")}
    assert {"episode_id", "quote", "prefix", "suffix", "detached"} <= columns


def test_new_bookmark_holds_quote_context_and_counterpart() -> None:
    ep = episode()
    b = _mark(
        ep, "the hardest part is not the engineering", note="So true", tags=["#work", "sea life"]
    )
    assert (b.paragraph, b.quote) == (1, "the hardest part is not the engineering")
    assert READING[1][b.start : b.end] == b.quote
    assert b.prefix.endswith("She says") and b.suffix.startswith("but the paperwork.")
    assert b.counterpart == SUMMARY[1]
    assert b.tags == ["work", "sea-life"]
    assert (b.episode_title, b.podcast, b.published) == (ep.title, ep.podcast, ep.published)


def test_bookmark_on_the_summary_track_gets_the_reading_counterpart() -> None:
    ep = episode()
    b = _mark(ep, "文书工作", track="summary")
    assert b.track == "summary" and b.paragraph == 1
    assert b.counterpart == READING[1]
    assert counterpart_text(ep, "summary", 99) == ""


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        ("mountain goats", "not in episode"),
        ("the", "occurs"),
        ("northern waters. She says", "paragraph break"),
        ("   ", "empty"),
    ],
)
def test_place_quote_explains_what_is_wrong(quote: str, message: str) -> None:
    ep = episode()
    ep.reading[1].text = "Our guest spent ten years testing turbines in cold northern waters."
    ep.reading[2].text = "She says hello."
    with pytest.raises(BookmarkError, match=message):
        place_quote(ep, quote)


def test_store_list_edit_delete(library: Library) -> None:
    ep = episode()
    store(library, ep)
    bookmarks = BookmarkStore(library)
    first = _mark(ep, "tidal power")
    second = _mark(ep, "the paperwork")
    bookmarks.save(second)
    bookmarks.save(first)
    assert [b.quote for b in bookmarks.all(EPISODE_ID)] == ["tidal power", "the paperwork"]
    assert bookmarks.get(first.id) == first
    first.note = "edited"
    bookmarks.save(first)
    assert bookmarks.get(first.id) == first
    assert library.bookmark_counts() == {EPISODE_ID: 2}
    assert bookmarks.marks(EPISODE_ID) == [
        ("transcript", 0, first.start, first.end, first.color),
        ("transcript", 1, second.start, second.end, second.color),
    ]
    assert bookmarks.delete(first.id)
    assert not bookmarks.delete(first.id)
    assert [b.id for b in bookmarks.all()] == [second.id]


def test_reimport_reanchors_moves_corrects_and_detaches(library: Library) -> None:
    ep = episode()
    store(library, ep)
    bookmarks = BookmarkStore(library)
    moved = _mark(ep, "the hardest part is not the engineering")
    corrected = _mark(ep, "talk about tidal power and the people")
    removed = _mark(ep, "what a small island town learned", note="keep me")
    chinese = _mark(ep, "讨论潮汐能以及建造它的人", track="summary")
    for b in (moved, corrected, removed, chinese):
        bookmarks.save(b)

    v2 = episode_v2()
    assert store(library, v2, version="2") == "updated"

    after = {b.id: b for b in bookmarks.all(EPISODE_ID)}
    assert len(after) == 4
    assert after[moved.id].paragraph == 1
    assert _words(v2, after[moved.id]) == "the hardest part is not the engineering"
    assert after[moved.id].counterpart == v2.translations[0].paragraphs[1].text
    assert _words(v2, after[corrected.id]) == "talk about tidal energy and the people"
    assert after[corrected.id].quote == "talk about tidal energy and the people"
    assert _words(v2, after[chinese.id]) == "讨论潮汐能源以及建造它的人"
    gone = after[removed.id]
    assert gone.detached and gone.paragraph is None
    assert (gone.quote, gone.note) == ("what a small island town learned", "keep me")
    assert set(bookmarks.marks(EPISODE_ID)) == {
        (b.track, b.paragraph, b.start, b.end, b.color) for b in after.values() if not b.detached
    }

    # The passage comes back in a later copy: the detached bookmark is placed again.
    store(library, episode(), version="3")
    back = bookmarks.get(removed.id)
    assert back is not None and not back.detached and back.paragraph == 2


def test_reanalysis_reanchors_in_the_same_write(library: Library) -> None:
    ep = episode()
    store(library, ep)
    bookmarks = BookmarkStore(library)
    b = _mark(ep, "the hardest part is not the engineering")
    bookmarks.save(b)
    stored = library.episode(EPISODE_ID)
    assert stored is not None
    # A new analysis merges the first two reading paragraphs.
    stored.reading[0].text = f"{stored.reading[0].text} {stored.reading[1].text}"
    del stored.reading[1]
    for number, paragraph in enumerate(stored.reading):
        paragraph.id = number
    library.replace_analysis(stored, 2)
    again = bookmarks.get(b.id)
    assert again is not None and again.paragraph == 0
    assert stored.reading[0].text[again.start : again.end] == b.quote


def test_deleting_the_episode_keeps_its_bookmarks(library: Library) -> None:
    ep = episode()
    store(library, ep)
    bookmarks = BookmarkStore(library)
    b = _mark(ep, "the paperwork")
    bookmarks.save(b)
    assert library.delete(EPISODE_ID)
    kept = bookmarks.all()
    assert [k.id for k in kept] == [b.id]
    assert kept[0].episode_title == "Power from the Tides"
    store(library, ep, version="2")
    assert bookmarks.get(b.id) == b


def test_store_leaves_bookmarks_unchanged_when_the_text_is_the_same(library: Library) -> None:
    ep = episode()
    store(library, ep)
    bookmarks = BookmarkStore(library)
    b = _mark(ep, "tidal power")
    bookmarks.save(b)
    store(library, episode(), version="2")
    assert bookmarks.get(b.id) == b


def test_anchor_outside_the_text_is_refused() -> None:
    with pytest.raises(BookmarkError, match="not in the episode"):
        new_bookmark(episode(), "transcript", Anchor(0, 10, 999))
    with pytest.raises(BookmarkError, match="not in the episode"):
        new_bookmark(episode(), "nonexistent", Anchor(0, 0, 3))


def test_with_rows_the_counterpart_is_the_rendering_of_the_quoted_sentences() -> None:
    ep = make_episode()
    reading = ep.reading[1].text
    zh = ep.translations[0].paragraphs[1].text
    start = reading.index("count the lanterns")
    assert counterpart_text(ep, "transcript", 1, start, start + 18) == zh[:15]
    # A sentence the summary did not render has nothing beside it, not the whole paragraph.
    start = reading.index("120 of them")
    assert counterpart_text(ep, "transcript", 1, start, start + 11) == ""
    assert counterpart_text(ep, "summary", 1, 0, 4) == reading[: reading.index(" There")]
