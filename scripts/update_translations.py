"""Bring the translation sources up to date with the code:

    python scripts/update_translations.py

Runs Qt's lupdate over podreader/ui/ (the only code that shows text through Qt) and updates
resources/translations/podreader_<language>.ts for every language podreader ships, keeping
what is translated and marking new or changed strings unfinished. The .qm files Qt loads are
compiled from these at every build (setup.py), never by hand.
tests/ui/test_translations_catalogues.py runs the same update on copies to check that the
committed catalogues are current.
"""

from __future__ import annotations

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


def update(target: Path, language: str) -> None:
    """Update the catalogue ``target`` for ``language`` from the interface's sources."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "podreader" / "ui").rglob("*.py"))
    command = [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lupdate; lupdate()"]
    options = ["-no-obsolete", "-locations", "none", "-target-language", language]
    subprocess.run(
        [*command, *options, *sources, "-ts", str(target)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )


def main() -> int:
    for language in INTERFACE_LANGUAGES[1:]:  # the first is the source language
        update(catalogue(language), language)
        print(f"updated {catalogue(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
