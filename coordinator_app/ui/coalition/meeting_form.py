"""The coalition meeting form: the meeting, its agenda and course, the people present (partners
picked from the partners' list, the OPS's staff and guests), decisions and tasks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from coordinator_app.core.coalition import (
    MEETING_STATUSES,
    AttendeeInput,
    MeetingData,
    PartnerChoice,
    TaskInput,
    status_label,
)
from coordinator_app.i18n import _
from coordinator_app.ui.coalition.lines import LinesTable, partner_combo
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.forms import OptionalDateEdit, OptionalTimeEdit, line_edit, text_edit
from coordinator_app.ui.widgets.paged_form import PagedForm

PLAIN_FIELDS = (
    "number",
    "held_on",
    "start_time",
    "place",
    "status",
    "chaired_by",
    "minuted_by",
    "agenda",
    "discussion",
)
ATTENDEES_PAGE, TASKS_PAGE = 2, 3


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class MeetingForm(PagedForm):
    """All fields of a meeting; `errors` shows the messages beside each field, the tables mark
    their wrong lines."""

    def __init__(self, partners: Sequence[PartnerChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partners = list(partners)
        self._build_meeting()
        self._build_agenda()
        self._build_attendees()
        self._build_tasks()

    def _build_meeting(self) -> None:
        form = self.add_page(_("Meeting"))
        self._add(form, _("Number"), "number", line_edit(40, _("e.g. 2/2026")))
        self._add(form, _("Date *"), "held_on", OptionalDateEdit())
        self._add(form, _("Start time"), "start_time", OptionalTimeEdit())
        self._add(form, _("Place *"), "place", line_edit(200, _("e.g. the GOPS conference room")))
        status = QComboBox()
        for value in MEETING_STATUSES:
            status.addItem(status_label(value), value)
        self._add(form, _("Status"), "status", status)
        self._add(form, _("Chaired by"), "chaired_by", line_edit(200, _("name and surname")))
        self._add(form, _("Minutes taken by"), "minuted_by", line_edit(200, _("name and surname")))

    def _build_agenda(self) -> None:
        form = self.add_page(_("Agenda and course"))
        self._add(
            form,
            _("Agenda *"),
            "agenda",
            text_edit(_("One point a line; numbers are added when printed."), 130),
        )
        self._add(
            form,
            _("Course of the meeting"),
            "discussion",
            text_edit(_("What was discussed; printed in the minutes."), 200),
        )

    def _build_attendees(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _hint(
                _(
                    "Partners' representatives, the OPS's staff and guests. Untick “Attends” for "
                    "those excused: they are listed in the minutes, not on the attendance list."
                )
            )
        )
        self.attendees = LinesTable(
            "attendees",
            [_("Name and surname"), _("Institution"), _("Function"), _("Attends")],
            [200, 260, 220, 80],
            self._attendee_row,
            _("&Add a person"),
        )
        layout.addWidget(self.attendees, 1)
        self.addTab(page, _("Attendees"))

    def _attendee_row(self) -> list[QWidget]:
        present = QCheckBox()
        present.setChecked(True)
        return [
            line_edit(200),
            partner_combo(self.partners, _("OPS or a guest")),
            line_edit(160, _("e.g. school pedagogue")),
            present,
        ]

    def _build_tasks(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.decisions = text_edit(_("One decision a line; printed under “Ustalono:”."), 110)
        self.decisions.setObjectName("decisions")
        self.decisions.setAccessibleName(_("Decisions"))
        layout.addWidget(QLabel(_("Decisions")))
        layout.addWidget(self.decisions)
        layout.addWidget(QLabel(_("Tasks")))
        self.tasks = LinesTable(
            "tasks",
            [_("Task"), _("Institution"), _("Person responsible"), _("Due"), _("Done")],
            [260, 200, 180, 110, 110],
            self._task_row,
            _("Add a &task"),
        )
        layout.addWidget(self.tasks, 1)
        self.addTab(page, _("Decisions and tasks"))

    def _task_row(self) -> list[QWidget]:
        return [
            line_edit(300),
            partner_combo(self.partners, _("OPS")),
            line_edit(200),
            OptionalDateEdit(),
            OptionalDateEdit(),
        ]

    # --- data -------------------------------------------------------------------------------
    def load(self, data: MeetingData) -> None:
        for name in PLAIN_FIELDS:
            set_value(self.fields[name], getattr(data, name))
        self.decisions.setPlainText("\n".join(data.decisions))
        self.attendees.clear()
        for attendee in data.attendees:
            _fill(
                self.attendees.add_row(),
                [attendee.person_name, attendee.partner_id, attendee.function, attendee.present],
            )
        self.tasks.clear()
        for task in data.tasks:
            _fill(
                self.tasks.add_row(),
                [task.description, task.partner_id, task.responsible, task.due_on, task.done_on],
            )

    def collect(self) -> MeetingData:
        values = {name: get_value(self.fields[name]) for name in PLAIN_FIELDS}
        data = MeetingData(**values)
        data.place = data.place or ""
        data.agenda = data.agenda or ""
        data.decisions = [line for line in self.decisions.toPlainText().splitlines() if line.strip()]
        for name, partner, function, present in _values(self.attendees):
            data.attendees.append(AttendeeInput(name or "", partner, function, bool(present)))
        for text, partner, person, due, done in _values(self.tasks):
            data.tasks.append(TaskInput(text or "", partner, person, due, done))
        return data

    def number_edit(self) -> QLineEdit:
        widget = self.fields["number"]
        assert isinstance(widget, QLineEdit)
        return widget

    def on_date_changed(self, slot: Callable[[], None]) -> None:
        date = self.fields["held_on"]
        assert isinstance(date, OptionalDateEdit)
        date.dateChanged.connect(lambda _d: slot())

    def show_all_errors(self, by_field: dict[str, str]) -> None:
        self.show_errors({k: v for k, v in by_field.items() if ":" not in k})
        rows = {"attendee": (self.attendees, ATTENDEES_PAGE), "task": (self.tasks, TASKS_PAGE)}
        pages = []
        for table_key, (table, page) in rows.items():
            wrong = {int(k.split(":")[1]): v for k, v in by_field.items() if k.startswith(f"{table_key}:")}
            table.mark(wrong)
            if wrong:
                pages.append(page)
        if pages and not self.errors.marked():
            self.setCurrentIndex(min(pages))


def _fill(widgets: list[QWidget], values: list[object]) -> None:
    for widget, value in zip(widgets, values, strict=True):
        set_value(widget, value)


def _values(table: LinesTable) -> list[list[Any]]:
    return [[get_value(widget) for widget in row] for row in table.rows()]
