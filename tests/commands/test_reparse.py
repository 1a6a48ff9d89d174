"""``podreader reparse``: kept files read again by the current parsers; bookmarks follow."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from podreader.cli import main

VTT = """WEBVTT

00:00.000 --> 00:04.000
<v Ann>Welcome to the tea hour, where we taste one cup a week.

00:04.000 --> 00:08.000
<v Bo>This week a smoky black tea from the hills.
"""


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_reparse_updates_in_place_and_bookmarks_follow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    (tmp_path / "tea.vtt").write_text(VTT, encoding="utf-8")
    assert main(["import", "--data-dir", data, str(tmp_path / "tea.vtt")]) == 0
    ((entry),) = _json(capsys, "list", "--data-dir", data)  # type: ignore[misc]
    episode_id = entry["id"]
    assert (
        main(["bookmarks", "add", episode_id, "--quote", "smoky black tea", "--data-dir", data])
        == 0
    )
    # What an older podreader stored: one paragraph, no speakers or times.
    with sqlite3.connect(tmp_path / "data" / "library.sqlite3") as conn:
        conn.execute("UPDATE paragraphs SET start_s = NULL, end_s = NULL, speaker = NULL")
    shown = _json(capsys, "show", episode_id, "--data-dir", data)
    assert "speaker" not in shown["transcript"]["paragraphs"][0]  # type: ignore[index]

    results = _json(capsys, "reparse", episode_id, "--data-dir", data)
    assert results == [{"id": episode_id, "status": "updated", "title": "tea", "error": None}]
    shown = _json(capsys, "show", episode_id, "--data-dir", data)
    speakers = [p["speaker"] for p in shown["transcript"]["paragraphs"]]  # type: ignore[index]
    assert speakers == ["Ann", "Bo"]
    (bookmark,) = _json(capsys, "bookmarks", "list", "--data-dir", data)  # type: ignore[misc]
    assert (bookmark["quote"], bookmark["detached"]) == ("smoky black tea", False)

    again = _json(capsys, "reparse", "--all", "--data-dir", data)
    assert again == [{"id": episode_id, "status": "unchanged", "title": "tea", "error": None}]


def test_reparse_reports_a_missing_kept_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    (tmp_path / "tea.vtt").write_text(VTT, encoding="utf-8")
    assert main(["import", "--data-dir", str(data), str(tmp_path / "tea.vtt")]) == 0
    for kept in (data / "sources").rglob("*"):
        if kept.is_file():
            kept.unlink()
    capsys.readouterr()
    assert main(["reparse", "--all", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "kept copy of tea.vtt is missing" in err and "Traceback" not in err


def test_reparse_needs_ids_or_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reparse", "--data-dir", str(tmp_path / "d")]) == 2
    assert "--all" in capsys.readouterr().err
