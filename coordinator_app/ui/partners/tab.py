"""The Partnerzy tab: local partners, searchable and sortable, with their details (volunteers,
actions, share of hours); adding and editing partners; printing the cooperation agreement."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from coordinator_app.core.partners import PARTNER_KIND_LABELS, PartnerRow, get_partner_details, list_partners
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.ui.partners.details import partner_document
from coordinator_app.ui.partners.dialog import PartnerDialog, open_cooperation_agreement
from coordinator_app.ui.partners.table import make_partner_model, partner_predicate
from coordinator_app.ui.widgets.details_dialog import DetailsDocument
from coordinator_app.ui.widgets.list_tab import ListTab
from coordinator_app.ui.widgets.record_table import RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy


class PartnersTab(ListTab):
    """Double-click shows the details; Edit opens the form."""

    object_prefix = "partner"
    search_placeholder = N_("Search: name, kind, locality, contact person…")
    all_filter_text = N_("All kinds")
    loading_text = N_("Loading partners…")
    load_failed_text = N_("Could not load the partners: {error}")
    title_text = N_("Partners")
    empty_text = N_("No partners yet. Add the first one with “Add partner…”.")
    column_widths = (300, 150, 110, 220, 80, 60, 70, 90)
    stretch_column = "name"
    sort_column = "name"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.add_button = QPushButton(_("&Add partner…"))
        self.add_button.setObjectName("partner_add")
        self.add_button.clicked.connect(self.add_partner)
        self.edit_button = QPushButton(_("&Edit…"))
        self.edit_button.setObjectName("partner_edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.agreement_button = QPushButton(_("Coo&peration agreement…"))
        self.agreement_button.setObjectName("partner_agreement")
        self.agreement_button.clicked.connect(self.print_agreement)
        for position, button in enumerate((self.add_button, self.edit_button, self.agreement_button)):
            self.buttons_layout.insertWidget(position, button)
        self.show_inactive = QCheckBox(_("Show inactive"))
        self.show_inactive.setObjectName("partner_show_inactive")
        self.show_inactive.toggled.connect(self._apply_filter)
        self.filters_layout.addWidget(self.show_inactive)
        self._apply_filter()
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.agreement_button.setEnabled(chosen)

    def add_partner(self) -> None:
        dialog = PartnerDialog(self.db, None, self)
        if dialog.exec():
            self.status_message.emit(_("Partner saved."))
            self.reload(select_id=dialog.saved_id)

    def edit_selected(self) -> None:
        partner_id = self.selected_id()
        if partner_id is not None:
            self.edit(partner_id)

    def edit(self, partner_id: int) -> None:
        dialog = PartnerDialog(self.db, partner_id, self)
        if dialog.exec():
            self.status_message.emit(_("Partner saved."))
        self.reload(select_id=partner_id)  # an agreement printed from the form is numbered

    def print_agreement(self) -> None:
        partner_id = self.selected_id()
        if partner_id is not None:
            open_cooperation_agreement(self, self.db, partner_id)
            self.reload(select_id=partner_id)

    def make_model(self) -> tuple[RecordTableModel[PartnerRow], SearchProxy]:
        return make_partner_model()

    def load_records(self) -> list[PartnerRow]:
        return list_partners(self.db)

    def filter_options(self) -> list[tuple[str, str]]:
        return [(code, _(label)) for code, label in PARTNER_KIND_LABELS.items()]

    def filter_predicate(self, value: str) -> Callable[[Any], bool]:
        return partner_predicate(value, True)

    def current_predicate(self) -> Callable[[Any], bool] | None:
        return partner_predicate(self.filter.currentData(), self.show_inactive.isChecked())

    def count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {total} partner", "{shown} of {total} partners", total).format(
            shown=shown, total=total
        )

    def details_document(self, record_id: int) -> DetailsDocument:
        return partner_document(get_partner_details(self.db, record_id))
