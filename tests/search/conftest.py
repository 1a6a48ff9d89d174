from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search.engine import SearchEngine


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def library(paths: DataPaths) -> Iterator[Library]:
    with Library(paths) as library:
        yield library


@pytest.fixture
def engine(paths: DataPaths) -> Iterator[SearchEngine]:
    engine = SearchEngine(paths)
    yield engine
    engine.close()
