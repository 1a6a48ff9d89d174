from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from podreader.model import Chapter
from podreader.ui.chapter_model import ChapterModel, Role, short_title
from tests.ui.summaries import episode


def test_outline_passes_modeltester(qapp: QApplication, qtmodeltester: Any) -> None:
    model = ChapterModel()
    model.set_episode(episode(1, paragraphs=30, chapters=3))
    qtmodeltester.check(model, force_py=True)
    kinds = [model.index(r, 0).data(Role.KIND) for r in range(model.rowCount())]
    assert kinds == ["chapter", "chapter", "chapter", "people", "insights"]
    first = model.index(0, 0)
    assert [model.index(r, 0, first).data() for r in range(2)] == ["point 0.1", "point 0.2"]
    insight = model.index(0, 0, model.index(4, 0))
    assert insight.data(Role.PARAGRAPH) == 2
    model.set_episode(None)
    assert model.rowCount() == 0


def test_current_chapter_follows_the_paragraph(qapp: QApplication) -> None:
    model = ChapterModel()
    model.set_episode(episode(1, paragraphs=30, chapters=3))  # chapters at 0, 10, 20
    assert model.set_current_paragraph(15).row() == 1
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.set_current_paragraph(29).row() == 2
    assert model.chapter_row_at(0) == 0


def test_short_title_prefers_title_then_first_sentence_cut_at_a_word() -> None:
    assert short_title(Chapter("Long summary.", title="Given")) == "Given"
    assert short_title(Chapter("Bees swarm in May. Then they rest.")) == "Bees swarm in May."
    long = Chapter("word " * 40)
    cut = short_title(long, limit=23)
    assert cut == "word word word word…"
    chinese = Chapter("蜂群在五月分蜂" * 20 + "。")
    assert short_title(chinese, limit=10) == "蜂群在五月分蜂蜂群在…"


def test_the_current_chapter_mark_is_not_shaped_like_an_expand_arrow() -> None:
    """The tree draws its own expand arrows; a play triangle or chevron beside them read as a
    second arrow (issue #13 item 5)."""
    from podreader.ui.icons import NAMES

    name = NAMES["current_chapter"]
    assert not any(shape in name for shape in ("play", "chevron", "arrow", "triangle", "menu-"))
