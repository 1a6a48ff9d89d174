"""The PodQuest episode page as users saved it before the service closed (docs/podquest-format.md).

Every section is optional and its order is a habit, so the page is read as a header followed by
named sections; everything after ``Shownotes Transcript`` is transcript. Only a page without any
transcript is refused: storing its header alone would look like a complete episode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from podreader.formats import Format, ParseError, Source, register
from podreader.formats.cues import has_han, join_lines
from podreader.messages import QT_TRANSLATE_NOOP
from podreader.model import Chapter, Episode, Insight, Paragraph, Person, Track, episode_id
from podreader.text.decoding import decode
from podreader.text.language import detect_language

TRANSCRIPT = "Shownotes Transcript"
SECTIONS = frozenset({"People", "Topics", "Deep Dive", "Key Insights", "Chapters", TRANSCRIPT})
_BANNER = ("We're sunsetting PodQuest", "Export Podcast Subscriptions")
_COVER = "cover of episode "
_LOGO = "logo of podcast "
_TABS = re.compile(r"(?:(?:AI )?(?:Deep Dive|Insights|Chapters|Transcript) ?)+")
_DATE = re.compile(r"(?:Publish Date:\s*)?(\d{4})[/-](\d{1,2})[/-](\d{1,2})")
_URL = re.compile(r"(?:URL:\s*)?(https?://\S+)")
_ARTIFACTS = re.compile(r"<raw_text>\d* ?|</?context>")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_CHINESE_ENDS = ("。", "！", "？")
_CLOSING_QUOTES = "”」』）"
_SENTENCE_END = tuple("。.!?！？")
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "al", "la", "le", "da", "di"})
_SNIFF_LINES = 400
#: Headings any notes file might have; alone they do not make a PodQuest page.
_GENERIC_HEADINGS = frozenset({"People", "Topics", "Deep Dive", "Key Insights", "Chapters"})

CUT_SHORT = QT_TRANSLATE_NOOP(
    "Import", "The page ends before its transcript; it looks cut short — save the full page again."
)
UNKNOWN_HEADER_LINES = QT_TRANSLATE_NOOP(
    "Import", "Some header lines were not recognised and were skipped."
)
NOT_PODQUEST = QT_TRANSLATE_NOOP(
    "Import",
    "This file is not a PodQuest episode page; save the episode page as text and import that.",
)


def sniff(text: str) -> bool:
    """Two PodQuest landmarks near the top, one of them PodQuest's own wording.

    A cut-short page still passes, so that parse can say what is wrong with it.
    """
    head = text.split("\n", _SNIFF_LINES)[:_SNIFF_LINES]
    found: set[str] = set()
    for raw in head:
        line = raw.strip()
        if line.startswith(_COVER):
            found.add("cover")
        elif line.startswith(_LOGO):
            found.add("logo")
        elif line.startswith(_BANNER[0]):
            found.add("banner")
        elif line in SECTIONS:
            found.add(line)
        elif line and _TABS.fullmatch(line):
            found.add("tabs")
        if len(found) >= 2 and not found <= _GENERIC_HEADINGS:
            return True
    return False


def parse(data: bytes) -> Episode:
    """The episode on the page; raises ParseError for non-pages and pages without transcript."""
    return parse_text(decode(data))


def parse_text(text: str) -> Episode:
    """:func:`parse` of text already decoded (by the registry, which decodes once to sniff)."""
    if not sniff(text):
        raise ParseError(NOT_PODQUEST)
    if "<raw_text>" in text or "context>" in text:
        text = _ARTIFACTS.sub("", text)
    head, body = _split_transcript(text)
    page = _Page()
    sections = _read_header(head.split("\n"), page)
    people = _people(sections.get("People", []))
    insights = _insights(sections.get("Key Insights", []), page.warnings)
    chapters = _chapters(sections.get("Chapters", []))
    if "Chapters" in sections and not chapters:
        page.warnings.append(QT_TRANSLATE_NOOP("Import", "The page's Chapters section is empty."))
    if any(line.strip() for line in sections.get("Deep Dive", [])):
        page.warnings.append(
            QT_TRANSLATE_NOOP("Import", "Text under Deep Dive was not recognised and was skipped.")
        )
    body = _skip_translations_line(body)
    transcript = _paragraphs(_BLANK_LINES.split(body))
    if not transcript:
        raise ParseError(CUT_SHORT)
    title = page.title_line or page.title_alt
    if not title:
        raise ParseError(
            QT_TRANSLATE_NOOP(
                "Import", "The page has no episode title; save the full episode page again."
            )
        )
    podcast = page.podcast_line or page.podcast_alt or ""
    if not podcast:
        page.warnings.append(QT_TRANSLATE_NOOP("Import", "The page does not name its podcast."))
    if page.published is None and not page.bad_date:
        page.warnings.append(QT_TRANSLATE_NOOP("Import", "The page has no publish date."))
    translations = []
    topics = _topics(sections.get("Topics", []))
    if topics:
        translations.append(Track(detect_language(" ".join(topics)), "summary", _numbered(topics)))
    return Episode(
        id=episode_id(podcast, title, page.published),
        title=title,
        podcast=podcast,
        published=page.published,
        source_url=page.source_url,
        people=people,
        insights=insights,
        chapters=chapters,
        transcript=Track(detect_language(body), "transcript", _numbered(transcript)),
        translations=translations,
        warnings=page.warnings,
    )


@dataclass(slots=True)
class _Page:
    """What the header says. Alt texts (cover/logo) and visible lines may differ: lines win."""

    title_alt: str | None = None
    title_line: str | None = None
    podcast_alt: str | None = None
    podcast_line: str | None = None
    published: date | None = None
    bad_date: bool = False
    source_url: str | None = None
    warnings: list[str] = field(default_factory=list)

    def take_unknown(self, line: str) -> None:
        """A bare line is the title, then the podcast name (pages saved without image alt text)."""
        if self.podcast_alt is not None:
            if self.podcast_line is None:
                self.podcast_line = line
                return
        elif self.title_line is None:
            self.title_line = line
            return
        elif self.podcast_line is None:
            self.podcast_line = line
            return
        if UNKNOWN_HEADER_LINES not in self.warnings:
            self.warnings.append(UNKNOWN_HEADER_LINES)


def _split_transcript(text: str) -> tuple[str, str]:
    """Split at the ``Shownotes Transcript`` line; the part after it is never read as sections."""
    start = 0
    while (at := text.find(TRANSCRIPT, start)) >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        if line_end < 0:
            line_end = len(text)
        if text[line_start:line_end].strip() == TRANSCRIPT:
            return text[:line_start], text[line_end:]
        start = at + len(TRANSCRIPT)
    raise ParseError(CUT_SHORT)


def _read_header(lines: list[str], page: _Page) -> dict[str, list[str]]:
    """Fill ``page`` from the header lines and return the lines of each named section."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in lines:
        line = raw.strip()
        if line in SECTIONS:
            current = sections.setdefault(line, [])
        elif current is not None:
            current.append(raw)
        elif not line or line.startswith(_BANNER):
            continue
        elif line.startswith(_COVER):
            page.title_alt = line[len(_COVER) :].strip() or None
        elif line.startswith(_LOGO):
            page.podcast_alt = line[len(_LOGO) :].strip() or None
        elif (match := _DATE.fullmatch(line)) and page.published is None:
            _set_date(page, match)
        elif (match := _URL.fullmatch(line)) and page.source_url is None:
            page.source_url = match.group(1)
        elif not _TABS.fullmatch(line):  # the tab line only names the sections that follow
            page.take_unknown(line)
    return sections


