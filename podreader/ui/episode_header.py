"""The episode header above the transcript: what the PodQuest page showed before the text.

Title, podcast, date and languages always; unfolded, also the people with their descriptions,
the opening of the summary, the key insights and the chapters (insights and chapters link to
their place). It is a widget of its own above the transcript pane, not part of the pane's
documents, so the columns' scrolling and alignment never have to account for it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from podreader.model import Episode
from podreader.ui.wording import language_names

#: The unfolded details never take more than this share of the window's height.
DETAILS_SHARE = 0.4
MARGIN = 10


def byline(episode: Episode) -> str:
    parts = [episode.podcast]
    if episode.published:
        parts.append(episode.published.isoformat())
    parts.append(language_names(episode.languages))
    return "  ·  ".join(p for p in parts if p)


def _section(title: str, items: list[str], ordered: bool = False) -> str:
    if not items:
        return ""
    tag = "ol" if ordered else "ul"
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f"<h4>{html.escape(title)}</h4><{tag}>{rows}</{tag}>"


def _link(text: str, paragraph: int | None) -> str:
    escaped = html.escape(text)
    return escaped if paragraph is None else f'<a href="paragraph:{paragraph}">{escaped}</a>'


def details_html(episode: Episode) -> str:
    """People, summary opening, key insights and chapters as rich text (every text escaped)."""
    people = [
        f"<b>{html.escape(p.name)}</b>"
        + (f" — {html.escape(p.description)}" if p.description else "")
        for p in episode.people
    ]
    summary = next((t for t in episode.translations if t.kind == "summary"), None)
    opening = summary.paragraphs[0].text if summary and summary.paragraphs else ""
    insights = [
        f"{_link(i.question, i.paragraph)}<br>{html.escape(i.answer)}" for i in episode.insights
    ]
    chapters = [_link(c.title or c.summary, c.paragraph) for c in episode.chapters]
    parts = [
        _section("People", people),
        f"<h4>Summary</h4><p>{html.escape(opening)}</p>" if opening else "",
        _section("Key insights", insights),
        _section("Chapters", chapters, ordered=True),
    ]
    return "".join(parts)


class _Details(QScrollArea):
    """Asks for :attr:`wanted` pixels of height and makes do with a few lines when the
    window is small, so the header never makes the window taller."""

    wanted = 80

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.wanted)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 48)


class EpisodeHeader(QFrame):
    """Signals: ``paragraphRequested(id)`` when an insight or a chapter is clicked;
    ``foldedChanged(folded)`` so the window can keep the choice."""

    paragraphRequested = Signal(int)
    foldedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("episodeHeader")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.toggle = QToolButton(self)
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Show or hide the episode's people, summary and chapters"))
        self.title = QLabel(self)
        self.title.setObjectName("episodeTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.byline = QLabel(self)
        self.byline.setObjectName("episodeByline")
        self.byline.setTextFormat(Qt.TextFormat.PlainText)
        self.byline.setWordWrap(True)  # a long podcast name must not widen the window
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.linkActivated.connect(self._link)
        self.more = _Details(self)
        self.more.setWidget(self.details)
        self.more.setWidgetResizable(True)
        self.more.setFrameShape(QFrame.Shape.NoFrame)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.byline)
        top = QHBoxLayout()
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 6, MARGIN, 6)
        layout.addLayout(top)
        layout.addWidget(self.more)
        self._episode: Episode | None = None
        self._details_of: Episode | None = None  # the episode the details were made for
        self.toggle.toggled.connect(self._unfold)
        self.set_folded(True)

    def set_episode(self, episode: Episode | None) -> None:
        self.setVisible(episode is not None)
        if episode is None:
            return
        self.title.setText(episode.title)
        self.byline.setText(byline(episode))
        self._episode = episode
        self._details_of = None
        self._fill_details()

    def _fill_details(self) -> None:
        """Lay the details out only when they show: rich text costs time on the way to an
        episode's first screen, and the header is folded by default."""
        if self.folded() or self._episode is None or self._details_of is self._episode:
            return
        self._details_of = self._episode
        self.details.setText(details_html(self._episode))
        self._fit()

    def folded(self) -> bool:
        return not self.toggle.isChecked()

    def set_folded(self, folded: bool) -> None:
        self.toggle.setChecked(not folded)
        self._unfold(not folded)

    def _unfold(self, unfolded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        self.more.setVisible(unfolded)
        self._fill_details()
        self.foldedChanged.emit(not unfolded)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the details need, up to :data:`DETAILS_SHARE` of the window (then it
        scrolls): a scroll area left to its own size hint shows two lines of them."""
        width = self.width() - 2 * MARGIN
        wanted = self.details.heightForWidth(max(width, 200)) + 2
        self.more.wanted = min(wanted, max(80, int(self.window().height() * DETAILS_SHARE)))
        self.more.updateGeometry()

    def _link(self, target: str) -> None:
        kind, _, value = target.partition(":")
        if kind == "paragraph" and value.isdigit():
            self.paragraphRequested.emit(int(value))
