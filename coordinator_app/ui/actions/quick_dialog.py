"""Quick registration of a new one-off volunteer at an action's shift: name, sex, birth date
(the age is shown), a phone or an e-mail, the village, the partner they came with; for a minor
the guardian and the date of the consent. Saving creates the volunteer, the sign-up and the
short agreement (written only when the volunteer asks)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from coordinator_app.core.actions import (
    QuickRegistration,
    QuickResult,
    ShiftRow,
    partner_choices,
    quick_register,
    validate_quick,
    village_choices,
)
from coordinator_app.core.enums import Sex
from coordinator_app.core.rules import age_on
from coordinator_app.core.validation import required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_age, format_date
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import FieldErrors, OptionalDateEdit, line_edit, save_cancel_buttons
from coordinator_app.ui.widgets.tables import choice_box

FIELDS = (
    "first_name",
    "last_name",
    "sex",
    "birth_date",
    "phone",
    "email",
    "village_id",
    "partner_id",
    "written_form",
    "guardian_name",
    "guardian_sex",
    "guardian_relation",
    "guardian_phone",
    "guardian_consent_date",
)
GUARDIAN_FIELDS = FIELDS[-5:]


class QuickRegistrationDialog(FormDialog[QuickRegistration]):
    def __init__(
        self, db: Database, shift: ShiftRow, action_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.shift = shift
        self.result_: QuickResult | None = None
        self.setWindowTitle(_("Quick registration of a new volunteer"))
        self.errors = FieldErrors()
        self.fields: dict[str, QWidget] = {}
        heading = QLabel(
            _("{action}, shift {date} {start}–{end}").format(
                action=action_name,
                date=format_date(shift.shift_date),
                start=f"{shift.start_time:%H:%M}",
                end=f"{shift.end_time:%H:%M}",
            )
        )
        heading.setWordWrap(True)
        form = QFormLayout()
        self._add(form, _("First name"), "first_name", line_edit(80))
        self._add(form, _("Surname"), "last_name", line_edit(120))
        self._add(form, _("Sex"), "sex", choice_box([(None, "—"), *Sex.choices()]))
        self._add(form, _("Date of birth"), "birth_date", OptionalDateEdit())
        self.age = QLabel()
        self.age.setObjectName("quick_age")
        form.addRow("", self.age)
        self._add(form, _("Phone"), "phone", line_edit(20))
        self._add(form, _("E-mail"), "email", line_edit(120))
        villages = [(None, "—"), *((o.id, o.name) for o in village_choices(db))]
        self._add(form, _("Village"), "village_id", choice_box(villages))
        partners = [(None, _("none")), *((o.id, o.name) for o in partner_choices(db))]
        self._add(form, _("Came with (partner)"), "partner_id", choice_box(partners))
        self._add(form, "", "written_form", QCheckBox(_("The volunteer asks for the agreement in writing")))
        self._add(form, _("Guardian's name and surname"), "guardian_name", line_edit(200))
        self._add(form, _("Guardian's sex"), "guardian_sex", choice_box([(None, "—"), *Sex.choices()]))
        self._add(form, _("Relationship"), "guardian_relation", line_edit(60, _("e.g. mother")))
        self._add(form, _("Guardian's phone"), "guardian_phone", line_edit(20))
        self._add(form, _("Guardian's consent given on"), "guardian_consent_date", OptionalDateEdit())
        self.errors.mark_required(
            required_fields(lambda: validate_quick(QuickRegistration(), shift.shift_date))
        )
        birth = self.fields["birth_date"]
        assert isinstance(birth, OptionalDateEdit)
        birth.dateChanged.connect(lambda _d: self._age_changed())
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._age_changed()

    def _add(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        widget.setObjectName(key)
        self.fields[key] = widget
        self.errors.add_row(form, label, key, widget)

    def minor(self) -> bool:
        birth = get_value(self.fields["birth_date"])
        return birth is not None and age_on(birth, self.shift.shift_date) < 18

    def _age_changed(self) -> None:
        birth: dt.date | None = get_value(self.fields["birth_date"])
        if birth is None or birth > self.shift.shift_date:
            self.age.setText("")
        else:
            age = age_on(birth, self.shift.shift_date)
            text = _("Age on the day of the shift: {age}").format(age=format_age(age))
            if age < 18:
                text += " — " + _("a minor: the guardian's consent is needed")
            self.age.setText(text)
        for key in GUARDIAN_FIELDS:
            self.fields[key].setEnabled(self.minor())

    def set_values(self, data: QuickRegistration) -> None:
        for name in FIELDS:
            set_value(self.fields[name], getattr(data, name))

    def failure_title(self) -> str:
        return _("The volunteer was not registered")

    def collect(self) -> QuickRegistration:
        values = {name: get_value(self.fields[name]) for name in FIELDS}
        data = QuickRegistration(**values)
        data.first_name = data.first_name or ""
        data.last_name = data.last_name or ""
        return data

    def write(self, data: QuickRegistration) -> None:
        self.result_ = quick_register(self.db, self.shift.id, data)

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        known = self.errors.field_keys()
        self.errors.show({k: v for k, v in by_field.items() if k in known})

    def error_summary(self, by_field: dict[str, str]) -> str:
        known = self.errors.field_keys()
        other = [v for k, v in by_field.items() if k not in known]
        base = super().error_summary(by_field)
        return "\n".join([base, *other]) if other else base