def _set_date(page: _Page, match: re.Match[str]) -> None:
    year, month, day = (int(part) for part in match.groups())
    try:
        page.published = date(year, month, day)
    except ValueError:
        page.bad_date = True
        page.warnings.append(
            QT_TRANSLATE_NOOP(
                "Import", "The publish date {date} is not a real date; it was left out."
            ).format(date=repr(match.group(0)))
        )


def _people(lines: list[str]) -> list[Person]:
    """Entries are a name and an optional one-line description.

    When the page shows avatar initials (a one-character line equal to the first character of
    the next line), they mark where entries start. Without them, a short name-like line starts
    an entry and a sentence-like line describes the entry before it.
    """
    entries = [line.strip() for line in lines if line.strip()]
    named = {
        index + 1
        for index, (line, following) in enumerate(pairwise(entries))
        if len(line) == 1 and following[:1].casefold() == line.casefold()
    }
    people: list[tuple[str, list[str]]] = []
    for index, line in enumerate(entries):
        if index + 1 in named:
            continue  # the avatar initial itself
        if not people:
            starts_entry = True
        elif named:
            starts_entry = index in named
        else:
            starts_entry = _looks_like_name(line) or bool(people[-1][1])
        if starts_entry:
            people.append((line, []))
        else:
            people[-1][1].append(line)
    return [Person(name, " ".join(about) or None) for name, about in people]


