"""A bad file of each format is refused with its reason and leaves the library as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.paths import DataPaths
from tests.formats.test_timed_formats import LAUGHS, VTT

BAD = {
    "episode.vtt": ("00:00:01.000 --> 00:00:02.000\nNo header.\n", "no WEBVTT header"),
    "episode.json": ('{"segments": [{"startTime": 1, "body": "cut', "not valid JSON"),
    "episode.ttml": (LAUGHS, "refuses for safety"),
    "episode.html": ("<!DOCTYPE html><p>PodQuest was nice.</p>", "not a PodQuest episode page"),
    "episode.chapters.json": ('{"chapters": []}', "chapters file without its transcript"),
    "list.opml": ("<opml><body><outline text='no feed'/></body></opml>", "names no podcast feeds"),
    "episode.srt": ("1\n00:00:01,000 --> 00:00:02,000\n\n", "holds no transcript text"),
}


@pytest.mark.parametrize("name", BAD)
def test_a_bad_file_changes_nothing(tmp_path: Path, name: str) -> None:
    good = tmp_path / "good" / "episode.vtt"
    good.parent.mkdir()
    good.write_text(VTT, encoding="utf-8")
    text, reason = BAD[name]
    bad = tmp_path / "bad" / name
    bad.parent.mkdir()
    bad.write_text(text, encoding="utf-8")
    with Library(DataPaths(tmp_path / "data")) as library:
        (first,) = import_paths(library, [good])
        before = (library.summaries(), library.episode(first.episode_id or ""))
        (result,) = import_paths(library, [bad])
        assert result.status == "failed"
        assert reason in (result.error or "")
        assert (library.summaries(), library.episode(first.episode_id or "")) == before
