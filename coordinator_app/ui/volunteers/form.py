"""The volunteer form: six pages of fields bound by name to `VolunteerData`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from coordinator_app.core import validation as v
from coordinator_app.core.enums import Sex, StatementKind, TimeSlot, VolunteerStatus
from coordinator_app.core.options import Option
from coordinator_app.core.rules import AgeGroup, age_group, age_on, missing_statements
from coordinator_app.core.volunteers import StatementData, VolunteerData
from coordinator_app.core.volunteers.data import SCALAR_FIELDS
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_age
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.binding import get_value, set_value, spin_box
from coordinator_app.ui.widgets.forms import CheckList, OptionalDateEdit, line_edit, text_edit
from coordinator_app.ui.widgets.paged_form import PagedForm
from coordinator_app.ui.widgets.tables import choice_box

WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


class VolunteerForm(PagedForm):
    """All fields of a volunteer; `errors` shows validation messages beside each field."""

    def __init__(
        self,
        activities: list[Option],
        villages: list[Option],
        staff: list[Option],
        parent: QWidget | None = None,
        *,
        partners: Sequence[Option] = (),
    ) -> None:
        super().__init__(parent)
        self._partners = list(partners)
        self._stored_status: str | None = None
        self._build_identity()
        self._build_address(villages)
        self._build_guardian()
        self._build_profile(activities, villages)
        self._build_statements()
        self._build_status(staff)
        self._update_age()

    # --- building ---------------------------------------------------------------------------
    def _build_identity(self) -> None:
        form = self.add_page(_("Personal data"))
        self._add(form, _("First name *"), "first_name", line_edit(80))
        self._add(form, _("Second name"), "second_name", line_edit(80))
        self._add(form, _("Surname *"), "last_name", line_edit(120))
        self._add(form, _("Family name"), "family_name", line_edit(120))
        self._add(form, _("Father's first name"), "father_name", line_edit(80))
        self._add(form, _("Mother's first name"), "mother_name", line_edit(80))
        pesel = self._add(
            form, _("PESEL"), "pesel", line_edit(11, _("11 digits; leave empty for a foreigner"))
        )
        assert isinstance(pesel, QLineEdit)
        pesel.textEdited.connect(self._on_pesel)
        birth = self._add(form, _("Date of birth *"), "birth_date", OptionalDateEdit())
        assert isinstance(birth, OptionalDateEdit)
        birth.dateChanged.connect(lambda _d: self._update_age())
        self.age_label = QLabel()
        self.age_label.setObjectName("age_label")
        form.addRow(_("Age"), self.age_label)
        self._add(form, _("Sex"), "sex", choice_box([(None, "—"), *Sex.choices()]))
        self._add(
            form, _("ID document (series and number)"), "id_document", line_edit(60, _("only without PESEL"))
        )
        self._add(form, _("Citizenship"), "citizenship", line_edit(60))

    def _build_address(self, villages: list[Option]) -> None:
        form = self.add_page(_("Address and contact"))
        self._add(form, _("Street"), "street", line_edit(120, _("empty in a village without streets")))
        self._add(form, _("House number *"), "house_number", line_edit(20))
        self._add(form, _("Flat number"), "flat_number", line_edit(20))
        self._add(form, _("Postal code *"), "postal_code", line_edit(6, "00-000"))
        self._add(form, _("Locality *"), "locality", line_edit(120))
        self._add(form, _("Post office"), "post_office", line_edit(120))
        self._add(
            form,
            _("Village (sołectwo)"),
            "village_id",
            choice_box([(None, "—")] + [(o.id, o.name) for o in villages]),
        )
        self._add(form, _("Gmina"), "gmina", line_edit(120))
        self._add(form, _("Powiat"), "powiat", line_edit(120))
        self._add(form, _("Voivodeship"), "voivodeship", line_edit(60))
        self._add(form, _("Phone"), "phone", line_edit(20, "600 123 456"))
        self._add(form, _("E-mail"), "email", line_edit(120))
        contact = [(None, "—"), ("phone", _("phone")), ("sms", _("text message")), ("email", _("e-mail"))]
        self._add(form, _("Preferred contact"), "preferred_contact", choice_box(contact))
        for key, check in (("postal_code", v.postal_code), ("phone", v.phone), ("email", v.email)):
            widget = self.fields[key]
            assert isinstance(widget, QLineEdit)
            widget.editingFinished.connect(lambda k=key, c=check, w=widget: self._check_field(k, c, w))

    def _build_guardian(self) -> None:
        form = self.add_page(_("Legal guardian"))
        self.guardian_note = QLabel()
        self.guardian_note.setWordWrap(True)
        self.guardian_note.setObjectName("guardian_note")
        form.addRow(self.guardian_note)
        self._add(form, _("Guardian's name and surname"), "guardian_name", line_edit(200))
        self._add(form, _("Guardian's sex"), "guardian_sex", choice_box([(None, "—"), *Sex.choices()]))
        self._add(form, _("Relationship"), "guardian_relation", line_edit(60, _("e.g. mother, father")))
        self._add(form, _("Guardian's address"), "guardian_address", line_edit(300))
        self._add(form, _("Guardian's phone"), "guardian_phone", line_edit(20))
        self._add(form, _("Date of the guardian's consent"), "guardian_consent_date", OptionalDateEdit())
        self._add(form, _("Consent document (reference)"), "guardian_consent_reference", line_edit(120))

    def _build_profile(self, activities: list[Option], villages: list[Option]) -> None:
        form = self.add_page(_("Profile"))
        self._add(form, _("Skills"), "skills", text_edit())
        self._add(form, _("Experience"), "experience", text_edit())
        self._add(form, _("Languages"), "languages", line_edit(200))
        self._add(form, _("Motivation"), "motivation", text_edit())
        self._add(form, _("How they heard of us"), "heard_from", line_edit(200))
        self._add(
            form,
            _("Partner (came through)"),
            "partner_id",
            choice_box([(None, "—"), *((o.id, o.name) for o in self._partners)]),
        )
        self._add(form, _("Hours a month available"), "hours_per_month", spin_box(300))
        self._add(form, _("Maximum distance"), "max_distance_km", spin_box(200, " km"))
        transport = [
            (None, "—"),
            ("car", _("own car")),
            ("bike", _("bicycle")),
            ("foot", _("on foot")),
            ("bus", _("public transport")),
        ]
        self._add(form, _("Transport"), "transport", choice_box(transport))
        self._add(form, "", "driving_licence", QCheckBox(_("Driving licence")))
        self.preferred = CheckList(activities)
        self.excluded = CheckList(activities)
        for key, widget, label in (
            ("preferred_activity_ids", self.preferred, _("Preferred activities")),
            ("excluded_activity_ids", self.excluded, _("Activities they will not do")),
        ):
            widget.setObjectName(key)
            widget.setMinimumHeight(120)
            self._page_of[key] = self.count() - 1
            self.errors.add_row(form, label, key, widget)
        form.addRow(_("Availability"), self._availability_grid())
        self.served = CheckList(villages)
        self.served.setObjectName("served_village_ids")
        self.served.setMinimumHeight(100)
        form.addRow(_("Villages served"), self.served)
        self._add(form, "", "solidarity_corps", QCheckBox(_("Member of the Solidarity Corps")))
        self._add(form, _("Project / grant"), "project", line_edit(200))
        self._add(
            form, _("Notes"), "notes", text_edit(_("Do not enter health or other sensitive data here."))
        )

    def _availability_grid(self) -> QWidget:
        box = QGroupBox()
        grid = QGridLayout(box)
        self.availability: dict[tuple[int, str], QCheckBox] = {}
        for col, slot in enumerate(TimeSlot, start=1):
            grid.addWidget(QLabel(slot.label), 0, col)
        for row, day in enumerate(WEEKDAYS):
            grid.addWidget(QLabel(_(day)), row + 1, 0)
            for col, slot in enumerate(TimeSlot, start=1):
                check = QCheckBox()
                check.setObjectName(f"avail_{row}_{slot.value}")
                check.setAccessibleName(f"{_(day)}, {slot.label}")
                grid.addWidget(check, row + 1, col, Qt.AlignmentFlag.AlignCenter)
                self.availability[(row, slot.value)] = check
        return box

    def _build_statements(self) -> None:
        form = self.add_page(_("Statements"))
        note = QLabel(_("Tick a statement when the volunteer has signed it and enter the date of signing."))
        note.setWordWrap(True)
        form.addRow(note)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missing_statements")
        self.missing_label.setWordWrap(True)
        form.addRow(self.missing_label)
        self.statements: dict[str, tuple[QCheckBox, OptionalDateEdit, QLineEdit]] = {}
        for kind in StatementKind:
            check = QCheckBox(kind.label)
            check.setObjectName(f"statement_{kind.value}")
            date = OptionalDateEdit()
            date.setObjectName(f"statement_date_{kind.value}")
            date.setEnabled(False)
            scope = line_edit(300, _("text version / scope"))
            check.toggled.connect(lambda on, d=date: self._toggle_statement(on, d))
            check.toggled.connect(lambda _on: self._update_missing())
            row = QWidget()
            layout = QGridLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(date, 0, 0)
            layout.addWidget(scope, 0, 1)
            key = f"statement:{kind.value}"
            self._page_of[key] = self.count() - 1
            self.errors.add_row(form, "", key, row)
            form.insertRow(form.rowCount() - 1, check)
            self.statements[kind.value] = (check, date, scope)

    @staticmethod
    def _toggle_statement(on: bool, date: OptionalDateEdit) -> None:
        date.setEnabled(on)
        if on and date.value() is None:
            date.set_value(dt.date.today())

    def _build_status(self, staff: list[Option]) -> None:
        form = self.add_page(_("Status"))
        status = self._add(form, _("Status *"), "status", choice_box(VolunteerStatus.choices()))
        assert isinstance(status, QComboBox)
        status.currentIndexChanged.connect(lambda _i: self._update_status_change())
        self._add(form, _("Application date *"), "application_date", OptionalDateEdit())
        self._add(form, _("Start date"), "start_date", OptionalDateEdit())
        self._add(form, _("End date"), "end_date", OptionalDateEdit())
        self._add(form, _("Reason for ending"), "end_reason", line_edit(300))
        coordinators = [(None, "—"), *((o.id, o.name) for o in staff)]
        self._add(form, _("Responsible coordinator"), "coordinator_id", choice_box(coordinators))
        self.change_box = QGroupBox(_("Status change"))
        change_form = QFormLayout(self.change_box)
        self._page_of["status_change_date"] = self._page_of["status_change_reason"] = self.count() - 1
        for key, label, widget in (
            ("status_change_date", _("Date of change"), OptionalDateEdit()),
            ("status_change_reason", _("Reason"), line_edit(300)),
        ):
            widget.setObjectName(key)
            self.fields[key] = widget
            self.errors.add_row(change_form, label, key, widget)
        form.addRow(self.change_box)
        self.history = QLabel()
        self.history.setObjectName("status_history")
        self.history.setWordWrap(True)
        form.addRow(_("History"), self.history)
        self._update_status_change()

    # --- behaviour --------------------------------------------------------------------------
    def _on_pesel(self, text: str) -> None:
        if len(text.strip()) != 11:
            self.errors.show({})
            return
        try:
            info = v.parse_pesel(text)
        except v.FieldError as error:
            self._show_one("pesel", error.message)
            return
        self._show_one("pesel", "")
        set_value(self.fields["birth_date"], info.birth_date)
        set_value(self.fields["sex"], info.sex)

    def _check_field(self, key: str, check: Callable[[str, str], object], widget: QLineEdit) -> None:
        try:
            if widget.text().strip():
                check(widget.text(), key)
            self._show_one(key, "")
        except v.FieldError as error:
            self._show_one(key, error.message)

    def _show_one(self, key: str, message: str) -> None:
        current = {k: self.errors.message(k) for k in self.errors.field_keys() if self.errors.message(k)}
        current.pop(key, None)
        if message:
            current[key] = message
        self.errors.show(current)

    def _age_group(self) -> AgeGroup:
        birth = get_value(self.fields["birth_date"])
        return AgeGroup.ADULT if birth is None else age_group(age_on(birth, dt.date.today()))

    def _update_missing(self) -> None:
        """Name the required statements not ticked yet (the list shows only how many)."""
        signed = {kind for kind, (check, _date, _scope) in self.statements.items() if check.isChecked()}
        missing = missing_statements(signed, self._age_group())
        if missing:
            names = "; ".join(kind.label for kind in missing)
            self.missing_label.setText(_("Still to be signed: {names}.").format(names=names))
            set_role(self.missing_label, "error")
        else:
            self.missing_label.setText(_("All required statements are signed."))
            set_role(self.missing_label, "ready")

    def _update_age(self) -> None:
        self._update_missing()
        birth = get_value(self.fields["birth_date"])
        if birth is None:
            self.age_label.setText("—")
            self.guardian_note.setText(_("Required only for a volunteer under 18."))
            self.setTabText(2, _("Legal guardian"))
            return
        if birth > dt.date.today():  # no age to show: saving refuses it
            self.age_label.setText(_("The date of birth cannot be in the future."))
            set_role(self.age_label, "error")
            return
        set_role(self.age_label, None)
        age = age_on(birth, dt.date.today())
        group = age_group(age)
        notes = {
            AgeGroup.ADULT: _("adult"),
            AgeGroup.MINOR: _("minor: signs the agreement with the guardian's consent"),
            AgeGroup.CHILD: _("under 13: the legal guardian concludes the agreement"),
        }
        self.age_label.setText(f"{format_age(age)} — {notes[group]}")
        if group is AgeGroup.ADULT:
            self.guardian_note.setText(_("Required only for a volunteer under 18."))
            self.setTabText(2, _("Legal guardian"))
        else:
            self.guardian_note.setText(
                _("The volunteer is under 18: the guardian's name, phone and date of consent are required.")
            )
            self.setTabText(2, _("Legal guardian") + " *")

    def _update_status_change(self) -> None:
        changed = self._stored_status is not None and get_value(self.fields["status"]) != self._stored_status
        self.change_box.setVisible(changed)

    def status_saved(self, status: str, history: str) -> None:
        """The status was changed and saved elsewhere (activation after the agreement)."""
        self._stored_status = status
        set_value(self.fields["status"], status)
        self.history.setText(history or "—")
        self._update_status_change()

    # --- data -------------------------------------------------------------------------------
    def load(self, data: VolunteerData, stored_status: str | None, history: str = "") -> None:
        self._stored_status = stored_status
        for name in SCALAR_FIELDS:
            set_value(self.fields[name], getattr(data, name))
        self.preferred.set_checked_ids(data.preferred_activity_ids)
        self.excluded.set_checked_ids(data.excluded_activity_ids)
        self.served.set_checked_ids(data.served_village_ids)
        for key, check in self.availability.items():
            check.setChecked(key in data.availability)
        for kind, (check, date, scope) in self.statements.items():
            statement = data.statements.get(kind)
            check.setChecked(statement is not None)
            date.set_value(statement.signed_on if statement else None)
            scope.setText((statement.scope or statement.content_version or "") if statement else "")
        self.history.setText(history or "—")
        self._update_age()
        self._update_status_change()

    def collect(self) -> VolunteerData:
        values = {name: get_value(self.fields[name]) for name in SCALAR_FIELDS}
        values["house_number"] = values["house_number"] or ""
        values["postal_code"] = values["postal_code"] or ""
        values["locality"] = values["locality"] or ""
        values["first_name"] = values["first_name"] or ""
        values["last_name"] = values["last_name"] or ""
        data = VolunteerData(**values)
        data.preferred_activity_ids = self.preferred.checked_ids()
        data.excluded_activity_ids = self.excluded.checked_ids()
        data.served_village_ids = self.served.checked_ids()
        data.availability = {key for key, check in self.availability.items() if check.isChecked()}
        for kind, (check, date, scope) in self.statements.items():
            if check.isChecked():
                signed = date.value() or dt.date.today()
                data.statements[kind] = StatementData(signed, scope=scope.text().strip() or None)
        data.status_change_date = get_value(self.fields["status_change_date"])
        data.status_change_reason = get_value(self.fields["status_change_reason"])
        return data
