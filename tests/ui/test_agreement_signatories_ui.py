"""The agreement form offers only the signatories holding the role on the agreement's date,
those still holding it today first, and refreshes the list when the date changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from coordinator_app.core import agreements as ag
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Staff
from coordinator_app.ui.agreements.form import AgreementForm
from coordinator_app.ui.widgets.forms import OptionalDateEdit
from tests.agreement_helpers import add_volunteer
from tests.factories import add_agreement, save, staff_row
from tests.helpers import widget_as

TODAY = dt.date.today()
LONG_AGO = TODAY - dt.timedelta(days=800)


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def add_staff(db: Database) -> dict[str, int]:
    """A head who left a year ago (no longer employed), the present head, a dated deputy and a
    social worker."""
    year_ago = TODAY - dt.timedelta(days=365)
    return {
        "old": save(db, staff_row("Ośka Konrad", position="Kierownik", is_signatory=True,
                                  role_valid_from=LONG_AGO - dt.timedelta(days=400), role_valid_to=year_ago,
                                  active=False)),
        "head": save(db, staff_row("Wiśniewska Łucja", position="Kierownik", is_signatory=True,
                                   role_valid_from=year_ago + dt.timedelta(days=1))),
        "deputy": save(db, staff_row("Adamska Zofia", position="Zastępca kierownika", is_signatory=True,
                                     authorisation_number="5/2020", role_valid_from=LONG_AGO)),
        "worker": save(db, staff_row("Nowak Ewa", position="Pracownik socjalny")),
    }  # fmt: skip


def form_for(qtbot: QtBot, db: Database, volunteer: int, agreement: int | None = None) -> AgreementForm:
    context = ag.form_context(db, volunteer, agreement)
    form = AgreementForm(context, new=agreement is None)
    qtbot.addWidget(form)
    form.load(ag.new_agreement(db, volunteer) if agreement is None else ag.get_agreement(db, agreement).data)
    return form


def test_list_follows_the_date_of_the_agreement(qtbot: QtBot, db: Database) -> None:
    staff = add_staff(db)
    form = form_for(qtbot, db, add_volunteer(db))
    combo = widget_as(QComboBox, form.fields["representative_id"])
    assert items(combo) == [
        "—",
        "Łucja Wiśniewska (Kierownik)",
        "Zofia Adamska (Zastępca kierownika)",
    ], "the head who left and the social worker are not offered"
    combo.setCurrentIndex(combo.findData(staff["head"]))

    concluded = widget_as(OptionalDateEdit, form.fields["concluded_on"])
    concluded.set_value(LONG_AGO + dt.timedelta(days=10))
    assert items(combo) == [
        "—",
        "Zofia Adamska (Zastępca kierownika)",  # still signs today: first
        "Konrad Ośka (Kierownik)",
    ]
    # the head chosen before did not sign then: the head in office then, not the deputy
    assert combo.currentData() == staff["old"]
    assert form.signatory_note.isHidden()
    assert form.collect().representative_id == staff["old"]

    concluded.set_value(LONG_AGO - dt.timedelta(days=3000))
    assert items(combo) == ["—"]
    assert combo.currentData() is None
    assert not form.signatory_note.isHidden()
    assert "Słowniki → Pracownicy" in form.signatory_note.text()

    concluded.set_value(TODAY)
    assert combo.currentData() is None, "an empty choice stays empty"
    combo.setCurrentIndex(combo.findData(staff["head"]))
    concluded.set_value(TODAY - dt.timedelta(days=2))
    assert combo.currentData() == staff["head"], "a choice still valid is kept"


def test_stored_representative_stays_listed_and_marked(qtbot: QtBot, db: Database) -> None:
    staff = add_staff(db)
    volunteer = add_volunteer(db)
    agreement = add_agreement(db, volunteer, staff["head"], concluded_on=TODAY, period_from=TODAY)
    with db.session() as session:  # the role dated later, after the agreement was saved
        session.execute(
            update(Staff)
            .where(Staff.id == staff["head"])
            .values(role_valid_from=TODAY + dt.timedelta(days=1))
        )
    form = form_for(qtbot, db, volunteer, agreement)
    combo = widget_as(QComboBox, form.fields["representative_id"])
    assert combo.currentData() == staff["head"], "the stored choice is not changed silently"
    assert combo.currentText().startswith("Łucja Wiśniewska (Kierownik) (nie podpisuje w dniu ")
    assert form.collect().representative_id == staff["head"]
