"""Hand-made bilingual episodes for the bookmark tests: a first import and a re-import of it.

The re-import is what a better parser or a re-saved page produces: paragraph breaks moved, a
word corrected, and one passage gone.
"""

from __future__ import annotations

from datetime import date

from podreader.library.store import Library, SourceInfo
from podreader.model import Episode, Paragraph, ReadingParagraph, Track

EPISODE_ID = "tidal0000000001"

READING = [
    "Welcome back to the show. Today we talk about tidal power and the people who build it.",
    "Our guest spent ten years testing turbines in cold northern waters. "
    "She says the hardest part is not the engineering but the paperwork.",
    "Later we look at what a small island town learned when it tried to run on the sea alone.",
    "Before we go, a word from our sponsor: visit example dot com for a free trial.",
]
SUMMARY = [
    "本期节目讨论潮汐能以及建造它的人。",
    "嘉宾在寒冷的北方海域测试涡轮机十年，她说最难的不是工程而是文书工作。",
    "我们还会看看一个小岛小镇尝试只靠海洋供电时学到了什么。",
]

#: The re-import: paragraph 1 split in two, paragraph 0 merged into the new 0 with a corrected
#: word ("power" -> "energy"), the island passage removed.
READING_V2 = [
    "Welcome back to the show. Today we talk about tidal energy and the people who build it. "
    "Our guest spent ten years testing turbines in cold northern waters.",
    "She says the hardest part is not the engineering but the paperwork.",
    "Before we go, a word from our sponsor: visit example dot com for a free trial.",
]
SUMMARY_V2 = [
    "本期节目讨论潮汐能源以及建造它的人。嘉宾在寒冷的北方海域测试涡轮机十年，",
    "她说最难的不是工程而是文书工作。",
]


def episode(reading: list[str] | None = None, summary: list[str] | None = None) -> Episode:
    """The bilingual test episode; each reading paragraph aligns with the summary paragraph of
    the same number when there is one."""
    reading = READING if reading is None else reading
    summary = SUMMARY if summary is None else summary
    return Episode(
        id=EPISODE_ID,
        title="Power from the Tides",
        podcast="Sea Notes: Energy, Coasts & People",
        published=date(2025, 3, 14),
        transcript=Track("en", "transcript", [Paragraph(i, t) for i, t in enumerate(reading)]),
        translations=[
            Track("zh-Hans", "summary", [Paragraph(i, t) for i, t in enumerate(summary)])
        ],
        reading=[
            ReadingParagraph(
                i, text, [i], counterparts={"summary": [i]} if i < len(summary) else {}
            )
            for i, text in enumerate(reading)
        ],
    )


def episode_v2() -> Episode:
    return episode(READING_V2, SUMMARY_V2)


def store(library: Library, ep: Episode, version: str = "1") -> str:
    """Store ``ep`` as if imported from a file whose bytes differ per ``version``."""
    return library.store(ep, SourceInfo(f"hash-{ep.id}-{version}", 100, "page.txt", "test"), 1)
