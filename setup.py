"""The one build step pyproject.toml cannot say: compile the translation catalogues.

Qt loads translations from .qm files, which ``lrelease`` compiles from the .ts sources in
resources/translations/. Every build compiles them, so a wheel, an editable install and the
frozen app (built from an install) hold catalogues that match their .ts files, and no .qm is
committed. PySide6's lrelease is why PySide6-Essentials is in [build-system] requires.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCES = Path(__file__).resolve().parent / "resources" / "translations"


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        # An editable install reads resources/ in place; a wheel gets them from build_lib.
        target = SOURCES
        if not self.editable_mode:
            target = Path(self.build_lib) / "podreader" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for catalogue in sorted(SOURCES.glob("*.ts")):
            compiled = target / f"{catalogue.stem}.qm"
            command = [
                sys.executable,
                "-c",
                "from PySide6.scripts.pyside_tool import lrelease; lrelease()",
            ]
            subprocess.run([*command, "-silent", str(catalogue), "-qm", str(compiled)], check=True)


setup(cmdclass={"build_py": BuildWithTranslations})
