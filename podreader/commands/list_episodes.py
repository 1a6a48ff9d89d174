"""``podreader list``"""

from __future__ import annotations

import argparse

from podreader.commands.output import emit_json, with_library
from podreader.library.store import Library


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options beyond the common ones


def run(args: argparse.Namespace) -> int:
    def work(library: Library) -> int:
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
