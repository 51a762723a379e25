"""The dashboard's two charts, painted with QPainter (QtCharts is not in PySide6-Essentials):
hours in the last twelve months, and hours by activity type this month against the last."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from coordinator_app.core.reports import ActivityBar, MonthBar
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_number, hours_decimal, screen
from coordinator_app.ui.style import Colours

CONFIRMED = QColor(Colours.CHART_CONFIRMED)
DONE = QColor(Colours.CHART_DONE)
PREVIOUS = QColor(Colours.CHART_PREVIOUS)
TEXT = QColor(Colours.CHART_TEXT)
GRID = QColor(Colours.CHART_GRID)


def hours_text(minutes: int) -> str:
    """A bar's hours with at most one decimal, as the tiles show them: 20 minutes is "0,3",
    never "0"; whole hours stay whole ("12")."""
    return format_number(hours_decimal(minutes, 1), decimals=1)


def _month_label(bar: MonthBar) -> str:
    return screen.month_abbreviated(bar.month.first)


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def _legend(self, painter: QPainter, items: Sequence[tuple[QColor, str]], y: float) -> None:
        metrics = QFontMetrics(self.font())
        x = 4.0
        for colour, label in items:
            painter.fillRect(QRectF(x, y - 9, 10, 10), colour)
            painter.setPen(TEXT)
            painter.drawText(QRectF(x + 14, y - 12, metrics.horizontalAdvance(label) + 4, 16), label)
            x += 26 + metrics.horizontalAdvance(label)


class MonthsChart(_Chart):
    """Stacked bars: confirmed hours, then hours done and awaiting confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[MonthBar, ...] = ()
        self.setAccessibleName(_("Hours in the last 12 months"))

    def set_bars(self, bars: Sequence[MonthBar]) -> None:
        self.bars = tuple(bars)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        width, height = self.width(), self.height()
        painter.setPen(TEXT)
        painter.drawText(QRectF(4, 0, width - 8, line + 2), _("Hours in the last 12 months"))
        legend = ((CONFIRMED, _("confirmed hours")), (DONE, _("done, not confirmed")))
        self._legend(painter, legend, 2 * line + 6)
        top, bottom = 3 * line + 14, height - line - 6
        if not self.bars or bottom <= top:
            return
        peak = max((bar.minutes for bar in self.bars), default=0) or 1
        slot = (width - 8) / len(self.bars)
        bar_width = max(4.0, slot * 0.62)
        span = bottom - top - line
        painter.setPen(GRID)
        painter.drawLine(4, int(bottom), width - 4, int(bottom))
        for index, bar in enumerate(self.bars):
            x = 4 + index * slot + (slot - bar_width) / 2
            confirmed_h = span * bar.confirmed_minutes / peak
            done_h = span * bar.done_minutes / peak
            painter.fillRect(QRectF(x, bottom - confirmed_h, bar_width, confirmed_h), CONFIRMED)
            painter.fillRect(QRectF(x, bottom - confirmed_h - done_h, bar_width, done_h), DONE)
            painter.setPen(TEXT)
            label_rect = QRectF(4 + index * slot, bottom + 2, slot, line)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter, _month_label(bar))
            if bar.minutes and slot >= metrics.horizontalAdvance(hours_text(bar.minutes)):
                value_rect = QRectF(4 + index * slot, bottom - confirmed_h - done_h - line - 1, slot, line)
                painter.drawText(value_rect, Qt.AlignmentFlag.AlignHCenter, hours_text(bar.minutes))
        painter.end()


class ActivityChart(_Chart):
    """Horizontal bars, two an activity type: this month and (grey) the last."""

    MAX_ROWS = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[ActivityBar, ...] = ()
        self.previous_label = ""  # what the grey bars are: "last month" or "1–3 listopada"
        self.setAccessibleName(_("Hours by activity type"))

    def set_bars(self, bars: Sequence[ActivityBar], previous_label: str | None = None) -> None:
        self.previous_label = previous_label or _("last month")
        ordered = sorted(bars, key=lambda b: (-max(b.minutes.current, b.minutes.previous), b.code))
        self.bars = tuple(ordered[: self.MAX_ROWS])
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        width, height = self.width(), self.height()
        painter.setPen(TEXT)
        painter.drawText(QRectF(4, 0, width - 8, line + 2), _("Hours by activity type"))
        self._legend(
            painter,
            ((CONFIRMED, _("this month")), (PREVIOUS, self.previous_label or _("last month"))),
            2 * line + 6,
        )
        top = 3 * line + 12
        if not self.bars:
            painter.drawText(QRectF(4, top, width - 8, line), _("No hours yet."))
            painter.end()
            return
        label_width = max(metrics.horizontalAdvance(bar.code) for bar in self.bars) + 8
        value_width = metrics.horizontalAdvance("000 000 / 000 000") + 6
        room = max(10.0, width - label_width - value_width - 8)
        row = max(8.0, min(2.0 * line, (height - top - 4) / len(self.bars)))
        peak = max(max(b.minutes.current, b.minutes.previous) for b in self.bars) or 1
        for index, bar in enumerate(self.bars):
            y = top + index * row
            painter.setPen(TEXT)
            painter.drawText(QRectF(4, y, label_width, row), Qt.AlignmentFlag.AlignVCenter, bar.code)
            half = (row - 2) / 2
            now_w = room * bar.minutes.current / peak
            before_w = room * bar.minutes.previous / peak
            painter.fillRect(QRectF(4 + label_width, y + 1, now_w, half), CONFIRMED)
            painter.fillRect(QRectF(4 + label_width, y + 1 + half, before_w, half), PREVIOUS)
            x = 8 + label_width + max(now_w, before_w)
            now_text = hours_text(bar.minutes.current)
            painter.drawText(QRectF(x, y, value_width, row), Qt.AlignmentFlag.AlignVCenter, now_text)
            painter.setPen(PREVIOUS.darker(150))
            before_text = f" / {hours_text(bar.minutes.previous)}"
            x += metrics.horizontalAdvance(now_text)
            painter.drawText(QRectF(x, y, value_width, row), Qt.AlignmentFlag.AlignVCenter, before_text)
        painter.end()
