"""``podreader list [--podcasts]``"""

from __future__ import annotations

import argparse

from podreader.commands.output import emit_json, with_library
from podreader.library.podcasts import podcast_entries
from podreader.library.store import Library


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--podcasts",
        action="store_true",
        help="list podcasts (from subscription lists and episodes) with episode counts and feeds",
    )


def run(args: argparse.Namespace) -> int:
    def work(library: Library) -> int:
        if args.podcasts:
            return _podcasts(library, args.json)
        summaries = library.summaries()
        if args.json:
            emit_json(
                [
                    {
                        "id": s.id,
                        "title": s.title,
                        "podcast": s.podcast,
                        "published": s.published.isoformat() if s.published else None,
                    }
                    for s in summaries
                ]
            )
        elif not summaries:
            print("The library is empty; add pages with 'podreader import PATH'.")
        for s in [] if args.json else summaries:
            published = s.published.isoformat() if s.published else "----------"
            print(f"{s.id}  {published}  {s.podcast} — {s.title}")
        return 0

    return with_library(args, work)


def _podcasts(library: Library, as_json: bool) -> int:
    entries = podcast_entries(library)
    if as_json:
        emit_json(
            [
                {
                    "title": e.title,
                    "episodes": e.episodes,
                    "feed_url": e.feed_url,
                    "site_url": e.site_url,
                }
                for e in entries
            ]
        )
    elif not entries:
        print("The library has no podcasts; import episodes or a subscription list (OPML).")
    for e in [] if as_json else entries:
        print(f"{e.episodes:5}  {e.title or '(no name)'}  {e.feed_url or ''}".rstrip())
    return 0
