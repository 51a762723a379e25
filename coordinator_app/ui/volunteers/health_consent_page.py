"""The volunteer window's "Zgoda – zdrowie" page: the explicit consent (art. 9 ust. 2 lit. a
RODO) under which the OPS keeps health information given by the volunteer or the guardian;
record a consent, withdraw it (the information is erased). The text prints only in the OPS's
copy of the agreement."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core import validation as v
from coordinator_app.core.volunteers.health_consent import (
    HealthConsentData,
    list_health_consents,
    record_health_consent,
    withdraw_health_consent,
)
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.widgets.forms import OptionalDateEdit, check_box, line_edit, text_edit
from coordinator_app.ui.widgets.saving import SaveFailed, save_or_explain
from coordinator_app.ui.widgets.tables import fill_rows, read_only_table, table_item


class HealthConsentPage(QWidget):
    def __init__(self, db: Database, volunteer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id = volunteer_id
        note = QLabel(
            _(
                "Health information is kept only with the explicit consent of the volunteer or, for a "
                "minor, of the guardian (art. 9(2)(a) GDPR). It is printed only in the centre's copy of "
                "the agreement; withdrawing the consent erases it."
            )
        )
        note.setWordWrap(True)
        self.table = read_only_table([_("Given on"), _("Given by"), _("Withdrawn on")], "health_consents")
        self.withdraw_button = QPushButton(_("Withdraw the consent"))
        self.withdraw_button.setObjectName("withdraw_health_consent")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.given_on = OptionalDateEdit()
        self.given_on.setObjectName("given_on")
        self.given_on.set_value(dt.date.today())
        self.given_by = line_edit(200)
        self.given_by.setObjectName("given_by")
        self.by_guardian = check_box(_("Given by the legal guardian"))
        self.by_guardian.setObjectName("given_by_guardian")
        self.health_info = text_edit(_("Allergies, chronic illness, medicines, limits on effort"), 80)
        self.health_info.setObjectName("health_info")
        record = QPushButton(_("Record the consent"))
        record.setObjectName("record_health_consent")
        record.clicked.connect(self.record)
        box = QGroupBox(_("New consent"))
        form = QFormLayout(box)
        form.addRow(_("Given on"), self.given_on)
        form.addRow(_("Given by"), self.given_by)
        form.addRow("", self.by_guardian)
        form.addRow(_("Health information"), self.health_info)
        form.addRow("", record)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(box)
        self.refresh()

    def refresh(self) -> None:
        rows = list_health_consents(self.db, self.volunteer_id)
        fill_rows(
            self.table,
            [
                [
                    table_item(format_date(row.given_on), data=row.id),
                    table_item(row.given_by + (_(" (guardian)") if row.given_by_guardian else "")),
                    table_item(format_date(row.withdrawn_on) if row.withdrawn_on else "—"),
                ]
                for row in rows
            ],
        )
        self.active_id = next((row.id for row in rows if row.withdrawn_on is None), None)
        self.withdraw_button.setEnabled(self.active_id is not None)

    def record(self) -> None:
        data = HealthConsentData(
            self.given_on.value() or dt.date.today(),
            self.given_by.text(),
            self.by_guardian.isChecked(),
            self.health_info.toPlainText(),
        )
        try:
            save_or_explain(
                self,
                _("The consent was not saved"),
                lambda: record_health_consent(self.db, self.volunteer_id, data),
            )
        except v.ValidationErrors as error:
            QMessageBox.warning(
                self, _("The consent was not saved"), "\n".join(e.message for e in error.errors)
            )
            return
        except SaveFailed:
            return
        self.given_by.clear()
        self.health_info.clear()
        self.refresh()

    def withdraw(self) -> None:
        if self.active_id is None:
            return
        consent_id = self.active_id
        try:
            save_or_explain(
                self,
                _("The consent was not withdrawn"),
                lambda: withdraw_health_consent(self.db, consent_id, dt.date.today()),
            )
        except (v.ValidationErrors, SaveFailed):
            return
        self.refresh()
