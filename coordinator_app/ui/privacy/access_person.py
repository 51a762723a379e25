"""Choosing the person a RODO action concerns: who they are (volunteer, guardian, client) and
which one, typed to search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QWidget

from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.privacy.access_queries import people_for
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _


def role_labels() -> dict[PersonRole, str]:
    return {
        PersonRole.VOLUNTEER: _("Volunteer"),
        PersonRole.GUARDIAN: _("Guardian of a minor volunteer"),
        PersonRole.CLIENT: _("Client"),
    }


class PersonPicker(QWidget):
    """Two rows of a form: the kind of person and the person."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.role = QComboBox()
        self.role.setObjectName("person_role")
        for role, label in role_labels().items():
            self.role.addItem(label, role.value)
        self.person = QComboBox()
        self.person.setObjectName("person")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setMinimumWidth(380)
        completer = self.person.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(_("Whose data"), self.role)
        layout.addRow(_("Person"), self.person)
        self.role.currentIndexChanged.connect(lambda _i: self._fill())
        self.person.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._fill()

    def _fill(self) -> None:
        self.person.blockSignals(True)
        self.person.clear()
        for record_id, label in people_for(self.db, PersonRole(self.role.currentData())):
            self.person.addItem(label, record_id)
        self.person.setCurrentIndex(-1 if self.person.count() == 0 else 0)
        self.person.blockSignals(False)
        self.changed.emit()

    def reload(self) -> None:
        """Read the people again, keeping the chosen one."""
        current = self.value()
        self._fill()
        if current is not None:
            self.select(current)

    def select(self, person: PersonRef) -> None:
        self.role.setCurrentIndex(self.role.findData(person.role.value))
        self.person.setCurrentIndex(self.person.findData(person.record_id))

    def value(self) -> PersonRef | None:
        """The chosen person, or None when the typed text names nobody on the list."""
        index = self.person.findText(self.person.currentText())
        if index < 0 or self.person.currentText() == "":
            return None
        return PersonRef(PersonRole(self.role.currentData()), int(self.person.itemData(index)))
