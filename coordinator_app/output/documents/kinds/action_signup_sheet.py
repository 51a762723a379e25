"""The sign-up sheet (lista zapisów) of one shift of a one-off action: printed from the shift
(core.actions.sheet) by action_sheets.py, never numbered or issued."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.kinds import CliMode, PrintedKind, Subject


def _write(db: Any, shift_id: int, out: Path) -> Path:
    from coordinator_app.output.documents.action_sheets import write_signup_sheet

    return write_signup_sheet(db, shift_id, out)


KIND = PrintedKind(
    kind=DocumentKind.ACTION_SIGNUP_SHEET,
    title="Lista zapisów na dyżur",
    subject=Subject.ACTION_SHIFT,
    content=None,
    cli=CliMode.SHEET,
    sheet=_write,
)