def _looks_like_name(line: str) -> bool:
    """Names and roles are short and not sentences; descriptions are sentence-like."""
    if line.endswith(_SENTENCE_END) or "，" in line or "," in line:
        return False
    if has_han(line):
        return len(line) <= 8
    words = line.split()
    return len(words) <= 4 and all(word[:1].isupper() or word in _NAME_PARTICLES for word in words)


def _topics(lines: list[str]) -> list[str]:
    """Topics paragraphs share a line, joined by single spaces: split after paragraph ends."""
    paragraphs: list[str] = []
    words: list[str] = []
    for line in lines:
        for word in line.split():
            words.append(word)
            if _ends_topic_paragraph(word):
                paragraphs.append(" ".join(words))
                words = []
        if words:
            paragraphs.append(" ".join(words))
            words = []
    return paragraphs


def _ends_topic_paragraph(word: str) -> bool:
    """A paragraph ends at 。！？, or at ASCII ? ! right after a Han character: English words
    and numbers inside Chinese text carry ASCII punctuation that ends no paragraph."""
    end = word.rstrip(_CLOSING_QUOTES)
    if end.endswith(_CHINESE_ENDS):
        return True
    return len(end) >= 2 and end[-1] in "?!" and has_han(end[-2])


def _insights(lines: list[str], warnings: list[str]) -> list[Insight]:
    """Question line, blank line, answer paragraph; a block of several lines is both at once."""
    blocks = [block.strip() for block in _BLANK_LINES.split("\n".join(lines)) if block.strip()]
    insights: list[Insight] = []
    pending: str | None = None
    for block in blocks:
        if pending is None:
            question, _, answer = block.partition("\n")
            if answer.strip():
                insights.append(Insight(question.strip(), join_lines(answer)))
            else:
                pending = question.strip()
        else:
            insights.append(Insight(pending, join_lines(block)))
            pending = None
    if pending is not None:
        warnings.append(
            QT_TRANSLATE_NOOP("Import", "A Key Insights question has no answer and was left out.")
        )
    return insights


def _chapters(lines: list[str]) -> list[Chapter]:
    """A chapter is summary lines then ``  • point`` bullets; a summary after bullets starts one."""
    chapters: list[Chapter] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if line.startswith("•"):
            if not chapters:
                chapters.append(Chapter(summary=""))
            point = line[1:].strip()
            if point:
                chapters[-1].points.append(point)
        elif not chapters or chapters[-1].points:
            chapters.append(Chapter(summary=line))
        else:
            chapters[-1].summary = join_lines(f"{chapters[-1].summary}\n{line}")
    return chapters


def _skip_translations_line(body: str) -> str:
    """Drop ``Translations:`` and the short language lines under it (``中文``): page chrome."""
    stripped = body.lstrip()
    if not stripped.startswith("Translations:"):
        return body
    lines = stripped.split("\n")
    index = 1
    while index < len(lines) and 0 < len(lines[index].strip()) <= 20:
        index += 1
    return "\n".join(lines[index:])


def _paragraphs(blocks: list[str]) -> list[str]:
    """Stripped, non-empty blocks, each on one line."""
    out = []
    for block in blocks:
        text = block.strip()
        if text:
            out.append(join_lines(text) if "\n" in text else text)
    return out


def _numbered(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(index, text) for index, text in enumerate(texts)]


def _parse_source(source: Source) -> Episode:
    return parse_text(source.text)


register(Format("podquest", sniff, _parse_source))
