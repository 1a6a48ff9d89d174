from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from podreader.library import importer
from podreader.library.companions import Planned
from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.paths import DataPaths
from tests.pages import make_page


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


def _mixed_folder(root: Path) -> dict[str, str]:
    """Good pages in a few encodings plus the bad files of the issue; returns name -> kind."""
    root.mkdir()
    (root / "nested").mkdir()
    page = make_page()
    (root / "good-utf8.txt").write_text(page, encoding="utf-8")
    (root / "nested" / "good-bom-crlf.txt").write_bytes(
        "\ufeff".encode() + make_page(title="Ropes and Knots").replace("\n", "\r\n").encode()
    )
    (root / "good-utf16.txt").write_text(make_page(title="Sails"), encoding="utf-16")
    (root / "good-gb18030.txt").write_bytes(make_page(title="Anchors").encode("gb18030"))
    (root / "empty.txt").write_bytes(b"")
    (root / "noise.bin").write_bytes(random.Random(7).randbytes(4096))
    (root / "shopping.txt").write_text("Shopping list\n- eggs\n- flour\n- 2 lemons\n")
    cut = page[: page.index("Shownotes Transcript")]
    (root / "cut-in-half.txt").write_text(cut, encoding="utf-8")
    (root / ".hidden").write_text("ignored")
    return {
        "good-utf8.txt": "good",
        "good-bom-crlf.txt": "good",
        "good-utf16.txt": "good",
        "good-gb18030.txt": "good",
        "empty.txt": "bad",
        "noise.bin": "bad",
        "shopping.txt": "bad",
        "cut-in-half.txt": "bad",
    }


def test_mixed_folder_imports_good_pages_and_names_bad_ones(
    library: Library, tmp_path: Path
) -> None:
    kinds = _mixed_folder(tmp_path / "in")
    results = import_paths(library, [tmp_path / "in"])
    by_name = {r.path.name: r for r in results}
    assert set(by_name) == set(kinds)
    for name, kind in kinds.items():
        result = by_name[name]
        if kind == "good":
            assert result.status == "imported", (name, result.error)
        else:
            assert result.status == "failed"
            assert result.error and result.error.endswith(".") and "\n" not in result.error
    assert library.count() == 4
    again = import_paths(library, [tmp_path / "in"])
    assert {r.path.name: r.status for r in again if r.ok} == {
        n: "unchanged" for n, k in kinds.items() if k == "good"
    }


def test_original_bytes_are_kept_by_hash(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(make_page().encode("utf-16"))
    (result,) = import_paths(library, [path])
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert library.source_path(digest).read_bytes() == path.read_bytes()
    assert library.shown_from(digest) == library.summary(result.episode_id or "")


def test_repaired_copy_updates_the_same_episode(library: Library, tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(make_page(english=["A first try at the words."]), encoding="utf-8")
    second.write_text(make_page(english=["A repaired version of the words."]), encoding="utf-8")
    (one,) = import_paths(library, [first])
    (two,) = import_paths(library, [second])
    assert (one.status, two.status) == ("imported", "updated")
    assert one.episode_id == two.episode_id
    episode = library.episode(two.episode_id or "")
    assert episode is not None and "repaired" in episode.transcript.paragraphs[0].text


def test_missing_path_is_a_failed_result(library: Library, tmp_path: Path) -> None:
    (result,) = import_paths(library, [tmp_path / "nope.txt"])
    assert result.status == "failed" and result.error == "The file does not exist; check the path."


def test_cancel_stops_between_files(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(make_page(title=f"Episode {i}"), encoding="utf-8")
    seen: list[int] = []
    results = import_paths(
        library,
        [folder],
        progress=lambda done, total, result: seen.append(done),
        cancelled=lambda: len(seen) >= 2,
    )
    assert len(results) == 2 and library.count() == 2


def test_killed_import_leaves_only_whole_episodes(tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    paragraphs = [f"Paragraph {i} talks about the sea and its boats." for i in range(400)]
    for i in range(300):
        page = make_page(title=f"Long episode {i}", english=paragraphs)
        (folder / f"{i:04d}.txt").write_text(page, encoding="utf-8")
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-m", "podreader", "--data-dir", str(data), "import", "-q", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Kill once some, but not all, episodes are in.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if (data / "library.sqlite3").exists() and _count(data) >= 3:
            break
    workers = _children(proc.pid)
    assert workers or not Path("/proc").is_dir(), "a large import runs worker processes"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # The import's worker processes notice and end, rather than linger for ever.
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers if _alive(pid)]
    with Library(DataPaths(data)) as lib:
        assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = lib.count()
        assert 3 <= stored < 300
        for summary in lib.summaries():
            episode = lib.episode(summary.id)
            assert episode is not None
            assert len(episode.transcript.paragraphs) == 400
            assert episode.reading, "reading view stored with the episode"


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (Linux /proc; elsewhere none are checked)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for its new parent to reap it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _count(data: Path) -> int:
    try:
        conn = sqlite3.connect(data / "library.sqlite3", timeout=0.1)
        try:
            return int(conn.execute("SELECT count(*) FROM episodes").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_worker_pool_gives_the_same_results_in_order(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    kinds = _mixed_folder(folder)
    for i in range(30):
        (folder / f"extra-{i:02d}.txt").write_text(make_page(title=f"Extra {i}"), encoding="utf-8")
    outcomes = []
    for workers in (1, 2):
        with Library(DataPaths(tmp_path / f"data{workers}")) as lib:
            results = import_paths(lib, [folder], workers=workers)
            outcomes.append([(r.path.name, r.status, r.episode_id, r.error) for r in results])
            assert lib.count() == 30 + sum(k == "good" for k in kinds.values())
    assert outcomes[0] == outcomes[1]


def test_a_dead_worker_pool_falls_back_to_this_process(library: Library, tmp_path: Path) -> None:
    class DeadPool:
        def submit(self, *args: object) -> None:
            raise BrokenProcessPool("a worker was killed")

    page = tmp_path / "page.txt"
    page.write_text(make_page(), encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("not a page\n", encoding="utf-8")
    _, _, job = importer._submit(DeadPool(), library, Planned(page))  # type: ignore[arg-type]
    assert not isinstance(job, importer.ImportResult)
    assert job.result().episode.title == "Wooden Hulls of the North"
    _, _, failed = importer._submit(DeadPool(), library, Planned(bad))  # type: ignore[arg-type]
    assert not isinstance(failed, importer.ImportResult)
    with pytest.raises(importer.ParseError):
        failed.result()
