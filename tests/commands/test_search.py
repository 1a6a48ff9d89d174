"""The search, reindex and check subcommands, run through the real entry point."""

from __future__ import annotations

import json
import shutil

import pytest

from podreader.cli import main
from podreader.commands.search import NO_EPISODES
from podreader.library.store import Library
from podreader.paths import DataPaths
from tests.search.factories import make_episode, store


def run(capsys: pytest.CaptureFixture[str], paths: DataPaths, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(paths.root)])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_indexes_a_fresh_import_first(
    paths: DataPaths, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    store(library, make_episode("ep", ["The tide tables were wrong.", "Tides turn twice."]))
    code, out, _ = run(capsys, paths, "search", "tide", "--json", "--limit", "1")
    assert code == 0
    data = json.loads(out)
    assert (data["total"], data["complete"]) == (2, True)
    (hit,) = data["hits"]
    assert hit["episode_id"] == "ep"
    assert hit["track"] == "transcript"
    assert hit["published"] == "2024-03-09"
    assert "**" in hit["snippet"]
    assert {"title", "podcast", "paragraph_id", "score"} <= set(hit)


def test_human_output_groups_by_episode(
    paths: DataPaths, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    store(library, make_episode("ep", ["Tide one.", "Tide two.", "Tide three.", "Tide four."]))
    code, out, _ = run(capsys, paths, "search", "tide")
    assert code == 0
    assert out.count("An Evening Programme") == 1
    assert "1 more in this episode" in out
    assert "**Tide**" in out


def test_hostile_query_is_answered_plainly(
    paths: DataPaths, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    store(library, make_episode("ep", ["Calm water."]))
    code, out, err = run(capsys, paths, "search", "date:someday", '"((', "water")
    assert code == 0
    assert "Calm **water**." in out
    assert err.strip().startswith("podreader: date: takes")
    assert "Traceback" not in err


def test_check_and_reindex(
    paths: DataPaths, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    store(library, make_episode("ep", ["Calm water."]))
    code, _, err = run(capsys, paths, "check")
    assert code == 1
    assert err.count("\n") == 1 and "reindex" in err
    code, out, err = run(capsys, paths, "reindex")
    assert code == 0
    assert "1 episodes" in out and "indexed 1/1" in err
    code, out, _ = run(capsys, paths, "check")
    assert (code, out.startswith("ok:")) == (0, True)
    store(library, make_episode("ep2", ["More water."]))
    code, _, err = run(capsys, paths, "check")
    assert code == 1 and "1 episodes missing" in err
    shutil.rmtree(paths.index)
    paths.index.mkdir()
    (paths.index / "junk").write_bytes(b"\0" * 100)
    code, _, err = run(capsys, paths, "check")
    assert code == 1 and "is damaged" in err and "reindex" in err


def test_an_empty_library_answers_that_there_are_no_episodes_yet(
    paths: DataPaths, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, paths, "search", "OpenAI")
    assert (code, out, err) == (0, f"{NO_EPISODES}\n", "")
    store(library, make_episode("ep", ["OpenAI spoke."]))
    code, out, _ = run(capsys, paths, "search", "OpenAI")
    assert code == 0 and "**OpenAI** spoke." in out
    library.delete("ep")  # the last episode
    code, out, err = run(capsys, paths, "search", "OpenAI", "--json")
    assert code == 0 and json.loads(out)["hits"] == []
    assert err == f"{NO_EPISODES}\n"
    code, out, err = run(capsys, paths, "check")
    assert (code, err) == (0, "") and out.startswith("ok: 0 episodes")
