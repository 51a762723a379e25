"""Small add/edit forms of the dictionaries: an activity type, a village, a staff member."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from coordinator_app.core import dictionaries as d
from coordinator_app.core.enums import Sex
from coordinator_app.core.validation import format_phone
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import (
    FieldErrors,
    OptionalDateEdit,
    line_edit,
    opt,
    save_cancel_buttons,
    text_edit,
)
from coordinator_app.ui.widgets.tables import choice_box


class RecordForm(FormDialog[Any]):
    """A form saved through `create_record` (new record) or `update_record` (existing one); Save
    closes it only when the core accepted the data, otherwise each wrong field shows its message.

    A subclass sets `create_record` and `update_record` (core functions, as staticmethods) and
    defines `data`. (Not `create` and `update`: those are QWidget's own methods.)
    """

    create_record: Callable[[Database, Any], int]
    update_record: Callable[[Database, int, Any], None]
    data: Callable[[], Any]  # the core's data object built from the fields

    def __init__(self, db: Database, record_id: int | None, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db = db
        self.record_id = record_id
        self.saved_id: int | None = None
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def field(self, label: str, key: str, max_length: int = 120, placeholder: str = "") -> QLineEdit:
        edit = line_edit(max_length, placeholder)
        edit.setObjectName(key)
        self.errors.add_row(self.form, label, key, edit)
        return edit

    def check(self, text: str, key: str, checked: bool = False) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(key)
        box.setChecked(checked)
        self.form.addRow(box)  # the whole width: the longest text is not cut
        return box

    def collect(self) -> Any:
        return self.data()

    def write(self, data: Any) -> None:
        if self.record_id is None:
            self.saved_id = self.create_record(self.db, data)
        else:
            self.update_record(self.db, self.record_id, data)
            self.saved_id = self.record_id

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        first = self.errors.show(by_field)
        if first is not None:
            first.setFocus()

    def error_summary(self, by_field: dict[str, str]) -> str:
        return _("Not saved: correct the fields marked in red.")


class ActivityTypeForm(RecordForm):
    create_record = staticmethod(d.create_activity_type)
    update_record = staticmethod(d.update_activity_type)

    def __init__(self, db: Database, record_id: int | None, parent: QWidget | None = None) -> None:
        title = _("New activity type") if record_id is None else _("Edit activity type")
        super().__init__(db, record_id, title, parent)
        self.code = self.field(_("Code *"), "code", 12, _("e.g. ZAK"))
        self.name = self.field(_("Name *"), "name", 200)
        self.minors = self.check(_("Involves minors (child-protection vetting needed)"), "involves_minors")
        self.qualification = self.check(_("Requires a qualification"), "requires_qualification")
        self.home_visit = self.check(
            _("Done in the client's home (an under-13 only with an adult present)"), "home_visit"
        )
        self.active = self.check(_("Active (offered in pick lists)"), "active", True)
        self.risk_info = text_edit(_("One risk and how to avoid it a line"), 120)
        self.risk_info.setObjectName("risk_info")
        self.errors.add_row(self.form, _("Health and safety risks"), "risk_info", self.risk_info)
        if record_id is not None:
            data = d.get_activity_type(db, record_id)
            self.risk_info.setPlainText(data.risk_info or "")
            self.code.setText(data.code)
            self.name.setText(data.name)
            self.minors.setChecked(data.involves_minors)
            self.qualification.setChecked(data.requires_qualification)
            self.home_visit.setChecked(data.home_visit)
            self.active.setChecked(data.active)

    def data(self) -> d.ActivityTypeData:
        return d.ActivityTypeData(
            self.code.text(),
            self.name.text(),
            self.minors.isChecked(),
            self.qualification.isChecked(),
            self.active.isChecked(),
            self.risk_info.toPlainText(),
            self.home_visit.isChecked(),
        )


class VillageForm(RecordForm):
    create_record = staticmethod(d.create_village)
    update_record = staticmethod(d.update_village)

    def __init__(self, db: Database, record_id: int | None, parent: QWidget | None = None) -> None:
        title = _("New village") if record_id is None else _("Edit village")
        super().__init__(db, record_id, title, parent)
        self.name = self.field(_("Name *"), "name")
        self.gmina = self.field(_("Gmina"), "gmina")
        self.simc = self.field(_("TERYT SIMC"), "teryt_simc", 7, _("7 digits, optional"))
        self.solectwo = self.check(_("Sołectwo"), "is_solectwo", True)
        self.active = self.check(_("Active (offered in pick lists)"), "active", True)
        if record_id is not None:
            data = d.get_village(db, record_id)
            self.name.setText(data.name)
            self.gmina.setText(data.gmina or "")
            self.simc.setText(data.teryt_simc or "")
            self.solectwo.setChecked(data.is_solectwo)
            self.active.setChecked(data.active)

    def data(self) -> d.VillageData:
        return d.VillageData(
            self.name.text(),
            opt(self.gmina.text()),
            self.solectwo.isChecked(),
            opt(self.simc.text()),
            self.active.isChecked(),
        )


class StaffForm(RecordForm):
    """A staff member; a signatory also has the days of the signing role and, for a deputy or an
    authorised employee, the authorisation (all greyed out, and saved empty, for others)."""

    create_record = staticmethod(d.create_staff)
    update_record = staticmethod(d.update_staff)

    def __init__(self, db: Database, record_id: int | None, parent: QWidget | None = None) -> None:
        title = _("New staff member") if record_id is None else _("Edit staff member")
        super().__init__(db, record_id, title, parent)
        self.first_name = self.field(_("First name *"), "first_name", 80)
        self.last_name = self.field(_("Surname *"), "last_name", 120)
        self.position = self.field(_("Position"), "position", 120, _("e.g. social worker"))
        self.sex = choice_box([(None, "—"), *Sex.choices()])
        self.errors.add_row(self.form, _("Sex"), "sex", self.sex)
        self.phone = self.field(_("Phone"), "phone", 20)
        self.email = self.field(_("E-mail"), "email", 120)
        self.social_worker = self.check(_("Social worker"), "is_social_worker")
        self.coordinator = self.check(_("Volunteer coordinator"), "is_coordinator")
        self.active = self.check(_("Active (offered in pick lists)"), "active", True)
        self.signatory = self.check(_("Signs documents on behalf of the centre"), "is_signatory")
        self.role_from = self._date(_("Signs from"), "role_valid_from")
        self.role_to = self._date(_("Signs until"), "role_valid_to")
        self.authorisation_number = self.field(
            _("Authorisation no."), "authorisation_number", 60, _("a deputy or an authorised employee")
        )
        self.authorisation_date = self._date(_("Authorisation dated"), "authorisation_date")
        self.role_fields: tuple[QWidget, ...] = (
            self.role_from,
            self.role_to,
            self.authorisation_number,
            self.authorisation_date,
        )
        self.signatory.toggled.connect(self._signatory_toggled)
        if record_id is not None:
            self._load(d.get_staff(db, record_id))
        self._signatory_toggled(self.signatory.isChecked())

    def _date(self, label: str, key: str) -> OptionalDateEdit:
        edit = OptionalDateEdit()
        edit.setObjectName(key)
        edit.setToolTip(_("Empty: no limit on this side."))
        self.errors.add_row(self.form, label, key, edit)
        return edit

    def _load(self, data: d.StaffData) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.position.setText(data.position or "")
        self.phone.setText(format_phone(data.phone))
        self.email.setText(data.email or "")
        self.social_worker.setChecked(data.is_social_worker)
        self.signatory.setChecked(data.is_signatory)
        self.coordinator.setChecked(data.is_coordinator)
        self.active.setChecked(data.active)
        set_value(self.sex, data.sex)
        self.role_from.set_value(data.role_valid_from)
        self.role_to.set_value(data.role_valid_to)
        self.authorisation_number.setText(data.authorisation_number or "")
        self.authorisation_date.set_value(data.authorisation_date)

    def _signatory_toggled(self, checked: bool) -> None:
        for widget in self.role_fields:
            widget.setEnabled(checked)

    def data(self) -> d.StaffData:
        signs = self.signatory.isChecked()
        return d.StaffData(
            self.first_name.text(),
            self.last_name.text(),
            opt(self.position.text()),
            self.social_worker.isChecked(),
            signs,
            self.coordinator.isChecked(),
            opt(self.phone.text()),
            opt(self.email.text()),
            self.active.isChecked(),
            get_value(self.sex),
            opt(self.authorisation_number.text()) if signs else None,
            self.authorisation_date.value() if signs else None,
            self.role_from.value() if signs else None,
            self.role_to.value() if signs else None,
        )
