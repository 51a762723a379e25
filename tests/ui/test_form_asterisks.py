"""Every required field has the asterisk: each form dialog is opened, emptied and saved; every
field its save refuses as required ("… is required.", or a refusal in its own words such as
"Choose the volunteer.") must carry "*" by its label. Every form dialog is in the list. The
asterisks come from the validation itself (`required_fields`), so they cannot disagree with the refusal."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from coordinator_app import ui
from coordinator_app.core.issuing.organisation import OrganisationData, validate_organisation
from coordinator_app.core.validation import (
    FieldError,
    ValidationErrors,
    is_required_message,
    required_fields,
    required_message,
)
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.actions.action_dialog import ActionDialog
from coordinator_app.ui.actions.quick_dialog import QuickRegistrationDialog
from coordinator_app.ui.actions.window import ActionWindow
from coordinator_app.ui.agreements.annex_dialog import AnnexDialog
from coordinator_app.ui.agreements.dialog import AgreementDialog
from coordinator_app.ui.agreements.termination_dialog import TerminationDialog
from coordinator_app.ui.assignments.dialog import AssignmentDialog
from coordinator_app.ui.clients.dialog import ClientDialog
from coordinator_app.ui.clients.need_dialog import NeedDialog
from coordinator_app.ui.coalition.meeting_dialog import CoalitionMeetingDialog
from coordinator_app.ui.coalition.programme_dialog import YearlyProgrammeDialog
from coordinator_app.ui.dictionaries.forms import ActivityTypeForm, StaffForm, VillageForm
from coordinator_app.ui.documents.organisation_dialog import OrganisationDialog
from coordinator_app.ui.partners.contact_dialog import ContactDialog
from coordinator_app.ui.partners.dialog import PartnerDialog
from coordinator_app.ui.privacy.requests_form import RequestDialog
from coordinator_app.ui.trainings.programme_edit import ProgrammeEditDialog
from coordinator_app.ui.trainings.session_dialog import SessionDialog
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.widgets.binding import set_value
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import CheckList, FieldErrors, OptionalDateEdit
from tests.agreement_helpers import add_signatory, add_volunteer
from tests.factories import add_agreement
from tests.factories.actions import add_action
from tests.work_helpers import activity, add_client_with_need, gmina


def _agreement(db: Database) -> int:
    volunteer = add_volunteer(db)
    return add_agreement(db, volunteer, add_signatory(db), activity_ids={activity(db, "TOW")})


def _client(db: Database) -> int:
    return add_client_with_need(db, gmina(db))[0]


def _new_agreement(db: Database) -> AgreementDialog:
    add_signatory(db)
    return AgreementDialog(db, add_volunteer(db))


def _quick_registration(db: Database) -> QuickRegistrationDialog:
    dialog = ActionWindow(db, add_action(db)).make_quick_dialog()
    assert dialog is not None
    return dialog


# Every form dialog with required fields, opened as new (or on a record it changes).
FORMS: dict[str, Callable[[Database], FormDialog[Any]]] = {
    "VolunteerDialog": lambda db: VolunteerDialog(db, None),
    "ClientDialog": lambda db: ClientDialog(db, None),
    "OrganisationDialog": lambda db: OrganisationDialog(None, db),
    "SessionDialog": lambda db: SessionDialog(db, None),
    "ProgrammeEditDialog": lambda db: ProgrammeEditDialog(db, None),
    "ActivityTypeForm": lambda db: ActivityTypeForm(db, None),
    "VillageForm": lambda db: VillageForm(db, None),
    "StaffForm": lambda db: StaffForm(db, None),
    "AgreementDialog": _new_agreement,
    "AnnexDialog": lambda db: AnnexDialog(db, _agreement(db)),
    "TerminationDialog": lambda db: TerminationDialog(db, _agreement(db)),
    "AssignmentDialog": lambda db: AssignmentDialog(db, None),
    "NeedDialog": lambda db: NeedDialog(db, _client(db), None),
    "RequestDialog": lambda db: RequestDialog(db, None),
    "ActionDialog": lambda db: ActionDialog(db, None),
    "QuickRegistrationDialog": _quick_registration,
    "CoalitionMeetingDialog": lambda db: CoalitionMeetingDialog(db, None),
    "YearlyProgrammeDialog": lambda db: YearlyProgrammeDialog(db, None),
    "PartnerDialog": lambda db: PartnerDialog(db, None),
    "ContactDialog": lambda db: ContactDialog(None),
}
# Form dialogs with no field required whatever else is filled in.
WITHOUT_REQUIRED_FIELDS = {
    "VettingDialog": "every date and reference is required only with another one",
    "AttendanceDialog": "a list of participants, each marked present or not",
    "RequirementsDialog": "a grid of check boxes",
    "RecordForm": "the base of the dictionary forms, never opened itself",
    "ActionAttendanceDialog": "a list of sign-ups, each ticked as came or not",
}


def errors_of(dialog: FormDialog[Any]) -> FieldErrors:
    errors = dialog.field_errors()
    assert isinstance(errors, FieldErrors)
    return errors


def empty(errors: FieldErrors) -> None:
    """Empty every field the coordinator can empty (a new agreement or an annex comes
    filled in with the defaults)."""
    for key in errors.field_keys():
        widget = errors.widget(key)
        if isinstance(widget, CheckList):
            widget.set_checked_ids(())
        elif isinstance(widget, QComboBox) and widget.findData(None) < 0:
            continue  # a choice with no empty option (a status) cannot be emptied
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | OptionalDateEdit):
            set_value(widget, None)


def refused_as_required(dialog: FormDialog[Any]) -> set[str]:
    """The fields the dialog's own save path refuses as required (in whatever words)."""
    with pytest.raises(ValidationErrors) as refused:
        data = dialog.collect()
        dialog.validate(data)
        dialog.write(data)
    return {error.field for error in refused.value.errors if error.required}


