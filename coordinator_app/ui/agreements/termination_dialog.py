"""Terminate an agreement: how and from when, the day notice was given and how it was
delivered (the agreement's last day proposed from its notice period), with the assignments it
would leave uncovered."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.agreements import (
    NoticeDelivery,
    TerminationData,
    TerminationMode,
    TerminationResult,
    check_termination,
    get_agreement,
    period_text,
    terminate_agreement,
    termination_preview,
)
from coordinator_app.core.agreements.notice import notice_days_of, notice_end
from coordinator_app.core.validation import required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _, ngettext
from coordinator_app.ui.agreements.common import assignment_line
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.binding import get_value
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import (
    FieldErrors,
    OptionalDateEdit,
    line_edit,
    save_cancel_buttons,
)


class TerminationDialog(FormDialog[TerminationData]):
    def __init__(self, db: Database, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.agreement_id = agreement_id
        self.result_: TerminationResult | None = None
        stored = get_agreement(db, agreement_id)
        assert stored.data.period_from is not None
        self.period_from: dt.date = stored.data.period_from
        self.period_to = stored.data.period_to
        self.setWindowTitle(_("Terminate agreement {number}").format(number=stored.data.number))
        self.errors = FieldErrors()
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        info = QLabel(
            _("Period of the agreement: {period}.").format(
                period=period_text(self.period_from, self.period_to)
            )
        )
        info.setObjectName("period_info")
        form.addRow(info)
        mode = QComboBox()
        mode.addItem("—", None)
        for value, label in TerminationMode.choices():
            if value == TerminationMode.EXPIRY and self.period_to is None:
                continue  # an indefinite agreement does not expire
            mode.addItem(label, value)
        self._add(form, _("How it ends"), "mode", mode)
        self.notice_days = notice_days_of(stored.data)
        self.notice_on = OptionalDateEdit()  # empty: given on the day it is recorded
        self._add(form, _("Notice given on"), "notice_given_on", self.notice_on)
        delivery = QComboBox()
        delivery.addItem("—", None)
        for value, label in NoticeDelivery.choices():
            delivery.addItem(label, value)
        self.delivery = delivery
        self._add(form, _("Delivered"), "notice_delivery", delivery)
        notice_hint = QLabel(
            _("The agreement states a notice period of {days} days.").format(days=self.notice_days)
            if self.notice_days
            else _("The agreement can be terminated with immediate effect.")
        )
        notice_hint.setWordWrap(True)
        set_role(notice_hint, "note")
        form.addRow("", notice_hint)
        self.day = OptionalDateEdit()
        self.day.set_value(dt.date.today())
        self._add(form, _("Last day in force"), "terminated_on", self.day)
        hint = QLabel(_("The agreement is in force on this day and no longer from the next day."))
        hint.setWordWrap(True)
        set_role(hint, "note")
        form.addRow("", hint)
        self._add(form, _("Reason (for the record)"), "reason", line_edit(300))
        self.affected = QLabel()
        self.affected.setObjectName("affected_assignments")
        self.affected.setWordWrap(True)
        form.addRow(self.affected)
        self.end_assignments = QCheckBox(_("End these assignments on the last day of the agreement"))
        self.end_assignments.setObjectName("end_assignments")
        form.addRow("", self.end_assignments)
        self.mode = mode
        mode.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.day.dateChanged.connect(lambda _d: self._update_affected())
        self.notice_on.dateChanged.connect(lambda _d: self._notice_changed())
        self.buttons = save_cancel_buttons(self, self.save)
        self.buttons.button(self.buttons.StandardButton.Save).setText(_("Terminate"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self.errors.mark_required(
            required_fields(lambda: check_termination(db, agreement_id, TerminationData()))
        )
        self._update_affected()

    def _add(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        widget.setObjectName(key)
        self.fields[key] = widget
        self.errors.add_row(form, label, key, widget)

    def _mode_changed(self) -> None:
        expiry = self.mode.currentData() == TerminationMode.EXPIRY
        if expiry:
            self.day.set_value(self.period_to)
        self.day.setEnabled(not expiry)
        self.notice_on.setEnabled(not expiry)
        self.delivery.setEnabled(not expiry)
        self._notice_changed()

    def _notice_changed(self) -> None:
        """A notice proposes the last day the agreed period allows."""
        given = self.notice_on.value()
        notice = self.mode.currentData() in (TerminationMode.VOLUNTEER_NOTICE, TerminationMode.OPS_NOTICE)
        if notice and given is not None:
            self.day.set_value(notice_end(given, self.notice_days))
        self._update_affected()

    def _update_affected(self) -> None:
        day = self.day.value()
        if day is None or day < self.period_from or (self.period_to and day > self.period_to):
            self.affected.hide()
            self.end_assignments.hide()
            return
        preview = termination_preview(self.db, self.agreement_id, day)
        lines = [assignment_line(a) for a in preview.affected]
        text = ""
        if lines:
            text = ngettext(
                "{n} assignment rests on this agreement and continues after that day:",
                "{n} assignments rest on this agreement and continue after that day:",
                len(lines),
            ).format(n=len(lines))
            text += "\n" + "\n".join(f"• {line}" for line in lines)
        if preview.hours_after:
            text += ("\n" if text else "") + ngettext(
                "{n} entry of hours is dated after that day.",
                "{n} entries of hours are dated after that day.",
                preview.hours_after,
            ).format(n=preview.hours_after)
        self.affected.setText(text)
        self.affected.setVisible(bool(text))
        self.end_assignments.setVisible(bool(lines))

    def collect(self) -> TerminationData:
        return TerminationData(
            terminated_on=self.day.value(),
            mode=self.mode.currentData() or "",
            reason=get_value(self.fields["reason"]),
            end_assignments=not self.end_assignments.isHidden() and self.end_assignments.isChecked(),
            notice_given_on=self.notice_on.value() if self.notice_on.isEnabled() else None,
            notice_delivery=self.delivery.currentData() if self.delivery.isEnabled() else None,
        )

    def failure_title(self) -> str:
        return _("The agreement was not terminated")

    def write(self, data: TerminationData) -> None:
        self.result_ = terminate_agreement(self.db, self.agreement_id, data)

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        first = self.errors.show(by_field)
        if first is not None:
            first.setFocus()
