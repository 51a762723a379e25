"""The volunteer form's read-only "Szkolenia" page: readiness per activity, programmes, history."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.enums import AttendanceStatus, TrainingCategory
from coordinator_app.core.trainings import readiness, training_history, volunteer_programmes
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date, format_hours
from coordinator_app.ui.style import Colours
from coordinator_app.ui.widgets.tables import MISSING_COLOUR, READY_COLOUR, read_only_table, table_item


class TrainingPage(QWidget):
    def __init__(self, db: Database, volunteer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("readiness_summary")
        self.summary.setWordWrap(True)
        self.readiness = read_only_table([_("Activity"), _("Readiness")], "readiness_table")
        self.readiness.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.readiness.setColumnWidth(0, 330)
        ready_box = QGroupBox(_("Ready for activities"))
        ready_layout = QVBoxLayout(ready_box)
        ready_layout.addWidget(self.summary)
        ready_layout.addWidget(self.readiness)
        self.programmes = QLabel()
        self.programmes.setObjectName("programme_progress_text")
        self.programmes.setWordWrap(True)
        self.history = read_only_table(
            [_("Date"), _("Title"), _("Category"), _("Attendance"), _("Hours"), _("Result")], "history_table"
        )
        for column, width in enumerate((85, 180, 120, 80, 85)):
            self.history.setColumnWidth(column, width)
        history_box = QGroupBox(_("Training history"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.programmes)
        history_layout.addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(ready_box, 1)
        layout.addWidget(history_box, 1)
        self.load(db, volunteer_id)

    def load(self, db: Database, volunteer_id: int) -> None:
        activities = readiness(db, volunteer_id)
        ready = sum(1 for a in activities if a.ready)
        self.summary.setText(
            _(
                "Ready for {ready} of {total} activities. Counted: attendance marked present, "
                "or partly for at least three quarters of a session."
            ).format(ready=ready, total=len(activities))
        )
        self.readiness.setRowCount(len(activities))
        for row, activity in enumerate(activities):
            self.readiness.setItem(row, 0, table_item(f"{activity.code} — {activity.name}"))
            if activity.ready:
                status = table_item(_("ready"), READY_COLOUR)
            else:
                names = ", ".join(TrainingCategory(c).label for c in activity.missing)
                status = table_item(_("missing: {names}").format(names=names), MISSING_COLOUR)
            self.readiness.setItem(row, 1, status)
        programmes = volunteer_programmes(db, volunteer_id)
        self.programmes.setText(
            "\n".join(_("Programme “{name}”: {progress}").format(name=n, progress=p) for n, p in programmes)
        )
        self.programmes.setVisible(bool(programmes))
        lines = training_history(db, volunteer_id)
        self.history.setRowCount(len(lines))
        for row, line in enumerate(lines):
            hours = format_hours(line.minutes_attended) if line.minutes_attended else ""
            colour = None if line.completes else QColor(Colours.MUTED)
            cells = (
                format_date(line.session_date),
                line.title,
                TrainingCategory(line.category).label,
                AttendanceStatus(line.status).label,
                hours,
                line.result or "",
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, table_item(text, colour))
        if not lines:
            self.history.setRowCount(1)
            self.history.setItem(0, 1, table_item(_("No training recorded yet.")))
