"""How commands talk: JSON for machines, plain lines for people, one sentence for errors."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from typing import Any

from podreader.library.opening import database_problem
from podreader.library.reanalysis import reanalyze_stale
from podreader.library.store import Library, LibraryError
from podreader.paths import data_paths

#: What ``search`` and ``check`` say when the index cannot be read.
INDEX_DAMAGED = "The search index is damaged; run 'podreader reindex' to rebuild it."


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, code: int = 1) -> int:
    print(f"podreader: {message}", file=sys.stderr)
    return code


def with_library(
    args: argparse.Namespace, work: Callable[[Library], int], writes: str | None = None
) -> int:
    """Run ``work`` on the library of ``--data-dir`` / ``$PODREADER_DATA_DIR`` / the default.

    ``writes`` says what a command that changes the library does ("import pages"), for the
    sentence that refuses it in a read-only data folder. A damaged library is reported (and
    moved aside) before ``work`` runs, so that no command reports success on one.
    """
    try:
        library = Library(data_paths(args.data_dir))
    except LibraryError as error:
        return fail(str(error))
    with library:
        if writes and library.read_only:
            return fail(
                f"The data folder {library.paths.root} is read-only, so podreader cannot "
                f"{writes} there; make it writable or choose another with --data-dir."
            )
        try:
            library.verify()
            if not library.read_only:
                # A library from an older podreader gets its reading views brought up to date.
                reanalyze_stale(library)
            return work(library)
        except LibraryError as error:
            return fail(str(error))
        except sqlite3.Error as error:
            return fail(database_problem(error))
