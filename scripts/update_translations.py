"""Bring the translation sources up to date with the code:

    python scripts/update_translations.py

Runs Qt's lupdate over podreader/ui/ (the only code that shows text through Qt), and over the
modules below it that mark sentences for the window with podreader.messages, and updates
resources/translations/podreader_<language>.ts for every language podreader ships, keeping
what is translated and marking new or changed strings unfinished. The .qm files Qt loads are
compiled from these at every build (setup.py), never by hand.
tests/ui/test_translations_catalogues.py runs the same update on copies to check that the
committed catalogues are current.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from podreader import INTERFACE_LANGUAGES  # noqa: E402
from podreader.ui.translations import CATALOGUE  # noqa: E402

#: Where the catalogue sources live.
TRANSLATIONS = ROOT / "resources" / "translations"


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.ts"


#: How a module below the interface marks a sentence for the window (podreader.messages).
MARKS = ("podreader.messages", "QT_TRANSLATE_NOOP(")
#: The contexts those modules use. lupdate takes every ``#:`` comment in a file since the last
#: message as a note to translators; below the interface these document attributes, not
#: sentences, so the notes are dropped from these contexts.
CONTEXTS_BELOW = ("Bookmarks", "Import", "Library", "Search")
_NOTE = re.compile(r"\n *<extracomment>[^<]*</extracomment>")
_CONTEXT = re.compile(r"<context>\s*<name>([^<]*)</name>.*?</context>", re.DOTALL)


def sources() -> list[str]:
    """The interface's modules, and those below it that mark sentences for it."""
    package = ROOT / "podreader"
    found = [
        path
        for path in package.rglob("*.py")
        if path.is_relative_to(package / "ui")
        or all(mark in path.read_text(encoding="utf-8") for mark in MARKS)
    ]
    return sorted(str(path.relative_to(ROOT)) for path in found)


def update(target: Path, language: str) -> None:
    """Update the catalogue ``target`` for ``language`` from the interface's sources."""
    command = [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lupdate; lupdate()"]
    options = ["-no-obsolete", "-locations", "none", "-target-language", language]
    subprocess.run(
        [*command, *options, *sources(), "-ts", str(target)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    text = target.read_text(encoding="utf-8")
    target.write_text(_CONTEXT.sub(_without_notes, text), encoding="utf-8")


def _without_notes(context: re.Match[str]) -> str:
    block = context.group(0)
    return _NOTE.sub("", block) if context.group(1) in CONTEXTS_BELOW else block


def main() -> int:
    for language in INTERFACE_LANGUAGES[1:]:  # the first is the source language
        update(catalogue(language), language)
        print(f"updated {catalogue(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
