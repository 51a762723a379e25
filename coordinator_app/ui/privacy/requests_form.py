"""One request of the register: who asked and for what, when and how it came, the extension of
the deadline and the answer. The deadline is worked out as the dates are typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.privacy.requests import (
    RequestChannel,
    RequestData,
    RequestKind,
    RequestSubject,
    deadline_of,
    month_deadline,
    validate_request,
)
from coordinator_app.core.privacy.requests_queries import get_request
from coordinator_app.core.privacy.requests_service import create_request, update_request
from coordinator_app.core.validation import required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.privacy.access_person import PersonPicker
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import (
    FieldErrors,
    OptionalDateEdit,
    line_edit,
    opt,
    save_cancel_buttons,
    text_edit,
)


class RequestDialog(FormDialog[RequestData]):
    def __init__(self, db: Database, request_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.request_id = request_id
        self.saved_id: int | None = request_id
        self.setWindowTitle(
            _("RODO request") if request_id is None else _("RODO request no. {id}").format(id=request_id)
        )
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        for kind in RequestKind:
            self.kind.addItem(kind.label, kind.value)
        self._add(form, _("Request *"), "kind", self.kind)
        self.other = QComboBox()
        self.other.addItem(_("A person in the database"), False)
        self.other.addItem(_("Someone not in the database"), True)
        self._add(form, _("Who asks"), "subject", self.other)
        self.picker = PersonPicker(db)
        self.picker.setObjectName("picker")
        self.errors.register("volunteer_id", self.picker.person, QLabel())
        form.addRow(self.picker)
        self.requester = line_edit(200)
        self._add(form, _("Name of the person asking"), "requester", self.requester)
        self.received = OptionalDateEdit()
        self.received.set_value(dt.date.today())
        self._add(form, _("Received on *"), "received_on", self.received)
        self.channel = QComboBox()
        for channel in RequestChannel:
            self.channel.addItem(channel.label, channel.value)
        self._add(form, _("How it came"), "channel", self.channel)
        self.details = text_edit(height=50)
        self._add(form, _("What the person asks"), "details", self.details)
        self.extended = OptionalDateEdit()
        self._add(form, _("Extension notified on"), "extended_on", self.extended)
        self.extension_reason = line_edit(300)
        self._add(form, _("Why extended"), "extension_reason", self.extension_reason)
        self.answered = OptionalDateEdit()
        self._add(form, _("Answered on"), "answered_on", self.answered)
        self.answer = text_edit(height=60)
        self._add(form, _("Answer"), "answer", self.answer)
        self.deadline = QLabel()
        self.deadline.setObjectName("deadline")
        self.deadline.setWordWrap(True)
        form.addRow(_("Deadline"), self.deadline)
        self.errors.mark_required(
            required_fields(lambda: validate_request(RequestData(received_on=None), dt.date.today()))
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(save_cancel_buttons(self, self.save))
        for date_edit in (self.received, self.extended, self.answered):
            date_edit.dateChanged.connect(lambda _d: self._update_deadline())
        self.other.currentIndexChanged.connect(lambda _i: self._who_changed())
        if request_id is not None:
            self._load(get_request(db, request_id))
        self._who_changed()
        self.resize(640, 640)

    def _add(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        widget.setObjectName(key)
        self.errors.add_row(form, label, key, widget)

    def _load(self, data: RequestData) -> None:
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        if data.subject == RequestSubject.OTHER.value:
            self.other.setCurrentIndex(1)
        else:
            record_id = data.client_id if data.subject == RequestSubject.CLIENT.value else data.volunteer_id
            if record_id is not None:
                self.picker.select(PersonRef(PersonRole(data.subject), record_id))
        self.requester.setText(data.requester or "")
        self.received.set_value(data.received_on)
        self.channel.setCurrentIndex(max(self.channel.findData(data.channel), 0))
        self.details.setPlainText(data.details or "")
        self.extended.set_value(data.extended_on)
        self.extension_reason.setText(data.extension_reason or "")
        self.answered.set_value(data.answered_on)
        self.answer.setPlainText(data.answer or "")

    def _who_changed(self) -> None:
        other = bool(self.other.currentData())
        self.picker.setEnabled(not other)
        self.requester.setEnabled(other)
        self._update_deadline()

    def _update_deadline(self) -> None:
        received = self.received.value()
        if received is None:
            self.deadline.setText("—")
            return
        deadline = deadline_of(received, self.extended.value(), self.answered.value(), dt.date.today())
        text = _("Answer by {date}").format(date=format_date(deadline.due_on))
        if deadline.extended:
            text += " " + _("(extended by two months)")
        else:
            text += " " + _("(one month; an extension must be notified by {date})").format(
                date=format_date(month_deadline(received))
            )
        if deadline.overdue:
            text += " – " + _("overdue")
        self.deadline.setText(text)
        set_role(self.deadline, "error" if deadline.overdue else None)

    # --- FormDialog hooks -------------------------------------------------------------------
    def collect(self) -> RequestData:
        data = RequestData(
            kind=str(self.kind.currentData()),
            requester=opt(self.requester.text()),
            received_on=self.received.value(),
            channel=self.channel.currentData(),
            details=opt(self.details.toPlainText()),
            extended_on=self.extended.value(),
            extension_reason=opt(self.extension_reason.text()),
            answered_on=self.answered.value(),
            answer=opt(self.answer.toPlainText()),
        )
        if self.other.currentData():
            data.subject = RequestSubject.OTHER.value
            return data
        person = self.picker.value()
        role = PersonRole(self.picker.role.currentData())
        data.subject = role.value
        if role is PersonRole.CLIENT:
            data.client_id = person.record_id if person else None
        else:
            data.volunteer_id = person.record_id if person else None
        return data

    def write(self, data: RequestData) -> None:
        if self.request_id is None:
            self.saved_id = create_request(self.db, data, today=dt.date.today())
        else:
            update_request(self.db, self.request_id, data, today=dt.date.today())

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        if "client_id" in by_field:
            by_field = {**by_field, "volunteer_id": by_field["client_id"]}
        first = self.errors.show(by_field)
        if first is not None:
            first.setFocus()

    def failure_title(self) -> str:
        return _("The request was not saved")
