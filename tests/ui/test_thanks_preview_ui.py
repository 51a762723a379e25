"""The print preview of the thank-you diploma and of a termination: a year without confirmed
hours is refused with a clear Polish message (nothing issued), the window proposes the last
year with hours; a termination states the recorded notice, never today's date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator_app.core.issuing.service import DocumentRequest
from coordinator_app.core.issuing.thanks_data import default_thanks_year
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, IssuedDocument
from tests.documents_helpers import World, build_world, flat, pdf_text
from tests.helpers import widget_as

REFUSAL = "nie ma zatwierdzonych godzin w roku 2024"


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []

    def show(*args: object, **kw: object) -> QMessageBox.StandardButton:
        messages.append(str(args[2]))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", show)
    return messages


def issued(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(IssuedDocument)) or 0)


def test_a_year_without_hours_is_refused(qtbot: QtBot, db: Database, world: World, shown: list[str]) -> None:
    from coordinator_app.ui.documents.preview import DocumentPreviewDialog

    request = DocumentRequest("thanks", world.adult, options={"year": 2024})
    dialog = DocumentPreviewDialog(None, db, request=request)
    qtbot.addWidget(dialog)
    assert not dialog.load()
    assert len(shown) == 1 and "Żaneta Żółć " + REFUSAL in shown[0] and "Traceback" not in shown[0]
    assert issued(db) == 0


def test_changing_to_a_year_without_hours_says_why(
    qtbot: QtBot, db: Database, world: World, shown: list[str]
) -> None:
    from coordinator_app.ui.documents.preview import DocumentPreviewDialog

    year = default_thanks_year(db, world.adult, dt.date(2026, 3, 1))
    assert year == 2025  # the last year with confirmed hours, not the current one
    dialog = DocumentPreviewDialog(
        None, db, request=DocumentRequest("thanks", world.adult, options={"year": year})
    )
    qtbot.addWidget(dialog)
    assert dialog.load() and not shown
    spin = widget_as(QSpinBox, dialog.options._widgets["year"])
    spin.setValue(2024)
    qtbot.waitUntil(lambda: REFUSAL in dialog.notice.text())
    assert issued(db) == 0


def test_the_termination_preview_states_the_recorded_notice(
    qtbot: QtBot, db: Database, world: World, shown: list[str]
) -> None:
    from coordinator_app.ui.documents.preview import DocumentPreviewDialog

    with db.session() as session:
        row = session.get(Agreement, world.agreement)
        assert row is not None
        row.terminated_on, row.termination_mode = dt.date(2025, 9, 30), "volunteer_notice"
        row.notice_given_on = dt.date(2025, 9, 23)
    dialog = DocumentPreviewDialog(None, db, request=DocumentRequest("termination", world.agreement))
    qtbot.addWidget(dialog)
    assert dialog.load() and not shown
    assert dialog.options.values() == {}  # no date defaulting to today overrides the record
    text = flat(pdf_text(dialog.pdf))
    assert "Łęczyca Mała, dnia 23 września 2025 r." in text
    assert (
        "Wypowiedzenie złożono w dniu 23 września 2025 r." in text and "z dniem 30 września 2025 r." in text
    )
