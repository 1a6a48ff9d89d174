"""A damaged, emptied or missing library: reported, moved aside, rebuilt by ``recover``."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from podreader.cli import main
from podreader.commands.recover import INDEX_LATER
from podreader.library.backup import KEEP, latest, snapshots
from podreader.library.bookmarks import BookmarkStore, new_bookmark, place_quote
from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.paths import DataPaths
from tests.pages import make_page

RECOVER = "run 'podreader recover'"


def _run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


def _one_sentence(err: str) -> str:
    assert err.startswith("podreader: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A library of six long episodes, one with a bookmark (so also a bookmark backup)."""
    folder = tmp_path / "data"
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(6):
        words = [f"Paragraph {i} of episode {number} is about boats." for i in range(150)]
        (pages / f"{number}.txt").write_text(
            make_page(title=f"Episode {number}", english=[*words, "Tell a friend."]),
            encoding="utf-8",
        )
    with Library(DataPaths(folder)) as library:
        results = import_paths(library, [pages])
        episode = library.episode(results[0].episode_id or "")
        assert episode is not None
        track, anchor = place_quote(episode, "Paragraph 3 of episode 0")
        BookmarkStore(library).save(new_bookmark(episode, track, anchor, note="mine"))
    return folder


def _garble_middle(file: Path) -> None:
    data = bytearray(file.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 3 * 4096] = random.Random(1).randbytes(3 * 4096)
    file.write_bytes(bytes(data))


def test_an_emptied_library_is_reported_moved_aside_and_not_replaced(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data / "library.sqlite3").write_bytes(b"")
    code, out, err = _run(capsys, data, "list")
    assert code == 1 and out == ""
    assert "library file is empty although the data folder holds kept pages" in err
    assert RECOVER in _one_sentence(err)
    assert not (data / "library.sqlite3").exists()  # no new, empty library in its place
    (aside,) = data.glob("library.damaged-*.sqlite3")
    assert aside.stat().st_size == 0
    code, _, err = _run(capsys, data, "import", str(data / "nothing.txt"))
    assert code == 1 and "library file is missing" in _one_sentence(err)


@pytest.mark.parametrize("command", [["check"], ["list"], ["import", "PAGE"]])
def test_garbage_in_the_middle_is_reported_and_never_a_success(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    page = tmp_path / "new.txt"
    page.write_text(make_page(title="A new one"), encoding="utf-8")
    _garble_middle(data / "library.sqlite3")
    code, out, err = _run(capsys, data, *[str(page) if a == "PAGE" else a for a in command])
    assert code == 1 and "imported" not in out
    assert "library file is damaged" in _one_sentence(err) and RECOVER in err
    assert list(data.glob("library.damaged-*.sqlite3"))


def test_recover_rebuilds_episodes_and_bookmarks(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, before, _ = _run(capsys, data, "list")
    assert code == 0
    _garble_middle(data / "library.sqlite3")
    damaged = (data / "library.sqlite3").read_bytes()
    code, out, err = _run(capsys, data, "recover")
    assert code == 0, err
    assert out.startswith("Rebuilt the library: 6 episodes from 6 kept pages and 1 bookmark from")
    assert out.endswith(f"\n{INDEX_LATER}\n")  # check, meanwhile, says there is no index yet
    assert _run(capsys, data, "check")[0] == 1
    assert _run(capsys, data, "search", "Paragraph")[0] == 0  # which rebuilds it
    assert _run(capsys, data, "check")[0] == 0
    (aside,) = data.glob("library.damaged-*.sqlite3")
    assert aside.read_bytes() == damaged  # kept as it was, for whoever wants to look
    assert _run(capsys, data, "list")[1] == before
    code, out, _ = _run(capsys, data, "bookmarks", "list", "--json")
    [bookmark] = json.loads(out)
    assert (bookmark["quote"], bookmark["note"], bookmark["detached"]) == (
        "Paragraph 3 of episode 0",
        "mine",
        False,
    )
    code, out, err = _run(capsys, data, "recover")
    assert code == 1 and "not damaged" in _one_sentence(err)


def test_recover_after_an_emptied_library_and_a_lost_backup_folder_keeps_the_pages(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data / "library.sqlite3").write_bytes(b"")
    shutil.rmtree(data / "backups")
    code, out, err = _run(capsys, data, "recover")
    assert code == 0, err
    assert "6 episodes from 6 kept pages and no bookmarks" in out


def test_the_copy_imported_last_is_the_one_recovered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    old, repaired = tmp_path / "old.txt", tmp_path / "repaired.txt"
    old.write_text(make_page(english=["A first try at the words."]), encoding="utf-8")
    repaired.write_text(make_page(english=["A repaired version of the words."]), encoding="utf-8")
    for page in (repaired, old, repaired):
        assert _run(capsys, data, "import", str(page))[0] == 0
    (data / "library.sqlite3").write_bytes(b"")
    assert _run(capsys, data, "recover")[0] == 0
    with Library(DataPaths(data)) as library:
        (summary,) = library.summaries()
        episode = library.episode(summary.id)
    assert episode is not None and "repaired" in episode.transcript.paragraphs[0].text


def test_each_bookmark_change_is_backed_up_and_a_few_backups_are_kept(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library(DataPaths(data)) as library:
        episode_id = library.summaries()[0].id
    for number in range(KEEP + 2):
        quote = f"Paragraph {10 + number} of episode"
        code, _, err = _run(capsys, data, "bookmarks", "add", episode_id, "--quote", quote)
        assert code == 0, err
    kept = snapshots(DataPaths(data))
    assert len(kept) == KEEP
    backup = latest(DataPaths(data))
    assert backup is not None and backup.path == kept[-1]
    assert len(backup.bookmarks) == KEEP + 3
    # A backup is a bookmark export: it imports as one.
    code, out, _ = _run(capsys, data, "bookmarks", "import", str(kept[0]))
    assert code == 0 and out.startswith("0 added")


def test_check_reports_a_damaged_library_in_one_sentence(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data / "library.sqlite3").write_bytes(b"garbage " * 1000)
    code, _, err = _run(capsys, data, "check")
    assert code == 1 and "library file is not a database" in _one_sentence(err)
