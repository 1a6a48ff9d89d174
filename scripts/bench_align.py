"""Time text analysis on a 3-hour episode.

Builds a synthetic episode page with the shared corpus generator (Markov text trained on the real
sample), grows its transcript to about 27,000 English words and its Chinese summary to about
14,000 characters by repeating paragraphs, parses it with ``podreader.formats.parse_bytes`` and
times ``analyze()``.

usage: python scripts/bench_align.py [--shared ../shared] [--runs 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from podreader.formats import parse_bytes
from podreader.model import Episode, Paragraph
from podreader.text.analysis import analyze

WORDS = 27_000
ZH_CHARS = 14_000


def _grow(paragraphs: list[Paragraph], enough: int, size: int) -> list[Paragraph]:
    """Repeat the paragraphs in order until ``size`` of them adds up to ``enough``."""
    texts = [p.text for p in paragraphs]
    out: list[str] = []
    total = 0
    while total < enough:
        for text in texts:
            out.append(text)
            total += len(text.split()) if size == 0 else len(text)
            if total >= enough:
                break
    return [Paragraph(i, t) for i, t in enumerate(out)]


def build(shared: Path) -> Episode:
    sample = shared / "samples" / "podquest" / "000_97b403ac0f2311d0.txt"
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                sys.executable,
                str(shared / "tools" / "gen_corpus.py"),
                str(sample),
                tmp,
                "--episodes",
                "1",
                "--minutes",
                "180",
                "--seed",
                "1",
            ],
            check=True,
        )
        episode = parse_bytes(next(Path(tmp).iterdir()).read_bytes())
    episode.transcript.paragraphs = _grow(episode.transcript.paragraphs, WORDS, 0)
    for track in episode.translations:
        track.paragraphs = _grow(track.paragraphs, ZH_CHARS, 1)
    return episode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared"
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    episode = build(args.shared)
    words = sum(len(p.text.split()) for p in episode.transcript.paragraphs)
    zh = sum(len(p.text) for t in episode.translations for p in t.paragraphs)
    best = float("inf")
    for _ in range(args.runs):
        start = time.perf_counter()
        analyze(episode)
        best = min(best, time.perf_counter() - start)
    print(f"command: python scripts/bench_align.py --runs {args.runs}")
    others = sum(len(t.paragraphs) for t in episode.translations)
    print(
        f"episode: {words} English words in {len(episode.transcript.paragraphs)} paragraphs, "
        f"{zh} characters in {others} other paragraphs, {len(episode.chapters)} chapters"
    )
    print(
        f"analyze(): best of {args.runs} runs {best:.3f} s, "
        f"{len(episode.reading)} reading paragraphs"
    )


if __name__ == "__main__":
    main()
