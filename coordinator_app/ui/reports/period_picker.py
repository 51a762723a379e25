"""Choosing the period of a summary: a month, a quarter, a year, or any run of days."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QStackedWidget, QWidget

from coordinator_app.core.calendar import FIRST_YEAR, LAST_YEAR, Month, Period, PeriodError, PeriodKind
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import screen

ROMAN = ("I", "II", "III", "IV")


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.MM.yyyy")
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


class PeriodPicker(QWidget):
    """Kind, then the fields of that kind; `period()` raises `PeriodError` when the choice
    cannot be reported on (an end before the start)."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        last = Month.of(today).previous()  # the summary is usually made after the month ends
        self.kind = QComboBox()
        self.kind.setObjectName("report_period_kind")
        for kind, label in (
            (PeriodKind.MONTH, _("Month")),
            (PeriodKind.QUARTER, _("Quarter")),
            (PeriodKind.YEAR, _("Year")),
            (PeriodKind.CUSTOM, _("Any period")),
        ):
            self.kind.addItem(label, kind.value)
        self.year = QSpinBox()
        self.year.setObjectName("report_year")
        self.year.setAccessibleName(_("Year"))
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(last.year)
        self.month = QComboBox()
        self.month.setObjectName("report_month")
        self.month.setAccessibleName(_("Month"))
        for number, name in enumerate(screen.month_names(), start=1):
            self.month.addItem(name, number)
        self.month.setCurrentIndex(last.month - 1)
        self.quarter = QComboBox()
        self.quarter.setObjectName("report_quarter")
        for number, roman in enumerate(ROMAN, start=1):
            self.quarter.addItem(_("{roman} quarter").format(roman=roman), number)
        self.quarter.setCurrentIndex((last.month - 1) // 3)
        self.date_from = _date_edit(last.first)
        self.date_from.setObjectName("report_from")
        self.date_to = _date_edit(last.last)
        self.date_to.setObjectName("report_to")

        self.stack = QStackedWidget()
        for widgets in ((self.month,), (self.quarter,), (), (self.date_from, QLabel("–"), self.date_to)):
            page = QWidget()
            row = QHBoxLayout(page)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            self.stack.addWidget(page)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.year)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.year.valueChanged,
            self.month.currentIndexChanged,
            self.quarter.currentIndexChanged,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            signal.connect(lambda *_args: self.changed.emit())
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        index = self.kind.currentIndex()
        self.stack.setCurrentIndex(index)
        self.year.setVisible(self.kind.currentData() != PeriodKind.CUSTOM.value)
        self.changed.emit()

    def set_period(self, period: Period) -> None:
        self.kind.setCurrentIndex(self.kind.findData(period.kind.value))
        self.year.setValue(period.start.year)
        self.month.setCurrentIndex(period.start.month - 1)
        self.quarter.setCurrentIndex((period.start.month - 1) // 3)
        self.date_from.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.date_to.setDate(QDate(period.end.year, period.end.month, period.end.day))

    def period(self) -> Period:
        kind = PeriodKind(self.kind.currentData())
        year = self.year.value()
        if kind is PeriodKind.MONTH:
            return Period.month(year, int(self.month.currentData()))
        if kind is PeriodKind.QUARTER:
            return Period.quarter(year, int(self.quarter.currentData()))
        if kind is PeriodKind.YEAR:
            return Period.year(year)
        start = cast(dt.date, self.date_from.date().toPython())  # a QDate gives a date
        end = cast(dt.date, self.date_to.date().toPython())
        if end < start:
            raise PeriodError(_("The end of the period is before its start."))
        return Period.days(start, end)
