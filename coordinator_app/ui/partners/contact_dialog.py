"""Add or edit one contact person of a partner (kept in the partner's form until it is saved)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox, QFormLayout, QVBoxLayout, QWidget

from coordinator_app.core.enums import Sex
from coordinator_app.core.partners import ContactData, validate_contact
from coordinator_app.core.partners.data import CONTACT_FIELDS
from coordinator_app.core.validation import required_fields
from coordinator_app.i18n import _
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import FieldErrors, line_edit, save_cancel_buttons
from coordinator_app.ui.widgets.tables import choice_box


class ContactDialog(FormDialog[ContactData]):
    """Checks the contact person; `result_data` is the cleaned contact once accepted."""

    def __init__(self, contact: ContactData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = contact or ContactData()
        self.result_data: ContactData | None = None
        self.setWindowTitle(_("New contact person") if contact is None else _("Edit contact person"))
        self.errors = FieldErrors()
        self.fields: dict[str, QWidget] = {
            "first_name": line_edit(80),
            "last_name": line_edit(120),
            "sex": choice_box([(None, "—"), *Sex.choices()]),
            "role": line_edit(160, _("e.g. teacher in charge of the school volunteer club")),
            "phone": line_edit(20, "600 123 456"),
            "email": line_edit(120),
            "primary": QCheckBox(_("Main contact person")),
        }
        labels = {
            "first_name": _("First name"),
            "last_name": _("Surname"),
            "sex": _("Sex"),
            "role": _("Function"),
            "phone": _("Phone"),
            "email": _("E-mail"),
            "primary": "",
        }
        form = QFormLayout()
        for key, widget in self.fields.items():
            widget.setObjectName(f"contact_{key}")
            self.errors.add_row(form, labels[key], key, widget)
        self.errors.mark_required(required_fields(lambda: validate_contact(ContactData())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        self.buttons = save_cancel_buttons(self, self.save)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        for name in CONTACT_FIELDS:
            set_value(self.fields[name], getattr(self.original, name))

    def collect(self) -> ContactData:
        values = {name: get_value(self.fields[name]) for name in CONTACT_FIELDS}
        values["first_name"] = values["first_name"] or ""
        values["last_name"] = values["last_name"] or ""
        return dataclasses.replace(self.original, **values)

    def failure_title(self) -> str:
        return _("The contact person was not saved")

    def write(self, data: ContactData) -> None:
        self.result_data = validate_contact(data)

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        first = self.errors.show(by_field)
        if first is not None:
            first.setFocus()
