"""Issue #14's folder: every kind of source in one import, each read as what it is."""

from __future__ import annotations

import json
from pathlib import Path

from podreader.library.importer import import_paths
from podreader.library.podcasts import podcast_entries
from podreader.library.store import Library
from podreader.paths import DataPaths
from tests.commands.test_list_episodes import OPML
from tests.formats.test_saved_page import divs_layout, mhtml
from tests.formats.test_timed_formats import TTML
from tests.library.test_companions import CHAPTERS, EN, ZH


def test_one_folder_of_every_kind(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    (folder / "page_files").mkdir(parents=True)
    (folder / "page.html").write_text(divs_layout(), encoding="utf-8")
    (folder / "page_files" / "app.js").write_text("let x = 1;", encoding="utf-8")
    (folder / "page_files" / "cover.jpg").write_bytes(b"\xff\xd8\xff" + bytes(100))
    (folder / "page.mhtml").write_bytes(mhtml(divs_layout(), "quoted-printable"))
    (folder / "tea.en.vtt").write_text(EN, encoding="utf-8")
    (folder / "tea.zh.vtt").write_text(ZH, encoding="utf-8")
    segments = [{"speaker": "Ann", "startTime": 0, "endTime": 4, "body": "Green tea first."}]
    (folder / "talk.json").write_text(json.dumps({"segments": segments}), encoding="utf-8")
    (folder / "talk.chapters.json").write_text(json.dumps(CHAPTERS), encoding="utf-8")
    (folder / "apple.ttml").write_text(TTML, encoding="utf-8")
    (folder / "subscriptions.opml").write_text(OPML, encoding="utf-8")
    with Library(DataPaths(tmp_path / "data")) as library:
        results = import_paths(library, [folder])
        assert [(r.path.name, r.status) for r in results] == [
            ("apple.ttml", "imported"),
            ("page.html", "imported"),
            ("page.mhtml", "updated"),  # the same episode, saved another way
            ("subscriptions.opml", "imported"),
            ("talk.json", "imported"),
            ("tea.en.vtt", "imported"),
        ]
        episodes = {s.title: library.episode(s.id) for s in library.summaries()}
        assert set(episodes) == {"apple", "Wooden Hulls of the North", "talk", "tea"}
        assert [c.title for c in episodes["talk"].chapters] == ["Green tea", "Black tea", "Goodbye"]  # type: ignore[union-attr]
        assert len(episodes["tea"].translations) == 1  # type: ignore[union-attr]
        harbour = [e for e in podcast_entries(library) if e.title == "The Harbour Hour"]
        assert [(e.episodes, e.feed_url) for e in harbour] == [(1, "https://harbour.example/feed")]
