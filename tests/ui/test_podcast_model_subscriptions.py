"""Podcasts of a subscription list show in the list grouped by podcast, with episodes or none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from podreader.library.importer import import_paths
from podreader.library.store import Library
from podreader.paths import DataPaths
from podreader.ui.episode_model import EpisodeFilterProxy, Role
from podreader.ui.podcast_model import PodcastTreeModel
from podreader.ui.reader_controller import ReaderController
from podreader.ui.settings import Settings
from tests.formats.test_opml import OPML
from tests.ui.summaries import summaries
from tests.ui.test_reader_controller import StandInImporter, StandInView


def _names(model: Any) -> list[str]:
    return [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def test_a_podcast_without_episodes_is_a_row_of_its_own(qtmodeltester: Any) -> None:
    listed = summaries(30, podcasts=2)
    names = sorted({s.podcast for s in listed})
    model = PodcastTreeModel()
    model.set_summaries(listed, None, ["Café Science"])
    assert _names(model) == sorted([*names, "Café Science"], key=str.casefold)
    empty = model.index(_names(model).index("Café Science"), 0)
    assert empty.data(Role.EPISODES) == 0
    assert not model.hasChildren(empty) and not model.canFetchMore(empty)
    assert "No episodes" in empty.data(Qt.ItemDataRole.ToolTipRole)
    # It stays through a change of order, and the filter finds it by its name.
    model.set_sort("title")
    assert "Café Science" in _names(model)
    proxy = EpisodeFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("café")
    assert _names(proxy) == ["Café Science"]
    proxy.set_filter_text("nothing like it")
    assert _names(proxy) == []
    qtmodeltester.check(model, force_py=True)


def test_importing_a_subscription_list_lists_its_podcasts(tmp_path: Path) -> None:
    (tmp_path / "subscriptions.opml").write_text(OPML, encoding="utf-8")
    with Library(DataPaths(tmp_path / "data").ensure()) as library:
        view = StandInView()
        reader = ReaderController(
            view, library, Settings(tmp_path / "settings.ini"), StandInImporter()
        )
        reader.refresh_episodes()
        assert view.podcasts == []
        (result,) = import_paths(library, [tmp_path / "subscriptions.opml"])
        assert result.status == "imported"
        reader.refresh_episodes()
        assert view.podcasts == ["Café Science", "Tea & Talk"]
