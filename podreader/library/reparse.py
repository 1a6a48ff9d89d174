"""Read kept source files again with the current parsers, updating their episodes in place.

The library keeps every imported file (``sources/``), so a better parser can improve episodes
imported before it. An episode keeps its id even if the new reading would name it otherwise,
so its bookmarks, reading position and links stay; bookmarks re-anchor to the new text.
"""

from __future__ import annotations

from dataclasses import dataclass

from podreader.errors import ParseError
from podreader.library.importer import EpisodeFiles, SourceFile, parse_files
from podreader.library.store import Library, SourceInfo, StoreStatus
from podreader.text.analysis import ANALYSIS_VERSION

#: Roles of companion files in ``sources.format`` (see :mod:`podreader.library.importer`).
_ROLES = ("chapters", "translation")


@dataclass(frozen=True, slots=True)
class ReparseResult:
    episode_id: str
    status: StoreStatus | None  # None when it failed
    title: str | None = None
    error: str | None = None


def reparse(library: Library, episode_id: str) -> ReparseResult:
    """Parse the episode's kept files again and store the result if it differs."""
    row = library.conn.execute(
        "SELECT source_hash FROM episodes WHERE id = ?", (episode_id,)
    ).fetchone()
    if row is None:
        return ReparseResult(episode_id, None, error="No episode has this id.")
    sources = {
        r["hash"]: SourceInfo(r["hash"], r["size"], r["original_name"], r["format"])
        for r in library.conn.execute(
            "SELECT hash, size, original_name, format FROM sources WHERE episode_id = ? "
            "ORDER BY imported_at DESC",
            (episode_id,),
        )
    }
    main = sources.get(row["source_hash"])
    if main is None:
        return ReparseResult(episode_id, None, error="The episode's source file is not recorded.")
    companions = {s.format: s for s in sources.values() if s.format in _ROLES}
    try:
        files = EpisodeFiles(
            _kept(library, main),
            *(_kept(library, c) if (c := companions.get(role)) else None for role in _ROLES),
        )
        parsed = parse_files(files)
    except ParseError as error:
        return ReparseResult(episode_id, None, error=str(error))
    episode = parsed.episode
    if episode is None:
        return ReparseResult(episode_id, None, error="The source file is not an episode.")
    episode.id = episode_id
    if library.episode(episode_id) == episode:
        return ReparseResult(episode_id, "unchanged", episode.title)
    main = SourceInfo(main.hash, main.size, main.original_name, parsed.format_name)
    library.store(episode, main, ANALYSIS_VERSION, list(companions.values()), reparsed=True)
    return ReparseResult(episode_id, "updated", episode.title)


def _kept(library: Library, source: SourceInfo) -> SourceFile:
    try:
        data = library.source_path(source.hash).read_bytes()
    except OSError:
        raise ParseError(
            f"The kept copy of {source.original_name} is missing from the library's sources "
            "folder; import the file again."
        ) from None
    return SourceFile(source.original_name, data, source.hash)
