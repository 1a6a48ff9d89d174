"""The reader's logic with a stand-in view: no window, no widgets (Mu's ``Editor(view)``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest

from podreader.library.store import EpisodeSummary, Library
from podreader.model import Episode
from podreader.paths import DataPaths
from podreader.ui import settings as keys
from podreader.ui.reader_controller import ReaderController
from podreader.ui.settings import Settings
from tests.ui.summaries import episode, store


@dataclass
class StandInView:
    """Records what the controller shows; the list is the library's order."""

    shown: Episode | None = None
    page: str = "welcome"
    paragraph: int = -1
    listed: list[str] = field(default_factory=list)
    selected: str | None = None
    followed: int = -1
    navigation: tuple[bool, bool] = (False, False)
    messages: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    hit: int | None = None
    answers: list[bool] = field(default_factory=list)
    progress: dict[str, float] = field(default_factory=dict)
    length: int = 60  # paragraphs of the shown episode, for the reading fraction

    def show_episode(self, episode: Episode | None) -> None:
        self.shown, self.paragraph = episode, (0 if episode else -1)
        self.page = "pane" if episode else "welcome"

    def show_pane(self) -> None:
        self.page = "pane"

    def show_welcome(self) -> None:
        self.page = "welcome"

    def show_summaries(
        self,
        summaries: Sequence[EpisodeSummary],
        bookmarks: dict[str, int],
        progress: dict[str, float],
        podcasts: Sequence[str] = (),
    ) -> None:
        self.listed = [s.id for s in summaries]
        self.podcasts = list(podcasts)
        self.progress = dict(progress)

    def show_progress(self, episode_id: str, fraction: float) -> None:
        self.progress[episode_id] = fraction

    def reading_fraction(self) -> float:
        return self.paragraph / self.length

    def current_paragraph(self) -> int:
        return self.paragraph

    def scroll_to_paragraph(self, paragraph: int) -> None:
        self.paragraph = paragraph

    def highlight_terms(self, terms: list[str]) -> None:
        self.terms = terms

    def show_hit(self, paragraph: int) -> None:
        self.hit = paragraph

    def follow_paragraph(self, paragraph: int) -> None:
        self.followed = paragraph

    def chapter_start(self, paragraph: int, step: int) -> int | None:
        starts = [0, 20, 40]
        later = [s for s in starts if (s > paragraph if step > 0 else s < paragraph)]
        return (later[0] if step > 0 else later[-1]) if later else None

    def select_in_list(self, episode_id: str) -> None:
        self.selected = episode_id

    def list_neighbour(self, step: int) -> str | None:
        if self.selected not in self.listed:
            return None
        row = self.listed.index(self.selected) + step
        return self.listed[row] if 0 <= row < len(self.listed) else None

    def first_in_list(self) -> str | None:
        return self.listed[0] if self.listed else None

    def set_navigation(self, back: bool, forward: bool) -> None:
        self.navigation = (back, forward)

    def show_message(self, text: str) -> None:
        self.messages.append(text)

    def confirm_delete(self, episode_id: str) -> bool:
        return self.answers.pop(0)


@dataclass
class StandInImporter:
    started: list[list[Path]] = field(default_factory=list)

    def start(self, sources: Sequence[Path]) -> bool:
        self.started.append(list(sources))
        return True

    def update_analysis(self) -> bool:
        return True


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(DataPaths(tmp_path / "data").ensure()) as library:
        store(library, episode(1, paragraphs=60), episode(2), episode(3))
        yield library


@pytest.fixture
def view() -> StandInView:
    return StandInView()


@pytest.fixture
def reader(library: Library, view: StandInView, tmp_path: Path) -> ReaderController:
    controller = ReaderController(
        view, library, Settings(tmp_path / "settings.ini"), StandInImporter()
    )
    controller.refresh_episodes()
    return controller


def test_opening_shows_selects_and_remembers(reader: ReaderController, view: StandInView) -> None:
    opened: list[str] = []
    reader.episodeOpened.connect(opened.append)
    assert reader.open_episode("episode-2", 5, ["bees"])
    assert view.shown is not None and view.shown.id == "episode-2"
    assert (view.page, view.selected, view.paragraph, view.terms) == (
        "pane",
        "episode-2",
        5,
        ["bees"],
    )
    assert view.followed == 5 and opened == ["episode-2"]
    assert view.hit == 5  # the search hit itself is shown
    assert reader.settings.get(keys.LAST_EPISODE) == "episode-2"
    assert not reader.open_episode("gone")
    assert view.messages == ["That episode is no longer in the library."]


