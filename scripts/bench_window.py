#!/usr/bin/env python3
"""How fast the window starts and opens a long episode, over a library of 5,000 episodes.

    python scripts/bench_window.py [--data-dir DIR] [--episodes 5000] [--runs 3]

The library is built once in DIR (default: bench-data/window beside this checkout, ignored by
git) from pages made by ../shared/tools/gen_corpus.py: a few dozen generated pages go through
the real parser and text analysis, and are stored as 5,000 distinct episodes (own ids, titles,
podcasts and dates), plus one 3-hour episode. Each run then starts a fresh process that does
what ``podreader`` does at startup and reports:

- start: from launching the process to the episode list's first paint with rows in it,
- open: from asking for the 3-hour episode to the window painted with its first screen,
- frames: the time to scroll down one page and paint it, paging 100 times through that episode
  (the rows are laid out lazily and a page never lays the whole document out again), at once
  after opening and again after two idle seconds, in which Qt lays out the rest,
- peak RSS of that process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GEN = SHARED / "tools" / "gen_corpus.py"
SAMPLE = SHARED / "samples" / "podquest"
LONG_TITLE = "Benchmark: three hours of conversation"
TARGETS = {
    "start_s": 1.5,
    "open_s": 0.3,
    "frame_median_ms": 16.7,
    "frame_p95_ms": 16.7,
    "frame_max_ms": 50.0,
    "settled_median_ms": 16.7,
    "settled_p95_ms": 16.7,
    "settled_max_ms": 50.0,
    "peak_rss_mb": 300.0,
}


def _generate(out: Path, episodes: int, minutes: int, seed: int) -> list[Path]:
    sample = sorted(SAMPLE.glob("*.txt"))[0]
    subprocess.run(
        [
            sys.executable,
            str(GEN),
            str(sample),
            str(out),
            "--episodes",
            str(episodes),
            "--minutes",
            str(minutes),
            "--seed",
            str(seed),
        ],
        check=True,
    )
    return sorted(out.glob("*.txt"))


def build(data_dir: Path, count: int) -> None:
    from podreader.formats import parse_with_format
    from podreader.library.store import Library, SourceInfo
    from podreader.model import episode_id
    from podreader.paths import DataPaths
    from podreader.text.analysis import ANALYSIS_VERSION, analyze

    paths = DataPaths(data_dir).ensure()
    with Library(paths) as library:
        if library.count() >= count + 1:
            return
    print(f"building a library of {count} episodes in {data_dir} (once)…", file=sys.stderr)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        pages = _generate(Path(tmp) / "short", 30, 6, 3)
        # Mean 180 minutes with a wide spread: keep the page closest to three hours of speech.
        long_pages = _generate(Path(tmp) / "long", 6, 180, 5)
        long_page = min(long_pages, key=lambda p: abs(len(p.read_text().split()) - 180 * 150))
        templates = []
        for page in pages:
            episode, _ = parse_with_format(page.read_bytes())
            analyze(episode)
            templates.append(episode)
        long_episode, _ = parse_with_format(long_page.read_bytes())
        analyze(long_episode)
    podcasts = sorted({t.podcast for t in templates})
    with Library(paths) as library:
        long_episode = replace(long_episode, title=LONG_TITLE)
        long_episode.id = episode_id(long_episode.podcast, LONG_TITLE, long_episode.published)
        library.store(
            long_episode, SourceInfo("bench-long", 0, "long.txt", "podquest"), ANALYSIS_VERSION
        )
        for n in range(count):
            template = templates[n % len(templates)]
            title = f"{template.title} (part {n + 1})"
            podcast = podcasts[rng.randrange(len(podcasts))]
            published = date(2019 + rng.randrange(7), 1 + rng.randrange(12), 1 + rng.randrange(28))
            episode = replace(template, title=title, podcast=podcast, published=published)
            episode.id = episode_id(podcast, title, published)
            library.store(
                episode, SourceInfo(f"bench-{n}", 0, f"{n}.txt", "podquest"), ANALYSIS_VERSION
            )


PROBE = r"""
import json, os, resource, sys, time
T0 = float(sys.argv[1])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui.main_window import MainWindow
from podreader.ui.settings import Settings
from podreader.ui.theme import ThemeManager

