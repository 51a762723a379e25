"""Every required field has the asterisk: each form is opened empty and saved; every field
refused as required ("… is required.") must carry "*" by its label. The asterisks come from
the validation itself (`required_fields`), so they cannot disagree with the refusal."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from coordinator_app.core.issuing.organisation import OrganisationData, validate_organisation
from coordinator_app.core.validation import is_required_message, required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.clients.dialog import ClientDialog
from coordinator_app.ui.dictionaries.forms import ActivityTypeForm, StaffForm, VillageForm
from coordinator_app.ui.documents.organisation_dialog import OrganisationDialog
from coordinator_app.ui.trainings.programme_edit import ProgrammeEditDialog
from coordinator_app.ui.trainings.session_dialog import SessionDialog
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import FieldErrors

FORMS: dict[str, Callable[[Database], FormDialog]] = {
    "volunteer": lambda db: VolunteerDialog(db, None),
    "client": lambda db: ClientDialog(db, None),
    "organisation": lambda db: OrganisationDialog(None, db),
    "training session": lambda db: SessionDialog(db, None),
    "training programme": lambda db: ProgrammeEditDialog(db, None),
    "activity type": lambda db: ActivityTypeForm(db, None),
    "village": lambda db: VillageForm(db, None),
    "staff member": lambda db: StaffForm(db, None),
}


def errors_of(dialog: FormDialog) -> FieldErrors:
    form = getattr(dialog, "form", None)
    errors = getattr(form, "errors", None) or getattr(dialog, "errors", None)
    assert isinstance(errors, FieldErrors)
    return errors


@pytest.mark.parametrize("name", list(FORMS))
def test_every_field_refused_as_required_has_the_asterisk(qtbot: QtBot, db: Database, name: str) -> None:
    dialog = FORMS[name](db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    errors = errors_of(dialog)
    required = {key for key in errors.field_keys() if is_required_message(errors.message(key))}
    assert required or name == "training session", f"{name}: an empty form is refused for its required fields"
    missing = {key: errors.caption(key) for key in required if not errors.caption(key).endswith("*")}
    assert not missing, f"{name}: required without an asterisk: {missing}"


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
    """Every form saves with "Zapisz" (never "OK", "Zachowaj" or "Zastosuj")."""
    dialog = FORMS[name](db)
    qtbot.addWidget(dialog)
    texts = {button.text().replace("&", "") for button in dialog.findChildren(QPushButton)}
    assert _("Save").replace("&", "") in texts, f"{name}: {texts}"
    assert not texts & {"OK", "Ok", "Zachowaj", "Zastosuj", "Apply"}, f"{name}: {texts}"


def test_the_catalog_says_zapisz_for_saving() -> None:
    catalog = Path(__file__).parents[2] / "translations" / "pl" / "LC_MESSAGES" / "coordinator_app.po"
    text = catalog.read_text(encoding="utf-8")
    assert "Zachowaj" not in text
    for msgid in ("Save", "&Save", "&Save…"):
        found = re.search(rf'^msgid "{re.escape(msgid)}"\nmsgstr "([^"]*)"', text, re.MULTILINE)
        assert found is not None and found[1].replace("&", "").startswith("Zapisz"), msgid