def test_back_and_forward_return_to_places(reader: ReaderController, view: StandInView) -> None:
    reader.open_episode("episode-1", 20)
    reader.jump_to_paragraph(40)
    reader.open_episode("episode-3")
    assert view.navigation == (True, False)
    reader.go_back()
    assert view.shown is not None and (view.shown.id, view.paragraph) == ("episode-1", 40)
    reader.go_back()
    assert view.paragraph == 20 and view.navigation == (False, True)
    reader.go_forward()
    assert view.paragraph == 40


def test_scrolling_saves_the_place_and_restoring_returns_to_it(
    reader: ReaderController, view: StandInView, library: Library
) -> None:
    reader.open_episode("episode-1")
    reader.paragraph_changed(33)
    assert view.followed == 33
    again = ReaderController(StandInView(), library, reader.settings, StandInImporter())
    again.refresh_episodes()
    again.restore_last_episode()
    assert again.episode is not None and again.episode.id == "episode-1"
    assert again.view.current_paragraph() == 33


def test_stepping_chapters_and_episodes(reader: ReaderController, view: StandInView) -> None:
    reader.open_episode(view.listed[0], 0)
    reader.step_chapter(1)
    assert view.paragraph == 20 and view.navigation[0]
    reader.step_episode(1)
    assert view.shown is not None and view.shown.id == view.listed[1]


def test_deleting_asks_then_opens_the_neighbour(
    reader: ReaderController, view: StandInView, library: Library
) -> None:
    first = view.listed[0]
    reader.open_episode(first)
    view.answers += [False, True]
    assert not reader.delete_open_episode()
    assert reader.delete_open_episode()
    assert library.episode(first) is None and first not in view.listed
    assert reader.episode is not None and reader.episode.id == view.listed[0]
    for _ in range(2):
        view.answers.append(True)
        assert reader.delete_open_episode()
    assert reader.episode is None and view.page == "welcome"
    assert reader.settings.get(keys.LAST_EPISODE) == ""


def test_import_results_reload_the_list_and_open_the_first(
    reader: ReaderController, view: StandInView
) -> None:
    changed: list[list[str]] = []
    reader.episodesChanged.connect(changed.append)
    reader.import_samples()
    assert isinstance(reader.importer, StandInImporter) and len(reader.importer.started) == 1
    assert not reader.import_paths([])  # a cancelled dialog starts nothing
    results = [
        SimpleNamespace(episode_id="episode-3", status="unchanged"),
        SimpleNamespace(episode_id="episode-2", status="updated"),
    ]
    reader.imported(results)  # type: ignore[arg-type]
    assert changed == [["episode-2"]]
    assert reader.episode is not None and reader.episode.id == "episode-3"


def test_progress_is_kept_listed_and_continued(
    reader: ReaderController, view: StandInView, library: Library
) -> None:
    reader.open_episode("episode-1")
    view.scroll_to_paragraph(30)
    reader.paragraph_changed(30)
    assert view.progress == {"episode-1": 0.5}
    again_view = StandInView()
    again = ReaderController(again_view, library, reader.settings, StandInImporter())
    again.refresh_episodes()
    assert again_view.progress == {"episode-1": 0.5}
    again.restore_last_episode()
    assert again_view.messages == [
        "Continuing “Bees and patience, part 1” where you left off (50% read)."
    ]


def test_progress_is_kept_when_leaving_an_episode(
    reader: ReaderController, view: StandInView
) -> None:
    reader.open_episode("episode-2")
    view.scroll_to_paragraph(12)  # in a short episode the top paragraph may never change
    reader.open_episode("episode-3")
    assert view.progress == {"episode-2": 12 / view.length}
    reader.save_place()  # closing the window
    assert reader.settings.progress()["episode-3"] == 0.0
    reader.restore_last_episode()
    assert view.messages == []  # nothing to continue in an episode only opened
    reader.open_episode("episode-2", 0)  # going back to the start to read a part again
    reader.open_episode("episode-3")
    assert view.progress["episode-2"] == 12 / view.length  # the furthest point reached
