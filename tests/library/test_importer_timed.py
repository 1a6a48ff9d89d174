"""Timed transcripts in the library: times and speakers stored and shown; big files bounded."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from podreader.cli import main
from podreader.formats import MAX_BYTES
from podreader.library.importer import import_file
from podreader.library.schema import MIGRATIONS
from podreader.library.store import Library
from podreader.paths import DataPaths

CUE = "{n}\n{a} --> {b}\n{speaker}and some words of cue {n}\n\n"


def _stamp(seconds: float) -> str:
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours:02d}:{minutes:02d}:{secs:06.3f}".replace(".", ",")


def cue_file(cues: int) -> str:
    return "".join(
        CUE.format(
            n=n,
            a=_stamp(n * 2.0),
            b=_stamp(n * 2.0 + 1.9),
            speaker=("Ann: " if n % 40 == 1 else "Bo: " if n % 40 == 21 else ""),
        )
        for n in range(1, cues + 1)
    )


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


def test_times_and_speakers_survive_the_library(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "talk.en.srt"
    path.write_text(cue_file(100), encoding="utf-8")
    result = import_file(library, path)
    assert result.status == "imported"
    stored = library.episode(result.episode_id or "")
    assert stored is not None
    paragraphs = stored.transcript.paragraphs
    assert [p.speaker for p in paragraphs[:3]] == ["Ann", "Bo", "Ann"]
    assert paragraphs[0].start == 2.0 and paragraphs[0].end == pytest.approx(41.9)
    # Reading paragraphs start anew at each speaker.
    assert len(stored.reading) >= len({(p.speaker, p.start) for p in paragraphs})


def test_show_json_carries_start_end_and_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "talk.srt"
    path.write_text(cue_file(60), encoding="utf-8")
    data = str(tmp_path / "cli")
    assert main(["import", "--data-dir", data, str(path)]) == 0
    capsys.readouterr()
    assert main(["list", "--data-dir", data, "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert main(["show", entry["id"], "--data-dir", data, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    first = shown["transcript"]["paragraphs"][0]
    assert (first["start"], first["speaker"]) == (2.0, "Ann")
    assert first["end"] == pytest.approx(41.9)
    reading = shown["reading"][0]
    assert {"start", "end", "speaker"} <= reading.keys()


def test_pages_without_times_show_no_timing_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.pages import make_page

    path = tmp_path / "page.txt"
    path.write_text(make_page(), encoding="utf-8")
    data = str(tmp_path / "cli")
    assert main(["import", "--data-dir", data, str(path)]) == 0
    capsys.readouterr()
    main(["list", "--data-dir", data, "--json"])
    (entry,) = json.loads(capsys.readouterr().out)
    main(["show", entry["id"], "--data-dir", data, "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert not {"start", "end", "speaker"} & shown["transcript"]["paragraphs"][0].keys()


def test_a_50_mb_cue_file_is_refused_within_seconds(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "huge.srt"
    block = cue_file(2000).encode()
    with path.open("wb") as out:
        while out.tell() < 50 * 1024 * 1024:
            out.write(block)
    started = time.perf_counter()
    result = import_file(library, path)
    assert time.perf_counter() - started < 5.0
    assert result.status == "failed"
    assert f"{MAX_BYTES // (1024 * 1024)} MB limit" in (result.error or "")
    assert library.count() == 0


def test_a_long_cue_file_imports_within_seconds(tmp_path: Path, library: Library) -> None:
    """A 2.5 MB cue file (22 hours of cues) imports in well under a minute."""
    path = tmp_path / "long.srt"
    path.write_text(cue_file(40_000), encoding="utf-8")
    assert path.stat().st_size > 2_500_000
    started = time.perf_counter()
    result = import_file(library, path)
    assert result.status == "imported", result.error
    assert time.perf_counter() - started < 60.0


def test_a_version_3_library_gains_the_timing_columns(tmp_path: Path) -> None:
    db = tmp_path / "data" / "library.sqlite3"
    db.parent.mkdir()
    conn = sqlite3.connect(db)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Library(DataPaths(tmp_path / "data")) as library:
        columns = {row[1] for row in library.conn.execute("PRAGMA table_info(paragraphs)")}
    assert {"start_s", "end_s", "speaker"} <= columns
