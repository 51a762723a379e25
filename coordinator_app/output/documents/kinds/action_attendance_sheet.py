"""The attendance sheet (lista obecności) of one shift of a one-off action, with the time in and
out and the coordinator's confirmation: printed from the shift by action_sheets.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.kinds import CliMode, PrintedKind, Subject


def _write(db: Any, shift_id: int, out: Path) -> Path:
    from coordinator_app.output.documents.action_sheets import write_attendance_sheet

    return write_attendance_sheet(db, shift_id, out)


KIND = PrintedKind(
    kind=DocumentKind.ACTION_ATTENDANCE_SHEET,
    title="Lista obecności na dyżurze",
    subject=Subject.ACTION_SHIFT,
    content=None,
    cli=CliMode.SHEET,
    sheet=_write,
)
