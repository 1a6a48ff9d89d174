"""What every timed transcript format shares: cues in, an episode of paragraphs out.

Cue files cut speech into caption-sized pieces of a few seconds. A paragraph per cue would read
like a telegram, so cues are joined into paragraphs that end where the speaker changes, where
the speech pauses, or, in a long monologue, at a sentence end once the paragraph is long enough.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from podreader.errors import ParseError
from podreader.messages import QT_TRANSLATE_NOOP
from podreader.model import Episode, Paragraph, Track, episode_id
from podreader.text.language import HAN, detect_language

#: A silence at least this long (seconds) between cues starts a new paragraph.
PAUSE_S = 2.0
#: A paragraph this long ends at its next sentence end, and at three times this size anyway.
PARAGRAPH_CHARS = 600
_SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’)」』）]*$")
_CLOCK = re.compile(r"^(?:(?:(\d+):)?(\d{1,2}):)?(\d+(?:\.\d*)?)$")
_OFFSET = re.compile(r"^(\d+(?:\.\d*)?)(h|m|s|ms)$")
_OFFSET_UNITS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
#: File name endings that say what the file is, not which episode: ``talk.en.vtt`` is "talk".
_KIND_SUFFIX = re.compile(
    r"(?:\.(?:en|zh|es|fr|de|ja|ko|pt|it|ru|nl|sv|[a-z]{2}[-_][A-Za-z]{2,4}))?"
    r"(?:\.(?:transcript|chapters|captions|subtitles))?"
    r"(?:\.(?:vtt|srt|json|html?|ttml|xml|txt|mhtml?|opml))?$",
    re.IGNORECASE,
)
#: Share of cues with a Chinese line and a line in another language that makes a file bilingual.
BILINGUAL_SHARE = 0.6
#: Punctuation that word-level transcripts give a segment of its own: it joins the word before.
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}…%”’，。；：！？）」』")
_HAN = re.compile(f"[{HAN}]")
#: Han characters and the CJK punctuation between them: joined without a space.
_CJK = re.compile(f"[\u3000-\u303f\uff00-\uffef{HAN}]")
#: ``Sarah:`` or ``Dr. Ann Lee:`` or ``主持人：`` opening a cue or a line names who speaks.
_LABEL = re.compile(
    rf"((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){{0,3}}|[{HAN}]{{2,6}})(?::[ \t]+|：\s*)(.*)",
    re.DOTALL,
)


@dataclass(slots=True)
class Cue:
    start: float
    end: float
    text: str
    speaker: str | None = None


@dataclass(slots=True)
class _Group:
    start: float
    end: float
    speaker: str | None
    parts: list[str] = field(default_factory=list)
    times: list[tuple[float, float]] = field(default_factory=list)
    size: int = 0


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


def join_lines(text: str) -> str:
    """Join wrapped lines: with a space between Latin words, with nothing between Chinese."""
    parts = [part.strip() for part in text.split("\n") if part.strip()]
    return join_parts(parts)


def join_parts(parts: list[str]) -> str:
    return joined_with_offsets(parts)[0]


def joined_with_offsets(parts: list[str]) -> tuple[str, list[int]]:
    """``parts`` joined as :func:`join_parts` does, and where each part starts in the result."""
    joined = ""
    offsets: list[int] = []
    for part in parts:
        if joined and part:
            cjk = _CJK.match(joined[-1]) and _CJK.match(part[0])
            joined += "" if cjk or part[0] in _NO_SPACE_BEFORE else " "
        offsets.append(len(joined))
        joined += part
    return joined, offsets


def speaker_label(text: str) -> tuple[str | None, str]:
    """``("Sarah", "Hello")`` for ``"Sarah: Hello"``; ``(None, text)`` when no one is named."""
    match = _LABEL.fullmatch(text.strip())
    if match is None:
        return None, text
    return match.group(1), match.group(2)


def clock(value: str) -> float:
    """Seconds in ``SS.mmm``, ``M:SS.mmm``, ``H:MM:SS.mmm``, ``12.5s`` or ``800ms``."""
    value = value.strip().replace(",", ".")
    match = _CLOCK.match(value)
    if match:
        hours, minutes, seconds = match.groups()
        return int(hours or 0) * 3600 + int(minutes or 0) * 60 + float(seconds)
    match = _OFFSET.match(value)
    if match:
        return float(match.group(1)) * _OFFSET_UNITS[match.group(2)]
    raise ValueError(f"not a clock value: {value!r}")


def title_from_name(name: str) -> str:
    """The episode a file name names: ``talk.en.vtt`` and ``talk.zh.vtt`` both say "talk"."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    stem = _KIND_SUFFIX.sub("", base) or base
    return " ".join(stem.replace("_", " ").split())


