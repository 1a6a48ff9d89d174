"""``podreader list --podcasts``: podcasts of subscription lists and of episodes, with counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from podreader.cli import main
from tests.pages import make_page

OPML = """<opml version="2.0"><body>
<outline type="rss" text="The Harbour Hour" xmlUrl="https://harbour.example/feed"/>
<outline type="rss" text="Quiet Show" xmlUrl="https://quiet.example/feed"/>
</body></opml>
"""


def test_podcasts_with_episode_counts_and_feeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "subscriptions.opml").write_text(OPML, encoding="utf-8")
    (folder / "page.txt").write_text(make_page(), encoding="utf-8")
    (folder / "other.txt").write_text(make_page(podcast="Sea Stories"), encoding="utf-8")
    data = str(tmp_path / "data")
    assert main(["import", "--data-dir", data, str(folder)]) == 0
    assert "2 podcasts of a subscription list" in capsys.readouterr().out
    assert main(["list", "--podcasts", "--json", "--data-dir", data]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "title": "Quiet Show",
            "episodes": 0,
            "feed_url": "https://quiet.example/feed",
            "site_url": None,
        },
        {"title": "Sea Stories", "episodes": 1, "feed_url": None, "site_url": None},
        {
            "title": "The Harbour Hour",
            "episodes": 1,
            "feed_url": "https://harbour.example/feed",
            "site_url": None,
        },
    ]
    assert main(["list", "--podcasts", "--data-dir", data]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["0", "Quiet", "Show", "https://quiet.example/feed"]
    # The same list again adds nothing.
    assert main(["import", "--data-dir", data, str(folder / "subscriptions.opml")]) == 0
    assert "0 imported, 0 updated, 1 unchanged" in capsys.readouterr().out


def test_no_podcasts_yet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--podcasts", "--data-dir", str(tmp_path / "data")]) == 0
    assert "no podcasts" in capsys.readouterr().out
