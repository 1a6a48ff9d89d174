"""``podreader search QUERY``"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from podreader.commands.output import INDEX_DAMAGED, emit_json, fail
from podreader.library.opening import database_problem
from podreader.library.store import LibraryError
from podreader.paths import DataPaths, data_paths
from podreader.search.engine import DAMAGED, SearchEngine, SearchOptions, SearchResults
from podreader.search.indexer import update_index
from podreader.search.storage import DISK_FULL, READ_ONLY, IndexBusy, IndexDiskFull, IndexReadOnly

#: A command-line search waits this long for a window's index update before searching anyway.
CATCH_UP_WAIT_S = 3.0
NO_EPISODES = "There are no episodes to search yet; import some with 'podreader import FOLDER'."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help='words, "phrases", OR, -word, '
        "prefix*, podcast:, title:, person:, lang:en|zh, date:2024-01..2024-06, "
        "in:chapters|transcript|summary",
    )
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="passages to show")
    parser.add_argument("--sort", choices=["relevance", "date"], default="relevance")


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        return fail("--limit needs a positive number of passages, such as 20.", 2)
    paths = data_paths(args.data_dir)
    try:
        notice, updating, full = _catch_up(paths)
        engine = SearchEngine(paths)
        try:
            results = engine.search(
                " ".join(args.query),
                SearchOptions(limit=args.limit, sort=args.sort, exact_total=True),
            )
            damaged = engine.damaged and results.notice == DAMAGED
        finally:
            engine.close()
    except LibraryError as error:
        return fail(str(error))
    except sqlite3.Error as error:  # the library's own trouble (the index's is reported below)
        return fail(database_problem(error))
    if damaged:  # the window rebuilds in the background; here, the user chooses when
        return fail(INDEX_DAMAGED)
    if results.empty:
        if args.json:
            emit_json(as_json(results))
        print(NO_EPISODES, file=sys.stderr if args.json else sys.stdout)
        return 0
    if full and not results.complete and not results.groups:
        return fail(DISK_FULL)  # an index that could not be built finds nothing: not an answer
    if not updating and not results.complete:
        notice = f"{READ_ONLY.format(root=paths.root)}; results may miss recent imports."
    if notice:
        print(f"podreader: {notice}", file=sys.stderr)
    if results.notice:
        print(f"podreader: {results.notice}", file=sys.stderr)
    if args.json:
        emit_json(as_json(results))
    else:
        print(as_text(results, sys.stdout.isatty(), updating))
    return 0


def _catch_up(paths: DataPaths) -> tuple[str | None, bool, bool]:
    """Index what a command-line import added, unless a window is busy doing it already.

    Returns a notice, whether the index is (being) brought up to date (not in a read-only
    data folder), and whether the disk was too full for it."""

    def progress(done: int, total: int, eta: float | None) -> None:
        if done == 1 and total > 20:
            print(f"podreader: indexing {total} episodes before searching…", file=sys.stderr)

    try:
        return update_index(paths, progress, wait=CATCH_UP_WAIT_S).notice, True, False
    except IndexBusy:
        return None, True, False  # the results say they may be incomplete
    except IndexReadOnly:
        return None, False, False  # search the index as it is; say so if it lags behind
    except IndexDiskFull as error:  # search what is there, and say why
        return str(error), True, True


def as_json(results: SearchResults) -> dict[str, object]:
    return {
        "total": results.total,
        "complete": results.complete,
        "hits": [
            {
                "episode_id": group.episode_id,
                "title": group.title,
                "podcast": group.podcast,
                "published": group.published.isoformat() if group.published else None,
                "track": hit.track,
                "paragraph_id": hit.paragraph_id,
                "reading_paragraph": hit.target,
                "snippet": hit.snippet.marked(),
                "score": hit.score,
                "matches_in_episode": group.matches,
            }
            for group, hit in results.hits
        ],
    }


def as_text(results: SearchResults, terminal: bool, updating: bool) -> str:
    before, after = ("\x1b[1m", "\x1b[0m") if terminal else ("**", "**")
    lines: list[str] = []
    if not results.complete and updating:
        lines.append("(The index is still being updated: results may be incomplete.)")
    if not results.groups:
        lines.append("No passages match.")
    for group in results.groups:
        published = group.published.isoformat() if group.published else "no date"
        lines += ["", f"{group.title}  ·  {group.podcast}  ·  {published}  [{group.episode_id}]"]
        for hit in group.hits:
            where = (
                f"¶{hit.paragraph_id}"
                if hit.track == "transcript"
                else (f"{hit.track} {hit.paragraph_id}")
            )
            lines.append(f"  {where}: {hit.snippet.marked(before, after)}".replace("\n", " "))
        if group.more:
            lines.append(f"  … {group.more} more in this episode")
    if results.groups:
        lines += ["", f"{results.total} matching passages."]
    return "\n".join(lines).lstrip("\n")