result = {}
app = QApplication(sys.argv[:1])
paths = DataPaths(__import__("pathlib").Path(sys.argv[2]))
library = Library(paths)
theme = ThemeManager(app)
theme.apply("system")
window = MainWindow(library, Settings(paths.settings), theme)

def open_long():
    start = time.perf_counter()
    window.open_episode(sys.argv[3])
    window.repaint()
    result["open_s"] = time.perf_counter() - start
    result["reading_paragraphs"] = len(window.episode.reading)
    view = window.pane.view()
    result["rows"] = len(view.rows())
    bar = view.verticalScrollBar()

    def page_through(prefix):
        bar.setValue(0)
        frames = []
        for _ in range(100):  # page down through the episode, one painted frame per page
            start = time.perf_counter()
            bar.setValue(bar.value() + view.viewport().height())
            view.viewport().repaint()
            frames.append((time.perf_counter() - start) * 1000)
        frames.sort()
        result[prefix + "median_ms"] = frames[len(frames) // 2]
        result[prefix + "p95_ms"] = frames[int(len(frames) * 0.95)]
        result[prefix + "max_ms"] = frames[-1]

    page_through("frame_")  # at once: each page lays out the rows coming into view
    settle = time.perf_counter() + 2.0  # two seconds of reading: Qt lays out the rest meanwhile
    while time.perf_counter() < settle:
        app.processEvents()
    page_through("settled_")
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "start_s" not in result:
            if window.episodes.view.model().rowCount() > 0:
                result["start_s"] = time.time() - T0
                QTimer.singleShot(0, open_long)
        return False

painted = FirstPaint()
window.episodes.view.viewport().installEventFilter(painted)
window.resize(1440, 900)
window.show()
QTimer.singleShot(0, window.restore_last_episode)  # as podreader.ui.app.run_app does
app.exec()
window.close()
"""


def probe(data_dir: Path, long_id: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as settings_home:
        # A fresh settings file each run: no saved position or last episode to help.
        run_dir = Path(settings_home)
        for name in ("library.sqlite3", "library.sqlite3-wal", "library.sqlite3-shm", "sources"):
            if (data_dir / name).exists():
                (run_dir / name).symlink_to(data_dir / name)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", PROBE, str(start), str(run_dir), long_id],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=REPO / "bench-data" / "window")
    parser.add_argument("--episodes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not GEN.exists():
        print(f"bench_window: {GEN} is missing; put the shared folder beside the checkout.")
        return 1
    build(args.data_dir, args.episodes)
    from podreader.library.store import Library
    from podreader.paths import DataPaths

    with Library(DataPaths(args.data_dir)) as library:
        total = library.count()
        long_id = next(s.id for s in library.summaries() if s.title == LONG_TITLE)
    runs = [probe(args.data_dir, long_id) for _ in range(args.runs)]
    print(
        f"library: {total} episodes; 3-hour episode: {runs[0]['reading_paragraphs']} "
        f"reading paragraphs in {runs[0]['rows']} rows; {args.runs} fresh processes "
        "(median, worst)"
    )
    print(f"{'measure':<34}{'median':>10}{'worst':>10}{'target':>10}")
    for key, label, unit in (
        ("start_s", "start to episode list painted", "s"),
        ("open_s", "open 3-hour episode, first screen", "s"),
        ("frame_median_ms", "page down, median frame", "ms"),
        ("frame_p95_ms", "page down, 95th percentile frame", "ms"),
        ("frame_max_ms", "page down, slowest frame", "ms"),
        ("settled_median_ms", "after 2 s idle: median frame", "ms"),
        ("settled_p95_ms", "after 2 s idle: 95th percentile", "ms"),
        ("settled_max_ms", "after 2 s idle: slowest frame", "ms"),
        ("peak_rss_mb", "peak RSS", "MB"),
    ):
        values = [r[key] for r in runs]
        mark = {"s": "s", "ms": "ms", "MB": "M"}[unit]
        print(
            f"{label:<34}{statistics.median(values):>9.3f}{mark}{max(values):>9.3f}"
            f"{mark}{TARGETS[key]:>9.1f}{mark}"
        )
    print(
        f"repeat: {Path(sys.executable).name} scripts/bench_window.py --data-dir {args.data_dir}"
        f" --episodes {args.episodes} --runs {args.runs}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
