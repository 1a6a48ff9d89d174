"""Made-up episode summaries and episodes for the window's tests (own words, no real page)."""

from __future__ import annotations

from datetime import date

from podreader.library.store import EpisodeSummary, Library, SourceInfo
from podreader.model import Chapter, Episode, Insight, Paragraph, Person, ReadingParagraph, Track


def summaries(n: int, podcasts: int = 3) -> list[EpisodeSummary]:
    return [
        EpisodeSummary(
            id=f"ep{i:05d}",
            title=f"Episode {i:05d} about {'gardens' if i % 2 else 'rivers'}",
            podcast=f"Show {i % podcasts}",
            published=date(2020, 1, 1 + i % 28) if i % 7 else None,
            languages=("en", "zh-Hans"),
            revision=1,
        )
        for i in range(n)
    ]


def episode(number: int, paragraphs: int = 40, chapters: int = 3) -> Episode:
    """A bilingual episode whose chapters start at evenly spaced reading paragraphs."""
    step = max(1, paragraphs // chapters)
    reading = [
        ReadingParagraph(
            i,
            f"Paragraph {i} of episode {number} talks about the slow work of keeping bees. " * 3,
            [i],
            counterparts={"summary": [i // 2]},
        )
        for i in range(paragraphs)
    ]
    return Episode(
        id=f"episode-{number}",
        title=f"Bees and patience, part {number}",
        podcast="The Quiet Garden",
        published=date(2024, 5, 1 + number % 28),
        people=[Person("Ada Field", "keeps bees on a city roof"), Person("主持人")],
        insights=[Insight("Why do bees swarm?", "Because the hive grew too full.", 2)],
        chapters=[
            Chapter(
                f"Chapter {c} explains one more step of the beekeeping year in some detail.",
                [f"point {c}.1", f"point {c}.2"],
                paragraph=c * step,
            )
            for c in range(chapters)
        ],
        transcript=Track("en", "transcript", [Paragraph(r.id, r.text) for r in reading]),
        translations=[
            Track(
                "zh-Hans",
                "summary",
                [Paragraph(i, f"第{i}段:养蜂需要耐心和细心。") for i in range(paragraphs // 2)],
            )
        ],
        reading=reading,
    )


def store(library: Library, *episodes: Episode) -> None:
    for ep in episodes:
        library.store(ep, SourceInfo(f"hash-{ep.id}", 1, f"{ep.id}.txt", "podquest"), 0)
