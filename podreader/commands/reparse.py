"""``podreader reparse [--all | ID...]``"""

from __future__ import annotations

import argparse
import sys

from podreader.commands.output import emit_json, fail, with_library
from podreader.library.reparse import reparse
from podreader.library.store import Library


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("episode_ids", nargs="*", metavar="ID", help="episodes to read again")
    parser.add_argument("--all", action="store_true", help="read every episode's kept files again")


def run(args: argparse.Namespace) -> int:
    if bool(args.all) == bool(args.episode_ids):
        return fail("Name episode ids or give --all, not both; 'podreader list' shows the ids.", 2)

    def work(library: Library) -> int:
        ids = [s.id for s in library.summaries()] if args.all else args.episode_ids
        results = [reparse(library, episode_id) for episode_id in ids]
        failed = [r for r in results if r.status is None]
        if args.json:
            emit_json(
                [
                    {
                        "id": r.episode_id,
                        "status": r.status or "failed",
                        "title": r.title,
                        "error": r.error,
                    }
                    for r in results
                ]
            )
            return 1 if failed else 0
        for r in results:
            if r.status is None:
                print(f"failed    {r.episode_id}: {r.error}", file=sys.stderr)
            else:
                print(f"{r.status:9} {r.episode_id}  {r.title}")
        updated = sum(r.status == "updated" for r in results)
        print(
            f"{updated} updated, {len(results) - updated - len(failed)} unchanged, "
            f"{len(failed)} failed."
        )
        return 1 if failed else 0

    return with_library(args, work)
