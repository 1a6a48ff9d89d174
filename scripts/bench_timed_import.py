#!/usr/bin/env python3
"""Measure import speed for timed transcripts (WebVTT, SRT, Podcasting 2.0 JSON, TTML).

usage: python scripts/bench_timed_import.py [--episodes 200] [--minutes 60] [--seed 1]

Writes ``--episodes`` one-hour (``--minutes``) transcripts, a quarter in each format, with two
speakers taking turns and cues of three seconds, then imports them into a fresh temporary
library: parsing, text analysis and storing timed one after the other in this process, then the
whole folder as ``podreader import`` runs it (worker processes). Prints MB/s of file bytes.
The words are drawn from a fixed vocabulary with a seeded generator, so runs are repeatable.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_import import time_steps  # scripts/ is on the path when a script there runs

from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.paths import DataPaths

_VOCABULARY_TEXT = (
    "the a of to and in that it is we you they this was for on with as have be at one but not "
    "what so there can all about if would just like know think people really time going because "
    "model data market chips billion growth energy city river tea harbour boats budget research "
    "interesting question answer reason story years first second last next always never maybe"
)
VOCABULARY = _VOCABULARY_TEXT.split()
CUE_S = 3.0


def _sentences(rng: random.Random, count: int) -> list[str]:
    out = []
    for _ in range(count):
        words = rng.choices(VOCABULARY, k=rng.randint(6, 14))
        out.append(" ".join(words).capitalize() + rng.choice([".", ".", ".", "?", ","]))
    return out


def _cues(rng: random.Random, minutes: int) -> list[tuple[float, float, str, str]]:
    cues = []
    speaker = "Ann"
    for n, text in enumerate(_sentences(rng, int(minutes * 60 / CUE_S))):
        if rng.random() < 0.08:
            speaker = "Bo" if speaker == "Ann" else "Ann"
        start = n * CUE_S
        cues.append((start, start + CUE_S - 0.1, text, speaker))
    return cues


def _clock(seconds: float, comma: bool = False) -> str:
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    stamp = f"{hours:02d}:{minutes:02d}:{secs:06.3f}"
    return stamp.replace(".", ",") if comma else stamp


def vtt(cues: list[tuple[float, float, str, str]]) -> str:
    body = "".join(f"{_clock(a)} --> {_clock(b)}\n<v {s}>{t}\n\n" for a, b, t, s in cues)
    return "WEBVTT\n\n" + body


def srt(cues: list[tuple[float, float, str, str]]) -> str:
    out, last = [], None
    for n, (a, b, t, s) in enumerate(cues, 1):
        label = f"{s}: " if s != last else ""
        last = s
        out.append(f"{n}\n{_clock(a, True)} --> {_clock(b, True)}\n{label}{t}\n\n")
    return "".join(out)


def podcast_json(cues: list[tuple[float, float, str, str]]) -> str:
    segments = [{"speaker": s, "startTime": a, "endTime": b, "body": t} for a, b, t, s in cues]
    return json.dumps({"version": "1.0.0", "segments": segments})


def ttml(cues: list[tuple[float, float, str, str]]) -> str:
    paragraphs = "".join(
        f'<p begin="{a:.3f}" end="{b:.3f}" ttm:agent="{s}"><span podcasts:unit="sentence">'
        + "".join(f'<span podcasts:unit="word">{w}</span> ' for w in t.split())
        + "</span></p>\n"
        for a, b, t, s in cues
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" '
        'xmlns:ttm="http://www.w3.org/ns/ttml#metadata" '
        'xmlns:podcasts="http://podcasts.apple.com/transcript-ttml-internal"><body><div>\n'
        f"{paragraphs}</div></body></tt>\n"
    )


WRITERS: dict[str, Callable[[list[tuple[float, float, str, str]]], str]] = {
    "vtt": vtt,
    "srt": srt,
    "json": podcast_json,
    "ttml": ttml,
}


def generate(folder: Path, episodes: int, minutes: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    paths = []
    kinds = list(WRITERS)
    for n in range(episodes):
        kind = kinds[n % len(kinds)]
        path = folder / f"episode-{n:04d}.{kind}"
        path.write_text(WRITERS[kind](_cues(rng, minutes)), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--episodes", type=int, default=200)
    ap.add_argument("--minutes", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = generate(Path(tmp) / "files", args.episodes, args.minutes, args.seed)
        per_kind: dict[str, list[float]] = {kind: [0.0, 0.0] for kind in WRITERS}
        parse_s = analyze_s = store_s = 0.0
        size = 0
        with Library(DataPaths(Path(tmp) / "data")) as library:
            for path in files:
                data = path.read_bytes()
                size += len(data)
                parse, analysis, store = time_steps(library, path.name, data)
                parse_s, analyze_s, store_s = parse_s + parse, analyze_s + analysis, store_s + store
                per_kind[path.suffix[1:]][0] += len(data)
                per_kind[path.suffix[1:]][1] += parse
        with Library(DataPaths(Path(tmp) / "pooled")) as library:
            t0 = time.perf_counter()
            results = import_paths(library, [Path(tmp) / "files"])
            pooled_s = time.perf_counter() - t0
            assert all(r.status == "imported" for r in results), "every generated file imports"
    mb = size / 1e6
    print(f"{len(files)} timed transcripts of {args.minutes} min, {mb:.1f} MB")
    print("| step | seconds | MB/s |")
    print("|---|---:|---:|")
    for kind, (kind_bytes, secs) in per_kind.items():
        kind_mb = kind_bytes / 1e6
        print(f"| parse {kind} ({kind_mb:.1f} MB) | {secs:.2f} | {kind_mb / secs:.1f} |")
    for name, secs in [
        ("parse, all formats", parse_s),
        ("analyze (reflow, alignment, chapters)", analyze_s),
        ("store (SQLite, one transaction per episode)", store_s),
        ("whole import, one process", parse_s + analyze_s + store_s),
        (f"whole import, import_paths with {os.cpu_count()} workers", pooled_s),
    ]:
        print(f"| {name} | {secs:.2f} | {mb / secs:.1f} |")
    print(
        f"\nrepeat: python scripts/bench_timed_import.py --episodes {args.episodes} "
        f"--minutes {args.minutes} --seed {args.seed}"
    )


if __name__ == "__main__":
    main()
