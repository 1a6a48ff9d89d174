#!/usr/bin/env python3
"""Measure bookmark export and re-anchoring on generated bookmarks.

usage: python scripts/bench_bookmarks.py [--bookmarks 1000] [--episodes 50] [--repeat 5]

Makes ``--bookmarks`` bookmarks spread over ``--episodes`` generated bilingual episodes (about
three hours of transcript each), then times each export format (best of ``--repeat``) and the
re-anchoring of one episode's bookmarks after its paragraph breaks moved and words changed.
The goal: Markdown export of 1,000 bookmarks in under a second (exit status 1 otherwise).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from podreader.library.anchoring import Anchor, TextQuote, TrackText
from podreader.library.bookmarks import new_bookmark
from podreader.library.export import markdown_files, to_csv, to_json, to_markdown
from podreader.model import Bookmark, Episode, Paragraph, ReadingParagraph, Track

_ENGLISH = (
    "the tide turns twice a day and each turn moves more water than every river on the coast "
    "so engineers anchor turbines to the seabed where the current runs fastest and steadiest "
    "while fishermen regulators and islanders argue about noise cables permits and prices"
)
_WORDS = _ENGLISH.split()
_HANZI = "潮汐每天转向两次每次流动的水比海岸上所有河流都多所以工程师把涡轮机固定在海底"
_TARGET_S = 1.0


def _episode(rng: random.Random, number: int, paragraphs: int = 400) -> Episode:
    reading = [
        " ".join(rng.choice(_WORDS) for _ in range(rng.randint(40, 120))).capitalize() + "."
        for _ in range(paragraphs)
    ]
    summary = [
        "".join(rng.choice(_HANZI) for _ in range(80)) + "。" for _ in range(paragraphs // 4)
    ]
    return Episode(
        id=f"bench{number:011d}",
        title=f"Episode {number}: Tides, Turbines and Town Meetings",
        podcast="Sea Notes",
        published=date(2024, 1, 1) + timedelta(days=number),
        transcript=Track("en", "transcript", [Paragraph(i, t) for i, t in enumerate(reading)]),
        translations=[
            Track("zh-Hans", "summary", [Paragraph(i, t) for i, t in enumerate(summary)])
        ],
        reading=[
            ReadingParagraph(i, t, [i], counterparts={"summary": [i // 4]})
            for i, t in enumerate(reading)
        ],
    )


def _bookmarks(rng: random.Random, episode: Episode, count: int) -> list[Bookmark]:
    made: list[Bookmark] = []
    for n in range(count):
        paragraph = rng.randrange(len(episode.reading))
        text = episode.reading[paragraph].text
        start = rng.randrange(0, len(text) // 2)
        end = min(len(text), start + rng.randint(60, 240))
        bookmark = new_bookmark(
            episode,
            "transcript",
            Anchor(paragraph, start, end),
            note=f"Note {n}: *why* this matters.\n\n- one point\n- another" if n % 2 else "",
            tags=rng.sample(["policy", "energy", "people", "islands", "cost"], k=rng.randint(0, 3)),
        )
        made.append(replace(bookmark, created=datetime(2025, 1, 1, tzinfo=UTC)))
    return made


def _best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def _reanchor_seconds(
    rng: random.Random, episode: Episode, bookmarks: list[Bookmark]
) -> tuple[float, int]:
    """Re-find one episode's bookmarks after every paragraph pair merged and words changed."""
    merged = [
        " ".join(p.text for p in episode.reading[i : i + 2]).replace(" tide ", " tides ", 1)
        for i in range(0, len(episode.reading), 2)
    ]
    start = time.perf_counter()
    text = TrackText(list(enumerate(merged)))
    found = sum(
        text.locate(TextQuote(b.quote, b.prefix, b.suffix), b.paragraph) is not None
        for b in bookmarks
    )
    return time.perf_counter() - start, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bookmarks", type=int, default=1000)
    ap.add_argument("--episodes", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(1)
    episodes = [_episode(rng, n) for n in range(args.episodes)]
    per_episode = max(1, args.bookmarks // len(episodes))
    bookmarks = [b for e in episodes for b in _bookmarks(rng, e, per_episode)][: args.bookmarks]
    print(f"{len(bookmarks)} bookmarks over {len(episodes)} episodes")
    md = _best(args.repeat, lambda: to_markdown(bookmarks))
    for name, work in (
        ("markdown, one file", lambda: to_markdown(bookmarks)),
        ("markdown, per episode", lambda: markdown_files(bookmarks)),
        ("json", lambda: to_json(bookmarks)),
        ("csv", lambda: to_csv(bookmarks)),
    ):
        print(f"  export {name:22} {_best(args.repeat, work) * 1000:8.1f} ms")
    size = len(to_markdown(bookmarks).encode("utf-8"))
    print(f"  markdown size          {size / 1024:8.0f} KiB")
    mine = [b for b in bookmarks if b.episode_id == episodes[0].id]
    seconds, found = _reanchor_seconds(rng, episodes[0], mine)
    chars = sum(len(p.text) for p in episodes[0].reading)
    print(
        f"  re-anchor {len(mine)} bookmarks in a {chars / 1000:.0f}k-character episode: "
        f"{seconds * 1000:.1f} ms, {found} found"
    )
    ok = md < _TARGET_S
    verdict = "OK" if ok else "TOO SLOW"
    print(f"markdown export {md * 1000:.1f} ms: {verdict} (goal < {_TARGET_S:.0f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
