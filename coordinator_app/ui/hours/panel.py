"""A volunteer's hours in the last 12 months, for the volunteer's details: month, confirmed
hours (they count) and hours awaiting confirmation. Enter or a double click on a month opens
that month's hours card."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.calendar import Month
from coordinator_app.core.hours import MonthHours, closed_months, confirmed_hours_by_month
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_hours, format_month

MONTH, CONFIRMED, UNCONFIRMED = range(3)
MUTED = QColor("#888888")
PENDING = QColor("#8a5a00")


class VolunteerHoursPanel(QWidget):
    """Embeddable: `VolunteerHoursPanel(db, volunteer_id)`; `reload()` after a change."""

    changed = Signal()  # a card opened from here was saved

    def __init__(
        self,
        db: Database,
        volunteer_id: int,
        parent: QWidget | None = None,
        *,
        months: int = 12,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("volunteer_hours_panel")
        self.db = db
        self.volunteer_id = volunteer_id
        self.months = months
        self.today = today
        self.rows: list[MonthHours] = []
        self.heading = QLabel(_("Hours in the last 12 months (only confirmed hours count in documents)"))
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("volunteer_hours_table")
        self.table.setHorizontalHeaderLabels([_("Month"), _("Confirmed"), _("Awaiting confirmation")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MONTH, QHeaderView.ResizeMode.Stretch)
        for column in (CONFIRMED, UNCONFIRMED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda index: self.open_card(index.row()))
        self.total = QLabel()
        self.total.setObjectName("volunteer_hours_total")
        self.card_button = QPushButton(_("Hours &card…"))
        self.card_button.setObjectName("volunteer_hours_card")
        self.card_button.clicked.connect(lambda: self.open_card(self.table.currentRow()))
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.card_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        self.rows = list(
            reversed(
                confirmed_hours_by_month(self.db, self.volunteer_id, months=self.months, today=self.today)
            )
        )
        closed = set(closed_months(self.db))
        self.table.setRowCount(len(self.rows))
        for row, month in enumerate(self.rows):
            name = format_month(month.month.first)
            if month.month in closed:
                name += " " + _("(closed)")
            items = (
                QTableWidgetItem(name),
                QTableWidgetItem(format_hours(month.confirmed_minutes) if month.confirmed_minutes else "—"),
                QTableWidgetItem(
                    format_hours(month.unconfirmed_minutes) if month.unconfirmed_minutes else "—"
                ),
            )
            for column, item in enumerate(items):
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not (month.confirmed_minutes or month.unconfirmed_minutes):
                    item.setForeground(QBrush(MUTED))
                self.table.setItem(row, column, item)
            if month.unconfirmed_minutes:
                items[UNCONFIRMED].setForeground(QBrush(PENDING))
                items[UNCONFIRMED].setToolTip(
                    _("Done, not yet confirmed: it does not count in documents yet.")
                )
        confirmed = sum(m.confirmed_minutes for m in self.rows)
        waiting = sum(m.unconfirmed_minutes for m in self.rows)
        text = _("Confirmed in total: {hours}").format(hours=format_hours(confirmed))
        if waiting:
            text += "; " + _("awaiting confirmation: {hours}").format(hours=format_hours(waiting))
        self.total.setText(text)
        if self.rows:
            self.table.setCurrentCell(0, 0)

    def month_at(self, row: int) -> Month | None:
        return self.rows[row].month if 0 <= row < len(self.rows) else None

    def open_card(self, row: int) -> None:
        from coordinator_app.ui.hours.actions import open_hours_card

        month = self.month_at(row) or Month.of(self.today or dt.date.today())
        if open_hours_card(self, self.db, self.volunteer_id, month):
            self.reload()
            self.changed.emit()
