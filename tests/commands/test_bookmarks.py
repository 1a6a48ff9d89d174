"""``podreader bookmarks ...`` and the bookmark guard of ``podreader delete``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from podreader.cli import main
from podreader.library.store import Library
from podreader.paths import DataPaths
from tests.library.bookmark_texts import EPISODE_ID, episode, store


@pytest.fixture
def data_dir(tmp_path: Path) -> str:
    folder = tmp_path / "lib"
    with Library(DataPaths(folder)) as library:
        store(library, episode())
    return str(folder)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_then_list(data_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(
        capsys,
        "bookmarks", "add", EPISODE_ID, "--data-dir", data_dir,
        "--quote", "the hardest  part is not", "--note", "true", "--tag", "work", "sea",
    )  # fmt: skip
    assert code == 0, err
    assert "transcript paragraph 1" in out
    code, out, _ = _run(capsys, "bookmarks", "list", "--data-dir", data_dir, "--json")
    [listed] = json.loads(out)
    assert (listed["quote"], listed["note"], listed["tags"]) == (
        "the hardest part is not",
        "true",
        ["work", "sea"],
    )
    code, out, _ = _run(capsys, "--data-dir", data_dir, "bookmarks", "list", "--tag", "sea")
    assert "“the hardest part is not” #work #sea" in out
    code, out, _ = _run(capsys, "--data-dir", data_dir, "bookmarks", "list", "--episode", "nope")
    assert "No bookmarks yet" in out


@pytest.mark.parametrize(
    ("quote", "message"),
    [("mountain goats", "is not in episode"), ("the", "occurs"), ("", "empty")],
)
def test_add_fails_in_one_sentence(
    data_dir: str, capsys: pytest.CaptureFixture[str], quote: str, message: str
) -> None:
    code, out, err = _run(
        capsys, "bookmarks", "add", EPISODE_ID, "--quote", quote, "--data-dir", data_dir
    )
    assert code == 1 and not out
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_add_to_unknown_episode(data_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "bookmarks", "add", "nope", "--quote", "x", "--data-dir", data_dir)
    assert code == 1 and "No episode has the id 'nope'" in err


def test_export_import_round_trip(
    data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for quote in ("tidal power", "文书工作"):
        assert (
            _run(capsys, "bookmarks", "add", EPISODE_ID, "--quote", quote, "--data-dir", data_dir)[
                0
            ]
            == 0
        )
    code, out, _ = _run(capsys, "bookmarks", "export", "--format", "md", "--data-dir", data_dir)
    assert code == 0 and "> tidal power" in out and "> 文书工作" in out
    backup = tmp_path / "backup.json"
    code, out, _ = _run(
        capsys,
        "bookmarks",
        "export",
        "--format",
        "json",
        "--output",
        str(backup),
        "--data-dir",
        data_dir,
    )
    assert code == 0 and "Exported 2 bookmarks" in out

    fresh = str(tmp_path / "fresh")
    code, out, _ = _run(capsys, "bookmarks", "import", str(backup), "--data-dir", fresh)
    assert (code, out) == (0, "2 added, 0 updated, 0 unchanged.\n")
    code, out, _ = _run(capsys, "bookmarks", "import", str(backup), "--data-dir", fresh)
    assert out == "0 added, 0 updated, 2 unchanged.\n"
    code, out, _ = _run(capsys, "bookmarks", "list", "--json", "--data-dir", fresh)
    assert sorted(b["quote"] for b in json.loads(out)) == ["tidal power", "文书工作"]

    csv_file = tmp_path / "marks.csv"
    _run(
        capsys,
        "bookmarks",
        "export",
        "--format",
        "csv",
        "--output",
        str(csv_file),
        "--data-dir",
        fresh,
    )
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbfid,episode_id")

    notes = tmp_path / "notes"
    code, out, _ = _run(
        capsys, "bookmarks", "export", "--per-episode", "--output", str(notes), "--data-dir", fresh
    )
    assert code == 0 and [p.name for p in notes.iterdir()] == ["2025-03-14 Power from the Tides.md"]


def test_import_of_a_wrong_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    code, _, err = _run(capsys, "bookmarks", "import", str(bad))
    assert code == 1 and "not a podreader bookmark export" in err
    code, _, err = _run(capsys, "bookmarks", "import", str(tmp_path / "missing.json"))
    assert code == 1 and "could not be read" in err


def test_delete_bookmark(data_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    _run(
        capsys,
        "bookmarks",
        "add",
        EPISODE_ID,
        "--quote",
        "tidal power",
        "--json",
        "--data-dir",
        data_dir,
    )
    _, out, _ = _run(capsys, "bookmarks", "list", "--json", "--data-dir", data_dir)
    [bookmark] = json.loads(out)
    assert _run(capsys, "bookmarks", "delete", bookmark["id"], "--data-dir", data_dir)[0] == 0
    code, _, err = _run(capsys, "bookmarks", "delete", bookmark["id"], "--data-dir", data_dir)
    assert code == 1 and "No bookmark has the id" in err


def test_delete_episode_refuses_while_it_has_bookmarks(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "bookmarks", "add", EPISODE_ID, "--quote", "tidal power", "--data-dir", data_dir)
    code, _, err = _run(capsys, "delete", EPISODE_ID, "--data-dir", data_dir)
    assert code == 1
    assert f"podreader bookmarks export --episode {EPISODE_ID}" in err and "--yes" in err
    code, out, _ = _run(capsys, "delete", EPISODE_ID, "--yes", "--data-dir", data_dir)
    assert code == 0 and "bookmarks are still kept" in out
    code, out, _ = _run(capsys, "bookmarks", "list", "--data-dir", data_dir)
    assert "tidal power" in out  # the bookmark outlives the episode
    code, _, err = _run(capsys, "delete", EPISODE_ID, "--data-dir", data_dir)
    assert code == 1 and "No episode has the id" in err


def test_delete_episode_without_bookmarks_needs_no_yes(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "delete", EPISODE_ID, "--data-dir", data_dir)
    assert code == 0 and "Deleted episode" in out
