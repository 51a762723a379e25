"""Add or edit a coalition meeting: the form's pages, a suggested number for a new one, saved
through the core with every wrong field and line shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QVBoxLayout, QWidget

from coordinator_app.core.coalition import (
    MeetingData,
    create_meeting,
    get_meeting,
    partner_choices,
    suggest_number,
    update_meeting,
)
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.coalition.meeting_form import MeetingForm
from coordinator_app.ui.widgets.form_dialog import FormDialog, not_saved_summary
from coordinator_app.ui.widgets.forms import save_cancel_buttons


class CoalitionMeetingDialog(FormDialog[MeetingData]):
    def __init__(self, db: Database, meeting_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.saved_id: int | None = None
        self.form = MeetingForm(partner_choices(db))
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self._suggested = ""
        if meeting_id is None:
            self.setWindowTitle(_("New coalition meeting"))
            today = dt.date.today()
            self.form.load(MeetingData(held_on=today))
            self._suggest()
            self.form.on_date_changed(self._suggest)
        else:
            data = get_meeting(db, meeting_id)
            self.setWindowTitle(_("Coalition meeting {number}").format(number=data.number or ""))
            self.form.load(data)

    def _suggest(self) -> None:
        """A new meeting's number follows its date's year, unless the coordinator typed one."""
        edit = self.form.number_edit()
        held_on = self.form.collect().held_on
        if held_on is None or edit.text().strip() not in ("", self._suggested):
            return
        self._suggested = suggest_number(self.db, held_on)
        edit.setText(self._suggested)

    def failure_title(self) -> str:
        return _("The meeting was not saved")

    def collect(self) -> MeetingData:
        return self.form.collect()

    def write(self, data: MeetingData) -> None:
        if self.meeting_id is None:
            self.saved_id = create_meeting(self.db, data)
        else:
            update_meeting(self.db, self.meeting_id, data)
            self.saved_id = self.meeting_id

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        self.form.show_all_errors(by_field)

    def error_summary(self, by_field: dict[str, str]) -> str:
        lines = [message for key, message in by_field.items() if ":" in key]
        return "\n".join([not_saved_summary(self.failure_title(), len(by_field)), *lines])
