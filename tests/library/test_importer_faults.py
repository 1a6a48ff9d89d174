"""Imports on a bad day: odd files in a folder, pages in Big5, a disk that fills up."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest

from podreader.library.importer import import_paths
from podreader.library.store import Library, LibraryError
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


def test_an_older_copy_imported_again_after_a_repaired_one_is_shown_again(
    library: Library, tmp_path: Path
) -> None:
    """The library shows the copy imported last, whichever it is: what the user just chose."""
    old, repaired = tmp_path / "old.txt", tmp_path / "repaired.txt"
    old.write_text(make_page(english=["A first try at the words."]), encoding="utf-8")
    repaired.write_text(make_page(english=["A repaired version of the words."]), encoding="utf-8")
    statuses = [import_paths(library, [p])[0].status for p in (old, repaired, old, old)]
    assert statuses == ["imported", "updated", "updated", "unchanged"]
    (summary,) = library.summaries()
    episode = library.episode(summary.id)
    assert episode is not None and "first try" in episode.transcript.paragraphs[0].text
    assert summary.revision == 3


def _shrink_disk(library: Library, free_pages: int) -> None:
    """SQLite's own limit on the file's size: past it, writes fail as on a full disk."""
    (pages,) = library.conn.execute("PRAGMA page_count").fetchone()
    library.conn.execute(f"PRAGMA max_page_count = {pages + free_pages}")


def _long_page(title: str) -> str:
    words = [f"Paragraph {i} of {title} talks about the sea and its boats." for i in range(300)]
    return make_page(title=title, english=words)


def test_a_full_disk_fails_the_file_in_one_sentence_and_stops_the_import(
    library: Library, tmp_path: Path
) -> None:
    first = tmp_path / "first.txt"
    first.write_text(_long_page("Before"), encoding="utf-8")
    (before,) = import_paths(library, [first])
    kept = library.episode(before.episode_id or "")
    folder = tmp_path / "more"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(_long_page(f"After {number}"), encoding="utf-8")
    _shrink_disk(library, 2)
    results = import_paths(library, [folder])
    assert [r.status for r in results] == ["failed"]  # the other two are not tried
    assert results[0].error == "The disk is full; free some space and import again."
    assert results[0].stops_import
    assert library.count() == 1 and library.episode(before.episode_id or "") == kept
    assert library.integrity() == "ok"


def test_a_full_disk_while_keeping_the_page_stops_the_command_with_its_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno

    from podreader import paths as data_folder
    from podreader.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(make_page(title=f"Page {number}"), encoding="utf-8")
    real_mkstemp = data_folder.tempfile.mkstemp
    calls = 0

    def filling(*args: object, **kwargs: object) -> tuple[int, str]:
        nonlocal calls
        calls += 1
        if calls > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_mkstemp(*args, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(data_folder.tempfile, "mkstemp", filling)
    code = main(["import", str(folder), "--data-dir", str(tmp_path / "data")])
    out, err = capsys.readouterr()
    assert code == 1
    assert "1.txt: The disk is full; free some space and import again." in err
    assert "Traceback" not in err
    assert out.strip().endswith(
        "1 imported, 0 updated, 0 unchanged, 1 failed; the import stopped there, 1 not tried."
    )


def test_a_page_over_the_size_podreader_reads_well_is_refused_in_one_sentence(
    library: Library, tmp_path: Path
) -> None:
    from podreader.formats import MAX_TEXT, TOO_LARGE, ParseError, parse_bytes

    page = make_page()
    filler = "Filler words of a very long transcript.\n"
    assert len(filler) == 40
    big = page + filler * (MAX_TEXT // 40)
    # Just under the limit the same page is read.
    parse_bytes((page + filler * ((MAX_TEXT - len(page.encode())) // 40 - 1)).encode())
    path = tmp_path / "huge.txt"
    path.write_text(big, encoding="utf-8")
    assert MAX_TEXT < path.stat().st_size < 2 * MAX_TEXT
    (result,) = import_paths(library, [path])
    assert (result.status, result.error) == ("failed", TOO_LARGE)
    assert TOO_LARGE.startswith("The episode's text is larger than 5 MB,")
    assert "0.3 MB" in TOO_LARGE
    with pytest.raises(ParseError, match="more than podreader reads well"):
        parse_bytes(big.encode())


def test_a_full_disk_while_adding_a_bookmark_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from podreader.cli import main
    from podreader.library import bookmarks

    data = tmp_path / "data"
    page = tmp_path / "page.txt"
    page.write_text(make_page(), encoding="utf-8")
    assert main(["import", str(page), "--data-dir", str(data)]) == 0
    with Library(DataPaths(data)) as library:
        (summary,) = library.summaries()
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]

    def failing(*_: object) -> None:
        raise full

    monkeypatch.setattr(bookmarks, "_save", failing)
    capsys.readouterr()
    code = main(
        ["bookmarks", "add", summary.id, "--quote", "tell a friend", "--data-dir", str(data)]
    )
    _, err = capsys.readouterr()
    assert (code, err) == (1, "podreader: The disk is full; free some space and try again.\n")


def test_a_library_on_a_full_disk_is_not_called_a_bad_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found on a full tmpfs: 'podreader list' said "could not be opened (disk I/O error);
    # check the file", about a library that was fine once space was freed.
    paths = DataPaths(tmp_path / "data")
    Library(paths).close()

    def no_room(_self: Library) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Library, "_prepare", no_room)
    full = shutil.disk_usage(tmp_path)._replace(free=0)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: full)
    with pytest.raises(LibraryError, match=r"^The disk holding the library is full, so it"):
        Library(paths)
    monkeypatch.undo()
    with Library(paths) as library:  # nothing was moved aside or lost
        assert library.integrity() == "ok"
