"""``podreader import``: what was left out of a file it read is said under the file's line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import podreader

#: A WebVTT file whose second cue has a time no reader can use.
BAD_TIME = "WEBVTT\n\n00:01.000 --> 00:02.000\nKept.\n\n00:0x.000 --> 00:03.000\nLost.\n"


def test_notes_follow_the_imported_line(tmp_path: Path) -> None:
    (tmp_path / "talk.vtt").write_text(BAD_TIME, encoding="utf-8")
    done = podreader(tmp_path / "data", "import", str(tmp_path / "talk.vtt"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("[1/1] imported ")
    assert lines[1] == "          note: 1 cue with an unreadable time was skipped."
    assert lines[2] == "1 imported, 0 updated, 0 unchanged, 0 failed."


def test_notes_in_json(tmp_path: Path) -> None:
    (tmp_path / "talk.vtt").write_text(BAD_TIME, encoding="utf-8")
    (tmp_path / "fine.vtt").write_text(BAD_TIME.replace("0x", "02"), encoding="utf-8")
    done = podreader(tmp_path / "data", "import", str(tmp_path), "--json")
    imported = {Path(i["path"]).name: i["warnings"] for i in json.loads(done.stdout)["imported"]}
    assert imported == {"fine.vtt": [], "talk.vtt": ["1 cue with an unreadable time was skipped."]}
