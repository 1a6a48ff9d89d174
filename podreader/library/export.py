"""Bookmarks out of (and back into) the library: Markdown to read, JSON to keep, CSV to sort.

Markdown is written for note apps such as Obsidian: YAML front matter, one heading per episode
and per bookmark, the quote and its counterpart as blockquotes, the note as it was typed (it may
itself be Markdown) and the tags as ``#tags``. JSON holds every field, so an export re-imports
without loss; bookmark ids are UUIDs, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from podreader.library.bookmarks import DEFAULT_COLOR, BookmarkError, clean_tags, parse_time
from podreader.library.export_schema import check_export
from podreader.messages import QT_TRANSLATE_NOOP
from podreader.model import Bookmark

FORMATS = ("md", "json", "csv")
JSON_FORMAT = "podreader-bookmarks"
JSON_VERSION = 1

_HEADING_CHARS = 60
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


# -- Markdown -----------------------------------------------------------------------------------


def _yaml(value: str) -> str:
    """A YAML scalar: JSON string syntax is valid YAML and escapes what needs escaping."""
    return json.dumps(value, ensure_ascii=False)


def _blockquote(text: str) -> list[str]:
    return [f"> {line}".rstrip() for line in text.strip().splitlines()]


def _heading_text(quote: str) -> str:
    words = " ".join(quote.split())
    if len(words) <= _HEADING_CHARS:
        return words
    cut = words[:_HEADING_CHARS]
    if " " in cut[_HEADING_CHARS // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.，。、") + "…"


def _byline(bookmark: Bookmark) -> str:
    parts = [bookmark.podcast or "Unknown podcast"]
    if bookmark.published:
        parts.append(bookmark.published.isoformat())
    return " · ".join(parts)


def _bookmark_markdown(bookmark: Bookmark, level: int) -> list[str]:
    lines = [f"{'#' * level} {_heading_text(bookmark.quote)}", ""]
    lines += _blockquote(bookmark.quote)
    if bookmark.counterpart.strip():
        lines += ["", *_blockquote(bookmark.counterpart)]
    if bookmark.detached:
        lines += [
            "",
            "*This passage is no longer in the episode's text; the quote is as last seen.*",
        ]
    if bookmark.note.strip():
        lines += ["", bookmark.note.strip()]
    if bookmark.tags:
        lines += ["", " ".join(f"#{tag}" for tag in bookmark.tags)]
    lines += ["", f"*Saved {bookmark.created.date().isoformat()}*", ""]
    return lines


def _episode_title(bookmark: Bookmark) -> str:
    return bookmark.episode_title or f"Episode {bookmark.episode_id}"


def _by_episode(bookmarks: Iterable[Bookmark]) -> list[list[Bookmark]]:
    """Bookmarks grouped per episode, keeping the order they came in (the library's order)."""
    groups: dict[str, list[Bookmark]] = {}
    for bookmark in bookmarks:
        groups.setdefault(bookmark.episode_id, []).append(bookmark)
    return list(groups.values())


def episode_markdown(bookmarks: Sequence[Bookmark]) -> str:
    """One episode's bookmarks as a note of its own, with the episode in the front matter."""
    first = bookmarks[0]
    lines = [
        "---",
        f"title: {_yaml(_episode_title(first))}",
        f"podcast: {_yaml(first.podcast)}",
    ]
    if first.published:
        lines.append(f"date: {first.published.isoformat()}")
    lines += [f"episode_id: {_yaml(first.episode_id)}", "---", ""]
    lines += [f"# {_episode_title(first)}", "", f"*{_byline(first)}*", ""]
    for bookmark in bookmarks:
        lines += _bookmark_markdown(bookmark, 2)
    return "\n".join(lines).rstrip() + "\n"


def to_markdown(bookmarks: Iterable[Bookmark]) -> str:
    """All bookmarks in one note: a section per episode."""
    groups = _by_episode(bookmarks)
    count = sum(len(g) for g in groups)
    lines = ["---", 'title: "Bookmarks"', f"bookmarks: {count}", "---", "", "# Bookmarks", ""]
    for group in groups:
        first = group[0]
        lines += [f"## {_episode_title(first)}", "", f"*{_byline(first)}*", ""]
        for bookmark in group:
            lines += _bookmark_markdown(bookmark, 3)
    return "\n".join(lines).rstrip() + "\n"


def markdown_files(bookmarks: Iterable[Bookmark]) -> dict[str, str]:
    """File name -> note, one per episode; names are the date and title, safe on every system."""
    files: dict[str, str] = {}
    for group in _by_episode(bookmarks):
        first = group[0]
        stem = f"{first.published.isoformat()} " if first.published else ""
        stem = _UNSAFE_NAME.sub(" ", stem + _episode_title(first))
        stem = " ".join(stem.split()).strip(". ")[:100] or first.episode_id
        name = f"{stem}.md"
        if name in files:
            name = f"{stem} {first.episode_id}.md"
        files[name] = episode_markdown(group)
    return files


def citation_markdown(bookmark: Bookmark) -> str:
    """One bookmark to paste into a note: the quote and its counterpart as blockquotes, then
    the episode, podcast and date it is from."""
    lines = _blockquote(bookmark.quote)
    if bookmark.counterpart.strip():
        lines += [">", *_blockquote(bookmark.counterpart)]
    lines += [">", f"> — *{_episode_title(bookmark)}*, {_byline(bookmark).replace(' · ', ', ')}"]
    return "\n".join(lines) + "\n"


# -- JSON ---------------------------------------------------------------------------------------


def bookmark_to_dict(bookmark: Bookmark) -> dict[str, Any]:
    return {
        "id": bookmark.id,
        "episode_id": bookmark.episode_id,
        "episode_title": bookmark.episode_title,
        "podcast": bookmark.podcast,
        "published": bookmark.published.isoformat() if bookmark.published else None,
        "track": bookmark.track,
        "paragraph": bookmark.paragraph,
        "start": bookmark.start,
        "end": bookmark.end,
        "quote": bookmark.quote,
        "prefix": bookmark.prefix,
        "suffix": bookmark.suffix,
        "counterpart": bookmark.counterpart,
        "note": bookmark.note,
        "tags": bookmark.tags,
        "color": bookmark.color,
        "created": bookmark.created.isoformat(),
        "updated": bookmark.updated.isoformat(),
        "detached": bookmark.detached,
    }


def bookmark_from_dict(data: dict[str, Any]) -> Bookmark:
    """A bookmark of an export that passed :func:`check_export` (whole numbers may be floats)."""
    published = data.get("published")
    paragraph = data.get("paragraph")
    return Bookmark(
        id=data["id"],
        episode_id=data["episode_id"],
        track=data["track"],
        paragraph=None if paragraph is None else int(paragraph),
        start=int(data["start"]),
        end=int(data["end"]),
        quote=data["quote"],
        prefix=data.get("prefix", ""),
        suffix=data.get("suffix", ""),
        counterpart=data.get("counterpart", ""),
        note=data.get("note", ""),
        tags=clean_tags(data.get("tags", [])),
        color=data.get("color", DEFAULT_COLOR),
        created=parse_time(data["created"]),
        updated=parse_time(data["updated"]),
        detached=data.get("detached", False),
        episode_title=data.get("episode_title", ""),
        podcast=data.get("podcast", ""),
        published=date.fromisoformat(published) if published else None,
    )


def export_document(bookmarks: Iterable[Bookmark]) -> dict[str, Any]:
    """The JSON export as data, before it is written."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "bookmarks": [bookmark_to_dict(b) for b in bookmarks],
    }


def to_json(bookmarks: Iterable[Bookmark]) -> str:
    return json.dumps(export_document(bookmarks), ensure_ascii=False, indent=2) + "\n"


def from_json(text: str) -> list[Bookmark]:
    """Bookmarks of a JSON export; raises :class:`BookmarkError` for anything else."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        raise BookmarkError(
            QT_TRANSLATE_NOOP(
                "Bookmarks",
                "The file is not JSON; "
                "choose a file made by 'podreader bookmarks export --format json'.",
            )
        ) from None
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise BookmarkError(
            QT_TRANSLATE_NOOP(
                "Bookmarks",
                "The file is not a podreader bookmark export; "
                "choose one made by 'podreader bookmarks export --format json'.",
            )
        )
    version = document.get("version")
    if isinstance(version, int) and version > JSON_VERSION:
        raise BookmarkError(
            QT_TRANSLATE_NOOP(
                "Bookmarks",
                "The file was written by a newer podreader; update podreader to read it.",
            )
        )
    check_export(document)
    return [bookmark_from_dict(item) for item in document["bookmarks"]]


