"""The RODO button of the volunteer and client windows: the anonymisation shows the holds and
offers restriction while any is in force, otherwise anonymises and names the older backups."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AnonymisationEntry, Client, Volunteer
from coordinator_app.ui.clients.dialog import ClientDialog
from coordinator_app.ui.privacy.access_restriction import RestrictionDialog
from coordinator_app.ui.privacy.person_actions import AnonymiseDialog
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from tests.factories import agreement_row, client_row, volunteer_row
from tests.factories.records import save


def _ended_volunteer(db: Database, ended: dt.date) -> int:
    volunteer_id = save(
        db,
        volunteer_row(
            "Ślązak Łucja",
            status="ended",
            archived=True,
            end_date=ended,
            application_date=dt.date(2010, 1, 1),
        ),
    )
    save(db, agreement_row(volunteer_id, "1/2010", period_from=dt.date(2010, 1, 1), period_to=ended))
    return volunteer_id


def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)


def test_under_retention_the_holds_are_named_and_restriction_offered(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    volunteer_id = _ended_volunteer(db, dt.date.today() - dt.timedelta(days=30))
    dialog = AnonymiseDialog(db, PersonRef(PersonRole.VOLUNTEER, volunteer_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "1/2010" in dialog.state.text() and "ogranicz przetwarzanie" in dialog.state.text()
    assert dialog.restrict_button.isVisible() and not dialog.anonymise_button.isVisible()
    opened: list[PersonRef | None] = []

    def record(self: RestrictionDialog) -> int:
        opened.append(self.picker.value())
        return 0

    monkeypatch.setattr(RestrictionDialog, "exec", record)
    dialog.restrict_button.click()
    assert opened == [PersonRef(PersonRole.VOLUNTEER, volunteer_id)]
    with db.session() as session:
        row = session.get(Volunteer, volunteer_id)
        assert row is not None and row.anonymised_at is None and row.last_name == "Ślązak"


def test_without_holds_it_needs_a_reason_then_anonymises_and_names_the_backups(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    volunteer_id = _ended_volunteer(db, dt.date(2012, 6, 30))
    dialog = AnonymiseDialog(db, PersonRef(PersonRole.VOLUNTEER, volunteer_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.anonymise_button.isVisible() and not dialog.restrict_button.isVisible()
    _yes(monkeypatch)
    dialog.anonymise_button.click()
    assert "Podaj powód" in dialog.errors.message("reason")
    dialog.reason.setText("Żądanie usunięcia danych z 3.12.2026")
    dialog.anonymise_button.click()
    assert dialog.done_ok and "kopie zapasowe" in dialog.state.text().lower()
    with db.session() as session:
        row = session.get(Volunteer, volunteer_id)
        assert row is not None and row.anonymised_at is not None and row.last_name != "Ślązak"
        entries = session.query(AnonymisationEntry).all()
        assert [(e.subject_id, e.reason) for e in entries] == [
            (volunteer_id, "Żądanie usunięcia danych z 3.12.2026")
        ]


def test_declining_the_confirmation_changes_nothing(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    volunteer_id = _ended_volunteer(db, dt.date(2012, 6, 30))
    dialog = AnonymiseDialog(db, PersonRef(PersonRole.VOLUNTEER, volunteer_id))
    qtbot.addWidget(dialog)
    dialog.reason.setText("żądanie")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    dialog.anonymise_button.click()
    assert not dialog.done_ok
    with db.session() as session:
        row = session.get(Volunteer, volunteer_id)
        assert row is not None and row.anonymised_at is None


def test_the_volunteer_and_client_windows_carry_the_rodo_menu(qtbot: QtBot, db: Database) -> None:
    volunteer_id = save(db, volunteer_row())
    client_id = save(db, client_row("K/1"))
    for dialog in (VolunteerDialog(db, volunteer_id), ClientDialog(db, client_id)):
        qtbot.addWidget(dialog)
        menu = dialog.rodo_button.menu()
        assert menu is not None
        assert [action.text() for action in menu.actions()] == [
            "Eksport danych osoby…",
            "Ograniczenie przetwarzania…",
            "Anonimizuj…",
        ]
    with db.session() as session:
        assert session.get(Client, client_id) is not None
