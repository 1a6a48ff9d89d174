"""The real sample page as an Episode, built here so these tests do not depend on the parser.

Tests must skip when the shared folder beside the checkout is absent; the text is read at test
time and never copied into the project.
"""

from __future__ import annotations

import re
from pathlib import Path

from podreader.model import Chapter, Episode, Paragraph, Track


def load_sample(page: Path) -> Episode:
    """``page`` is the conftest's ``sample_page`` (which skips when the page is absent)."""
    text = page.read_text(encoding="utf-8")
    lines = text.split("\n")
    topics = lines[lines.index("Topics") + 1]
    zh = [p.strip() for p in re.split(r"(?<=[。！？?!])\s+", topics) if p.strip()]
    en = [p.strip() for p in text[text.index("中文\n") + 3 :].split("\n\n") if p.strip()]
    chapters_block = text[text.index("\nChapters\n") + 10 : text.index("\nShownotes Transcript")]
    chapters = []
    for block in chapters_block.strip().split("\n\n"):
        parts = block.split("\n")
        points = [p.strip().lstrip("\u2022").strip() for p in parts[1:]]
        chapters.append(Chapter(summary=parts[0], points=points))
    return Episode(
        id="sample",
        title="sample",
        podcast="sample",
        chapters=chapters,
        transcript=Track("en", "transcript", [Paragraph(i, p) for i, p in enumerate(en)]),
        translations=[Track("zh-Hans", "summary", [Paragraph(i, p) for i, p in enumerate(zh)])],
    )