# -- CSV ----------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "id",
    "episode_id",
    "episode_title",
    "podcast",
    "published",
    "track",
    "paragraph",
    "start",
    "end",
    "quote",
    "counterpart",
    "note",
    "tags",
    "color",
    "created",
    "updated",
    "detached",
)


#: A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """OWASP's defence against CSV injection: a leading quote makes a would-be formula text."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(bookmarks: Iterable[Bookmark]) -> str:
    """One row per bookmark; tags are joined with spaces as ``#tag`` words; no cell is run as
    a formula by a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for bookmark in bookmarks:
        row = bookmark_to_dict(bookmark)
        row["tags"] = " ".join(f"#{t}" for t in bookmark.tags)
        row["paragraph"] = "" if bookmark.paragraph is None else bookmark.paragraph
        row["published"] = row["published"] or ""
        row["detached"] = "yes" if bookmark.detached else ""
        writer.writerow([_cell(row[c]) for c in CSV_COLUMNS])
    return out.getvalue()


def export(bookmarks: Iterable[Bookmark], fmt: str) -> str:
    """All bookmarks as one text in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "md":
        return to_markdown(bookmarks)
    if fmt == "json":
        return to_json(bookmarks)
    if fmt == "csv":
        return to_csv(bookmarks)
    raise ValueError(f"unknown export format {fmt!r}")
