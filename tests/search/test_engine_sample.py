"""The real page from ../shared, imported with the real parser and analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.search.engine import SearchEngine, SearchOptions
from podreader.search.indexer import update_index


@pytest.fixture
def sample_engine(paths: DataPaths, library: Library, sample_page: Path) -> SearchEngine:
    from podreader.library.importer import import_paths

    assert all(r.ok for r in import_paths(library, [sample_page]))
    update_index(paths)
    return SearchEngine(paths)


@pytest.mark.parametrize(
    ("query", "english", "chinese"),
    [
        ("Blackwell", "Blackwell", "Blackwell"),
        ("英伟达", None, "英伟达"),
        ("120亿", "$12 billion", "120亿"),
        ("12 billion", "$12 billion", "120亿"),
    ],
)
def test_sample_queries_find_the_passage(
    sample_engine: SearchEngine, query: str, english: str | None, chinese: str | None
) -> None:
    results = sample_engine.search(query, SearchOptions(per_episode=20, limit=40))
    sample_engine.close()
    marked = [(h.track, m) for _, h in results.hits for m in h.terms]
    if english:
        assert any(t == "transcript" and m.startswith(english) for t, m in marked)
    if chinese:
        assert any(t == "summary" and m.startswith(chinese) for t, m in marked)
