"""The audit log window: opened from the Settings menu, loads in the background, filters by
person, kind, date and text, and shows what the database holds; its table model on its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.audit import record_changes, record_event
from coordinator_app.core.audit_queries import HIDDEN, AuditRow
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry
from coordinator_app.ui.audit.model import ACTION, AFTER, PERSON, RECORD, WHEN, AuditTableModel
from coordinator_app.ui.audit.window import HEIGHT, WIDTH, AuditLogDialog
from tests.factories.records import add_people, client_row, save, vetting_row
from tests.helpers import widget_as
from tests.ui.test_main_window import open_window


def fill(db: Database) -> tuple[int, int]:
    zaneta, jan = add_people(db, "Żółć Żaneta", "Kowalski Jan")
    client = save(db, client_row("K/1", "Wójcik Stanisława"))
    vetting = save(db, vetting_row(jan))
    with db.session() as s:
        record_changes(s, "volunteer", zaneta, {"phone": None}, {"phone": "600 100 200"})
        record_changes(s, "vetting", vetting, {}, {"result": "bez wpisów"}, action="create")
        record_event(s, "client", client, "view", "health_notes")
    return zaneta, client


def cells(dialog: AuditLogDialog, key: str) -> list[str]:
    column = dialog.model.column_index(key)
    return [dialog.model.index(row, column).data() for row in range(dialog.model.rowCount())]


def test_the_window_filters_and_shows_the_database(qtbot: QtBot, db: Database) -> None:
    zaneta, client = fill(db)
    dialog = AuditLogDialog(None, db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    with db.session() as s:
        stored = list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.id.desc())))
    assert dialog.model.row_ids == stored
    assert dialog.status.text() == "Wyświetlone wpisy: 3."
    assert cells(dialog, ACTION) == ["wgląd", "utworzenie", "zmiana"]

    dialog.person.setText("żółć")
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 1)
    assert cells(dialog, PERSON) == ["Żółć Żaneta"]
    assert cells(dialog, RECORD) == [f"Wolontariusz {zaneta}"]
    assert cells(dialog, AFTER) == ["600 100 200"]

    dialog.person.clear()
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert kinds[0] == "wszystkie rekordy" and "Podopieczny" in kinds
    dialog.kind.setCurrentIndex(kinds.index("Podopieczny"))
    qtbot.waitUntil(lambda: not dialog.loading and cells(dialog, RECORD) == [f"Podopieczny {client}"])

    dialog.kind.setCurrentIndex(0)
    dialog.date_to.set_value(dt.date(2000, 1, 1))
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 0)
    assert dialog.status.text() == "Wyświetlone wpisy: 0."
    with db.session() as s:  # the window wrote nothing to the log
        assert len(s.scalars(select(AuditEntry.id)).all()) == 3


def test_the_window_fits_a_small_laptop_screen(qtbot: QtBot, db: Database) -> None:
    dialog = AuditLogDialog(None, db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    assert WIDTH <= 1366 and HEIGHT <= 728 - 40
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728 - 40


def test_the_settings_menu_opens_the_window(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[AuditLogDialog] = []

    def exec_audit(self: AuditLogDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(AuditLogDialog, "exec", exec_audit)
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    settings_menu = next(
        widget_as(QMenu, a.menu()) for a in window.menuBar().actions() if a.text() == "Ustaw&ienia"
    )
    action = next(a for a in settings_menu.actions() if a.text() == "Dziennik &zmian…")
    assert action.isEnabled()
    action.trigger()
    assert len(opened) == 1 and opened[0].parent() is window
    qtbot.waitUntil(lambda: not opened[0].loading)


def row(entry_id: int, at: dt.datetime, **fields: str) -> AuditRow:
    values = {"actor": "ala", "action": "update", "entity": "volunteer", "field": "phone"}
    values.update(fields)
    return AuditRow(
        id=entry_id,
        at=at,
        actor=values["actor"],
        action=values["action"],
        entity=values["entity"],
        entity_id=7,
        field=values["field"],
        old_value=values.get("old", ""),
        new_value=values.get("new", ""),
        reason="",
        person="Żółć Żaneta",
    )


def test_the_table_model(qtbot: QtBot) -> None:
    model = AuditTableModel()
    model.set_records(
        [
            row(2, dt.datetime(2026, 3, 5, 9, 7), new=HIDDEN, entity="vetting"),
            row(1, dt.datetime(2026, 3, 6, 14, 30), action="view", new="600"),
        ]
    )
    assert model.rowCount() == 2 and model.columnCount() == 9
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Kiedy"
    when, after, record = model.column_index(WHEN), model.column_index(AFTER), model.column_index(RECORD)
    assert model.index(0, when).data() == "5.03.2026 09:07"
    assert model.index(0, record).data() == "Informacja z rejestru karnego 7"
    assert model.index(0, after).data(Qt.ItemDataRole.ToolTipRole).startswith("Dane z rejestru karnego")
    assert model.index(1, after).data(Qt.ItemDataRole.ToolTipRole) is None
    model.sort(when, Qt.SortOrder.DescendingOrder)
    assert model.row_ids == [1, 2]
    model.sort(model.column_index(ACTION), Qt.SortOrder.AscendingOrder)
    assert [model.index(r, model.column_index(ACTION)).data() for r in range(2)] == ["wgląd", "zmiana"]
