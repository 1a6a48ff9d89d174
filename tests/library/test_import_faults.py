"""Imports on a bad day: odd files in a folder, pages in Big5, a disk that fills up."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest

from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.paths import DataPaths
from tests.pages import make_page


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(DataPaths(tmp_path / "data")) as lib:
        yield lib


@pytest.mark.timeout(30)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_in_a_folder_is_skipped_with_a_reason(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-page.txt").write_text(make_page(), encoding="utf-8")
    os.mkfifo(folder / "b-pipe.txt")  # nobody ever writes to it: reading it would wait forever
    results = {r.path.name: r for r in import_paths(library, [folder])}
    assert results["a-page.txt"].status == "imported"
    assert results["b-pipe.txt"].status == "failed"
    assert results["b-pipe.txt"].error is not None
    assert "not a regular file" in results["b-pipe.txt"].error


def test_a_big5_page_imports_as_traditional_chinese(library: Library, tmp_path: Path) -> None:
    page = opencc.OpenCC("s2twp").convert(make_page(title="Wooden Hulls"))
    path = tmp_path / "big5.txt"
    path.write_bytes(page.encode("cp950"))
    (result,) = import_paths(library, [path])
    assert result.status == "imported", result.error
    episode = library.episode(result.episode_id or "")
    assert episode is not None
    topics = next(t for t in episode.translations if t.kind == "summary")
    assert "港口時間" in topics.paragraphs[0].text


def test_a_nul_byte_in_a_transcript_is_not_kept(library: Library, tmp_path: Path) -> None:
    page = make_page(english=["A transcript with a NUL\x00 byte in it, said the host."])
    path = tmp_path / "nul.txt"
    path.write_text(page, encoding="utf-8")
    (result,) = import_paths(library, [path])
    episode = library.episode(result.episode_id or "")
    assert episode is not None
    assert episode.transcript.paragraphs[0].text.startswith("A transcript with a NUL byte")
