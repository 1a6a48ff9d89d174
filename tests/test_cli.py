"""The command line, driven as a user drives it: through a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from podreader import __version__
from tests.pages import make_page


def podreader(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "podreader", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "one.txt").write_text(make_page(), encoding="utf-8")
    (folder / "two.txt").write_text(
        make_page(title="Second Episode", date="Publish Date: 2023/3/24"), encoding="utf-8"
    )
    return folder


def test_import_list_show_json(tmp_path: Path, pages: Path) -> None:
    data = tmp_path / "data"
    done = podreader(data, "import", str(pages), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["failed"] == []
    assert {r["status"] for r in report["imported"]} == {"imported"}
    assert set(report["imported"][0]) == {"path", "episode_id", "title", "status", "warnings"}

    listed = json.loads(podreader(data, "list", "--json").stdout)
    assert {e["published"] for e in listed} == {"2024-05-03", "2023-03-24"}
    assert set(listed[0]) == {"id", "title", "podcast", "published"}

    first = next(e for e in listed if e["title"] == "Wooden Hulls of the North")
    shown = json.loads(podreader(data, "show", first["id"], "--json").stdout)
    assert shown["people"] == [
        {"name": "Hanna Berg", "description": "Shipwright and host of the harbour hour."}
    ]
    assert shown["transcript"]["language"] == "en"
    assert len(shown["transcript"]["paragraphs"]) == 4
    (summary,) = shown["translations"]
    assert summary["kind"] == "summary" and summary["language"].startswith("zh")
    assert len(summary["paragraphs"]) == 3
    assert shown["chapters"][0]["points"] == ["120 hulls in one year", "Most sold abroad"]
    assert shown["reading"] and all("counterparts" in r for r in shown["reading"])
    assert isinstance(shown["chapters"][0]["paragraph"], int)
    rows = shown["rows"]
    assert rows and {"transcript", "counterpart", "sponsor"} <= set(rows[0])
    # Every sentence of both tracks is in exactly one row, in order.
    english = " ".join(r["transcript"] for r in rows if r["transcript"])
    assert english.split() == " ".join(r["text"] for r in shown["reading"]).split()
    chinese = "".join(r["counterpart"] for r in rows).replace("\n", "")
    assert chinese == "".join(p["text"] for p in summary["paragraphs"]).replace(" ", "")

    again = json.loads(podreader(data, "import", str(pages), "--json").stdout)
    assert {r["status"] for r in again["imported"]} == {"unchanged"}


def test_import_failure_exit_code_and_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "list.txt"
    bad.write_text("milk\nbread\n")
    done = podreader(tmp_path / "data", "import", str(bad), "--json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["imported"] == [] and report["failed"][0]["path"] == str(bad)
    human = podreader(tmp_path / "data", "import", str(bad))
    assert human.returncode == 1 and "failed" in human.stderr and "Traceback" not in human.stderr


def test_human_output_and_errors(tmp_path: Path, pages: Path) -> None:
    data = tmp_path / "data"
    assert "2 imported" in podreader(data, "import", str(pages)).stdout
    assert "The Harbour Hour" in podreader(data, "list").stdout
    missing = podreader(data, "show", "does-not-exist")
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "podreader list" in missing.stderr


def test_version_and_usage_errors(tmp_path: Path) -> None:
    version = podreader(tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"podreader {__version__}"
    usage = podreader(tmp_path, "frobnicate")
    assert usage.returncode == 2
    assert usage.stderr.count("\n") == 1 and usage.stderr.startswith("podreader: ")
    assert podreader(tmp_path, "show").returncode == 2


def test_environment_variable_chooses_the_data_dir(tmp_path: Path, pages: Path) -> None:
    env_dir = tmp_path / "from-env"
    done = subprocess.run(
        [sys.executable, "-m", "podreader", "import", str(pages / "one.txt")],
        capture_output=True,
        text=True,
        env={**os.environ, "PODREADER_DATA_DIR": str(env_dir)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (env_dir / "library.sqlite3").exists()
