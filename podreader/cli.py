"""The ``podreader`` command: no arguments opens the window; subcommands do the rest.

Each subcommand lives in its own module under :mod:`podreader.commands` and is imported only
when used, so that ``podreader`` starts the window without loading the search engine.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from podreader import INTERFACE_LANGUAGES, __version__
from podreader.model import READING_MODES

#: Subcommand name -> module in podreader.commands with ``add_arguments`` and ``run``.
COMMANDS: dict[str, tuple[str, str]] = {
    "import": (
        "import_files",
        "Import PodQuest pages and transcripts (files or folders) into the library.",
    ),
    "open": ("open_files", "Open the window with these files or folders, importing them."),
    "list": ("list_episodes", "List the episodes (or, with --podcasts, the podcasts)."),
    "show": ("show", "Show one whole episode."),
    "delete": ("delete", "Delete an episode from the library."),
    "search": ("search", "Search every episode; the index is brought up to date first."),
    "reindex": ("reindex", "Rebuild the search index from the library."),
    "reparse": ("reparse", "Read kept source files again with the current parsers."),
    "check": ("check", "Check that the search index agrees with the library."),
    "recover": (
        "recover",
        "Rebuild a damaged library from the kept pages and the latest bookmark backup.",
    ),
    "bookmarks": ("bookmarks", "List, add, export and import bookmarks."),
}


class _Parser(argparse.ArgumentParser):
    """Usage errors as one sentence on stderr and exit code 2, without the usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"podreader: {message}; run '{self.prog} --help' for usage.\n")


def _common() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="library folder (default: the platform's user data folder, or $PODREADER_DATA_DIR)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for machines"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="podreader",
        description="Read saved PodQuest podcast transcript pages offline.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"podreader {__version__}")
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the main window to a PNG file and exit"
    )
    parser.add_argument("--episode", metavar="ID", help="with --screenshot: the episode to open")
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_size,
        help="with --screenshot: the window size in pixels (default 1440x900)",
    )
    parser.add_argument(
        "--mode",
        choices=READING_MODES,
        help="with --screenshot: how the transcript pane shows the languages",
    )
    parser.add_argument(
        "--theme", choices=["light", "dark", "system"], help="colour theme for this run"
    )
    parser.add_argument(
        "--lang",
        choices=INTERFACE_LANGUAGES,
        help="interface language at start (default: the one chosen in View > Interface "
        "Language, else the system's); choosing one there still switches",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (module_name, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        _module(module_name).add_arguments(command)
    return parser


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit() and int(width) and int(height)):
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1440x900")
    return int(width), int(height)


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"podreader.commands.{name}")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.json = getattr(args, "json", False)
    if args.command is None:
        from podreader.ui.app import run_app

        return run_app(args)
    try:
        return int(_module(COMMANDS[args.command][0]).run(args))
    except KeyboardInterrupt:
        print("podreader: interrupted; everything finished before that is saved.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
