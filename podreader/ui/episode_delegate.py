"""Draws an episode row in two lines: the title, then podcast · date · progress · bookmarks ·
languages, with a thin bar for how far it was read."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from podreader.library.store import EpisodeSummary
from podreader.ui.episode_model import Role, date_text
from podreader.ui.wording import bookmark_count, language_names, progress_text

PAD = 6
GAP = 2


def detail_text(
    summary: EpisodeSummary,
    bookmarks: int | None,
    with_podcast: bool,
    progress: float | None = None,
) -> str:
    parts = [summary.podcast] if with_podcast else []
    parts.append(date_text(summary))
    # What changes with reading comes before the languages, which a narrow list cuts off.
    if progress is not None:
        parts.append(progress_text(progress))
    if bookmarks:
        parts.append(bookmark_count(bookmarks))
    parts.append(language_names(summary.languages))
    return "  ·  ".join(p for p in parts if p)


class EpisodeDelegate(QStyledItemDelegate):
    """Podcast group rows keep the default look with an episode count; episodes get two lines.

    ``show_podcast`` is off in the grouped view, where the podcast is the row's parent.
    """

    show_podcast = True

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        detail = QFont(option.font)
        detail.setPointSizeF(option.font.pointSizeF() * 0.88)
        return title, detail

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, detail = self._fonts(option)
        if not isinstance(index.data(Role.SUMMARY), EpisodeSummary):
            return QSize(100, QFontMetrics(title).height() + 2 * PAD)
        height = QFontMetrics(title).height() + GAP + QFontMetrics(detail).height() + 2 * PAD
        return QSize(100, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary = index.data(Role.SUMMARY)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title_font, detail_font = self._fonts(option)
        if not isinstance(summary, EpisodeSummary):
            opt.text = f"{opt.text}  ({index.data(Role.EPISODES)})"
            opt.font = title_font
            super().paint(painter, opt, index)
            return
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        detail_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        title_metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        title_rect = QRect(rect.left(), rect.top(), rect.width(), title_metrics.height())
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(summary.title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        detail_metrics = QFontMetrics(detail_font)
        painter.setFont(detail_font)
        painter.setPen(palette.color(detail_role))
        progress = index.data(Role.PROGRESS)
        detail = detail_text(summary, index.data(Role.BOOKMARKS), self.show_podcast, progress)
        detail_rect = QRect(
            rect.left(), title_rect.bottom() + GAP, rect.width(), detail_metrics.height()
        )
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            detail_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if isinstance(progress, float):  # a thin bar under the text: how far it was read
            # Inside the row's padding: the row below repaints its own edge when selected.
            bar = QRect(rect.left(), detail_rect.bottom() + PAD // 2, rect.width(), 2)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Midlight))
            bar.setWidth(max(2, round(rect.width() * progress)))
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
        painter.restore()
