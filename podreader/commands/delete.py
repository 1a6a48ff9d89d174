"""``podreader delete ID``"""

from __future__ import annotations

import argparse

from podreader.commands.output import fail, with_library
from podreader.library.store import Library


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("episode_id", metavar="ID", help="episode id, as 'podreader list' shows")
    parser.add_argument(
        "--yes", action="store_true", help="delete even when the episode has bookmarks"
    )


def run(args: argparse.Namespace) -> int:
    def work(library: Library) -> int:
        if library.summary(args.episode_id) is None:
            return fail(
                f"No episode has the id {args.episode_id!r}; 'podreader list' shows the ids."
            )
        bookmarks = library.bookmark_counts().get(args.episode_id, 0)
        if bookmarks and not args.yes:
            return fail(
                f"Episode {args.episode_id} has {bookmarks} bookmark(s); save them with "
                f"'podreader bookmarks export --episode {args.episode_id} --output FILE', "
                "then delete with --yes."
            )
        library.delete(args.episode_id)
        kept = " and its bookmarks are" if bookmarks else " is"
        print(f"Deleted episode {args.episode_id}; its original file{kept} still kept.")
        return 0

    return with_library(args, work, writes="delete episodes")
