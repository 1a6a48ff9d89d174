from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from podreader.ui.episode_model import (
    BATCH,
    EpisodeFilterProxy,
    EpisodeListModel,
    Role,
    sort_summaries,
)
from podreader.ui.podcast_model import PodcastTreeModel
from tests.ui.summaries import summaries


def test_list_model_passes_modeltester(qtmodeltester: Any) -> None:
    model = EpisodeListModel()
    model.set_summaries(summaries(450), {"ep00003": 2})
    assert model.rowCount() == BATCH
    qtmodeltester.check(model, force_py=True)


def test_list_model_fetches_lazily() -> None:
    model = EpisodeListModel()
    model.set_summaries(summaries(450))
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * BATCH
    model.fetch_all()
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())


def test_row_of_fetches_up_to_the_episode() -> None:
    model = EpisodeListModel()
    model.set_summaries(summaries(450))
    row = model.row_of("ep00449")
    assert row is not None
    assert model.index(row, 0).data(Role.ID) == "ep00449"
    assert model.row_of("missing") is None


def test_bookmark_counts_only_when_the_library_has_them() -> None:
    model = EpisodeListModel()
    model.set_summaries(summaries(3))
    assert model.index(0, 0).data(Role.BOOKMARKS) is None
    model.set_summaries(summaries(3), {"ep00001": 4})
    counts = {
        model.index(r, 0).data(Role.ID): model.index(r, 0).data(Role.BOOKMARKS) for r in range(3)
    }
    assert counts == {"ep00000": 0, "ep00001": 4, "ep00002": 0}


def test_sort_orders_over_all_episodes_not_only_fetched_ones() -> None:
    model = EpisodeListModel()
    items = summaries(450)
    model.set_summaries(items)
    model.set_sort("title")
    first = model.index(0, 0).data(Role.SUMMARY)
    assert first.title == min(s.title for s in items)


def test_sort_by_date_puts_newest_first_and_undated_last() -> None:
    ordered = sort_summaries(summaries(30), "date")
    dates = [s.published for s in ordered]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True)
    assert dates[len(dated) :] == [None] * (len(dates) - len(dated))


def test_filter_matches_every_word_in_title_or_podcast(qtmodeltester: Any) -> None:
    model = EpisodeListModel()
    model.set_summaries(summaries(20))
    proxy = EpisodeFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("GARDENS 00003")
    qtmodeltester.check(proxy, force_py=True)
    assert [proxy.index(r, 0).data(Role.ID) for r in range(proxy.rowCount())] == ["ep00003"]
    proxy.set_filter_text("show 2 rivers")
    shown = [proxy.index(r, 0).data(Role.SUMMARY) for r in range(proxy.rowCount())]
    assert shown
    assert all("rivers" in s.title and "2" in s.title + s.podcast for s in shown)


def test_tree_model_passes_modeltester(qtmodeltester: Any) -> None:
    model = PodcastTreeModel()
    model.set_summaries(summaries(700, podcasts=2))
    assert model.rowCount() == 2
    show = model.index(0, 0)
    assert model.hasChildren(show)
    assert model.rowCount(show) == 0 and model.canFetchMore(show)
    model.fetchMore(show)
    assert model.rowCount(show) == BATCH
    assert model.index(0, 0, show).parent() == show
    qtmodeltester.check(model, force_py=True)


def test_tree_index_of_and_filter(qtmodeltester: Any) -> None:
    model = PodcastTreeModel()
    model.set_summaries(summaries(700, podcasts=2))
    index = model.index_of("ep00699")
    assert index.data(Role.ID) == "ep00699"
    proxy = EpisodeFilterProxy()
    proxy.setSourceModel(model)
    model.fetch_all()
    proxy.set_filter_text("episode 00001")
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(Role.EPISODES) == 350
    assert proxy.rowCount(proxy.index(0, 0)) == 1


def test_episodes_without_a_podcast_are_grouped_under_a_name() -> None:
    # Transcript files name no podcast: grouped, their header row was blank.
    model = PodcastTreeModel()
    model.set_summaries([replace(s, podcast="") for s in summaries(3, podcasts=1)])
    header = model.index(0, 0)
    assert header.data(Qt.ItemDataRole.DisplayRole) == "No podcast"
    assert "No podcast" in header.data(Qt.ItemDataRole.ToolTipRole)
