"""Where podreader keeps its files.

Everything lives under one data directory so that a test, a portable install or a second
profile can point the whole program elsewhere with ``--data-dir`` or ``PODREADER_DATA_DIR``.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_VAR = "PODREADER_DATA_DIR"
APP_NAME = "podreader"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The command line wins over the environment, which wins over the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True, slots=True)
class DataPaths:
    root: Path

    @property
    def library(self) -> Path:
        return self.root / "library.sqlite3"

    @property
    def sources(self) -> Path:
        """Original imported files, named by content hash, so a better parser can re-read them."""
        return self.root / "sources"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def checked(self) -> Path:
        """Size and time of the library file when it last passed SQLite's integrity check."""
        return self.root / ".library-checked"

    @property
    def backups(self) -> Path:
        """Snapshots of bookmarks and reading positions: what sources/ cannot rebuild."""
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    def ensure(self) -> DataPaths:
        self.root.mkdir(parents=True, exist_ok=True)
        self.sources.mkdir(exist_ok=True)
        return self


def data_paths(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    return DataPaths(resolve_data_dir(explicit))


def write_atomically(target: Path, data: bytes) -> None:
    """Write a file of the data folder whole or not at all: a crash or a full disk never
    leaves part of one (the bytes go to a temporary file beside it, renamed when complete)."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
