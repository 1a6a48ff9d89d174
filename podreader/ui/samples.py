"""The sample episodes shipped with podreader, for a first look at an empty library."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def sample_pages() -> list[Path]:
    """The sample pages as file paths, first sample first.

    The import worker reads them on its own thread later, so they must be real files: they are,
    both in an installed wheel and in the PyInstaller bundle (packaging/podreader.spec).
    """
    folder = files("podreader.resources") / "samples"
    return sorted(Path(str(page)) for page in folder.iterdir() if page.name.endswith(".txt"))
