"""Chapters files beside their transcript, and a transcript with its translation in two files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from podreader.library.companions import Planned, plan
from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.paths import DataPaths

EN = """WEBVTT

00:00.000 --> 00:04.000
<v Ann>Welcome to the tea hour. Today we talk about green tea.

00:04.000 --> 00:08.000
<v Ann>It grows on hills in the rain.

00:10.000 --> 00:14.000
<v Bo>And black tea? Black tea is green tea left to oxidise.

00:14.000 --> 00:18.000
<v Bo>That takes a day or two.

00:30.000 --> 00:34.000
<v Ann>Goodbye from both of us.
"""
# Another cutting: a title card first, Bo's two cues merged into one, the last cue split in two,
# and a music cue of its own.
ZH = """WEBVTT

00:00.000 --> 00:01.500
茶时间

00:01.500 --> 00:08.000
<v Ann>欢迎收听茶时间。今天我们聊绿茶。它长在多雨的山上。

00:10.000 --> 00:18.000
<v Bo>那红茶呢？红茶就是让绿茶氧化，需要一两天。

00:22.000 --> 00:26.000
[音乐]

00:30.000 --> 00:32.000
<v Ann>那么，

00:32.000 --> 00:34.000
<v Ann>下周见。
"""
CHAPTERS = {
    "version": "1.2.0",
    "chapters": [
        {"startTime": 0, "title": "Green tea"},
        {"startTime": 9.5, "title": "Black tea", "img": "b.png"},
        {"startTime": 20, "title": "Hidden", "toc": False},
        {"startTime": 29.8, "title": "Goodbye", "url": "https://example.org"},
    ],
}


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_plan_groups_companions_by_name(tmp_path: Path) -> None:
    folder = _write(
        tmp_path / "f",
        {
            "tea.en.vtt": EN,
            "tea.zh.vtt": ZH,
            "tea.chapters.json": json.dumps(CHAPTERS),
            "other.json": json.dumps(CHAPTERS),
            "solo.vtt": EN,
        },
    )
    files = sorted(folder.iterdir())
    assert plan(files) == [
        Planned(folder / "other.json"),
        Planned(folder / "solo.vtt"),
        Planned(folder / "tea.en.vtt", folder / "tea.chapters.json", folder / "tea.zh.vtt"),
    ]


def test_chapters_and_translation_import_as_one_episode(library: Library, tmp_path: Path) -> None:
    folder = _write(
        tmp_path / "f",
        {"tea.en.vtt": EN, "tea.zh.vtt": ZH, "tea.chapters.json": json.dumps(CHAPTERS)},
    )
    (result,) = import_paths(library, [folder])
    assert (result.path.name, result.status, result.title) == ("tea.en.vtt", "imported", "tea")
    episode = library.episode(result.episode_id or "")
    assert episode is not None
    assert [t.language for t in episode.tracks] == ["en", "zh-Hans"]
    assert episode.translations[0].kind == "translation"
    # Chapters by time: the hidden one left out, each at the paragraph speaking then.
    reading = {r.id: r.text for r in episode.reading}
    placed = {c.title: reading[c.paragraph or 0].split(".")[0] for c in episode.chapters}
    assert placed == {
        "Green tea": "Welcome to the tea hour",
        "Black tea": "And black tea? Black tea is green tea left to oxidise",
        "Goodbye": "Goodbye from both of us",
    }
    # Aligned by time though the cues are cut differently.
    zh = {p.id: p.text for p in episode.translations[0].paragraphs}
    pairs = {
        r.text.split(".")[0]: "".join(zh[i] for i in r.counterparts["zh-Hans"])
        for r in episode.reading
    }
    assert pairs["Welcome to the tea hour"].startswith("茶时间")
    assert "红茶" in pairs["And black tea? Black tea is green tea left to oxidise"]
    assert pairs["Goodbye from both of us"].endswith("那么，下周见。")
    # The kept sources name the companions' roles, for a later re-parse.
    formats = sorted(r[0] for r in library.conn.execute("SELECT format FROM sources"))
    assert formats == ["chapters", "translation", "webvtt"]


def test_importing_the_same_files_again_changes_nothing(library: Library, tmp_path: Path) -> None:
    folder = _write(tmp_path / "f", {"tea.en.vtt": EN, "tea.zh.vtt": ZH})
    import_paths(library, [folder])
    (again,) = import_paths(library, [folder])
    assert again.status == "unchanged"


def test_a_lone_chapters_file_is_reported_not_imported(library: Library, tmp_path: Path) -> None:
    folder = _write(tmp_path / "f", {"tea.chapters.json": json.dumps(CHAPTERS)})
    (result,) = import_paths(library, [folder])
    assert result.status == "failed"
    assert "chapters file without its transcript" in (result.error or "")
    assert library.count() == 0


def test_a_text_pair_without_times_is_aligned_by_its_words(
    library: Library, tmp_path: Path
) -> None:
    english = "Ann: We sold 120 boats in 2023.\nBo: That is a record.\nAnn: Yes, 62% went abroad.\n"
    chinese = "Ann: 我们在2023年卖了120条船。\nBo: 这是纪录。\nAnn: 是的，62%卖到了国外。\n"
    folder = _write(tmp_path / "f", {"boats.en.txt": english, "boats.zh.txt": chinese})
    (result,) = import_paths(library, [folder])
    episode = library.episode(result.episode_id or "")
    assert episode is not None and len(episode.translations) == 1
    linked = [r.counterparts.get("zh-Hans") for r in episode.reading]
    assert linked[0] == [0]
    assert linked[-1] == [2]