@pytest.mark.parametrize("name", list(FORMS))
def test_every_field_refused_as_required_has_the_asterisk(qtbot: QtBot, db: Database, name: str) -> None:
    dialog = FORMS[name](db)
    qtbot.addWidget(dialog)
    dialog.show()
    errors = errors_of(dialog)
    empty(errors)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    required = refused_as_required(dialog) & errors.field_keys()
    assert required or name == "SessionDialog", f"{name}: an empty form is refused for its required fields"
    assert all(errors.message(key) for key in required), f"{name}: the refusal is shown by each field"
    missing = {key: errors.caption(key) for key in required if not errors.caption(key).endswith("*")}
    assert not missing, f"{name}: required without an asterisk: {missing}"


def _subclasses(cls: type) -> set[type]:
    found: set[type] = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def test_every_form_dialog_is_checked_for_its_asterisks() -> None:
    """A new form dialog joins `FORMS` (or says why it has no required field)."""
    for module in pkgutil.walk_packages(ui.__path__, "coordinator_app.ui."):
        importlib.import_module(module.name)
    names = {cls.__name__ for cls in _subclasses(FormDialog)}
    assert names - set(FORMS) - set(WITHOUT_REQUIRED_FIELDS) == set()
    assert set(FORMS) <= names and set(WITHOUT_REQUIRED_FIELDS) <= names


def test_a_refusal_in_its_own_words_still_counts_as_required() -> None:
    assert FieldError("volunteer_id", "Choose the volunteer.", required=True).required
    assert FieldError("postal_code", required_message("Postal code")).required
    assert not FieldError("postal_code", "Postal code must look like 00-000.").required


def test_the_organisation_postal_code_has_its_asterisk(qtbot: QtBot, db: Database) -> None:
    required = required_fields(lambda: validate_organisation(OrganisationData()))
    assert {"postal_code", "nip", "regon", "full_name", "locality"} <= required
    dialog = OrganisationDialog(None, db)
    qtbot.addWidget(dialog)
    assert dialog.errors.caption("postal_code") == _("Postal code") + " *"
    assert all(dialog.errors.caption(key).endswith("*") for key in required if dialog.errors.caption(key))


def test_is_required_message() -> None:
    assert is_required_message(_("{field} is required.").format(field=_("Postal code")))
    assert not is_required_message(_("Postal code must look like 00-000."))
    assert not is_required_message(_("{field} is required.").format(field=""))


@pytest.mark.parametrize("name", list(FORMS))
def test_one_word_for_save(qtbot: QtBot, db: Database, name: str) -> None:
    """Every form saves with "Zapisz" (never "OK", "Zachowaj" or "Zastosuj"); the termination
    names what it does ("Rozwiąż")."""
    dialog = FORMS[name](db)
    qtbot.addWidget(dialog)
    texts = {button.text().replace("&", "") for button in dialog.findChildren(QPushButton)}
    word = _("Terminate") if name == "TerminationDialog" else _("Save")
    assert word.replace("&", "") in texts, f"{name}: {texts}"
    assert not texts & {"OK", "Ok", "Zachowaj", "Zastosuj", "Apply"}, f"{name}: {texts}"


def test_the_catalog_says_zapisz_for_saving() -> None:
    catalog = Path(__file__).parents[2] / "translations" / "pl" / "LC_MESSAGES" / "coordinator_app.po"
    text = catalog.read_text(encoding="utf-8")
    assert "Zachowaj" not in text
    for msgid in ("Save", "&Save", "&Save…"):
        found = re.search(rf'^msgid "{re.escape(msgid)}"\nmsgstr "([^"]*)"', text, re.MULTILINE)
        assert found is not None and found[1].replace("&", "").startswith("Zapisz"), msgid


def test_the_signatory_has_its_asterisk_before_any_is_recorded(qtbot: QtBot, db: Database) -> None:
    """With no authorised signatory yet the refusal points to the staff dictionary, and the
    field is still marked as required."""
    dialog = AgreementDialog(db, add_volunteer(db))
    qtbot.addWidget(dialog)
    assert errors_of(dialog).caption("representative_id").endswith("*")
    assert errors_of(dialog).caption("concluded_on").endswith("*")
    assert not errors_of(dialog).caption("period_to").endswith("*")
