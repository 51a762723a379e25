"""Pulpit (dashboard): this month against the last, twelve months of hours, hours by activity
type, and what needs attention. Loaded in the background; each item opens its record through
the `open_record(kind, record_id)` signal (kinds: volunteer, client, agreement, assignment)."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.calendar import Month
from coordinator_app.core.reports import Compared, DashboardData, dashboard_data
from coordinator_app.core.reports.first_steps import FirstStep
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_date, format_hours, format_month, format_number, screen
from coordinator_app.i18n.formatting import whole_hours as round_hours
from coordinator_app.ui.dashboard.charts import ActivityChart, MonthsChart
from coordinator_app.ui.dashboard.first_steps import FirstStepsPanel, read_steps
from coordinator_app.ui.style import set_role
from coordinator_app.ui.tasks import run_task

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
EXPANDED_UP_TO = 10  # groups with more items start folded
STALE_AFTER_SECONDS = 120  # shown again after this long, the dashboard reloads


def period_text(data: DashboardData) -> str:
    """What this month is compared with: `last month` when the whole of it, else the same
    days of it, `1–3 listopada` (on 3 December)."""
    period = data.compared_period
    if period.first.day == 1 and period.last == Month.of(period.first).last:
        return _("last month")
    month = screen.month_genitive(period.first)
    if period.first == period.last:
        return f"{period.first.day} {month}"
    return f"{period.first.day}\u2013{period.last.day} {month}"


def change_text(figure: Compared, *, hours: bool = False, period: str | None = None) -> str:
    """`1–3 listopada: 3 786 (+10,0%)` or `last month: …` (hours as hours)."""
    period = _("last month") if period is None else period
    value = (
        format_hours(whole_hours(figure.previous)) if hours else format_number(figure.previous, decimals=0)
    )
    percent = figure.percent
    if percent is None:
        return _("{period}: {value}").format(period=period, value=value)
    sign = "+" if percent > 0 else ""
    change = sign + format_number(percent, decimals=1) + "\u202f%"
    return _("{period}: {value} ({change})").format(period=period, value=value, change=change)


def whole_hours(minutes: int) -> int:
    """Minutes rounded to whole hours once there are many (a tile has no room for fractions)."""
    return minutes if minutes < 100 * 60 else round_hours(minutes) * 60


class Tile(QFrame):
    """A figure of this month with the last month's beneath it."""

    def __init__(self, title: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        set_role(self, "tile")
        self.title = QLabel(title)
        self.value = QLabel("–")
        self.value.setObjectName(f"tile_{key}_value")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName(f"tile_{key}_detail")
        set_role(self.detail, "note")
        self.detail.setWordWrap(True)
        # Two lines (confirmed hours, then the comparison), never squeezed to one.
        self.detail.setMinimumHeight(2 * self.detail.fontMetrics().lineSpacing() + 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_figure(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class DashboardTab(QWidget):
    status_message = Signal(str)
    open_record = Signal(str, int)

    def __init__(self, db: Database, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today  # None: the day it loads
        self.loaded = False
        self.loading = False
        self.loaded_at: float | None = None
        self.data: DashboardData | None = None
        # What the main window asks of a tab (ui.tab.Tab): the dashboard has no search box
        # for Find and no table whose columns are remembered.
        self.search: QLineEdit | None = None
        self.table: QTableView | None = None

        self.heading = QLabel()
        self.heading.setObjectName("dashboard_heading")
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        self.heading.setFont(heading_font)
        self.refresh_button = QPushButton(_("&Refresh"))
        self.refresh_button.setObjectName("dashboard_refresh")
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)

        self.tiles = {
            "volunteers": Tile(_("Active volunteers"), "volunteers"),
            "hours": Tile(_("Hours of work done"), "hours"),
            "clients": Tile(_("Clients supported"), "clients"),
            "waiting": Tile(_("Waiting list"), "waiting"),
        }
        tiles = QGridLayout()
        for column, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, column)

        self.months_chart = MonthsChart()
        self.months_chart.setObjectName("dashboard_months_chart")
        self.activity_chart = ActivityChart()
        self.activity_chart.setObjectName("dashboard_activity_chart")
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.months_chart)
        charts.addWidget(self.activity_chart)
        charts.setStretchFactor(0, 3)
        charts.setStretchFactor(1, 2)

        self.attention = QTreeWidget()
        self.attention.setObjectName("dashboard_attention")
        self.attention.setHeaderLabels([_("Needs attention")])
        self.attention.setRootIsDecorated(True)
        self.attention.itemActivated.connect(self._activated)
        self.attention.setToolTip(_("Double-click an item (or press Enter) to open its record."))

        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(charts)
        lower.addWidget(self.attention)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        self.first_steps = FirstStepsPanel(db)  # the first-run checklist, hidden once done
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.first_steps)
        layout.addLayout(tiles)
        layout.addWidget(lower, 1)
        self.heading.setText(_("Loading…"))

    # --- loading ----------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Load when first shown, and again when shown after a while (other tabs change data)."""
        stale = self.loaded_at is not None and time.monotonic() - self.loaded_at > STALE_AFTER_SECONDS
        if (not self.loaded or stale) and not self.loading:
            self.reload()

    def reload(self) -> None:
        if self.loading:
            return
        self.loading = True
        self.refresh_button.setEnabled(False)
        self.status_message.emit(_("Loading the dashboard…"))
        db = self.db
        today = self.today
        # The first steps too, off the GUI thread: their 32 statements, compiled at their first
        # read, froze the window there as the dashboard appeared (90 ms with the ORM's set-up).
        run_task(lambda: (dashboard_data(db, today=today), read_steps(db)), self._loaded, self._failed)

    def _loaded(self, result: tuple[DashboardData, tuple[FirstStep, ...] | None]) -> None:
        data, steps = result
        self.first_steps.show_steps(steps)
        self.loading = False
        self.loaded = True
        self.loaded_at = time.monotonic()
        self.refresh_button.setEnabled(True)
        self.data = data
        self._show(data)
        self.status_message.emit("")

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        message = _("The dashboard could not be loaded: {error}").format(error=error)
        self.heading.setText(message)
        self.status_message.emit(message)
        QMessageBox.critical(self, _("Dashboard"), message)

    # --- showing ----------------------------------------------------------------------------
    def _show(self, data: DashboardData) -> None:
        self.heading.setText(
            _("{month} (as of {date})").format(
                month=format_month(data.month.first), date=format_date(data.today)
            )
        )
        t = self.tiles
        period = period_text(data)
        t["volunteers"].show_figure(
            format_number(data.volunteers.current, decimals=0), change_text(data.volunteers, period=period)
        )
        confirmed = _("confirmed: {hours}").format(
            hours=format_hours(whole_hours(data.confirmed_minutes.current))
        )
        t["hours"].show_figure(
            format_hours(whole_hours(data.minutes.current)),
            confirmed + "\n" + change_text(data.minutes, hours=True, period=period),
        )
        t["clients"].show_figure(
            format_number(data.clients.current, decimals=0), change_text(data.clients, period=period)
        )
        needs = ngettext(
            "{n} open need without a volunteer", "{n} open needs without a volunteer", data.waiting_needs
        )
        t["waiting"].show_figure(
            ngettext("{n} client", "{n} clients", data.waiting_clients).format(
                n=format_number(data.waiting_clients, decimals=0)
            ),
            needs.format(n=format_number(data.waiting_needs, decimals=0)),
        )
        self.months_chart.set_bars(data.months)
        self.activity_chart.set_bars(data.by_activity, period)
        self._fill_attention(data)

    def _fill_attention(self, data: DashboardData) -> None:
        self.attention.clear()
        shown = [group for group in data.attention if group.total]
        if not shown:
            QTreeWidgetItem(self.attention, [_("Nothing needs attention.")])
            return
        for group in shown:
            parent = QTreeWidgetItem(self.attention, [f"{group.title} ({group.total})"])
            parent.setData(0, KIND_ROLE, "")
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for item in group.items:
                child = QTreeWidgetItem(parent, [item.text])
                child.setData(0, KIND_ROLE, item.kind)
                child.setData(0, ID_ROLE, item.record_id)
                if item.kind:
                    child.setToolTip(0, _("Double-click to open."))
            hidden = group.total - len(group.items)
            if hidden > 0:
                more = ngettext("… and {n} more", "… and {n} more", hidden).format(n=hidden)
                QTreeWidgetItem(parent, [more]).setData(0, KIND_ROLE, "")
            parent.setExpanded(group.total <= EXPANDED_UP_TO)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.open_record.emit(str(kind), int(item.data(0, ID_ROLE)))
