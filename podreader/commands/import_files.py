"""``podreader import PATH...``"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from podreader.commands.output import emit_json, with_library
from podreader.library.importer import ImportResult, import_paths
from podreader.library.store import Library


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders of them")
    parser.add_argument(
        "--quiet", "-q", action="store_true", help="print only the summary and the failures"
    )


def run(args: argparse.Namespace) -> int:
    return with_library(args, lambda library: _import(library, args), writes="import pages")


def _import(library: Library, args: argparse.Namespace) -> int:
    found = 0

    def progress(done: int, total: int, result: ImportResult) -> None:
        nonlocal found
        found = total
        if not args.json and not args.quiet and result.ok:
            print(f"[{done}/{total}] {result.status:9} {result.title}  ({result.path})")
            for warning in result.warnings:  # what was left out of the file, under its line
                print(f"          note: {warning}")
        if not args.json and not result.ok:
            print(f"[{done}/{total}] failed    {result.path}: {result.error}", file=sys.stderr)

    results = import_paths(library, [Path(p) for p in args.paths], progress)
    ok = [r for r in results if r.ok]
    failed = [r for r in results if not r.ok]
    not_tried = found - len(results)
    if args.json:
        emit_json(
            {
                "imported": [
                    {
                        "path": str(r.path),
                        "episode_id": r.episode_id,
                        "title": r.title,
                        "status": r.status,
                        "warnings": list(r.warnings),
                    }
                    for r in ok
                ],
                "failed": [{"path": str(r.path), "error": r.error} for r in failed],
                "not_tried": not_tried,
            }
        )
    else:
        counts = {s: sum(r.status == s for r in ok) for s in ("imported", "updated", "unchanged")}
        stopped = f"; the import stopped there, {not_tried} not tried" if not_tried else ""
        print(
            f"{counts['imported']} imported, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {len(failed)} failed{stopped}."
        )
    return 1 if failed else 0
