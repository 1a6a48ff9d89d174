"""Shared test setup: offscreen Qt, and no test ever touches the real user data directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from podreader.library.store import Library
from podreader.paths import DataPaths

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE_DIR = SHARED / "samples" / "podquest"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point PODREADER_DATA_DIR at a fresh folder so nothing reaches the user's real library."""
    data = tmp_path_factory.mktemp("data")
    old = os.environ.get("PODREADER_DATA_DIR")
    os.environ["PODREADER_DATA_DIR"] = str(data)
    yield data
    if old is None:
        os.environ.pop("PODREADER_DATA_DIR", None)
    else:
        os.environ["PODREADER_DATA_DIR"] = old


@pytest.fixture(scope="session")
def sample_page() -> Path:
    """The real PodQuest page from ../shared, or a clean skip on a user's fresh clone."""
    pages = sorted(SAMPLE_DIR.glob("*.txt")) if SAMPLE_DIR.is_dir() else []
    if not pages:
        pytest.skip("../shared/samples/podquest is not present beside this checkout")
    return pages[0]


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    """A fresh data folder for one test (search and command tests share it)."""
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def library(paths: DataPaths) -> Iterator[Library]:
    with Library(paths) as library:
        yield library
