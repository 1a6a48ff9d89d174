#!/usr/bin/env python3
"""Benchmark library search on a generated archive, with SQLite FTS5 as a reference.

usage: bench_search.py --episodes N [--work DIR] [--pages DIR] [--queries Q] [--keep-library]

Generates N episodes with ../shared/tools/gen_corpus.py into DIR/pages-N (unless it already holds
them, or --pages names a folder of pages), imports them into a library in DIR/data-N (the slow
part: about a minute per 1,000 episodes; --keep-library reuses the one a previous run imported),
builds the search index from nothing (timed: wall clock and CPU of all processes, since the
machine's cores are shared), then times searches (top 20 passages with snippets) and does the
same with SQLite FTS5 on the same passages. 5,000 episodes work the same way (--episodes 5000;
expect about 20 minutes).

Query sets (every query occurs in some passage, so every search has hits):

- words as they occur: a passage drawn at random, a run of 1-3 English words (4+ letters) from
  it. Common words are drawn as often as they are used: in the generated archive about half the
  queries contain a word found in most passages ("OpenAI", "CoreWeave"), the hardest case.
- words from the vocabulary: a distinct English word drawn evenly, plus the 0-2 words after it
  where it first occurs. Rare words dominate, as in searches for names.
- Chinese words: a run of 2-4 Han characters from a Chinese passage (bigram phrases). FTS5's
  unicode61 tokenizer cannot split Chinese, so it has no figure for this set.

Each set runs twice, each time on an engine opened for it and kept open, as a window keeps it:
"cold" with the posting cache off (every posting list read from the index), then "warm" with it
on (long lists of words seen earlier in the set come from memory). Prints Markdown tables and
the command that produced them.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from functools import partial
from pathlib import Path

from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search.engine import SearchEngine, SearchOptions
from podreader.search.evaluation import PostingCache
from podreader.search.indexer import update_index

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = SHARED / "samples" / "podquest" / "000_97b403ac0f2311d0.txt"


def passages(library: Library) -> list[tuple[str, int, str]]:
    out: list[tuple[str, int, str]] = []
    for summary in library.summaries():
        episode = library.episode(summary.id)
        assert episode is not None
        out += [(episode.id, r.id, r.text) for r in episode.reading]
        for track in episode.translations:
            out += [(episode.id, p.id, p.text) for p in track.paragraphs]
    return out


def make_queries(texts: list[str], count: int, rng: random.Random) -> list[str]:
    """Runs of 1-3 words as they occur: common words are picked as often as they are used."""
    queries: list[str] = []
    while len(queries) < count:
        words = re.findall(r"[A-Za-z]{4,}", rng.choice(texts))
        if len(words) < 3:
            continue
        n = rng.choice((1, 2, 3))
        start = rng.randrange(len(words) - n + 1)
        queries.append(" ".join(words[start : start + n]))
    return queries


def vocabulary_queries(texts: list[str], count: int, rng: random.Random) -> list[str]:
    """Runs of 1-3 words that start at a word drawn evenly from the distinct vocabulary, so
    rarer words are as likely as common ones; every query still occurs in some passage."""
    first_seen: dict[str, tuple[list[str], int]] = {}
    for text in texts:
        words = re.findall(r"[A-Za-z]{4,}", text)
        for i, word in enumerate(words):
            first_seen.setdefault(word, (words, i))
    vocabulary = sorted(first_seen)
    queries: list[str] = []
    for _ in range(count):
        words, i = first_seen[rng.choice(vocabulary)]
        queries.append(" ".join(words[i : i + rng.choice((1, 2, 3))]))
    return queries


def chinese_queries(texts: list[str], count: int, rng: random.Random) -> list[str]:
    """Runs of 2-4 Han characters from passages that have them."""
    runs = [r for text in texts for r in re.findall(r"[\u4e00-\u9fff]{2,}", text)]
    queries: list[str] = []
    while runs and len(queries) < count:
        run = rng.choice(runs)
        n = min(len(run), rng.choice((2, 3, 4)))
        start = rng.randrange(len(run) - n + 1)
        queries.append(run[start : start + n])
    return queries


def timed_ms(fn, queries: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    times: list[float] = []
    for q in queries:
        t = time.perf_counter()
        fn(q)
        times.append((time.perf_counter() - t) * 1000)
    return times


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


class ChildMemory(threading.Thread):
    """Peak resident memory of this process's children (the index workers), sampled from
    /proc (Linux). getrusage() would report the parent's size instead: a spawned worker is
    forked before it executes Python, and that moment counts as its peak."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.2):
            for children in Path(f"/proc/{os.getpid()}/task").glob("*/children"):
                for pid in children.read_text().split():
                    try:
                        status = Path(f"/proc/{pid}/status").read_text()
                    except OSError:
                        continue
                    if "VmRSS:" in status:
                        kb = int(status.split("VmRSS:")[1].split()[0])
                        self.peak_kb = max(self.peak_kb, kb)


def dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--episodes", type=int, default=1000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/podreader-bench"))
    ap.add_argument("--pages", type=Path, help="a folder of pages to use instead of generating")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument(
        "--keep-library", action="store_true", help="reuse the library a previous run imported"
    )
    args = ap.parse_args()
    pages = args.pages or args.work / f"pages-{args.episodes}"
    if not pages.is_dir():
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "tools" / "gen_corpus.py"),
                str(SAMPLE),
                str(pages),
                "--episodes",
                str(args.episodes),
            ],
            check=True,
        )
    data = args.work / f"data-{args.episodes}"
    if not args.keep_library:
        shutil.rmtree(data, ignore_errors=True)
    paths = DataPaths(data)
    with Library(paths) as library:
        t = time.perf_counter()
        if not args.keep_library:
            import_paths(library, [pages])
        import_s = time.perf_counter() - t
        texts = passages(library)
    text_mb = sum(len(t.encode("utf-8")) for _, _, t in texts) / 1e6

    shutil.rmtree(paths.index, ignore_errors=True)  # build it from nothing, as after a delete
    workers = ChildMemory()
    workers.start()
    t, cpu = time.perf_counter(), os.times()
    report = update_index(paths, rebuild=True)
    index_s = time.perf_counter() - t
    after = os.times()
    workers.done.set()
    index_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    index_cpu = sum(after[:4]) - sum(cpu[:4])  # user + system, this process and its children
    assert report.complete, report

    rng = random.Random(7)
    plain = [t for _, _, t in texts]
    query_sets = {
        "words as they occur": make_queries(plain, args.queries, rng),
        "words from the vocabulary": vocabulary_queries(plain, args.queries, rng),
        "Chinese words": chinese_queries(plain, args.queries, rng),
    }
    options = SearchOptions(limit=20)
    ours: dict[tuple[str, str], list[float]] = {}
    for cache, postings in (("cold", 0), ("warm", PostingCache.DEFAULT_POSTINGS)):
        for name, queries in query_sets.items():
            engine = SearchEngine(paths, cache_postings=postings)
            engine.search("warm up", options)  # open the index, as a window would have
            ours[name, cache] = timed_ms(partial(engine.search, options=options), queries)
            engine.close()
    load = os.getloadavg()[0]

    fts_path = args.work / "fts.sqlite3"
    fts_path.unlink(missing_ok=True)
    conn = sqlite3.connect(fts_path)
    conn.execute(
        "CREATE VIRTUAL TABLE p USING fts5(eid UNINDEXED, pid UNINDEXED, text, "
        "tokenize='porter unicode61')"
    )
    t = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO p VALUES (?, ?, ?)", texts)
    fts_index_s = time.perf_counter() - t

    def fts(q: str) -> None:
        conn.execute(
            "SELECT eid, pid, snippet(p, 2, '**', '**', '…', 24) FROM p WHERE p MATCH ? "
            "ORDER BY rank LIMIT 20",
            (" ".join(f'"{w}"' for w in q.split()),),
        ).fetchall()

    theirs = {
        name: timed_ms(fts, queries)
        for name, queries in query_sets.items()
        if name != "Chinese words"
    }
    conn.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"\n{args.episodes} episodes, {len(texts)} passages, {text_mb:.1f} MB of passage text "
        f"(import {import_s:.0f} s); {args.queries} queries per set, top 20 "
        "passages with snippets\n"
    )
    print("| engine | index time | MB/s | CPU (all processes) | MB per CPU-s | index size |")
    print("|---|---|---|---|---|---|")
    print(
        f"| podreader (Whoosh) | {index_s:.1f} s | {text_mb / index_s:.2f} | {index_cpu:.0f} s | "
        f"{text_mb / index_cpu:.2f} | {dir_mb(paths.index):.0f} MB |"
    )
    print(
        f"| SQLite FTS5 (reference) | {fts_index_s:.1f} s | {text_mb / fts_index_s:.2f} | | | "
        f"{fts_path.stat().st_size / 1e6:.0f} MB |"
    )
    print("\n| queries | engine | search median | p95 | max |")
    print("|---|---|---|---|---|")
    for name in query_sets:
        rows = [(f"podreader, {c} cache", ours[name, c]) for c in ("cold", "warm")]
        rows += [("SQLite FTS5", theirs[name])] if name in theirs else []
        for engine_name, times in rows:
            print(
                f"| {name} | {engine_name} | {statistics.median(times):.1f} ms | "
                f"{pct(times, 0.95):.1f} ms | {max(times):.0f} ms |"
            )
    print(
        f"\npeak memory (max RSS): this process {index_peak_mb:.0f} MB by the end of indexing "
        f"and {peak_mb:.0f} MB at the end (it holds every passage, for the queries and FTS5); "
        f"largest index worker {workers.peak_kb / 1024:.0f} MB"
    )
    print(f"1-minute load average after searching (2 cores, shared): {load:.1f}")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
