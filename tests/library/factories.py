"""Hand-built episodes for library tests, independent of the parser."""

from __future__ import annotations

import hashlib
from datetime import date

from podreader.library.store import SourceInfo
from podreader.model import (
    Chapter,
    Episode,
    Insight,
    Paragraph,
    Person,
    ReadingParagraph,
    Row,
    TextRange,
    Track,
    episode_id,
)


def make_episode(title: str = "Lanterns on the River", body: str = "first") -> Episode:
    published = date(2024, 3, 9)
    english = [
        f"Welcome back to the slow show, {body} edition.",
        "Today we walk along the river and count the lanterns.",
        "There were 120 of them last spring, and 62% were paper.",
    ]
    chinese = ["欢迎回来。", "今天我们沿着河走,数一数灯笼。去年春天有120个,百分之六十二是纸做的。"]
    return Episode(
        id=episode_id("Slow Show", title, published),
        title=title,
        podcast="Slow Show",
        published=published,
        people=[Person("Mira Chen", "host of the slow show"), Person("主持人")],
        insights=[Insight("How many lanterns?", "About 120.", 2)],
        chapters=[Chapter("A walk by the river.", ["lanterns", "paper"], None, 1)],
        transcript=Track("en", "transcript", [Paragraph(i, t) for i, t in enumerate(english)]),
        translations=[
            Track("zh-Hans", "summary", [Paragraph(i, t) for i, t in enumerate(chinese)])
        ],
        warnings=["No date line was found."] if body == "warn" else [],
        reading=[
            ReadingParagraph(0, english[0], [0], sponsor=False, counterparts={"summary": [0]}),
            ReadingParagraph(1, " ".join(english[1:]), [1, 2], counterparts={"summary": [1]}),
        ],
        rows={
            "summary": [
                Row([TextRange(0, 0, len(english[0]))], [TextRange(0, 0, 5)]),
                Row([TextRange(1, 0, len(english[1]))], [TextRange(1, 0, 15)]),
                Row([TextRange(1, len(english[1]) + 1, len(" ".join(english[1:])))], []),
            ]
        },
    )


def source_for(text: str, name: str = "page.txt") -> SourceInfo:
    data = text.encode()
    return SourceInfo(hashlib.sha256(data).hexdigest(), len(data), name, "podquest")
