"""Add or edit a volunteer: validate field by field, warn on probable duplicates, save."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from coordinator_app.core.dictionaries import list_activity_types, list_staff, list_villages
from coordinator_app.core.enums import VolunteerStatus
from coordinator_app.core.issuing.thanks_data import default_thanks_year
from coordinator_app.core.partners import partner_options_for_volunteer
from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.validation import required_fields
from coordinator_app.core.volunteers import (
    VolunteerData,
    create_volunteer,
    find_duplicates,
    get_volunteer,
    status_history,
    update_volunteer,
    validate_volunteer,
)
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.agreements.panel import VolunteerAgreementsPanel
from coordinator_app.ui.documents import open_document_preview, open_opinion_editor
from coordinator_app.ui.hours.panel import VolunteerHoursPanel
from coordinator_app.ui.privacy.access_banner import restriction_banner
from coordinator_app.ui.privacy.person_actions import rodo_button
from coordinator_app.ui.privacy.volunteer_accountability import VolunteerAccountabilityPage
from coordinator_app.ui.vetting.panel import VettingPanel
from coordinator_app.ui.volunteers.assignments_page import AssignmentsPage
from coordinator_app.ui.volunteers.form import VolunteerForm
from coordinator_app.ui.volunteers.health_consent_page import HealthConsentPage
from coordinator_app.ui.volunteers.training_page import TrainingPage
from coordinator_app.ui.widgets.form_dialog import FormDialog, SaveCancelled
from coordinator_app.ui.widgets.forms import save_cancel_buttons
from coordinator_app.ui.widgets.name_forms_dialog import NameFormsDialog, volunteer_entries
from coordinator_app.ui.widgets.print_button import print_button


class VolunteerDialog(FormDialog[VolunteerData]):
    def __init__(self, db: Database, volunteer_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id = volunteer_id
        self.saved_id: int | None = None
        self._confirmed_duplicates: set[int] = set()
        self.setWindowTitle(_("New volunteer") if volunteer_id is None else _("Edit volunteer"))
        self.form = VolunteerForm(
            list_activity_types(db),
            list_villages(db),
            list_staff(db),
            partners=partner_options_for_volunteer(db, volunteer_id),
        )
        self.form.errors.mark_required(
            required_fields(lambda: validate_volunteer(VolunteerData(), dt.date.today()))
        )
        buttons = self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(720, 640)
        if volunteer_id is None:
            self.form.load(VolunteerData(), stored_status=None)
        else:
            data = get_volunteer(db, volunteer_id)
            self.form.load(data, stored_status=data.status, history=self._history_text(volunteer_id))
            self.setWindowTitle(
                _("Edit volunteer: {name}").format(name=f"{data.first_name} {data.last_name}")
            )
            # Read-only: what the volunteer attended and what they still miss per activity.
            self.training_page = TrainingPage(db, volunteer_id)
            self.form.addTab(self.training_page, _("Trainings"))
            self.agreements_page = VolunteerAgreementsPanel(
                db,
                volunteer_id,
                print_handler=lambda kind, rid: open_document_preview(self, db, kind, id=rid),
            )
            self.form.addTab(self.agreements_page, _("Agreements"))
            self.agreements_page.changed.connect(self._status_from_database)
            self.assignments_page = AssignmentsPage(db, volunteer_id)
            self.form.addTab(self.assignments_page, _("Assignments"))
            self.hours_page = VolunteerHoursPanel(db, volunteer_id)
            self.form.addTab(self.hours_page, _("Hours"))
            self.health_page = HealthConsentPage(db, volunteer_id)
            self.form.addTab(self.health_page, _("Health consent"))
            self.rodo_page = VolunteerAccountabilityPage(db, volunteer_id)
            self.form.addTab(self.rodo_page, _("RODO"))
            # Always in sight: the child-protection vetting verdict (its content stays behind
            # the vetting window's audited "show").
            self.vetting_panel = VettingPanel(db, volunteer_id)
            layout.insertWidget(0, self.vetting_panel)
            layout.insertWidget(0, restriction_banner(db, PersonRole.VOLUNTEER, volunteer_id))
            self.print_button = print_button(
                self,
                [
                    (
                        _("Certificate of volunteering…"),
                        lambda: open_document_preview(self, db, "certificate", id=volunteer_id),
                    ),
                    (_("Opinion…"), lambda: open_opinion_editor(self, db, volunteer_id)),
                    (
                        _("Thank-you diploma…"),
                        lambda: open_document_preview(
                            self,
                            db,
                            "thanks",
                            id=volunteer_id,
                            options={"year": default_thanks_year(db, volunteer_id, dt.date.today())},
                        ),
                    ),
                ],
            )
            buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
            names = buttons.addButton(_("Names in documents…"), QDialogButtonBox.ButtonRole.ActionRole)
            names.clicked.connect(self.confirm_names)
            self.rodo_button = rodo_button(self, db, PersonRef(PersonRole.VOLUNTEER, volunteer_id))
            buttons.addButton(self.rodo_button, QDialogButtonBox.ButtonRole.ActionRole)

    def confirm_names(self) -> None:
        """The declined forms of the volunteer's (and the guardian's) name, to confirm."""
        data = self.form.collect()
        entries = volunteer_entries(
            data.first_name, data.last_name, data.sex, data.guardian_name, data.guardian_sex
        )
        NameFormsDialog(self.db, entries, parent=self).exec()

    def _status_from_database(self) -> None:
        """An agreement's signing may have activated the volunteer: show the stored status."""
        if self.volunteer_id is not None:
            status = get_volunteer(self.db, self.volunteer_id).status
            self.form.status_saved(status, self._history_text(self.volunteer_id))

    def _history_text(self, volunteer_id: int) -> str:
        lines = []
        for changed_on, _old, new, reason in status_history(self.db, volunteer_id):
            line = f"{format_date(changed_on)}: {VolunteerStatus(new).label}"
            lines.append(f"{line} — {reason}" if reason else line)
        return "\n".join(lines)

    def failure_title(self) -> str:
        return _("The volunteer was not saved")

    def collect(self) -> VolunteerData:
        return self.form.collect()

    def validate(self, data: VolunteerData) -> None:
        if not self._duplicates_confirmed(data):
            raise SaveCancelled

    def write(self, data: VolunteerData) -> None:
        if self.volunteer_id is None:
            self.saved_id = create_volunteer(self.db, data)
        else:
            update_volunteer(self.db, self.volunteer_id, data)
            self.saved_id = self.volunteer_id

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        self.form.show_errors(by_field)

    def _duplicates_confirmed(self, data: VolunteerData) -> bool:
        hints = [
            h
            for h in find_duplicates(self.db, data, exclude_id=self.volunteer_id)
            if h.volunteer_id not in self._confirmed_duplicates
        ]
        if not hints:
            return True
        listing = "\n".join(f"• {h.full_name}, {format_date(h.birth_date)} ({h.reason})" for h in hints)
        answer = QMessageBox.warning(
            self,
            _("Probable duplicate"),
            _("This volunteer may already be in the register:\n{listing}\n\nSave anyway?").format(
                listing=listing
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return False
        self._confirmed_duplicates.update(h.volunteer_id for h in hints)
        return True
