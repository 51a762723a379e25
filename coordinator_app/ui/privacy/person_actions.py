"""The "RODO" button of the volunteer and client windows: export the person's data, restrict
the processing, or anonymise the person (retention holds shown first, restriction offered
while any is in force; older backups named plainly afterwards)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.privacy import anonymise_service
from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.privacy.retention import CLIENT, VOLUNTEER, Hold
from coordinator_app.core.privacy.retention_queries import holds_in_force
from coordinator_app.db.engine import Database
from coordinator_app.db.errors import StorageError
from coordinator_app.i18n import _
from coordinator_app.ui.privacy.access_export import AccessExportDialog
from coordinator_app.ui.privacy.access_restriction import RestrictionDialog
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.forms import FieldErrors, line_edit


def _kind(person: PersonRef) -> str:
    return CLIENT if person.role == PersonRole.CLIENT else VOLUNTEER


def current_holds(db: Database, person: PersonRef, today: dt.date | None = None) -> list[Hold]:
    """The retention holds in force today for the person (empty when none or when absent)."""
    return holds_in_force(db, _kind(person), person.record_id, today or dt.date.today())


class AnonymiseDialog(QDialog):
    """Anonymise one person: the holds first; with none, the reason and a confirmation."""

    def __init__(self, db: Database, person: PersonRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.person = person
        self.done_ok = False
        self.setWindowTitle(_("Anonymise the person (art. 17 RODO)"))
        self.holds = current_holds(db, person)
        self.state = QLabel()
        self.state.setObjectName("anonymise_state")
        self.state.setWordWrap(True)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.reason = line_edit(300, _("e.g. the person asked for erasure on 3.12.2026"))
        self.reason.setObjectName("reason")
        self.errors.add_row(form, _("Reason"), "reason", self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        self.anonymise_button = buttons.addButton(_("Anonymise"), QDialogButtonBox.ButtonRole.ActionRole)
        self.anonymise_button.setObjectName("anonymise_button")
        self.anonymise_button.clicked.connect(self.anonymise)
        self.restrict_button = buttons.addButton(
            _("Restrict the processing instead…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restrict_button.setObjectName("restrict_instead")
        self.restrict_button.clicked.connect(self.restrict_instead)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(680, 320)
        self._show_holds()

    def _show_holds(self) -> None:
        if self.holds:
            self.state.setText(str(anonymise_service.RetentionHoldError(self.holds)))
            set_role(self.state, "error")
        else:
            self.state.setText(
                _(
                    "No retention period keeps this person's data. Anonymisation replaces the "
                    "names, PESEL, address, contact details and notes for good; the figures "
                    "for the statistics stay. It cannot be undone."
                )
            )
        self.reason.setEnabled(not self.holds)
        self.anonymise_button.setVisible(not self.holds)
        self.restrict_button.setVisible(bool(self.holds))

    def anonymise(self) -> None:
        if not self.reason.text().strip():
            self.errors.show({"reason": _("Give the reason for the anonymisation.")})
            return
        self.errors.show({})
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            _("Anonymise this person for good? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            anonymise_service.anonymise(
                self.db, _kind(self.person), self.person.record_id, self.reason.text()
            )
        except anonymise_service.RetentionHoldError as error:
            self.holds = error.holds
            self._show_holds()
            return
        except anonymise_service.AnonymisationError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        except StorageError as error:
            QMessageBox.critical(self, self.windowTitle(), error.message)
            return
        self.done_ok = True
        self.state.setText(_("The person has been anonymised.") + "\n" + _(anonymise_service.BACKUPS_NOTE))
        set_role(self.state, None)
        self.reason.setEnabled(False)
        self.anonymise_button.setEnabled(False)

    def restrict_instead(self) -> None:
        RestrictionDialog(self.db, self, person=self.person).exec()


def rodo_button(parent: QWidget, db: Database, person: PersonRef) -> QPushButton:
    """A "RODO" button whose menu holds the person's export, restriction and anonymisation."""
    button = QPushButton(_("&RODO"), parent)
    button.setObjectName("rodo_button")
    menu = QMenu(button)
    menu.addAction(
        _("Export the person's data…"), lambda: AccessExportDialog(db, parent, person=person).exec()
    )
    menu.addAction(
        _("Restriction of processing…"), lambda: RestrictionDialog(db, parent, person=person).exec()
    )
    menu.addAction(_("Anonymise…"), lambda: AnonymiseDialog(db, person, parent).exec())
    button.setMenu(menu)
    return button
