"""Restriction of processing (art. 18 RODO): restrict a person's data with a reason, or lift it.

A restricted person is kept but no longer processed: matching, the lists (unless "show
restricted" is ticked), exports and batch printing leave them out.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.privacy.access import PersonNotFound, PersonRef
from coordinator_app.core.privacy.restriction_service import (
    lift_restriction,
    restriction_state,
    set_restriction,
)
from coordinator_app.core.validation import FieldError
from coordinator_app.db.engine import Database
from coordinator_app.db.errors import StorageError
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.privacy.access_person import PersonPicker
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.forms import FieldErrors, line_edit


class RestrictionDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, person: PersonRef | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_("Restriction of processing (art. 18 RODO)"))
        intro = QLabel(
            _(
                "A restricted person's data is only kept: matching does not propose them, the lists "
                "hide them unless “Show restricted” is ticked, and batch printing leaves them out. "
                "Tell the person before the restriction is lifted (art. 18 ust. 3)."
            )
        )
        intro.setWordWrap(True)
        self.picker = PersonPicker(db)
        if person is not None:
            self.picker.select(person)
        self.state = QLabel()
        self.state.setObjectName("restriction_state")
        self.state.setWordWrap(True)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.picker)
        form.addRow(_("Now"), self.state)
        self.reason = line_edit(300, _("e.g. the person contests the accuracy of the data"))
        self.reason.setObjectName("reason")
        self.errors.add_row(form, _("Reason"), "reason", self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        self.restrict_button = buttons.addButton(_("Restrict"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restrict_button.setObjectName("restrict_button")
        self.lift_button = buttons.addButton(
            _("Lift the restriction"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.lift_button.setObjectName("lift_button")
        self.restrict_button.clicked.connect(self.restrict)
        self.lift_button.clicked.connect(self.lift)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.picker.changed.connect(self.refresh)
        self.resize(680, 320)
        self.refresh()

    def refresh(self) -> None:
        person = self.picker.value()
        restricted = False
        if person is None:
            self.state.setText("—")
        else:
            state = restriction_state(self.db, person)
            restricted = state.restricted
            if state.restricted_on is not None:
                text = _("Processing restricted since {date}.").format(date=format_date(state.restricted_on))
                if state.reason:
                    text += " " + _("Reason: {reason}").format(reason=state.reason)
            else:
                text = _("Processing is not restricted.")
            self.state.setText(text)
        set_role(self.state, "error" if restricted else None)
        self.restrict_button.setEnabled(person is not None and not restricted)
        self.lift_button.setEnabled(restricted)

    def _run(self, action: str) -> None:
        person = self.picker.value()
        if person is None:
            return
        try:
            if action == "restrict":
                set_restriction(self.db, person, self.reason.text(), on=dt.date.today())
            else:
                lift_restriction(self.db, person)
        except FieldError as error:
            self.errors.show({error.field: error.message})
            return
        except PersonNotFound:
            QMessageBox.warning(self, self.windowTitle(), _("This person is no longer in the database."))
            return
        except StorageError as error:
            QMessageBox.critical(self, self.windowTitle(), error.message)
            return
        self.errors.show({})
        self.reason.clear()
        self.picker.reload()  # the labels carry the mark
        self.refresh()

    def restrict(self) -> None:
        self._run("restrict")

    def lift(self) -> None:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            _("Has the person been told that the restriction will be lifted?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run("lift")


def open_restriction(parent: QWidget | None, db: Database) -> None:
    RestrictionDialog(db, parent).exec()
