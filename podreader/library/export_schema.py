"""What a JSON bookmark export must hold, as a JSON Schema checked over the whole file.

An export is validated as a whole before any bookmark is read from it, so a bad file is
refused with one sentence naming its first bad item and nothing of it is imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from podreader.library.bookmarks import BookmarkError, parse_time
from podreader.messages import QT_TRANSLATE_NOOP, Message

#: A count of characters or paragraphs: a whole number SQLite can store (``1e400`` is not).
_COUNT = {"type": "integer", "minimum": 0, "maximum": 2**53}
_TEXT = {"type": "string"}
_NAME = {"type": "string", "minLength": 1}

BOOKMARK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "episode_id", "track", "start", "end", "quote", "created", "updated"],
    "properties": {
        "id": _NAME,
        "episode_id": _NAME,
        "episode_title": _TEXT,
        "podcast": _TEXT,
        "published": {"type": ["string", "null"], "format": "date"},
        "track": _NAME,
        "paragraph": {"anyOf": [_COUNT, {"type": "null"}]},
        "start": _COUNT,
        "end": _COUNT,
        "quote": _TEXT,
        "prefix": _TEXT,
        "suffix": _TEXT,
        "counterpart": _TEXT,
        "note": _TEXT,
        "tags": {"type": "array", "items": _TEXT},
        "color": _TEXT,
        "created": {"type": "string", "format": "date-time"},
        "updated": {"type": "string", "format": "date-time"},
        "detached": {"type": "boolean"},
    },
}

EXPORT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["format", "bookmarks"],
    "properties": {
        "format": _TEXT,
        "version": {"type": "integer", "minimum": 1},
        "bookmarks": {"type": "array", "items": BOOKMARK_SCHEMA},
    },
}

_formats = FormatChecker(["date"])


@_formats.checks("date-time", raises=ValueError)
def _is_time(value: object) -> bool:
    if isinstance(value, str):
        parse_time(value)  # the import's own reading, so that whatever passes here imports
    return True


_validator = Draft202012Validator(EXPORT_SCHEMA, format_checker=_formats)


def check_export(document: object) -> None:
    """Raise :class:`BookmarkError` naming the first bad item of ``document``, if any."""
    errors = sorted(_validator.iter_errors(document), key=_position)
    if errors:
        raise BookmarkError(_sentence(document, errors[0]))


def _position(error: ValidationError) -> list[tuple[int, str]]:
    """Errors in file order: the first bookmark's before the second's, whatever the field."""
    return [(part, "") if isinstance(part, int) else (-1, part) for part in error.absolute_path]


def _sentence(document: object, error: ValidationError) -> Message:
    """The refusal; the schema's own description of the problem (jsonschema's) stays English."""
    path = list(error.absolute_path)
    where = QT_TRANSLATE_NOOP("Bookmarks", "The bookmark file")
    if len(path) >= 2 and path[0] == "bookmarks" and isinstance(path[1], int):
        item = document["bookmarks"][path[1]] if isinstance(document, Mapping) else None
        if isinstance(item, Mapping) and isinstance(item.get("id"), str):
            where = QT_TRANSLATE_NOOP("Bookmarks", "Bookmark {number} of the file (id {id})")
            where = where.format(number=path[1] + 1, id=item["id"])
        else:
            where = QT_TRANSLATE_NOOP("Bookmarks", "Bookmark {number} of the file")
            where = where.format(number=path[1] + 1)
        path = path[2:]
    field = "".join(f"[{p}]" if isinstance(p, int) else f"“{p}”" for p in path)
    problem = f"{field}: {error.message}" if field else error.message
    return QT_TRANSLATE_NOOP(
        "Bookmarks", "{where} is not valid ({problem}); fix that item or use another export."
    ).format(where=where, problem=problem)
