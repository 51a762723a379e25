"""The window of one action: its details, the shifts (people needed and signed up), the people
signed up for the chosen shift, and what the coordinator does with them: sign up, register a
new one-off volunteer, print the sheets and the short agreements, tick the attendance, turn it
into hours, mark the action done and read its summary."""

from __future__ import annotations

import itertools
from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.actions import (
    CANCELLED,
    DONE,
    ActionDetails,
    ActionError,
    ShiftRow,
    SignupRefused,
    action_summary,
    attendance_to_hours,
    check_signup,
    get_action,
    remove_signup,
    set_status,
    sign_up,
    status_label,
)
from coordinator_app.core.enums import TrainingCategory
from coordinator_app.core.trainings import volunteer_choices
from coordinator_app.core.validation import format_phone
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date, format_hours
from coordinator_app.ui.actions import printing
from coordinator_app.ui.actions.action_dialog import ActionDialog
from coordinator_app.ui.actions.attendance_dialog import ActionAttendanceDialog
from coordinator_app.ui.actions.parts import (
    SHIFT_HEADERS,
    SIGNUP_HEADERS,
    attendance_text,
    make_table,
    push_button,
    summary_text,
)
from coordinator_app.ui.actions.quick_dialog import QuickRegistrationDialog
from coordinator_app.ui.trainings.volunteer_picker import VolunteerPicker
from coordinator_app.ui.widgets.print_button import print_button


