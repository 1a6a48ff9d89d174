"""``podreader open PATH…``: the window, showing the given files (what a desktop's "Open With"
runs). The files are imported as by *File → Import*; one already in the library is opened."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # None at all is the window alone: a desktop's menu entry runs "podreader open %F" with
    # no files.
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders")


def run(args: argparse.Namespace) -> int:
    from podreader.ui.app import run_app

    return run_app(args)
