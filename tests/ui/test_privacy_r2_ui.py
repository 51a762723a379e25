"""The retention review and the accountability records windows (issue 15, points 5 and 6)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator_app.core.privacy import accountability_service as service
from coordinator_app.core.privacy.retention import VOLUNTEER
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AnonymisationEntry, Authorisation, ProcessingActivity, Volunteer
from coordinator_app.ui.privacy.accountability_window import AccountabilityDialog
from coordinator_app.ui.privacy.retention_window import RetentionReviewDialog
from tests.factories import TOW, agreement_row, assignment_row, client_row, volunteer_row
from tests.factories.records import save

TODAY = dt.date(2026, 11, 20)
SHOTS = os.environ.get("R2_SHOTS")  # a folder to keep the screenshots in, when looking at them


def _shot(widget: object, tmp_path: Path, name: str) -> None:
    folder = Path(SHOTS) if SHOTS else tmp_path
    widget.resize(1366, 728)  # type: ignore[attr-defined]
    assert widget.grab().save(str(folder / name))  # type: ignore[attr-defined]


def _ended(db: Database, name: str, ended: dt.date) -> int:
    fields = {"status": "ended", "archived": True, "application_date": ended, "end_date": ended}
    return save(db, volunteer_row(name, pesel="80010112345", **fields))


def test_the_review_anonymises_the_selected_and_says_backups_keep_them(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _ended(db, "Ślusarczyk Genowefa", dt.date(2018, 3, 1))
    _ended(db, "Wróbel Tadeusz", dt.date(2019, 3, 1))
    _ended(db, "Nowy Adam", dt.date(2025, 3, 1))  # still kept
    dialog = RetentionReviewDialog(None, db, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.model.item(0, 2).text() == "Ślusarczyk Genowefa"
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    dialog.table.selectionModel().select(dialog.model.index(0, 0), flags)
    assert "1" in dialog.preview.text()
    _shot(dialog, tmp_path, "retention_review.png")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    dialog.anonymise_selected()
    assert dialog.model.rowCount() == 1 and dialog.model.item(0, 2).text() == "Wróbel Tadeusz"
    assert "kopie zapasowe" in shown[0]
    with db.session() as session:
        row = session.get(Volunteer, first)
        assert row is not None and row.anonymised_at is not None and row.pesel is None
        entry = session.scalars(select(AnonymisationEntry)).one()
        assert (entry.subject_kind, entry.subject_id, entry.category) == (VOLUNTEER, first, "retention")
    dialog.year.setValue(2031)  # a later year is a preview: nothing to anonymise yet
    assert dialog.model.rowCount() == 2 and not dialog.anonymise_button.isEnabled()


def test_the_accountability_window_warns_and_records_the_missing_papers(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    volunteer_id = save(db, volunteer_row("Zając Irena"))
    agreement_id = save(db, agreement_row(volunteer_id, "5/2026", period_to=dt.date(2026, 12, 31)))
    client_id = save(db, client_row("K-0001"))
    save(db, assignment_row(volunteer_id, agreement_id, TOW, client_id=client_id))
    dialog = AccountabilityDialog(None, db, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.missing_model.rowCount() == 1
    assert "1" in dialog.warning.text()
    _shot(dialog, tmp_path, "accountability.png")
    dialog.issue_selected()
    assert dialog.missing_model.rowCount() == 0 and dialog.issue_button.isEnabled() is False
    with db.session() as session:
        kinds = sorted(session.scalars(select(Authorisation.kind)))
        assert kinds == ["authorisation", "confidentiality"]
        assert session.scalar(select(func.count()).select_from(ProcessingActivity)) == 3
    assert service.missing_authorisations(db, TODAY) == []
    dialog.tabs.setCurrentIndex(1)
    assert dialog.register_model.rowCount() == 3
    _shot(dialog, tmp_path, "register.png")


def test_the_retention_periods_are_edited_and_the_list_follows(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from coordinator_app.core import settings
    from coordinator_app.db import settings_store
    from coordinator_app.ui.privacy.retention_settings import RetentionSettingsDialog

    _ended(db, "Wróbel Tadeusz", dt.date(2022, 3, 1))
    review = RetentionReviewDialog(None, db, today=TODAY)
    qtbot.addWidget(review)
    assert review.model.rowCount() == 0  # B5: kept until the end of 2027
    dialog = RetentionSettingsDialog(None, db)
    qtbot.addWidget(dialog)
    _shot(dialog, tmp_path, "retention_periods.png")
    dialog.boxes[settings.RETENTION_VOLUNTEER_YEARS.key][1].setValue(3)
    dialog.save()
    assert settings_store.read(db, settings.RETENTION_VOLUNTEER_YEARS) == 3
    review.reload()
    assert review.model.rowCount() == 1 and review.model.item(0, 4).text() == "01.01.2026"