class ActionWindow(QDialog):
    """`changed` after anything is saved (the tab reloads its list); `printed` with the file."""

    changed = Signal()
    printed = Signal(Path)

    def __init__(self, db: Database, action_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.action_id = action_id
        self.details: ActionDetails = get_action(db, action_id)
        self.heading = QLabel()
        self.heading.setObjectName("action_heading")
        self.heading.setWordWrap(True)
        self.shifts_table = make_table("shifts", SHIFT_HEADERS, _("Shifts"))
        self.shifts_table.itemSelectionChanged.connect(self._fill_signups)
        self.signups_table = make_table("signups", SIGNUP_HEADERS, _("Signed up for the shift"))
        self.signups_table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setObjectName("action_status")
        self.status.setWordWrap(True)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(_("Shifts:")))
        layout.addWidget(self.shifts_table, 1)
        layout.addWidget(QLabel(_("Signed up for the chosen shift:")))
        layout.addWidget(self.signups_table, 3)
        layout.addLayout(self.shift_buttons)
        layout.addLayout(self.action_buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.close_box)
        self.resize(1000, 640)
        self._reading_order()
        self.refresh()

    def _reading_order(self) -> None:
        """Tab goes through the window as it reads (the print button was made first)."""
        tables = [self.shifts_table, self.signups_table]
        shift = [self.signup_button, self.quick_button, self.remove_button, self.print_button]
        action = [self.edit_button, self.attendance_button, self.hours_button, self.done_button]
        close = self.close_box.button(QDialogButtonBox.StandardButton.Close)
        for before, after in itertools.pairwise([*tables, *shift, *action, self.summary_button, close]):
            QWidget.setTabOrder(before, after)

    def _build_buttons(self) -> None:
        self.signup_button = push_button(_("&Sign up volunteers…"), "action_signup", self.pick_volunteers)
        self.quick_button = push_button(_("&Quick registration…"), "action_quick", self.open_quick)
        self.remove_button = push_button(_("Remo&ve sign-up"), "action_remove", self.remove_selected)
        self.print_button = print_button(
            self,
            [
                (_("Sign-up sheet of the shift"), lambda: self.print_pdf(printing.SIGNUP)),
                (_("Attendance sheet of the shift"), lambda: self.print_pdf(printing.ATTENDANCE)),
                (_("Short agreements of the new volunteers"), lambda: self.print_pdf(printing.AGREEMENTS)),
            ],
        )
        self.shift_buttons = QHBoxLayout()
        for button in (self.signup_button, self.quick_button, self.remove_button):
            self.shift_buttons.addWidget(button)
        self.shift_buttons.addStretch(1)
        self.shift_buttons.addWidget(self.print_button)
        self.edit_button = push_button(_("&Edit action…"), "action_edit", self.edit)
        self.attendance_button = push_button(_("&Attendance…"), "action_attendance", self.open_attendance)
        self.hours_button = push_button(
            _("&Turn attendance into hours"), "action_hours", self.turn_into_hours
        )
        self.done_button = push_button(_("Mark as d&one"), "action_done", self.mark_done)
        self.summary_button = push_button(_("Su&mmary…"), "action_summary", self.show_summary)
        self.action_buttons = QHBoxLayout()
        for button in (self.edit_button, self.attendance_button, self.hours_button, self.done_button):
            self.action_buttons.addWidget(button)
        self.action_buttons.addStretch(1)
        self.action_buttons.addWidget(self.summary_button)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_box.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        self.close_box.rejected.connect(self.reject)

    # --- what is shown ------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.current_shift()
        self.details = get_action(self.db, self.action_id)
        data = self.details.data
        assert data.date_from is not None and data.date_to is not None
        days = format_date(data.date_from)
        if data.date_to != data.date_from:
            days += f"–{format_date(data.date_to)}"
        lines = [
            f"{data.name} — {status_label(data.status)}",
            _("{days}, {place}; organiser: {organiser}; hours as: {activity}").format(
                days=days,
                place=data.place or "—",
                organiser=self.details.organiser,
                activity=self.details.activity,
            ),
        ]
        if self.details.partner_names:
            lines.append(_("Partners: {names}").format(names=", ".join(self.details.partner_names)))
        title, *rest = lines
        self.heading.setText(f"<b>{escape(title)}</b><br>" + "<br>".join(escape(line) for line in rest))
        self.setWindowTitle(_("Action: {name}").format(name=data.name))
        self._fill_shifts(selected.id if selected else None)
        self._update_buttons()

    def _fill_shifts(self, select_id: int | None) -> None:
        table = self.shifts_table
        table.setRowCount(len(self.details.shifts))
        for row, shift in enumerate(self.details.shifts):
            training = TrainingCategory(shift.required_training).label if shift.required_training else ""
            texts = [
                f"{format_date(shift.shift_date)} {shift.start_time:%H:%M}–{shift.end_time:%H:%M}",
                shift.tasks,
                str(shift.people_needed),
                str(shift.signed_up),
                _("yes") if shift.minors_allowed else _("adults only"),
                training,
            ]
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
        rows = [i for i, s in enumerate(self.details.shifts) if s.id == select_id] or [0]
        if self.details.shifts:
            table.selectRow(rows[0])
        self._fill_signups()

    def current_shift(self) -> ShiftRow | None:
        rows = self.shifts_table.selectionModel().selectedRows() if hasattr(self, "details") else []
        if not rows or rows[0].row() >= len(self.details.shifts):
            return None
        return self.details.shifts[rows[0].row()]

    def select_shift(self, shift_id: int) -> None:
        for row, shift in enumerate(self.details.shifts):
            if shift.id == shift_id:
                self.shifts_table.selectRow(row)

    def _fill_signups(self) -> None:
        shift = self.current_shift()
        signups = self.details.signups_of(shift.id) if shift else []
        self.visible_signups = signups
        table = self.signups_table
        table.setRowCount(len(signups))
        for row, s in enumerate(signups):
            name = s.full_name + (" " + _("(new)") if s.registered_here else "")
            minutes = s.minutes or (shift.minutes if shift else 0)
            texts = [
                name,
                str(s.age) if s.age < 18 else _("adult"),
                format_phone(s.phone),
                s.partner or "",
                attendance_text(s.attended),
                format_hours(minutes) if s.hours_entry_id else "",
            ]
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected_signup_id(self) -> int | None:
        rows = self.signups_table.selectionModel().selectedRows()
        return self.visible_signups[rows[0].row()].id if rows else None

    def _update_buttons(self) -> None:
        open_ = self.details.data.status not in (DONE, CANCELLED)
        has_shift = self.current_shift() is not None
        for button in (self.signup_button, self.quick_button):
            button.setEnabled(open_ and has_shift)
        self.remove_button.setEnabled(open_ and self.selected_signup_id() is not None)
        has_people = bool(self.details.signups)
        self.attendance_button.setEnabled(has_people)
        self.hours_button.setEnabled(has_people and self.details.data.status != CANCELLED)
        self.done_button.setEnabled(
            self.details.data.status != DONE and self.details.data.status != CANCELLED
        )

    def say(self, text: str) -> None:
        self.status.setText(text)

    # --- questions (tests answer them) --------------------------------------------------------
    def ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _saved(self, text: str) -> None:
        self.refresh()
        self.say(text)
        self.changed.emit()

    # --- signing up ---------------------------------------------------------------------------
    def pick_volunteers(self) -> None:
        shift = self.current_shift()
        if shift is None:
            return
        signed = {s.volunteer_id for s in self.details.signups_of(shift.id)}
        picker = VolunteerPicker(volunteer_choices(self.db), signed, self)
        picker.setWindowTitle(_("Sign up volunteers"))
        if picker.exec():
            self.sign_up_ids(picker.chosen_ids())

    def sign_up_ids(self, volunteer_ids: list[int]) -> int:
        """Sign the volunteers up for the chosen shift: refusals are reported, warnings asked
        about one by one. Returns how many were signed up."""
        shift = self.current_shift()
        if shift is None:
            return 0
        names = {c.id: c.full_name for c in volunteer_choices(self.db)}
        done, refused = 0, []
        for vid in volunteer_ids:
            issues = check_signup(self.db, shift.id, vid)
            refusals = [i.message for i in issues if i.refusal]
            if refusals:
                refused.append(f"{names.get(vid, vid)}: {' '.join(refusals)}")
                continue
            if issues and not self.ask(
                _("Sign up anyway?"),
                _("{name}:").format(name=names.get(vid, vid))
                + "\n"
                + "\n".join(i.message for i in issues)
                + "\n\n"
                + _("Sign up anyway?"),
            ):
                continue
            try:
                sign_up(self.db, shift.id, vid)
            except (SignupRefused, ActionError) as error:
                refused.append(f"{names.get(vid, vid)}: {error}")
                continue
            done += 1
        if refused:
            self.tell(_("Not signed up"), "\n".join(refused))
        self._saved(_("Signed up: {n}.").format(n=done))
        return done

    def make_quick_dialog(self) -> QuickRegistrationDialog | None:
        shift = self.current_shift()
        if shift is None:
            return None
        return QuickRegistrationDialog(self.db, shift, self.details.data.name, self)

    def open_quick(self) -> None:
        dialog = self.make_quick_dialog()
        if dialog is not None and dialog.exec():
            self.registered(dialog)

    def registered(self, dialog: QuickRegistrationDialog) -> None:
        result = dialog.result_
        if result is None:
            return
        text = _("Registered; short agreement {number}.").format(number=result.agreement_number)
        if result.warnings:
            text += " " + " ".join(result.warnings)
        self._saved(text)

    def remove_selected(self) -> None:
        signup_id = self.selected_signup_id()
        if signup_id is None or not self.ask(_("Remove sign-up"), _("Remove the selected sign-up?")):
            return
        try:
            remove_signup(self.db, signup_id)
        except ActionError as error:
            self.tell(_("Remove sign-up"), str(error))
            return
        self._saved(_("Sign-up removed."))

    # --- the action ---------------------------------------------------------------------------
    def edit(self) -> None:
        dialog = ActionDialog(self.db, self.action_id, self)
        if dialog.exec():
            self._saved(_("Action saved."))

    def make_attendance_dialog(self) -> ActionAttendanceDialog:
        return ActionAttendanceDialog(self.db, self.details, self)

    def open_attendance(self) -> None:
        if self.make_attendance_dialog().exec():
            self._saved(_("Attendance saved."))

    def turn_into_hours(self) -> None:
        try:
            result = attendance_to_hours(self.db, self.action_id)
        except ActionError as error:
            self.tell(_("Turn attendance into hours"), str(error))
            return
        parts = [
            _("Hours entries added: {n}, changed: {changed}, removed: {removed}.").format(
                n=result.created, changed=result.updated, removed=result.removed
            )
        ]
        if result.pending:
            parts.append(_("Not ticked yet: {n}.").format(n=result.pending))
        if result.kept_locked:
            parts.append(_("Kept in a closed month: {n}.").format(n=result.kept_locked))
        self._saved(" ".join(parts))

    def mark_done(self) -> None:
        try:
            set_status(self.db, self.action_id, DONE)
        except ActionError as error:
            self.tell(_("Mark as done"), str(error))
            return
        self._saved(_("The action is done."))

    def summary_text(self) -> str:
        return summary_text(action_summary(self.db, self.action_id))

    def show_summary(self) -> None:
        self.tell(_("Summary: {name}").format(name=self.details.data.name), self.summary_text())

    # --- printing -----------------------------------------------------------------------------
    def print_pdf(self, what: str, target: Path | None = None) -> bool:
        shift = self.current_shift()
        if what != printing.AGREEMENTS and shift is None:
            self.say(_("Choose a shift first."))
            return False
        return printing.print_action_pdf(
            self,
            self.db,
            what,
            (self.action_id, self.details.data.name),
            shift.id if shift else None,
            self._printed,
            lambda error: self.tell(
                _("Print"), _("The file could not be saved: {error}").format(error=error)
            ),
            target,
        )

    def _printed(self, text: str, path: Path) -> None:
        self.say(text)
        self.printed.emit(path)
