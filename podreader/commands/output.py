"""How commands talk: JSON for machines, plain lines for people, one sentence for errors."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

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


def with_library(args: argparse.Namespace, work: Callable[[Library], int]) -> int:
    """Run ``work`` on the library of ``--data-dir`` / ``$PODREADER_DATA_DIR`` / the default."""
    try:
        library = Library(data_paths(args.data_dir))
    except LibraryError as error:
        return fail(str(error))
    with library:
        # A library from an older podreader gets its reading views brought up to date first.
        reanalyze_stale(library)
        return work(library)
