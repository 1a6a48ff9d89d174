"""``podreader bookmarks list|add|delete|export|import``"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from podreader.commands.output import emit_json, fail, with_library
from podreader.library.bookmarks import BookmarkError, BookmarkStore, new_bookmark, place_quote
from podreader.library.export import (
    FORMATS,
    bookmark_to_dict,
    export,
    from_json,
    markdown_files,
)
from podreader.library.store import Library
from podreader.model import Bookmark

_QUOTE_WIDTH = 70


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(parser)
    )

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        # The common options again, so that they may also follow the action.
        sub.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="library folder"
        )
        sub.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for machines"
        )
        return sub

    listing = action("list", "List bookmarks, newest episode first.")
    listing.add_argument("--episode", metavar="ID", help="only this episode's bookmarks")
    listing.add_argument("--tag", metavar="TAG", help="only bookmarks with this tag")

    add = action("add", "Bookmark a passage of an episode, found by its words.")
    add.add_argument(
        "episode_id", metavar="EPISODE_ID", help="episode id, as 'podreader list' shows"
    )
    add.add_argument("--quote", required=True, metavar="TEXT", help="the words, as in the episode")
    add.add_argument(
        "--note", default="", metavar="TEXT", help="your note (plain text or Markdown)"
    )
    add.add_argument(
        "--tag", dest="tags", action="extend", nargs="+", default=[], metavar="TAG", help="tags"
    )

    delete = action("delete", "Delete one bookmark.")
    delete.add_argument("bookmark_id", metavar="BOOKMARK_ID", help="id, as 'bookmarks list' shows")

    out = action("export", "Export bookmarks as Markdown, JSON (for backup) or CSV.")
    out.add_argument("--format", choices=FORMATS, default="md", help="output format (default: md)")
    out.add_argument("--output", metavar="PATH", help="file to write (default: standard output)")
    out.add_argument("--episode", metavar="ID", help="only this episode's bookmarks")
    out.add_argument(
        "--per-episode",
        action="store_true",
        help="with --format md: one note per episode in the folder given by --output",
    )

    imp = action("import", "Import bookmarks from a JSON export; known ones are not duplicated.")
    imp.add_argument("file", metavar="FILE", help="a file made by 'bookmarks export --format json'")


def run(args: argparse.Namespace) -> int:
    work = {
        "list": _list,
        "add": _add,
        "delete": _delete,
        "export": _export,
        "import": _import,
    }[args.action]
    writes = None if args.action in ("list", "export") else "change bookmarks"
    return with_library(args, lambda library: work(library, args), writes=writes)


def _line(bookmark: Bookmark) -> str:
    quote = " ".join(bookmark.quote.split())
    if len(quote) > _QUOTE_WIDTH:
        quote = quote[: _QUOTE_WIDTH - 1] + "…"
    place = "detached" if bookmark.detached else f"{bookmark.track} ¶{bookmark.paragraph}"
    tags = "".join(f" #{t}" for t in bookmark.tags)
    return f"{bookmark.id}  {bookmark.episode_id}  [{place}]  “{quote}”{tags}"


def _list(library: Library, args: argparse.Namespace) -> int:
    bookmarks = BookmarkStore(library).all(args.episode)
    if args.tag:
        bookmarks = [b for b in bookmarks if args.tag.lstrip("#") in b.tags]
    if args.json:
        emit_json([bookmark_to_dict(b) for b in bookmarks])
    elif not bookmarks:
        print("No bookmarks yet; add one with 'podreader bookmarks add EPISODE_ID --quote TEXT'.")
    for bookmark in [] if args.json else bookmarks:
        print(_line(bookmark))
    return 0


def _add(library: Library, args: argparse.Namespace) -> int:
    episode = library.episode(args.episode_id)
    if episode is None:
        return fail(f"No episode has the id {args.episode_id!r}; 'podreader list' shows the ids.")
    try:
        track, anchor = place_quote(episode, args.quote)
        bookmark = new_bookmark(episode, track, anchor, note=args.note, tags=args.tags)
    except BookmarkError as error:
        return fail(str(error))
    BookmarkStore(library).save(bookmark)
    if args.json:
        emit_json(bookmark_to_dict(bookmark))
    else:
        print(f"Added bookmark {bookmark.id} in {track} paragraph {anchor.paragraph}.")
    return 0


def _delete(library: Library, args: argparse.Namespace) -> int:
    if not BookmarkStore(library).delete(args.bookmark_id):
        return fail(
            f"No bookmark has the id {args.bookmark_id!r}; "
            "'podreader bookmarks list' shows the ids."
        )
    print(f"Deleted bookmark {args.bookmark_id}.")
    return 0


def _export(library: Library, args: argparse.Namespace) -> int:
    bookmarks = BookmarkStore(library).all(args.episode)
    if args.episode and not bookmarks:
        return fail(
            f"Episode {args.episode!r} has no bookmarks; 'podreader bookmarks list' shows them."
        )
    if args.per_episode:
        if args.format != "md" or not args.output:
            return fail(
                "--per-episode writes Markdown notes into a folder; add --format md --output DIR."
            )
        folder = Path(args.output)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            files = markdown_files(bookmarks)
            for name, text in files.items():
                (folder / name).write_text(text, encoding="utf-8")
        except OSError as error:
            return fail(
                f"The notes could not be written to {folder} ({error.strerror}); check the folder."
            )
        print(f"Exported {len(bookmarks)} bookmarks into {len(files)} notes in {folder}.")
        return 0
    text = export(bookmarks, args.format)
    if not args.output:
        sys.stdout.write(text)
        return 0
    # A byte order mark lets spreadsheet programs read Chinese text in CSV correctly.
    encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
    try:
        Path(args.output).write_text(text, encoding=encoding, newline="")
    except OSError as error:
        return fail(
            f"The export could not be written to {args.output} ({error.strerror}); check the path."
        )
    print(f"Exported {len(bookmarks)} bookmarks to {args.output}.")
    return 0


def _import(library: Library, args: argparse.Namespace) -> int:
    try:
        text = Path(args.file).read_text(encoding="utf-8-sig")
    except OSError as error:
        return fail(f"The file {args.file} could not be read ({error.strerror}); check the path.")
    except UnicodeDecodeError:
        return fail(f"The file {args.file} is not UTF-8 text; choose a podreader JSON export.")
    try:
        counts = BookmarkStore(library).import_bookmarks(from_json(text))
    except BookmarkError as error:
        return fail(str(error))
    if args.json:
        emit_json({"added": counts.added, "updated": counts.updated, "unchanged": counts.unchanged})
    else:
        print(f"{counts.added} added, {counts.updated} updated, {counts.unchanged} unchanged.")
    return 0
