"""``podreader check``: does the search index agree with the library?"""

from __future__ import annotations

import argparse
import sqlite3

from podreader.commands.output import fail
from podreader.library.opening import database_problem
from podreader.library.store import Library, LibraryError
from podreader.paths import data_paths
from podreader.search.indexer import backlog
from podreader.search.storage import IndexDamaged, fingerprints, open_existing


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options beyond the common ones


def run(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    try:
        with Library(paths) as library:
            library.verify(always=True)
            revisions = library.revisions()
    except LibraryError as error:
        return fail(str(error))
    except sqlite3.Error as error:
        return fail(database_problem(error))
    if not paths.index.is_dir():
        return fail("There is no search index yet; run 'podreader reindex'.")
    try:
        ix = open_existing(paths)
    except IndexDamaged:
        return fail("The search index cannot be read; run 'podreader reindex'.")
    with ix.searcher() as searcher:
        indexed = fingerprints(searcher)
        passages = searcher.doc_count() - len(indexed)
    ix.close()
    todo = backlog(indexed, revisions)
    if todo:
        return fail(
            f"The search index is behind the library ({len(todo.stale)} episodes missing or "
            f"out of date, {len(todo.removed)} deleted); run 'podreader reindex'."
        )
    print(f"ok: {len(revisions)} episodes and {passages} passages indexed, matching the library.")
    return 0
