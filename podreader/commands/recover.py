"""``podreader recover``: rebuild a damaged library from the kept pages and bookmark backup."""

from __future__ import annotations

import argparse
import sys

from podreader.commands.output import emit_json, fail
from podreader.library.importer import ImportResult
from podreader.library.opening import LibraryError
from podreader.library.recovery import recover
from podreader.paths import data_paths

#: Recovering rebuilds the library only: the index is derived, and building it again takes
#: about as long as the rebuild itself, which the user would wait through twice.
INDEX_LATER = (
    "The search index will be rebuilt at the next search or window start, "
    "or now by 'podreader reindex'."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options beyond the common ones


def run(args: argparse.Namespace) -> int:
    def progress(done: int, total: int, result: ImportResult) -> None:
        print(f"\rrebuilt {done}/{total} kept pages   ", end="", file=sys.stderr, flush=True)

    try:
        report = recover(data_paths(args.data_dir), progress)
    except LibraryError as error:
        return fail(str(error))
    print(file=sys.stderr)
    for failure in report.failed:
        print(f"podreader: {failure.path.name}: {failure.error}", file=sys.stderr)
    if args.json:
        emit_json(
            {
                "episodes": report.episodes,
                "pages": report.pages,
                "failed": [{"path": str(r.path), "error": r.error} for r in report.failed],
                "bookmarks": report.bookmarks,
                "backup": str(report.backup) if report.backup else None,
                "damaged_file": str(report.moved_to) if report.moved_to else None,
            }
        )
        return 1 if report.failed else 0
    print(report.summary())
    print(INDEX_LATER)
    return 1 if report.failed else 0
