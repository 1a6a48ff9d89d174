"""Files that belong to another file's episode, found by name among the files of one import.

A chapters file sits beside its transcript (``talk.vtt`` + ``talk.chapters.json``, or
``talk.json`` holding chapters), and a translation beside its transcript (``talk.en.vtt`` +
``talk.zh.vtt``). They are read with that transcript into one episode instead of being
imported alone: a lone chapters file would be an empty episode, and two language files of the
same name would be one episode overwriting itself.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from podreader.formats.cues import title_from_name
from podreader.messages import QT_TRANSLATE_NOOP
from podreader.model import Chapter, Episode, Track

#: ``talk.en.vtt`` -> ("talk", "en", ".vtt"): the language tag just before the ending.
_LANGUAGE_FILE = re.compile(r"^(.+)\.([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)(\.[A-Za-z]+)$")
_CHAPTERS_SUFFIX = ".chapters.json"
_TRANSCRIPT_ENDINGS = (".vtt", ".srt", ".json", ".ttml", ".html", ".htm", ".txt", ".xml")
_PEEK_BYTES = 4096
#: Languages a transcript is usually in, first; the other file of a pair is the translation.
_FIRST_LANGUAGES = ("en",)


@dataclass(frozen=True, slots=True)
class Planned:
    """One episode's files: the transcript, with its chapters file and translation if any."""

    path: Path
    chapters: Path | None = None
    partner: Path | None = None

    @property
    def companions(self) -> list[Path]:
        return [p for p in (self.chapters, self.partner) if p is not None]


def plan(files: Iterable[Path]) -> list[Planned]:
    """Group ``files`` (in their order) into episodes; companions are not listed on their own."""
    ordered = list(files)
    by_folder: dict[Path, list[Path]] = defaultdict(list)
    for path in ordered:
        by_folder[path.parent].append(path)
    chapters: dict[Path, Path] = {}
    partners: dict[Path, Path] = {}
    for siblings in by_folder.values():
        chapters.update(_chapters_of(siblings))
        partners.update(_pairs(siblings))
    taken = set(chapters.values()) | set(partners.values())
    return [
        Planned(path, chapters.get(path), partners.get(path))
        for path in ordered
        if path not in taken
    ]


def _chapters_of(siblings: list[Path]) -> dict[Path, Path]:
    """Transcript -> its chapters file, among files of one folder."""
    by_base: dict[str, list[Path]] = defaultdict(list)
    for path in siblings:
        by_base[title_from_name(path.name).casefold()].append(path)
    found: dict[Path, Path] = {}
    for group in by_base.values():
        if len(group) < 2:
            continue
        marked = [p for p in group if p.name.lower().endswith(_CHAPTERS_SUFFIX)]
        candidates = marked or [
            p for p in group if p.suffix.lower() == ".json" and _holds_chapters(p)
        ]
        if not candidates:
            continue
        transcripts = [
            p for p in group if p not in candidates and p.suffix.lower() in _TRANSCRIPT_ENDINGS
        ]
        for transcript in transcripts:
            found[transcript] = candidates[0]
    return found


def _holds_chapters(path: Path) -> bool:
    """A JSON file whose head has a chapters list and no transcript segments."""
    try:
        with path.open("rb") as file:
            head = file.read(_PEEK_BYTES)
    except OSError:
        return False
    return b'"chapters"' in head and b'"segments"' not in head


def _pairs(siblings: list[Path]) -> dict[Path, Path]:
    """Transcript -> the same episode's file in another language (same name and ending)."""
    by_episode: dict[tuple[str, str], list[tuple[str, Path]]] = defaultdict(list)
    for path in siblings:
        match = _LANGUAGE_FILE.match(path.name)
        if match and not path.name.lower().endswith(_CHAPTERS_SUFFIX):
            stem, language, ending = match.groups()
            by_episode[(stem.casefold(), ending.lower())].append((language.lower(), path))
    found: dict[Path, Path] = {}
    for variants in by_episode.values():
        if len({language for language, _ in variants}) < 2:
            continue
        variants.sort(key=lambda v: (not v[0].startswith(_FIRST_LANGUAGES), v[0]))
        found[variants[0][1]] = variants[1][1]
    return found


def with_translation(episode: Episode, partner: Episode) -> None:
    """Take ``partner``'s transcript as the translation of ``episode``'s."""
    source = partner.transcript
    episode.translations.insert(0, Track(source.language, "translation", source.paragraphs))
    episode.warnings.extend(partner.warnings)


def with_chapters(episode: Episode, chapters: list[Chapter]) -> None:
    """Chapters from a chapters file replace none the transcript had (transcripts have none)."""
    if chapters:
        episode.chapters = chapters
    else:
        episode.warnings.append(
            QT_TRANSLATE_NOOP(
                "Import", "The chapters file beside the transcript holds no chapters."
            )
        )
