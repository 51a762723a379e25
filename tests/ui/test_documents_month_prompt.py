"""The month of an hours card typed in the print dialog is parsed there, once (core/calendar.py):
a wrong one is refused with the sentence the issuing service used to give, and nothing opens."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from coordinator_app.db.engine import Database
from coordinator_app.i18n import _


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2025-13", "Give the month as YYYY-MM, e.g. 2025-03."),
        ("marzec", "Give the month as YYYY-MM, e.g. 2025-03."),
        ("  ", "Give the month of the hours card as YYYY-MM."),
    ],
)
def test_a_wrong_month_is_refused_in_the_dialog(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch, typed: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.ui.documents import open_document_preview

    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: (typed, True))
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **kw: shown.append(str(a[2])) or QMessageBox.StandardButton.Ok
    )
    assert open_document_preview(None, db, "timesheet", id=1) is None
    assert shown == [_(message)]
