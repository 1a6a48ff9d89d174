"""A read-only data folder: reading commands work, writing ones say in one sentence why not."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from podreader.cli import main
from podreader.library.bookmarks import BookmarkStore, new_bookmark, place_quote
from podreader.library.importer import import_paths
from podreader.library.store import Library, LibraryError
from podreader.paths import DataPaths
from tests.pages import make_page


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Take write permission away from ``folder`` and everything in it, for this process too.

    Permissions do not bind root (as in many CI containers), the immutable flag does; where
    neither can be set the test is skipped.
    """
    entries = [folder, *folder.rglob("*")]
    modes = {path: path.stat().st_mode for path in entries}
    flagged: list[Path] = []
    try:
        for path in entries:
            path.chmod(modes[path] & ~0o222)
        if os.access(folder, os.W_OK):
            for path in entries:
                done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
                if done.returncode != 0:
                    pytest.skip("this process ignores permissions and cannot set immutable")
                flagged.append(path)
        yield
    finally:
        for path in flagged:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        for path, mode in modes.items():
            path.chmod(mode)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    page = tmp_path / "page.txt"
    page.write_text(make_page(), encoding="utf-8")
    with Library(DataPaths(folder)) as library:
        (result,) = import_paths(library, [page])
        episode = library.episode(result.episode_id or "")
        assert episode is not None
        track, anchor = place_quote(episode, "the secret is patience")
        BookmarkStore(library).save(new_bookmark(episode, track, anchor, note="kept"))
    return folder


def _run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


def _reading_works(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, err = _run(capsys, data, "list", "--json")
    assert code == 0, err
    [listed] = json.loads(out)
    code, out, err = _run(capsys, data, "show", listed["id"])
    assert code == 0 and "the secret is patience" in out, err
    code, out, err = _run(capsys, data, "bookmarks", "list")
    assert code == 0 and "the secret is patience" in out, err


def test_reading_commands_work_in_a_read_only_folder(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with read_only(data):
        _reading_works(capsys, data)


def test_a_read_only_library_left_with_its_write_ahead_log_shows_all_of_it(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Copied while a window had it open: the last changes are still in the -wal file."""
    copy = tmp_path / "copy"
    writer = sqlite3.connect(data / "library.sqlite3", isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE episodes SET title = 'Retitled while open'")
    shutil.copytree(data, copy)
    writer.close()
    assert (copy / "library.sqlite3-wal").stat().st_size > 0
    with read_only(copy):
        code, out, err = _run(capsys, copy, "list")
        assert code == 0 and "Retitled while open" in out, err


@pytest.mark.parametrize(
    ("argv", "doing"),
    [
        (["import", "PAGE"], "import pages"),
        (["delete", "EPISODE", "--yes"], "delete episodes"),
        (["bookmarks", "add", "EPISODE", "--quote", "tell a friend"], "change bookmarks"),
        (["bookmarks", "import", "PAGE"], "change bookmarks"),
    ],
)
def test_writing_commands_say_why_they_cannot(
    data: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    doing: str,
) -> None:
    with Library(DataPaths(data)) as library:
        (episode,) = library.summaries()
    page = tmp_path / "page.txt"
    argv = [str(page) if a == "PAGE" else episode.id if a == "EPISODE" else a for a in argv]
    with read_only(data):
        code, _, err = _run(capsys, data, *argv)
    assert code == 1
    assert err == (
        f"podreader: The data folder {data} is read-only, so podreader cannot {doing} there; "
        "make it writable or choose another with --data-dir.\n"
    )


def test_a_read_only_library_refuses_every_change_in_one_sentence(data: Path) -> None:
    # The window writes through the library directly (no command guards it): a deleted episode
    # or a saved bookmark in a read-only folder gave sqlite3's "attempt to write a readonly
    # database" on stderr, and the window said nothing.
    with read_only(data), Library(DataPaths(data)) as library:
        assert library.read_only
        (summary,) = library.summaries()
        episode = library.episode(summary.id)
        assert episode is not None
        (kept,) = BookmarkStore(library).all()
        track, anchor = place_quote(episode, "the secret is patience")
        changes = [
            lambda: library.delete(summary.id),
            lambda: BookmarkStore(library).save(new_bookmark(episode, track, anchor)),
            lambda: BookmarkStore(library).delete(kept.id),
        ]
        for change in changes:
            with pytest.raises(LibraryError, match=r"^The library is read-only; make the data"):
                change()
        assert [s.id for s in library.summaries()] == [summary.id]
        assert BookmarkStore(library).all() == [kept]
