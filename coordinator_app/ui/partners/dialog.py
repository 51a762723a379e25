"""Add or edit a partner with its contact persons; print its cooperation agreement."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from coordinator_app.core.dictionaries import list_villages
from coordinator_app.core.partners import (
    PartnerData,
    create_partner,
    get_partner,
    update_partner,
    validate_partner,
)
from coordinator_app.core.validation import required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.partners.form import PartnerForm
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import save_cancel_buttons
from coordinator_app.ui.widgets.name_forms_dialog import NameEntry, NameFormsDialog
from coordinator_app.ui.widgets.print_button import print_button


def partner_entries(data: PartnerData) -> list[NameEntry]:
    """The names the cooperation agreement declines."""
    return [
        NameEntry(_("Partner"), "organisation", data.name),
        NameEntry(_("Seat"), "place", data.locality),
        NameEntry(_("Represented by"), "person", data.represented_by or "", data.represented_by_sex),
        NameEntry(_("Representative's function"), "title", data.represented_by_role or ""),
    ]


def open_cooperation_agreement(parent: QWidget, db: Database, partner_id: int) -> None:
    from coordinator_app.ui.documents import open_document_preview

    open_document_preview(parent, db, "cooperation_agreement", id=partner_id)


class PartnerDialog(FormDialog[PartnerData]):
    def __init__(self, db: Database, partner_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.partner_id = partner_id
        self.saved_id: int | None = None
        self.form = PartnerForm(list_villages(db))
        self.form.errors.mark_required(
            required_fields(lambda: validate_partner(PartnerData(), dt.date.today()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.summary)
        self.buttons = save_cancel_buttons(self, self.save)
        layout.addWidget(self.buttons)
        self.resize(720, 600)
        if partner_id is None:
            self.setWindowTitle(_("New partner"))
            self.form.load(PartnerData())
            return
        data = get_partner(db, partner_id)
        self.setWindowTitle(_("Edit partner: {name}").format(name=data.short_name or data.name))
        self.form.load(data)
        self.print_button = print_button(
            self,
            [(_("Cooperation agreement…"), lambda: open_cooperation_agreement(self, db, partner_id))],
        )
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        names = self.buttons.addButton(_("Names in documents…"), QDialogButtonBox.ButtonRole.ActionRole)
        names.clicked.connect(self.confirm_names)

    def confirm_names(self) -> None:
        """The declined forms the cooperation agreement prints (the partner's name and seat, its
        representative and their function), to confirm or correct."""
        NameFormsDialog(self.db, partner_entries(self.form.collect()), parent=self).exec()

    def failure_title(self) -> str:
        return _("The partner was not saved")

    def collect(self) -> PartnerData:
        return self.form.collect()

    def write(self, data: PartnerData) -> None:
        if self.partner_id is None:
            self.saved_id = create_partner(self.db, data)
        else:
            update_partner(self.db, self.partner_id, data)
            self.saved_id = self.partner_id

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        self.form.show_errors(by_field)
