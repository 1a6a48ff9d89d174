"""``podreader check``: does the search index agree with the library, and can it be read?"""

from __future__ import annotations

import argparse
import sqlite3

from podreader.commands.output import INDEX_DAMAGED, fail
from podreader.library.opening import database_problem
from podreader.library.store import Library, LibraryError
from podreader.paths import data_paths
from podreader.search.indexer import backlog
from podreader.search.storage import (
    IndexDamaged,
    damage_mark,
    fingerprints,
    lock_path,
    open_existing,
)
from podreader.search.verification import verify_index


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
        if paths.index.exists():
            return fail(INDEX_DAMAGED)
        return fail("There is no search index yet; run 'podreader reindex'.")
    # A search met damage that no update has repaired yet; or the lock is not a file.
    if damage_mark(paths).exists() or lock_path(paths).is_dir():
        return fail(INDEX_DAMAGED)
    try:
        verify_index(paths)
        ix = open_existing(paths)
    except IndexDamaged:
        return fail(INDEX_DAMAGED)
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
