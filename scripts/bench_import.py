#!/usr/bin/env python3
"""Measure import speed on a generated archive: parsing, text analysis and storing, separately.

usage: python scripts/bench_import.py [--episodes 1000] [--corpus DIR]

Generates the archive with ../shared/tools/gen_corpus.py (beside this checkout) unless --corpus
names a folder of pages, imports it into a fresh temporary library, and prints MB/s of page text.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from podreader.formats import parse_with_format
from podreader.library.importer import import_paths
from podreader.library.store import Library, SourceInfo
from podreader.paths import DataPaths
from podreader.text.analysis import ANALYSIS_VERSION, analyze

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def generate(out: Path, episodes: int) -> Path:
    sample = next((SHARED / "samples" / "podquest").glob("*.txt"))
    subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "gen_corpus.py"),
            str(sample),
            str(out),
            "--episodes",
            str(episodes),
        ],
        check=True,
    )
    return out


def time_steps(library: Library, name: str, data: bytes) -> tuple[float, float, float]:
    """Seconds to parse, analyse and store one file into ``library``."""
    t0 = time.perf_counter()
    episode, fmt = parse_with_format(data, name)
    t1 = time.perf_counter()
    analyze(episode)
    t2 = time.perf_counter()
    digest = hashlib.sha256(data).hexdigest()
    library.store(episode, SourceInfo(digest, len(data), name, fmt), ANALYSIS_VERSION)
    return t1 - t0, t2 - t1, time.perf_counter() - t2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--episodes", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, help="folder of pages (default: generate one)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or generate(Path(tmp) / "corpus", args.episodes)
        files = sorted(corpus.glob("*.txt"))
        blobs = [f.read_bytes() for f in files]
        size_mb = sum(len(b) for b in blobs) / 1e6
        parse_s = analyze_s = store_s = 0.0
        with Library(DataPaths(Path(tmp) / "data")) as library:
            for path, data in zip(files, blobs, strict=True):
                parse, analysis, store = time_steps(library, path.name, data)
                parse_s += parse
                analyze_s += analysis
                store_s += store
        # The real pipeline: worker processes parse and analyse, this process stores.
        with Library(DataPaths(Path(tmp) / "pooled")) as library:
            t0 = time.perf_counter()
            results = import_paths(library, [corpus])
            pooled_s = time.perf_counter() - t0
            assert all(r.status == "imported" for r in results), "every generated page imports"
    total = parse_s + analyze_s + store_s
    print(f"{len(files)} pages, {size_mb:.1f} MB of page text")
    print("| step | seconds | MB/s |")
    print("|---|---:|---:|")
    for name, secs in [
        ("parse", parse_s),
        ("analyze (reflow, align, chapters)", analyze_s),
        ("store (SQLite, one transaction per page)", store_s),
        ("parse + store", parse_s + store_s),
        ("whole import, one process", total),
        (f"whole import, import_paths with {os.cpu_count()} workers", pooled_s),
    ]:
        print(f"| {name} | {secs:.2f} | {size_mb / secs:.1f} |")
    print(f"\nrepeat: python scripts/bench_import.py --episodes {args.episodes}")


if __name__ == "__main__":
    main()
