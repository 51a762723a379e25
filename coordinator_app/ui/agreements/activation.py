"""After an agreement is signed: offer to activate the candidate volunteer with one click."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from coordinator_app.core.validation import ValidationErrors
from coordinator_app.core.volunteers.activation import activate_volunteer, activation_offer
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _


def offer_activation(parent: QWidget, db: Database, volunteer_id: int) -> bool:
    """Ask whether to activate a candidate whose agreement is signed; True when activated
    (the status change is recorded with today's date)."""
    name = activation_offer(db, volunteer_id)
    if name is None:
        return False
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _("Activate the volunteer"),
        _(
            "The agreement is signed, but {name} is still a candidate and cannot be assigned"
            " to anyone yet.\n\nActivate the volunteer from today?"
        ).format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("activation_offer")
    box.button(QMessageBox.StandardButton.Yes).setText(_("&Activate"))
    box.button(QMessageBox.StandardButton.No).setText(_("&Not now"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    try:
        activate_volunteer(db, volunteer_id)
    except ValidationErrors as errors:
        QMessageBox.warning(
            parent,
            _("Activate the volunteer"),
            _(
                "The volunteer could not be activated: {reasons}\n\n"
                "Open the volunteer's window, correct the data and set the status there."
            ).format(reasons=" ".join(errors.by_field().values())),
        )
        return False
    return True
