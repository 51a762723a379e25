"""The RODO windows: the export, the restriction and the requests register, on screen and in
the database."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.privacy.requests_queries import list_requests
from coordinator_app.core.privacy.restriction_service import restriction_state
from coordinator_app.db.engine import Database
from coordinator_app.db.migrate import HEAD_REVISION
from coordinator_app.storage.opening import open_database
from coordinator_app.ui.privacy.access_export import AccessExportDialog
from coordinator_app.ui.privacy.access_restriction import RestrictionDialog
from coordinator_app.ui.privacy.requests_form import RequestDialog
from coordinator_app.ui.privacy.requests_window import RequestsWindow, person_of

FROZEN = Path(__file__).resolve().parents[2] / "data" / f"schema-{HEAD_REVISION}.sqlite"
GRABS = os.environ.get("R1_GRABS")  # a folder to save the windows' pictures in, when looking at them


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "sample.sqlite"
    shutil.copyfile(FROZEN, path)
    db = open_database(path)
    yield db
    db.dispose()


def _grab(widget: RestrictionDialog | AccessExportDialog | RequestsWindow | RequestDialog, name: str) -> None:
    if GRABS:
        layout = widget.layout()
        if layout is not None:
            layout.activate()
        widget.grab().save(str(Path(GRABS) / f"{name}.png"))


def test_the_export_writes_the_three_files(qtbot: QtBot, sample: Database, tmp_path: Path) -> None:
    dialog = AccessExportDialog(sample, person=PersonRef(PersonRole.VOLUNTEER, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.picker.value() == PersonRef(PersonRole.VOLUNTEER, 2)
    dialog.folder.setText(str(tmp_path / "odpowiedz"))
    dialog.export_button.click()
    assert sorted(path.suffix for path in (tmp_path / "odpowiedz").iterdir()) == [".json", ".pdf", ".xlsx"]
    assert "dane-wolontariusz-2-" in dialog.result_label.text()
    _grab(dialog, "export")


def test_restricting_needs_a_reason_and_is_shown(
    qtbot: QtBot, sample: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = PersonRef(PersonRole.VOLUNTEER, 2)
    dialog = RestrictionDialog(sample, person=person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restrict_button.isEnabled() and not dialog.lift_button.isEnabled()
    dialog.restrict_button.click()
    assert "przyczynę" in dialog.errors.message("reason")
    assert not restriction_state(sample, person).restricted
    dialog.reason.setText("Osoba kwestionuje prawidłowość danych.")
    dialog.restrict_button.click()
    assert restriction_state(sample, person).restricted_on == dt.date.today()
    assert "ograniczone od" in dialog.state.text() and dialog.lift_button.isEnabled()
    assert "(przetwarzanie ograniczone)" in dialog.picker.person.currentText()
    _grab(dialog, "restriction")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.lift_button.click()
    assert not restriction_state(sample, person).restricted
    assert dialog.restrict_button.isEnabled()


def test_a_request_is_registered_with_its_deadline(qtbot: QtBot, sample: Database) -> None:
    window = RequestsWindow(sample)
    qtbot.addWidget(window)
    window.show()
    before = window.table.rowCount()
    dialog = RequestDialog(sample, None, window)
    qtbot.addWidget(dialog)
    dialog.picker.select(PersonRef(PersonRole.VOLUNTEER, 2))
    dialog.received.set_value(dt.date.today() - dt.timedelta(days=40))
    assert "po terminie" in dialog.deadline.text()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    window.reload()
    assert window.table.rowCount() == before + 1
    state = window.table.item(0, 5)
    assert state is not None and "po terminie" in state.text()
    (row,) = [row for row in list_requests(sample, dt.date.today()) if row.id == dialog.saved_id]
    assert row.deadline.overdue
    _grab(window, "requests")


def test_a_request_without_a_person_is_refused(qtbot: QtBot, sample: Database) -> None:
    dialog = RequestDialog(sample)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.other.setCurrentIndex(1)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "imię i nazwisko" in dialog.errors.message("requester")
    _grab(dialog, "request_form")


def test_an_access_request_leads_to_its_persons_export(sample: Database) -> None:
    rows = list_requests(sample, dt.date.today())
    (answered,) = [row for row in rows if row.subject == "volunteer"]
    assert person_of(answered) == PersonRef(PersonRole.VOLUNTEER, answered.volunteer_id or 0)
    assert answered.volunteer_id is not None
