"""A coordinator's first day, end to end through the real main window on an empty database:
organisation → staff and villages → volunteer → training → client and need → agreement (and
activation) → match → assignment → hours card → month close → certificate → monthly report.

The walk is scripts/first_day.py (the same path the screenshot script takes): only clicks and
keys on real widgets, each dialog found as it opens, never a write to the database. The test
reads the database afterwards to see that the day's work is there, and bounds the number of
user actions so that a change costing the coordinator more clicks or keys is noticed.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Agreement,
    Assignment,
    Attendance,
    Client,
    HoursEntry,
    MonthClose,
    Need,
    Organisation,
    Staff,
    Volunteer,
    VolunteerStatusChange,
)
from coordinator_app.storage.opening import open_database
from coordinator_app.ui.main_window import MainWindow

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
MOST_ACTIONS = 660  # the walk took 626 when it was written


@pytest.fixture
def walk_modules() -> Iterator[tuple[ModuleType, ModuleType]]:
    sys.path.insert(0, str(SCRIPTS))
    try:
        yield importlib.import_module("first_day"), importlib.import_module("first_day_steps")
    finally:
        sys.path.remove(str(SCRIPTS))


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_the_first_day_through_the_window(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings, walk_modules: tuple[ModuleType, ModuleType]
) -> None:
    first_day, steps = walk_modules
    path = tmp_path / "koordynator.sqlite"
    window = MainWindow(path, qsettings)
    qtbot.addWidget(window)
    window.resize(*first_day.SCREEN)
    window.show()
    with qtbot.waitSignal(window.database_ready, timeout=30_000):
        window.open_database()
    walk = first_day.Walk(QApplication.instance(), None, qtbot.waitUntil)
    walk.start_watchdog()
    try:
        steps.walk_first_day(walk, window)
        walk.finish()
    finally:
        walk.stop()
    panel = window.main_tabs.dashboard.first_steps if window.main_tabs else None
    assert panel is not None and not panel.isVisible(), "every first step is done: the list is gone"
    window.close_database()

    db = open_database(path)
    try:
        with db.session() as session:
            organisation = session.get(Organisation, 1)
            assert organisation is not None
            assert organisation.full_name == "Gminny Ośrodek Pomocy Społecznej w Modrzewie"
            assert session.scalars(select(Staff.last_name).where(Staff.is_social_worker)).all() == ["Nowak"]
            volunteer = session.scalars(select(Volunteer)).one()
            assert (volunteer.last_name, volunteer.status) == ("Wiśniewska", "active")
            reasons = session.scalars(select(VolunteerStatusChange.reason).order_by(VolunteerStatusChange.id))
            assert list(reasons) == ["Przyjęto zgłoszenie", "Podpisanie porozumienia"]
            assert session.scalars(select(Attendance.status)).all() == ["present"]
            assert session.scalars(select(Client.last_name)).all() == ["Wójcik"]
            assert session.scalars(select(Need.status)).one() == "matched"
            agreement = session.scalars(select(Agreement)).one()
            assert agreement.signed_by_volunteer_on == steps.LAST_MONTH
            assignment = session.scalars(select(Assignment)).one()
            assert (assignment.volunteer_id, assignment.agreement_id) == (volunteer.id, agreement.id)
            hours = session.scalars(select(HoursEntry).order_by(HoursEntry.work_date)).all()
            assert [(h.work_date.day, h.minutes, h.status) for h in hours] == [
                (4, 120, "confirmed"),
                (11, 90, "confirmed"),
            ]
            assert all(h.assignment_id == assignment.id and h.locked for h in hours)
            closed = session.scalars(select(MonthClose.month)).all()
            assert closed == [steps.LAST_MONTH.strftime("%Y-%m")]
        assert count(db, Volunteer) == 1
    finally:
        db.dispose()
    names = walk.pictures
    for window_name in (
        "organisation",
        "dictionaries",
        "volunteer_new",
        "attendance",
        "client_new",
        "need_new",
    ):
        assert window_name in names
    for window_name in ("agreement_new", "activation_offer", "match", "assignment_new", "hours_card"):
        assert window_name in names
    assert {"month_close", "certificate_preview", "monthly_report"} <= set(names)
    print(f"first day: {walk.actions} user actions: {walk.by_step}")
    assert walk.actions <= MOST_ACTIONS
