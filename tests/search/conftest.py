from __future__ import annotations

from collections.abc import Iterator

import pytest

from podreader.paths import DataPaths
from podreader.search.engine import SearchEngine


@pytest.fixture
def engine(paths: DataPaths) -> Iterator[SearchEngine]:
    engine = SearchEngine(paths)
    yield engine
    engine.close()
