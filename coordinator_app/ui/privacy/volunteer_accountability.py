"""The volunteer window's "RODO" tab: the image consent (given, withdrawn) and the
authorisations to process data and confidentiality statements (issued, scope, expiry,
revocation), each recorded and ended here; the rules live in core/privacy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.privacy import accountability as acc
from coordinator_app.core.privacy import accountability_service as service
from coordinator_app.core.privacy.accountability_queries import (
    AuthorisationRow,
    volunteer_authorisations,
    volunteer_image_consents,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.errors import StorageError
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.forms import OptionalDateEdit, line_edit
from coordinator_app.ui.widgets.tables import fill_rows, read_only_table, table_item


def _date(value: dt.date | None) -> str:
    return format_date(value) if value is not None else "—"


def _revocation(row: AuthorisationRow) -> str:
    if row.revoked_on is None:
        return "—"
    reason = row.revoked_reason
    if reason == acc.REASON_AGREEMENT_ENDED:
        reason = _("the agreement ended")
    return f"{format_date(row.revoked_on)} ({reason})" if reason else format_date(row.revoked_on)


class VolunteerAccountabilityPage(QWidget):
    def __init__(self, db: Database, volunteer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id = volunteer_id
        self.message = QLabel()
        self.message.setObjectName("accountability_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._consent_group())
        layout.addWidget(self._authorisation_group(), 1)
        layout.addWidget(self.message)
        self.reload()

    def _consent_group(self) -> QGroupBox:
        box = QGroupBox(_("Image consent (given separately, may be withdrawn at any time)"))
        self.consents = read_only_table([_("Given on"), _("Withdrawn on"), _("Scope")], "image_consents")
        self.consent_date = OptionalDateEdit()
        self.consent_date.set_value(dt.date.today())
        self.consent_scope = line_edit(300)
        self.consent_scope.setText(acc.DEFAULT_IMAGE_SCOPE)
        self.give_button = QPushButton(_("Record the consent"))
        self.give_button.clicked.connect(self.give_consent)
        self.withdraw_button = QPushButton(_("Withdraw the selected consent today"))
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        form = QFormLayout()
        form.addRow(_("Given on"), self.consent_date)
        form.addRow(_("Scope"), self.consent_scope)
        layout = QVBoxLayout(box)
        layout.addWidget(self.consents)
        layout.addLayout(form)
        layout.addLayout(_row(self.give_button, self.withdraw_button))
        return box

    def _authorisation_group(self) -> QGroupBox:
        box = QGroupBox(_("Authorisations to process data and confidentiality statements"))
        headers = [_("Kind"), _("Issued on"), _("Expires on"), _("Revoked"), _("Scope")]
        self.authorisations = read_only_table(headers, "authorisations")
        self.kind = QComboBox()
        for kind, label in acc.KINDS.items():
            self.kind.addItem(_(label), kind)
        self.issued_on = OptionalDateEdit()
        self.issued_on.set_value(dt.date.today())
        self.expires_on = OptionalDateEdit()
        self.scope = line_edit(acc.SCOPE_LENGTH)
        self.scope.setText(acc.DEFAULT_SCOPE)
        self.revoke_reason = line_edit(300, _("e.g. the volunteer no longer visits clients"))
        self.issue_button = QPushButton(_("Record the authorisation or statement"))
        self.issue_button.clicked.connect(self.issue)
        self.revoke_button = QPushButton(_("Revoke the selected one today"))
        self.revoke_button.clicked.connect(self.revoke)
        form = QFormLayout()
        form.addRow(_("Kind"), self.kind)
        form.addRow(_("Issued on"), self.issued_on)
        form.addRow(_("Expires on"), self.expires_on)
        form.addRow(_("Scope"), self.scope)
        form.addRow(_("Reason for revoking"), self.revoke_reason)
        layout = QVBoxLayout(box)
        layout.addWidget(self.authorisations, 1)
        layout.addLayout(form)
        layout.addLayout(_row(self.issue_button, self.revoke_button))
        return box

    def reload(self) -> None:
        today = dt.date.today()
        consents = volunteer_image_consents(self.db, self.volunteer_id)
        fill_rows(
            self.consents,
            [
                [
                    table_item(format_date(c.given_on), data=c.id),
                    table_item(_date(c.withdrawn_on)),
                    table_item(c.scope),
                ]
                for c in consents
            ],
        )
        rows = volunteer_authorisations(self.db, self.volunteer_id)
        fill_rows(
            self.authorisations,
            [
                [
                    table_item(
                        _(acc.KINDS[r.kind]) + ("" if r.in_force(today) else " – " + _("not in force")),
                        data=r.id,
                    ),
                    table_item(format_date(r.issued_on)),
                    table_item(_date(r.expires_on)),
                    table_item(_revocation(r)),
                    table_item(r.scope),
                ]
                for r in rows
            ],
        )

    def _selected(self, table: QTableWidget) -> int | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _run(self, action: Callable[[], object], done: str) -> None:
        try:
            action()
        except acc.AccountabilityError as error:
            self._say(str(error), error=True)
            return
        except StorageError as error:
            self._say(error.message, error=True)
            return
        self._say(done)
        self.reload()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "note")

    def give_consent(self) -> None:
        given = self.consent_date.value()
        if given is None:
            self._say(_("Give the date of the consent."), error=True)
            return
        text = self.consent_scope.text()
        self._run(
            lambda: service.give_image_consent(self.db, self.volunteer_id, given, text),
            _("Consent recorded."),
        )

    def withdraw_consent(self) -> None:
        consent = self._selected(self.consents)
        if consent is None:
            self._say(_("Select the consent in the table."), error=True)
            return
        self._run(
            lambda: service.withdraw_image_consent(self.db, consent, dt.date.today()), _("Consent withdrawn.")
        )

    def issue(self) -> None:
        issued = self.issued_on.value()
        if issued is None:
            self._say(_("Give the date of issue."), error=True)
            return
        data = acc.AuthorisationData(
            self.kind.currentData(), issued, self.scope.text(), self.expires_on.value()
        )
        self._run(lambda: service.issue_authorisation(self.db, self.volunteer_id, data), _("Recorded."))

    def revoke(self) -> None:
        chosen = self._selected(self.authorisations)
        if chosen is None:
            self._say(_("Select the authorisation or statement in the table."), error=True)
            return
        reason = self.revoke_reason.text()
        self._run(lambda: service.revoke(self.db, chosen, dt.date.today(), reason), _("Revoked."))


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
