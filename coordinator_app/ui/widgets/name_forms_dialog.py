"""Show the declined forms of names once, for the coordinator to confirm or correct.

Each entry (the volunteer, the guardian, the organisation, its seat, a signatory and their
position) shows the five cases after the nominative, filled with the confirmed forms or the
dictionary's proposal; "Confirm" stores every complete entry (core.names). An entry left
empty stays unconfirmed: documents then keep that name in the nominative.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.dictionaries.queries import list_staff_all
from coordinator_app.core.issuing.organisation import get_organisation
from coordinator_app.core.names import confirm, declension
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date

CASE_LABELS = (
    ("D", N_("Genitive (kogo? czego?)")),
    ("C", N_("Dative (komu? czemu?)")),
    ("B", N_("Accusative (kogo? co?)")),
    ("N", N_("Instrumental (z kim? z czym?)")),
    ("Ms", N_("Locative (o kim? o czym?)")),
)


@dataclass(frozen=True)
class NameEntry:
    """One name to confirm: a label for the coordinator and what core.names declines."""

    label: str
    kind: str  # person / title / organisation / place
    text: str
    sex: str | None = None


class NameFormsDialog(QDialog):
    def __init__(
        self, db: Database, entries: list[NameEntry], user: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.setWindowTitle(_("Names in documents"))
        self.entries = [entry for entry in entries if entry.text.strip()]
        self.edits: list[dict[str, QLineEdit]] = []
        intro = QLabel(
            _(
                "Check how each name reads in every case. Documents use the forms you confirm; "
                "correct any that is wrong. A name left without forms stays in the nominative."
            )
        )
        intro.setWordWrap(True)
        body = QWidget()
        column = QVBoxLayout(body)
        for entry in self.entries:
            column.addWidget(self._group(entry))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(_("Confirm"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(680, 600)

    def _group(self, entry: NameEntry) -> QGroupBox:
        found = declension(self.db, entry.kind, entry.text, entry.sex)
        group = QGroupBox(f"{entry.label}: {found.text}")
        form = QFormLayout(group)
        if found.confirmed and found.confirmed_at is not None:
            state = _("Confirmed by {who} on {date}.").format(
                who=found.confirmed_by or "—", date=format_date(found.confirmed_at.date())
            )
        elif found.forms is None:
            state = _("No safe form is known: type the forms, or documents keep the name in the nominative.")
        else:
            state = _("Proposed from the dictionary: check and confirm.")
        note = QLabel(state)
        note.setWordWrap(True)
        form.addRow(note)
        edits: dict[str, QLineEdit] = {}
        for case, label in CASE_LABELS:
            edit = QLineEdit((found.forms or {}).get(case, ""))
            edit.setObjectName(f"form_{case}")
            edit.setMaxLength(300)
            edit.setCursorPosition(0)  # a long name shows its beginning, not its last letters
            form.addRow(_(label), edit)
            edits[case] = edit
        self.edits.append(edits)
        return group

    def forms_of(self, index: int) -> dict[str, str]:
        return {case: edit.text().strip() for case, edit in self.edits[index].items()}

    def save(self) -> None:
        """Store every complete entry; an entry partly filled is refused (all or none)."""
        for index, entry in enumerate(self.entries):
            forms = self.forms_of(index)
            if any(forms.values()) and not all(forms.values()):
                QMessageBox.warning(
                    self,
                    _("Names in documents"),
                    _("Fill in every case of {name}, or leave them all empty.").format(name=entry.text),
                )
                return
        for index, entry in enumerate(self.entries):
            forms = self.forms_of(index)
            if all(forms.values()):
                confirm(self.db, entry.kind, entry.text, entry.sex, {"M": entry.text, **forms}, self.user)
        self.accept()


def volunteer_entries(
    first_name: str, last_name: str, sex: str | None, guardian: str | None, guardian_sex: str | None
) -> list[NameEntry]:
    """The volunteer's name and, for a minor, the guardian's."""
    entries = [NameEntry(_("Volunteer"), "person", f"{first_name} {last_name}", sex)]
    if guardian:
        entries.append(NameEntry(_("Legal guardian"), "person", guardian, guardian_sex))
    return entries


def organisation_entries(db: Database) -> list[NameEntry]:
    """The organisation's name and seat, and every active signatory or coordinator with their
    position."""
    org = get_organisation(db)
    entries = [
        NameEntry(_("Organisation"), "organisation", org.full_name),
        NameEntry(_("Seat"), "place", org.locality or ""),
    ]
    for staff in list_staff_all(db):
        if staff.active and (staff.is_signatory or staff.is_coordinator):
            entries.append(
                NameEntry(_("Staff"), "person", f"{staff.first_name} {staff.last_name}", staff.sex)
            )
            if staff.position:
                entries.append(NameEntry(_("Position"), "title", staff.position))
    return entries