def paragraphs_from_cues(cues: Iterable[Cue]) -> list[Paragraph]:
    """Cues in time order joined into paragraphs (see the module docstring)."""
    groups: list[_Group] = []
    previous: Cue | None = None
    for cue in sorted(cues, key=lambda c: c.start):
        lines = [line.strip() for line in cue.text.split("\n") if line.strip()]
        if previous is not None and cue.start <= previous.end + 0.05:
            if (cue.start, cue.end, cue.text) == (previous.start, previous.end, previous.text):
                continue  # the same cue twice
            # Rolling captions repeat the last line of the previous cue as their first line.
            if len(lines) > 1 and lines[0] == previous.text.rsplit("\n", 1)[-1].strip():
                lines = lines[1:]
        previous = cue
        if not lines:
            continue
        text = join_parts(lines)
        group = groups[-1] if groups else None
        if group is None or _starts_paragraph(group, cue):
            group = _Group(cue.start, cue.end, cue.speaker)
            groups.append(group)
        group.parts.append(text)
        group.times.append((cue.start, cue.end))
        group.size += len(text) + 1
        group.end = max(group.end, cue.end)
    return [_paragraph(number, g) for number, g in enumerate(groups)]


def _paragraph(number: int, group: _Group) -> Paragraph:
    text, offsets = joined_with_offsets(group.parts)
    cues = tuple((at, a, b) for at, (a, b) in zip(offsets, group.times, strict=True))
    return Paragraph(number, text, group.start, group.end, group.speaker, cues)


def _starts_paragraph(group: _Group, cue: Cue) -> bool:
    if cue.speaker is not None and cue.speaker != group.speaker:
        return True
    if cue.start - group.end >= PAUSE_S:
        return True
    if group.size >= 3 * PARAGRAPH_CHARS:
        return True
    return group.size >= PARAGRAPH_CHARS and bool(_SENTENCE_END.search(group.parts[-1]))


def timed_episode(
    cues: Iterable[Cue],
    name: str,
    kind: str,
    *,
    title: str | None = None,
    podcast: str = "",
    warnings: list[str] | None = None,
) -> Episode:
    """The episode of a cue file; ``kind`` names the format in the refusal of an empty one.

    Subtitles made for two audiences hold a line in each language in every cue: those become
    a transcript (the other language) and its Chinese translation, aligned by their times.
    """
    cues = list(cues)
    halves = _split_languages(cues)
    paragraphs = paragraphs_from_cues(halves[0] if halves else cues)
    if not paragraphs:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "The {kind} file holds no transcript text; choose a file with cues."
            ).format(kind=kind)
        )
    title = title or title_from_name(name) or _first_words(paragraphs[0].text)
    translations = []
    if halves:
        chinese = paragraphs_from_cues(halves[1])
        translations.append(Track(_language(chinese), "translation", chinese))
    return Episode(
        id=episode_id(podcast, title, None),
        title=title,
        podcast=podcast,
        transcript=Track(_language(paragraphs), "transcript", paragraphs),
        translations=translations,
        warnings=warnings or [],
    )


def _language(paragraphs: list[Paragraph]) -> str:
    return detect_language("\n".join(p.text for p in paragraphs[:200]))


def _mostly_han(line: str) -> bool:
    """A Chinese line: a third of its letters or more are Han (names in Latin letters are common
    in Chinese subtitles; a Chinese name in an English line is short)."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _HAN.match(c)) * 3 >= len(letters)


def _split_languages(cues: list[Cue]) -> tuple[list[Cue], list[Cue]] | None:
    """The other-language lines and the Chinese lines of cues that mostly hold both, or None."""
    # Most files hold one language: too few cues with any Chinese at all settles it without
    # weighing every letter of every line.
    with_han = sum(1 for cue in cues if _HAN.search(cue.text))
    if with_han < BILINGUAL_SHARE * sum(1 for cue in cues if cue.text.strip()):
        return None
    with_text = both = 0
    for cue in cues:
        flags = {_mostly_han(line) for line in cue.text.split("\n") if line.strip()}
        with_text += bool(flags)
        both += len(flags) == 2
    if not with_text or both < BILINGUAL_SHARE * with_text:
        return None

    def lines(cue: Cue, han: bool) -> str:
        return "\n".join(
            line for line in cue.text.split("\n") if line.strip() and _mostly_han(line) == han
        )

    return (
        [Cue(c.start, c.end, lines(c, False), c.speaker) for c in cues],
        [Cue(c.start, c.end, lines(c, True), c.speaker) for c in cues],
    )


def _first_words(text: str) -> str:
    if has_han(text[:40]):
        return text[:20]
    return " ".join(text.split()[:8])
