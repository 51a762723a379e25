"""The partner form: four pages of fields bound by name to `PartnerData`, the last one the
list of contact persons (added, edited and removed here, saved with the partner)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from coordinator_app.core import validation as v
from coordinator_app.core.enums import Sex
from coordinator_app.core.options import Option
from coordinator_app.core.partners import PARTNER_KIND_LABELS, ContactData, PartnerData
from coordinator_app.core.partners.data import PARTNER_FIELDS
from coordinator_app.core.validation import format_phone
from coordinator_app.i18n import _
from coordinator_app.ui.partners.contact_dialog import ContactDialog
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.forms import OptionalDateEdit, check_box, line_edit, text_edit
from coordinator_app.ui.widgets.paged_form import PagedForm
from coordinator_app.ui.widgets.tables import choice_box, fill_rows, read_only_table, table_item

_CHECKS: dict[str, Callable[[str, str], object]] = {
    "postal_code": v.postal_code,
    "phone": v.phone,
    "email": v.email,
    "nip": v.nip,
    "regon": v.regon,
}


class PartnerForm(PagedForm):
    def __init__(self, villages: list[Option], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts: list[ContactData] = []
        self._build_partner()
        self._build_address(villages)
        self._build_cooperation()
        self._build_contacts()

    # --- building ---------------------------------------------------------------------------
    def _build_partner(self) -> None:
        form = self.add_page(_("Partner"))
        self._add(form, _("Name"), "name", line_edit(300, _("full name, as in its register")))
        self._add(form, _("Short name"), "short_name", line_edit(80, _("e.g. SP Lipowiec")))
        kinds = [(None, "—"), *((code, _(label)) for code, label in PARTNER_KIND_LABELS.items())]
        self._add(form, _("Kind"), "kind", choice_box(kinds))
        self._add(form, "NIP", "nip", line_edit(13))
        self._add(form, "REGON", "regon", line_edit(14))
        self._add(form, "KRS", "krs", line_edit(10))
        self._add(form, "", "coalition_member", check_box(_("Member of the local volunteering coalition")))
        self._add(form, "", "active", check_box(_("Active partner")))

    def _build_address(self, villages: list[Option]) -> None:
        form = self.add_page(_("Address and contact"))
        self._add(form, _("Street"), "street", line_edit(120, _("empty in a village without streets")))
        self._add(form, _("House number"), "house_number", line_edit(20))
        self._add(form, _("Postal code"), "postal_code", line_edit(6, "00-000"))
        self._add(form, _("Locality"), "locality", line_edit(120))
        self._add(form, _("Post office"), "post_office", line_edit(120))
        self._add(
            form,
            _("Village (sołectwo)"),
            "village_id",
            choice_box([(None, "—"), *((o.id, o.name) for o in villages)]),
        )
        self._add(form, _("Phone"), "phone", line_edit(20, "600 123 456"))
        self._add(form, _("E-mail"), "email", line_edit(120))
        for key, check in _CHECKS.items():
            widget = self.fields[key]
            assert isinstance(widget, QLineEdit)
            widget.editingFinished.connect(lambda k=key, c=check, w=widget: self._check_field(k, c, w))

    def _build_cooperation(self) -> None:
        form = self.add_page(_("Cooperation"))
        self._add(form, _("Represented by"), "represented_by", line_edit(200, _("first name and surname")))
        self._add(
            form, _("Representative's sex"), "represented_by_sex", choice_box([(None, "—"), *Sex.choices()])
        )
        self._add(
            form,
            _("Representative's function"),
            "represented_by_role",
            line_edit(160, _("e.g. Dyrektor Szkoły")),
        )
        self._add(form, _("Cooperation since"), "cooperation_since", OptionalDateEdit())
        self._add(form, _("Agreement valid to"), "agreement_valid_to", OptionalDateEdit())
        self._add(
            form,
            _("Cooperation scope"),
            "cooperation_scope",
            text_edit(
                _("What the partner undertakes, one point a line, e.g. “Szkoła udostępnia salę na zbiórki.”"),
                90,
            ),
        )
        self._add(form, _("Notes"), "notes", text_edit(height=60))

    def _build_contacts(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.contacts_table = read_only_table(
            [_("First name and surname"), _("Function"), _("Phone"), _("E-mail"), _("Main")],
            "partner_contacts",
        )
        self.contacts_table.itemDoubleClicked.connect(lambda _item: self.edit_contact())
        self.contacts_table.itemSelectionChanged.connect(self._update_contact_buttons)
        self.add_contact_button = QPushButton(_("Add person…"))
        self.add_contact_button.setObjectName("contact_add")
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button = QPushButton(_("Edit person…"))
        self.edit_contact_button.setObjectName("contact_edit")
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.remove_contact_button = QPushButton(_("Remove person"))
        self.remove_contact_button.setObjectName("contact_remove")
        self.remove_contact_button.clicked.connect(self.remove_contact)
        buttons = QHBoxLayout()
        for button in (self.add_contact_button, self.edit_contact_button, self.remove_contact_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.contacts_table, 1)
        layout.addLayout(buttons)
        self.contacts_page = page
        self.addTab(page, _("Contact persons"))
        # a refusal about the list is shown on this page (its error line is under the table)
        self.errors.register("contacts", self.contacts_table, self._contacts_error(layout))
        self._page_of["contacts"] = self.count() - 1

    def _contacts_error(self, layout: QVBoxLayout) -> QLabel:
        label = QLabel()
        label.setObjectName("error_contacts")
        label.setWordWrap(True)
        set_role(label, "error")
        label.hide()
        layout.insertWidget(1, label)
        return label

    # --- contact persons ----------------------------------------------------------------------
    def _show_contacts(self, select: int | None = None) -> None:
        fill_rows(
            self.contacts_table,
            [
                [
                    table_item(c.full_name),
                    table_item(c.role or ""),
                    table_item(format_phone(c.phone)),
                    table_item(c.email or ""),
                    table_item(_("yes") if c.primary else ""),
                ]
                for c in self.contacts
            ],
        )
        for column, width in enumerate((170, 220, 110, 130)):
            self.contacts_table.setColumnWidth(column, width)
        self.contacts_table.horizontalHeader().setStretchLastSection(True)
        if select is not None and 0 <= select < len(self.contacts):
            self.contacts_table.selectRow(select)
        self._update_contact_buttons()

    def selected_contact(self) -> int | None:
        rows = {index.row() for index in self.contacts_table.selectedIndexes()}
        return min(rows) if rows else None

    def _update_contact_buttons(self) -> None:
        chosen = self.selected_contact() is not None
        self.edit_contact_button.setEnabled(chosen)
        self.remove_contact_button.setEnabled(chosen)

    def _accept_contact(self, contact: ContactData, index: int | None) -> None:
        if contact.primary:  # one main contact person: the new one takes over
            for other in self.contacts:
                other.primary = False
        if index is None:
            self.contacts.append(contact)
            index = len(self.contacts) - 1
        else:
            self.contacts[index] = contact
        self.errors.clear("contacts")
        self._show_contacts(index)

    def add_contact(self) -> None:
        dialog = ContactDialog(None, self)
        if dialog.exec() and dialog.result_data is not None:
            self._accept_contact(dialog.result_data, None)

    def edit_contact(self) -> None:
        index = self.selected_contact()
        if index is None:
            return
        dialog = ContactDialog(self.contacts[index], self)
        if dialog.exec() and dialog.result_data is not None:
            self._accept_contact(dialog.result_data, index)

    def remove_contact(self) -> None:
        index = self.selected_contact()
        if index is not None:
            del self.contacts[index]
            self.errors.clear("contacts")
            self._show_contacts()

    # --- behaviour --------------------------------------------------------------------------
    def _check_field(self, key: str, check: Callable[[str, str], object], widget: QLineEdit) -> None:
        errors = {k: self.errors.message(k) for k in self.errors.field_keys() if self.errors.message(k)}
        errors.pop(key, None)
        try:
            if widget.text().strip():
                check(widget.text(), key)
        except v.FieldError as error:
            errors[key] = error.message
        self.errors.show(errors)

    # --- data -------------------------------------------------------------------------------
    def load(self, data: PartnerData) -> None:
        for name in PARTNER_FIELDS:
            set_value(self.fields[name], getattr(data, name))
        self.contacts = [ContactData(**vars(c)) for c in data.contacts]
        self._show_contacts()

    def collect(self) -> PartnerData:
        values = {name: get_value(self.fields[name]) for name in PARTNER_FIELDS}
        for name in ("name", "kind", "house_number", "postal_code", "locality"):
            values[name] = values[name] or ""
        return PartnerData(**values, contacts=[ContactData(**vars(c)) for c in self.contacts])
