"""``podreader reindex``: rebuild the search index from the library, progress on stderr.

An index that cannot be read whole is emptied first, so this also repairs damage."""

from __future__ import annotations

import argparse
import sys

from podreader.commands.output import emit_json, fail
from podreader.library.store import LibraryError
from podreader.paths import data_paths
from podreader.search.indexer import update_index
from podreader.search.storage import IndexUnavailable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options beyond the common ones


def run(args: argparse.Namespace) -> int:
    shown: list[int] = []

    def progress(done: int, total: int, eta: float | None) -> None:
        left = f", about {eta:.0f} s left" if eta is not None and done < total else ""
        print(f"\rindexed {done}/{total} episodes{left}   ", end="", file=sys.stderr, flush=True)
        shown.append(done)

    try:
        report = update_index(data_paths(args.data_dir), progress, rebuild=True)
    except (IndexUnavailable, LibraryError) as error:
        if shown:  # end the progress line
            print(file=sys.stderr)
        return fail(str(error))
    print(file=sys.stderr)
    if args.json:
        emit_json({"indexed": report.indexed})
    else:
        print(f"Rebuilt the search index: {report.indexed} episodes.")
    return 0
