"""``podreader show ID``"""

from __future__ import annotations

import argparse
import textwrap

from podreader.commands.output import emit_json, fail, with_library
from podreader.library.codec import episode_to_dict
from podreader.library.store import Library
from podreader.model import Episode


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("episode_id", metavar="ID", help="episode id, as 'podreader list' shows")


def run(args: argparse.Namespace) -> int:
    def work(library: Library) -> int:
        episode = library.episode(args.episode_id)
        if episode is None:
            return fail(
                f"No episode has the id {args.episode_id!r}; 'podreader list' shows the ids."
            )
        if args.json:
            emit_json(episode_to_dict(episode))
        else:
            print(_as_text(episode))
        return 0

    return with_library(args, work)


def _as_text(episode: Episode) -> str:
    wrap = textwrap.TextWrapper(width=100)
    lines = [episode.title, f"{episode.podcast} · {episode.published or 'no date'}", ""]
    for person in episode.people:
        lines.append(
            f"  {person.name}" + (f" — {person.description}" if person.description else "")
        )
    for number, chapter in enumerate(episode.chapters, 1):
        lines += [
            "",
            f"Chapter {number}: {chapter.title or ''}".rstrip(),
            *wrap.wrap(chapter.summary),
        ]
        lines += [f"  • {point}" for point in chapter.points]
    lines += ["", f"Transcript ({episode.transcript.language})", ""]
    paragraphs = episode.reading or episode.transcript.paragraphs
    for paragraph in paragraphs:
        lines += [*wrap.wrap(paragraph.text), ""]
    for warning in episode.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines).rstrip()
