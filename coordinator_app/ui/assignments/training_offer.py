"""When the assignment is refused for a missing training: record it from there.

A new session is entered, then its attendance opens with the volunteer already on the list
(present when the session has taken place); the Trainings and Volunteers tabs hear of it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coordinator_app.db.engine import Database
from coordinator_app.ui.widgets.changes import data_changes


def record_training(parent: QWidget, db: Database, volunteer_id: int | None) -> bool:
    """The session, then its attendance with the volunteer; True when the attendance was saved."""
    from coordinator_app.ui.trainings.attendance_dialog import AttendanceDialog
    from coordinator_app.ui.trainings.session_dialog import SessionDialog

    session = SessionDialog(db, None, parent)
    if not session.exec() or session.saved_id is None:
        return False
    data_changes().trainings.emit()
    attendance = AttendanceDialog(db, session.saved_id, parent)
    if volunteer_id is not None:
        attendance.add_ids([volunteer_id])
    saved = bool(attendance.exec())
    if saved:
        data_changes().trainings.emit()
    return saved
